"""Where a report's happening goes: the destinations of the trips it reports.

Two reports of one storyline can be as close in topic as two reports of one
happening: a summit announced in Moscow and a state visit to Pyongyang nine
months later are both "Putin and Kim meet", and a report without a
publication date has no time window to keep the two apart.  What a reader
uses instead is *where the happening goes*: "Kim Jong is arriving in Moscow"
and "Putin visited North Korea" are different trips, whatever else their
texts share.

This stage finds *travel frames*: a name right after a travel cue ("visited",
"arriving in", "trip to", "besuchte", "se rend à", "llegó a", "прибыл в") or,
in Hindi, right before a postpositional one ("उत्तर कोरिया का दौरा", "रूस की
यात्रा").  Sentences that point at another time by a day or month ("when he
visited Russia last September") describe a past happening, not this one, and
are skipped; a bare year ("for the first time since 2000") is no such anchor.
A trip someone is invited to make ("Kim invited Putin to visit North Korea",
"пригласил Путина посетить КНДР") is a later happening too, and is skipped.
The frames are keyed by the names' keys, which compare within a script only
(a key does not translate "North Korea" into "उत्तर कोरिया"), and by the
country each destination lies in (``country:KP``, :func:`storyline.analyse.where.country_of`:
"Pyongyang", "Пхеньян" and "उत्तर कोरिया" alike), which compares across
languages.  An event's reports in the report's own language speak for it
where they name a trip; only where none does are its reports in other
languages asked, by countries alone (:func:`comparable`): names read in
one language are surer evidence, and a trip in the past that a report
states no date to tell by ("पिछले सितंबर में … रूस की यात्रा", last
September's trip to Russia, in the undated Hindi seed) should not outvote
them.
"""
from __future__ import annotations

import datetime as dt
import re

from storyline.analyse.where import country_of
from storyline.records import Article

# A cue must end right before the name (a few connector words allowed).
_BEFORE = {
    "en": r"(?:visit(?:s|ed|ing)?(?:\s+to)?|trip\s+to|journey\s+to|travel(?:s|ed|led|ing|ling)?\s+to|"
          r"arriv(?:e|es|ed|ing|al)\s+(?:in|at)|(?:flew|flies|fly|flying|went|goes|going|heads?|heading|"
          r"headed|came|comes|coming|returned|returns)\s+to|landed\s+in|touched\s+down\s+in|tour(?:ed|s|ing)?)",
    "de": r"(?:besuch(?:t|te|ten|en)?|Besuch\s+(?:in|im)|Reise\s+nach|reist(?:e|en)?\s+nach|"
          r"(?:fliegt|flog|kam|kommt|fährt|fuhr)\s+nach|Ankunft\s+in|traf\s+in|eingetroffen\s+in|trifft\s+in)",
    "fr": r"(?:visit(?:e|é|ée|era|ait)|se\s+rend(?:ra|ait)?|s'est\s+rendue?|arriv(?:é|ée|e|era)|"
          r"voyage|déplacement)\s+(?:à|en|au|aux|dans)",
    "es": r"(?:visit(?:a|ó|ará|aba)(?:\s+a)?|viaj(?:a|ó|ará|e)\s+a|lleg(?:ó|a|ará|ada|ado)\s+a|gira\s+por)",
    "it": r"(?:visit(?:a|ato|erà)|arrivat[oa]\s+a|viaggio\s+(?:a|in)|si\s+recherà\s+(?:a|in))",
    "pt": r"(?:visit(?:a|ou|ará)|viag(?:em|ou)\s+(?:a|para)|cheg(?:ou|a|ará)\s+a)",
    "ru": r"(?:визит(?:ом|а|е)?\s+во?|посети(?:л|ла|ли|т|ть)|прибы(?:л|ла|ли|вает|ет|тие)\s+во?|"
          r"поездк(?:а|у|и|е)\s+во?|(?:приехал|прилетел|отправился|направился|едет|летит)\s+во?)",
    # Ukrainian: as Russian, its own words ("відвідав", "прибув до"); a noun of travel
    # (візит, поїздка, прибуття, відвідини) with "to" (до, в, у) right after it or a few
    # words on, past the traveller ("візит Путіна до Пхеньяна"), as Arabic's noun
    "uk": r"(?:(?:візит(?:ом|у|і)?|поїздк(?:а|у|и|і|ою)|прибутт(?:я|ям|і)|відвідин(?:и|ах)?)"
          r"(?:\s+\S+){0,3}\s+(?:до|в|у)|відвіда(?:в|ла|ли|є|ють|ти)|"
          r"прибу(?:в|ла|ли|ває|де|дуть)\s+(?:до|в|у)|(?:приїха(?:в|ла|ли)|прилеті(?:в|ла|ли)|вируши(?:в|ла|ли)|"
          r"попряму(?:вав|вала|вали|є)|поїха(?:в|ла|ли)|полеті(?:в|ла|ли)|їде|летить)\s+(?:до|в|у))",
    # Arabic: a verb or noun of visiting before the place, the noun also with "to"
    # (إلى) a few words on ("زيارة بوتين إلى", Putin's visit to), or a verb of going
    # with "to"; "and" (و, ف) and the future's س are written onto the verb
    "ar": r"(?:[وف]?س?(?:زار|زارت|يزور|تزور)|زيار(?:ة|ته|تها)(?:(?:\s+\S+){0,3}\s+(?:إلى|الى))?|"
          r"(?:رحلة|جولة)\s+(?:إلى|الى)|"
          r"[وف]?س?(?:وصل|وصلت|يصل|تصل|توجه|توجهت|يتوجه|تتوجه|سافر|سافرت|يسافر|تسافر)\s+(?:إلى|الى))",
}
_CONNECT = r"(?:\s+(?:the|der|die|den|dem|la|le|les|el|los|l'))?\s+$"
# verb-first languages: a verb of visiting, its subject (1-3 words), then the place
# ("زار بوتين كوريا الشمالية", Putin visited North Korea): read by :func:`_verb_first`
_VERB_FIRST_RE = {"ar": re.compile(r"(?:^|\W)[وف]?س?(?:زار|زارت|يزور|تزور)((?:\s+\S+){1,3})\s+$")}
# a preposition before the place makes it no object of the verb: "الذي كان يزور في هايتي"
# (who was visiting in Haiti, a witness of the earthquake: the one MultiLing report it read)
_NO_OBJECT = frozenset({"في", "من", "عن", "على", "مع", "منذ", "قبل", "بعد", "حول", "عند"})
_BEFORE_RE = {lang: re.compile(rf"(?:^|\W){cue}{_CONNECT}", re.IGNORECASE)
              for lang, cue in _BEFORE.items()}
