"""German nouns and names side by side: what the capitals of a noun-capitalising language do not say.

German capitalises every noun, so a capital there is no evidence of a name.
What is: the words around it.  An article, a possessive, a number or an
inflected adjective before a capitalised word ("Der Einlagensatz", "mit
seinem gepanzerten Sonderzug", "großes Interesse") makes it a common noun,
and so does a genitive attribute after it ("seit Beginn des Krieges"); an
adjective ending before another capitalised word is the first word of a
name ("die Europäische Zentralbank", "das Schwarze Meer").  Verb-final
clauses also set two names side by side ("dass Pjöngjang Russland …
beliefern könnte").  Used by :mod:`storyline.analyse.entities`; the word
lists are data (``noun_markers``, ``adjective_stems``, ``genitive_articles``
in ``entity_lexicon.json``).
"""
from __future__ import annotations

from storyline.analyse.entity_wordlist import common_words
from storyline.analyse.entity_spans import HYPHENS, Cand, glued
from storyline.analyse.entity_tokens import Token
from storyline.analyse.entity_text import TextFacts


def place_edge(tx: TextFacts, run: list[int], p: int) -> bool:
    """Hyphen between two places ("North Korea-Russia border") separates them."""
    words = [tx.toks[k].bare for k in run]
    left = any(tx.lex.place(" ".join(words[max(0, p - m):p]), tx.lang) for m in (1, 2, 3))
    right = any(tx.lex.place(" ".join(words[p:p + m]), tx.lang) for m in (1, 2, 3))
    return left and right


def acronym_modifier(tx: TextFacts, k: int) -> bool:
    """Token k is an acronym of two to six capitals hyphened onto a common noun of a
    noun-capitalising language ("aus SPD-Kreisen", party circles; "EU-Kreisen"): the
    compound is that noun, which a preposition before it governs, and the acronym only
    modifies it.  So the acronym is a name of its own, which the preposition says nothing
    of (not a PLACE "SPD-Kreisen" because of "aus"); a place it is only if the gazetteer or
    the where index knows it ("US-Städten").  A common noun: its lower case is a word of the
    language's frequency list, and no place of the gazetteer."""
    toks, lex = tx.toks, tx.lex
    if tx.lang not in lex.noun_marker_langs or k + 1 >= len(toks) or tx.gap(k + 1) not in HYPHENS:
        return False
    word, noun = toks[k].bare, toks[k + 1]
    return toks[k].allcaps and 2 <= len(word) <= 6 and word.isalpha() and noun.cap and not noun.allcaps \
        and noun.bare.isalpha() and noun.bare.lower() in common_words(tx.lang, 10 ** 7) \
        and not lex.place(noun.bare, tx.lang)


def places_meet(tx: TextFacts, words: list[str], p: int) -> bool:
    """A gazetteer place ends right before word p and another starts at it
    (the run as a whole is no place: that was checked first).  German
    verb-final clauses put subject and object side by side ("ob Russland
    Nordkorea beim Bau … helfen werde"), and so does Russian's free word
    order ("поможет ли Россия КНДР").  (Once split, the Russian place made a
    trip someone was invited to make, "пригласил Путина посетить КНДР", a
    destination that vetoed a report of the same event in the demo, B-cubed
    0.9694 -> 0.9571, until ``happening`` skipped invited trips.)"""
    place = tx.lex.place
    left = any(place(" ".join(words[max(0, p - m):p]), tx.lang) for m in (1, 2, 3) if m <= p)
    return left and any(place(" ".join(words[p:p + m]), tx.lang) for m in (1, 2, 3) if p + m <= len(words))


_UMLAUTS = str.maketrans("äöü", "aou")


def plural_noun(tx: TextFacts, k: int) -> bool:
    """In a language that capitalises its nouns (German), token k is the plural of a noun of the
    language's list: itself listed, and a listed word of four letters or more once a plural ending
    is taken off ("Zahlen" of "Zahl", "Truppen", "Staaten"; with its umlaut undone, "Kämpfe" of
    "Kampf", "Städte").  A plural stands with no article ("am Montag Zahlen vorgelegt", "in Bayern
    Schäden angerichtet"), so no article tells it; the words' counts cannot either, since the
    German list counts most nouns and names alike at its floor (h-names31).  Names so made are
    places (the callers ask the where index: ``entity_segments.common_plural``) or the partial of a
    full name the text gives ("Woody Allen … Allen", found again by its key)."""
    t = tx.toks[k]
    if tx.lang not in tx.lex.noun_marker_langs or not t.cap or t.allcaps or not t.bare.isalpha():
        return False
    low, every = t.bare.lower(), common_words(tx.lang, 10 ** 7)
    if low not in every:
        return False
    umlaut = any(c in low for c in "äöü")
    for end in ("en", "n", "e"):
        if not low.endswith(end) or (end == "e" and not umlaut):
            continue
        base = low[:-len(end)]
        if base + "em" in every:
            return False  # an adjective ("grünem"), no noun takes -em: "Grünen-Chef", the party
        if any(len(b) >= 4 and b in every for b in {base, base.translate(_UMLAUTS)}):
            return True
    return False


