"""Detectors for lines in which the *site* speaks instead of the story.

Three kinds, each a predicate over one line (lower-cased by the caller):

* ``is_cookie_banner`` — consent banners ("We use cookies…", "Diese Website
  verwendet Cookies").  A cookie word alone is not enough ("the bakery sold
  cookies"): the line must also name the site as subject ("we use", "this
  website", "diese Seite") or carry two consent/privacy/browsing words.
* ``is_access_notice`` — paywalls, ad-blocker walls and bot checks that a
  scraper saved instead of (or beside) the article.  Only specific
  multi-word phrases are used, because news *about* ad blockers or paywalls
  must survive.
* ``is_site_promo`` — the site advertising itself: "3.6 Crore Indians visited
  … choosing us as India's undisputed platform … Explore the latest updates
  here!", "Get … delivered to your inbox", "Download our app".  The general
  shape is *self-reference* (us/our site/app/channel, your inbox) together
  with a *call to action* (click here, explore, subscribe, download, sign
  up).  Either kind alone occurs in real stories ("users can sign up on the
  platform"), so both are required, or two distinct self-references.

The caller (``residue.py``) limits these to short-ish lines and skips lines
with speech quotes, so a quoted "Join us," or "Follow us" in a story stays.
"""
from __future__ import annotations

import re

_COOKIE = re.compile(r"cookie|куки|çerez|ملفات تعريف الارتباط|كوكيز|कुकी|ciasteczk")
_COOKIE_SITE = re.compile(
    r"\bwe use\b|\bwe and our partners\b|\b(?:this|our) (?:web)?site\b|\bdiese[rs]? (?:web)?seite\b"
    r"|\bdiese website\b|\bwir verwenden\b|\bce site\b|\bnotre site\b|\bnous utilisons\b"
    r"|\beste sitio\b|\bnuestro sitio\b|\butilizamos\b|\bquesto sito\b|\butilizziamo\b"
    r"|\beste site\b|\busamos\b|\bta strona\b|\bnasz serwis\b|\bużywamy\b|\bbu site\b"
    r"|sitemiz|этот сайт|наш сайт|мы используем|هذا الموقع|نستخدم|本网站|本站|我们使用"
    r"|इस वेबसाइट|हम कुकी"
)
_CONSENT = re.compile(
    r"accept|akzept|zustimm|consent|einwillig|agree|privacy|datenschutz|privacidad|confidentialit"
    r"|prywatno|gizlilik|конфиденциальн|согласи|الخصوصية|موافق|隐私|同意|गोपनीयता|सहमत"
    r"|browsing|browser|navigat|navegac|navegar|navigazion|przeglądar|tarayıcı|браузер"
    r"|user experience|nutzererlebnis|expérience|experiencia|esperienza|preferences"
    r"|einstellungen|paramètres|configuración|impostazioni|ustawienia|настройк"
)

_ACCESS = re.compile(
    # en
    r"\b(?:disabl\w*|turn\w* off|paus\w*|whitelist\w*)\s+(?:your\s+|the\s+)?ad ?-?block|you(?:'re| are) using an ad ?-?block"
    r"|ad ?-?blocker (?:detected|enabled)|noticed (?:that )?you(?:'re| are) (?:using|blocking)"
    r"|i am not a robot|huge amount of connections|misused the ip address|ip address you are"
    r"|your ip address\s*:|please enable javascript|javascript is (?:disabled|required)"
    r"|to continue (?:reading|viewing)|sign in with your existing account|already a (?:print )?subscriber"
    r"|already subscribed|(?:log|sign) in to your subscriber account"
    r"|(?:for|only for) subscribers|subscribers only|reached (?:your|the) (?:monthly )?(?:free )?(?:article )?limit"
    r"|free articles? (?:left|remaining)|log ?in to (?:continue|read)|create a free account to"
    # de, pl, fr, es, pt, it, ru, tr, ar, zh, hi
    r"|werbeblocker|adblocker deaktiv|nur für abonnenten|jetzt abonnieren und weiterlesen"
    r"|artikel freischalten|nie jestem robotem|twój adres ip|wyłącz adblock|dodaj wyjątek dla"
    r"|używasz adblock|korzystasz z adblock"
    r"|tylko dla (?:subskrybentów|prenumeratorów)|ogromną ilość połączeń|réservé aux abonnés"
    # a subscriber's article lent to a reader, and the pitch after it ("Cet article vous est offert.
    # Abonnez-vous pour lire tous nos contenus."): the site speaking of its access, not the story
    # (imperatives only: "require readers to subscribe to read" is a report's sentence)
    r"|cet article vous est offert|abonnez-vous pour (?:lire|accéder|continuer)"
    r"|suscríbete para (?:leer|seguir leyendo)|assine para (?:ler|continuar lendo)"
    r"|vous n'avez pas encore accès|veuillez vous connecter|bloqueur de publicité"
    r"|(?:solo|exclusivo) para suscriptores|bloqueador de anuncios|exclusivo para assinantes"
    r"|bloqueador de anúncios|riservato agli abbonati|disattiva (?:il tuo )?adblock"
    r"|только для подписчиков|блокировщик рекламы|reklam engelleyici|abonelere özel"
    r"|مانع الإعلانات|للمشتركين فقط|屏蔽广告|广告拦截|仅限订阅|订阅者专享|订阅者帐户|订阅以继续阅读|एड ?ब्लॉकर"
)

