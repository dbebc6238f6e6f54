"""Names in caseless scripts (Devanagari, Arabic, CJK…), where no capital letter marks them.

Why apart from the cased rules: in these scripts only cues say where a name
is (a title before it, an organisation's head word after it, the gazetteer),
and where it ends must be inferred from the sentence itself: a word of a
class that is never a name (the lexicon's ``name_stops``: postpositions,
pronouns, verb forms, adverbs…) ends it, and a name the text writes longer
elsewhere is read whole here too.
"""
from __future__ import annotations

from storyline.analyse.entity_appointed import appointed_persons
from storyline.analyse.entity_keys import entity_key
from storyline.analyse.entity_makers import recall_subjects
from storyline.analyse.entity_patterns import Lexicon, lexicon
from storyline.analyse.entity_spans import HYPHENS, Cand, glued
from storyline.analyse.entity_storms import caseless_storm
from storyline.analyse.entity_tokens import Token
from storyline.analyse.sentences import caseless_initial

TITLE_RUN = 4  # words after a title that may be a name
# a word before a noun, not a name: "इस सूरत में" (in this case) is no Surat
_BEFORE_NOUN = ("pronouns", "oblique_pronouns", "adjectives")
_HEAD_WORDS = ("place_cues", "org_cues", "product_nouns", "event_nouns")
# what follows an oblique pronoun: a postposition, an adjective or quantifier, another
# oblique pronoun, or a noun it points to (any word that is not a name stop, or a
# name stop that is a noun: a plural "उन देशों", an office "उस पद")
_BEFORE_PRONOUN = (None, "postpositions", "adjectives", "oblique_pronouns", "plural_oblique", "office_nouns")


def _initial_at(text: str, toks: list[Token], k: int) -> bool:
    """Token k is an initial with its period ("एस." of "एस. सोमनाथ"): the name goes on."""
    return k + 1 < len(toks) and caseless_initial(toks[k].text) \
        and text[toks[k].end:toks[k + 1].start].rstrip() == "."


def ends_name(text: str, toks: list[Token], k: int, lang: str, lex: Lexicon, start: int | None = None) -> bool:
    """Token k is a word that is never part of a name (:meth:`Lexicon.name_stop`),
    or the noun or adjective of a verb made with करना or होना, which no name
    is (the lexicon's ``light_verbs``: "उम्मीदवार घोषित किया", "शामिल हुए").

    An oblique pronoun ("उन", "इस") is read by what follows it: a pronoun is
    followed by a postposition or by the noun it points to, maybe after an
    adjective or quantifier ("उन के", "उन लोगों", "इस बार", "उन सभी"); before
    the ergative marker (a pronoun's ergative is one word, "उन्होंने"), before
    another never-a-name word or a punctuation mark it is not a pronoun but
    a name's word ("किम जोंग उन ने", "किम जोंग उन अपनी"), and so it is when
    the name from ``start`` to it is written again in the text ("किम जोंग उन
    को" where "किम जोंग-उन" is written too): a pronoun does not follow the
    same words twice."""
    kind = lex.name_stop(toks[k].text, lang)
    n = k + 1
    if kind is None:  # the noun or adjective of a verb made with करना, होना: "घोषित किया", "शामिल हुए"
        return n < len(toks) and toks[n].script == toks[k].script and glued(text, toks, n, lex) \
            and lex.name_stop(toks[n].text, lang) == "light_verbs"
    if kind != "oblique_pronouns":
        return True
    if start is not None and start < k and _written_again(text, toks, start, k + 1):
        return False
    if n >= len(toks) or toks[n].script != toks[k].script or not glued(text, toks, n, lex):
        return False
    return lex.name_stop(toks[n].text, lang) in _BEFORE_PRONOUN


def _written_again(text: str, toks: list[Token], i: int, j: int) -> bool:
    """Words [i, j) are written again in the text, in any spelling of the same
    key ("किम जोंग उन" and "किम जोंग-उन").  (A name the event knows is found by
    :class:`~storyline.analyse.entity_known.KnownNames`, and outranks this.)"""
    key = entity_key(text[toks[i].start:toks[j - 1].end])
    n = j - i
    return sum(entity_key(text[toks[p].start:toks[p + n - 1].end]) == key
               for p in range(len(toks) - n + 1)) >= 2


