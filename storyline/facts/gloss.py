"""Which reader-language sentence glosses a sentence in another language.

A gloss is a sentence the reader can read that states what the original
states: an aligned sentence of the same fact, or, where the fact has none in
the reader's language, one borrowed from another fact of the story whose
vector is close (:class:`GlossPool`).  A fact aligns sentences close in
meaning, not translations, and lends a sentence to every fact it may state,
so a fact's reader-language sentence is not a gloss of every other sentence
of it: the Kakhovka fact on Kyiv's accusation held the German "Moscow
rejected the accusations" with the English "Ukraine accused Russian troops"
(the opposite claim).  Each sentence is therefore glossed on its own
(:meth:`GlossPool.pick`): by the fact's sentence in the reader's language
with the best alignment score to it, when that clears :data:`GLOSS_CUT`; the
sentence borrowed from another fact only where the fact has none and only
when it :func:`fits` the sentence.  No gloss rather than a wrong one.
"""
from __future__ import annotations

import math

import numpy as np
import regex

from storyline.analyse.time_words import months_named
from storyline.facts.agreement import LEND_NAME_MIN, key_agreement, key_idf, same_figure
from storyline.facts.align import ALIGN_CUT
from storyline.facts.figures import numbers_in
from storyline.facts.model import Fact, Support
from storyline.facts.speakers import name_runs, speaking
from storyline.similarity.anchors import sentence_openers
from storyline.similarity.keys import ascii_key, name_keys, sound_key, sound_keys

# chosen by 5-fold CV over the events of the fact sample (docs/benchmarks.md, Facts)
GLOSS_CUT = 0.35  # least alignment score (:attr:`~storyline.facts.model.Fact.near`) of a sentence and its gloss
# least cosine of two facts' vectors for one to gloss the other: CV chose 0.50, within the spread of
# 0.40 and at the cost of right glosses (docs/benchmarks.md), so it stays at the alignment cut
BORROW_CUT = ALIGN_CUT


# a fact further down than the closest glosses only on a name agreement this many times
# :data:`~storyline.facts.agreement.LEND_NAME_MIN` (or a month or figure): 1.5-3 score alike (docs/benchmarks.md)
PAST_CLOSEST = 2.0


def text_keys(text: str, lang: str = "") -> set[str]:
    """Name keys of a cited sentence (what :func:`~storyline.facts.agreement.claim_keys`
    reads from text alone: stored supports keep no entity keys), without the
    frequent words of its language ``lang`` where they open a sentence
    (:func:`~storyline.similarity.anchors.sentence_openers`): "The" or "Its"
    is capitalised there, not a name, and as a key it met every "the" of the
    other sentence (:func:`agrees` counts a lower-case word the gloss
    capitalises)."""
    found = name_keys(text, openers=sentence_openers(lang) if lang else ())
    return set(found) | set(sound_keys(found))


_WORD = regex.compile(r"[\p{L}\p{M}]+")
DISTINCT_SOUND = 4  # consonant classes a lower-case word's sound key needs to meet a name


def word_keys(text: str) -> set[str]:
    """Keys of every word, capitalised or not: exact transliterations, and sound
    keys long enough (:data:`DISTINCT_SOUND` classes) to be distinctive."""
    out = set()
    for w in _WORD.findall(text):
        k = ascii_key(w)
        if len(k) >= 3:
            out.add(k)
            sk = sound_key(k)
            if len(sk) >= DISTINCT_SOUND:
                out.add("~" + sk)
    return out


def speaker_keys(text: str, lang: str = "") -> set[str]:
    """Keys of the names the sentence gives as speaking ("Kremlin spokesman
    Dmitry Peskov said", "Как сообщил Песков", "По словам Пескова"), read
    as the name agreement reads them (:func:`storyline.facts.speakers.speaking`)
    over the capitalised runs of the text (:func:`~storyline.facts.speakers.name_runs`:
    a stored sentence keeps no mentions): who says something, not what is
    said.  Two sentences of different facts that share only their speaker
    state different things: the demo's Russian "Peskov said the talks were on
    trade" and "Peskov said the leaders exchanged gifts" were each glossed
    "Peskov said no agreements were planned to be signed"."""
    runs = name_runs(text)
    cased = [(s, e) for s, e in runs if text[s:e].lower() != text[s:e].upper()]  # a caseless word may be no name
    return set().union(*(text_keys(text[s:e], lang) for (s, e), speaks in zip(runs, speaking(text, runs, cased))
                         if speaks))


