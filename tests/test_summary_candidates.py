"""Summary-only candidates (storyline.facts.candidates): a summary may show a
sentence no fact holds (no claim), cited to its own article and offsets, and
weighs how much of the chosen headline a sentence repeats; the event's facts,
counts and glosses never list such a sentence; determinism; storage."""
from __future__ import annotations

import dataclasses

from storyline.embed import shared_embedder
from storyline.facts.event import build_event_facts
from storyline.facts.model import EventFacts, Fact, Support, event_facts_from_dict, event_facts_to_dict
from storyline.facts.render import event_view, reader_summary, story_view
from storyline.ingest.readers import from_record
from storyline.pipeline import analyse

# no name, figure, date, reporting cue or happening noun ("floodwater" is one): no claim,
# but the event's headline in other words
PROSE = "The brown river water swamped riverside homes while the rain kept falling through the night."
TITLE = "Floodwater swamps riverside homes as rain keeps falling"


def _article(id_, source, text, title=TITLE):
    a = analyse(from_record({"id": id_, "source": source, "lang": "en", "date": "2023-09-12",
                             "title": title, "text": text}, f"test:{id_}"))
    assert not isinstance(a, Exception), a
    return a


def _event():
    one = _article("a1", "north.example",
                   "At least 40 people were evacuated in Riverton on Monday, police said. " + PROSE +
                   " Officials in Riverton said 12 schools would stay closed on Tuesday.")
    two = _article("b1", "south.example",
                   "Police in Riverton evacuated at least 40 people on Monday. "
                   "The mayor of Riverton said 12 schools would stay closed on Tuesday.",
                   title="Riverton evacuates 40 people")
    return [one, two]


def test_a_sentence_that_is_no_claim_is_a_cited_summary_candidate_never_a_fact():
    arts = _event()
    ef = build_event_facts(1, arts, shared_embedder(), budget_words=200)
    fact_texts = {s.text for f in ef.facts for s in f.supports}
    assert PROSE not in fact_texts
    extra = [f for f in ef.extras if f.supports[0].text == PROSE]
    assert len(extra) == 1
    s = extra[0].supports[0]
    text = next(a for a in arts if a.id == s.article_id).text
    assert text[s.start:s.end] == PROSE  # cited to its own article and offsets
    assert extra[0].id not in {f.id for f in ef.facts}
    view = event_view(ef, "en")
    shown = [v for v in view["summary"] if v["text"] == PROSE]
    assert shown and shown[0]["summary_only"] and shown[0]["article_id"] == arts[0].id
    assert all(v["supports"] and v["source"] for v in view["summary"])  # every sentence cited
    assert PROSE not in {v["text"] for v in view["facts"]}
    assert sum(view["counts"].values()) == len(ef.facts)
    assert not any(v["summary_only"] for v in view["summary"] if v["text"] != PROSE)


def test_candidates_change_neither_the_facts_nor_the_headline():
    arts = _event()
    with_extras = build_event_facts(1, arts, shared_embedder(), budget_words=200)
    without = build_event_facts(1, arts, shared_embedder(), budget_words=200, extras=False, headline_weight=0.0)
    assert with_extras.headlines == without.headlines
    strip = lambda ef: [(f.label, [(s.article_id, s.start) for s in f.supports], f.conflicts)  # noqa: E731
                        for f in ef.facts]
    assert strip(with_extras) == strip(without)
    assert not without.extras


def test_the_summary_with_candidates_is_deterministic_and_stored_whole():
    arts = _event()
    a = build_event_facts(1, arts, shared_embedder(), budget_words=200)
    b = build_event_facts(1, list(reversed(arts)), shared_embedder(), budget_words=200)
    assert a.summary == b.summary
    assert event_facts_to_dict(a) == event_facts_to_dict(b)
    back = event_facts_from_dict(event_facts_to_dict(a))
    assert [f.supports[0].text for f in back.extras] == [f.supports[0].text for f in a.extras]
    assert reader_summary(back, "en") == a.summary
    assert [v["text"] for v in event_view(back, "en")["summary"]] == \
        [v["text"] for v in event_view(a, "en")["summary"]]


def _support(article, start, text, lang):
    return Support(article_id=article, sentence=start, start=start, end=start + len(text), text=text,
                   lang=lang, source=article, report=article, unknown_source=False)