def _known_end(text: str, toks: list[Token], i: int, m: int) -> int:
    """Where a name after a title ends when nothing in the sentence says so.

    A caseless script marks no name's end: after "मुख्यमंत्री" the name runs
    on into the clause ("स्मृति ईरानी चुनाव हार…", "नरेंद्र मोदी वर्चुअल माध्यम
    से") until a never-a-name word stops it, or the run reaches
    :data:`TITLE_RUN` words with the next one still plausible.  Then the name
    is the longest run of two or more of those words that the text writes
    again elsewhere, in any spelling (a name recurs; the clause after it does
    not), else the first two words (given name and family name)."""
    for end in range(m - 1, i + 1, -1):
        if _written_again(text, toks, i, end):
            return end
    return i + 2


def caseless_cands(text: str, toks: list[Token], lang: str) -> list[Cand]:
    """Names in caseless scripts: after titles, before organisation head words, gazetteer places."""
    lex, out = lexicon(), []

    def usable(k: int, script: str, start: int | None = None) -> bool:
        if not (0 <= k < len(toks) and toks[k].script == script):
            return False
        if _initial_at(text, toks, k):
            return True
        if ends_name(text, toks, k, lang, lex, start) or lex.time_word(toks[k].text, lang):
            return False
        return not (lex.place(toks[k].text, lang, script) or lex.institution(toks[k].text, lang, script))

    for k, t in enumerate(toks):
        if t.cased or t.num:
            continue
        ahead = [x.text for x in toks[k:k + 4]]
        n = lex.phrase_at("titles", ahead, 0, lang)
        if n and not (k + n < len(toks) and any(lex.is_cue(kind, toks[k + n].text, lang) for kind in _HEAD_WORDS)):
            # (a head word right after the title: "प्रधानमंत्री आवास", the office's residence, names no one)
            m = k + n
            while m < len(toks) and m - k - n < TITLE_RUN and usable(m, t.script, k + n) and glued(text, toks, m, lex) \
                    and not lex.phrase_at("titles", [toks[m].text], 0, lang) \
                    and not lex.is_cue("event_nouns", toks[m].text, lang):  # "राजनाथ सिंह बैठक में"
                m += 1
            if m - k - n == TITLE_RUN:
                m = _known_end(text, toks, k + n, m)
            elif m - k - n >= 3 and m < len(toks) and lex.name_stop(toks[m].text, lang) is None \
                    and ends_name(text, toks, m, lang, lex):
                # stopped by a verb's noun ("बिजली गुल होने"): its clause may have begun inside the run
                m = _known_end(text, toks, k + n, m + 1)
            while m > k + n and _initial_at(text, toks, m - 1):
                m -= 1  # an initial ends no name
            if m > k + n:  # a place or organisation head word at the end overrides the title
                last = toks[m - 1].text
                label = "PLACE" if lex.is_cue("place_cues", last, lang) else \
                    "ORG" if lex.is_cue("org_cues", last, lang) else "PERSON"
                out.append(Cand(k + n, m, label, 1))
        if numbered(text, toks, k, lang):
            out.append(Cand(k, k + 2, "PRODUCT", 1))
        if storm := caseless_storm(text, toks, k, lang, lambda m: usable(m, t.script)):
            out.append(storm)
        if lex.is_cue("org_cues", t.text, lang):
            m = k
            while k - m < 3 and usable(m - 1, t.script) and glued(text, toks, m, lex) \
                    and not lex.phrase_at("titles", [toks[m - 1].text], 0, lang):
                m -= 1
            if m < k and not graded(toks, m, lang):
                out.append(Cand(m, k + 1, "ORG", 1))
        for w in (3, 2, 1):
            j = k + w
            if j > len(toks) or any(toks[x].script != t.script or not glued(text, toks, x, lex)
                                    for x in range(k + 1, j)):
                continue
            if w == 1 and lex.stopword(t.text, lang):
                continue
            span = text[toks[k].start:toks[j - 1].end]
            if lex.place(span, lang, t.script):
                out.append(Cand(k, j, "PLACE", 2))
            elif lex.institution(span, lang, t.script):
                out.append(Cand(k, j, "ORG", 2))
            elif big_city(text, toks, k, j, lang):  # (not "व्हाइट हाउस", the White House: Casablanca's Hindi name)
                out.append(Cand(k, j, "PLACE", 2))
    script = next((t.script for t in toks if not t.cased and not t.num), None)
    return out + recall_subjects(text, toks, lang, lex, lambda k: usable(k, script),  # "टोयोटा ने … वापस मंगाईं"
                                 lambda i, j: _written_again(text, toks, i, j)) \
        + appointed_persons(text, toks, lang, lex, lambda k: usable(k, script))  # "मोदी का … प्रधानमंत्री बनना"


