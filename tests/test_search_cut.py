"""The relevance cut of meaning hits (:func:`storyline.search_meaning.relevance_cut`) on
the demo corpus (real SQLite file, real model): an on-topic query no longer
lists reports of unrelated events below its own, and keeps its event's
reports in other languages.  The cut's setting comes from cross-validation
over four query sets (:mod:`storyline.bench.search_cut`), not from these
queries."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from storyline import demo
from storyline.search_meaning import relevance_cut

QUERIES = Path(__file__).parent / "data" / "demo_search_queries.jsonl"
RELEVANT_LOSS_MAX = 0.02  # share of the relevant reports listed without the cut (R@10 may drop 0.01 per set)


def _event(app, article_id: str) -> str:
    return demo.labels()[app.article(article_id).external_id]["event"]


def _listed(res) -> list[str]:
    return [aid for h in res.hits for aid in (h.article_id, *(c.article_id for c in h.copies))][:10]


def _uncut(app):
    return dataclasses.replace(app.embedder.profile, search_cut=None)


def test_an_on_topic_query_lists_its_event_first_in_other_languages_too(demo_app):
    """"Olympics" listed the Chandrayaan landing, the Euro final and the grain
    deal between the opening ceremony's reports; now the ceremony comes first,
    in French, Spanish and German too.  (Not alone: since reports are centred
    on their language the cut is 0.10 of a wider scale, and the landing's Hindi
    report, a language with no shipped mean, sits within it, so this query
    lists what it lists uncut; the test below counts over all typed queries;
    docs/benchmarks.md "Search: reports centred on their language".)"""
    app, _ = demo_app
    ceremony = "paris-opening-ceremony-2024-07"
    for mode in ("hybrid", "semantic"):
        listed = _listed(app.search("Olympics", limit=10, mode=mode))
        events = [_event(app, a) for a in listed]
        n = events.count(ceremony)
        assert n >= 5 and events[:n] == [ceremony] * n, (mode, events)
        assert {app.article(a).lang for a in listed[:n]} >= {"fr", "es", "de"}, mode


def test_the_cut_drops_unrelated_reports_and_almost_no_relevant_one(demo_app, monkeypatch):
    """Over the 24 typed queries of the search bench: the cut lists fewer
    reports of other events, and loses almost no relevant report of the first
    10.  "Almost": the cut's setting was chosen to cost R@10 at most 0.01 per
    query set, not nothing, and which report sits just below the bar depends on
    the encoder's rounding: with ``onnx-int8`` it lost none, with the fp32
    graph (the default on CPUs without VNNI) two Luna-25 reports of
    "चंद्रयान", whose story is the moon race but whose event is not the
    landing the query names."""
    app, _ = demo_app
    typed = [json.loads(x) for x in QUERIES.read_text(encoding="utf-8").splitlines() if x.strip()]

    def tally() -> tuple[dict[str, set[str]], int]:
        relevant, unrelated = {}, 0
        for q in typed:
            listed = _listed(app.search(q["query"], limit=10, mode="semantic"))
            relevant[q["query"]] = {a for a in listed if _event(app, a) in q["relevant"]}
            unrelated += sum(_event(app, a) not in q["relevant"] for a in listed)
        return relevant, unrelated

    cut_relevant, cut_unrelated = tally()
    monkeypatch.setattr(app.embedder, "profile", _uncut(app))
    relevant, unrelated = tally()
    lost = {q["query"]: relevant[q["query"]] - cut_relevant[q["query"]] for q in typed}
    n_lost = sum(map(len, lost.values()))
    n_relevant = sum(map(len, relevant.values()))
    assert n_lost <= RELEVANT_LOSS_MAX * n_relevant, (n_lost, n_relevant, {k: v for k, v in lost.items() if v})
    assert sum(len(v) > 0 for v in lost.values()) <= 1, lost  # no query loses what several would
    assert cut_unrelated < unrelated, (cut_unrelated, unrelated)


def test_an_event_is_kept_whole_below_the_cut(demo_app):
    """A hit far below the bar stays when a kept hit shares its event (the same
    happening written in another language sits lower) and goes when it does
    not; the bar hangs from the second best hit, so one report that repeats
    the query (a pasted headline) does not raise it."""
    app, _ = demo_app
    by_event: dict[str, list[str]] = {}
    for a in app.store.articles():
        by_event.setdefault(_event(app, a.id), []).append(a.id)
    football = by_event["euro2024-final-2024-07"]
    grouped: dict[int, list[str]] = {}
    for a in by_event["morocco-quake-2023-09"]:
        grouped.setdefault(app.article(a).event_id, []).append(a)
    quake = max(grouped.values(), key=len)  # reports the demo groups in one event
    assert len(quake) >= 3
    near = [(quake[0], 0.95), (quake[1], 0.86), (football[0], 0.80), (quake[2], 0.70)]
    assert [a for a, _ in relevance_cut(app.store, near, 0.05)] == [quake[0], quake[1], quake[2]]
    assert relevance_cut(app.store, near, None) == near
    assert relevance_cut(app.store, near[:1], 0.05) == near[:1]


def test_an_event_that_grazes_the_bar_keeps_only_its_reports_over_it(demo_app):
    """An event is kept whole only when its hits reach the bar on average: one
    report just over it no longer brings along the event's reports far below
    ("election results Modi" kept the Moon landing's Hindi reports for its
    English one, and ``--lang hi`` listed them), unless it is of the story of
    an event that does (``Луна-25`` keeps the Moon landing: the previous test)."""
    app, _ = demo_app
    events: dict[int, list[str]] = {}
    for a in app.store.articles():
        if a.event_id is not None:
            events.setdefault(a.event_id, []).append(a.id)
    story = app.store.story_map()
    big = sorted((e for e, ids in events.items() if len(ids) >= 3), key=lambda e: -len(events[e]))
    other = next(e for e in big[1:] if story.get(e) != story.get(big[0]))  # another story's event
    asked, grazing = events[big[0]], events[other]
    near = [(asked[0], 0.95), (asked[1], 0.86), (grazing[0], 0.82), (asked[2], 0.75),
            (grazing[1], 0.60), (grazing[2], 0.55)]
    assert [a for a, _ in relevance_cut(app.store, near, 0.05)] == [asked[0], asked[1], grazing[0], asked[2]]
    filtered = [(a, s) for a, s in near if a in grazing[1:]]
    assert relevance_cut(app.store, filtered, 0.05, near) == []  # nor shows them in a filtered view
    # the best hit's event stays whole, however its other reports average
    # (a bar two reports of one language set high: its other languages sit lower)
    best_first = [(grazing[0], 0.95), (asked[0], 0.90), (asked[1], 0.85), (grazing[1], 0.60), (grazing[2], 0.55)]
    assert relevance_cut(app.store, best_first, 0.05) == best_first
    hindi = app.search("election results Modi", app.search_filters(lang=["hi"]), limit=10)
    assert {_event(app, h.article_id) for h in hindi.hits} == {_event(app, hindi.hits[0].article_id)}


def test_the_study_chooses_the_most_precise_value_that_keeps_recall():
    """`storyline.bench.search_cut`: per held-out set, the value with the best
    mean P@10 on the other sets among those losing at most 0.01 R@10 there;
    no cut when none does."""
    from storyline.bench.search_cut import cross_validate

    def fig(p, r):
        return {m: {"p": p, "r": r, "mrr": 1.0, "shown": 5.0} for m in ("hybrid", "semantic")}

    sets = {name: {"none": {None: fig(0.5, 0.90)},
                   "rule": {0.02: fig(0.9, 0.80), 0.05: fig(0.8, 0.895), 0.08: fig(0.6, 0.90)}}
            for name in ("a", "b", "c")}
    folds = cross_validate(sets, "rule")
    assert [f["value"] for f in folds] == [0.05, 0.05, 0.05]
    assert folds[0]["cut"]["hybrid"]["p"] == 0.8 and folds[0]["none"]["hybrid"]["p"] == 0.5
    for d in sets.values():
        d["rule"] = {0.02: fig(0.9, 0.80)}
    assert [f["value"] for f in cross_validate(sets, "rule")] == [None, None, None]
    assert cross_validate(sets, "rule", weighted=True)[0]["value"] == 0.02


def test_a_language_filter_shows_the_unfiltered_results_in_that_language(demo_app):
    """A filter is a view of the results: over the typed queries of the search
    bench and every stored language, the meaning hits with ``lang=L`` are the
    unfiltered hits in L.  Hung from the filtered hits, the bar fell to the
    second report in L ("earthquake Morocco" in German listed the Kakhovka
    dam), and an event kept for another language's report lost its reports in
    L ("Луна-25" in English)."""
    app, _ = demo_app
    typed = [json.loads(x) for x in QUERIES.read_text(encoding="utf-8").splitlines() if x.strip()]
    langs = sorted({a.lang for a in app.store.articles()})
    assert len(langs) >= 5
    for q in typed + [{"query": "earthquake Morocco"}]:
        every = app.search(q["query"], limit=200, mode="semantic")
        for lang in langs:
            seen = app.search(q["query"], app.search_filters(lang=[lang]), limit=200, mode="semantic")
            assert set(_listed_all(seen)) == {a for a in _listed_all(every) if app.article(a).lang == lang}, \
                (q["query"], lang)


def _listed_all(res) -> list[str]:
    return [aid for h in res.hits for aid in (h.article_id, *(c.article_id for c in h.copies))]