_SELF = re.compile(
    # en
    r"\bchoos(?:e|ing) us\b|\bchose us\b|\btrust(?:ing)? us\b|\bjoin us\b|\bfollow us\b"
    r"|\bour\s+(?:[\w-]+\s+){0,3}(?:website|site|app|apps|platform|newsletters?|channel|page|portal"
    r"|podcast|youtube|whatsapp|telegram|readers|services|journalism|e-?paper)\b|\byour inbox\b"
    r"|\bin (?:deinem|ihrem) postfach|\bdans votre boîte|\ben tu (?:bandeja|correo)|\bnella tua casella"
    r"|\bna sua caixa de entrada|\bna twoją skrzynkę|\bна вашу почту|\bposta kutunuza"
    r"|\bsubscribe to (?:our|the [^.]{0,30}newsletter)|\bvisit (?:our|us)\b"
    r"|\bdownload our\b[^.]{0,40}\bapp\b|(?:^|[.!?]\s+)download the\b[^.]{0,40}\bapp\b"
    r"|\bthank you for (?:reading|subscribing|visiting)"
    # de fr es pt it pl
    r"|\bunsere[nmrs]? (?:app|website|webseite|seite|newsletter|kanal|leser\w*)\b|\bfolgen sie uns"
    r"|\babonnieren sie\b|\bnotre (?:site|application|appli|newsletter|chaîne|lettre)\b"
    r"|\bsuivez-nous|\babonnez-vous|\bnuestro (?:sitio|canal|boletín|newsletter|portal)\b"
    r"|\bnuestra (?:app|aplicación|web|página)\b|\bsíguenos|\bsuscríbete|\bnosso (?:site|canal|aplicativo|portal)\b"
    r"|\bsiga-nos|\bil nostro (?:sito|canale|portale)\b|\b(?:la|nella) nostra (?:app|newsletter|pagina)\b"
    r"|\bseguici"
    r"|\bnasz(?:ego|ym)? (?:serwis|kanał|portal|newsletter)\w*|\bnaszej (?:aplikacji|stronie)|\bobserwuj nas"
    # ru tr ar zh hi
    r"|наш (?:сайт|канал|телеграм)|нашем (?:сайте|канале)|подписывайтесь|подпишитесь|наше приложение"
    r"|bizi takip edin|uygulamamız|sitemiz|kanalımız|تابعونا|تابعنا|موقعنا|قناتنا|حمل تطبيق"
    r"|关注我们|订阅我们|本站|我们的网站|हमें फॉलो करें|हमारे (?:ऐप|चैनल|साथ)|हमसे जुड़|हम पर भरोसा"
)
_CTA = re.compile(
    r"\bclick here\b|\btap here\b|\bexplore (?:the latest|more|now)\b|\bget the (?:latest|best)\b"
    r"|\bstay (?:updated|tuned|informed|in the know)\b|\bsign up\b|\bsubscribe\b|\bdownload\b"
    r"|\bfor the latest (?:news|updates)\b|\blatest (?:news|updates) here\b|\bhere!|\bjoin (?:now|today)\b"
    r"|\bfollow\b|\blike (?:our|the \w+(?:'s)? facebook)"
    r"|\bhier klicken\b|\bjetzt (?:abonnieren|herunterladen|anmelden)\b|\bcliquez ici\b"
    r"|\bhaga clic aquí\b|\bclic aquí\b|\bclique aqui\b|\bclicca qui\b|\bkliknij tutaj\b"
    r"|tıklayın|нажмите здесь|انقر هنا|اضغط هنا|点击这里|点击下载|यहां क्लिक करें|क्लिक करें|डाउनलोड करें"
    r"|सब्सक्राइब करें|फॉलो करें|abone ol|iscriviti|zapisz się|subskrybuj|اشترك"
)


def is_cookie_banner(low: str) -> bool:
    """True for a cookie-consent line (see module docstring for the evidence needed)."""
    if not _COOKIE.search(low):
        return False
    if _COOKIE_SITE.search(low):
        return True
    return len({m.group(0) for m in _CONSENT.finditer(low)}) >= 2


def is_access_notice(low: str) -> bool:
    """True for paywall, ad-blocker wall or bot-check text."""
    return _ACCESS.search(low) is not None


def is_site_promo(low: str) -> bool:
    """True when the site talks about itself and asks the reader to act."""
    selves = {m.group(0) for m in _SELF.finditer(low)}
    if not selves:
        return False
    return len(selves) >= 2 or _CTA.search(low) is not None


def has_cue(rule: str, low: str) -> bool:
    """Whether a sentence shows any sign of the given notice kind.

    Used to keep story sentences that share a paragraph with a notice: a
    leading sentence without any cue is story, not banner.
    """
    if rule == "cookie-banner":
        return _COOKIE.search(low) is not None
    if rule == "access-notice":
        return _ACCESS.search(low) is not None
    return _SELF.search(low) is not None or _CTA.search(low) is not None