NUMBER_DIGITS = 3  # a model's or a mission's number ("चंद्रयान-3", "लूना-25"), not a year ("2023")


def numbered(text: str, toks: list[Token], k: int, lang: str) -> bool:
    """Token k, a caseless word, is joined by a hyphen to a number of up to
    :data:`NUMBER_DIGITS` digits: a numbered model or mission ("चंद्रयान-3",
    "लूना-25", "सोयुज-2"), as "Su-57" is in a cased script, where capitals
    mark it.  Not a word the language uses ("पृष्ठ-3", page 3: a name stop), nor
    an abbreviation ("यू०टी०सी०-7", UTC-7), nor a range ("2-3")."""
    if k + 1 >= len(toks) or not toks[k + 1].num or text[toks[k].end:toks[k + 1].start] not in HYPHENS:
        return False
    word, number = toks[k].text, toks[k + 1].text
    lex = lexicon()
    return number.isdigit() and len(number) <= NUMBER_DIGITS and len(word) >= 3 \
        and not any(c in "०." for c in word) and lex.name_stop(word, lang) is None and not lex.stopword(word, lang) \
        and not (k + 2 < len(toks) and toks[k + 2].num) and text[toks[k + 1].end:toks[k + 1].end + 1] not in HYPHENS


def big_city(text: str, toks: list[Token], i: int, j: int, lang: str) -> bool:
    """Words [i, j) are a city of :data:`~storyline.analyse.where_index.BIG_POPULATION`
    people by the where index's names in ``lang`` (GeoNames: "लखनऊ", "पुणे", which
    the lexicon's gazetteer lacks), written before a postposition ("लखनऊ में") and
    not after a pronoun or adjective.  No frequency list of the language covers its
    nouns (jusText's Hindi one has 380 words), so as in Arabic a town's name may be
    a word ("भावना", feeling, is Bhawana; "बेटी", daughter, Batié): only a city as
    big as the Arabic finder takes a frequent word for is read without a capital."""
    from storyline.analyse.where import city_of
    from storyline.analyse.where_index import BIG_POPULATION, city_facts

    lex = lexicon()
    if j >= len(toks) or lex.name_stop(toks[j].text, lang) != "postpositions" \
            or (i and lex.name_stop(toks[i - 1].text, lang) in _BEFORE_NOUN) \
            or any(lex.name_stop(toks[k].text, lang) for k in range(i, j)):
        return False
    city = city_facts().get(city_of(text[toks[i].start:toks[j - 1].end], lang) or "")
    return city is not None and city.people >= BIG_POPULATION


def head_word_label(toks: list[Token], c: Cand, lang: str) -> str | None:
    """PLACE or ORG for a caseless name of two or more words that ends in a
    place's or an organisation's head word ("आंध्र प्रदेश", a state), whatever
    label a report in another language gave it (a name found by its known
    form takes that form's label, and a guess there may say PERSON)."""
    if c.j - c.i < 2 or toks[c.i].cased or toks[c.j - 1].cased:
        return None
    lex, last = lexicon(), toks[c.j - 1].text
    return "PLACE" if lex.is_cue("place_cues", last, lang) else "ORG" if lex.is_cue("org_cues", last, lang) else None


