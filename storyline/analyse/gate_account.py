"""Wall phrases of the reader's account: sign-in widgets, register-to-continue
prompts, subscriber offers, "cookies must be enabled" pages.

The SemEval pages the gate still let in after its stub cues
(:mod:`storyline.analyse.gate_stubs`) held a sign-in widget under a headline
("Are you sure you want to log out? … E-mail or Username: Password REMEMBER
ME SIGN IN or sign in with New user? CLICK HERE TO REGISTER"), an archive's
registration step ("Registrieren Sie sich jetzt kostenlos, um fortzufahren";
"Angemeldete Nutzer können Geschichten bis ins Jahr 2008 recherchieren"), a
print subscriber's offer ("作为当前的印刷版订阅者，您可以 … 无限制地访问我们的网站";
"不是当前的印刷版订阅者？") and a page telling the reader to turn cookies on
("To use this website, cookies must be enabled in your browser").  None
carried a phrase of the first lists, and their blurbs read as 300 to 500
characters of story prose, so nothing outweighed them.

What they share is the site speaking to a reader about the reader's own
account, as no report does: a log-out prompt; a login form's paired field
("e-mail or username"), its "remember me" beside the password or the sign-in
button, its "or sign in with" a third party; the question to a newcomer
("New user?", "Don't have an account?"); a prompt to register *in order to*
go on reading; what a subscriber of the site gets; the question "not a
subscriber?"; unlimited access "to our site"; cookies to turn on in "your
browser".  Each is one point of its kind, as the phrases of
:mod:`storyline.analyse.gate_cues` are (merged there), so one such line under
two sentences of reporting never flags it; two flag a page with less than
600 characters of prose.  Where a report could hold the words in a sentence
("hackers stole the e-mail or username of two million players", "users can
sign in with Google"), only the form's own shape counts: the pair as a label
(before a colon or the password field), a third party's sign-in as a short
line.  What registered users may do and the site's own archive
(:data:`MEMBER_OFFERS`) only support a login line (half a point, beside one).  Written as case-folded text reads (German ß as
``ss``, Greek final ς as ``σ``), for the gate's languages.
"""
from __future__ import annotations

