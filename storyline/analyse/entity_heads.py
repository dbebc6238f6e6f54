"""Common nouns next to a name: the titles, portfolios and head nouns that are not part of it.

A run of capitalised words often starts with a word that only describes the
name after it: a title written before a name ("leader Kim", "президент
Путин"), an office's portfolio ("ministre de l'Intérieur"), or a head noun
that a sentence start capitalised ("Лимузин Aurus Senat", "Река Днепр").
Which of these a language writes before the name, and in lower case, is what
these helpers ask; :mod:`storyline.analyse.entities` splits runs with them.
"""
from __future__ import annotations

from storyline.analyse.entity_nouns import lower_before
from storyline.analyse.entity_spans import glued
from storyline.analyse.entity_text import TextFacts

HEAD_FIRST = ("es", "fr", "it", "pt", "ca", "ro")  # "Juegos Olímpicos", "Coupe du monde": the head comes first
# a noun's name follows it ("автомобиль Aurus", "la limousine Aurus"): a name before a
# product noun is no product's but an argument of the verb ("подарил Ким Чен Ыну автомобиль")
NAME_AFTER_NOUN = HEAD_FIRST + ("ru", "uk", "be", "pl", "cs", "sk", "bg", "sr", "hr", "sl")


def title_before(tx: TextFacts, k: int, run: list[int] | None = None) -> bool:
    """A title right before token k ("leader Kim", "президент Путин"), or,
    for a ``run`` that opens with a gazetteer place and goes on with two words
    or more, before the genitive article before it ("Πρωθυπουργός του
    Ηνωμένου Βασιλείου Τόνι Μπλέρ": the office's country, then its holder;
    not "Πρόεδρος του Ιρανικού Κοινοβουλίου", a body)."""
    if run and k >= 2 and tx.lex.is_cue("title_articles", tx.toks[k - 1].text, tx.lang, compounds=False) \
            and glued(tx.text, tx.toks, k, tx.lex) and title_before(tx, k - 1) \
            and any(tx.lex.place(tx.span(run[0], run[m - 1] + 1), tx.lang) for m in (1, 2, 3) if len(run) - m >= 2):
        return True
    for n in (3, 2, 1):
        if k - n >= 0 and all(glued(tx.text, tx.toks, m, tx.lex) for m in range(k - n + 1, k + 1)):
            words = [t.bare for t in tx.toks[k - n:k]]
            if tx.lex.phrase_at("titles", words, 0, tx.lang) == n:
                return True
    return False


def office_word(tx: TextFacts, k: int) -> bool:
    """The capitalised word k after a title, alone, is part of an office's or
    institution's name, no person's: the portfolio the lower-case title before
    it goes on with ("υπουργός Δικαιοσύνης", Minister of Justice), or an
    adjective in an oblique case, or one before such an adjective in lower
    case, that opens a body's name ("mluvčí Mezinárodního olympijského výboru",
    "prezident Mezinárodní cyklistické unie")."""
    toks, lex, lang = tx.toks, tx.lex, tx.lang
    for n in (1, 2, 3):
        if k - n >= 0 and all(glued(tx.text, toks, m, lex) for m in range(k - n + 1, k + 1)) \
                and lex.phrase_at("titles", [t.bare for t in toks[k - n:k + 1]], 0, lang) == n + 1:
            return True
    nxt = toks[k + 1] if k + 1 < len(toks) and glued(tx.text, toks, k + 1, lex) else None
    return oblique_adjective(tx, toks[k].bare) or (
        nxt is not None and nxt.cased and not nxt.cap and oblique_adjective(tx, nxt.bare))


def oblique_adjective(tx: TextFacts, word: str) -> bool:
    """Ends as only an adjective's oblique case does (the lexicon's
    ``oblique_adjective_endings``: Czech "Mezinárodního"), no name's nominative."""
    low = word.casefold()
    return any(low.endswith(e) and len(low) > len(e) + 2
               for e in tx.lex._raw["oblique_adjective_endings"].get(tx.lang, ()))


# an article, alone or contracted with "de", between an office's head noun and its portfolio
PORTFOLIO_ARTICLES = frozenset(("l'", "l’", "la", "le", "les", "du", "des", "del", "della", "dello", "do", "da", "dos"))


STYLES = ("sir", "lady", "dame", "lord")  # styles of address, part of some names ("Lady Gaga", "Dame Edna")


