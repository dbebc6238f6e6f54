"""Place names written in Arabic and Hebrew letters, found in the where index.

Why: in an abjad no capital marks a name, the lexicon's gazetteer holds no
Arabic or Hebrew names, and :mod:`storyline.analyse.entity_abjad` finds
only names that a report of the same event already wrote in another
script.  So an Arabic or Hebrew report alone yielded no place at all, and
:func:`storyline.analyse.where.where` had nothing to read from it.  The
where index (:mod:`storyline.analyse.where_index`) already holds every
GeoNames city's names in every script and CLDR's country names in every
official language: a window of one to three words that is one of those
names, less the proclitics the language writes onto a word ("بلندن", in
London; "ולבריטניה", and to Britain), is that place.

Guards, read off what the lookup finds in the dev file's Arabic and Hebrew
reports (docs/benchmarks.md, "Places in Arabic and Hebrew reports"): many
common words are also a town's name there ("أن", that, is Ans; "السلطات",
the authorities, Settat; "רחובות", streets, Rehovot; "מקום", place, Qom
with two proclitics).  A country's name in the report's language is always
taken; a city needs :data:`MIN_POPULATION` people, a one-word city name
:data:`MIN_LETTERS` letters (less the article); one that is, as written or
bare, one of the language's frequent words needs :data:`BIG_POPULATION`
("لندن", "פריז" are frequent words of Wikipedia too).

Confirmed by its country (docs/benchmarks.md, "Arabic and Hebrew places
confirmed by their country"): a town under :data:`BIG_POPULATION` is taken
only where the report also names its country (a country's name, a city of a
million of it), or where the event's reports in other scripts name that
country or that place (``known``): a town's name that is a word ("معسكر",
camp, Mascara; "حصار", siege, Hisar; "קורה", happens, Kure) names a
country nobody else in the report speaks of, while Leeds comes with London,
Basra with Iraq.  A name several places share with none dominant (the
index's ``leaders``: "جنيف", Geneva, but also "كان", was, Cannes) is read
as its biggest place, confirmed so too, as :func:`~storyline.analyse.where.where`
confirms a shared name by the report's other countries; one that is a
frequent word never ("المدينة", the city, Medina).  A country's name that
is a frequent word ("הודו", India, and they admitted; "סין", "العراق") is
taken alone, but where the event's other reports name places, only if one
of them is in that country, or the report names it twice: another
report's silence is evidence only where it speaks of places at all.

Words, not names (docs/benchmarks.md, "Wrong place finds in Arabic and
Hebrew reports"): an Arabic nisba adjective of a name ending in ـي is that
name with the article ("الرئيس الهايتي", the Haitian president), so a name
read with an article the index lacks that ends in ـي is the adjective
(:func:`nisba`); a definite word right after a definite noun agrees with it
as its attribute ("البيت الأبيض", the White House; "القميص الأبيض", the white
shirt), no place (:func:`attribute`); a town's name that is a frequent word
plus an enclitic pronoun or a verb's person ending ("حولي", around me, is
Hawalli; "מסרו", they delivered, Maseru), or an Arabic frequent word less
its article ("سلطات", authorities: Settat) needs :data:`BIG_POPULATION` as
the frequent word itself does.  :func:`refused_refinds` keeps the fuzzy
second pass (:class:`~storyline.analyse.entity_known.KnownNames`) from
making a place of a word this module saw and refused.

Nouns and names, not towns (docs/benchmarks.md, "Places, case forms and
romanisations (h-places6)"): a place noun of the language ("ميدان", square,
is GeoNames' Arabic Medan) is no town (:func:`place_noun`), and a town under
:data:`BIG_POPULATION` that a name goes on from ("اليزابيث بايرز", Elisabeth
Byrs; "ميامي هيرالد", the Miami Herald) is a part of that name (:func:`_name_goes_on`).
"""
from __future__ import annotations

import functools
from collections import Counter
from typing import Iterable, NamedTuple

from storyline.analyse.entity_abjad import _frequent_words, adjective_of
from storyline.analyse.entity_keys import entity_key
from storyline.analyse.entity_patterns import gazetteer_name
from storyline.analyse.entity_patterns import _fold, lexicon
from storyline.analyse.entity_spans import Cand, glued
from storyline.analyse.entity_tokens import Token
from storyline.analyse.where import ARABIC_ARTICLE, _written_forms, country_of
from storyline.analyse.where_index import BIG_POPULATION, MIN_LETTERS, _countries_in, _tables, city_facts, geonames_countries

MIN_POPULATION = 100_000  # smaller towns' names are more often a word ("يوما", a day: Yuma; "حرية", freedom)
MAX_WORDS = 3
PRIO = 2  # as a gazetteer place of entity_caseless: below a known name's find (3)

