"""Near-duplicates (MinHash) and online event clustering (faiss + scorer)."""
from __future__ import annotations

import copy
import datetime as dt

import numpy as np

from storyline.group.duplicates import DuplicateFinder, from_bytes, signature, to_bytes
from storyline.group.events import EventClusterer
from storyline.group.scoring import EmbeddingScorer

WIRE = ("Russia said on Monday it would stop taking part in the Black Sea grain deal, a "
        "year-old arrangement that allowed Ukraine to ship grain from its ports through a "
        "protected corridor. The Kremlin said its conditions had not been met. Wheat prices "
        "rose by more than eight percent in Chicago after the announcement, traders said.")


def test_syndicated_copy_is_found_and_independent_report_is_not():
    finder = DuplicateFinder()
    finder.add("wire", signature(WIRE))
    copy = "UPDATED: " + WIRE.replace("traders said.", "traders said. Subscribe to our newsletter.")
    other = ("Moscow ended the grain corridor agreement. Kyiv says it will keep exporting "
             "grain and asked Turkey and the UN to help; markets reacted with higher prices.")
    found = finder.find(signature(copy))
    assert found is not None and found[0] == "wire" and found[1] >= 0.5
    assert finder.find(signature(other)) is None


def test_signature_round_trips_through_bytes():
    sig = signature(WIRE)
    assert from_bytes(to_bytes(sig)).jaccard(sig) == 1.0