def after_noun(tx: TextFacts, noun: str, cands: list[Cand]) -> list[Cand]:
    """A name right after a place head noun is a place ("der Stadt Cherson",
    "der Hafenstadt Darna"), as "the city of Derna" is."""
    if cands and (cands[0].label == "MISC" or cands[0].guess) and tx.lex.is_cue("place_cues", noun, tx.lang):
        cands[0].label, cands[0].guess = "PLACE", False
    return cands


def noun_words(tx: TextFacts) -> set[str]:
    """Capitalised words that some occurrence in the text shows to be common nouns
    (languages that capitalise nouns: "nach eigenen Angaben", "die Angaben")."""
    if tx.lang not in tx.lex.noun_marker_langs:
        return set()
    return {t.bare.casefold() for k, t in enumerate(tx.toks) if t.cased and t.cap and not t.allcaps
            and not adjective_of_name(tx, k) and not before_legal_form(tx, k)
            and (tx.lex.common_noun_context(lower_before(tx, k, 3), t.bare, tx.lang) or genitive_head(tx, k))}


def adjective_noun(tx: TextFacts, k: int) -> bool:
    """In German, token k is an adjective written as a noun ("Jugendliche", "Verletzte",
    "Angestellten"): its base less an adjective's ending is listed with the strong dative -em,
    which no noun takes ("jugendlichem").  After a common noun it counts that noun's members
    ("eine Gruppe Jugendliche"), no name; "Linke", the party, is the gazetteer's (h-names32)."""
    t = tx.toks[k]
    if tx.lang not in tx.lex.noun_marker_langs or not t.cap or t.allcaps or not t.bare.isalpha():
        return False
    low, every = t.bare.lower(), common_words(tx.lang, 10 ** 7)
    return any(low.endswith(end) and len(low) > len(end) + 3 and low[:-len(end)] + "em" in every
               for end in ("en", "er", "es", "e"))


def bare_noun(tx: TextFacts, k: int) -> bool:
    """In German, token k is a common noun right after a place preposition with no article
    (the lexicon's German ``place_preps``: "in Kürze", "in Höhe von", "in Bezug auf", "nach Hause",
    "in Brand gesetzt", "in Insolvenz"): a word of the language's list (lower case) that
    :func:`declined` (its plural or dative listed too, as a noun's is and a region's or island's
    name seldom: "Mallorca", "Sibirien", "Rügen"), and no place anywhere the gazetteer or the where
    index knows (:func:`~storyline.analyse.where.held`, every table: "in Landshut", "aus Kiel", "in
    Barcelona", names several towns share or whose biggest place is a town), nor a compound ending
    in a country or continent the gazetteer holds ("Norddeutschland", "Osteuropa").  The list holds
    names as well as nouns (at its floor count, "Landshut" as "Insolvenz"), so the list alone tells
    no noun; a set phrase ("in Kauf nehmen") is the commonest use, no list of such phrases the test
    (h-names36)."""
    toks, lex, lang = tx.toks, tx.lex, tx.lang
    t = toks[k]
    if lang not in lex.noun_marker_langs or not t.cap or t.allcaps or not t.bare.isalpha() \
            or t.bare.lower() not in common_words(lang, 10 ** 7):
        return False
    before = lower_before(tx, k, 1)
    if not before or not lex.place_prep(before[0], lang):
        return False
    from storyline.analyse.where import held  # (where reads the resolver)

    word = t.bare
    return declined(word.lower(), lang) and not (lex.place(word, lang) or held(word) or any(
        lex.place(word[p:].capitalize(), lang) for p in range(3, len(word) - 3)))


_UMLAUT_OF = {"a": "ä", "o": "ö", "u": "ü"}


