"""Phrase cues of pages that are not news reports, by kind, in many languages.

Each kind is one regular expression over lower-cased text.  Cues are the
site's own voice on such pages (an error message, a form's field labels, a
wall's offer), written as multi-word phrases so that a report *about* an
outage or a paywall rarely carries them; :mod:`storyline.analyse.gate` also
weighs them against the amount of story prose, so one cue in a long report
never flags it.  Languages: en de fr es it pt nl sv no ru hi ar cs el he zh
tr pl (the common phrases of each).  The cleaner's own notice detectors
(:mod:`storyline.clean.notices`: cookie banners, access notices, site promos)
count too, through the removals they make.  More kinds and languages, found
missing by a second unseen sample, are in
:mod:`storyline.analyse.gate_cues_more`, and the site speaking of the
reader's account (sign-in widgets, register-to-continue prompts, subscriber
offers, "cookies must be enabled in your browser") in
:mod:`storyline.analyse.gate_account`; both are merged here.
"""
from __future__ import annotations

import re

from storyline.analyse.gate_account import ACCOUNT_BODY, PROFILE_TITLE
from storyline.analyse.gate_cues_more import INDEX_TITLE as INDEX_TITLE_RX
from storyline.analyse.gate_cues_more import MORE_BODY, MORE_SECTION_HEADS, MORE_SECTION_WORDS, MORE_TITLE


def _rx(*alternatives: str) -> re.Pattern:
    return re.compile("|".join(alternatives))