# Per kind, regular-expression alternatives over one case-folded line or sentence.
ACCOUNT_BODY: dict[str, list[str]] = {
    "login": [
        # a log-out prompt: the reader is signed in, the page is the site's account widget
        r"\bare you sure (?:that )?you want to (?:log|sign) ?out\b|(?:möchten|wollen) sie sich (?:wirklich |tatsächlich )?abmelden"
        r"|(?:voulez-vous|êtes-vous sûrs? de vouloir) (?:vraiment )?vous déconnecter|segur[oa] (?:de )?que (?:quiere|quieres|desea|deseas) cerrar (?:la )?sesión"
        r"|sei sicuro di voler (?:uscire|disconnetterti|effettuare il logout)|tem (?:a )?certeza (?:de )?que (?:deseja|quer) sair"
        r"|weet (?:je|u) zeker dat (?:je|u) wilt uitloggen|är du säker på att du vill logga ut|er du sikker på at du vil logge ut"
        r"|вы (?:действительно |точно )?уверены,? что хотите выйти|(?:хотите|желаете) выйти из (?:аккаунта|профиля|учётной записи|учетной записи|системы)"
        r"|ви (?:дійсно |справді )?впевнені,? що хочете вийти|хочете вийти з (?:акаунта|облікового запису|профілю|системи)"
        r"|czy na pewno chcesz się wylogować|opravdu se chcete odhlásit|çıkış yapmak istediğin(?:iz)?(?:den)? emin misin"
        r"|هل (?:أنت متأكد|انت متأكد|تريد)[^.؟\n]{0,20}تسجيل الخروج|האם (?:את|אתה) בטוח(?:ה)? שברצונך להתנתק"
        r"|είστε σίγουροι ότι θέλετε να αποσυνδεθείτε|क्या आप (?:वाकई |सच में )?लॉग ?आउट करना चाहते|apakah anda yakin ingin keluar"
        r"|(?:确定|确认)要?(?:退出登录|注销(?:登录|账户|账号))|ログアウトしますか|로그아웃 하시겠습니까",
        # a login form's paired field as a label (before a colon, an asterisk, the password field or the
        # line's end: "the e-mail or username of two million players" is a report's), "remember me"
        # beside the password or the button, a third party's sign-in as a short line
        r"(?:"
        r"\be-?mail(?: address)? or user ?name\b|\buser ?name or e-?mail\b|e-mail(?:-adresse)? oder benutzername|benutzername oder e-mail"
        r"|(?:adresse )?e-?mail ou (?:nom d'utilisateur|identifiant)|(?:nom d'utilisateur|identifiant) ou (?:adresse )?e-?mail"
        r"|(?:correo electrónico|e-?mail) o (?:nombre de )?usuario|(?:nombre de )?usuario o (?:correo|e-?mail)"
        r"|e-?mail o nome utente|nome utente o e-?mail|e-?mail ou (?:nome de )?usuário|usuário ou e-?mail"
        r"|e-?mail(?:adres)? of gebruikersnaam|gebruikersnaam of e-?mail|(?:e-?mail|эл\. почта|электронная почта) или (?:логин|имя пользователя)"
        r"|логин или (?:e-?mail|эл)|(?:adres )?e-?mail lub (?:login|nazwa użytkownika)|login lub (?:adres )?e-?mail"
        r"|e-posta(?: adresi)? veya kullanıcı adı|kullanıcı adı veya e-posta|e-mail nebo uživatelské jméno"
        r"|اسم المستخدم أو البريد الإلكتروني|البريد الإلكتروني أو اسم المستخدم|用户名或(?:电子)?邮箱|(?:电子)?邮箱或用户名|用户名/邮箱|邮箱/用户名)"
        r"(?=\s*(?:[:*：]|$|password|passwort|mot de passe|contraseña|password|senha|wachtwoord|пароль|hasło|şifre|heslo|كلمة المرور|密码))",
        r"^\s*remember me\s*$|\bpassword:?\s+remember me\b|\bremember me\s+(?:sign|log) ?in\b"
        r"|^(?=\s*(?:\S+\s+){0,7}\S+\s*$).*?(?:\bor (?:sign|log) ?in with\b|\b(?:sign|log) ?in with (?:facebook|google|apple|twitter)\b"
        r"|(?:anmelden|einloggen) mit (?:facebook|google|apple)|se connecter avec (?:facebook|google|apple)"
        r"|(?:inicia sesión|iniciar sesión|accede|acceder) con (?:facebook|google|apple)|accedi con (?:facebook|google|apple)"
        r"|(?:entrar|faça login|fazer login) com (?:o )?(?:facebook|google|apple)|войти (?:через|с помощью) (?:facebook|google|вконтакте|vk)"
        r"|zaloguj (?:się )?(?:przez|z) (?:facebook|google|apple)|(?:facebook|google|apple) ile (?:giriş|oturum)"
        r"|تسجيل الدخول (?:عبر|باستخدام|بواسطة) (?:فيسبوك|جوجل|facebook|google)|使用(?:微信|微博|qq|facebook|google)(?:账号)?登录)",
        # the question to a newcomer, beside the form
        r"\bnew user\?|\bdon'?t have an account(?: yet)?\?|\bnot (?:a member|registered)(?: yet)?\?|noch kein (?:konto|benutzerkonto)\?"
        r"|neu hier\?|noch nicht registriert\?|pas encore (?:de compte|inscrit|membre)\s*\?|nouvel utilisateur\s*\?"
        r"|¿no tienes (?:una )?cuenta\?|¿nuevo usuario\?|¿aún no (?:estás registrado|tienes cuenta)\?|non hai (?:ancora )?un account\?"
        r"|nuovo utente\?|non sei (?:ancora )?registrato\?|não tem (?:uma )?conta\?|novo usuário\?|ainda não tem (?:uma )?conta\?"
        r"|nog geen account\?|nieuwe gebruiker\?|нет (?:аккаунта|учетной записи|учётной записи)\?|новый пользователь\?"
        r"|(?:ещё|еще) не зарегистрированы\?|nie masz (?:jeszcze )?konta\?|nowy użytkownik\?|hesabınız yok mu\?|üye değil misiniz\?"
        r"|nemáte (?:ještě )?účet\?|ليس لديك حساب|مستخدم جديد؟|还没有(?:账号|帐号|账户)|新用户[？?]",
        # register or sign up *to go on*: the page stops here
        r"\b(?:register|sign up)(?: now| today)?(?: for free)?,? to (?:continue|keep reading|read (?:the|this) (?:full )?(?:article|story)|access (?:this|the) (?:article|story|archive))"
        r"|\bcreate (?:a|an|your) (?:free )?account to (?:continue|keep reading|read)"
        r"|registrieren sie sich(?: jetzt)?(?: kostenlos)?,? um (?:fortzufahren|weiterzulesen|den (?:ganzen )?artikel)|jetzt (?:kostenlos )?registrieren und weiterlesen"
        r"|inscrivez-vous (?:gratuitement )?pour (?:continuer|poursuivre|lire)|créez (?:un|votre) compte (?:gratuit )?pour (?:continuer|lire)"
        r"|regístr(?:ate|ese) (?:gratis )?para (?:continuar|seguir leyendo|leer)|registrati (?:gratuitamente |gratis )?per (?:continuare|leggere)"
        r"|(?:cadastre-se|registe-se|registre-se) (?:gratuitamente |grátis )?para (?:continuar|ler)|registreer (?:je|u) (?:gratis )?om (?:verder )?te lezen"
        r"|зарегистрируйтесь,? чтобы (?:продолжить|читать|прочитать)|зареєструйтеся,? щоб (?:продовжити|читати|прочитати)"
        r"|zarejestruj się,? (?:aby|by) (?:kontynuować|czytać|przeczytać)|zaregistrujte se,? abyste (?:mohli )?(?:pokračovat|číst)"
        r"|devam etmek için (?:ücretsiz )?(?:kayıt olun|üye olun)|سجل (?:مجانا )?(?:لمتابعة|للمتابعة|لمواصلة) القراءة|注册(?:后)?(?:即可)?(?:继续阅读|阅读全文)",
    ],
    "paywall": [
        # a subscriber's offer, the question to a reader who is none, access "to our site"
        r"\bnot (?:yet )?a (?:current )?(?:print |digital )?subscriber\?|\bas a (?:current )?(?:print |digital )?subscriber,? you\b"
        r"|\bunlimited (?:digital )?access to (?:our|all (?:of )?our|the site|the website)\b"
        r"|noch kein abonnent\?|als abonnent(?:in)?,? (?:haben|können|erhalten) sie|unbegrenzte[mn]? zugang zu (?:allen|unseren)"
        r"|pas encore abonné\s*\?|en tant qu'abonné,? vous|accès illimité à (?:tous nos|nos|l'ensemble de nos|tout le site)"
        r"|no eres suscriptor\?|como suscriptor,? (?:usted )?(?:puede|tiene|podrás)|acceso ilimitado a (?:todos nuestros|nuestros|todo el contenido)"
        r"|non sei (?:ancora )?abbonato\?|come abbonato,? (?:puoi|hai)|accesso illimitato a (?:tutti i nostri|tutti gli articoli|tutto il sito)"
        r"|ainda não é assinante\?|como assinante,? você|acesso ilimitado a (?:todo o conteúdo|todos os nossos|nossos)"
        r"|nog geen abonnee\?|onbeperkt toegang tot (?:al onze|onze|alle artikelen)|(?:ещё|еще) не подписчик\?|как подписчик,? вы"
        r"|неограниченный доступ к (?:нашим|материалам сайта|сайту)|nie jesteś (?:jeszcze )?(?:subskrybentem|prenumeratorem)\?"
        r"|jako (?:subskrybent|prenumerator),? (?:masz|możesz)|nieograniczony dostęp do (?:wszystkich|naszych) (?:treści|artykułów)"
        r"|abone değil misiniz|لست مشتركا|(?:不是|作为)(?:当前的?)?(?:印刷版|数字版|纸质版)订阅者|作为订阅者，?您|不是订阅者[？?]|无限制地?访问我们的",
    ],
    "error": [
        # a page that only asks the reader to turn cookies on in the reader's own browser ("a message
        # that cookies must be enabled" is a report's)
        r"\bcookies (?:must|need to) be enabled (?:in|on) your (?:web )?browser|\benable cookies (?:in|on) your (?:web )?browser"
        r"|\bto enable cookies,? (?:follow|please|go to|open)|\benabling cookies in (?:internet explorer|firefox|chrome|google chrome|safari|mobile safari|edge|opera|your browser)"
        r"|\byour browser (?:is not accepting|does not accept|has disabled|is blocking) cookies|(?:um diese (?:website|webseite|seite) zu nutzen|zur nutzung dieser (?:website|seite)),? müssen cookies aktiviert"
        r"|aktivieren sie (?:bitte )?(?:die )?cookies in (?:ihrem browser|den einstellungen ihres browsers)|cookies (?:sind|wurden) in ihrem browser deaktiviert"
        r"|(?:pour utiliser ce site,? )?(?:les )?cookies doivent être activés dans votre navigateur|activez les cookies dans (?:les paramètres de )?votre navigateur"
        r"|(?:las )?cookies deben estar habilitadas en su navegador|(?:habilite|active) las cookies en (?:la configuración de )?(?:su|tu) navegador"
        r"|(?:i )?cookie devono essere abilitati nel (?:tuo )?browser|abilita(?:re)? i cookie (?:nel|nelle impostazioni del) (?:tuo )?browser"
        r"|(?:os )?cookies devem estar (?:ativados|habilitados) no seu navegador|(?:ative|habilite) os cookies (?:no|nas configurações do) seu navegador"
        r"|schakel cookies in (?:in )?je browser|cookies moeten (?:zijn )?ingeschakeld in (?:je|uw) browser"
        r"|включите (?:файлы )?cookie в (?:вашем |своем |своём )?браузере|(?:необходимо|нужно) включить (?:файлы )?cookie в браузере"
        r"|włącz (?:obsługę )?(?:plików )?cookie w (?:swojej |twojej )?przeglądarce|tarayıcınızda çerezleri etkinleştir"
        r"|请(?:在浏览器中)?(?:启用|开启)(?:浏览器的?)?cookie|ブラウザ(?:の設定)?でcookieを有効に|يرجى تمكين ملفات تعريف الارتباط في (?:متصفحك|المتصفح)",
    ],
}

