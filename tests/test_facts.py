"""Facts and summaries (issue 12): sentences per script, alignment across languages
with the real model, labels and conflicts, copies, determinism, storage."""
from __future__ import annotations

import dataclasses

import pytest

from storyline.analyse.sentences import heading_lines, split_sentences
from storyline.embed import shared_embedder
from storyline.facts.candidates import candidates
from storyline.facts.claims import claim_sentences, report_key, sentence_spans
from storyline.facts.figures import numbers_in
from storyline.facts.event import build_event_facts
from storyline.facts.disagreements import pair_conflicts
from storyline.facts.model import CONFLICTING, CORROBORATED, SINGLE_SOURCE
from storyline.ingest.readers import from_record
from storyline.pipeline import analyse

from api_corpus import ARTICLES


@pytest.mark.parametrize("text, expected", [
    ("Dr. Smith arrived on Monday. He said 3.5 million people voted! Was it fair?",
     ["Dr. Smith arrived on Monday.", "He said 3.5 million people voted!", "Was it fair?"]),
    ("Путин прибыл в Пхеньян. Переговоры длились 12 часов!",
     ["Путин прибыл в Пхеньян.", "Переговоры длились 12 часов!"]),
    ("पुतिन ने किम को कार दी। यह दूसरी बार है।", ["पुतिन ने किम को कार दी।", "यह दूसरी बार है।"]),
    ("地震发生在周二。至少50人死亡！救援还在继续？", ["地震发生在周二。", "至少50人死亡！", "救援还在继续？"]),
    ("قال المتحدث إن 20 شخصا قتلوا. هل هذا صحيح؟ نعم قال ذلك.",
     ["قال المتحدث إن 20 شخصا قتلوا.", "هل هذا صحيح؟", "نعم قال ذلك."]),
])
def test_sentences_split_per_script_with_offsets(text, expected):
    spans = split_sentences(text)
    assert [s for _, _, s in spans] == expected
    assert all(text[a:b] == s for a, b, s in spans)


def _article(rec: dict, **extra):
    a = analyse(from_record({**rec, **extra}, f"test:{rec['id']}"))
    assert not isinstance(a, Exception), a
    return a


def test_claims_keep_names_numbers_dates_and_drop_filler():
    a = _article({"id": "c", "source": "x.example", "lang": "en", "date": "2023-09-12",
                  "title": "Floods", "text": "It was a grey and quiet kind of day there. "
                  "At least 5,000 people died in Derna on Monday, officials said. Ok."})
    texts = [c.text for c in claim_sentences(a, "x")]
    assert texts == ["At least 5,000 people died in Derna on Monday, officials said."]
    assert [(v, k) for v, k, *_ in numbers_in(texts[0])] == [(5000.0, "count")]
    assert sum(c for *_, c in sentence_spans(a)) == 1 and len(sentence_spans(a)) == 3
    # names glued to numbers, years and times are not reported figures
    assert numbers_in("Chandrayaan-3 landed at 18:03 in 2023, COVID-19 aside.") == []


def test_english_and_hindi_sentences_of_one_fact_align():
    """The real model: the landing sentence of the English and the Hindi report is one fact."""
    en, hi = (_article(r) for r in ARTICLES if r["id"] in ("moon-en", "moon-hi"))
    ef = build_event_facts(1, [en, hi], shared_embedder())
    landing = [f for f in ef.facts
               if any(s.lang == "en" and "landed near the south pole" in s.text for s in f.supports)]
    both = [f for f in landing if any(s.lang == "hi" and "दक्षिणी ध्रुव" in s.text for s in f.supports)]
    assert both, [f.supports for f in landing]
    assert both[0].label == CORROBORATED and both[0].languages == ["en", "hi"]
    # one sentence per article in a fact, though a sentence may support several facts
    assert all(len({s.article_id for s in f.supports}) == len(f.supports) for f in ef.facts)


