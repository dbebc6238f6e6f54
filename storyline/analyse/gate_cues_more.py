"""More phrase cues of pages that are not news reports: the kinds and languages
a second unseen sample showed the first lists lacked (docs/benchmarks.md,
"The page gate on pages it was not written from").

Kept apart from :mod:`storyline.analyse.gate_cues`, which merges these
alternatives into its patterns, so that either file stays readable.  The
rules are those of that module: the site's own voice, multi-word where a
report could use the words, whole lines (``^…$``) for buttons and short
labels that a report would only quote inside a sentence; texts are
case-folded first, so Greek final sigma is written ``σ`` and German ``ß``
``ss``.  Kinds added here: pages moved or gone, maintenance and rate-limit
pages (as errors); Cloudflare-style and captcha checks; **age gates**,
**app-install walls** and **media pages** (a video player or photo captions
with no report); consent walls in more languages; index pages (tag, author,
archive, live-ticker and search pages, "load more" lines).
Languages added: ko ja id uk and more phrases in the others.
"""
from __future__ import annotations

# Per kind, regular-expression alternatives over one case-folded line.
MORE_BODY: dict[str, list[str]] = {
    "error": [
        r"\bmoved permanently\b|\bthe document has moved\b|\bno forwarding address\b",
        # a page removed or moved, in the site's words
        r"(?:foi|foram) removid[ao]s? ou (?:teve|tiveram) o endereço alterado|este conteúdo não está mais disponível"
        r"|o conteúdo que você (?:procura|tentou acessar)|a página que você tentou acessar",
        r"požadovan(?:ý|á|é) (?:článek|stránka|obsah) (?:již |už )?(?:neexistuje|nebyl[ao]? nalezen)"
        r"|byl[ao]? přesunut[ao]? nebo smazán|článek (?:již |už )?není dostupný",
        r"요청하신 페이지를 찾을 수 없|페이지를 찾을 수 없습니다|변경 혹은 삭제되어|존재하지 않는 페이지",
        r"сторінк[уа] не знайдено|сторінку, яку ви шукаєте|сторінка не знайдена|видалено або змінено (?:її )?адресу",
        r"यह (?:पेज|पृष्ठ) उपलब्ध नहीं है|आप जिस (?:पेज|पृष्ठ|खबर) को (?:खोज|ढूंढ|ढूँढ) रहे हैं|हटा दी गई है या (?:उसका )?लिंक बदल",
        r"お探しのページ(?:は|が)見つかりません|ページが見つかりません|ページを表示できません",
        r"halaman (?:yang anda cari )?tidak ditemukan|halaman yang anda cari|הדף שחיפשת|η σελίδα που (?:ζητήσατε|αναζητάτε)",
        r"aradığınız (?:haber|içerik) (?:bulunamadı|kaldırıl)|nie znaleziono artykułu|artykuł (?:został usunięty|nie jest już dostępny)"
        r"|هذه الصفحة غير (?:متوفرة|موجودة)|المحتوى غير متاح",
        # "try again later" in more languages
        r"しばらく(?:時間を)?(?:おいて|経って|たって)から、?(?:再度)?(?:アクセス|お試し)|잠시 후 다시 (?:시도|접속)해 주"
        r"|silakan coba lagi (?:dalam beberapa saat|nanti)|спробуйте (?:ще раз )?пізніше",
        # the one link an error page offers
        r"^\s*(?:return|go|back) to (?:the )?home ?page|^\s*(?:volte|voltar) (?:para|à) (?:a )?página inicial"
        r"|^\s*(?:pokračujte|zpět) na (?:titulní|hlavní) stran|^\s*перейти на головну|^\s*होम पेज पर जाएं"
        r"|^\s*메인으로 (?:이동|가기)|^\s*トップページ(?:へ|に)戻る|^\s*kembali ke (?:beranda|halaman utama)"
        r"|^\s*ana sayfaya dön|^\s*(?:wróć|powrót) na stronę główną|^\s*العودة (?:إلى|الى) الصفحة الرئيسية"
        r"|^\s*חזרה לדף הבית|^\s*επιστροφή στην αρχική|^\s*zurück zur startseite|^\s*retour à l'accueil",
        # maintenance: the site's words about itself
        r"\bwe(?:'|’)?ll be back (?:soon|shortly|online)|\b(?:performing|undergoing|carrying out) (?:some )?(?:scheduled )?maintenance"
        r"|\b(?:down|closed) for (?:scheduled )?maintenance|\bback online shortly",
        r"przerwa techniczna|trwają prace (?:serwisowe|techniczne)|prowadzimy prace serwisowe|bakım çalışması yapılmaktadır"
        r"|sitemiz (?:şu anda |şu an )?bakımda|الموقع (?:تحت|قيد) الصيانة",
        r"wir führen (?:derzeit |gerade )?wartungsarbeiten durch|(?:le|notre) site est (?:actuellement )?en (?:cours de )?maintenance"
        r"|(?:el|este|nuestro) sitio (?:web )?(?:está|se encuentra) en mantenimiento|(?:il )?sito è in manutenzione"
        r"|(?:o|nosso) site (?:está )?em manutenção|website is (?:tijdelijk )?in onderhoud"
        r"|на сайте (?:ведутся|проводятся) технические работы|на сайті (?:тривають|проводяться) технічні роботи"
        r"|ο ιστότοποσ (?:είναι )?υπό συντήρηση|האתר (?:נמצא )?(?:ב|תחת )תחזוקה|(?:na webu )?probíhá (?:plánovaná )?údržba"
        r"|(?:ただいま|現在)(?:システム)?メンテナンス中|(?:시스템|서비스|서버) 점검 중입니다|situs (?:sedang )?dalam (?:pemeliharaan|perbaikan)",
        # rate limits
        r"\btoo many requests\b|\brate limit exceeded\b|zu viele anfragen|trop de requêtes|demasiadas (?:solicitudes|peticiones)"
        r"|troppe richieste|muitas (?:solicitações|requisições)|te veel verzoeken|слишком много запросов|забагато запитів"
        r"|zbyt (?:wiele|dużo) (?:żądań|zapytań)|çok fazla (?:istek|talep)|יותר מדי בקשות|πάρα πολλά αιτήματα"
        r"|příliš mnoho požadavků|リクエストが多すぎ|요청이 너무 많|terlalu banyak permintaan|请求过多|请求太频繁",
        # a print window with nothing in it
        r"^\s*(?:close (?:this )?window|fenster schliessen|fermer (?:la|cette) fenêtre|cerrar (?:esta )?ventana"
        r"|fechar (?:esta )?janela|chiudi (?:la )?finestra|venster sluiten|zamknij okno|pencereyi kapat|закрыть окно"
        r"|закрити вікно|إغلاق النافذة|סגור(?: את)? (?:ה)?חלון|κλείσιμο παραθύρου|zavřít okno|विंडो बंद करें"
        r"|ウィンドウを閉じる|창 닫기|tutup jendela|关闭窗口)\s*$",
    ],
    "bot-check": [
        r"\bray id\s*:|\bid do raio\b|performance (?:&|and) security by cloudflare"
        r"|(?:desempenho|rendimiento|prestazioni|leistung|performances?) (?:e|y|und|et) (?:segurança|seguridad|sicurezza|sicherheit|sécurité) (?:por|di|von|par) cloudflare",
        r"needs to review the security of your connection|precisa (?:analisar|revisar) a segurança da sua conexão"
        r"|verif(?:y|ying) (?:that )?you are (?:a )?human|verifique (?:se|que) você é humano|memverifikasi bahwa anda (?:adalah )?manusia"
        r"|vérifi(?:ez|ons|cation) que vous êtes (?:un )?humain|verificando (?:que|si) (?:eres|es) (?:un )?humano",
        r"sorry, you have been blocked|why have i been blocked|비정상적인 접근이 감지되었습니다|로봇이 아닌 사람임을 확인"
        r"|자동입력 방지 문자|보안 문자를 입력|ロボットではありません|robot olmadığınızı doğrula|saya bukan robot|я не робот",
    ],
    "login": [
        r"שכחתי (?:את )?(?:ה)?סיסמה|כדי להמשיך לקרוא,? (?:יש|נא) להתחבר|עדיין אין לך חשבון|パスワードを(?:お)?忘れ"
        r"|비밀번호를? 찾기|로그인이 필요합니다|lupa kata sandi|belum punya akun|забули пароль|створити обліковий запис",
    ],
    "paywall": [
        r"有料会員(?:限定|になると|の方のみ)|続きをお読みいただけます|残り\d+文字|유료 (?:회원|구독자) 전용|khusus pelanggan"
        r"|berlangganan untuk membaca|sudah berlangganan\??\s*masuk|лише для передплатників|оформіть передплату",
        r"(?:вимкніть|відключіть) (?:ваш )?блокувальник|використовуєте блокувальник реклами|додайте (?:нас|сайт) до (?:списку )?винятків",
    ],
    "signup": [
        r"اشترك في نشرتنا|(?:في|إلى) بريدك الإلكتروني|بالضغط على اشترك|ニュースレター(?:に登録|を購読)|뉴스레터 (?:구독|신청)"
        r"|berlangganan (?:buletin|newsletter)|підпишіться на (?:нашу )?розсилку",
    ],
    "cookie-wall": [
        r"we and our (?:\d+ )?partners|wir und unsere (?:\d+ )?partner|nous et nos (?:\d+ )?partenaires|nosotros y nuestros (?:\d+ )?socios"
        r"|noi e i nostri (?:\d+ )?partner|nós e os nossos (?:\d+ )?parceiros|wij en onze (?:\d+ )?partners|my i nasi (?:\d+ )?partnerzy"
        r"|my a naši (?:\d+ )?partneři|мы и наши (?:\d+ )?партн[её]ры|ми та наші (?:\d+ )?партнери|biz ve (?:\d+ )?iş ortaklarımız"
        r"|kami dan (?:\d+ )?mitra kami|εμείσ και οι (?:\d+ )?συνεργάτεσ μασ|אנחנו והשותפים שלנו|نحن وشركاؤنا"
        r"|हम और हमारे (?:\d+ )?(?:भागीदार|पार्टनर)|当社(?:および|と)(?:当社の)?パートナー|당사 및 (?:당사의 )?파트너",
        r"(?:tento web|tyto stránky|naše stránky) používá? (?:soubory )?cookies?|çerezler(?:imiz)? kullanılmaktadır|çerez kullanıyoruz"
        r"|ми використовуємо (?:файли )?cookie|сайт використовує (?:файли )?cookie|(?:situs|website) ini menggunakan cookie"
        r"|kami menggunakan cookie|(?:クッキー|cookie)(?:\(cookie\))?を(?:使用|利用)して|쿠키를 사용합니다"
        r"|האתר (?:משתמש|עושה שימוש) ב(?:עוגיות|קבצי cookie|cookies)|ο ιστότοποσ χρησιμοποιεί cookies|ta strona (?:używa|korzysta z) (?:plików )?cookie",
        # the banner's buttons, as whole lines
        r"^\s*(?:accept all(?: cookies)?|reject all|i agree|alle akzeptieren|alle ablehnen|tout accepter|tout refuser|j'accepte"
        r"|aceptar todo|rechazar todo|acepto|accetta tutto|rifiuta tutto|accetto|aceitar tudo|rejeitar tudo|aceito|alles accepteren"
        r"|acceptera alla|godta alle|akceptuję(?: wszystko)?|zaakceptuj wszystko|odrzuć wszystko|zgadzam się|přijmout vše|odmítnout vše"
        r"|souhlasím|αποδοχή όλων|απόρριψη όλων|συμφωνώ|tümünü kabul et|tümünü reddet|kabul ediyorum|قبول الكل|رفض الكل|أوافق"
        r"|קבל(?: את)? הכל|אשר הכל|אני מסכים|принять все|отклонить все|прийняти (?:всі|все)|відхилити всі|погоджуюсь|terima semua"
        r"|tolak semua|setuju|すべて(?:に)?同意(?:する)?|すべて拒否|同意する|모두 (?:동의|수락)|모두 거부|동의합니다"
        r"|सभी स्वीकार करें|सभी अस्वीकार करें|मैं सहमत हूं)\s*$",
    ],
    "front-page": [
        # an index's "load more" button, as a whole line
        r"^\s*(?:load more(?: stories| articles| news)?|show more (?:stories|articles|news)|mehr (?:laden|artikel laden|artikel anzeigen)"
        r"|weitere artikel laden|charger plus(?: d'articles)?|voir plus d'articles|cargar más(?: noticias)?|carica altri(?: articoli)?"
        r"|carregar mais(?: notícias)?|meer laden|visa fler|vis flere|показать (?:ещё|еще)|загрузить (?:ещё|еще)|завантажити ще"
        r"|показати (?:ще|більше)|pokaż więcej|załaduj więcej|daha fazla (?:yükle|göster)|načíst další|zobrazit další"
        r"|φόρτωση περισσότερων|טען עוד|تحميل المزيد|और (?:खबरें|ख़बरें) (?:लोड करें|देखें)|もっと見る|さらに読み込む"
        r"|더보기|기사 더보기|muat lebih banyak|加载更多)\s*$",
    ],
    "age-gate": [
        r"\byou must be (?:at least )?(?:18|19|20|21)(?: years)?(?: old)?(?: or older| or over| of age)? to (?:view|enter|access|continue)"
        r"|\bare you (?:18|19|20|21)(?: years of age| years old)? or (?:older|over)|\benter your (?:date of )?birth(?: ?date)? to (?:continue|enter)"
        r"|\bconfirm (?:that )?you are (?:over |at least )?(?:18|19|20|21)\b",
        r"bist du (?:mindestens |über )?18|sind sie (?:mindestens |über )?18|avez-vous (?:plus de |au moins )?18 ans"
        r"|(?:eres|es usted) mayor de (?:edad|18)|hai (?:almeno |più di )?18 anni|(?:você tem|tem) (?:mais de |pelo menos )?18 anos"
        r"|ben je (?:ouder dan |minstens )?18|вам (?:уже )?(?:есть|исполнилось) 18|вам (?:вже )?(?:є|виповнилося) 18"
        r"|czy masz (?:ukończone )?18 lat|18 yaşından büyük müsünüz|هل (?:عمرك|أنت) (?:فوق|أكبر من) 18"
        r"|האם (?:את|אתה|אתם) מעל גיל 18|είστε (?:άνω των|πάνω από) 18|je vám (?:více než |alespoň )?18"
        r"|क्या (?:आपकी उम्र|आप) 18|apakah (?:anda )?(?:sudah )?berusia 18",
        r"\d{2}歳以上ですか|\d{2}歳未満の方は(?:ご覧|閲覧|ご利用)|(?:19|20)세 이상만 이용|성인 인증이 필요"
        r"|treści (?:dostępne )?(?:wyłącznie|tylko) dla (?:osób )?pełnoletnich",
    ],
    "app-wall": [
        r"\bcontinue (?:reading )?in the (?:[\w ]{0,25} )?app\b|\bopen in (?:the )?app\b|\bcontinue (?:in|on) (?:the )?(?:mobile )?browser\b"
        r"|^\s*open (?:the )?app\s*$|^\s*(?:download on the app store|get it on google play)\s*$",
        r"in der app (?:öffnen|weiterlesen)|im browser fortfahren|ouvrir (?:dans )?l'app(?:lication)?|continuer (?:dans|sur) le navigateur"
        r"|abrir (?:en|na|no) (?:la )?(?:app|aplicación|aplicativo)|(?:seguir|continuar) en el navegador|continuar no navegador"
        r"|apri nell'app|continua (?:nel|sul) browser|openen in de app|otwórz w aplikacji|(?:kontynuuj|przejdź) w przeglądarce"
        r"|uygulamada aç|tarayıcıda devam et|открыть в приложении|продолжить в браузере|відкрити в (?:застосунку|додатку)"
        r"|продовжити в браузері|افتح (?:في |ب)التطبيق|(?:المتابعة|متابعة) في المتصفح|פתח(?:ו)? באפליקציה|המשך בדפדפן"
        r"|άνοιγμα στην εφαρμογή|συνέχεια στον (?:browser|περιηγητή)|otevřít v aplikaci|pokračovat v prohlížeči|ऐप में (?:खोलें|पढ़ें)"
        r"|アプリで(?:開く|読む|続きを)|ブラウザで(?:続ける|読む)|앱에서 (?:보기|계속|열기|더 편하게)|앱으로 보기"
        r"|모바일 웹으로 (?:계속 )?보|buka di aplikasi|lanjutkan di browser|在app中打开|打开app阅读",
    ],
    "media": [
        # a player that did not load; not "loading video", "play", which
        # reports with a player above them carry too
        r"your browser does not support (?:the )?(?:html5 )?(?:video|audio)"
        r"|video will (?:start|play|begin) after (?:the|this) ad|your video will (?:start|play|begin)|this video (?:is unavailable|cannot be played)",
        r"ihr browser unterstützt (?:das|dieses|kein) (?:video|audio)|votre navigateur ne (?:prend pas en charge|supporte pas)"
        r"|tu navegador no (?:admite|soporta)|seu navegador não (?:suporta|oferece suporte|é compatível)|il tuo browser non supporta"
        r"|twoja przeglądarka nie obsługuje|ваш браузер не поддерживает|ваш браузер не підтримує|tarayıcınız (?:bu )?video"
        r"|reklamdan sonra videonuz|متصفحك لا يدعم|הדפדפן (?:שלך )?(?:אינו|לא) תומך|ο browser σασ δεν υποστηρίζει"
        r"|το πρόγραμμα περιήγησήσ σασ δεν υποστηρίζει|váš prohlížeč nepodporuje|आपका ब्राउज़र (?:इस )?वीडियो"
        r"|お使いのブラウザ(?:は|では)(?:動画|ビデオ|音声|オーディオ)|브라우저(?:가|에서) (?:동영상|비디오|오디오)|browser anda tidak mendukung"
        r"|您的浏览器不支持(?:音频|视频|该视频|此视频|html5)|您的瀏覽器不支援(?:音訊|影片)|(?:je|uw) browser ondersteunt (?:geen|deze) (?:video|audio)"
        r"|twoja przeglądarka nie (?:wspiera|obsługuje) (?:odtwarzacza|wideo|audio)",
        # a player's clock: "00:00 / 01:42"
        r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$",
    ],
}

