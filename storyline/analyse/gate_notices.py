"""Notices and widgets a site prints where a report should be: disclaimers of
warranty, affiliate disclosures, donation appeals, newsletter pitches, weather
widgets.

Among the SemEval pages the gate let in after its stub cues were a headline
over only a syndicator's disclaimer ("… provides the information 'as is'
without any representations or warranties, express or implied", in Arabic),
a blog's affiliate disclosure ("I am a participant in the … Associates
Program, an affiliate advertising program designed to provide a means … to
earn fees", in Italian), a site's header asking for donations ("التبرع للموقع
- ادعمونا", "donate to the site - support us"), a newsletter pitch ("nuestro
boletín … Haga clic aquí y regístrese") and a local weather widget under a
headline ("Today / Cloudy skies this evening … Low around 35F. Winds light
and variable. / Tonight / …").  None carried a wall's words, and their
sentences read as story prose.

A disclaimer, a disclosure, an appeal and a pitch are printed under real
reports too, so each such line is **half a point** (:data:`NOTICE_CUES`, as
the stub lines of :mod:`storyline.analyse.gate_stubs` are), and a sentence
with one is the site's voice, not the report's (:data:`NOTICE_VOICE`): alone
they flag a page only under :data:`storyline.analyse.gate.NO_PROSE`
characters of story prose.  A weather widget is a shape, not a phrase
(:func:`forecast_lines`): two or more lines that name only a forecast's
period ("Today", "Tonight", "Morgen"), each followed by a line that gives a
temperature ("Low around 35F", "12 °C").  A report on the weather writes its
forecast in sentences, not under such labels; the widget is one point of its
own kind (``widget``), and its forecast lines are no story prose.  A donation
appeal is its own kind (``donation``): it was filed as a subscription wall, which
told a reader the page could not be read without paying.  Written as
case-folded text reads, for the gate's languages.
"""
from __future__ import annotations

import re

from storyline.analyse.gate_account import MEMBER_OFFERS
from storyline.clean.prompts import EMBED_SHARED_BY, EMBED_VIEW, TWEETS_BY