DERNA = [
    {"id": "d1", "source": "wire-one.example", "lang": "en", "date": "2023-09-12",
     "title": "Floods devastate Derna",
     # a count, no bound: "at least 5,000" would hold against 11,300 (test_facts_bounds.py, h-facts28)
     "text": "The floods killed 5,000 people in the Libyan city of Derna, "
             "officials said on Tuesday. Two dams burst after Storm Daniel."},
    {"id": "d2", "source": "wire-two.example", "lang": "en", "date": "2023-09-12",
     "title": "Derna death toll rises",
     "text": "The floods in the Libyan city of Derna killed 11,300 people, officials said on "
             "Tuesday. Rescue teams are searching the ruins."},
    {"id": "d3", "source": "paper-three.example", "lang": "en", "date": "2023-09-12",
     "title": "Libya counts its dead",
     "text": "Officials said on Tuesday that 11,300 people had died in the Derna floods in "
             "Libya. Thousands are still missing."},
]


def test_planted_numeric_conflict_is_found_and_a_paraphrase_is_not():
    arts = [_article(r) for r in DERNA]
    claims = {a.external_id: claim_sentences(a, a.source)[0] for a in arts}
    kinds = pair_conflicts(claims["d1"], claims["d2"])
    assert ("number", "5,000", "11,300") in kinds
    assert pair_conflicts(claims["d2"], claims["d3"]) == []  # same figure, other words
    ef = build_event_facts(1, arts, shared_embedder())
    toll = [f for f in ef.facts if any("5,000" in s.text for s in f.supports)]
    assert toll and toll[0].label == CONFLICTING
    sides = {side.value for c in toll[0].conflicts for side in c.sides}
    assert {"5,000", "11,300"} <= sides


def test_two_different_quantities_are_not_a_conflict():
    arts = [_article(r) for r in DERNA[:1]]
    other = _article({**DERNA[1], "text": "At least 5,000 people were killed and 300 injured by "
                      "the floods in Derna, officials said on Tuesday."})
    a = claim_sentences(arts[0], "a")[0]
    b = claim_sentences(other, "b")[0]
    assert pair_conflicts(a, b) == []  # 5,000 agrees; 300 injured is another quantity


def test_across_languages_only_lone_figures_are_compared():
    """A translation gives no unit word to pair figures with: one figure on
    each side is compared ("5,000" / "11.300 Tote"); several, one of them
    shared, are different quantities ("272 needed ... 303 in 2019" against
    "272 ... 32 short" is not a conflict of 303 with 32)."""
    en = claim_sentences(_article(DERNA[0]), "a")[0]
    de = claim_sentences(_article({"id": "d4", "source": "zeitung.example", "lang": "de",
                                   "date": "2023-09-12", "title": "Flut in Libyen",
                                   "text": "Die Fluten in der libyschen Stadt Darna haben "
                                           "11.300 Menschen getötet, sagten Behörden am Dienstag."}),
                         "b")[0]
    assert ("number", "5,000", "11,300") in pair_conflicts(en, de)
    seats = {"id": "s1", "source": "one.example", "lang": "en", "date": "2024-06-04",
             "title": "BJP short of majority",
             "text": "The BJP fell below the 272 seats needed for a majority, far "
                     "from the 303 it won in 2019, results showed on Tuesday."}
    seats_fr = {"id": "s2", "source": "deux.example", "lang": "fr", "date": "2024-06-04",
                "title": "Le BJP sans majorité",
                "text": "Le BJP n'atteint pas les 272 sièges de la majorité et en "
                        "manque 32, selon les résultats de mardi."}
    a = claim_sentences(_article(seats), "a")[0]
    b = claim_sentences(_article(seats_fr), "b")[0]
    assert not [k for k in pair_conflicts(a, b) if k[0] == "number"]


