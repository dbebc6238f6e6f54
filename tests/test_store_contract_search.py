"""The storage contract's search, nearest-neighbour and LSH promises, on every
backend (the rest of the contract is in test_store_contract.py)."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from store_kit import D, hit_ids, make_article, store, unit_vector  # noqa: F401 (fixture)

from storyline.store.records import SearchFilters
from storyline.store.word_key import _table, word_key


# -- full-text search, by behaviour ----------------------------------------------------------
@pytest.fixture
def texts(store):
    rows = [
        (1, "Café reopens", "The old café in Lyon reopened on Monday.", "fr", "Le Progrès", dt.date(2024, 1, 5)),
        (2, "Floods in Mumbai", "Flooding closed schools; floods are expected again.", "en", "Wire", dt.date(2024, 7, 1)),
        (3, "Weather", "Heavy rain in Mumbai. Floods, floods and more floods.", "en", "Paper", dt.date(2024, 7, 2)),
        (4, "Землетрясение в Турции", "Землетрясения и афтершоки.", "ru", "ТАСС", None),
        (5, "मोदी का दौरा", "नरेंद्र मोदी ने मुंबई का दौरा किया।", "hi", "Wire", dt.date(2024, 7, 3)),
        (6, "Les inondations", "Des inondations à Paris.", "fr", "Le Monde", dt.date(2024, 6, 1)),
    ]
    for i, title, text, lang, source, day in rows:
        store.add_article(make_article(i, title=title, text=text, lang=lang, source=source, published=day), None, None)
    store.add_article(make_article(9, title="Floods page", text="floods floods", not_article="front-page"), None, None)
    return store


def test_search_folds_case_and_diacritics_in_every_script(texts):
    assert hit_ids(texts.search_text("CAFE")) == ["a1"] and hit_ids(texts.search_text("café")) == ["a1"]
    assert hit_ids(texts.search_text("ЗЕМЛЕТРЯСЕНИЕ")) == ["a4"]
    assert hit_ids(texts.search_text("मोदी")) == ["a5"] and hit_ids(texts.search_text("नरेंद्र")) == ["a5"]


def test_search_keys_each_scripts_optional_marks_alike(store):
    """A word typed with or without a script's optional marks finds it written
    the other way, on both backends (storyline.store.word_key)."""
    rows = [
        (11, "Putin Gifts Limousine", "किम को ऑरस लग्जरी कार भेंट की. तास न्यूज के मुताबिक", "hi"),
        (12, "चाँद पर", "रक्\u200dषा समझौता, फ़ारस की खाड़ी", "hi"),
        (13, "ΑΘΗΝΑ", "Η Αθήνα και ο Πειραιάς.", "el"),
        (14, "مُحَمَّد", "قال الرئيس إن المدرسة", "ar"),
        (15, "שָׁלוֹם", "ירושלים", "he"),
        (16, "Ёлка", "Новогодняя ёлка.", "ru"),
    ]
    for i, title, text, lang in rows:
        store.add_article(make_article(i, title=title, text=text, lang=lang), None, None)
    for query, want in [("लग्ज़री", "a11"), ("न्यूज़", "a11"), ("चांद", "a12"), ("रक्षा", "a12"),
                        ("फारस", "a12"), ("Αθήνα", "a13"), ("αθηνα", "a13"), ("ΠΕΙΡΑΙΑΣ", "a13"),
                        ("محمد", "a14"), ("الرئيس ان", "a14"), ("المدرسه", "a14"), ("שלום", "a15"),
                        ("елка", "a16"), ("ЁЛКА", "a16")]:
        assert hit_ids(store.search_text(query)) == [want], query
    if store.dialect.name == "postgres":  # the index's own function folds as the query's does
        every = "".join(map(chr, sorted(_table()))) + "Ἀθῆναι قُرْآن"
        assert store._one("SELECT storyline_word_key(%s)", (every,))[0] == word_key(every)


def test_search_word_forms_prefixes_and_and(texts):
    assert set(hit_ids(texts.search_text("flood"))) == {"a2", "a3"}  # floods, flooding
    assert hit_ids(texts.search_text("inondation")) == ["a6"]  # 6+ letters: last letter optional
    assert hit_ids(texts.search_text("землетрясение")) == ["a4"]
    assert hit_ids(texts.search_text("mumbai rain")) == ["a3"]  # every word must occur
    assert hit_ids(texts.search_text("rain mumbai")) == ["a3"]  # in any order: no phrase semantics
    assert texts.search_text("mumbai snow") == []
    assert hit_ids(texts.search_text("mo")) == []  # under 3 characters: whole words only


def test_search_never_fails_on_syntax(texts):
    for q in ['"floods', "floods AND", "NEAR(x y)", "a:*", "'", "\\", "(((", "-", "floods OR rain*", "^$"]:
        texts.search_text(q)  # no error, whatever the backend's query language
    assert hit_ids(texts.search_text('"floods"')) == hit_ids(texts.search_text("floods"))


def test_search_ranking(texts):
    hits = texts.search_text("floods")
    assert hits[0][1] >= hits[1][1] and all(s > 0 for _, s in hits)
    # "Floods in Mumbai" has it in its title; "Weather" says it four times in its text
    texts.add_article(make_article(7, title="Floods", text="Nothing else.", published=None), None, None)
    texts.add_article(make_article(8, title="Other", text="It mentions floods once.", published=None), None, None)
    ranked = hit_ids(texts.search_text("floods"))
    assert ranked.index("a7") < ranked.index("a8")  # the title counts more than the text
    assert ranked.index("a3") < ranked.index("a8")  # more occurrences rank higher


def test_search_empty_query_lists_newest_first_and_filters(texts):
    assert hit_ids(texts.search_text("")) == ["a5", "a3", "a2", "a6", "a1", "a4"]  # undated last
    assert hit_ids(texts.search_text("", limit=2, offset=1)) == ["a3", "a2"]
    assert hit_ids(texts.search_text("?!")) == hit_ids(texts.search_text(""))
    f = SearchFilters(langs=["en"])
    assert hit_ids(texts.search_text("floods", filters=f)) and set(hit_ids(texts.search_text("", filters=f))) == {"a2", "a3"}
    assert set(hit_ids(texts.search_text("", filters=SearchFilters(sources=["wire"])))) == {"a2", "a5"}
    window = SearchFilters(date_from=dt.date(2024, 7, 2), date_to=dt.date(2024, 7, 3))
    assert set(hit_ids(texts.search_text("", filters=window))) == {"a3", "a5"}
    assert "a9" not in hit_ids(texts.search_text("floods"))
    assert "a9" in hit_ids(texts.search_text("floods", filters=SearchFilters(not_articles=True)))
    assert texts.search_text("", filters=SearchFilters(entity_ids=[])) == []


def test_nearest_articles_exact_cosines_and_filters(store):
    rng = np.random.default_rng(7)
    vecs = {f"a{i}": unit_vector(*rng.normal(size=16)) for i in range(40)}
    for i in range(40):
        store.add_article(make_article(i, lang="en" if i % 2 else "fr"), vecs[f"a{i}"], None)
    store.add_article(make_article(99, not_article="wall"), None, None)
    q = unit_vector(*rng.normal(size=16))
    want = sorted(((a, float(v @ q)) for a, v in vecs.items()), key=lambda x: -x[1])
    got = store.nearest_articles(q, 5)
    assert [a for a, _ in got] == [a for a, _ in want[:5]]
    assert np.allclose([s for _, s in got], [s for _, s in want[:5]], atol=1e-5)
    fr = store.nearest_articles(q, 3, SearchFilters(langs=["fr"]))
    assert [a for a, _ in fr] == [a for a, _ in want if int(a[1:]) % 2 == 0][:3]
    assert store.nearest_articles(q, 0) == [] and len(store.nearest_articles(q, 100)) == 40



def test_lsh_bands_match_exactly_placed_reports_in_ingest_order(store):
    with store.transaction():
        eid = store.save_event(None, "Ev", unit_vector(1, 0), 1, D, D)
    keys = {1: [b"k0", b"k1", b"k2"], 2: [b"x0", b"k1", b"x2"], 3: [b"k1", b"y1", b"y2"],
            4: [b"k0", b"z1", b"z2"]}
    for i in (2, 1, 3, 4):  # ingest order: a2, a1, a3, a4
        with store.transaction():
            store.add_article(make_article(i, event_id=None if i == 4 else eid), unit_vector(1, i), b"sig%d" % i)
            store.add_lsh_bands(f"a{i}", keys[i])
    store.add_lsh_bands("a1", keys[1])  # again: a no-op
    # a band matches on its number and its key: a3's "k1" is band 0, not band 1
    assert store.lsh_candidates([b"q", b"k1", b"q"]) == [("a2", b"sig2"), ("a1", b"sig1")]
    assert store.lsh_candidates([b"k1", b"q", b"q"]) == [("a3", b"sig3")]
    assert store.lsh_candidates([b"k0", b"q", b"y2"]) == [("a1", b"sig1"), ("a3", b"sig3")]  # a4: no event
    assert store.lsh_candidates([b"q", b"q", b"q"]) == [] and store.lsh_candidates([]) == []
    store.replace_lsh_bands(iter([("a3", [b"k0", b"q", b"q"])]))
    assert store.lsh_candidates([b"k0", b"k1", b"k2"]) == [("a3", b"sig3")]


def test_a_short_word_finds_its_forms_not_longer_words_it_begins(store):
    """"dam collapse" found the Morocco earthquake report ("damaged",
    "collapsed") and, through it, the earthquake's other reports (h-ui16): a
    short word's prefix goes on by an ending's letters only, except in a
    language that writes compounds as one word (German "Dammbrüchen")."""
    rows = [
        (21, "Dams burst", "Two dams collapsed above the city.", "en"),
        (22, "Earthquake", "Houses were damaged and roofs collapsed.", "en"),
        (23, "Unwetter", "Tausende Tote nach Dammbrüchen; Häuser kollabierten.", "de"),
        (24, "Dam", "The dam's wall gave way.", "en"),
    ]
    for i, title, text, lang in rows:
        store.add_article(make_article(i, title=title, text=text, lang=lang), None, None)
    assert set(hit_ids(store.search_text("dam collapse"))) == {"a21"}
    assert set(hit_ids(store.search_text("dam"))) == {"a21", "a23", "a24"}
    assert set(hit_ids(store.search_text("damage"))) == {"a22"}  # a longer word still finds its forms
    # paged after the check: no page holds a match the check refused
    pages = [hit_ids(store.search_text("dam", limit=1, offset=n)) for n in range(4)]
    assert sorted(sum(pages, [])) == ["a21", "a23", "a24"] and pages[3] == []


def test_a_short_word_is_no_frequent_word_it_begins(store):
    """"dam" listed German reports for their "damit" ("so that"), a word of
    nearly every German report (h-ui17): a frequent word of the report's
    language is a form of a short word that is not one only by an ending
    its frequent words take, so "Staaten" is still a form of "Staat" and
    Russian "Газа" of "газ".  A word longer than a form is a German compound
    of "dam" only with the letters typed, not "dämpfte", which the indexes
    fold to "dampfte"."""
    rows = [
        (31, "Zinsen", "Die Notenbank will damit die Inflation senken.", "de"),
        (32, "Damals", "Damals war alles anders.", "de"),
        (33, "Unwetter", "Tausende Tote nach Dammbrüchen.", "de"),
        (34, "USA", "Die Vereinigten Staaten liefern Waffen.", "de"),
        (35, "Газ", "Поставки из сектора Газа прекращены.", "ru"),
        (36, "Preise", "Der Zinsschritt dämpfte die Preise.", "de"),  # "ä" is no "a": no compound of "dam"
    ]
    for i, title, text, lang in rows:
        store.add_article(make_article(i, title=title, text=text, lang=lang), None, None)
    assert set(hit_ids(store.search_text("dam"))) == {"a33"}
    assert set(hit_ids(store.search_text("staat"))) == {"a34"}
    assert set(hit_ids(store.search_text("газ"))) == {"a35"}
    assert set(hit_ids(store.search_text("damit"))) == {"a31"}  # the frequent word itself still finds itself


def test_a_short_word_goes_on_only_by_an_english_ending_in_an_english_report(store):
    """"dam" listed the English Olympic reports for the boats passing
    "Notre-Dame": English inflects with a few known endings, so in an English
    report a short word goes on only by one of them ("dams", "dammed",
    "Koreans", "Iraqi"), not into another word ("Dame", "warn", "early")."""
    rows = [
        (41, "Paris", "The boats passed Notre-Dame and the Louvre.", "en"),
        (42, "Dams", "The dam was breached; engineers dammed the river.", "en"),
        (43, "Warning", "Officials warn of floods early on Monday.", "en"),
        (44, "War", "The wars went on.", "en"),
        (45, "Peninsula", "Koreans and Iraqi officials met.", "en"),
        (46, "Paris", "Les bateaux passent devant Notre-Dame.", "fr"),  # "dam" is English here: no "Dame"
    ]
    for i, title, text, lang in rows:
        store.add_article(make_article(i, title=title, text=text, lang=lang), None, None)
    assert set(hit_ids(store.search_text("dam"))) == {"a42"}
    assert set(hit_ids(store.search_text("war"))) == {"a44"}
    assert set(hit_ids(store.search_text("ear"))) == set()
    assert set(hit_ids(store.search_text("korea iraq"))) == {"a45"}


def test_a_word_finds_the_words_its_reports_language_stems_alike(store):
    """Words of 6+ letters were cut by their last letter, a stand-in for
    stemming: "gifted" found no "gifts" ("gifte…"), "flooded" no "floods",
    "denied" no "deny".  A match is now a word of the same Snowball stem in
    the report's language or in English (a Hindi report's "Election Result"),
    alike on both backends (h-search7); a word that only begins like it is no
    form ("plea" is not "pleaded", a form of "plead"), and a language without
    a stemmer keeps the cut (Latvian)."""
    rows = [
        (51, "Putin gifts Kim a car", "The gift was a limousine.", "en"),
        (52, "Floods", "Flooding closed the roads.", "en"),
        (53, "Court", "He pleaded guilty.", "en"),
        (54, "Court", "Their pleas were heard.", "en"),
        (55, "Visa", "They deny it.", "en"),
        (56, "लोकसभा", "Lok Sabha Election Result 2024 घोषित", "hi"),
        (57, "Rīga", "Latvija ir valsts.", "lv"),
        (58, "Inondations", "Des inondations à Paris.", "fr"),
    ]
    for i, title, text, lang in rows:
        store.add_article(make_article(i, title=title, text=text, lang=lang), unit_vector(1, 0), None)
    for query, want in [("gifted", {"a51"}), ("flooded", {"a52"}), ("denied", {"a55"}), ("plea", {"a54"}),
                        ("pleaded", {"a53"}), ("election results", {"a56"}), ("Latvijas", {"a57"}),
                        ("inondation", {"a58"})]:
        assert set(hit_ids(store.search_text(query))) == want, query
    # the reach asked of the index covers the stems of the languages filtered on
    assert set(hit_ids(store.search_text("gifted", filters=SearchFilters(langs=["en"])))) == {"a51"}


def test_a_short_word_is_read_in_the_languages_whose_reports_write_it(store):
    """"dam" found "Dame" (Notre-Dame) in Spanish and German reports, whose
    stemmers give it the stem "dam" (h-search7): a short word that the stored
    reports of some languages write as typed, and those of the report's
    language never, is read as a word of those languages: "Dame" is no form of
    English "dam", "Damm" and "Dammbrüchen" are (a letter doubled, the
    spelling the name keys fold).  A short word no report writes keeps its
    forms in every language ("Staat" finds "Staaten"), a word the report's
    own language writes too keeps them there ("gas" finds Spanish "gases"),
    and so does a longer word, unless it is a frequent word of a language
    that writes it (English "under" is no form of German "und")."""
    rows = [
        (61, "Dams", "The Kakhovka dam was breached.", "en"),
        (62, "París", "Los barcos pasaron junto a Notre Dame.", "es"),
        (63, "Olympia", "Die Boote fuhren an Notre-Dame vorbei.", "de"),
        (64, "Kachowka", "Der Damm ist zerstört.", "de"),
        (65, "Libyen", "Tausende Tote nach Dammbrüchen.", "de"),
        (66, "USA", "Die Vereinigten Staaten liefern Waffen.", "de"),
        (67, "Gas", "The gas price rose.", "en"),
        (68, "Gas", "Los precios del gas y de los gases subieron.", "es"),
        (69, "Gases", "Los gases tóxicos.", "es"),
        (60, "Rates", "Under pressure, the euro fell.", "en"),
        (70, "Preise", "Preise und Löhne. Es kostet zehn Euros.", "de"),  # "under" is English: no "und"
    ]
    for i, title, text, lang in rows:
        store.add_article(make_article(i, title=title, text=text, lang=lang), None, None)
    assert set(hit_ids(store.search_text("dam"))) == {"a61", "a64", "a65"}
    assert set(hit_ids(store.search_text("staat"))) == {"a66"}
    assert set(hit_ids(store.search_text("gas"))) == {"a67", "a68", "a69"}
    assert set(hit_ids(store.search_text("under"))) == {"a60"}  # a frequent word: only its own language's forms
    assert set(hit_ids(store.search_text("euros"))) == {"a60", "a70"}  # 4+ letters: "euro" still its form


def test_a_compounding_languages_word_finds_its_compounds_and_vowel_changes(store):
    """German Snowball splits no compound and undoes no strong verb's vowel
    change, so matching by stem lost what the old cut found through the
    indexes' folding (h-search7): "olympic" no "Olympiastadion", "empfängt"
    no "empfangen".  In a language that writes compounds as one word a word
    of 6+ letters again finds the words it begins without its last letter;
    an English report keeps English's endings ("policy" is no form of
    "police")."""
    rows = [
        (71, "Finale", "Das Finale im Berliner Olympiastadion.", "de"),
        (72, "Treffen", "Putin hat Kim im Fernen Osten empfangen.", "de"),
        (73, "Finaali", "Olympialaiset alkoivat.", "fi"),
        (74, "Budget", "The new policy was announced.", "en"),
    ]
    for i, title, text, lang in rows:
        store.add_article(make_article(i, title=title, text=text, lang=lang), None, None)
    assert set(hit_ids(store.search_text("olympic"))) == {"a71", "a73"}
    assert set(hit_ids(store.search_text("empfängt"))) == {"a72"}
    assert set(hit_ids(store.search_text("police"))) == set()


def test_a_word_finds_its_cognates_by_their_own_languages_stem(store):
    """"olympic" found no French "olympique": English stems it "olymp",
    French stems "olympique" "olymp" too, but neither stemmer gives both
    words one stem.  The report's word by its language's stemmer against
    the typed word by English's finds the cognate ("ceremony": Spanish
    "ceremonia", French "cérémonie"); a shorter shared stem is a look-alike ("landing": German
    "Länder", both "land"), and the very short words keep their languages
    ("dam" no Spanish "Dame")."""
    rows = [
        (81, "JO", "La cérémonie olympique a eu lieu sous la pluie.", "fr"),
        (82, "Juegos", "Una ceremonia bajo la lluvia.", "es"),
        (83, "Wahl", "Die Länder stimmten ab.", "de"),
        (84, "Flood", "The dam burst.", "en"),
        (85, "Juegos", "Barcos pasaron ante Notre Dame.", "es"),
    ]
    for i, title, text, lang in rows:
        store.add_article(make_article(i, title=title, text=text, lang=lang), None, None)
    assert set(hit_ids(store.search_text("olympic"))) == {"a81"}
    assert set(hit_ids(store.search_text("ceremony"))) == {"a81", "a82"}
    assert set(hit_ids(store.search_text("landing"))) == set()
    assert set(hit_ids(store.search_text("dam"))) == {"a84"}