# per language, its script and its proclitics in the order they are written: a
# conjunction (or Hebrew relative "ש"), then a preposition; the Arabic article is
# read by where._written_forms.  Not the Hebrew article "ה": a place's name takes
# none, so "ה" + name is an adjective or a name's modifier ("הכומר ההאיטי", the
# Haitian priest; "הניו יורק טיימס") or a word ("הקורה", the beam, is no Kure).  Persian, Urdu and Yiddish, also
# written in these scripts, write such words apart: unread, unmeasured.
_CLITICS = {"ar": ("ARABIC", ("وف", "بلك")), "he": ("HEBREW", ("וש", "בלמכ"))}
# endings written onto a word that make another word of it: an enclitic pronoun
# (Arabic "ي" my, "ه" his, "ك" your), or a Hebrew verb's or noun's person ending (ו ה ת י)
_ENCLITICS = {"ARABIC": "يهك", "HEBREW": "והתי"}
_ARTICLES = {"ar": ARABIC_ARTICLE, "he": "ה"}  # what makes a word definite, as a place's attribute is
NISBA = "ي"  # ends the Arabic adjective of a name: "هايتي" Haiti, "الهايتي" the Haitian
ADVERBIAL = ("ا", "ًا")  # the indefinite accusative ending of an Arabic adverb ("صباحا", in the morning; "أيضا")


class Hit(NamedTuple):
    """The place a name is: its key (English name), kind ("country", "city",
    or "shared": the biggest of the places that share the name), people
    (0 for a country) and ISO country code."""
    key: str
    kind: str
    people: int
    country: str


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Country ISO code -> English name (GeoNames; only real countries: CLDR
    also names the EU and the UN as "territories")."""
    return {iso: name for iso, (name, _) in geonames_countries().items()}


def _bare_forms(word: str, lang: str) -> list[tuple[int, str]]:
    """(letters of proclitics, rest) of a word: as written, then less one
    conjunction and/or one preposition ("وبلندن" -> "بلندن", "لندن").  A
    name after "لل" is not a substring of its word: the mention keeps the
    whole word ("للعراق"), keyed as the place."""
    out = [(0, word)]
    for letters in _CLITICS[lang][1]:
        out += [(n + 1, w[1:]) for n, w in out if w[:1] in letters and len(w) > 3]
    if lang == "ar":  # "ل" before the article drops its alif: "للعراق" is "ل" + "العراق", read whole
        out += [(n, ARABIC_ARTICLE + w[2:]) for n, w in out if w.startswith("لل") and len(w) > 4]
    return list(dict.fromkeys(out))


@functools.lru_cache(maxsize=1 << 15)
def _place(name: str, lang: str) -> Hit | None:
    """The place ``name`` is: a country's name in ``lang`` (kind "country"),
    a city the index keys the name to, or the biggest city of a name several
    places share (kind "shared").  A country's name is read with or without
    the article ("عراق"); a city's as written or less an article the index
    lacks, never with one the text lacks: "الأحمدي" is Al Ahmadi, "أحمدي"
    the first word of Ahmadinejad ("وجيزة", brief, is no "الجيزة", Giza)."""
    countries, cities, tables = _country_names(), city_facts(), _tables()
    local = _countries_in(lang)
    for written in _written_forms(name):
        form = _fold(written)
        iso = local.get(form)
        if iso in countries:
            english = countries[iso]
            return Hit(entity_key(gazetteer_name(english) or english), "country", 0, iso)
        if len(written) > len(name):  # no article added to a city's name
            continue
        for table, kind in ((tables.cities, "city"), (tables.leader_cities, "shared")):
            city = cities.get(table.get(form, ""))
            if city:
                return Hit(entity_key(city.name), kind, city.people, city.country)
    return None


def _holds(form: str, lang: str, cities: bool) -> bool:
    """The folded ``form`` is a name of the where index: a country's in
    ``lang``, one a country dominates or a shared one, and with ``cities`` a city's."""
    tables = _tables()
    return form in _countries_in(lang) or form in tables.countries or form in tables.leaders \
        or (cities and form in tables.cities)


@functools.lru_cache(maxsize=1 << 15)
def _indexed(name: str, lang: str) -> bool:
    """``name`` as written (or with/without the Arabic article) is a name of
    the index that speaks for a country: then its first letter is its own, no
    proclitic ("فرانس", France in "فرانس برس", is no "رانس", Reims, after "and")."""
    return any(_holds(k, lang, cities=False) for k in map(_fold, _written_forms(name)))


def _letters(name: str) -> int:
    bare = name[len(ARABIC_ARTICLE):] if name.startswith(ARABIC_ARTICLE) else name
    return sum(map(str.isalpha, bare))


