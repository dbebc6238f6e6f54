"""Two sentences whose figures measure different things are no one fact on meaning alone.

Why: across languages a lone sentence is lent its closest partner on meaning
alone (``LEND_ACROSS_MIN``), and two leftover sentences may found a fact on
it; in the demo's ECB 2024 event the German "Seit der letzten Zinserhöhung …
sei die Teuerung um mehr als 2,5 Prozentpunkte gesunken" (a fall in points)
was lent the French forecast "l'inflation atteindrait 2,5 % en moyenne cette
année" (a rate) at 0.53.  A translation keeps what its figures measure; a
pair of one kind with other values may be a conflict, and must still link.
"""
from __future__ import annotations

import numpy as np

from storyline.facts.agreement import measures_apart
from storyline.facts.align import align
from storyline.facts.lending import LEND_ACROSS_MIN, extend
from storyline.facts.figures import numbers_in
from storyline.facts.model import ClaimSentence


def _claim(article: str, text: str, lang: str) -> ClaimSentence:
    return ClaimSentence(article_id=article, idx=0, start=0, end=len(text), text=text, lang=lang,
                         source=article, report=article, numbers=numbers_in(text, lang=lang))


POINTS = ("d", "Seit der letzten Zinserhöhung sei die Teuerung um mehr als 2,5 Prozentpunkte gesunken.", "de")
RATE = ("f", "Selon la BCE, l'inflation atteindrait 2,5 % en moyenne cette année.", "fr")


def test_what_the_figures_measure_parts_a_pair():
    points, rate = _claim(*POINTS), _claim(*RATE)
    other_rate = _claim("e", "Inflation is now expected to average 2.2% next year.", "en")
    plain = _claim("r", "Инфляция, по словам Лагард, составит 2,5 в этом году.", "ru")  # unit unsaid
    none = _claim("s", "La inflación sigue bajando, según Lagarde.", "es")
    assert measures_apart(points, rate) and measures_apart(rate, points)
    assert not measures_apart(rate, other_rate)  # one kind, two values: maybe a conflict, not apart
    assert not measures_apart(points, plain) and not measures_apart(points, none)


def _pair(score: float) -> np.ndarray:
    scores = np.full((2, 2), -np.inf, np.float32)
    scores[0, 1] = scores[1, 0] = score
    return scores


def test_a_lone_sentence_is_not_lent_a_partner_that_measures_something_else():
    high = LEND_ACROSS_MIN + 0.05
    points, rate = _claim(*POINTS), _claim(*RATE)
    lent = extend([points, rate], _pair(high), [[0], [1]], cut=0.4, name_min=0.10)
    assert lent == [[0], [1]]
    unsaid = _claim("f", "Selon la BCE, l'inflation reculerait encore cette année.", "fr")  # no figure
    assert extend([points, unsaid], _pair(high), [[0], [1]], cut=0.4, name_min=0.10) == [[0, 1], [0, 1]]


def test_two_sentences_that_measure_different_things_found_no_fact_on_meaning_alone():
    points, rate = _claim(*POINTS), _claim(*RATE)
    scores, names = _pair(0.55), np.zeros((2, 2), np.float32)
    meanings = np.where(np.isfinite(scores), scores, 1.0).astype(np.float32)
    assert align([points, rate], scores, 0.4, names=names, meanings=meanings) == [[0], [1]]
    other = _claim("e", "Inflation is now expected to average 2.2% next year.", "en")
    assert align([other, rate], scores, 0.4, names=names, meanings=meanings) == [[0, 1]]
