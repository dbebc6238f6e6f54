"""A company told by the verb of taking another over (issue 10/12's names: h-names28).

Most companies are named bare ("Zorblax"), a word no lexicon holds, so what is said of a
name has to tell it: shares and a chief executive (``entity_orgs.business_labels``), "its"
(``entity_orgs.its_subject``), recalled products (``entity_makers.recalls_products``), and
here the buying of a business.  A verb of taking over (the lexicon's ``acquisition_verbs``:
"acquired", "übernimmt", "rachète", "adquirió") right after a MISC name, then in its clause,
past function words and numbers only, what a company buys: a name, an organisation's noun
(``org_cues``) or a noun of a business or a stake (the entry's ``objects``: "the startup",
"den Konkurrenten", "une participation").  People buy too, but they "buy" ("bought",
"kauft"), which is left out; the verbs kept are said of firms.  A person's name is never
relabelled: only a name with no label (MISC) is, so "Elon Musk acquired Twitter" keeps its
PERSON, and a lone "Musk" is PERSON already where the text gives the full name
(``entity_parts.harmonise_labels`` runs first).  An article before the name is allowed: in
Portuguese and Italian a company takes one ("A Zorblax adquiriu", "La Zorblax acquisisce", h-names29),
and in German ("Die Zorblax übernimmt"), where the name is first kept from the common nouns
(:func:`buyer_noun`, h-names30).
"""
from __future__ import annotations

from storyline.analyse.entity_makers import verb_reaches
from storyline.analyse.entity_spans import Cand
from storyline.analyse.entity_text import TextFacts


def acquires(tx: TextFacts, c, chosen: list) -> bool:
    """The bare name ``c`` is the subject of a verb of taking over a business, whose object
    follows in its clause ("Zorblax acquired the startup", "Zorblax übernimmt den
    Konkurrenten Qux", "Zorblax a racheté la start-up")."""
    lex, toks, lang = tx.lex, tx.toks, tx.lang
    n = max((len(words) for words in lex.acquisition_verbs.get(lang, ())
             if tuple(t.low for t in toks[c.j:c.j + len(words)]) == words
             and all(tx.gap(m) == " " for m in range(c.j, c.j + len(words)))), default=0)
    if not n:
        return False
    named = {d.i for d in chosen if (d.label in ("ORG", "MISC") or d.guess) and d is not c}  # ("Qux Labs")
    objects = lex.acquired_nouns.get(lang, set())

    def bought(m: int, products: set) -> bool:
        word = toks[m].low  # a hyphened noun is one: "la start-up"
        if m + 1 < len(toks) and tx.gap(m + 1) == "-":
            word = f"{word}-{toks[m + 1].low}"
        return m in named or (not toks[m].cap or lang in lex.noun_marker_langs) and (
            word in objects or lex.is_cue("org_cues", toks[m].bare, lang))

    # an article before the name is the company's where companies take one ("A Zorblax adquiriu a
    # startup", "La Zorblax acquisisce", German "Die Zorblax übernimmt": :func:`buyer_noun`); no
    # person's name is MISC here
    return verb_reaches(tx, c, chosen, bought, span=n, article=True)


def acquired(tx: TextFacts, c) -> bool:
    """The bare name ``c`` is what a verb of taking over buys, named after the noun of its class:
    the verb, up to three lower-case words (an article, a possessive), then one of the entry's
    ``objects`` right before the name ("übernimmt den Konkurrenten Qux", "acquired rival Qux",
    "a racheté son concurrent Qux": h-names31); a person after such a noun elsewhere ("schlug den
    Konkurrenten Federer") is read by no verb of taking over and keeps no label."""
    lex, toks, lang = tx.lex, tx.toks, tx.lang
    k = c.i - 1
    if k < 1 or tx.gap(c.i) != " " or toks[k].low not in lex.acquired_nouns.get(lang, set()):
        return False
    verbs = lex.acquisition_verbs.get(lang, ())
    for end in range(k, max(0, k - 4), -1):  # the verb ends right before token ``end``
        if end < k and (toks[end].cap or not toks[end].cased or tx.gap(end + 1) != " "):
            break  # only lower-case words between the verb and the noun, one space apart
        if any(end >= len(words) and tuple(t.low for t in toks[end - len(words):end]) == words
               and tx.gap(end) == " " for words in verbs):
            return True
    return False


def buyer_words(tx: TextFacts) -> set[str]:
    """The capitalised words (case-folded) of the text that :func:`buyer_noun` reads as a
    company's name somewhere: kept from the common nouns of a language that capitalises them."""
    if tx.lang not in tx.lex.noun_marker_langs or not tx.lex.acquisition_verbs.get(tx.lang):
        return set()
    return {t.bare.casefold() for k, t in enumerate(tx.toks) if k and t.cap and not t.allcaps
            and tx.toks[k - 1].low in tx.lex.noun_markers(tx.lang) and buyer_noun(tx, k)}


def buyer_noun(tx: TextFacts, k: int) -> bool:
    """In a language that capitalises its nouns (German), token k, a word after an article that
    is no word of the language's list at any rank, is the subject of a verb of taking over a
    business (:func:`acquires`): a company's name ("Die Zorblax übernimmt den Konkurrenten"),
    not the common noun an article before a capital otherwise says it is
    (``entity_nouns.noun_words``, h-names30).  A listed noun ("Die Regierung übernimmt …") stays one."""
    from storyline.analyse.entity_common import unknown_word

    return tx.lang in tx.lex.noun_marker_langs and unknown_word(tx.toks[k].bare, tx.lang) \
        and acquires(tx, Cand(k, k + 1, "MISC", 1), [])
