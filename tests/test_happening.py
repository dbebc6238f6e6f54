"""Travel frames: where a report's happening goes (storyline.analyse.happening)."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.analyse.happening import conflicts, destinations
from storyline.pipeline import analyse
from storyline.records import RawArticle


def _article(text: str, lang: str, date: str | None = None):
    return analyse(RawArticle(origin="t", title=text.split(".")[0], text=text, lang=lang, date=date))


@pytest.mark.parametrize("lang, text, where", [
    ("en", "Kim Jong Un is arriving in Moscow by train. The Kremlin confirmed the meeting.", "moscow"),
    ("en", "President Macron visited Germany on Monday. He met the chancellor.", "germany"),
    ("de", "Der Präsident reiste nach Frankreich. Dort traf er den Premierminister.", "frankreich"),
    ("es", "El presidente viajó a Brasil el lunes. Allí se reunió con el gobierno.", "brasil"),
    ("fr", "Le président s'est rendu au Japon lundi. Il a rencontré le premier ministre.", "japon"),
])
def test_the_destination_of_a_reported_trip_is_found(lang, text, where):
    found = destinations(_article(text, lang, "2024-06-21"))
    assert any(where in key for key in found), found


def test_a_trip_the_report_dates_to_another_time_is_not_its_happening():
    text = ("Putin recently visited North Korea for the first time since 2000. "
            "Putin also showed Kim the vehicle when he visited Russia last September.")
    found = destinations(_article(text, "en", "2024-06-21"))
    assert any("north korea" in k for k in found)       # a bare year anchors nothing
    assert not any("russia" in k for k in found), found  # "last September" is another happening


def test_hindi_postpositional_trip_cues():
    text = "रूस के राष्ट्रपति व्लादिमीर पुतिन ने बुधवार को उत्तर कोरिया का दौरा किया. बैठक लंबी चली."
    found = destinations(_article(text, "hi", "2024-06-21"))
    assert found, "उत्तर कोरिया का दौरा names the trip's destination"


def test_conflict_needs_both_sides_and_a_majority():
    mine = frozenset({"moscow", "russia"})
    assert conflicts(mine, [frozenset({"north korea"})])
    assert not conflicts(mine, [frozenset({"russia"})])
    assert not conflicts(mine, [frozenset()])            # the event names no trip
    assert not conflicts(frozenset(), [frozenset({"north korea"})])
    # one odd report does not speak for its event
    assert not conflicts(mine, [frozenset({"north korea"}), frozenset({"moscow"}), frozenset({"russia"})])


def test_a_trip_someone_is_invited_to_make_is_not_the_reports_happening():
    """Issue 12: "пригласил Путина посетить КНДР" made a report of the
    Vostochny summit travel to North Korea, and vetoed it from its event."""
    en = destinations(_article("Kim invited Putin to visit Pyongyang at a convenient time. Putin arrived in "
                               "Vladivostok on Tuesday.", "en", "2024-06-21"))
    assert any("vladivostok" in k for k in en) and not any("pyongyang" in k for k in en), en
    ru = destinations(_article("Ким Чен Ын пригласил Путина посетить Вьетнам. Путин прибыл в Пхеньян во вторник.",
                               "ru", "2024-06-21"))
    assert ru and not any("vetnam" in k for k in ru), ru