def nisba(name: str, lang: str) -> bool:
    """``name`` (one word) is an Arabic nisba adjective: written with the
    article, ending in ـي, and not a name the index holds with its article
    ("الهايتي", the Haitian, is "هايتي" + "ال"; "الايطالي", the Italian)."""
    return lang == "ar" and " " not in name and name.startswith(ARABIC_ARTICLE) and name.endswith(NISBA) \
        and not _in_index(name, lang)


@functools.lru_cache(maxsize=1 << 15)
def _in_index(name: str, lang: str) -> bool:
    """``name`` exactly as written is a country's or a city's name of the index."""
    return _holds(_fold(name), lang, cities=True)


def attribute(text: str, toks: list[Token], i: int, bare: str, lang: str) -> bool:
    """Arabic: the definite word ``bare`` (token i, no proclitic) follows a
    definite noun, so agrees with it as its adjective ("البيت الأبيض", the
    White House; "القميص الأبيض", the white shirt): no place's name.  A noun
    holds its root's three letters after the article; "الى" (to), "التي"
    (which) only look definite ("الى العراق" is a place)."""
    prev = toks[i - 1].text if i > 0 else ""
    return lang == "ar" and bare == toks[i].text and bare.startswith(ARABIC_ARTICLE) \
        and toks[i - 1].script == toks[i].script and prev.startswith(ARABIC_ARTICLE) \
        and _letters(prev) >= 3 and glued(text, toks, i, lexicon())


def place_noun(word: str, lang: str) -> bool:
    """``word`` (less its proclitics), with or without the Arabic article, is
    one of the language's place nouns (the lexicon's ``place_cues``: "ميدان",
    square; "גשר", bridge): a common noun that heads a place's name in a
    construct ("ميدان راسل", Russell Square; "ميدان التحرير"), or alone, the
    square or the field ("في الميدان"), no town's name, though GeoNames gives
    Medan (2.5 million people, so no frequent-word guard holds it) "ميدان".
    After another place noun it is the name that noun heads: "مدينة ميدان",
    the city of Medan (:func:`_finds`)."""
    lex = lexicon()
    return any(lex.is_cue("place_cues", form, lang, compounds=False) for form in _written_forms(word))


def _inflected(name: str, frequent: frozenset[str], script: str) -> bool:
    """``name`` is a frequent word plus an enclitic or person ending ("حول"+"ي", "מסר"+"ו"),
    or an Arabic frequent word less its article ("سلطات", authorities, is Settat: the
    stoplist has "السلطات"; an indefinite noun is as much a word as the definite one)."""
    return (name[-1:] in _ENCLITICS[script] and name[:-1] in frequent) \
        or (script == "ARABIC" and ARABIC_ARTICLE + name in frequent)


def _taken(words: list[str], written: str, name: str, hit: Hit, script: str) -> bool:
    """The guards of the module docstring, but the country's confirmation."""
    if hit.kind == "country":
        return True
    if hit.people < MIN_POPULATION:
        return False
    if len(words) > 1:
        return True
    frequent = _frequent_words(script)
    # a big city speaks through a frequent word ("لندن"); a name its places share does not ("المدينة", the city, Medina)
    return _letters(name) >= MIN_LETTERS and ((hit.people >= BIG_POPULATION and hit.kind == "city") or not (
        written in frequent or name in frequent or _inflected(name, frequent, script)))


def _frequent(written: str, name: str, script: str) -> bool:
    """The word, as written or less its proclitics, is one of the language's frequent words."""
    frequent = _frequent_words(script)
    return written in frequent or name in frequent


def _name_goes_on(text: str, toks: list[Token], j: int, lang: str) -> bool:
    """Token j, right after a one-word town, goes on with it as one name: a
    word of the script, with nothing between, that is no frequent word of the
    language nor an Arabic adverbial accusative (``ADVERBIAL``: "لوتون صباحا",
    Luton in the morning), carries no article (an adjective agreeing with a place is
    definite, as the place is: "القدس الشرقية", "ירושלים המזרחית"), and is no place itself
    ("اليزابيث بايرز", Elisabeth Byrs, is no Elizabeth, New Jersey; "نانسي
    تشان", Nancy Chan, no Nancy)."""
    if j >= len(toks) or toks[j].script != _CLITICS[lang][0] or not glued(text, toks, j, lexicon()):
        return False
    word, bares = toks[j].text, [bare for _, bare in _bare_forms(toks[j].text, lang)]
    if word in _frequent_words(toks[j].script) or _letters(word) < 3 or (lang == "ar" and word.endswith(ADVERBIAL)) \
            or any(bare.startswith(_ARTICLES[lang]) for bare in bares):  # (also after a proclitic: "للصحة")
        return False
    return not any(_place(bare, lang) for bare in bares)