# Whole title segments (case-folded, split as in gate_cues.TITLE_CUES).
MORE_TITLE: dict[str, list[str]] = {
    "error": [
        r"^(?:\d{3} )?moved permanently$|^(?:400|403|404|410|429|500|502|503|504)$|^too many requests$"
        r"|^(?:site |website |scheduled )?maintenance(?: mode)?$|^(?:under|down for) maintenance$|^we(?:'|’)?ll be back soon$"
        r"|^(?:ただいま)?アクセスが集中しています$|^terlalu banyak permintaan$|^przerwa techniczna$|^bakım çalışması$"
        r"|^(?:الموقع )?(?:تحت|قيد) الصيانة$|^メンテナンス中$|^(?:시스템|서비스) 점검(?: 안내| 중)?$|^wartungsarbeiten$"
        r"|^технічні роботи$|^технические работы$|^페이지를 찾을 수 없습니다$|^сторінк[уа] не знайдено$|^сторінка не знайдена$"
        r"|^(?:पेज|पृष्ठ) नहीं मिला$|^ページが見つかりません$|^お探しのページは見つかりませんでした$|^halaman tidak ditemukan$"
        r"|^(?:conteúdo|página|artigo|matéria|notícia) (?:removid[ao]|indisponível|não encontrad[ao])$"
        r"|^(?:článek|stránka) nebyl[ao]? nalezen[ao]?$|^haber bulunamadı$|^الخبر غير موجود$",
    ],
    "bot-check": [
        r"^(?:security|human) verification$|^(?:please )?verify you are (?:a )?human$|^보안 확인$|^güvenlik doğrulaması$"
        r"|^tunggu sebentar|^chwileczkę|^jeden moment|^chvilku|^μια στιγμή|^רק רגע|^зачекайте|^bir dakika"
        r"|^しばらくお待ちください|^잠시만 기다리|^sicherheitsüberprüfung$|^vérification de sécurité$|^verificación de seguridad$"
        r"|^verificação de segurança$|^weryfikacja bezpieczeństwa$|^ověření zabezpečení$|^перевірка безпеки$|^проверка безопасности$",
    ],
    "login": [r"^(?:התחברות לאתר|ログイン|로그인|masuk|увійти|вхід)$"],
    "signup": [
        r"^(?:newsletters?|النشرة البريدية|النشرات البريدية|newsletter abonnieren|nieuwsbrief|biuletyn|bülten|ニュースレター"
        r"|뉴스레터|buletin|розсилка|рассылка|ניוזלטר|ενημερωτικό δελτίο|odběr novinek|न्यूज़लेटर)$",
    ],
    "cookie-wall": [
        r"^(?:cookie (?:settings|preferences|consent)|privacy (?:settings|preferences|centre|center|choices)|your privacy(?: choices)?"
        r"|we value your privacy|twoja prywatność|nastavení (?:souhlasu s )?cookies?|souhlas s (?:používáním )?cookies"
        r"|ρυθμίσεισ (?:απορρήτου|cookies)|(?:a )?sua privacidade|çerez (?:tercihleri|ayarları)|gizlilik (?:tercihleri|ayarları)"
        r"|datenschutz-?einstellungen|ihre privatsphäre|paramètres (?:de confidentialité|des cookies)|votre vie privée"
        r"|configuración de (?:privacidad|cookies)|tu privacidad|impostazioni (?:della )?privacy|la tua privacy|privacyinstellingen"
        r"|ustawienia prywatności|настройки (?:конфиденциальности|cookie)|налаштування (?:конфіденційності|cookie)"
        r"|إعدادات الخصوصية|הגדרות פרטיות|η ιδιωτικότητά σασ|nastavení soukromí|गोपनीयता सेटिंग्स|プライバシー設定"
        r"|クッキー(?:の)?設定|쿠키 설정|pengaturan (?:privasi|cookie))$",
    ],
    "front-page": [
        r"^(?:hasil pencarian|hasil penelusuran|검색 결과|検索結果|результати пошуку)\b",
    ],
    "age-gate": [
        r"^(?:age (?:verification|check|gate)|verify your age|confirm your age|altersverifikation|altersprüfung|altersbestätigung"
        r"|vérification (?:de l'|d')âge|verificación de (?:la )?edad|verifica dell'età|verificação de idade|leeftijdscontrole"
        r"|проверка возраста|перевірка віку|weryfikacja wieku|yaş doğrulama|التحقق من العمر|אימות גיל|επαλήθευση ηλικίασ"
        r"|ověření věku|आयु सत्यापन|年齢確認|성인 ?인증|연령 확인|verifikasi (?:usia|umur))$",
    ],
    "app-wall": [
        r"^(?:open in (?:the )?app|get the app|download (?:the|our) app|continue in (?:the )?app|앱에서 (?:계속 )?보기"
        r"|アプリで開く|baca di aplikasi)$",
    ],
}

