"""The site's offers to its reader: sentences that are no reporting prose.

A registration or sign-up page describes what the site sends and asks for in
whole sentences ("Today's headlines sent to your inbox every morning.",
"Special offers and announcements from our partners.", "Required fields are
marked with a red asterisk.", "Click here to log in with your existing e-mail
address.").  They have the length, the punctuation and the lower case of
reporting, so the gate counted them as story prose, and a page of a dozen
such blurbs outweighed its title and its login form (a "Member Center" page
of 8,300 characters read as 2,444 characters of prose).

These phrases name the site's services to the reader: what it sends
(:data:`SIGNUP_OFFERS`: the reader's inbox, e-mail products, news alerts and
notifications, special offers) and what it asks (a form's instructions,
"required fields", "click here"; the reader's account; its privacy policy,
terms and advertisers).  A sentence carrying either (:data:`SITE_VOICE`) is
the site speaking about itself, not a report, and
:func:`storyline.analyse.gate._prose_chars` does not count it.  A line that
offers something to send is also half a point of sign-up evidence, as a
newsletter line is (a report's page carries such boxes too, so only with
almost no prose, or beside other cues, does it flag a page: "We'll send
breaking news and news alerts to you as they happen! Sign up!" under a
title was a SemEval page with no report; a free trial is such an offer
where the site makes it to the reader, not where a report tells of one).
Four different field labels of a form in one line or sentence
(:data:`FORM_FIELDS`: "First Name Last Name Email address Job Title") are
such a line too.  The form's other words add no evidence: a report's footer
carries "privacy policy" and "click here".  Written as
case-folded text reads (see :func:`storyline.analyse.gate_cues._merged`), for
the gate's 22 languages.
"""
from __future__ import annotations

import re

from storyline.analyse.gate_prefilter import quick_search