def complete_names(text: str, toks: list[Token], chosen: list[Cand]) -> None:
    """A person's name in a caseless script that another chosen mention of
    the same text writes longer, and that the text continues with the rest of
    it, is read whole ("किम जोंग" + "उन के साथ", where "किम जोंग उन ने" is
    read elsewhere): what ended it was a word that is also a name's word."""
    used = {x for c in chosen for x in range(c.i, c.j)}
    words = [t.text for t in toks]
    lex = lexicon()
    for c in sorted(chosen, key=lambda c: c.i):
        if c.label != "PERSON" or toks[c.i].cased:
            continue
        size = c.j - c.i
        for d in sorted(chosen, key=lambda d: d.i - d.j):
            rest = (d.j - d.i) - size
            if d.label != "PERSON" or rest <= 0 or words[d.i:d.i + size] != words[c.i:c.j] \
                    or words[c.j:c.j + rest] != words[d.i + size:d.j] \
                    or used.intersection(range(c.j, c.j + rest)) \
                    or not all(glued(text, toks, x, lex) for x in range(c.j, c.j + rest)):
                continue
            used.update(range(c.j, c.j + rest))
            c.j += rest
            break


def place_noun_label(text: str, toks: list[Token], c: Cand, lang: str) -> str | None:
    """PLACE for a caseless name right after a place noun in apposition ("वियतनाम
    की राजधानी हनोई", the capital Hanoi; "शहर", the city), as a place noun before
    a name says in other languages (:func:`~storyline.analyse.entity_parts.place_noun_before`):
    a label a report in another language left as MISC is no cue against it."""
    k = c.i - 1
    if k < 0 or toks[c.i].cased or toks[k].script != toks[c.i].script or not glued(text, toks, c.i, lexicon()):
        return None
    return "PLACE" if lexicon().is_cue("place_cues", toks[k].text, lang, compounds=False) else None


HEAD_JOINS = ("PLACE", "ORG")  # a person's name before "आवास"/"कार्यालय" is whose it is, not a name


def join_head_words(text: str, toks: list[Token], chosen: list[Cand], lang: str) -> None:
    """A place's or organisation's name in a caseless script takes the place or
    organisation head word written right after it ("वोस्तोचनी कॉस्मोड्रोम", the
    Vostochny Cosmodrome), as a cased script's run takes
    "Cosmodrome" by its capital: where no capital marks the head, the name known
    from another report ("Vostochny") had been found without it, and the head word
    was left over.  The name takes the head's label.  Not a person's name, whose
    place or office is another thing ("मोदी आवास"), nor a name complete in itself,
    a place or institution of the gazetteer or a city of the where index: the noun
    after it says what kind it is ("रोम शहर", the city of Rome; "ईरान प्रदेश") or
    is a body of it, as its own noun, and joined it would key the place apart from
    the other reports' "Rome"."""
    from storyline.analyse.where import city_of

    lex = lexicon()
    used = {x for c in chosen for x in range(c.i, c.j)}
    for c in chosen:
        j = c.j
        if c.label not in HEAD_JOINS or toks[c.i].cased or j >= len(toks) or j in used \
                or toks[j].script != toks[c.i].script or not glued(text, toks, j, lex):
            continue
        name, script = text[toks[c.i].start:toks[j - 1].end], toks[c.i].script
        if lex.place(name, lang, script) or lex.institution(name, lang, script) or city_of(name, lang):
            continue
        head = "PLACE" if lex.is_cue("place_cues", toks[j].text, lang, compounds=False) else \
            "ORG" if lex.is_cue("org_cues", toks[j].text, lang, compounds=False) else None
        if head:
            used.add(j)
            c.j, c.label = j + 1, head


def graded(toks: list[Token], m: int, lang: str) -> bool:
    """The words from ``m`` before an organisation's head word follow an adjective of
    size, age, order or number ("सबसे बड़ी विपक्षी पार्टी", the biggest opposition
    party; "एक नई समिति", a new committee): they and the head are a common noun's
    phrase, which such an adjective grades or counts, not a name, which it does not
    ("नई दिल्ली", New Delhi, is one name, found by the gazetteer, not by a head word)."""
    return m > 0 and toks[m - 1].script == toks[m].script \
        and lexicon().name_stop(toks[m - 1].text, lang) == "adjectives"
