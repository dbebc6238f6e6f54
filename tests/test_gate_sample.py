"""The page gate on pages it was not written from (issue 10).

``tests/data/gate_sample.jsonl`` was written after the gate's rules, without
reading them, and scored before any change (precision 1.00, recall 0.87:
the estimate for unseen pages, docs/benchmarks.md); the rules then added for
what it missed are general, so the bounds below guard against regressions.
The other tests are the false flags found on real scraped news (SemEval
texts): a site named with section words, text hard-wrapped at a width, and a
press release whose dates sit in its prose.
"""
from __future__ import annotations

from pathlib import Path

from storyline.analyse.gate import judge_page
from storyline.bench.gate import run

DATA = Path(__file__).parent / "data"


def test_held_out_sample_precision_and_recall():
    res = run(DATA / "gate_sample.jsonl", DATA / "gate_sample_labels.jsonl")
    assert res["n_pages"] == 66 and res["n_labelled"] == 39  # the "about" line is no page
    assert res["precision"] == 1.0, res["false_positives"]
    assert res["recall"] >= 0.95, res["missed"]
    # each kind of page is told as its kind, not merely flagged
    assert res["kinds_flagged"]["error"] >= 12 and res["kinds_flagged"]["front-page"] >= 7


def test_a_site_named_with_section_words_is_no_front_page():
    body = ("Firefighters rescued twelve people from a burning warehouse in the port district early on "
            "Monday, the fire service said. Two of them were taken to hospital with smoke inhalation.")
    assert judge_page("Warehouse fire: twelve people rescued in port district - News Today", body, body).is_article
    index = "Sports News | Breaking & Latest Sports News"
    assert not judge_page(index, body[:90], body[:90]).is_article  # the page names itself, nothing else


def _wrapped(text: str, width: int, blank: bool) -> str:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return ("\n\n" if blank else "\n").join(lines + [line])


def test_hard_wrapped_prose_is_prose_not_a_list_of_lines():
    report = ("The opposition leader told supporters at a rally in the coastal town on Tuesday that "
              "voters had lost faith in the government and that corruption was eating away at public "
              "trust in institutions. He promised that a new government would review the law on asset "
              "declarations and require every minister to publish what they own. The governing party "
              "dismissed the speech as campaign rhetoric and said its record on corruption was the best "
              "in a generation. Analysts said the election next year was likely to be close.")
    for blank in (False, True):
        text = _wrapped(report, 45, blank)
        verdict = judge_page("Opposition leader says voters have lost faith", text, text)
        assert verdict.is_article, (blank, verdict.reason)


def test_dates_in_a_press_release_are_no_dated_list():
    release = ("Police appeal closed: missing man found\n\nHamburg (ots)\n\nTime: 15.06.2020, 19:00; "
               "place: Billstedt\n\nSince 18.06.2020 police had searched for the 48-year-old man with a "
               "photograph. He was found on 20.06.2020 in Neugraben and taken to hospital.\n\nThe appeal "
               "of 18.06.2020 is therefore withdrawn.")
    assert judge_page("Police appeal closed: missing man found", release, release).is_article
    listing = "\n".join(f"{d:02d}/03/2005 {h}" for d, h in zip(range(12, 6, -1), (
        "Minister resigns over expenses row", "Storm warning issued for the coast",
        "Union calls off rail strike", "Court rejects appeal in fraud case",
        "Council approves stadium plan", "Police appeal for witnesses")))
    verdict = judge_page("Latest", listing, listing)
    assert verdict.kind == "front-page" and "dated items" in verdict.reason
