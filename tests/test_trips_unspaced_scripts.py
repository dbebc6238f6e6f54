"""Trips in Chinese and Japanese (storyline.analyse.happening): a cue with no
space before the place, the Japanese place before its verb, an invitation
told from a trip made at one's invitation; and a Chinese query that states
the trip asks for the happening going there (the demo store, real model)."""
from __future__ import annotations

from trips_kit import trip_countries as _trip


def test_a_chinese_cue_right_before_the_place():
    assert _trip("普京访问朝鲜", "zh", "朝鲜") == {"country:KP"}
    assert _trip("普京周三抵达平壤。", "zh", "平壤") == {"country:KP"}
    assert _trip("金正恩访问了俄罗斯", "zh", "俄罗斯") == {"country:RU"}  # 了: done
    # the place before 访问 is who visits, not where: "North Korea visits Russia"
    assert _trip("朝鲜访问俄罗斯", "zh", "朝鲜", "俄罗斯") == {"country:RU"}
    # ... unless the visit is paid to it: "paid North Korea a state visit"
    assert _trip("普京对朝鲜进行国事访问", "zh", "朝鲜") == {"country:KP"}


def test_a_japanese_place_before_its_verb():
    assert _trip("プーチン大統領は北朝鮮を訪問した。", "ja", "北朝鮮") == {"country:KP"}
    assert _trip("金正恩氏はロシアに到着した。", "ja", "ロシア") == {"country:RU"}
    assert _trip("北朝鮮とロシアの関係", "ja", "北朝鮮", "ロシア") == frozenset()  # no trip stated


def test_an_invitation_is_a_trip_still_to_make_but_at_ones_invitation_it_is_made():
    assert _trip("金正恩邀请普京访问朝鲜。", "zh", "朝鲜") == frozenset()  # Kim invited Putin to visit
    assert _trip("普京应金正恩邀请访问朝鲜。", "zh", "朝鲜") == {"country:KP"}  # visited at Kim's invitation
    # the invitation of an earlier sentence (a CJK full stop ends it) is not this trip's
    assert _trip("金正恩曾发出邀请。普京抵达平壤。", "zh", "平壤") == {"country:KP"}


def test_a_chinese_query_stating_a_trip_asks_for_the_happening_that_goes_there(demo_app):
    """"普京访问朝鲜" (Putin visits North Korea): the Chinese words name
    Putin's and Kim's story, whose 2023 meeting in Russia meaning ranked
    first; the trip the query states goes to North Korea, as the June 2024
    reports' trips do."""
    app = demo_app[0]
    pyongyang = app.search("Putin visit to North Korea", limit=3).hits[0].event_id
    vostochny = app.search("Kim Jong Un visit to Russia", limit=3).hits[0].event_id
    assert pyongyang != vostochny  # the premise: two happenings of one story
    hits = app.search("普京访问朝鲜", limit=10).hits
    assert hits and {h.event_id for h in hits[:3]} == {pyongyang}
    assert app.search("金正恩访问俄罗斯", limit=10).hits[0].event_id == vostochny  # and the other way round
    # "平壤" (Pyongyang) no report writes: the where index knows it, so the trip is read
    assert {h.event_id for h in app.search("普京抵达平壤", limit=10).hits[:3]} == {pyongyang}


def test_an_unspaced_run_splits_at_the_places_the_where_index_knows():
    from storyline.search_words import query_words, unspaced_place

    assert unspaced_place("平壤") and unspaced_place("モスクワ")
    assert not unspaced_place("Pyongyang") and not unspaced_place("普京") and not unspaced_place("地震")
    assert query_words("普京抵达平壤", unspaced_place) == ["普京抵达", "平壤"]