# what the site sends its reader: the inbox, e-mail products and alerts, offers
_OFFERS = [
    r"\b(?:to|in|into) your (?:e-?mail )?inbox\b|\byour (?:e-?mail )?inbox\b|\be-?mail (?:products|alerts|updates|newsletters?|offers|notifications)\b",
    r"\b(?:news|sports|breaking|e-?mail|text|mobile) alerts?\b|\b(?:special|exclusive) (?:offers|deals|promotions)\b",
    r"\bin ihr(?:en)? (?:postfach|posteingang)|\b(?:sonder|exklusive )angebote|dans votre boîte (?:mail|e-mail|de réception|aux lettres)",
    r"offres (?:spéciales|exclusives|promotionnelles)|alertes? (?:e-mail|info)|bandeja de entrada|ofertas (?:especiales|exclusivas)",
    r"casella (?:di posta|email)|offerte (?:speciali|esclusive)|caixa de entrada|ofertas (?:especiais|exclusivas)",
    r"\bin (?:je|uw) (?:inbox|mailbox)|(?:speciale|exclusieve) aanbiedingen|\bi din inkorg|(?:special|exklusiva )erbjudanden",
    r"\bi innboksen din|(?:spesial|eksklusive )tilbud|(?:ваш|свой) (?:почтовый ящик|электронный ящик)|(?:специальные|эксклюзивные) предложения",
    r"(?:вашу|свою) (?:пошту|електронну скриньку)|(?:спеціальні|ексклюзивні) пропозиції|इनबॉक्स|विशेष ऑफ़र|विशेष ऑफर",
    r"صندوق الوارد|عروض (?:خاصة|حصرية)|לתיבת (?:הדואר|המייל)|(?:מבצעים|הצעות) (?:מיוחדים|מיוחדות)|στα εισερχόμενά σας|(?:ειδικές|αποκλειστικές) προσφορές",
    r"do (?:vaší|své) (?:e-mailové )?schránky|(?:speciální|exkluzivní) nabídky|na (?:twoją|swoją) skrzynkę|(?:oferty specjalne|specjalne oferty|ekskluzywne oferty)",
    r"gelen kutunuz|özel (?:teklifler|fırsatlar)|kotak masuk|penawaran (?:khusus|eksklusif)",
    # news alerts and e-mail notifications the reader can ask for
    r"e-mail-benachrichtigung|notifications? par (?:e-?)?mail|alertas? de (?:noticias|notícias)|(?:alertas?|notificaciones|notificações) por (?:correo|e-?mail)",
    r"avvisi di notizie|notifiche (?:via|per) e-?mail|nieuwsalerts?|уведомления (?:на почту|по электронной почте)|сповіщення на (?:пошту|електронну)",
    r"ईमेल अलर्ट|تنبيهات (?:الأخبار|البريد)|התראות (?:חדשות|במייל)|ειδοποιήσεις (?:μέσω )?email|e-mailová upozornění|powiadomienia e-?mail",
    r"e-posta bildirim|notifikasi email|电子邮件(?:通知|提醒|快讯)|邮件通知|メール(?:通知|配信)|이메일 (?:알림|수신)",
    r"您的邮箱|您的信箱|您的收件箱|特别优惠|独家优惠|受信箱|受信トレイ|特別オファー|限定オファー|받은 ?편지함|특별 (?:혜택|할인)",
]
# a free trial: the site's offer only where it speaks to the reader (see :class:`_Offers`)
_TRIALS = [
    r"\bfree trial\b|kostenlos testen|probeabo|essai gratuit|prueba gratuita|prova gratuita|teste grátis|período de teste|gratis proefperiode",
    r"gratis provperiod|gratis prøveperiode|бесплатный пробный период|безкоштовний пробний період|फ्री ट्रायल|تجربة مجانية|zdarma na zkoušku",
    r"δωρεάν δοκιμή|תקופת ניסיון|免费试用|無料体験|無料トライアル|무료 체험|uji coba gratis|ücretsiz deneme|(?:bezpłatny|darmowy) okres próbny",
]
# the reader addressed: a second-person word, or an advert's "now" and imperative
_ADDRESS = [
    r"\b(?:you|your|now|today)\b|\b(?:jetzt|testen sie|sichern sie)\b|\b(?:vous|votre|maintenant|essayez|profitez|commencez)\b",
    r"\b(?:usted|ahora|comienza|empieza|disfruta|tuo|tua|vostro|ora|inizia|approfitta|agora|comece|aproveite)\b",
    r"\b(?:nu|je|jouw|uw|probeer|din|ditt|prova|teraz|wypróbuj|twój|twoja|nyní|vyzkoušejte|váš|sekarang|coba|anda|şimdi|hemen|deneyin)\b",
    r"\b(?:вы|ваш|сейчас|попробуйте|начните|ви|зараз|спробуйте)\b|आप|अभी|الآن|جرب|ابدأ|עכשיו|נסו|\b(?:τώρα|δοκιμάστε)\b",
    r"您|你|立即|现在|今すぐ|あなた|지금|당신",
]
TRIAL_LINE_WORDS, TRIAL_LINE_CHARS = 8, 60  # a line this short is an advert's button or banner