BODY_CUES: dict[str, re.Pattern] = {
    "error": _rx(
        r"\bpage (?:was )?not found\b|\b(?:error )?404\b[^.\n]{0,20}\bnot found\b|\bnot found\b[^.\n]{0,10}\b404\b",
        r"the page you (?:are|were|'re) looking for|the (?:page|url) you requested|page (?:is|was) (?:no longer|not) available",
        r"\bunable to process (?:your|this|the) request|this error is usually temporary|please try again later",
        r"\bservice (?:is )?(?:temporarily )?unavailable\b|\binternal server error\b|\b403 forbidden\b|\bbad gateway\b",
        r"\baccess (?:is )?denied\b|\bsomething went wrong\b|\bpage (?:is )?under (?:construction|maintenance)\b",
        # a story taken down or fenced off: the site's words about the page, not a report's
        r"the (?:story|article|content|video) you (?:are|were|'re) looking for|(?:story|article|page|link) (?:has|may have) (?:expired|been (?:re)?moved|been deleted)",
        r"(?:this|the) (?:story|article|content|video) is no longer available|(?:is )?not available in your (?:country|region|location)",
        r"you need to enable javascript|javascript is (?:disabled|required)|requires javascript to",
        # de fr es it pt nl sv no
        r"(?:dieser|der) (?:artikel|beitrag) ist (?:nicht mehr|leider nicht) verfügbar|(?:cet|l') article n'est plus disponible|(?:este|el) artículo ya no está disponible",
        r"(?:questo|l') articolo non è più disponibile|(?:este|o) artigo não está mais disponível|эта статья (?:больше )?недоступна|материал (?:удалён|удален|недоступен)",
        r"seite (?:wurde )?nicht gefunden|seite (?:existiert nicht|ist nicht (?:mehr )?verfügbar)|vorübergehend nicht verfügbar|später (?:noch einmal|erneut)",
        r"page (?:introuvable|non trouvée)|(?:n'existe pas|n'existe plus|est introuvable)\b[^.\n]{0,30}page|réessayer plus tard|temporairement indisponible|une erreur (?:s'est produite|est survenue)",
        r"página no encontrada|la página (?:que buscas|solicitada) no|(?:inténtalo|vuelva a intentarlo) (?:de nuevo )?más tarde|se ha producido un error",
        r"pagina non trovata|la pagina (?:richiesta|che stai cercando) non|riprova(?:re)? più tardi|servizio non disponibile",
        r"página não encontrada|a página (?:que você procura|solicitada) não|tente novamente mais tarde|página (?:está )?em (?:atualização|construção|manutenção)",
        r"pagina niet gevonden|deze pagina bestaat niet|probeer het later (?:nog eens|opnieuw)",
        r"sidan (?:kunde inte hittas|hittades inte|finns inte)|försök igen senare",
        r"siden (?:ble ikke funnet|finnes ikke|kunne ikke finnes)|prøv igjen senere",
        # ru hi ar cs el he zh tr pl
        r"страница не найдена|запрашиваемая страница не|(?:сервис|сайт) временно недоступен|попробуйте (?:ещё раз |еще раз )?позже",
        r"पृष्ठ नहीं मिला|पेज नहीं मिला|बाद में (?:फिर से )?(?:प्रयास|कोशिश) करें",
        r"الصفحة (?:المطلوبة )?غير موجودة|لم يتم العثور على الصفحة|حاول مرة أخرى لاحق|الخدمة غير متاحة",
        r"stránka (?:nebyla )?nenalezena|stránka nebyla nalezena|stránka neexistuje|zkuste to (?:prosím )?později",
        r"η σελίδα δεν (?:βρέθηκε|υπάρχει)|δοκιμάστε (?:ξανά )?αργότερα",
        r"הדף (?:המבוקש )?לא נמצא|העמוד לא נמצא|נסו שוב מאוחר יותר",
        r"页面不存在|找不到(?:该|此)?(?:页面|網頁|网页)|页面未找到|網頁不存在|请稍后(?:再)?试",
        r"sayfa bulunamadı|aradığınız sayfa|daha sonra tekrar deneyin",
        r"nie znaleziono strony|strona nie (?:została znaleziona|istnieje)|spróbuj (?:ponownie )?później",
    ),
    "bot-check": _rx(
        r"verify (?:that )?you(?:'re| are) (?:a )?human|are you a robot|i'?m not a robot|i am not a robot",
        r"checking (?:your|if the site connection is secure|the browser)|enable (?:javascript|cookies) (?:and|to) (?:continue|reload|proceed)",
        r"unusual (?:traffic|activity) from your|ddos protection by|press (?:and|&) hold",
        r"kein roboter|bestätigen sie, dass sie ein mensch|je ne suis pas un robot|êtes-vous un robot|no soy un robot",
        r"non sono un robot|não sou um robô|ik ben geen robot|jag är inte en robot|jeg er ikke en robot",
        r"я не робот|подтвердите, что вы (?:не робот|человек)|मैं रोबोट नहीं|لست روبوت|nejsem robot",
        r"δεν είμαι ρομπότ|אני לא רובוט|我不是机器人|人机验证|ben robot değilim|nie jestem robotem",
    ),
    "login": _rx(
        r"already (?:a member|registered|have an account)\??\s*(?:log|sign) ?in|forgot (?:your )?password|confirm (?:your )?password",
        r"create (?:an|your) (?:free )?account|registration is free|remember me on this|(?:log|sign) ?in to (?:continue|read|access|view)",
        r"passwort vergessen|konto erstellen|bereits registriert|angemeldet bleiben",
        r"mot de passe oublié|créer (?:un|votre) compte|déjà inscrit|se souvenir de moi|connectez-vous pour",
        r"olvidaste (?:tu|su) contraseña|¿ya tienes (?:una )?cuenta|crear (?:una )?cuenta|inicia sesión para|recordarme",
        r"password dimenticata|crea un account|hai già un account|accedi per (?:continuare|leggere)|ricordami",
        r"esqueceu (?:sua|a) senha|criar (?:uma )?conta|já tem (?:uma )?conta|faça login para|lembrar de mim",
        r"wachtwoord vergeten|account aanmaken|heb je al een account|onthoud mij",
        r"glömt lösenordet|skapa konto|har du redan ett konto|glemt passord|opprett (?:en )?konto|har du allerede en konto",
        r"забыли пароль|создать (?:учётную запись|учетную запись|аккаунт)|уже зарегистрированы|запомнить меня",
        r"पासवर्ड भूल गए|खाता बनाएं|نسيت كلمة المرور|إنشاء حساب|لديك حساب بالفعل|تذكرني",
        r"zapomněli jste heslo|zapomenuté heslo|vytvořit účet|ξεχάσατε τον κωδικό|δημιουργία λογαριασμού",
        r"שכחת (?:את )?הסיסמה|יצירת חשבון|כבר יש לך חשבון|忘记密码|创建账户|已有账号|记住我",
        r"şifremi unuttum|hesap oluştur|zaten hesabınız var|beni hatırla",
        r"nie pamiętasz hasła|zapomniałeś hasła|załóż konto|masz już konto|zapamiętaj mnie",
    ),
    "paywall": _rx(
        r"subscribe (?:now )?to (?:continue reading|read|unlock)|(?:available|reserved) (?:in full )?[^.\n]{0,40}\bto [^.\n]{0,40}\bsubscribers",
        r"already (?:a )?subscri(?:bed|ber)|(?:monthly|annual|yearly) subscription|subscribers only|for full access",
        r"reached (?:your|the) (?:monthly )?(?:free )?(?:article )?limit|(?:pay|payment) (?:by|via|with) (?:credit|debit) card",
        r"nur für abonnenten|bereits abonnent|abo abschließen|réservé aux abonnés|déjà abonné|abonnez-vous pour",
        r"exclusivo para (?:suscriptores|assinantes)|ya eres suscriptor|suscríbete para seguir|riservato agli abbonati|sei già abbonato",
        r"já é assinante|assine para (?:continuar|ler)|alleen voor abonnees|al abonnee|endast för prenumeranter|kun for abonnenter",
        r"только для подписчиков|оформите подписку|केवल सब्सक्राइबर|للمشتركين فقط|pouze pro předplatitele",
        r"μόνο για συνδρομητές|למנויים בלבד|仅限订阅|订阅后(?:继续)?阅读|付费阅读|sadece abonelere|abonelere özel",
        r"tylko dla (?:prenumeratorów|subskrybentów)|wykup (?:dostęp|subskrypcję|prenumeratę)",
    ),
    "signup": _rx(
        r"sign up for (?:our |the )?[^.\n]{0,40}newsletter|(?:subscribe|sign up) to (?:our|the) newsletter|protected by recaptcha",
        r"\b(?:news|headlines|stories) [^.\n]{0,30}\bin your inbox|enter your e-?mail(?: address)?|by (?:signing up|subscribing),? you agree",
        r"newsletter abonnieren|zum newsletter an|(?:für|zu) unse?re?n? [^.\n]{0,30}newsletter an|ihre e-mail-adresse\s*$|votre (?:adresse )?e-mail\s*$|tu correo electrónico\s*$",
        r"inscrivez-vous à (?:notre|la) newsletter|abonnez-vous à (?:notre|la) newsletter",
        r"suscríbete a (?:nuestro|el) (?:boletín|newsletter)|iscriviti alla (?:nostra )?newsletter|inscreva-se (?:na|em nossa) newsletter",
        r"schrijf je in voor (?:de|onze) nieuwsbrief|prenumerera på (?:vårt|vår) nyhetsbrev|meld deg på (?:vårt )?nyhetsbrev",
        r"подпишитесь на (?:нашу )?рассылку|подписаться на рассылку|अपना ईमेल दर्ज करें|أدخل بريدك الإلكتروني",
        r"اشترك في النشرة|přihlaste se k odběru|εγγραφείτε στο newsletter|הירשמו לניוזלטר|订阅(?:我们的)?(?:新闻)?通讯",
        r"bültenimize abone|e-posta adresinizi girin|zapisz się do newslettera|podaj (?:swój )?adres e-mail",
    ),
    "cookie-wall": _rx(
        r"we use cookies|accept (?:all )?cookies|cookie (?:settings|preferences)|manage (?:your )?(?:cookie )?(?:consent|preferences)",
        r"wir verwenden cookies|alle akzeptieren|cookie-einstellungen|nous utilisons des cookies|paramètres des cookies",
        r"utilizamos cookies|usamos cookies|aceptar (?:todas las )?cookies|utilizziamo (?:i )?cookie|accetta (?:tutti i )?cookie",
        r"aceitar (?:todos os )?cookies|wij gebruiken cookies|we gebruiken cookies|vi använder cookies|vi bruker (?:informasjonskapsler|cookies)",
        r"мы используем (?:файлы )?cookie|हम कुकीज़ का उपयोग|نستخدم ملفات تعريف الارتباط|používáme (?:soubory )?cookies",
        r"χρησιμοποιούμε cookies|אנו משתמשים בעוגיות|我们使用cookie|çerez(?:ler)? kullanıyoruz|używamy (?:plików )?cookie",
    ),
    "front-page": _rx(
        r"\byou are here\s*:|skip to (?:main )?content|\bmost (?:read|popular|viewed)\b|^\s*search results for\b|^\s*suchergebnisse für\b|^\s*результаты поиска",
        r"^\s*(?:home|startseite|accueil|inicio|início|home page|главная|ana sayfa|strona główna)\s*(?:>|›|»|/)\s*\S",
        r"\bsie sind hier\s*:|\bvous êtes ici\s*:|\bestá(?:s)? (?:usted )?aquí\s*:|\bvoi siete qui\s*:|\bvocê está aqui\s*:",
        r"\bu bent hier\s*:|\bdu är här\s*:|\bвы здесь\s*:|\bjste zde\s*:|\bburadasınız\s*:|\bjesteś tutaj\s*:",
    ),
}