_WARRANTY = (  # a disclaimer of warranty: the information "as is", no warranties, express or implied
    r"[\"“'‘]?as is[\"”'’]?,? without (?:any )?(?:representations?|warrant(?:y|ies)|guarantees?)"
    r"|without (?:any )?(?:representations or )?warranties of any kind|\bwarranties,? (?:either )?express(?:ed)? or implied"
    r"|\bmakes? no (?:representations?|warranties)\b"
    r"|ausdrücklich(?:e|en)? oder stillschweigend|[«\"]?\s*en l'état\s*[»\"]?,? sans (?:aucune )?garantie|sans garantie d'aucune sorte"
    r"|garanties? expresses? ou implicites?|[\"“«]?tal (?:cual|como está)[\"”»]?,? sin (?:ninguna |ningún tipo de )?garantía"
    r"|sin garantías? de ningún tipo|garantías? expresas? o implícitas?|[\"“«]?così com(?:'è| sono)[\"”»]?,? senza (?:alcuna )?garanzia"
    r"|garanzi[ae] espress[ae] o implicit[ae]|no estado em que se encontra|sem (?:qualquer |nenhuma )?garantia,? expressa ou implícita"
    r"|zonder (?:enige )?garantie|uitdrukkelijk of impliciet|[«\"]?как есть[»\"]? без (?:каких-либо )?гарантий|явных или подразумеваемых"
    r"|bez (?:jakichkolwiek|żadnych) gwarancji|wyraźnych lub dorozumianych|olduğu gibi[\"”]? (?:sağlanmaktadır|sunulmaktadır|sunulur)"
    r"|açık veya zımni|[\"“]?كما هي[\"”]? (?:دون|بدون) (?:أي )?(?:تعهدات|ضمانات)|(?:صريحة|صريح) أو (?:ضمنية|ضمني)|إخلاء (?:لمسؤوليتنا|المسؤولية)"
    r"|按[“\"]?原样[”\"]?提供|不(?:作|做)任何明示或暗示的(?:保证|担保)|明示或暗示的(?:保证|担保)|現状のまま提供|明示(?:的)?または黙示"
    r"|있는 그대로 제공|명시적이든 묵시적이든|ללא (?:כל )?אחריות מכל סוג|ρητή ή σιωπηρή|bez jakékoli záruky|výslovné nebo předpokládané"
)
_AFFILIATE = (  # an affiliate disclosure: the site earns a commission on links
    r"affiliate (?:advertising )?program(?:me)? designed to provide a means|\b(?:contains|may contain|uses|includes) affiliate links"
    r"|\b(?:we|i) may (?:earn|receive|get) a (?:small )?(?:commission|fee)|\b(?:we|i) (?:earn|receive|get) a small commission|\bfrom qualifying purchases"
    r"|\bas an amazon associate,? (?:i|we) earn\b|in qualità di affiliato amazon|dagli acquisti idonei|\bsono un (?:associato|affiliato) amazon\b"
    r"|(?:riceverò|riceveremo|ricevo|riceviamo) una (?:piccola )?commissione|pagherà una commissione"
    r"|als amazon-partner verdien|(?:enthält|enthalten) affiliate-links|(?:erhalten|bekommen) wir (?:eine )?(?:kleine )?provision"
    r"|liens? (?:d'affiliation|affiliés)|programme d'affiliation|(?:nous|je) (?:pouvons |peux )?(?:percevoir|recevoir|toucher) une (?:petite )?commission"
    r"|enlaces de afiliados?|programa de afiliados|(?:podemos|puedo) recibir una (?:pequeña )?comisión|link di affiliazione"
    r"|programma (?:pubblicitario )?di affiliazione|(?:potremmo|potrei) ricevere una (?:piccola )?commissione|links de afiliados?"
    r"|(?:podemos|posso) receber uma (?:pequena )?comissão|партн[её]рские ссылки|linki afiliacyjne|satış ortaklığı bağlantıları"
    r"|附属链接|联盟链接|(?:可能会?)?(?:收到|获得)少量佣金|アフィリエイトリンク|제휴 링크"
)
_DONATION = (  # the site asks for donations: as a whole line, or an amount to chip in
    r"^\W*(?:donate(?: now| today)?|support us|make a donation|support (?:our|independent) journalism|jetzt spenden|spenden"
    r"|unterstützen sie uns|faire un don|soutenez-nous|dona(?: ahora)?|apóyanos|dona ora|sostienici|doe agora|apoie-nos"
    r"|поддержите (?:нас|проект|редакцию)|підтримайте (?:нас|проект)|wesprzyj (?:nas|redakcję)|bizi destekleyin|bağış yap"
    r"|تبرع(?:وا)?(?: الآن)?|ادعمونا|ادعمنا|支持我们|捐款|赞助我们)\W*$"
    r"|\bchip in \$?\d+|\b(?:is|are) reader[- ]supported\b|\bhelp us (?:keep|continue) (?:writing|reporting|publishing)"
    r"|التبرع للموقع|تبرع للموقع|得到读者支持|读者支持的|筹码 ?\d+ ?美元"
    r"|\bdonations are always (?:(?:very )?much |greatly )?appreciated|le donazioni sono sempre (?:molto )?apprezzate"
    r"|las donaciones (?:son|serán) siempre (?:muy )?(?:bienvenidas|agradecidas)|les dons sont toujours (?:les )?(?:bienvenus|appréciés)"
)
_PITCH = (  # a newsletter's pitch: "our newsletter" as the line, a prompt to click and register
    r"^\W*(?:our|nuestro|notre|unser|il nostro|o nosso|nosso|onze|naszego|nasz) (?:newsletter|boletín|bulletin|nieuwsbrief|biuletyn)\W*$"
    r"|\b(?:click|tap) here (?:and|to) (?:register|sign up|subscribe)\b|(?:haga|haz) clic aquí y (?:regístrese|regístrate|suscríbase|suscríbete)"
    r"|cliquez ici (?:et|pour) (?:vous inscrire|vous abonner)|klicken sie hier,? (?:und|um) (?:sich )?(?:zu )?(?:registrieren|anzumelden|abonnieren)"
    r"|clicca qui (?:e|per) (?:registrarti|iscriverti)|clique aqui (?:e|para) (?:se )?(?:cadastrar|registrar|inscrever)"
    r"|\bthank(?:s| you) for (?:subscribing|signing up)\b|(?:谢谢|感谢)您?(?:注册|订阅)"
    r"|\bclick (?:on )?this link (?:to|and)\b|(?:fai )?clic(?:ca|k)? su questo link\b|haga? clic en este enlace|cliquez sur ce lien"
    r"|klicken sie auf diesen link"
)
_SOCIAL_EMBED = (  # an embedded social post's or timeline's own words, not the post's
    r"^\W*tweet with a location\W*$|\badd location information to your tweets\b|\bdelete your tweet location history\b"
    r"|\badd this (?:tweet|video) to your website by copying the code below\b|^\W*embed (?:this )?tweet\W*$"
    r"|\btwitter may be over capacity\b|\byou(?:'|’)ve already (?:retweeted|retweetet)\b"
    rf"|^\W*{TWEETS_BY}\W*$"  # a timeline's link text, in nine languages (clean.prompts)
    r"|\bsomething went wrong, but don(?:'|’)t fret\b|^\W*a post shared by\b"
    # Instagram's embed in every language the cleaner knows it in (clean.prompts)
    rf"|(?<!\w)(?:{EMBED_VIEW})(?!\w)|^\W*{EMBED_SHARED_BY}"
)
_CLASSIFIEDS = (  # the paper's classified-ads desk speaking to advertisers: "your ads", "place an ad"
    r"\bplace (?:a|an|your) (?:classified |free )?(?:ad|advert|advertisement)\b|\byour (?:classified )?ads? (?:will |are |is )?(?:appear|run|be published|published)"
    r"|ihre (?:klein)?anzeigen? (?:erscheinen|erscheint|wird veröffentlicht)|(?:klein)?anzeige aufgeben"
    r"|(?:passer|déposer) (?:une|votre) (?:petite )?annonce|vos annonces (?:paraissent|sont publiées)"
    r"|(?:publique|publica|publicar|poner) (?:su|tu|un) anuncio(?: clasificado)?|sus anuncios (?:se publican|aparecen)"
    r"|(?:pubblica|inserisci) (?:il tuo|un) annuncio|anuncie (?:aqui|conosco|já)|seus anúncios (?:são publicados|aparecem)"
    r"|(?:dodaj|zamieść|nadaj) (?:swoje |darmowe )?ogłoszenie|twoje ogłoszenia? (?:ukaż|pojawi)"
    # Turkish "İlan" case-folds to "i" and a combining dot above
    r"|\bi\u0307?lan(?:lar)?ınız(?:ı|a|ın)?\b|\bi\u0307?lan metninize\b|\b(?:ücretsiz )?i\u0307?lan ver(?:in|mek için)?\b"
)
# kind -> pattern; each line carrying one is half a point of that kind
NOTICE_CUES: dict[str, re.Pattern] = {
    "disclaimer": re.compile(_WARRANTY + "|" + _AFFILIATE),
    "donation": re.compile(_DONATION),  # a plea to give, not a wall: the page may be read without paying
    "signup": re.compile(_PITCH),
    "widget": re.compile(_SOCIAL_EMBED + "|" + _CLASSIFIEDS),
}
# kind -> pattern of lines that support other evidence of the kind: half a
# point each, but only on a page that has another line of that kind.  What
# registered users may do and the site's own archive describe a registration
# page beside its "register to continue", and a report names a platform's
# registered users too ("Registered users can try the service for a month").
SUPPORT_CUES: dict[str, re.Pattern] = {"login": re.compile(MEMBER_OFFERS)}
# sentences that are the site's voice, not story prose
# (what registered users may do is no voice: a report names a platform's registered users too)
NOTICE_VOICE = re.compile("|".join((_WARRANTY, _AFFILIATE, _DONATION, _PITCH, _SOCIAL_EMBED, _CLASSIFIEDS)))

