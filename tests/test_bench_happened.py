"""``storyline bench happened`` on the bundled demo labels (issue 10, h-dates10): the
hand-read happening days of the demo's events score, LEAD_SENTENCES and HAPPENED_BACK
are chosen by leave-one-file-out CV, and a part whose articles are absent is said."""
import json

import pytest

from storyline.bench.happened import DEFAULT_LABELS, read_labels, run
from storyline.timeline import HAPPENED_BACK, LEAD_SENTENCES


@pytest.fixture(scope="module")
def demo_only(tmp_path_factory):
    said = []
    res = run(shared=str(tmp_path_factory.mktemp("no-shared")), say=said.append)
    return res, said


def test_the_demo_events_are_placed_on_their_happenings_day(demo_only):
    res, _ = demo_only
    assert set(res["parts"]) == {"demo-a", "demo-b"}
    assert res["all"]["events"] == 13 and res["all"]["earlier_stated"] == 3  # Luna-25, Morocco, Libya
    assert res["all"]["right"] == 13, res["misses"]


def test_the_settings_are_chosen_by_leaving_each_file_out(demo_only):
    res, _ = demo_only
    folds = res["cv"]["folds"]
    assert [f["held_out"] for f in folds] == ["demo-a", "demo-b"]
    assert all((f["lead_sentences"], f["happened_back"]) == (LEAD_SENTENCES, HAPPENED_BACK.days) for f in folds)
    assert res["cv"]["spread"][0] <= res["cv"]["held_out_accuracy"] <= res["cv"]["spread"][1]


def test_an_absent_part_is_said_and_skipped(demo_only):
    res, said = demo_only
    assert res["skipped_parts"] == ["wikinews-dev"]
    assert any("'wikinews-dev' skipped" in line for line in said)


def test_the_labels_hold_ids_and_days_only():
    for line in open(DEFAULT_LABELS, encoding="utf-8"):
        assert set(json.loads(line)) == {"part", "event", "articles", "day"}


def test_a_bad_day_is_an_error_naming_the_line(tmp_path):
    bad = tmp_path / "labels.jsonl"
    bad.write_text('{"part": "demo-a", "event": "x", "articles": [], "day": "19 August"}\n')
    with pytest.raises(ValueError, match=r"labels.jsonl:1: field 'day'"):
        read_labels(bad)