# Whole title segments (a title split at " | ", " - ", " – ", " — ", " :: ")
# that a news report never has: the page's own name for itself.
TITLE_CUES: dict[str, re.Pattern] = {
    "error": re.compile(
        r"^(?:error\s*)?(?:4\d\d|5\d\d|999)\b\W*(?:error|not found|forbidden|unavailable|unable|denied|bad|internal|gone|too many)"
        r"|^(?:page|file|document|url|content|story|article) not found|^(?:article|story|content|page|video) (?:(?:is )?(?:temporarily )?unavailable|not available|no longer available|expired)$|^not found$|^error(?: \d{3})?$|^error:? (?:page|occurred)"
        r"|^service (?:temporarily )?unavailable|unable to process request|^access denied|^forbidden$"
        r"|^seite nicht gefunden|^page (?:introuvable|non trouvée)|^página no encontrada|^pagina non trovata"
        r"|^página não encontrada|^pagina niet gevonden|^sidan (?:hittades inte|finns inte)|^siden finnes ikke"
        r"|^страница не найдена|^पृष्ठ नहीं मिला|^الصفحة غير موجودة|^stránka nenalezena|^η σελίδα δεν βρέθηκε"
        r"|^הדף לא נמצא|^页面不存在|^找不到页面|^sayfa bulunamadı|^nie znaleziono strony"
        r"|^(?:fehler|erreur|errore|erro|fout|ошибка|hata|błąd|chyba) (?:4\d\d|5\d\d)$"),
    "bot-check": re.compile(
        r"^just a moment|^attention required|^are you a robot|^security check|^bot verification|^captcha"
        r"|^ein moment|^un instant|^un momento|^um momento|^один момент|^請稍候|^请稍候"),
    "login": re.compile(
        r"^(?:log ?in|sign ?in|sign ?up|register|registration|member cent(?:er|re)|my account|create (?:an )?account)$"
        r"|^(?:anmelden|registrieren|connexion|s'identifier|iniciar sesión|accedi|entrar|inloggen|logga in|logg inn"
        r"|вход|войти|लॉग इन|تسجيل الدخول|přihlášení|σύνδεση|התחברות|登录|登錄|giriş yap|zaloguj się|logowanie)$"),
    "paywall": re.compile(
        r"^subscribe(?: now| today)?$|^subscription required|^(?:abonnieren|s'abonner|suscríbete|abbonati|assine"
        r"|abonneren|prenumerera|abonner|подписка|सब्सक्राइब|اشترك|předplatné|συνδρομή|מינוי|订阅|abone ol|subskrypcja)$"),
    "front-page": re.compile(
        r"^(?:home|home ?page|homepage|front page|startseite|accueil|inicio|portada|página (?:inicial|principal)|início"
        r"|homepage|voorpagina|startsida|forside|главная(?: страница)?|होम|मुखपृष्ठ|الرئيسية|الصفحة الرئيسية"
        r"|úvod|hlavní stránka|αρχική(?: σελίδα)?|דף הבית|ראשי|首页|首頁|ana ?sayfa|strona główna)$"
        # a site's search page lists reports, it is none
        r"|^(?:search results?|suchergebnisse|résultats de (?:la )?recherche|resultados de (?:la )?búsqueda"
        r"|risultati (?:della )?ricerca|resultados da (?:busca|pesquisa)|zoekresultaten|sökresultat|результаты поиска"
        r"|खोज परिणाम|نتائج البحث|výsledky hledání|αποτελέσματα αναζήτησης|תוצאות חיפוש|搜索结果|arama sonuçları"
        r"|wyniki wyszukiwania)\b"),
}