def styled_name(tx: TextFacts, run: list[int], p: int, n: int) -> bool:
    """The style of address at run[p:p + n] is part of the name: one word
    follows it in the run, and the text never writes that word but right
    after the same style and before no other name word.  "Lady Gaga" is a stage name, "Gaga" no name of its
    own; "Sir Keir" in a text that also writes "Keir Starmer" or "Keir" is
    the style before a given name, cut as any title.  A style that ends a run
    after one name word (stop words before it aside), or comes before a particle
    ("The Notre Dame of the Assumption"), is part of that name too where the text
    writes the style only after that word: a style stands before the name it
    addresses, so "Notre Dame" (in a Spanish text) is one name, not the fragment
    "Notre" and a title; "Tim Lord … Mr Lord" is a surname, "Q Sir, …" a vocative,
    read as before."""
    toks = tx.toks
    if p and n == 1 and toks[run[p]].low in STYLES and not toks[run[p - 1]].allcaps \
            and all(tx.lex.stopword(toks[k].bare, tx.lang) for k in run[:p - 1]) \
            and (p + 1 == len(run) or toks[run[p + 1]].low in tx.lex.particles):  # ("The Notre Dame de Paris")
        word, style = toks[run[p - 1]].low, toks[run[p]].low
        return all(m > 0 and toks[m - 1].low == word for m, t in enumerate(toks) if t.low == style)
    if p + n != len(run) - 1 or " ".join(toks[k].low for k in run[p:p + n]) not in STYLES:
        return False
    word, style = toks[run[-1]].bare.casefold(), [toks[k].low for k in run[p:p + n]]
    return all(m >= n and [t.low for t in toks[m - n:m]] == style
               and not (m + 1 < len(toks) and toks[m + 1].cap and glued(tx.text, toks, m + 1, tx.lex))
               for m, t in enumerate(toks) if t.bare.casefold() == word)


def particle_surname(tx: TextFacts, run: list[int], p: int, role: list[str]) -> bool:
    """The title word at run[p] is a surname's: a particle written with a capital mid-sentence
    (:meth:`TextFacts.name_article`: "Le", "De", "Van", "Da") stands between it and a name word
    of the run, so the two are one surname ("le ministre des Finances Bruno Le Maire", where
    "maire" is a mayor; "Jan De Koning").  A title after its particle reads "le maire", "de
    president", in lower case (h-names29).  Not after a place ("… en Filipinas El CEO de …", a
    headline run into its text with no stop)."""
    return p >= 2 and role[p - 2] == "name" and role[p - 1] == "name" and tx.toks[run[p - 2]].cap \
        and tx.gap(run[p - 1]) == " " and tx.gap(run[p]) == " " and tx.name_article(run[p - 1]) \
        and not tx.lex.place(tx.toks[run[p - 2]].bare, tx.lang)


def indexed_place(name: str, lang: str, cities: bool = False) -> bool:
    """The where index knows ``name`` as a country or a first-level subdivision in ``lang``
    ("Uttar Pradesh", "Abkhazie", "Baviera"): after "<title> dell'"/"de l'" it is the place
    the office is of, not its portfolio, though the lexicon's gazetteer lacks it.  ``cities``:
    or as a city that is not a smaller one's nickname (``entity_cities.nickname``: "Google")."""
    from storyline.analyse.entity_cities import nickname
    from storyline.analyse.where import city_of, country_named, subdivision_of  # (where reads the resolver)
    from storyline.analyse.where_index import BIG_POPULATION, city_facts

    if country_named(name, lang) or subdivision_of(name, lang):
        return True
    city = city_facts().get(city_of(name, lang) or "") if cities else None
    return city is not None and not nickname(name, city, BIG_POPULATION)


def office_country(lex, words: list[str], q: int, lang: str) -> list[int]:
    """The particles of ``words`` one or two words past a portfolio opening at ``q`` that a
    place or institution the gazetteer holds follows: the office's country ("ministre des
    Finances d'Allemagne", "ministro de Asuntos Exteriores de España"; h-names28), not a
    place-prefix guess ("del Póster de Santa Rosa de Lima")."""
    return [r for r in range(q + 1, min(q + 3, len(words) - 1)) if words[r].casefold() in lex.particles and any(
        lex.place(" ".join(words[r + 1:r + 1 + m]), lang) or lex.institution(" ".join(words[r + 1:r + 1 + m]), lang)
        for m in (1, 2, 3))]


def portfolio_before(tx: TextFacts, k: int) -> bool:
    """Token k follows "<title> of", "ministra de", "président de la", "ministre de l'",
    or an organisation's lower-case head noun, "de" and an article ("ministère de
    l'Intérieur", "ministère du Travail", "Ministério da Saúde"): a portfolio is a
    common noun a convention capitalises, and takes the article no person's or
    town's name takes ("université de Harvard" keeps Harvard)."""
    m = _portfolio_head(tx, k)
    if m is None:
        return False
    if title_before(tx, m + 1):
        return True
    head = tx.toks[m]
    return head.cased and not head.cap and tx.lex.is_cue("org_cues", head.text, tx.lang) \
        and glued(tx.text, tx.toks, m + 1, tx.lex) and any(t.low in PORTFOLIO_ARTICLES for t in tx.toks[m + 1:k])


