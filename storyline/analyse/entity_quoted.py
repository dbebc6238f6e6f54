"""A quoted appellation after its class noun: «Бхаратия джаната парти», «Алиса».

Russian and Ukrainian (and often German, French, Spanish) write the name of an
organisation, a product, a ship or a work in quotation marks right after the
common noun of its class: "партия «Бхаратия джаната парти»", "компания
«Яндекс»", "ракеты «Ангара»", "голосового помощника «Алиса»".  Only the first
word of such a name is capitalised, so the run of capitals read one word of it
("Бхаратия"); and the name is no person's even where it is a given name
("Алиса", a voice assistant), since a person is named without quotes.

The quotes and the noun say both where the name ends and what it is: the
quoted words up to the closing mark (five at most, no punctuation inside but a
lower-case qualifier in brackets, «Джаната дал (объединенная)»), an
organisation after an ``org_cues`` noun, a product after a ``product_nouns``
one (of one word or two: "голосовой помощник"), a dash allowed between the
noun and the quotes; a quotation after a comma or a conjunction that goes on
such a list in one sentence takes its class ("партии — «Телугу десам» из штата
Андхра-Прадеш (16 мест) и «Джаната дал (объединенная)»").  A quotation after any other
word, one that opens a sentence of reported speech («Мы готовы …», —
заявил), or quoted words of which one is a function word (a clause: "told the
agency "We are ready""; a work's title, «Война и мир») is no name here.
"""
from __future__ import annotations

from storyline.analyse.entity_spans import Cand
from storyline.analyse.entity_text import TextFacts

OPENING = "«„“\""
CLOSING = "»“”\""
MOST_WORDS = 5


def _class_label(tx: TextFacts, k: int) -> str | None:
    """ORG or PRODUCT where the noun (or two-word noun phrase) ending at token k is of
    that class, written in lower case (a German noun capitalised as every noun is)."""
    toks, lex, lang = tx.toks, tx.lex, tx.lang
    t = toks[k]
    if not t.cased or t.bare != t.text or (t.cap and not tx.initial[k] and lang not in lex.noun_marker_langs):
        return None
    for kind, label in (("org_cues", "ORG"), ("product_nouns", "PRODUCT")):
        if lex.is_cue(kind, t.text, lang, compounds=lang in lex.noun_marker_langs):
            return label
        if k and tx.gap(k) == " " and lex.phrase_at(kind, [toks[k - 1].text, t.text], 0, lang, compounds=False) == 2:
            return label  # "голосового помощника «Алиса»"
    return None


LIST_DASHES = "—–-"  # between a class noun and its quoted list: "партии — «Телугу десам» … и «Джаната дал»"
LIST_JOINS = frozenset({"и", "and", "or", "или", "та", "і", "й", "et", "y", "und", "e", "ou", "o", "oder"})


def _opening(tx: TextFacts, k: int) -> bool:
    """Token k opens a quotation: a capitalised word after an opening mark, nothing else between."""
    gap = tx.gap(k)
    return tx.toks[k].cased and tx.toks[k].cap and any(q in gap for q in OPENING) \
        and not gap.strip(" \u00a0" + OPENING + LIST_DASHES)


def _quote_end(tx: TextFacts, k: int) -> int | None:
    """The index past the last word of the quotation opened at token k: cased words one
    space apart, and a lower-case qualifier bracketed inside the quotes before the closing
    mark ("Джаната дал (объединенная)"); None where no closing mark ends it there."""
    toks = tx.toks
    m = k  # the quote's last word
    while m + 1 < len(toks) and m + 1 - k < MOST_WORDS and toks[m + 1].cased and tx.gap(m + 1) == " ":
        m += 1
    end = tx.gap(m + 1) if m + 1 < len(toks) else tx.text[toks[m].start + len(toks[m].text):][:2]
    if m + 1 < len(toks) and end.strip(" ") == "(" and toks[m + 1].cased and not toks[m + 1].cap:
        after = tx.text[toks[m + 1].end:toks[m + 1].end + 2]  # ")»": the bracket closes inside the quotes
        if after[:1] == ")" and after[1:2] in CLOSING:
            return m + 2
    if any(q in end for q in CLOSING) and toks[m].bare == toks[m].text:
        return m + 1
    return None


def _listed_after(tx: TextFacts, k: int, last: tuple[int, str] | None) -> str | None:
    """The label of the quoted list a quotation at token k goes on: an earlier quotation
    of a class (``last``: its end and label) in the same sentence, and this one after a
    comma or a conjunction ("«Телугу десам» из штата Андхра-Прадеш (16 мест) и «…»")."""
    if last is None or last[0] > k or any(tx.initial[p] and not _opening(tx, p) for p in range(last[0], k + 1)):
        return None  # (another sentence)
    before = tx.text[:tx.toks[k].start].rstrip(" \u00a0" + OPENING)
    tail = before.rsplit(None, 1)[-1:]
    return last[1] if before.endswith(",") or (tail and tail[0] in LIST_JOINS) else None


def quoted_names(tx: TextFacts) -> list[Cand]:
    """The quoted appellations of the text, each a candidate over its words, labelled
    by the class noun before it, or by the class of the quoted list it goes on
    (:func:`_listed_after`), a dash allowed between the noun and the list (a priority
    over the run of capitals that reads the same words, so the whole and its label win)."""
    toks, out = tx.toks, []
    last: tuple[int, str] | None = None
    for k in range(1, len(toks)):
        if not _opening(tx, k):
            continue
        label = _class_label(tx, k - 1) or _listed_after(tx, k, last)
        if label is None:
            continue
        end = _quote_end(tx, k)
        words = [toks[p].text for p in range(k, end or k)]
        if end is not None and not (len(words) > 1 and any(tx.lex.stopword(w, tx.lang) for w in words)):
            out.append(Cand(k, end, label, 1.5))  # (not a quoted clause: "told the agency "We are ready"")
            last = (end, label)
    return out