# A title segment made only of these words is a section index ("Sports News |
# Breaking & Latest Sports News", "Nachrichten aktuell", "Últimas noticias").
SECTION_WORDS = frozenset("""
news headlines stories breaking latest top world sport sports business local national international
politics entertainment today crime home and the & , us uk
nachrichten aktuell aktuelle neuigkeiten schlagzeilen meldungen und
actualités actualité infos info dernières dernière la une à et
noticias últimas portada y
notizie ultime ultim'ora e
notícias últimas
nieuws laatste
nyheter senaste siste og och
новости последние главные свежие и
समाचार ताज़ा ताजा खबरें ख़बरें ख़बर खबर
أخبار عاجل آخر الأخبار
zprávy aktuality nejnovější a
ειδήσεις τελευταία νέα και
חדשות מבזקים
新闻 最新 头条 要闻 新聞 頭條
haberler haber son dakika güncel ve
wiadomości najnowsze aktualności i
""".split())
SECTION_HEADS = frozenset("""
news headlines stories nachrichten neuigkeiten schlagzeilen meldungen actualités actualité infos noticias notizie
notícias nieuws nyheter новости समाचार खबरें ख़बरें أخبار الأخبار zprávy aktuality ειδήσεις νέα חדשות מבזקים
新闻 要闻 新聞 头条 頭條 haberler wiadomości aktualności
""".split())