def _vec(seed: int, base: np.ndarray | None = None, noise: float = 0.0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    v = rng.normal(size=384).astype(np.float32) if base is None else base + noise * rng.normal(size=384).astype(np.float32)
    return v / np.linalg.norm(v)


def _run(vectors, dates, threshold=0.5):
    scorer = EmbeddingScorer(prior_weight=1e9, priors=False)
    scorer.background = np.zeros(384, np.float32)  # synthetic vectors: no offset to remove
    cl = EventClusterer(scorer, threshold=threshold, window_days=10)
    labels, next_id = [], 0
    for i, (v, d) in enumerate(zip(vectors, dates)):
        iv, view = scorer.index_vector(v), (v, "en")
        ev, _ = cl.assign(view, iv, d)
        if ev is None:
            ev, next_id = next_id, next_id + 1
        cl.add(f"a{i}", ev, view, iv, v, d)
        scorer.observe(v, view)
        labels.append(ev)
    return labels


def test_clusters_follow_similarity_and_are_deterministic():
    a, b = _vec(1), _vec(2)
    vecs = [_vec(10 + i, a, 0.03) for i in range(5)] + [_vec(20 + i, b, 0.03) for i in range(5)]
    order = [0, 5, 1, 6, 2, 7, 3, 8, 4, 9]
    vecs = [vecs[i] for i in order]
    dates = [dt.date(2024, 6, 20)] * 10
    labels = _run(vecs, dates)
    assert labels == [0, 1, 0, 1, 0, 1, 0, 1, 0, 1]
    assert _run(vecs, dates) == labels


def test_time_window_splits_same_topic_far_apart():
    a = _vec(1)
    vecs = [_vec(10 + i, a, 0.03) for i in range(4)]
    dates = [dt.date(2023, 9, 13), dt.date(2023, 9, 14), dt.date(2024, 6, 19), dt.date(2024, 6, 20)]
    assert _run(vecs, dates) == [0, 0, 1, 1]
    # unknown dates do not block grouping
    assert _run(vecs, [None] * 4) == [0, 0, 0, 0]


def test_language_centring_lifts_cross_lingual_pairs():
    """A translation pair scores higher once each language's offset is removed."""
    from storyline.embed import shared_embedder
    from storyline.records import Article

    texts = {"en": "The European Central Bank raised its deposit rate to a record 4 percent.",
             "de": "Die Europäische Zentralbank hob den Einlagensatz auf ein Rekordhoch von 4 Prozent.",
             "de2": "Der FC Bayern gewann am Samstag das Spitzenspiel gegen Dortmund mit 3:1."}
    vecs = dict(zip(texts, shared_embedder().embed(list(texts.values()))))
    art = {k: Article(id=k, origin=k, title="", text=t, raw_text=t, lang=k[:2])
           for k, t in texts.items()}
    scorer = EmbeddingScorer()
    views = {k: scorer.view(art[k], vecs[k]) for k in texts}
    same, other = scorer.score_many(views["en"], [views["de"], views["de2"]])
    raw_same = float(vecs["en"] @ vecs["de"])
    assert same > other + 0.2
    assert same - other > raw_same - float(vecs["en"] @ vecs["de2"])


def test_hybrid_scorer_uses_cosine_between_dated_reports_and_the_learned_model_otherwise(tmp_path):
    """Dated pairs: the centred-cosine margin; a pair with an undated report:
    the learned same-story margin plus a share of the lead cosine's margin
    (same story is not same happening: leads that disagree pull it down).
    Learned views are built only when an undated report meets them, from the
    store once the article is gone."""
    from storyline.embed import shared_embedder
    from storyline.group.scoring import HybridScorer
    from storyline.pipeline import embedding_text
    from storyline.records import Article

    def art(i, title, text, published):
        return Article(id=i, origin=i, title=title, text=text, raw_text=text, lang="en", published=published)

    quake = "A magnitude 6.8 earthquake struck the High Atlas near Marrakesh, killing more than 2,000 people."
    a = art("a", "Earthquake kills 2,000 in Morocco", quake, dt.date(2023, 9, 9))
    b = art("b", "Morocco quake toll passes 2,000", "The death toll of the earthquake near Marrakesh "
            "passed 2,000 as rescuers dug through rubble in mountain villages.", dt.date(2023, 9, 10))
    c = art("c", "Villages near Marrakesh in ruins", "Rescuers searched the rubble of villages in the "
            "High Atlas after the earthquake that killed more than 2,000 people.", None)
    emb = shared_embedder()
    vec = {x.id: emb.embed_one(embedding_text(x), "passage") for x in (a, b, c)}
    scorer = HybridScorer()
    fetched = []
    scorer.bind(lambda i: fetched.append(i) or {"a": a}.get(i))
    va = scorer.view(copy.copy(a), vec["a"])  # as when rebuilt from storage: the object is gone
    vb = scorer.view(b, vec["b"])
    assert va.learned is None and vb.learned is None  # dated: no learned view yet
    dated = scorer.score_many(vb, [va])[0]
    cos = scorer.cosine.score_many(vb.cos, [va.cos])[0] - scorer.cosine.threshold
    assert abs(dated - cos) < 1e-6 and va.learned is None
    vc = scorer.view(c, vec["c"])
    assert vc.learned is None  # built on first use, not when indexes are (re)built
    undated = scorer.score_many(vc, [va, vb])
    assert vc.learned is not None
    learned = scorer.learned.score_many(vc.learned, [va.learned, vb.learned]) - scorer.learned.threshold
    lead = scorer.cosine.score_many(vc.cos, [va.cos, vb.cos]) - scorer.cosine.threshold
    assert fetched == ["a"]  # a's object is gone: fetched from the store; b's is still in memory
    assert scorer.lead_weight > 0 and np.abs(lead).min() > 0.01  # the lead share moves the score
    assert np.allclose(undated, learned + scorer.lead_weight * lead) and (undated > 0).all()


def test_a_second_look_moves_an_undated_report_to_the_event_a_later_report_formed():
    """Placement is online: the first undated report of a happening may join a
    related event (nothing better exists yet); once a later report forms its own
    event, a second look moves it there, with its copy, and the left event's
    dates and members are recomputed."""
    from storyline.group.grouper import Grouper
    from storyline.records import Article

    basis, _ = np.linalg.qr(np.random.default_rng(0).normal(size=(384, 3)))
    e1, e2, e3 = (basis[:, i].astype(np.float32) for i in range(3))
    vec = {"y0": e1, "y1": e1,
           "x0": 0.52 * e1 + 0.854 * e2, "x0-copy": 0.52 * e1 + 0.854 * e2,
           "x1": 0.05 * e1 + 0.7307 * e2 + 0.6806 * e3}  # cos(x1, x0) = 0.65, cos(x1, y) = 0.05
    vec = {k: v / np.linalg.norm(v) for k, v in vec.items()}  # e5 vectors are unit vectors
    words = {"y0": "council budget vote passes after debate", "y1": "mayor signs city budget into law",
             "x0": "teachers strike closes schools across the region for a week",
             "x1": "union leaders meet ministry over pay dispute"}
    scorer = EmbeddingScorer(prior_weight=1e9, priors=False)
    scorer.background = np.zeros(384, np.float32)
    grouper = Grouper(scorer, threshold=0.5)
    june = dt.date(2024, 6, 20)
    arts, next_id = {}, 0
    for aid in ("y0", "y1", "x0", "x0-copy", "x1"):
        text = words[aid.split("-")[0]] + " " + "and more words of the same report " * 3
        a = Article(id=aid, origin=aid, title="", text=text, raw_text=text, lang="en",
                    published=june if aid.startswith("y") else None)
        p = grouper.place(a, vec[aid])
        a.duplicate_of = p.duplicate_of
        if p.event_id is None:
            p.event_id, next_id = next_id, next_id + 1
        a.event_id = p.event_id
        grouper.commit(a, vec[aid], p)
        arts[aid] = a
    event = grouper.clusterer.event_of
    assert arts["x0-copy"].duplicate_of == "x0"
    assert event["x0"] == event["y0"] == event["x0-copy"] != event["x1"]  # online placement
    assert grouper.reconsider(arts["y0"]) is None
    assert grouper.reconsider(arts["x0-copy"]) is None  # a copy goes with its original only
    target = grouper.reconsider(arts["x0"])
    assert target == event["x1"]
    left, moved = grouper.move("x0", target)
    assert moved == ["x0", "x0-copy"] and event["x0"] == event["x0-copy"] == event["x1"]
    y = grouper.clusterer.events[left]
    assert y.members == ["y0", "y1"] and y.first == y.last == june
    assert np.allclose(y.centroid, e1, atol=1e-5)
    assert grouper.reconsider(arts["x0"]) is None  # settled: a second look does not flip back


def _stray_state(langs: dict[str, str], shared_languages: bool = True) -> EventClusterer:
    """Yesterday's event A (ha, ea, fa) and today's B (eb, fb); the stray s,
    published today, was put in A: it is very close to A's report in its own
    language and only as close to A's other reports as to B's."""
    basis, _ = np.linalg.qr(np.random.default_rng(1).normal(size=(384, 6)))
    e = [basis[:, i].astype(np.float32) for i in range(6)]
    vec = {"s": e[0], "ha": 0.95 * e[0] + np.sqrt(1 - 0.95 ** 2) * e[1],
           "ea": 0.6 * e[0] + 0.8 * e[2], "fa": 0.6 * e[0] + 0.8 * e[3],
           "eb": 0.6 * e[0] + 0.8 * e[4], "fb": 0.6 * e[0] + 0.8 * e[5]}
    scorer = EmbeddingScorer(prior_weight=1e9, priors=False)
    scorer.background = np.zeros(384, np.float32)  # synthetic vectors: raw cosines
    cl = EventClusterer(scorer, threshold=0.5, **({} if shared_languages else {"shared_languages": False}))
    yesterday, today = dt.date(2010, 1, 12), dt.date(2010, 1, 13)
    for aid, event, day in (("ha", 0, yesterday), ("ea", 0, yesterday), ("fa", 0, yesterday),
                            ("eb", 1, today), ("fb", 1, today), ("s", 0, today)):
        v = vec[aid] / np.linalg.norm(vec[aid])
        cl.add(aid, event, (v, langs[aid]), scorer.index_vector(v), v, day)
    return cl


def test_a_second_look_weighs_two_events_on_the_languages_both_hold():
    """A Hebrew report of the day after a quake sat in the quake's event, held
    there by the quake's Hebrew report (one language shares wording whatever it
    tells), while the reports of its own day, in other languages, formed their
    own event.  On the languages both events hold (en, fr) today's event wins
    (0.6 against yesterday's 0.6 less a day's penalty), so it moves there, and
    once there the same rule keeps it; in one language nothing changes."""
    day = dt.date(2010, 1, 13)
    multilingual = {"s": "he", "ha": "he", "ea": "en", "fa": "fr", "eb": "en", "fb": "fr"}
    cl = _stray_state(multilingual)
    assert cl.scores(cl.views["s"], cl._index_vector("s"), day, frozenset({"s"}))[0] > 0.6  # stay wins overall
    assert cl.reconsider("s", day) == 1
    cl.move("s", 1)
    assert cl.reconsider("s", day) is None  # settled: no swing back
    assert _stray_state(multilingual, shared_languages=False).reconsider("s", day) is None
    assert _stray_state(dict.fromkeys(multilingual, "en")).reconsider("s", day) is None
