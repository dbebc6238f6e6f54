"""Oracle ceilings of `bench clustering --ceilings`: what a labelled file allows."""
from __future__ import annotations

import datetime as dt

from storyline.bench.ceilings import _window_parts, ceilings
from storyline.bench.metrics import bcubed
from storyline.records import Article

QUAKE = ("A magnitude 6.8 earthquake struck the High Atlas near Marrakesh late on Friday, killing "
         "more than 2,000 people and flattening mountain villages, Morocco's interior ministry said.")
QUAKE2 = ("Rescuers in Morocco dug through the rubble of villages in the High Atlas on Sunday as the "
          "death toll from Friday's earthquake near Marrakesh passed 2,000.")
LOGIN = "Sign in to your account. Forgot your password? Create an account. Privacy policy. Terms of use."


def _art(aid: str, text: str, published: dt.date | None) -> Article:
    return Article(id=aid, origin=aid, title="", text=text, raw_text=text, lang="en", published=published)


def test_window_parts_chain_dates_and_put_undated_with_the_largest_part():
    d = dt.date(2004, 11, 1)
    arts = [_art("a", "", d), _art("b", "", d + dt.timedelta(days=8)),
            _art("c", "", d + dt.timedelta(days=16)),  # 8 days after b: chained
            _art("e", "", d + dt.timedelta(days=400)), _art("u", "", None)]
    assert _window_parts(arts, dt.timedelta(days=10)) == [["a", "b", "c", "u"], ["e"]]
    assert _window_parts([_art("u", "", None)], dt.timedelta(days=10)) == [["u"]]


def test_ceilings_count_shared_pages_far_dates_and_pages_without_evidence():
    d = dt.date(2023, 9, 9)
    arts = {"q1": _art("q1", QUAKE, d), "q2": _art("q2", QUAKE2, d + dt.timedelta(days=2)),
            "old": _art("old", QUAKE2 + " Archive.", d - dt.timedelta(days=900)),
            "login": _art("login", LOGIN, None)}
    # lines: the login page is listed under two gold events, stored once
    gold = ["quake", "quake", "quake", "quake", "other"]
    stored = ["q1", "q2", "old", "login", "login"]
    out = ceilings(gold, stored, arts, dt.timedelta(days=10))
    assert out["one_page_one_event"] < 1.0  # the shared page can only be in one event
    one_event = bcubed(gold, ["quake"] * 4 + ["quake"])[2]
    assert abs(out["one_page_one_event"] - round(one_event, 4)) < 1e-4
    # the report 900 days older cannot join (window); the login page says nothing of the quake
    expected = bcubed(gold, ["quake:0", "quake:0", "quake:1", "alone", "alone"])[2]
    assert abs(out["time_window_and_evidence"] - round(expected, 4)) < 1e-4
    assert out["time_window_and_evidence"] < out["time_window"] < out["one_page_one_event"]