# a form's instructions, the reader's account, the site's policies and advertisers
_FORM = [
    r"\b(?:our|selected) (?:\w+ )?(?:advertisers|advertising partners|sponsors)\b|\b(?:click|tap) here\b|\bcheck (?:here|the boxe?s?|this box)\b",
    r"\bregistered (?:users|members|readers)\b|registrierte nutzer|utilisateurs inscrits|usuarios registrados|utenti registrati|usuários registrados",
    r"\brequired fields?\b|\ball fields are\b|\bfill (?:out|in) (?:this|the|our) (?:[\w-]+ ){0,2}(?:form|fields?)\b",
    r"\bprivacy policy\b|\bterms (?:and|&) conditions\b|\bterms of (?:use|service)\b|\bmember agreement\b",
    r"\byour (?:log-?in|account|password|user ?name|screen name|profile)\b|\b(?:register|sign up) with us\b|\bregistration form\b|\bnew account\b",
    # de fr es it pt
    r"klicken sie hier|\bhier klicken|pflichtfelder?\b|datenschutzerklärung|datenschutzbestimmungen|datenschutzrichtlinien?|nutzungsbedingungen|geschäftsbedingungen",
    r"\bihr(?:em|en)? (?:benutzer)?konto\b|registrierungsformular",
    r"cliquez ici|champs? obligatoires?|politique de confidentialité|conditions (?:générales )?d'utilisation|\bvotre compte\b|formulaire d'inscription",
    r"(?:haz|haga|pulsa|pincha) (?:clic )?aquí|campos obligatorios|política de privacidad|términos y condiciones|condiciones de uso|\btu cuenta\b|formulario de registro",
    r"clicca qui|campi obbligatori|informativa (?:sulla )?privacy|termini e condizioni|condizioni d'uso|\bil tuo account\b|modulo di registrazione",
    r"clique aqui|campos obrigatórios|política de privacidade|termos (?:e condições|de uso)|\b(?:sua|tua) conta\b|formulário de (?:registo|registro|cadastro)",
    # nl sv no
    r"klik hier|verplichte velden|privacybeleid|privacyverklaring|algemene voorwaarden|gebruiksvoorwaarden|\b(?:je|uw) account\b|registratieformulier",
    r"klicka här|obligatoriska fält|integritetspolicy|användarvillkor|\bditt konto\b",
    r"klikk her|obligatoriske felt|personvernerklæring|brukervilkår|\bdin konto\b",
    # ru uk
    r"нажмите (?:здесь|сюда)|обязательные (?:поля|для заполнения)|политик[аиуе] конфиденциальности|пользовательско(?:е|го) соглашени",
    r"\bваш (?:аккаунт|профиль)\b|личн(?:ый|ом) кабинет|форм[аыу] регистрации",
    r"натисніть (?:тут|сюди)|обов['’]язкові поля|політик[аиу] конфіденційності|умови використання|\bваш обліковий запис|особист(?:ий|ому) кабінет|форм[аиу] реєстрації",
    # hi ar he el
    r"(?:यहां|यहाँ) क्लिक करें|(?:अनिवार्य|आवश्यक) फ़ील्ड|गोपनीयता नीति|नियम और शर्तें|(?:अपना|आपका) खाता|पंजीकरण फ़ॉर्म",
    r"(?:انقر|اضغط) هنا|الحقول (?:المطلوبة|الإلزامية)|سياسة الخصوصية|الشروط والأحكام|شروط الاستخدام|نموذج التسجيل",
    r"(?:לחצו|לחץ) כאן|שדות חובה|מדיניות הפרטיות|תנאי השימוש|החשבון שלך|טופס (?:ה)?הרשמה",
    r"(?:κάντε κλικ|πατήστε) εδώ|υποχρεωτικά πεδία|πολιτική απορρήτου|όροι χρήσης|(?:ο|τον) λογαριασμό σας|λογαριασμός σας|φόρμα εγγραφής",
    # cs pl tr id
    r"klikněte zde|povinn(?:é položky|á pole)|zásady ochrany osobních údajů|obchodní podmínky|podmínky použití|\bváš účet\b|registrační formulář",
    r"kliknij tutaj|pola (?:obowiązkowe|wymagane)|polity(?:ka|ki|kę|ce) prywatności|akceptuję regulamin|(?:twoje|twojego|swoje) konto|formularz rejestracyjny",
    r"buraya tıklayın|zorunlu alanlar|gizlilik politikası|kullanım koşulları|hesabınız|kayıt formu",
    r"klik di sini|wajib diisi|kebijakan privasi|syarat dan ketentuan|\bakun anda\b|formulir pendaftaran",
    # zh ja ko
    r"点击(?:这里|此处)|必填(?:项|字段)|隐私政策|隱私權政策|使用条款|服务条款|您的(?:账户|帐户|帳戶)|注册表",
    r"(?:こちら|ここ)をクリック|必須項目|プライバシーポリシー|利用規約|アカウントを作成|登録フォーム",
    r"여기를 클릭|필수 (?:입력|항목)|개인정보 ?처리 ?방침|이용 ?약관|계정을 만드|가입 양식",
]


def _folded(alternatives: list[str]) -> re.Pattern:
    return re.compile("|".join(a.replace("ς", "σ").replace("ß", "ss") for a in alternatives))


