"""The site's offers to its reader: sentences that are no reporting prose.

A registration or sign-up page describes what the site sends and asks for in
whole sentences ("Today's headlines sent to your inbox every morning.",
"Special offers and announcements from our partners.", "Required fields are
marked with a red asterisk.", "Click here to log in with your existing e-mail
address.").  They have the length, the punctuation and the lower case of
reporting, so the gate counted them as story prose, and a page of a dozen
such blurbs outweighed its title and its login form (a "Member Center" page
of 8,000 characters read as 2,700 characters of prose).

These phrases name the site's services to the reader: the reader's inbox and
account, the site's e-mail products and alerts, its offers and advertisers,
a form's instructions ("required fields", "click here"), its privacy policy
and terms.  A sentence carrying one is the site speaking about itself, not
a report, and :func:`storyline.analyse.gate._prose_chars` does not count it.
They add no evidence of their own (a report's footer carries "privacy
policy" and "click here" too); they only stop such blurbs from outweighing
the evidence a page has.  Written as case-folded text reads (see
:func:`storyline.analyse.gate_cues._merged`), for the gate's 22 languages.
"""
from __future__ import annotations

import re

_VOICE = [
    # en: inbox and account, e-mail products and alerts, offers, forms, policies
    r"\b(?:to|in|into) your (?:e-?mail )?inbox\b|\byour (?:e-?mail )?inbox\b",
    r"\be-?mail (?:products|alerts|updates|newsletters?|offers)\b|\b(?:news|sports|breaking|e-?mail|text|mobile) alerts?\b",
    r"\b(?:special|exclusive) (?:offers|deals|promotions)\b|\b(?:our|selected) (?:\w+ )?(?:advertisers|advertising partners|sponsors)\b",
    r"\b(?:click|tap) here\b|\bcheck (?:here|the boxe?s?|this box)\b|\brequired fields?\b|\ball fields are\b|\bfill (?:out|in) (?:this|the|our) (?:[\w-]+ ){0,2}(?:form|fields?)\b",
    r"\bprivacy policy\b|\bterms (?:and|&) conditions\b|\bterms of (?:use|service)\b|\bmember agreement\b",
    r"\byour (?:log-?in|account|password|user ?name|screen name|profile)\b|\b(?:register|sign up) with us\b|\bregistration form\b|\bnew account\b",
    # de fr es it pt
    r"\bin ihr(?:en)? (?:postfach|posteingang)|\b(?:sonder|exklusive )angebote|klicken sie hier|\bhier klicken|pflichtfelder?\b|datenschutzerklärung|datenschutzbestimmungen",
    r"nutzungsbedingungen|geschäftsbedingungen|\bihr(?:em|en)? (?:benutzer)?konto\b|registrierungsformular",
    r"dans votre boîte (?:mail|e-mail|de réception|aux lettres)|offres (?:spéciales|exclusives|promotionnelles)|cliquez ici|champs? obligatoires?",
    r"politique de confidentialité|conditions (?:générales )?d'utilisation|\bvotre compte\b|formulaire d'inscription|alertes? (?:e-mail|info)",
    r"bandeja de entrada|ofertas (?:especiales|exclusivas)|(?:haz|haga|pulsa|pincha) (?:clic )?aquí|campos obligatorios|política de privacidad",
    r"términos y condiciones|condiciones de uso|\btu cuenta\b|formulario de registro",
    r"casella (?:di posta|email)|offerte (?:speciali|esclusive)|clicca qui|campi obbligatori|informativa (?:sulla )?privacy|termini e condizioni",
    r"condizioni d'uso|\bil tuo account\b|modulo di registrazione",
    r"caixa de entrada|ofertas (?:especiais|exclusivas)|clique aqui|campos obrigatórios|política de privacidade|termos (?:e condições|de uso)",
    r"\b(?:sua|tua) conta\b|formulário de (?:registo|registro|cadastro)",
    # nl sv no
    r"\bin (?:je|uw) (?:inbox|mailbox)|(?:speciale|exclusieve) aanbiedingen|klik hier|verplichte velden|privacybeleid|privacyverklaring",
    r"algemene voorwaarden|gebruiksvoorwaarden|\b(?:je|uw) account\b|registratieformulier",
    r"\bi din inkorg|(?:special|exklusiva )erbjudanden|klicka här|obligatoriska fält|integritetspolicy|användarvillkor|\bditt konto\b",
    r"\bi innboksen din|(?:spesial|eksklusive )tilbud|klikk her|obligatoriske felt|personvernerklæring|brukervilkår|\bdin konto\b",
    # ru uk
    r"(?:ваш|свой) (?:почтовый ящик|электронный ящик)|(?:специальные|эксклюзивные) предложения|нажмите (?:здесь|сюда)|обязательные (?:поля|для заполнения)",
    r"политик[аиуе] конфиденциальности|пользовательско(?:е|го) соглашени|\bваш (?:аккаунт|профиль)\b|личн(?:ый|ом) кабинет|форм[аыу] регистрации",
    r"(?:вашу|свою) (?:пошту|електронну скриньку)|(?:спеціальні|ексклюзивні) пропозиції|натисніть (?:тут|сюди)|обов['’]язкові поля",
    r"політик[аиу] конфіденційності|умови використання|\bваш обліковий запис|особист(?:ий|ому) кабінет|форм[аиу] реєстрації",
    # hi ar he el
    r"इनबॉक्स|विशेष ऑफ़र|विशेष ऑफर|(?:यहां|यहाँ) क्लिक करें|(?:अनिवार्य|आवश्यक) फ़ील्ड|गोपनीयता नीति|नियम और शर्तें|(?:अपना|आपका) खाता|पंजीकरण फ़ॉर्म",
    r"صندوق الوارد|عروض (?:خاصة|حصرية)|(?:انقر|اضغط) هنا|الحقول (?:المطلوبة|الإلزامية)|سياسة الخصوصية|الشروط والأحكام|شروط الاستخدام|نموذج التسجيل",
    r"לתיבת (?:הדואר|המייל)|(?:מבצעים|הצעות) (?:מיוחדים|מיוחדות)|(?:לחצו|לחץ) כאן|שדות חובה|מדיניות הפרטיות|תנאי השימוש|החשבון שלך|טופס (?:ה)?הרשמה",
    r"στα εισερχόμενά σας|(?:ειδικές|αποκλειστικές) προσφορές|(?:κάντε κλικ|πατήστε) εδώ|υποχρεωτικά πεδία|πολιτική απορρήτου|όροι χρήσης",
    r"(?:ο|τον) λογαριασμό σας|λογαριασμός σας|φόρμα εγγραφής",
    # cs pl tr id
    r"do (?:vaší|své) (?:e-mailové )?schránky|(?:speciální|exkluzivní) nabídky|klikněte zde|povinn(?:é položky|á pole)|zásady ochrany osobních údajů",
    r"obchodní podmínky|podmínky použití|\bváš účet\b|registrační formulář",
    r"na (?:twoją|swoją) skrzynkę|(?:oferty specjalne|specjalne oferty|ekskluzywne oferty)|kliknij tutaj|pola (?:obowiązkowe|wymagane)",
    r"polityk[aięy] prywatności|akceptuję regulamin|(?:twoje|twojego|swoje) konto|formularz rejestracyjny",
    r"gelen kutunuz|özel (?:teklifler|fırsatlar)|buraya tıklayın|zorunlu alanlar|gizlilik politikası|kullanım koşulları|hesabınız|kayıt formu",
    r"kotak masuk|penawaran (?:khusus|eksklusif)|klik di sini|wajib diisi|kebijakan privasi|syarat dan ketentuan|\bakun anda\b|formulir pendaftaran",
    # zh ja ko
    r"您的邮箱|您的信箱|特别优惠|独家优惠|点击(?:这里|此处)|必填(?:项|字段)|隐私政策|隱私權政策|使用条款|服务条款|您的(?:账户|帐户|帳戶)|注册表",
    r"受信箱|受信トレイ|特別オファー|限定オファー|(?:こちら|ここ)をクリック|必須項目|プライバシーポリシー|利用規約|アカウントを作成|登録フォーム",
    r"받은 ?편지함|특별 (?:혜택|할인)|여기를 클릭|필수 (?:입력|항목)|개인정보 ?처리 ?방침|이용 ?약관|계정을 만드|가입 양식",
]

SITE_VOICE = re.compile("|".join(a.replace("ς", "σ").replace("ß", "ss") for a in _VOICE))
