"""``storyline bench clustering PAIRS.csv``: events judged by SemEval's rated
pairs (storyline.bench.pair_events), the held-out-style precision proxy of
issue 10.  The scoring on made-up event ids, and the command end to end on
a small CSV written here (real model, real SQLite file)."""
from __future__ import annotations

import csv
import json

import pytest

from storyline.bench.pair_events import band_of, score


def test_pairs_are_scored_by_band_and_the_proxies_count_the_right_side():
    event_of = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 3}
    pairs = [("a", "b", 1.0, "en-en"),     # similar, together
             ("a", "c", 1.25, "en-de"),    # similar, apart
             ("c", "d", 4.0, "de-de"),     # dissimilar, together
             ("a", "e", 3.75, "en-en"),    # dissimilar, apart
             ("a", "x", 1.0, "en-en")]     # x: flagged or not stored
    res = score(pairs, event_of)
    assert res["n_pairs"] == 4 and res["n_pairs_left_out"] == 1
    assert res["similar_apart"] == 0.5 and res["dissimilar_together"] == 0.5
    assert res["bands"]["1-1.5"] == {"pairs": 2, "one_event": 1, "share": 0.5}
    assert res["bands"]["1.5-2.5"]["share"] is None
    assert res["dissimilar_together_by_languages"] == {"de-de": {"pairs": 1, "one_event": 1}}
    assert [band_of(x) for x in (1.0, 1.5, 1.75, 3.5, 3.6, 4.0)] == ["1-1.5", "1-1.5", "1.5-2.5", "2.5-3.5",
                                                                    "3.5-4", "3.5-4"]
    with pytest.raises(ValueError):
        band_of(4.5)


QUAKE_1 = ("Earthquake of magnitude 6.8 strikes Morocco's Al Haouz province\n\n"
           "A powerful earthquake of magnitude 6.8 struck Morocco's Al Haouz province late on Friday, killing more "
           "than 2,000 people in mountain villages south of Marrakech, the interior ministry said. Rescuers in "
           "Al Haouz dug through rubble with their hands as the death toll rose.")
QUAKE_2 = ("Morocco earthquake: death toll in Al Haouz passes 2,000\n\n"
           "The death toll from the magnitude 6.8 earthquake that hit Al Haouz province in Morocco rose above "
           "2,000, the interior ministry said, as rescuers searched collapsed homes in villages near Marrakech "
           "and the army sent field hospitals to Al Haouz.")
CHESS = ("Norwegian grandmaster wins rapid chess title in Samarkand\n\n"
         "Magnus Carlsen won the world rapid chess championship in Samarkand on Thursday, beating the field by a "
         "full point after thirteen rounds, the International Chess Federation said. The blitz event follows "
         "on Friday in the Uzbek city.")


def test_the_command_scores_a_pairs_csv(tmp_path, capsys):
    from storyline.cli import main

    path = tmp_path / "pairs.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["pair_id", "lang1", "lang2", "text1", "text2", "Overall"])
        w.writeheader()
        w.writerow({"pair_id": "q1_q2", "lang1": "en", "lang2": "en", "text1": QUAKE_1, "text2": QUAKE_2,
                    "Overall": "1.0"})
        w.writerow({"pair_id": "q1_c1", "lang1": "en", "lang2": "en", "text1": QUAKE_1, "text2": CHESS,
                    "Overall": "4.0"})
        w.writerow({"pair_id": "q2_z9", "lang1": "en", "lang2": "en", "text1": QUAKE_2, "text2": "",
                    "Overall": "2.0"})  # an empty text: the row is skipped and counted
    assert main(["--db", str(tmp_path / "unused.db"), "bench", "clustering", str(path)]) == 0
    res = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert res["n_texts"] == 3 and res["n_rows_skipped"] == 1 and res["n_pairs"] == 2
    assert res["similar_apart"] == 0.0 and res["dissimilar_together"] == 0.0
    assert res["bands"]["1-1.5"]["one_event"] == 1 and res["bands"]["3.5-4"]["one_event"] == 0