def test_near_duplicate_copies_do_not_corroborate():
    orig = _article(DERNA[0])
    copy = dataclasses.replace(_article({**DERNA[0], "id": "d1-copy", "source": "reprint.example"}),
                               id="copy", duplicate_of=orig.id)
    ef = build_event_facts(1, [orig, copy], shared_embedder())
    assert report_key(copy, {orig.id: orig}) == report_key(orig, {})
    assert ef.facts and all(f.label == SINGLE_SOURCE and f.n_reports == 1 for f in ef.facts)
    # an article with no known source is a report of its own, and says so
    anon = _article({**DERNA[2], "source": None, "url": None})
    ef = build_event_facts(2, [orig, anon], shared_embedder())
    assert any(f.unknown_source_reports == 1 for f in ef.facts)


def test_summary_is_deterministic_and_cited():
    arts = [_article(r) for r in DERNA]
    first = build_event_facts(1, arts, shared_embedder())
    again = build_event_facts(1, list(reversed(arts)), shared_embedder())
    assert first.summary == again.summary and first.headlines == again.headlines
    # a summary picks from the facts, then the summary-only candidates (ids after the facts')
    texts = lambda ef: [candidates(ef)[i].supports[0].text for i in ef.summary]  # noqa: E731
    assert texts(first) == texts(again) and texts(first)
    assert all(candidates(ef)[i].supports for ef in (first,) for i in ef.summary)
    # corroborated and conflicting facts come before single-source ones
    labels = [candidates(first)[i].label for i in first.summary]
    assert labels == sorted(labels, key=lambda lb: lb == SINGLE_SOURCE)


def test_store_keeps_sentences_and_recomputes_only_changed_events(tmp_path):
    from storyline.service import Storyline
    from storyline.service_facts import refresh_facts

    app = Storyline(str(tmp_path / "f.db"))
    app.ingest([from_record(r, f"t:{r['id']}") for r in DERNA[:2]])
    ids = [a.id for a in app.store.articles()]
    spans = app.store.sentence_spans(ids)
    assert set(spans) == set(ids)
    for a in app.store.articles():
        assert all(a.text[s:e].strip() for s, e, _ in spans[a.id])
    assert refresh_facts(app) == 0  # stored by the ingest's relink, nothing changed
    app.ingest([from_record(DERNA[2], "t:d3")])
    view = app.event_summary(app.store.articles()[-1].event_id)
    assert view["summary"] and view["facts"]
    assert refresh_facts(app) == 0
    app.close()


def test_seeds_gift_is_corroborated_in_english_and_hindi_with_glosses(seeds_dir, db_path):
    """The seeds (sources unknown): the June 2024 Aurus gift is stated by the English
    and the Hindi report; each counts as its own report; the Hindi sentences reach an
    English reader with the aligned English sentence as gloss."""
    from storyline.service import Storyline

    files = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    app = Storyline(db_path)
    app.ingest_paths(files[:2])
    app.ingest_paths(files[2:], date="2023-09-12")
    june = next(a.event_id for a in app.store.articles() if a.lang == "hi")
    view = app.event_summary(june, "en")
    app.close()
    gift = [f for f in view["facts"] if f["label"] == "corroborated"
            and any(s["lang"] == "en" and "gifted Kim" in s["text"] for s in f["supports"])
            and any(s["lang"] == "hi" and ("ऑरस" in s["text"] or "गिफ्ट" in s["text"])
                    for s in f["supports"])]
    assert gift, [(f["label"], f["text"]) for f in view["facts"]]
    assert gift[0]["unknown_source_reports"] == 2 and gift[0]["lang"] == "en"
    hindi = [s for f in view["facts"] if f["label"] == "corroborated"
             for s in f["supports"] if s["lang"] == "hi"]
    assert hindi and all(s["gloss"] for s in hindi)
    assert all(s["source"] == "unknown source" and s["unknown_source"] for s in hindi)