def _sure(hit: Hit) -> bool:
    """A find that needs no confirmation: a country, a city of a million."""
    return hit.kind == "country" or (hit.kind == "city" and hit.people >= BIG_POPULATION)


def abjad_places(text: str, toks: list[Token], lang: str, known: Iterable[str] = ()) -> list[Cand]:
    """PLACE candidates of an Arabic or Hebrew report: windows of one to
    :data:`MAX_WORDS` words that name a place of the where index, the first
    word maybe after proclitics (the candidate's ``lead`` skips them, so the
    mention is the name: "لندن" of "بلندن").  Keyed as the place's English
    name, as the resolver keys that place written in Latin letters.

    ``known``: the PLACE names (or their keys) the event's reports in other
    scripts wrote; they confirm a town or a shared name (module docstring)
    by its key ("Geneva") or its country ("Switzerland", "Zurich")."""
    if lang not in _CLITICS:
        return []
    finds = _finds(text, toks, lang)
    known = set(known)
    keys = {entity_key(name) for name in known}
    named = Counter(h.country for _, h in finds if h.kind == "word")  # twice in a report is no slip of a verb
    countries = {h.country for _, h in finds if _sure(h)} | {c for c in map(country_of, known) if c} \
        | {c for c, n in named.items() if n > 1}
    if not known:  # nothing else to ask: a frequent word that names a country is that country
        countries |= set(named)
    else:
        countries |= {h.country for _, h in finds if h.kind == "word" and (h.country in countries or h.key in keys)}
    return [c for c, h in finds if _sure(h) or h.country in countries or h.key in keys]


def _finds(text: str, toks: list[Token], lang: str) -> list[tuple[Cand, Hit]]:
    """The windows :func:`abjad_places` reads, each with its place, before the confirmation."""
    lex, out, script = lexicon(), [], _CLITICS[lang][0]
    for i, first in enumerate(toks):
        if first.script != script:
            continue
        for j in range(min(len(toks), i + MAX_WORDS), i, -1):  # the longest name first
            if any(toks[x].script != first.script or not glued(text, toks, x, lex) for x in range(i + 1, j)):
                continue
            rest = [t.text for t in toks[i + 1:j]]
            found = None
            whole = " ".join([first.text, *rest])
            for lead, bare in _bare_forms(first.text, lang) if not _indexed(whole, lang) else [(0, first.text)]:
                words = [bare, *rest]
                if len(words) == 1 and (nisba(bare, lang) or attribute(text, toks, i, bare, lang)
                                        or (place_noun(bare, lang) and not (i and place_noun(toks[i - 1].text, lang)))):
                    continue
                hit = _place(" ".join(words), lang)
                if hit and len(words) == 1 and not _sure(hit) and _name_goes_on(text, toks, j, lang):
                    continue
                if hit and _taken(words, first.text, bare, hit, first.script) \
                        and not adjective_of(words, hit.key, "PLACE"):
                    if hit.kind == "country" and len(words) == 1 and _frequent(first.text, bare, first.script):
                        hit = hit._replace(kind="word")  # "הודו", they admitted, is India too
                    found = (Cand(i, j, "PLACE", PRIO, key=hit.key, lead=lead), hit)
                    break
            if found:
                out.append(found)
                break
    return out
def refused_refinds(found: list[Cand], places: list[Cand], text: str, toks: list[Token], lang: str,
                    own: bool = True) -> list[Cand]:
    """``found`` (known names found again, :class:`~storyline.analyse.entity_known.KnownNames`)
    less the one-word PLACE finds in an Arabic or Hebrew word that this
    module read and refused.

    ``own``: the names found again are the report's own (its second pass):
    they say nothing the lookup did not weigh, and the fuzzy key lookup
    matches "فرانس" (of "فرانس برس", "دو فرانس") to a found "فرنسا",
    "الايطالي" (the Italian) to "ايطاليا".  Refused then: a word that is, as
    written or less its proclitics, a name of the index that
    :func:`abjad_places` did not take there, or a nisba adjective; a misspelt
    name the index lacks ("אירן", "טאיפאיי") is still found, and so is a
    frequent word ("קליפורניה" after the event's "California" was found as
    "בקליפורניה").  Names another report of the event wrote are evidence the
    lookup lacked (the event's "Wimbledon", 68,000 people): of them only a
    nisba adjective is refused, which is never the place."""
    if lang not in _CLITICS:
        return found
    script, taken = _CLITICS[lang][0], {c.i for c in places}

    def refused(c: Cand) -> bool:
        word = toks[c.i].text
        if c.label != "PLACE" or c.j - c.i != 1 or toks[c.i].script != script or c.i in taken:
            return False
        return nisba(word, lang) or (own and any(
            _in_index(bare, lang) or _place(bare, lang) for _, bare in _bare_forms(word, lang)))
    return [c for c in found if not refused(c)]