# A weather widget: a line naming only a forecast's period, then a line with a temperature.
_PERIOD = re.compile(
    r"^\W*(?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|overnight|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|heute|heute nacht|morgen|aujourd'hui|ce soir|cette nuit|demain|hoy|esta noche|mañana|oggi|stasera"
    r"|stanotte|domani|hoje|esta noite|amanhã|vandaag|vannacht|morgen|idag|i natt|i morgon|i dag|i kveld|i morgen|сегодня"
    r"|ночью|завтра|сьогодні|вночі|завтра|dziś|dzisiaj|w nocy|jutro|dnes|v noci|zítra|bugün|bu gece|yarın|σήμερα|απόψε|αύριο"
    r"|היום|הלילה|מחר|اليوم|الليلة|غدا|غداً|आज|आज रात|कल|今天|今晚|明天|今日|今夜|明日|오늘|오늘 밤|내일|hari ini|malam ini|besok)\W*$")
_TEMPERATURE = re.compile(r"(?<![\w.])-?\d{1,3}\s?(?:°|º)\s?[cf]?(?!\w)|(?<![\w.])-?\d{1,3}[cf](?![\w'’])|\b\d{1,3} degrees\b")
FORECASTS = 2  # period lines with a forecast under them that make a widget


def forecast_lines(lines: list[str]) -> set[int]:
    """Indexes of a weather widget's lines (each period label and the forecast
    line under it) among ``lines`` (non-empty, stripped, case-folded), or an
    empty set when fewer than :data:`FORECASTS` labels have a forecast."""
    found: set[int] = set()
    for i in range(len(lines) - 1):
        if _PERIOD.match(lines[i]) and _TEMPERATURE.search(lines[i + 1]):
            found |= {i, i + 1}
    return found if len(found) >= 2 * FORECASTS else set()
