"""Ukrainian reports: their word forms read by a Ukrainian stemmer, their trips
read by Ukrainian travel words (h-search20).

Ukrainian reports were stemmed by Russian Snowball, which keeps every ending
written with і, ї or є: "гребля" (dam) did not find a report writing "греблі"
(of the dam), "Україна" none writing "Україні".  And the trips stage read no
Ukrainian: "Путін прибув до Пхеньяна" stated no trip, nor did a Ukrainian query
("візит Путіна до Пхеньяна").  Real SQLite file, real model (the session's demo
store, read only)."""
from __future__ import annotations

from store_kit import hit_ids, make_article, store  # noqa: F401 (fixture)

from trips_kit import trip_countries as _trip


def test_the_ukrainian_stemmer_cuts_endings_written_with_its_own_vowels():
    from storyline.analyse.ukrainian_stem import ukrainian_stem  # new here

    assert ukrainian_stem("греблі") == ukrainian_stem("гребля") == ukrainian_stem("греблю")
    assert ukrainian_stem("Україні") == ukrainian_stem("україна") == ukrainian_stem("україною")
    assert ukrainian_stem("землетрусі") == ukrainian_stem("землетрус")
    assert ukrainian_stem("церемонії") == ukrainian_stem("церемонія")
    assert ukrainian_stem("зернової") == ukrainian_stem("зернова")
    assert ukrainian_stem("гребля") != ukrainian_stem("греблі".replace("л", "н"))  # another word stays another
    assert ukrainian_stem("ЄЦБ") == "єцб"  # no vowel of its own after the first: nothing to cut


def test_every_stage_reads_ukrainian_by_it():
    """One table of stemmers (h-names41): search's word forms, the names stage's common
    words and the similarity stem keys; the keys read Ukrainian by Russian Snowball before."""
    from storyline.similarity import keys as K

    assert K.stemmer_for("uk") == "ukrainian" and K.stemmer_for("ru") == "russian"
    assert not hasattr(K, "word_form_stemmer_for")  # one concept, one place
    assert K.stem_keys("Вода з греблі", "uk") == K.stem_keys("Вода з гребля", "uk")


def test_a_ukrainian_word_finds_a_ukrainian_report_writing_another_case(store):
    rows = [(1, "Прорив греблі", "Вода з греблі затопила села на Херсонщині.", "uk"),
            (2, "Землетрус у Марокко", "У Марокко землетрус забрав життя тисяч людей.", "uk"),
            (3, "Плотина", "Прорыв плотины в Херсонской области.", "ru"),
            (4, "Новини Україні", "Уряд допоможе Україні відновити енергетику.", "uk")]
    for i, title, text, lang in rows:
        store.add_article(make_article(i, title=title, text=text, lang=lang), None, None)
    assert hit_ids(store.search_text("гребля")) == ["a1"]  # was: none ("греблі" kept its ending)
    assert hit_ids(store.search_text("землетрусі")) == ["a2"]  # was: none
    assert hit_ids(store.search_text("Україна")) == ["a4"]  # was: none
    assert hit_ids(store.search_text("плотина")) == ["a3"]  # Russian as before


def test_a_ukrainian_report_states_its_trip():
    assert _trip("Путін прибув до Пхеньяна у середу.", "uk", "Пхеньяна") == {"country:KP"}
    assert _trip("Кім Чен Ин відвідав Росію.", "uk", "Росію") == {"country:RU"}
    assert _trip("Візит Путіна до Пхеньяна триватиме два дні.", "uk", "Пхеньяна") == {"country:KP"}
    assert _trip("Його поїздка в Росію тривала тиждень.", "uk", "Росію") == {"country:RU"}
    assert _trip("Поїздка Путіна до КНДР тривала два дні.", "uk", "КНДР") == {"country:KP"}
    assert _trip("Кім запросив Путіна відвідати КНДР.", "uk", "КНДР") == frozenset()  # an invitation
    assert _trip("Відносини Росії та КНДР.", "uk", "Росії", "КНДР") == frozenset()  # no trip stated


def test_a_ukrainian_trip_query_asks_for_the_happening_that_goes_there(demo_app):
    """"візит Путіна до Пхеньяна" (Putin's visit to Pyongyang): its names are
    Putin's and Kim's story, whose 2023 meeting in Russia ranked first; the trip
    it states goes to North Korea, as the June 2024 reports' trips do."""
    from storyline.search_names import query_names
    from storyline.search_trips import query_trip

    app = demo_app[0]
    pyongyang = app.search("Putin visit to North Korea", limit=3).hits[0].event_id
    vostochny = app.search("Kim Jong Un visit to Russia", limit=3).hits[0].event_id
    words = "візит Путіна до Пхеньяна".split()
    assert query_trip(words, query_names(app.store, words)) == {"country:KP"}  # was: no trip
    hits = app.search("візит Путіна до Пхеньяна", limit=10).hits
    assert hits and hits[0].event_id == pyongyang and vostochny not in {h.event_id for h in hits[:3]}, \
        [(h.event_id, h.title) for h in hits]