def _merged(cues: dict[str, re.Pattern], more: dict[str, list[str]]) -> dict[str, re.Pattern]:
    """``cues`` with each kind's alternatives from ``more`` added (new kinds
    too), written as case-folded text reads: Greek final sigma folds to σ and
    German ß to ss, so "μόνο για συνδρομητές", "αποτελέσματα αναζήτησης" and
    "abo abschließen" never matched before."""
    out = {}
    for kind in dict.fromkeys([*cues, *more]):
        alternatives = ([cues[kind].pattern] if kind in cues else []) + more.get(kind, [])
        out[kind] = _rx(*(a.replace("ς", "σ").replace("ß", "ss") for a in alternatives))
    return out


BODY_CUES = _merged(_merged(BODY_CUES, MORE_BODY), ACCOUNT_BODY)
TITLE_CUES = _merged(TITLE_CUES, MORE_TITLE)
INDEX_TITLE = re.compile(INDEX_TITLE_RX + "|" + PROFILE_TITLE)  # tag, author, archive, live-ticker, profile pages
# case-folded as titles are ("ειδήσεις" folds to "ειδήσεισ")
SECTION_WORDS = frozenset(w.casefold() for w in SECTION_WORDS | set(MORE_SECTION_WORDS.split()))
SECTION_HEADS = frozenset(w.casefold() for w in SECTION_HEADS | set(MORE_SECTION_HEADS.split()))
