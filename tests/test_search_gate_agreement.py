"""`storyline.bench.search_gate`: how a query's best hits agree (the second
term tried for the off-topic gate, h-search17) and a rule family whose weight
is chosen with the cut on each fold's held-in data, never on the held-out one."""
import numpy as np

from storyline.bench.search_gate import agreement, cross_validate


def test_agreement_reads_the_best_three_hits_vectors_and_events():
    V = np.array([[1.0, 0.0], [0.0, 1.0], [0.6, 0.8], [0.8, 0.6]])
    s = np.array([0.9, 0.1, 0.7, 0.8])  # best three: rows 0, 3, 2
    got = agreement(s, V, [7, 7, None, 7])
    assert abs(got["coherence"] - (0.8 + 0.6 + 0.96) / 3) < 1e-9
    assert got["share"] == 2 / 3  # rows 0 and 3 in event 7; row 2 in none counts alone
    assert agreement(s, V, [None, None, None, None])["share"] == 1 / 3


def test_a_family_member_is_chosen_on_held_in_data():
    """Member 1 separates real from off-topic queries by their agreement on
    both corpora, member 0 (the best cosine alone) on neither: every fold
    must pick member 1 from its held-in data and reject the held-out file."""
    rng = np.random.default_rng(1)

    def corpus() -> dict:
        def q(coh: float) -> tuple:
            return rng.normal(0.8, 0.01, 20), 0.75, {"coherence": coh, "share": 1.0}
        return {"real": [q(0.9) for _ in range(10)], "tune": [q(0.7) for _ in range(10)],
                "check": [q(0.7) for _ in range(10)]}

    family = {w: (lambda s, qb, h, w=w: (1 - w) * s.max() + w * h["coherence"]) for w in (0.0, 1.0)}
    res = cross_validate({"a": corpus(), "b": corpus()}, family)
    assert res["off_topic_rejected"]["min"] == 1.0 and res["real_rejected"]["max"] == 0.0
    alone = cross_validate({"a": corpus(), "b": corpus()}, family[0.0])
    assert alone["off_topic_rejected"]["mean"] < 1.0 or alone["real_rejected"]["mean"] > 0.0


def test_each_fold_reports_the_member_and_cut_it_chose():
    """The background weight is chosen per fold (h-search18): the report must
    say which member each fold chose, so a choice that differs between folds
    (an unstable one) shows.  Here only weight 1.0 separates (real queries'
    best cosine sits 0.1 above their background cosine, off-topic ones' only
    0.02 above), so all four folds must name 1.0 and keep every real query."""
    rng = np.random.default_rng(2)

    def corpus() -> dict:
        def q(gap: float) -> tuple:
            qb = float(rng.uniform(0.6, 0.9))
            return np.array([qb + gap, 0.1]), qb, {}
        return {"real": [q(0.1) for _ in range(10)], "tune": [q(0.02) for _ in range(10)],
                "check": [q(0.02) for _ in range(10)]}

    family = {w: (lambda s, qb, *h, w=w: s.max() - w * qb) for w in (0.0, 1.0)}
    res = cross_validate({"a": corpus(), "b": corpus()}, family)
    assert [c["held_out"] for c in res["folds"]] == ["a/tune", "a/check", "b/tune", "b/check"]
    assert [c["member"] for c in res["folds"]] == [1.0] * 4
    assert all(c["real_rejected"] == 0.0 and c["off_topic_rejected"] == 1.0 for c in res["folds"])
    assert cross_validate({"a": corpus(), "b": corpus()}, family[0.0])["folds"][0]["member"] is None
