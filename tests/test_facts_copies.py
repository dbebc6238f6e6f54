"""A near-copy's sentence is lent only where its original's sentence is.

Why: a syndicated reprint is its own article but not its own report, and
lending chose per article: the demo's Coastal Times reprint of "Kremlin
spokesman Dmitry Peskov said no agreements were planned to be signed" sat in
the English fact with its Asia Wire original and, alone, in the Russian fact
"Peskov told some details of the talks" (the first of the two near-identical
sentences won the tie).  What a copy says its original says: the original's
sentence is lent in the copy's place.
"""
from __future__ import annotations

import numpy as np

from storyline.facts.lending import extend
from storyline.facts.copies import copy_twins
from storyline.facts.model import ClaimSentence

PESKOV = "Kremlin spokesman Dmitry Peskov said no agreements were planned to be signed."


def _claim(article: str, text: str, report: str, duplicate_of: str | None = None, lang: str = "en") -> ClaimSentence:
    return ClaimSentence(article_id=article, idx=0, start=0, end=len(text), text=text, lang=lang,
                         source=report, report=report, duplicate_of=duplicate_of)


def _event():
    """0: the copy's twin, 1: the copy's own added sentence, 2: the original's
    sentence, 3: a sentence of another report that the twins fit alike."""
    claims = [_claim("copy", PESKOV, "wire", duplicate_of="orig"),
              _claim("copy", "The Coastal Times adds a line of its own about the harbour.", "wire",
                     duplicate_of="orig"),
              _claim("orig", PESKOV, "wire"),
              _claim("ru", "Пресс-секретарь Дмитрий Песков рассказал подробности переговоров.", "vestnik",
                     lang="ru")]
    scores = np.full((4, 4), -np.inf, np.float32)
    scores[0, 2] = scores[2, 0] = 1.3  # the twins
    scores[0, 3] = scores[3, 0] = scores[2, 3] = scores[3, 2] = 0.44  # the lone sentence fits both alike
    return claims, scores


def test_copy_twins_are_the_copys_repeated_sentences_only():
    claims, _ = _event()
    assert copy_twins(claims) == {0: 2}  # the copy's own line has no twin


def test_a_lone_sentence_is_lent_the_original_not_its_copy():
    claims, scores = _event()
    aligned = [[0, 2], [1], [3]]
    groups = extend(claims, scores, aligned, cut=0.4, name_min=0)
    assert groups[0] == [0, 2]  # the copy stays beside its original
    assert groups[2] == [2, 3], groups  # main lent the copy (index 0 first in a tie)


def test_a_copy_is_lent_with_its_original():
    # a group holding the original gets the copy's twin lent too: it is where the original is
    claims, scores = _event()
    scores[2, 3] = scores[3, 2] = 0.9
    claims.append(_claim("de", "Kreml-Sprecher Peskow sagte, Abkommen seien nicht geplant.", "welt", lang="de"))
    scores = np.pad(scores, ((0, 1), (0, 1)), constant_values=-np.inf)
    scores[4, 0] = scores[0, 4] = scores[4, 2] = scores[2, 4] = 0.6
    groups = extend(claims, scores, [[2, 3], [1], [0, 4]], cut=0.4, name_min=0)
    assert 0 in groups[0] and 2 in groups[2]


def test_demo_copies_support_only_facts_their_original_supports(demo_app):
    """Every fact of the demo that a copy supports with a sentence its original
    repeats word for word is supported by that original too."""
    app, _ = demo_app
    articles = {a.id: a for a in app.store.articles()}
    alone = []
    for event in app.store.events():
        view = app.event_summary(event.id, "en")
        for f in view["facts"]:
            ids = {s["article_id"] for s in f["supports"]}
            for s in f["supports"]:
                original = articles[s["article_id"]].duplicate_of
                if original and s["text"] in articles[original].text and original not in ids:
                    alone.append((event.id, s["text"][:60], f["text"][:60]))
    assert not alone, alone
