"""Stop words written as a person's surname: "Theresa May", "Brian May".

A capitalised stop word was dropped from any run of capitals (a sentence's
first "The", a title-case "And"), so "British Prime Minister Theresa May met
…" named only "Theresa", and "May said …" after it nothing: "may" is an
English stop word (the modal) and May a month.  Mid-sentence the modal is
written in lower case, so a capitalised "May" there, right after a given
name or a title, is a name's word; and once the text has named "Theresa May",
"May" alone opening a sentence is her short form, found again as the other
short forms are (:class:`~storyline.analyse.entity_known.KnownNames`), where
its name-window search skipped every stop word (:func:`stop_name_starts`).
Which words: a stop word that is also a month's name the dates stage reads
only in context (:data:`~storyline.analyse.dates_lexicon_context.NEEDS_CONTEXT`:
English "may"), capitalised mid-sentence as a month or a name's word is.  Not
every capitalised stop word after a name: title-case labels and page furniture
write "Stage One", "Lesen Sie", "Impact The", "Call Read", "Number One" so (a
first version read them as names' words in 25 spans of the dev texts).  A
one-letter stop word ("Ван И") is :func:`~storyline.analyse.entity_parts.name_letter`'s.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from storyline.analyse.entity_text import TextFacts

__all__ = ["month_stop_word", "stop_surname", "stop_name_starts"]


def month_stop_word(word: str, lang: str) -> bool:
    """``word`` is a stop word of ``lang`` (or English) and a month's name that
    needs context to be one, in ``lang`` or English ("May")."""
    from storyline.analyse.dates_lexicon import get_lexicon, norm
    from storyline.analyse.entity_patterns import lexicon

    key = norm(word)
    return any(key in get_lexicon(lg).needs_context for lg in {lang, "en"}) and lexicon().stopword(word, lang)


def _stop_name_word(tx: "TextFacts", k: int) -> bool:
    """Token k is such a word capitalised, not a date (no number after it: "in
    Berlin May 5")."""
    t, toks = tx.toks[k], tx.toks
    return t.cap and not t.allcaps and month_stop_word(t.bare, tx.lang) and not (k + 1 < len(toks) and toks[k + 1].num)


def stop_surname(tx: "TextFacts", run: list[int], p: int, role: list[str]) -> bool:
    """Word p of a run of capitals, a stop word, ends the run mid-sentence right
    after a name's word or a title: it is the surname ("Theresa May met",
    "Prime Minister May said").  Not after a place's or an organisation's name
    or an acronym ("in Berlin May …"), nor in a headline, where every word is
    capitalised."""
    k = run[p]
    if not (p and p == len(run) - 1 and role[p - 1] in ("name", "title") and not tx.initial[k]
            and not tx.headline[k] and _stop_name_word(tx, k)):
        return False
    before = tx.toks[run[p - 1]].bare
    return not (before.isupper() or tx.lex.place(before, tx.lang) or tx.lex.institution(before, tx.lang))


def stop_name_starts(tx: "TextFacts") -> frozenset[int]:
    """The stop words that open a sentence as a person's short form may: "May
    said the talks …" in a text that writes "May" capitalised mid-sentence
    (:attr:`TextFacts.midcap_vocab`: "Theresa May met …"), before a lower-case
    word that is no stop word (the modal opens a question or a wish, "May I …",
    "May the …", "May we …").  Only a name known or found elsewhere in the text
    is looked for in these windows."""
    toks, out = tx.toks, set()
    for k, t in enumerate(toks[:-1]):
        nxt = toks[k + 1]
        if tx.initial[k] and not tx.headline[k] and t.low in tx.midcap_vocab and _stop_name_word(tx, k) \
                and tx.gap(k + 1) == " " and nxt.cased and not nxt.cap and not tx.lex.stopword(nxt.bare, tx.lang):
            out.add(k)
    return frozenset(out)