# Chinese writes no spaces, so its cue ends right before the name, with no word
# boundary before it: "普京访问朝鲜", "抵达平壤", "前往莫斯科", "访问了朝鲜" (了, done);
# a single 访 is left out, as it begins words of its own ("访华", visiting China)
_BEFORE_RE["zh"] = re.compile(r"(?:访问|出访|到访|抵达|飞抵|到达|前往|来到|飞往|赴)了?\s*$")
# postpositional languages: the cue follows the name
_AFTER_RE = {"hi": re.compile(r"^\s*(?:का\s+दौर[ाे]|के\s+दौरे|की\s+(?:यात्रा|राजकीय\s+यात्रा)|"
                              r"पहु(?:ं|ँ)च(?:े|ा|ी|ने|ेंगे))"),
             # Japanese: the place, its particle, then the verb ("北朝鮮を訪問", visits North
             # Korea; "平壌に到着", arrived in Pyongyang; "平壌入り", entered Pyongyang)
             "ja": re.compile(r"^\s*(?:を(?:公式|国賓として|正式に)?訪問|を訪れ|に到着|入り|に向か)"),
             # Chinese also puts the place first in "对朝鲜进行国事访问" (paid North Korea a
             # state visit): only with 进行 (pay), as a bare "朝鲜访问俄罗斯" has the place visiting
             "zh": re.compile(r"^\s*进行了?[^\s，。]{0,4}访问")}
TRAVEL_LANGS = tuple(sorted(set(_BEFORE_RE) | set(_AFTER_RE)))  # the languages whose trips are read
_WINDOW = 40  # characters of context a cue may take
# an invitation before the cue, in its sentence: the trip is one still to be made
# (Arabic: a word of its own, or after "and", و/ف: "ادعاءات", allegations, holds "دعا";
# Ukrainian "запрошення", "запросив", not Russian "запрос", a request)
# (Chinese 邀请, Japanese 招待/招請; but "应金正恩邀请" is "at Kim's invitation", a trip
# made, so that phrase, :data:`_ACCEPTED`, is no invitation)
_INVITED = re.compile(r"invit|einlad|eingeladen|convid|приглас|приглаш|запрош|запросив|(?<![^\sوف])(?:دعا|دعت|دعوة|يدعو|تدعو)"
                      r"|邀请|招待|招請", re.IGNORECASE)
_ACCEPTED = re.compile(r"应[^，,。\s]{0,12}邀请")
_SENTENCE_END = r"[.!?।؟。！？\n]"  # the scripts' full stops, CJK's among them
_OTHER_TIME = dt.timedelta(days=30)
COUNTRY = "country:"  # a destination's country, as a key of its own
# What the stored trips (articles.trips, :func:`stored_trips`) were read by: bump
# when :func:`destinations` reads a report differently (cues, languages), so that a
# value stored before is read again from its report, not trusted.
TRIPS_VERSION = 4  # 2: Arabic verb-first sentences (:func:`_verb_first`); 3: Chinese and Japanese cues; 4: Ukrainian cues (h-search20: its reports' trips were not read)


def travels(lang: str | None) -> bool:
    """Whether :func:`destinations` can find a trip in reports of ``lang``."""
    return _BEFORE_RE.get(lang) is not None or _AFTER_RE.get(lang) is not None


