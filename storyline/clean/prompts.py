"""Detectors for prompts a site puts between paragraphs: follow us, subscribe,
share, report an error, and its boasts about its own audience.

Each is a predicate over one lower-cased line (the caller, ``residue.py``,
applies the length limits and the speech-quote guard).  The classes, in
every supported language:

* ``is_follow_prompt`` (rule ``follow-prompt``) — an imperative to follow or
  subscribe to the outlet somewhere else ("Follow The Northern Courier on
  Facebook, X and Instagram.", "Подписывайтесь на «…» в Telegram",
  "Síguenos en WhatsApp"), or the announcement that the outlet is on a
  platform now ("Meridian Times is now on WhatsApp.").  The imperative must
  open the line *and* a platform or channel must be named: "Follow the money"
  or "Follow-up talks" are story text.  Hindi and Turkish put the verb last
  ("देश-दुनिया की ताजा खबरों के लिए हमें फेसबुक, एक्स और यूट्यूब पर फॉलो
  करें.", "Bizi X ve Instagram'da takip edin."): there the imperative must
  close the line, and the line must say "us" (हमें, bizi), since "करें" is
  also a subjunctive ("…अपील की कि वे सरकार को एक्स पर फॉलो करें": an appeal
  the story reports).
* ``is_newsletter_prompt`` (``newsletter-prompt``) — a newsletter word and a
  subscribe verb together ("Newsletter abonnieren", "Suscríbete a nuestra
  newsletter", "Sign up to our free newsletter").
* ``is_error_report_prompt`` (``error-report``) — "select the text and press
  Ctrl+Enter", "Нашли опечатку?", "Fehler gefunden?".
* ``is_chrome_row`` (``share-prompt``) — a row of buttons split by ``|``,
  ``·`` or ``•`` in which every item is a share, print, mail or comments
  button ("Partager sur Facebook | Partager sur X | Envoyer par e-mail",
  "Artikel teilen: Facebook · X · E-Mail").
* ``is_audience_boast`` (``site-promo``) — the site counting its own readers
  ("Over 4 crore readers turned to us…", "…making us India's most trusted
  destination…").
* :data:`EMBED_VIEW`, :data:`EMBED_SHARED_BY` (inline rule ``social-embed``
  of ``residue.py``, and a widget cue of the gate) — the words an embedded
  Instagram post prints around the post: "View this post on Instagram" and
  "A post shared by Name (@handle) on <date>", in the ten languages of
  Instagram's embed markup checked here.
* :data:`TWEET_LINK`, :data:`TWEET_BYLINE`, :data:`TWEETS_BY` (the same
  rule and cue) — an embedded tweet's photo link and byline, and a Twitter
  timeline's link text.
"""
from __future__ import annotations

import re

PLATFORMS = (r"whatsapp|telegram|facebook|instagram|twitter|x|youtube|tiktok|linkedin|threads"
             r"|google news|google новост\w*|дзен\w*|яндекс[ .]дзен\w*|vk|вконтакте|ok|одноклассник\w*"
             r"|rutube|max|viber|signal|pinterest|flipboard|bluesky|mastodon|snapchat|kooapp|koo"
             r"|व्हाट्सएप|टेलीग्राम|फेसबुक|इंस्टाग्राम|यूट्यूब|ट्विटर|एक्स|واتساب|تيليجرام|فيسبوك|تويتر"
             r"|微信|微博|抖音")
_PLATFORM = re.compile(rf"(?<!\w)(?:{PLATFORMS})(?!\w)")
_CHANNEL = re.compile(r"(?<!\w)(?:channel|kanal|chaîne|canal|canale|канал\w*|kanał\w*|चैनल|قناة)(?!\w)")

_FOLLOW_START = re.compile(
    r"^[\s\-–—•·*>»]*(?:"
    r"follow|join|find us|get (?:us|our \w+) on|add us"
    r"|folgen sie|folge uns|abonnieren sie|besuchen sie uns"
    r"|suivez|rejoignez|retrouvez[- ]nous|abonnez-vous"
    r"|síguenos|sigue(?:nos)?|únete|suscríbete|suscríbase"
    r"|seguici|segui|iscriviti|siga-nos|siga|acompanhe|inscreva-se"
    r"|obserwuj|dołącz|bizi takip edin|takip edin"
    r"|подписывайтесь|подпишитесь|читайте (?:нас|нас также|также нас)|следите за (?:нами|новостями)"
    r"|присоединяйтесь|تابعونا|تابعنا|انضم|关注|हमें फॉलो करें|फॉलो करें|जुड़ें|हमसे जुड़ें"
    r")(?!\w)"
)
# verb-final languages: the imperative ends the line, and the outlet says "us"
_FOLLOW_END = re.compile(r"(?:(?:फॉलो|सब्सक्राइब) (?:करें|कीजिए|करना न भूलें)|जुड़ें|जुड़िए"
                         r"|takip edin|takip etmeyi unutmayın|abone olun)[\s.!।]*$")