def test_a_reader_is_shown_candidates_in_their_language_first_and_the_story_counts_facts_only():
    en = Fact(id=0, label="single-source", supports=[_support("en1", 0, "Rain fell on the town all night long.", "en")],
              reports=["en1"], languages=["en"], score=0.5)
    pt = Fact(id=1, label="single-source",
              supports=[_support("pt1", 0, "A água subiu depressa pelas ruas estreitas da cidade velha.", "pt")],
              reports=["pt1"], languages=["pt"], score=0.4)
    extra_pt = Fact(id=2, label="single-source",
                    supports=[_support("pt1", 80, "As casas junto ao rio ficaram cheias de lama e água.", "pt")],
                    reports=["pt1"], languages=["pt"], score=2.0)
    extra_en = Fact(id=3, label="single-source",
                    supports=[_support("en1", 60, "The old bridge over the river was closed to traffic.", "en")],
                    reports=["en1"], languages=["en"], score=0.1)
    ef = EventFacts(event_id=5, fingerprint="x", facts=[en, pt], summary=[2, 1, 0], headlines={},
                    budget_words=20, extras=[extra_pt, extra_en])
    ids = reader_summary(ef, "en")
    assert set(ids) == {0, 3}  # English first, the candidate too; no room left for Portuguese
    story = story_view([ef], "en", budget_words=20)
    assert sum(story["counts"].values()) == 2
    assert {v["id"] for v in story["facts"]} == {0, 1}
    assert all(v["summary_only"] == (v["id"] in (2, 3)) for v in story["summary"])
    assert dataclasses.replace(ef, extras=[]).extras == []


def test_bench_summaries_cv_grids_the_headline_weight_beside_the_summary_before(tmp_path):
    from storyline.bench.summaries import run
    from storyline.bench.summaries_cv import HEADLINE_WEIGHTS

    from test_bench_summaries_learned import summary_files

    res = run(*summary_files(tmp_path, events=2, chars=300), cv=True)["cv"]
    assert len(res["rouge2_per_fold"]) == 2 and {"cut", "lambda", "headline"} <= set(res["chosen"][0])
    assert res["chosen"][0]["headline"] in HEADLINE_WEIGHTS
    assert res["before_candidates"]["chosen"][0]["headline"] == "before"
    assert res["at_shipped_cut"]["chosen"][0]["cut"] == 0.4
    assert sum(res["events_up_down_level"]) == 2
    assert "0.4/0.85/before" in res["grid_rouge2"] and "0.4/0.85/0.9" in res["grid_rouge2"]


def test_a_line_that_does_not_read_as_prose_is_no_candidate():
    from storyline.facts.candidates import reads_as_prose

    # a newsletter's furniture (Wikinews dev wn021): headings in capitals, a lead-in to a link, contacts
    assert not reads_as_prose("NGA PURSUES CONTROL OF UNCLASSIFIED SATELLITE IMAGERY.")
    assert not reads_as_prose("Secrecy News is archived at:")
    assert not reads_as_prose("To UNSUBSCRIBE, send a blank email message to news-remove@lists.example.org.")
    assert not reads_as_prose("Read more about the floods in our special report")
    # prose in any script, ending with its own terminal mark or a closing quote
    for text in ("The NATO and EU leaders said no.", "यह दूसरी बार है।", "地震发生在周二。",
                 "Il a dit « non ».", "He said: \"We will rebuild.\"", "قال ذلك؟"):
        assert reads_as_prose(text), text


def test_a_report_with_no_claim_still_gets_a_cited_summary():
    # one report whose sentences mostly state no name, figure, date or reporting cue: few facts,
    # and before candidates a summary of those alone (Wikinews dev wn021: "Volume 2004, Issue No. 101")
    text = ("The water rose slowly through the low streets of the old quarter. "
            "Shops along the river closed early and the last buses left half empty. "
            "By evening the bridges were shut and the lights went out street by street.")
    a = _article("c1", "river.example", text, title="Water rises through the old quarter")
    ef = build_event_facts(3, [a], None, budget_words=200)
    view = event_view(ef, "en")
    only = [v for v in view["summary"] if v["summary_only"]]
    assert len(view["facts"]) < 3 and len(only) >= 3 - len(view["facts"])  # every sentence is told
    assert {v["text"] for v in view["facts"]}.isdisjoint(v["text"] for v in only)
    for v in view["summary"]:
        assert text[v["start"]:v["end"]] == v["sentence"] and v["article_id"] == a.id


def test_only_candidates_weigh_the_headline_facts_keep_the_hand_weights():
    from storyline.facts.candidates import headline_overlap
    from storyline.facts.summarise import relevance

    ef = build_event_facts(1, _event(), shared_embedder(), budget_words=200, headline_weight=0.9)
    assert all(abs(f.score - relevance(f.features)) < 1e-9 for f in ef.facts)
    prose = next(f for f in ef.extras if f.supports[0].text == PROSE)
    assert headline_overlap(prose, ef.headlines) > 0.3
    assert abs(prose.score - relevance(prose.features) - 0.9 * headline_overlap(prose, ef.headlines)) < 1e-9