def agrees(sentences: list[Support], g: Support, g_keys: set[str], idf: dict[str, float], unseen: float,
           names: bool = True, name_min: float = LEND_NAME_MIN) -> bool:
    """``g`` agrees with ``sentences`` (a fact's, or one of them) on a
    distinctive name (IDF-weighted over the pool, at least
    :data:`~storyline.facts.agreement.LEND_NAME_MIN`; a word the sentences' language
    does not capitalise counts where ``g`` capitalises it), a month or a figure;
    on a month or a figure only without ``names``.  A name that is a speaker
    on either side (:func:`speaker_keys`) agrees on nothing."""
    keys = set().union(*(text_keys(s.text, s.lang) | (word_keys(s.text) & g_keys) for s in sentences))
    said_by = speaker_keys(g.text, g.lang).union(*(speaker_keys(s.text, s.lang) for s in sentences))
    keys, g_keys = keys - said_by, g_keys - said_by
    if names and key_agreement(keys, g_keys, idf, unseen) >= name_min:
        return True
    if set().union(*(months_named(s.text, s.lang) for s in sentences)) & months_named(g.text, g.lang):
        return True
    return same_figure([x for s in sentences for x in numbers_in(s.text)], numbers_in(g.text))


def fits(s: Support, g: Support, idf: dict[str, float], unseen: float, names: bool = True) -> bool:
    """``g``, a sentence of another fact, may gloss ``s``: it shares the
    figures of ``s`` when ``s`` states some, and :func:`agrees` with it.  The
    pool finds a gloss for a whole fact; this is the same test for each of its
    sentences, without which the French "growth 0.9% in 2024" was glossed with
    the ECB's inflation forecast and the Russian "Peskov called it sabotage"
    with "Ukraine accused Russian troops"."""
    return states_figures_of(s, g) and agrees([s], g, text_keys(g.text, g.lang), idf, unseen, names)


def other_figures(s: Support, g: Support) -> bool:
    """Both state figures of one kind (percentages, counts, money, …) and
    share none: ``g`` tells another thing (the demo's French "growth 0.9% in
    2024" aligned with the ECB's inflation forecast, 2.5% and 1.9%).  A
    sentence of the same fact that states no figure of that kind may still
    gloss one that does ("85 bateaux, sur six kilomètres" by "sailed six
    kilometres (3.7 miles)": it writes the figure out or leaves it out)."""
    xs, ys = numbers_in(s.text), numbers_in(g.text)
    kinds = {x.kind for x in xs} & {y.kind for y in ys}
    return bool(kinds) and not same_figure([x for x in xs if x.kind in kinds], [y for y in ys if y.kind in kinds])


def states_figures_of(s: Support, g: Support) -> bool:
    """``g`` shares a figure of ``s``, or ``s`` states none: what a sentence
    borrowed from another fact must do (:func:`fits`), stricter than
    :func:`other_figures`, which holds for the fact's own sentences."""
    xs = numbers_in(s.text)
    return not xs or same_figure(xs, numbers_in(g.text))


