"""Half-point cues of stub pages: teasers, taglines, consent texts, share forms.

Scraped pages that hold no report often carry no wall's wording at all, only
what a site prints around a missing story: a teaser's "If you want to see
more..." under the headline, the site's tagline ("news from Poland and the
world", "A blog about ..."), a data-consent text ("we collect anonymous
technical information ... to show dedicated ads", "we have updated our
privacy policy to comply with the GDPR ... check the box below"), a line
making sign-in acceptance of the terms ("By logging in ... you accept the
User agreement"), a blog's share-by-e-mail form ("Post was not sent -
check your email addresses!"), or a subscription's price offer ("Get full
access to ...", "just $1.99 per week for the first 24 weeks").  Consent texts
also name the reader's data as safe, the consent as revocable, the
controller of the reader's data and what the site collects about the reader
("sammeln wir technische anonymisierte Informationen über Sie"), and say the
site uses cookies ("Diese Website verwendet Cookies").  On the SemEval pages these were all the text
there was, so the gate saw no evidence and let them in as reports.

Real reports carry such lines too (a "Read more" link, a consent banner, a
share widget), so each line is only half a point (:data:`HALF_POINT`), as a
cookie or newsletter line is: alone it flags a page only under
:data:`storyline.analyse.gate.NO_PROSE` characters of story prose (about one
sentence of reporting).  A sentence carrying one is the site's voice, not
the report's, and is not counted as prose (:data:`SITE_STUB_VOICE`), except a
price offer: a report names prices too, so only an offer box's short line
(twelve words at most) counts, and never against the prose.  Written as case-folded text reads,
for the gate's languages; the teaser and tagline cues match a whole line only.
"""
from __future__ import annotations

import re

HALF_POINT = 0.5