def destinations(article: Article) -> frozenset[str]:
    """Keys of the names the report's own happening travels to."""
    text, lang = article.text, article.lang
    before, after = _BEFORE_RE.get(lang), _AFTER_RE.get(lang)
    if (before is None and after is None) or not article.entities:
        return frozenset()
    elsewhere = [(d.start, d.end) for d in article.dates
                 if d.precision in ("day", "week", "month") and _other_time(d.value, article.published)]
    out = set()
    for m in article.entities:
        if not m.key or m.label != "PLACE":  # a trip goes to a place, not to "Air Force"
            continue
        lead = max(0, m.start - _WINDOW)
        hit = before is not None and before.search(text[lead:m.start])
        cue = lead + hit.start() if hit else m.start  # where the trip's words begin
        hit = hit or (after is not None and after.match(text[m.end:m.end + _WINDOW]))
        if not hit and (first := _verb_first(article, m, lead)) is not None:
            hit, cue = True, first
        if hit and not any(_same_sentence(text, m.start, s) for s, _ in elsewhere) and not _invited(text, cue):
            out.add(m.key)
            country = country_of(m.text, lang)
            if country:
                out.add(COUNTRY + country)
    return frozenset(out)


def _verb_first(article: Article, m, lead: int) -> int | None:
    """Where the trip's words begin, if ``m`` is the place a verb of visiting
    before its subject goes to, in a verb-first language
    (:data:`_VERB_FIRST_RE`): "زار بوتين كوريا الشمالية" (visited Putin
    North Korea).  Only a place the where index knows (``where.country_of``:
    not an adjective, "الروسي", Russian), and none of the subject's words a
    place, nor the place one the subject ends with, another place right
    after it ("زار وزير خارجية روسيا كوريا الشمالية": the foreign minister of
    Russia visited North Korea; read as neither, rather than as Russia)."""
    pattern = _VERB_FIRST_RE.get(article.lang or "")
    found = pattern.search(article.text[lead:m.start]) if pattern is not None else None
    if found is None or country_of(m.text, article.lang) is None or found.group(1).split()[-1] in _NO_OBJECT:
        return None
    subject = (lead + found.start(1), m.start)
    after = article.text[m.end:m.end + _WINDOW].split()
    next_word = m.end + article.text[m.end:].find(after[0]) if after else m.end
    if any(o.label == "PLACE" and (subject[0] <= o.start < subject[1] or m.end < o.start <= next_word)
           for o in article.entities):
        return None
    return lead + found.start()


def trip_countries(article: Article) -> frozenset[str]:
    """The countries (``country:XX``) the report's own happening travels to:
    the part of :func:`destinations` that compares across scripts."""
    return frozenset(k for k in destinations(article) if k.startswith(COUNTRY))


def stored_trips(article: Article) -> str:
    """:func:`trip_countries` as the store keeps it beside the report
    (``"1:KP RU"``, stamped with :data:`TRIPS_VERSION`), so that search reads
    where an event goes without loading its reports' texts and names."""
    return f"{TRIPS_VERSION}:" + " ".join(sorted(k[len(COUNTRY):] for k in trip_countries(article)))


def read_stored_trips(value: str | None) -> frozenset[str] | None:
    """The countries a :func:`stored_trips` value holds; None where nothing was
    stored or another reading stored it (the report is to be read again)."""
    version, sep, codes = (value or "").partition(":")
    if not sep or version != str(TRIPS_VERSION):
        return None
    return frozenset(COUNTRY + c for c in codes.split())


def comparable(mine: frozenset[str], theirs: frozenset[str]) -> frozenset[str]:
    """What of a report's destinations in another language speaks against
    ``mine``: their countries, where both sides name a destination's country
    (a name's key does not cross scripts, "Пекин" and "Beijing"; its country
    does); nothing otherwise."""
    if not any(k.startswith(COUNTRY) for k in mine):
        return frozenset()
    return frozenset(k for k in theirs if k.startswith(COUNTRY))


def _invited(text: str, cue: int) -> bool:
    """An invitation in the sentence before the travel cue at ``cue``."""
    before = text[max(0, cue - 2 * _WINDOW):max(0, cue)]
    return bool(_INVITED.search(_ACCEPTED.sub("", re.split(_SENTENCE_END, before)[-1])))


def _other_time(value: dt.date, published: dt.date | None) -> bool:
    """A mentioned day or month that is not the report's own time."""
    return published is None or abs(value - published) > _OTHER_TIME


def _same_sentence(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return not re.search(_SENTENCE_END, text[lo:hi])


def conflicts(mine: frozenset[str], theirs: list[frozenset[str]]) -> bool:
    """The report's trips go elsewhere than those of the event's reports.

    ``theirs``: the destinations of the event's reports in the report's own
    script.  A conflict needs both sides to name destinations, none shared,
    and most of the event's reports that name one to disagree (one odd
    report does not speak for its event).
    """
    named = [t for t in theirs if t]
    if not mine or not named:
        return False
    disagree = sum(1 for t in named if not (t & mine))
    return disagree * 2 > len(named)