# What registered users of the site may do, and the site's own archive or
# portal: a registration page describes them, but a report may name a
# platform's registered users too, so such a sentence is half a point of login
# evidence and no story prose (:mod:`storyline.analyse.gate_notices`).
MEMBER_OFFERS = (
    r"\b(?:registered|logged-in|signed-in) (?:users|members|readers) (?:can|may|get|have access)"
    r"|(?:angemeldete|registrierte) (?:nutzer|benutzer|leser)(?:innen)? (?:können|haben|erhalten)"
    r"|(?:utilisateurs|membres|lecteurs) (?:inscrits|connectés) (?:peuvent|ont accès)|usuarios registrados pueden|utenti registrati (?:possono|hanno)"
    r"|usuários (?:registrados|cadastrados) podem|зарегистрированные пользователи (?:могут|имеют)|zalogowani użytkownicy mogą"
    r"|zarejestrowani użytkownicy mogą|注册用户(?:可以|可)"
    r"|\bour (?:digital |online )?archive (?:offers|holds|contains|has)|unser(?:e|em)? (?:digitale[sn]? )?(?:nachrichtenportal|archiv) (?:bietet|dokumentiert|enthält)"
    r"|(?:nos|notre) archives? numériques? (?:rassemblent|proposent|contient|offrent)|il nostro archivio (?:digitale )?(?:raccoglie|contiene|offre)"
    r"|nasze (?:cyfrowe )?archiwum (?:zawiera|oferuje)|nuestro archivo (?:digital )?(?:ofrece|contiene|reúne)"
)

# A title segment naming a profile or statistics page ("Profile with news,
# career statistics and history", "Player profile", "Spielerprofil"): a
# person's or a team's hub of links and figures, an index, not a report.
# Whole segments only: "Profile: Xi Jinping" over a feature is no such title.
PROFILE_TITLE = (
    r"^(?:(?:player|team|club|driver|rider|athlete|coach|manager)\s+)?(?:profile|stats|statistics)"
    r"(?:\s+(?:with|and|&)\s+[\w\s,&]*(?:news|statistics|stats|history|career|results))?$"
    r"|^(?:spielerprofil|spielerstatistik|fiche (?:du )?joueur|profil du joueur|perfil del jugador|ficha del jugador"
    r"|scheda (?:del )?giocatore|profilo del giocatore|perfil do jogador|профиль игрока|профіль гравця|profil zawodnika"
    r"|oyuncu profili|ملف اللاعب|球员资料|球员档案|選手プロフィール|선수 프로필)$"
)
