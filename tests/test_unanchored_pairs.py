"""Undated reports across languages that share no name, place or figure
(issue 10: false merges on the held-out gate samples)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from storyline.embed import shared_embedder
from storyline.group.scoring import HybridScorer, anchored
from storyline.pipeline import embedding_text
from storyline.records import Article

SAMPLE = Path(__file__).parent / "data" / "gate_sample.jsonl"


def _sample(*ids: str) -> list[Article]:
    rows = {r.get("id"): r for r in map(json.loads, SAMPLE.read_text().splitlines())}
    return [Article(id=i, origin=i, title=rows[i]["title"], text=rows[i]["text"], raw_text=rows[i]["text"],
                    lang=rows[i].get("lang", "en"), published=None) for i in ids]


def _scores(scorer: HybridScorer, first: Article, others: list[Article]):
    emb = shared_embedder()
    views = [scorer.view(a, emb.embed_one(embedding_text(a), "passage")) for a in (first, *others)]
    return scorer.score_many(views[0], views[1:])


def test_undated_reports_of_different_happenings_in_other_languages_stay_apart():
    """A typhoon in Fujian, a forest fire in Attica and heavy rain in Israel:
    the learned model put all three in one event (margins +0.00 to +0.08,
    nothing shared but the kind of news); sharing no name or figure, each
    pair now falls below the cut."""
    typhoon, fire, rain = _sample("r-zh", "r-el", "r-he")
    scorer = HybridScorer()
    assert (_scores(scorer, typhoon, [fire, rain]) < 0).all()
    assert (_scores(scorer, fire, [rain]) < 0).all()
    plain = HybridScorer(unanchored_penalty=0.0)  # the rule off: what main did
    assert _scores(plain, typhoon, [fire])[0] > 0


def test_a_shared_name_or_figure_keeps_a_pair_across_languages_judged_by_the_model():
    def art(i, lang, title, text):
        return Article(id=i, origin=i, title=title, text=text, raw_text=text, lang=lang, published=None)

    en = art("en", "en", "Earthquake near Marrakesh kills 2,012",
             "A magnitude 6.8 earthquake struck the High Atlas near Marrakesh, killing 2,012 people.")
    de = art("de", "de", "Erdbeben bei Marrakesch: 2.012 Tote",
             "Ein Erdbeben der Stärke 6,8 im Hohen Atlas bei Marrakesch hat 2.012 Menschen getötet.")
    scorer = HybridScorer()
    a, b = scorer.learned.views([en, de])
    assert anchored(a, b)  # the death toll, and Marrakesh's sound skeleton
    with_rule = _scores(scorer, en, [de])[0]
    without = _scores(HybridScorer(unanchored_penalty=0.0), en, [de])[0]
    assert with_rule == without > 0


def test_three_class_sound_skeletons_and_days_of_the_month_are_no_anchor():
    """Floods in Pakistan and in Poland share the skeleton "~142"; a Turkish
    league table and a Korean baseball round share "12" and "29"."""
    scorer = HybridScorer()
    pakistan, poland = scorer.learned.views(_sample("r-cookie-banner-en", "r-pl"))
    assert not anchored(pakistan, poland)
    x, y = scorer.learned.views([
        Article(id="tr", origin="tr", title="Süper Lig'de 12. hafta", text="Süper Lig'de 12. haftanın "
                "maçları 29 Kasım'da oynandı.", raw_text="", lang="tr", published=None),
        Article(id="ko", origin="ko", title="[프로야구] 29일 전적", text="12 경기 결과 29일 전적입니다.",
                raw_text="", lang="ko", published=None)])
    assert x.numbers.keys() & y.numbers.keys() and not anchored(x, y)


def test_the_cv_grid_crosses_the_unanchored_penalty():
    """`--grid unanchored_penalty=0,0.2` replays with and without the rule;
    the shipped setting carries the scorer's constant."""
    from storyline.bench.clustering_cv import defaults, parse_grid
    from storyline.group.scoring import UNANCHORED_PENALTY

    events, _ = parse_grid(["unanchored_penalty=0,0.2"])
    assert events["unanchored_penalty"] == [0.0, 0.2]
    assert defaults()[0].unanchored_penalty == UNANCHORED_PENALTY > 0
    assert f"unanchored {UNANCHORED_PENALTY:g}" in defaults()[0].label()