def declined(low: str, lang: str) -> bool:
    """The list holds a plural or dative form of German ``low`` (-e, -en, -n; the last a, o, u
    umlauted: "insolvenzen", "fragen", "brände", "bezüge"): a common noun, which a place's name
    seldom is ("Mallorca", "Sibirien", "Schwarzwald" have none; h-names36).  Not -er after an
    umlaut, a place's people too ("Elsässer"), nor the genitive -s, -es every name takes."""
    every = common_words(lang, 10 ** 7)
    stem = low[:-1] if low.endswith("e") else low
    forms = {stem + "e", stem + "en", low + "n"}
    last = max((i for i, c in enumerate(stem) if c in _UMLAUT_OF), default=-1)
    if last >= 0:
        umlauted = stem[:last] + _UMLAUT_OF[stem[last]] + stem[last + 1:]
        forms |= {umlauted + "e", umlauted + "en"}
    return any(f in every for f in forms - {low})


def before_legal_form(tx: TextFacts, k: int) -> bool:
    """A capitalised word right before a company's legal form is the company's name, whatever
    article comes before it ("Die Siemens AG meldete …": no noun "Siemens", h-names32)."""
    nxt = next_glued(tx, k)
    return nxt is not None and tx.gap(k + 1) == " " and tx.lex.legal_form_after(nxt.text)


def next_glued(tx: TextFacts, k: int) -> Token | None:
    nxt = k + 1
    return tx.toks[nxt] if nxt < len(tx.toks) and glued(tx.text, tx.toks, nxt, tx.lex) else None


def adjective_of_name(tx: TextFacts, k: int) -> bool:
    """A capitalised word with an adjective ending right before another
    capitalised word: the first word of a name ("die Europäische Zentralbank",
    "das Schwarze Meer"), not a noun."""
    nxt = next_glued(tx, k)
    prev = tx.toks[k - 1] if k > 0 else None  # "1,5 Millionen Tonnen": a noun of quantity
    after_number = prev is not None and (prev.num or tx.lex.quantity_noun(prev.text, tx.lang))
    return nxt is not None and nxt.cap and tx.gap(k + 1) not in HYPHENS and not after_number \
        and tx.toks[k].low.endswith(("e", "en", "es", "em")) \
        and not weak_noun(tx.toks[k].bare.lower(), tx.lang)  # not -er: "Schiedsrichter François Letexier"


def weak_noun(low: str, lang: str) -> bool:
    """``low``, ending as a declined adjective does, is a noun of the language's list: no reading of
    it as a base and an ending has a strong form (-em, -er, -es) listed, which every adjective has
    ("europäischem", "neuer", not "konkurrentem": "den Konkurrenten Qux", "die Studenten", h-names31)."""
    every = common_words(lang, 10 ** 7)
    bases = [low[:-len(e)] for e in ("em", "es", "en", "e", "n") if low.endswith(e)]
    return low in every and bool(bases) and not any(b + x in every for b in bases for x in ("em", "er", "es"))


def genitive_head(tx: TextFacts, k: int) -> bool:
    """A capitalised word before a genitive article and a capitalised word heads
    a noun phrase ("seit Beginn des Krieges", "Angaben des Kremls"): a name is
    not modified so."""
    nxt = next_glued(tx, k)
    return nxt is not None and not nxt.cap and tx.lex.genitive_article(nxt.text, tx.lang) \
        and next_glued(tx, k + 1) is not None and tx.toks[k + 2].cap


def lower_before(tx: TextFacts, k: int, n: int = 2) -> list[str]:
    """Up to ``n`` lowercase words or numbers right before token k (nearest first), across spaces and quotes.

    A function word capitalised only because it starts the sentence counts as
    lowercase ("Der Einlagensatz", "Im Gegenzug", "Vier Minuten"), and so does a
    quantity noun that counts the noun after it ("33 Millionen Tonnen",
    "befürchten Helfer Tausende Tote")."""
    out, m = [], k + 1
    while len(out) < n:
        m -= 1
        if m >= 2 and out and not tx.gap(m) and tx.toks[m - 1].text[-1:] in "'’":
            m -= 1  # "d'aide": an elided article and its word are one word
        prev = m - 1
        if m < 1 or not (tx.toks[prev].cased or tx.toks[prev].num):
            break
        word = tx.toks[prev].text
        if tx.toks[prev].cap and not (tx.initial[prev] and tx.lex.stopword(word, tx.lang)) \
                and not tx.lex.quantity_noun(word, tx.lang):
            break
        if tx.gap(m).strip(" \u00a0\"'«»“”„") or "\n" in tx.gap(m):
            break
        out.append(tx.toks[prev].text)
    return out