def test_seeds_first_aurus_in_february_is_corroborated_too(seeds_dir, db_path):
    """One English sentence states two facts ("gifted ... in February, meaning Kim now
    has two"); the Hindi report states them in two sentences.  A sentence supports
    every fact it states, so the February fact is corroborated in en and hi as well
    as the second-car fact, and the Hindi sentence carries an English gloss."""
    from storyline.service import Storyline

    files = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    app = Storyline(db_path)
    app.ingest_paths(files[:2])
    app.ingest_paths(files[2:], date="2023-09-12")
    june = next(a.event_id for a in app.store.articles() if a.lang == "hi")
    view = app.event_summary(june, "en")
    app.close()

    def corroborated(hindi_word: str) -> list[dict]:
        return [f for f in view["facts"] if f["label"] == "corroborated" and f["languages"] == ["en", "hi"]
                and f["reports"] == 2 and f["unknown_source_reports"] == 2
                and any(s["lang"] == "hi" and hindi_word in s["text"] for s in f["supports"])]
    february, second = corroborated("फरवरी"), corroborated("दूसरी बार")
    assert february and second, [(f["label"], f["text"][:60]) for f in view["facts"]]
    assert any("February" in s["text"] for s in february[0]["supports"] if s["lang"] == "en")
    hindi = [s for s in february[0]["supports"] if s["lang"] == "hi"]
    assert hindi and all(s["gloss"] for s in hindi)


def test_a_crosshead_is_no_fact_of_the_summary(seeds_dir, db_path):
    """The seed report on Kim's train trip has crossheads ("Possible meeting in Moscow
    on Tuesday evening", "Many sanctions have been imposed on North Korea"): its
    event's summary stated the first as a fact, and the Hindi seed's ("लग्जरी कार
    ब्रांड 2013 में हुआ था शुरू") were facts of the June event."""
    from storyline.service import Storyline

    app = Storyline(db_path)
    app.ingest_paths(sorted(str(p) for p in seeds_dir.glob("*.txt")))
    shown = []
    for event in app.store.events():
        view = app.event_summary(event.id, "en")
        shown += [s["text"] for f in view["facts"] for s in f["supports"]]
    heads = {"Possible meeting in Moscow on Tuesday evening", "Many sanctions have been imposed on North Korea",
             "लग्जरी कार ब्रांड 2013 में हुआ था शुरू"}
    train = next(a for a in app.store.articles() if "special train" in a.text)
    app.close()
    assert shown and not heads & set(shown), heads & set(shown)
    # the paragraphs under them still give their facts
    assert any(t.startswith("There are reports in the media that the meeting") for t in shown)
    assert {train.text[a:b] for a, b in heading_lines(train.text)} >= {
        "Possible meeting in Moscow on Tuesday evening", "Many sanctions have been imposed on North Korea"}


def test_lines_of_a_list_and_prose_missing_its_stop_are_no_headings():
    text = ("Officials gave the timeline of the attacks on Thursday.\nThe three buy tickets at Luton\n"
            "The men reach King's Cross at 8:30\nThey split up and board three trains.\n"
            "Green belt\nMaathai's movement has planted thirty million trees across Kenya since 1977.\n"
            "Parliament met again on Monday and the budget passed without a vote from the opposition parties\n"
            "It was signed the next day.")
    assert [text[a:b] for a, b in heading_lines(text)] == ["Green belt"]


def test_bench_summaries_reports_rouge_beside_baselines(tmp_path):
    import json

    from storyline.bench.summaries import run

    arts = tmp_path / "a.jsonl"
    arts.write_text("".join(json.dumps({**r, "cluster": "derna"}) + "\n" for r in DERNA))
    refs = tmp_path / "s.jsonl"
    refs.write_text(json.dumps({"cluster": "derna", "summary": "Floods in Derna, Libya killed "
                                "11,300 people, officials said, after two dams burst."}) + "\n")
    res = run(arts, refs)
    assert res["n"] == 1 and res["cited_fraction"] == 1.0
    assert set(res["baselines"]) == {"lead_of_longest", "leads_in_turn"}
    assert 0 < res["rouge2"] <= 1 and all(0 <= v["rouge1"] <= 1 for v in res["baselines"].values())
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"cluster": "x"}\n')
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        run(arts, bad)