def title_portfolio(tx: TextFacts, k: int) -> bool:
    """Token k follows a title and "of"/"de" (and an article): "presidente dell'", not an
    organisation's head noun ("fondazione del", whose name follows it)."""
    m = _portfolio_head(tx, k)
    return m is not None and title_before(tx, m + 1)


def _portfolio_head(tx: TextFacts, k: int) -> int | None:
    """The token before the particle and article before token k ("de", "de la", "de l'"), if any."""
    m = k - 1
    while m >= 1 and k - m <= 2 and (tx.toks[m].low in tx.lex.particles or tx.toks[m].text[-1:] in "'’") \
            and (glued(tx.text, tx.toks, m + 1, tx.lex) or not tx.gap(m + 1)):
        m -= 1
    return m if m < k - 1 and tx.toks[m + 1].low in tx.lex.particles else None


def initial_head(tx: TextFacts, run: list[int]) -> str | None:
    """The label a sentence-initial head noun gives the name after it, in a language
    that writes that noun in lower case before the name: a product noun where a
    noun's name follows it ("Лимузин Aurus Senat", as "автомобиль Aurus"), a
    place noun in the Slavic languages ("Плотина Каховской ГЭС", "Река Днепр");
    in Spanish or English the place noun is part of the name ("Río Bravo")."""
    lex, lang, first = tx.lex, tx.lang, tx.toks[run[0]].bare
    if len(run) < 2 or not tx.initial[run[0]]:
        return None
    if lang in NAME_AFTER_NOUN and lex.is_cue("product_nouns", first, lang, compounds=False):
        return "PRODUCT"
    if lang in lex.lowercase_org_langs and lex.is_cue("place_cues", first, lang, compounds=False):
        return "PLACE"
    return None


def product_follows(tx: TextFacts, k: int, kind: str = "product_nouns") -> bool:
    """A product noun (or another ``kind`` of head noun: a place noun, "the Dnipro
    river", "the Kerch bridge") right after the name, or after one modifier ("Lexus
    sports car"), in a language that puts a noun's modifiers before it; a place noun
    not after a possessive, which names the owner ("Putin's palace")."""
    if tx.lang in NAME_AFTER_NOUN or (kind == "place_cues" and tx.toks[k].bare != tx.toks[k].text):
        return False
    for n in (1, 2):
        m = k + n
        if m >= len(tx.toks) or not glued(tx.text, tx.toks, m, tx.lex) or tx.toks[m].cap:
            return False
        if tx.lex.is_cue(kind, tx.toks[m].text, tx.lang):
            return True
        if tx.lex.stopword(tx.toks[m].text, tx.lang):
            return False
    return False


def model_after_noun(tx: TextFacts, idx: list[int]) -> bool:
    """A name of two words or more right after a lower-case product noun, in a language
    where a noun's name follows it ("лимузин Aurus Senat", "la limusina Aurus Senat"): a
    model's name, as it is after the noun opening a sentence (:func:`initial_head`).  Not a
    name of one word, which may be the maker's ("автомобиль Aurus", "coches Tesla":
    ``entity_makers.model_makers`` tells the one a model's name opens), nor one holding a
    particle ("vehículo Sol de Córdoba": a newspaper's name run into the next sentence)."""
    k = idx[0] - 1
    return len(idx) > 1 and k >= 0 and tx.lang in NAME_AFTER_NOUN and tx.gap(idx[0]) == " " \
        and all(tx.toks[m].cap or tx.toks[m].num for m in idx) \
        and tx.toks[k].cased and not tx.toks[k].cap and tx.lex.is_cue("product_nouns", tx.toks[k].text, tx.lang,
                                                                       compounds=False)


def _run_start(tx: TextFacts, k: int) -> int:
    """The first token of the capitalised run that ends at token k (a
    sentence-initial function word before it, "В Новой Каховке", not counted)."""
    while k > 0 and tx.toks[k - 1].cap and glued(tx.text, tx.toks, k, tx.lex) and not tx.initial[k]:
        k -= 1
    if tx.initial[k] and tx.lex.stopword(tx.toks[k].text, tx.lang) and k + 1 < len(tx.toks) and tx.toks[k + 1].cap:
        k += 1
    return k


