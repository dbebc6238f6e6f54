"""A quoted appellation after its class noun: «Бхаратия джаната парти», «Алиса».

Russian and Ukrainian (and often German, French, Spanish) write the name of an
organisation, a product, a ship or a work in quotation marks right after the
common noun of its class: "партия «Бхаратия джаната парти»", "компания
«Яндекс»", "ракеты «Ангара»", "голосового помощника «Алиса»".  Only the first
word of such a name is capitalised, so the run of capitals read one word of it
("Бхаратия"); and the name is no person's even where it is a given name
("Алиса", a voice assistant), since a person is named without quotes.

The quotes and the noun say both where the name ends and what it is: the
quoted words up to the closing mark (five at most, no punctuation inside), an
organisation after an ``org_cues`` noun, a product after a ``product_nouns``
one (of one word or two: "голосовой помощник").  A quotation after any other
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


def quoted_names(tx: TextFacts) -> list[Cand]:
    """The quoted appellations of the text, each a candidate over its words, labelled
    by the class noun before it (a priority over the run of capitals that reads the same
    words, so the whole and its label win)."""
    toks, out = tx.toks, []
    for k in range(1, len(toks)):
        gap = tx.gap(k)
        if not (toks[k].cased and toks[k].cap) or not any(q in gap for q in OPENING) or gap.strip(" \u00a0" + OPENING):
            continue
        label = _class_label(tx, k - 1)
        if label is None:
            continue
        m = k  # the quote's last word
        while m + 1 < len(toks) and m + 1 - k < MOST_WORDS and toks[m + 1].cased and tx.gap(m + 1) == " ":
            m += 1
        end = tx.gap(m + 1) if m + 1 < len(toks) else tx.text[toks[m].start + len(toks[m].text):][:2]
        words = [toks[p].text for p in range(k, m + 1)]
        if any(q in end for q in CLOSING) and toks[m].bare == toks[m].text \
                and not (m > k and any(tx.lex.stopword(w, tx.lang) for w in words)):
            out.append(Cand(k, m + 1, label, 1.5))  # (not a quoted clause: "told the agency "We are ready"")
    return out