_TEASER = (  # a "see / read more" prompt as the whole line
    r"^\W*(?:if you (?:want|wish|would like) to (?:see|read) more|(?:read|see|view) more|continue reading|keep reading"
    r"|read the (?:full|whole|rest of the) (?:article|story|post)|read the rest"
    r"|si (?:deseas|desea|quieres|quiere) (?:ver|leer) más|(?:leer|ver) más|seguir leyendo|leer (?:el artículo|la nota) completa?"
    r"|lire la suite|lire l'article(?: complet)?|en savoir plus|weiterlesen|mehr lesen|(?:den )?ganzen artikel lesen"
    r"|leggi (?:di più|tutto|anche|l'articolo(?: completo)?)|continua a leggere|se vuoi (?:vedere|leggere) (?:di più|altro)"
    r"|leia mais|continuar lendo|continue lendo|se (?:você )?quiser ver mais|lees (?:meer|verder)|läs mer|les mer|læs mere"
    r"|если (?:вы )?хотите (?:увидеть|прочитать|узнать) больше|читать (?:далее|дальше|полностью)|подробнее"
    r"|якщо (?:ви )?хочете (?:побачити|прочитати) більше|читати (?:далі|повністю)|детальніше"
    r"|और पढ़ें|पूरी खबर पढ़ें|اقرأ (?:المزيد|أيضا)|المزيد|קרא(?:ו)? עוד|διαβάστε (?:περισσότερα|ακόμη|τη συνέχεια)"
    r"|číst (?:dále|více)|pokračovat ve čtení|czytaj (?:dalej|więcej)|czytaj całość|devamını oku|haberin devamı"
    r"|baca (?:selengkapnya|juga)|阅读(?:全文|更多)|查看更多|閱讀全文|続きを読む|全文を読む|기사 원문 보기|자세히 보기)"
    r"\s*(?:\.\.\.|…|»|>|→)?\s*$"
)
_TAGLINE = (  # a site's tagline as the whole line: "news from Poland and the world", "a blog about ..."
    r"^\W*(?:(?:the )?(?:latest |breaking )?news (?:from|of|about) [^.!?\n]{2,40} and (?:the|around the) world"
    r"|(?:a|the) (?:\w+ )?blog (?:about|on|by|of|for) [^.!?\n]{2,80}"
    r"|(?:aktuelle )?nachrichten aus [^.!?\n]{2,40} und (?:der|aller) welt|(?:l'actualité|actualités|infos?) (?:de|du|des) [^.!?\n]{2,40} et du monde"
    r"|(?:noticias|notícias|notizie) d[ea-z']*\s?[^.!?\n]{2,40} (?:y|e) (?:del|do|dal) mundo|notizie d[a-z']*\s?[^.!?\n]{2,40} e dal mondo"
    r"|nieuws uit [^.!?\n]{2,40} en de wereld|nyheter från [^.!?\n]{2,40} och världen|nyheter fra [^.!?\n]{2,40} og verden"
    r"|новости [^.!?\n]{2,40} и мира|новини [^.!?\n]{2,40} (?:та|і) світу|wiadomości z [^.!?\n]{2,40} i (?:ze )?świata"
    r"|zprávy z [^.!?\n]{2,40} a ze světa|[^.!?\n]{2,40} ve dünyadan (?:son dakika )?haberler|berita [^.!?\n]{2,40} dan dunia)\s*$"
)
_CONSENT = (  # the site asking consent to process the reader's data
    r"updated our privacy (?:policy|notice)|comply with the general data protection regulation"
    r"|(?:consent to|agree to) the processing of (?:your )?(?:personal )?data|protect(?:ing)? your personal (?:data|information)"
    r"|we collect (?:anonymous |personal |technical )+(?:information|data)|by clicking (?:on )?(?:the )?(?:button|[\"“']?(?:accept|ok|i agree|agree))"
    r"|actualizado nuestra política de privacidad|proteger (?:su|tu) información personal|proteger (?:sus|tus) datos personales"
    r"|consentimiento (?:para|al) (?:el )?tratamiento de (?:sus |tus )?datos|al hacer clic en [\"“']?(?:el botón|aceptar)"
    r"|einwilligung in die verarbeitung|verarbeitung ihrer (?:persönlichen |personenbezogenen )?(?:daten|informationen)|durch (?:das )?klicken auf [\"„“]?(?:ok|akzeptieren|zustimmen)"
    r"|mis à jour notre politique de confidentialité|protéger vos données personnelles|consentement au traitement de vos données"
    r"|en cliquant sur [\"«“]?\s*(?:accepter|j'accepte|ok)|consenso al trattamento dei (?:tuoi |suoi )?dati|proteggere i (?:tuoi|suoi) dati personali"
    r"|consentimento para o tratamento dos (?:seus )?dados|proteger (?:os )?seus dados pessoais|verwerking van (?:je|uw) (?:persoons)?gegevens"
    r"|behandling av dina personuppgifter|behandling av (?:dine )?personopplysninger"
    r"|согласие на обработку (?:ваших |своих )?персональных данных|нажимая (?:на )?кнопку|згоду на обробку (?:ваших )?персональних даних|натискаючи (?:на )?кнопку"
    r"|zgod[ęay] na przetwarzanie (?:twoich |swoich )?danych|przetwarzani(?:e|a|u|em) twoich danych|chronić (?:twoje|swoje) dane osobowe"
    r"|zbieramy anonimowe|klikając (?:na )?przycisk|szanujemy twoją prywatność|souhlas se zpracováním (?:vašich )?osobních údajů"
    r"|επεξεργασία των προσωπικών σασ δεδομένων|kişisel verilerinizin işlenmesi|pemrosesan data pribadi anda"
    # the reader's data is safe, consent can be withdrawn, the controller of the reader's data, what
    # the site collects or processes ("we collect technical information about you")
    r"|your (?:personal )?data (?:is|are|will be|remains?) (?:safe|secure)|withdraw your consent|\bcontroller of your (?:personal )?data"
    r"|\bwe (?:only )?process (?:your )?(?:personal )?data\b|\bwe collect (?:anonymous |anonymi[sz]ed |technical )*information about you"
    r"|ihre daten sind (?:bei uns )?sicher|(?:einwilligung|zustimmung) (?:jederzeit )?widerrufen|(?:einwilligung|zustimmung) können sie [^.\n]{0,40}widerrufen"
    r"|sammeln wir (?:technische |anonymisierte |anonyme )*informationen|cookies?-nutzung|indem sie [„\"“][^„\"“”]{1,30}[“\"”] ?(?:an)?klicken"
    r"|wir verarbeiten (?:nur |ausschliesslich )?(?:ihre )?(?:personenbezogenen )?daten|vos données (?:sont|restent) en sécurité|retirer votre consentement"
    r"|responsable du traitement de vos données|nous (?:recueillons|collectons) des informations techniques|nous traitons (?:uniquement )?vos données"
    r"|retirar (?:su|tu) consentimiento|recopilamos información técnica|tratamos (?:sus|tus) datos|revocare il (?:tuo |suo )?consenso"
    r"|raccogliamo informazioni tecniche|trattiamo i (?:tuoi|suoi) dati|(?:retirar|revogar) o (?:seu )?consentimento|(?:coletamos|recolhemos) informações técnicas"
    r"|toestemming (?:op elk moment )?intrekken|verzamelen (?:wij|we) (?:anonieme )?technische informatie|отозвать (?:своё |свое )?согласие"
    r"|мы собираем (?:анонимную |обезличенную )?техническую информацию|ваши (?:персональные )?данные (?:в безопасности|надежно защищены)"
    r"|відкликати (?:свою )?згоду|ми збираємо (?:анонімну )?технічну інформацію|twoje dane (?:są|będą) bezpieczne|(?:wycofać|cofnąć) (?:swoją )?zgodę"
    r"|administrator(?:em|a|owi)? (?:twoich|pani|pana|państwa) danych|przetwarzamy (?:tylko |wyłącznie )?(?:twoje )?dane|odvolat (?:svůj )?souhlas"
    r"|shromažďujeme (?:anonymní )?technické informace|(?:onayınızı|rızanızı) geri çek|anonim teknik bilgi(?:ler)? topl|سحب موافقتك|نجمع معلومات تقنية"
    r"|撤回(?:您的)?同意|我们收集(?:匿名的?)?技术信息"
    # the site says it uses cookies and that using it, or clicking, is consent
    r"|\bthis (?:site|website) uses cookies|\byou (?:agree|consent) to (?:the|our) use of cookies|(?:diese|dieses) (?:seite|website|webseite) (?:verwendet|nutzt) cookies"
    r"|(?:stimmen sie|sie stimmen) der verwendung von cookies|ce site (?:utilise|emploie) des cookies|vous acceptez l'utilisation (?:de|des) cookies"
    r"|este (?:sitio|sitio web|portal) (?:utiliza|usa) cookies|acepta(?:s)? el uso de (?:las )?cookies|questo sito (?:utilizza|usa) (?:i )?cookie"
    r"|acconsenti all'uso dei cookie|este (?:site|sítio) (?:utiliza|usa) cookies|concorda com o uso de cookies|deze (?:site|website) gebruikt cookies"
    r"|(?:этот|наш) сайт использует (?:файлы )?cookie"
    # continued use of the site is consent; the site sets its cookies "to personalise content"
    r"|by continuing to (?:use|browse|visit) (?:this|our|the) (?:site|website)|durch die weitere nutzung (?:unserer|der|dieser) (?:website|webseite|seite)"
    r"|wir setzen (?:auf unserer (?:website|webseite|seite) )?cookies|personalisierung von inhalten|en poursuivant (?:votre )?navigation"
    r"|si (?:continúa|continúas|sigue|sigues) navegando|proseguendo (?:la|con la) navigazione|ao continuar (?:a )?navegar"
    r"|door (?:verder )?gebruik te maken van (?:deze|onze) (?:website|site)|продолжая (?:использовать|пользоваться) (?:сайт|сайтом|нашим сайтом)"
    r"|kontynuując (?:korzystanie|przeglądanie)|pokračováním v (?:prohlížení|používání)|siteyi kullanmaya devam ederek"
    r"|आपके व्यक्तिगत डेटा|معالجة بياناتك الشخصية|עיבוד המידע האישי שלך|处理您的个人(?:数据|信息)|個人情報の取り扱いに同意|개인정보 수집(?:\s*및 이용)?에 동의"
)
_AGREEMENT = (  # signing in or registering is accepting the site's terms; a comments login prompt
    r"\bby (?:logging|signing) in\b[^.\n]{0,60}\byou (?:accept|agree)|registration on or use of this site constitutes"
    r"|use of this (?:site|website) constitutes (?:acceptance|agreement)|\b(?:log|sign) in to (?:comment|join the (?:discussion|conversation))"
    r"|melden sie sich an,? (?:und|um) (?:diskutieren sie mit|zu kommentieren|mitzudiskutieren)|mit (?:der|ihrer) (?:anmeldung|registrierung) (?:akzeptieren|stimmen) sie"
    r"|en vous (?:connectant|inscrivant),? vous acceptez|al (?:iniciar sesión|registrarte|registrarse),? (?:aceptas|acepta)"
    r"|(?:accedendo|registrandoti),? accetti|ao (?:fazer login|se cadastrar|entrar),? (?:você )?(?:aceita|concorda)"
    r"|(?:входя|авторизуясь|регистрируясь)[^.\n]{0,60}(?:принимаете|соглашаетесь)|(?:logując|rejestrując) się[^.\n]{0,60}(?:akceptujesz|zgadzasz się)"
    r"|giriş yaparak[^.\n]{0,60}kabul|登录即(?:表示)?(?:同意|接受)"
)
_SHARE_FORM = (  # a blog's share-by-e-mail form
    r"\bpost was not sent|email check failed|cannot share posts by e-?mail|\bsend to e-?mail address"
    r"|beitrag wurde nicht gesendet|l'article n'a pas été envoyé|la entrada no fue enviada|entrada no enviada|il post non è stato inviato"
    r"|post não foi enviado|запись не отправлена|wpis nie został wysłany|发送到电子邮件地址|帖子未发送|电子邮件检查失败|通过电子邮件分享文章"
)
_PRICE_OFFER = (  # a subscription's offer: full access, a price per week or month for the first weeks
    r"\bget (?:full|unlimited) access to\b|\b(?:only|just) [$€£]\s?\d+(?:[.,]\d\d)? (?:per|a|/) ?(?:week|month)\b|\bfor the first \d+ (?:weeks|months)\b"
    r"|(?:für )?(?:nur|lediglich) \d+(?:[.,]\d\d)? ?€ (?:pro|im|je) (?:woche|monat)|pour (?:seulement |seulement )?\d+(?:[.,]\d\d)? ?€ par (?:semaine|mois)"
    r"|por (?:solo|sólo) \d+(?:[.,]\d\d)? ?€ (?:al mes|a la semana)|(?:a|per) (?:soli|solo) \d+(?:[.,]\d\d)? ?€ (?:al mese|a settimana)"
    r"|за \d+ ?(?:руб|₽)[^.\n]{0,10} в (?:месяц|неделю)|za \d+(?:[.,]\d\d)? ?zł (?:miesięcznie|tygodniowo)"
    r"|(?:完全|无限制的?)访问权限|(?:每周|每月)只需|前 ?\d+ ?(?:周|个月)(?:每周|每月)"
)
# kind -> pattern; each line carrying one is half a point of that kind (the
# phrase quoted is the match, or its group "cue" where the pattern has one)
STUB_CUES: dict[str, re.Pattern] = {
    "front-page": re.compile(_TEASER + "|" + _TAGLINE),
    "cookie-wall": re.compile(_CONSENT),
    "login": re.compile(_AGREEMENT),
    "signup": re.compile(_SHARE_FORM),
    # an offer box's short line, not a report's sentence about a price ("will cost just $6.99 a month")
    "paywall": re.compile(r"^(?=\s*(?:\S+\s+){0,11}\S+\s*$).*?(?P<cue>" + _PRICE_OFFER + ")"),
}
# sentences that are the site's voice, not story prose: all but the price
# offers, whose words a report about prices shares
SITE_STUB_VOICE = re.compile("|".join((_TEASER, _TAGLINE, _CONSENT, _AGREEMENT, _SHARE_FORM)))