class GlossPool:
    """Reader-language sentences of a story's facts, found by fact vector.

    A gloss must also agree with the fact on a distinctive name (IDF-weighted
    over the pool, at least :data:`~storyline.facts.agreement.LEND_NAME_MIN`) or
    a figure or a month, as a sentence lent to a lone one must: closeness of meaning
    alone glossed the Russian sentence on Kim's dogs with the English lead on
    the Aurus car.  A word the fact's language does not capitalise counts as
    a name where the gloss capitalises it (Russian "собак породы пхунсан",
    English "Pungsan dogs"; German nouns, Russian adjectives of places).

    ``events`` (parallel to ``facts``) says which event each fact is of: a
    sentence of another event of the story glosses only where it agrees on a
    month or a figure, not on names alone.  Every event of a story names the
    same protagonists, and a Hindi reader of the Pyongyang treaty (June 2024)
    was shown, as its gloss, "Kim arrived in Russia by armoured train, where
    on Wednesday he met Putin" (September 2023)."""

    def __init__(self, facts: list[Fact], lang: str, cut: float = BORROW_CUT, gloss_cut: float = GLOSS_CUT,
                 events: list | None = None):
        self.cut, self.gloss_cut = cut, gloss_cut
        of = dict(zip(map(id, facts), events)) if events is not None else {}
        picked = [(f, next(s for s in f.supports if s.lang == lang))
                  for f in facts if f.vector is not None and any(s.lang == lang for s in f.supports)]
        self.items = [(f.vector, s) for f, s in picked]
        # id of a fact or of a pool sentence -> its event (what :meth:`same_event` compares)
        self.event_of = {**of, **{id(s): of.get(id(f)) for f, s in picked}}
        self.keys = [text_keys(s.text, s.lang) for _, s in self.items]
        self.idf = key_idf(self.keys)
        self.unseen = math.log(1 + len(self.keys))

    def find(self, fact: Fact) -> list[Support]:
        """The sentence of another fact that may gloss ``fact`` (a list of at
        most one): of the facts whose vector is within :data:`BORROW_CUT` of
        this one's, the closest that agrees with it (:func:`agrees`); past the
        closest, a name agreement counts only at :data:`PAST_CLOSEST` times
        the usual bar.  Several names every sentence of an event repeats
        (Putin, Kim, Pyongyang) glossed the Pyongyang treaty with a Hindi
        sentence on Putin's arrival, the third closest fact; one distinctive
        name ("пхунсан" / "Pungsan", 0.24) still finds the dogs their gloss
        past the Aurus lead.  A sentence of the fact it does not :func:`fits`
        gets no gloss, not the next candidate down, where a shared name alone
        found the demo's Russian "Peskov called it sabotage" an English
        "Peskov said" on another event of the story."""
        if fact.vector is None or not self.items:
            return []
        scores = [float(np.dot(fact.vector, v)) / (np.linalg.norm(fact.vector) * np.linalg.norm(v) or 1)
                  for v, _ in self.items]
        order = sorted(range(len(scores)), key=lambda k: (-scores[k], k))
        for n, i in enumerate(order):
            if scores[i] < self.cut:
                break
            g = self.items[i][1]
            if agrees(fact.supports, g, self.keys[i], self.idf, self.unseen, self.same_event(fact, g),
                      LEND_NAME_MIN * (PAST_CLOSEST if n else 1)):
                return [g]
        return []

    def same_event(self, fact: Fact, g: Support) -> bool:
        """``g`` is a sentence of ``fact``'s own event (or events are not known)."""
        return self.event_of.get(id(fact)) == self.event_of.get(id(g))

    def pick(self, fact: Fact, s: Support, candidates: list[Support]) -> Support | None:
        """The gloss of ``s``, a sentence of ``fact``, among ``candidates`` (best
        first): the fact's own sentence with the best alignment score to ``s``
        (:attr:`~storyline.facts.model.Fact.near`) when it clears :data:`GLOSS_CUT`
        (the score of the two sentences, not of the fact: a lent sentence may
        state another thing); without one, the sentence borrowed from another
        fact (:meth:`find`) when it :func:`fits` ``s``; the first candidate
        where the fact keeps no scores (one report, or stored before them).
        Never one that states other figures than ``s`` (:func:`other_figures`)."""
        at = {(x.article_id, x.start): k for k, x in enumerate(fact.supports)}
        i = at.get((s.article_id, s.start))
        own = [(at[(g.article_id, g.start)], g) for g in candidates if (g.article_id, g.start) in at]
        if not own:
            return next((g for g in candidates
                         if fits(s, g, self.idf, self.unseen, self.same_event(fact, g))), None)
        # not even the fact's own sentence glosses one with other figures
        if fact.near is None or i is None:
            return next((g for g in candidates if not other_figures(s, g)), None)
        own = [(j, g) for j, g in own if not other_figures(s, g)]
        if not own:
            return None
        j, g = max(own, key=lambda jg: (fact.near[i][jg[0]], -jg[0]))
        return g if fact.near[i][j] >= self.gloss_cut else None