_US = re.compile(r"(?<!\w)(?:हमें|हमसे|हमको|हमारे|bizi|bize)(?!\w)")
_NOW_ON = re.compile(
    rf"\b(?:is|are) now (?:also )?(?:available )?on (?:{PLATFORMS})(?!\w)"
    rf"|(?:ist|sind) (?:jetzt|nun) (?:auch )?auf (?:{PLATFORMS})(?!\w)"
    rf"|(?:est|sont) (?:désormais|maintenant) (?:aussi )?sur (?:{PLATFORMS})(?!\w)"
    rf"|(?:está|están) (?:ya|ahora) (?:también )?en (?:{PLATFORMS})(?!\w)"
    rf"|теперь (?:и |также )?в (?:{PLATFORMS})(?!\w)|अब (?:{PLATFORMS}) पर"
)

_NEWSLETTER = re.compile(r"newsletter|рассылк|boletín|bülten|biuletyn|न्यूज़?लेटर|النشرة|简报|lettre d'information"
                         r"|morning briefing|daily briefing|briefing in your inbox")
_SUBSCRIBE = re.compile(
    r"subscr|sign up|signup|sign-up|abonn|suscr|inscr|iscriv|assin|zapisz|subskryb|zaprenumeruj"
    r"|подпис|abone|सब्सक्राइब|اشترك|订阅|register for|anmelden|bestellen|recevez|recibe|erhalten"
)

_ERROR_REPORT = re.compile(
    r"ctrl\s*\+\s*enter|ctrl-enter"
    r"|нашли (?:ошибку|опечатку)|заметили (?:ошибку|опечатку)|сообщить об ошибке"
    r"|report an? (?:error|typo|mistake)|spotted an? (?:error|typo|mistake)|found an? (?:error|typo)"
    r"|fehler gefunden|fehler melden|signaler une erreur|vous avez repéré une erreur"
    r"|reportar un error|has visto (?:un|algún) error|segnala un errore|zgłoś błąd|hata bildir"
)

_ROW_SPLIT = re.compile(r"\s*[|·•]\s*")
_ROW_ITEM = re.compile(
    rf"^(?:(?:share|partager|teilen|compartir|condividi|compartilhar|udostępnij|paylaş|поделиться"
    rf"|tweet|post|send|envoyer|enviar|senden|inviare|shares?|artikel teilen|share this(?: article| story)?"
    rf"|partager (?:cet article|l'article)|compartir (?:esta noticia|en))"
    rf"(?:\s+(?:on|sur|auf|en|in|su|na|via|par|per|by|über|по|в)\s+.+)?"
    rf"|(?:per|via|by|par|por|pelo|tramite) e-?mail(?: senden| versenden| teilen| verschicken)?"
    rf"|(?:{PLATFORMS}|e-?mail|email|mail|print|drucken|imprimer|imprimir|stampa|drukuj|печать"
    rf"|copy link|link kopieren|copier le lien|copiar enlace|save|speichern|merken"
    rf"|comments?|kommentare?|commentaires?|comentarios?|commenti|komentarze|комментари\w*)"
    rf"(?:\s*\(\d+\))?)$"
)
_ROW_LABEL = re.compile(r"^(?:share this(?: article| story)?|artikel teilen|partager|teilen|compartir"
                        r"|condividi|поделиться|share)\s*:\s*")

_AUDIENCE = re.compile(
    r"(?:\d[\d.,]*\s*(?:crore|lakh|million|mn|billion|mio\.?|millionen|millions?|миллион\w*)"
    r"|millions of|crores of|lakhs of)\s+(?:\w+\s+){0,2}"
    r"(?:readers|users|viewers|visitors|indians|people|subscribers|followers|leser|lecteurs|lectores"
    r"|читател\w*|पाठक\w*)"
)
# An embedded Instagram post's link line and attribution line, as Instagram's
# embed markup writes them (en es pt fr de it nl pl ru tr; the strings were
# checked against published embed code, the Turkish attribution could not be).
EMBED_VIEW = (r"view this post on instagram|ver esta publicación en instagram|ver (?:esta publicação|essa foto) no instagram"
              r"|voir cette publication sur instagram|diesen beitrag auf instagram ansehen|visualizza questo post su instagram"
              r"|dit bericht op instagram bekijken|wyświetl ten post na instagramie|посмотреть эту публикацию в instagram"
              r"|bu gönderiyi instagram['’]da gör")