def list_start(tx: TextFacts, i: int, j: int) -> int | None:
    """The first token of the list of names ("A, B and C") the name over tokens
    [i, j) is a member of, or None when no conjunction joins one (a comma alone
    may end a fronted phrase: "In Paris, John Smith said")."""
    toks, lex, lang = tx.toks, tx.lex, tx.lang
    start, joined = i, False
    while start > 1:
        gap, prev = tx.gap(start).strip(), start - 1
        if gap == "," and toks[prev].cap:
            member = _run_start(tx, prev)
        elif not gap and lex.conjunction(toks[prev].text, lang) and tx.gap(prev).strip() in ("", ",") \
                and toks[prev - 1].cap:
            member, joined = _run_start(tx, prev - 1), True
        else:
            break
        if member >= start:  # a capitalised function word alone: no member
            break
        start = member
    k = j
    while not joined and k + 1 < len(toks):
        gap = tx.gap(k).strip()
        if gap == "," and toks[k].cap:  # another member: skip it
            k += 1
            while k < len(toks) and toks[k].cap and glued(tx.text, toks, k, lex):
                k += 1
            continue
        joined = gap in ("", ",") and lex.conjunction(toks[k].text, lang) and not tx.gap(k + 1).strip() \
            and toks[k + 1].cap
        break
    return start if joined or start == i else None


def place_list(tx: TextFacts, i: int, j: int) -> bool:
    """The name over tokens [i, j) is a member of a list of places: the list
    follows a place preposition ("В Новой Каховке, Голой Пристани и Алешках":
    every member, not only the first), words that name a constituency (the
    lexicon's ``seat_preps``: "won from both Rae Bareli and Wayanad", "elected
    from Amethi"), a place noun and a dash or colon, or a place noun and a word that gives
    examples ("villages such as Amizmiz and Moulay Brahim", "localidades como
    Moulay Brahim, Amizmiz o Talat N'Yaaqoub")."""
    start = list_start(tx, i, j)
    words = lower_before(tx, i if start is None else start, 4)
    if tx.toks[j - 1].bare == tx.toks[j - 1].text and any(  # (not "won from Sonia Gandhi's old seat")
            len(words) >= n and tx.lex.phrase_at("seat_preps", words[n - 1::-1], 0, tx.lang) == n for n in (2, 3)):
        return True  # "won from both Rae Bareli and Wayanad": constituencies, every member and the first
    if start is None:
        return False
    if start < i and words and tx.lex.place_prep(words[0], tx.lang):
        return True
    prev = tx.toks[start - 1] if start else None
    if prev is not None and tx.gap(start).strip() in ("—", "–", ":") and not prev.cap \
            and tx.lex.is_cue("place_cues", prev.text, tx.lang):
        return True  # "трех черноморских портов — Одессы, Черноморска и Южного", "three cities: A, B and C"
    noun = example_noun(tx, start)
    return noun is not None and not tx.toks[noun].cap and tx.lex.is_cue("place_cues", tx.toks[noun].text, tx.lang)


def example_noun(tx: TextFacts, start: int) -> int | None:
    """The token of the noun whose examples a list starting at token ``start`` gives, or
    None where no example word (the lexicon's ``example_words``: "such as", "wie",
    "como", "including") stands before it.  The noun is the first word before the
    example word, across a comma, that is neither a function word nor a direction:
    "villages such as Amizmiz", "towns in the east, including Bayda, Susa and
    Al-Marj" (the phrase after the noun only says where they are; after a comma, not
    a noun after "of", whose head the examples are of).  A capitalised
    word other than a sentence's first or a German noun ends the search (a name)."""
    toks, lex, lang = tx.toks, tx.lex, tx.lang
    for n in (1, 2):
        k = start - n  # the example word(s)
        if k < 1 or lex.phrase_at("example_words", [toks[m].text for m in range(k, start)], 0, lang,
                                  compounds=False) != n:
            continue
        if any(toks[m].cap and not tx.initial[m] for m in range(k, start)) \
                or any(tx.gap(m).strip(" \u00a0\"'«»“”„") for m in range(k + 1, start + 1)):
            return None
        comma = tx.gap(k).strip() == ","
        for m in range(k - 1, max(k - 6, -1), -1):
            t, gap = toks[m], tx.gap(m + 1).strip()
            if gap and not (gap == "," and m == k - 1 and comma) or not t.cased:
                return None
            if t.cap and not tx.initial[m] and lang not in lex.noun_marker_langs:
                return None
            if not (lex.stopword(t.text, lang) or t.low in lex.directions):
                return None if comma and _complement(tx, m) else m
        return None
    return None


def _complement(tx: TextFacts, m: int) -> bool:
    """Token m is a noun after "of"/"de" (an article between at most): the complement of a
    noun before it, which a list after a comma gives examples of ("Leaders of the airlines,
    including Carsten Spohr": leaders, not airlines)."""
    k = m - 1
    if k >= 0 and tx.lex.article(tx.toks[k].text, tx.lang):
        k -= 1
    return k >= 0 and tx.toks[k].low in tx.lex.particles