# Title segments that name an index page (tag, author, archive, live tickers);
# like section words, they count only when no other segment is a headline.
INDEX_TITLE = (
    r"^(?:tag|tags|tagged|topic|schlagwort|étiquette|etiqueta|тег|тэг|мітка|etiket|štítek|ετικέτα|תגית|وسم|टैग|タグ|태그)\s*[:«\"“„'‘]"
    r"|^(?:author|authors|autor|autora|autorin|auteur|autore|autrice|yazar|συντάκτησ|כותב|כתב|الكاتب|كاتب|लेखक|著者|기자"
    r"|penulis|reporter|journalist|автор|авторка)$|^(?:articles|stories|posts|news) by\b"
    r"|^(?:archive|archives|archiv|arquivo|archivio|archivo|archief|arkiv|архив|архів|arşiv|archiwum|αρχείο|ארכיון|أرشيف|الأرشيف"
    r"|アーカイブ|아카이브|arsip)(?:\s+(?:news|nachrichten|des actualités|de noticias|de notícias|notizie|новостей|новин|haberler"
    r"|wiadomości|zpráv|ειδήσεων|חדשות|الأخبار|समाचार|ニュース|뉴스|berita))?$"
    # an index of live tickers, in the plural: "Live" or "En direct" alone
    # labels a single live report ("LIVE | Storm hits the coast")
    r"|^(?:(?:all )?live blogs|(?:relacje|transmisje) na żywo|прямые трансляции|онлайн-трансляції|online reportáže"
    r"|canlı anlatımlar|liveticker-übersicht)$"
)

# More words of section indexes (gate_cues.SECTION_WORDS, SECTION_HEADS).
MORE_SECTION_WORDS = """
новини останні головні політика економіка світ спорт культура суспільство
뉴스 정치 경제 사회 국제 스포츠 연예 문화 속보 최신 전체 기사
ニュース 政治 経済 社会 国際 スポーツ 速報 最新 一覧
berita terkini terbaru politik ekonomi olahraga nasional internasional dunia hari ini
राज्य देश विदेश खेल मनोरंजन व्यापार राजनीति
פוליטיקה ספורט כלכלה עולם
πολιτική αθλητικά οικονομία κόσμος
"""
MORE_SECTION_HEADS = "новини 뉴스 속보 ニュース 速報 berita"