EMBED_SHARED_BY = (r"(?:a post shared by|una publicación compartida por|uma publicação compartilhada por"
                   r"|une publication partagée par|ein beitrag geteilt von|un post condiviso da|een bericht gedeeld door"
                   r"|post udostępniony przez|публикация от)\s[^\n()]{0,80}\(@[\w.]+\)")
# An embedded tweet as a page's text keeps it when the script that draws it
# did not run: the tweet's words (a quote: kept), its photo link and the
# byline "— Name (@handle) <date in the reader's locale>" (residue), e.g.
# "pic.twitter.com/6Qrgh8aZKz — CBS News (@CBSNews) December 31, 2019",
# "— Polizei Berlin (@polizeiberlin) 15. Februar 2020", "— 汉堡王 (@BurgerKing)
# 2020 年 3 月 17 日". The date is taken up to its year (a CJK date, year
# first, to its day), so text scraped onto the same line after it stays.
TWEET_LINK = r"\bpic\.twitter\.com/\w+"
TWEET_BYLINE = (r"(?<!\w)[—–-]\s*[^\n()—–]{1,60}?\s*\(@ ?\w{1,15}\)\s+(?:[^\s()]+\s+){0,4}?(?:19|20)\d\d"
                r"(?:\s*г\.|\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?")
# A Twitter timeline's link text, which stands alone where the timeline was
# not drawn: "Tweets by @x" in the languages of published widget code
# (en de es fr pt it nl pl ru).
TWEETS_BY = (r"(?:tweets (?:by|von|de|door|por el)|tuiteado por|tweet di|tweety użytkownika|твиты (?:от|пользователя))"
             r"\s+@?\w{1,15}\.?")
_BOAST = re.compile(r"\b(?:turned to us|with us|choosing us|chose us|making us|trust(?:ed)? us)\b"
                    r"|\bmost trusted (?:destination|source|platform|news|brand|name)\b"
                    r"|\bundisputed (?:platform|leader|destination)\b")


def is_follow_prompt(low: str) -> bool:
    """"Follow X on Facebook…", "Подписывайтесь на … в Telegram", "X is now on WhatsApp."."""
    if _NOW_ON.search(low):
        return True
    opens = bool(_FOLLOW_START.match(low)) or bool(_FOLLOW_END.search(low) and _US.search(low))
    return opens and bool(_PLATFORM.search(low) or _CHANNEL.search(low))


def is_newsletter_prompt(low: str) -> bool:
    return bool(_NEWSLETTER.search(low)) and bool(_SUBSCRIBE.search(low))


def is_error_report_prompt(low: str) -> bool:
    return _ERROR_REPORT.search(low) is not None


def is_chrome_row(low: str) -> bool:
    """Every item of a ``|``/``·``/``•`` row (after an optional "Share:" label) is a button."""
    low = low.strip(" .:")
    labelled = _ROW_LABEL.match(low)
    body = low[labelled.end():] if labelled else low
    items = [i.strip(" .:") for i in _ROW_SPLIT.split(body) if i.strip(" .:")]
    if not items or (len(items) < 2 and not labelled):
        return False
    return all(_ROW_ITEM.match(i) for i in items)


def is_audience_boast(low: str) -> bool:
    """The site counting its readers and crediting itself: both signs required."""
    return bool(_AUDIENCE.search(low)) and bool(_BOAST.search(low))


def prompt_rule(low: str) -> str | None:
    """The rule name of the prompt ``low`` is, or None."""
    if is_error_report_prompt(low):
        return "error-report"
    if is_chrome_row(low):
        return "share-prompt"
    if is_follow_prompt(low):
        return "follow-prompt"
    if is_newsletter_prompt(low):
        return "newsletter-prompt"
    if is_audience_boast(low):
        return "site-promo"
    return None


def has_prompt_cue(low: str) -> bool:
    """Whether a sentence shows a sign of a prompt (keeps story sentences before one)."""
    return bool(_NOW_ON.search(low) or _FOLLOW_START.match(low) or _NEWSLETTER.search(low)
                or (_FOLLOW_END.search(low) and _US.search(low))
                or _ERROR_REPORT.search(low) or _AUDIENCE.search(low) or _BOAST.search(low))