class _Offers:
    """A pattern of the site's offers that reads a free trial only where it is
    the site's: a report says a company lets its customers try a service
    ("Kunden können das Angebot einen Monat lang kostenlos testen"), an advert
    says it to the reader, in a short line ("TAKE A FREE TRIAL", "Jetzt
    kostenlos testen") or in the second person ("Start your free trial")."""

    def __init__(self, offers: list[str]):
        self.offers, self.trials, self.address = _folded(offers), _folded(_TRIALS), _folded(_ADDRESS)
        # each behind its substring check (gate_prefilter): read on every sentence of a text
        self._offers, self._trials, self._address = map(quick_search, (self.offers, self.trials, self.address))

    def search(self, text: str) -> re.Match | None:
        m = self._offers(text)
        if m:
            return m
        m = self._trials(text)
        short = len(text.split()) <= TRIAL_LINE_WORDS and len(text) <= TRIAL_LINE_CHARS
        return m if m and (short or self._address(text)) else None


SIGNUP_OFFERS = _Offers(_OFFERS)
SITE_VOICE = _Offers(_OFFERS + _FORM)

# A sign-up form's field labels, in the singular form a form writes them ("First
# Name Last Name Email address Job Title Telephone", "* Password:"); four
# different ones in one line or sentence are a form, not a report, which would
# name such data in the plural ("the e-mail addresses and passwords of users").
# Only labels of two words or more, or words no sentence of news uses alone as
# a label (password, username); not "name", "country" or "city".
_FIELDS = [
    r"first name|last name|surname|e-?mail address|(?:confirm )?password|user ?name|screen name|date of birth|year of birth",
    r"zip code|postal code|post ?code|phone number|telephone|job title",
    r"vorname|nachname|e-mail-adresse|passwort|geburtsdatum|postleitzahl|telefonnummer|benutzername",
    r"prénom|nom de famille|adresse (?:e-?mail|électronique)|mot de passe|date de naissance|code postal|numéro de téléphone|nom d'utilisateur",
    r"apellidos?|correo electrónico|contraseña|fecha de nacimiento|código postal|nombre de usuario",
    r"cognome|indirizzo e-?mail|data di nascita|codice postale|nome utente",
    r"sobrenome|endereço de e-?mail|senha|palavra-passe|data de nascimento|nome de usuário|nome de utilizador",
    r"voornaam|achternaam|e-?mailadres|wachtwoord|geboortedatum|telefoonnummer|gebruikersnaam",
    r"förnamn|efternamn|e-?postadress|lösenord|födelsedatum|användarnamn|fornavn|etternavn|passord|fødselsdato|brukernavn",
    r"фамилия|пароль|дата рождения|почтовый индекс|имя пользователя|прізвище|дата народження|поштовий індекс|ім['’]я користувача",
    r"पहला नाम|ईमेल पता|पासवर्ड|जन्म तिथि|पिन कोड|फ़ोन नंबर|الاسم الأول|اسم العائلة|كلمة المرور|تاريخ الميلاد|الرمز البريدي|رقم الهاتف|اسم المستخدم",
    r"příjmení|e-mailová adresa|heslo|datum narození|uživatelské jméno|επώνυμο|κωδικός πρόσβασης|ημερομηνία γέννησης|ταχυδρομικός κώδικας",
    r"שם פרטי|שם משפחה|סיסמה|תאריך לידה|מיקוד|שם משתמש",
    r"电子邮件地址|邮箱地址|密码|出生日期|邮政编码|电话号码|手机号码|用户名|メールアドレス|パスワード|生年月日|郵便番号|電話番号|ユーザー名",
    r"이메일 주소|비밀번호|생년월일|우편번호|전화번호|nama depan|nama belakang|alamat email|kata sandi|tanggal lahir|kode pos|nomor telepon",
    r"e-posta adresi|şifre|parola|doğum tarihi|posta kodu|telefon numarası|kullanıcı adı|nazwisko|adres e-mail|hasło|data urodzenia|kod pocztowy|numer telefonu",
]
FORM_FIELDS = re.compile(r"(?<!\w)(?:" + "|".join(a.replace("ς", "σ") for a in _FIELDS) + r")(?!\w)")
FORM_LABELS = 4  # different field labels in one line or sentence
