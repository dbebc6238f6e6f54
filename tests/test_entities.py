"""ENTITIES stage: script-independent keys, extraction in several languages, alias resolution.

The seeds are real scraped articles in ../shared (skipped when absent); the
labelled sample in tests/data was written for this project (en, hi, ru, de,
es, fr) and is scored with storyline.bench.entities.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from anyascii import anyascii

from storyline.analyse.entities import EntityResolver, entity_key, extract_entities, keys_match
from storyline.analyse.entity_keys import SAME_NAME_THRESHOLD, same_name
from storyline.bench.entities import evaluate, load_sample

from conftest import SHARED

SEEDS = SHARED / "seeds"
SAMPLE = Path(__file__).resolve().parent / "data" / "entities_sample.jsonl"


def _seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip(f"shared seeds not found at {SEEDS}: seed extraction tests need ../shared")
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def _found(mentions) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in mentions}


# --- keys --------------------------------------------------------------------
def test_entity_key_is_equal_across_scripts():
    assert entity_key("Putin") == entity_key("पुतिन") == entity_key("Путин") == "putin"
    assert entity_key("Vladimir Putin") == entity_key("व्लादिमीर पुतिन") == entity_key("Владимир Путин")
    assert entity_key("Kremlin") == entity_key("क्रेमलिन")


def test_entity_key_normalises_punctuation_case_and_diacritics():
    assert entity_key("Kim Jong-un’s") == "kim jong un"
    assert entity_key("  U.S. ") == "us"
    assert entity_key("Emmanuel  Macron") == "emmanuel macron"
    assert entity_key("Müller") == entity_key("Muller") == "muller"
    for name in ("किम जोंग-उन", "Ким Чен Ын", "Côte d'Ivoire"):
        assert entity_key(entity_key(name)) == entity_key(name)  # idempotent


def test_devanagari_nasals_and_inherent_vowels():
    # anyascii alone renders the anusvara before a velar as "m" and drops inherent vowels
    assert anyascii("किम जोंग-उन") == "kim jomg-un"
    assert entity_key("किम जोंग-उन") == entity_key("Kim Jong Un")
    assert entity_key("राहुल गांधी") == "rahul gandhi"
    assert entity_key("प्योंगयांग") == entity_key("Pyongyang")
    assert entity_key("नरेंद्र मोदी") == "narendra modi"
    assert entity_key("संबंध").startswith("samb")  # before a labial the nasal is m


def test_keys_match_is_a_similarity_in_unit_range():
    assert keys_match("Kim Jong Un", "kim jomg un") >= SAME_NAME_THRESHOLD
    assert keys_match("Kim Jong Un", "किम जोंग-उन") == 1.0
    assert keys_match("Kim Jong Un", "Kim Yo Jong") < SAME_NAME_THRESHOLD
    assert 0.0 <= keys_match("Putin", "Macron") < 0.5
    assert keys_match("", "Putin") == 0.0
    assert not same_name("kim jong un", "kim yo jong")
    assert not same_name("kim jong un", "kim jong il")
    assert not same_name("korea", "korean")  # a derivation is not a spelling variant


def test_russian_rendering_of_kim_is_a_documented_limitation():
    # Russian writes Kim Jong Un by its own convention; transliteration cannot equate it.
    key = entity_key("Ким Чен Ын")
    assert key == "kim chen yn"
    assert not same_name(key, entity_key("Kim Jong Un"))


# --- extraction --------------------------------------------------------------
def test_seed_000_english_names():
    text = _seed("000")
    found = extract_entities(text, "en")
    pairs = _found(found)
    assert {("Putin", "PERSON"), ("Kim Jong Un", "PERSON"), ("Vladimir Putin", "PERSON")} <= pairs
    assert {("North Korea", "PLACE"), ("Russia", "PLACE")} <= pairs
    assert any("aurus" in m.key for m in found)
    assert not any(m.text.startswith(("President", "Russian")) for m in found)  # titles, demonyms
    for m in found:
        assert text[m.start:m.end] == m.text and m.key == entity_key(m.text)


def test_seed_002_agency_kremlin_and_official():
    found = extract_entities(_seed("002"), "en")
    pairs = _found(found)
    assert ("KCNA", "ORG") in pairs and ("John Kirby", "PERSON") in pairs
    assert "Kremlin" in {m.text for m in found}
    assert ("Kim Jong-un", "PERSON") in pairs  # possessive and hyphenated given name


def test_seed_001_hindi_names_with_known_from_english_title():
    title, _, body = _seed("001").partition("\n")
    known = extract_entities(title, "en")
    assert "Vladimir Putin" in {m.text for m in known}
    pairs = _found(extract_entities(body, "hi", known=known))
    assert ("पुतिन", "PERSON") in pairs
    assert ("किम जोंग-उन", "PERSON") in pairs
    assert ("रूस", "PLACE") in pairs and ("उत्तर कोरिया", "PLACE") in pairs


def test_known_names_are_found_in_another_script_without_cues():
    text = "पुतिन ने किम जोंग-उन को कार दी।"
    assert not any(m.label == "PERSON" for m in extract_entities(text, "hi"))
    pairs = _found(extract_entities(text, "hi", known=["Vladimir Putin", ("Kim Jong Un", "PERSON")]))
    assert {("पुतिन", "PERSON"), ("किम जोंग-उन", "PERSON")} <= pairs
    # inflected Russian forms are matched through their stem
    ru = extract_entities("Переговоры с Путиным прошли в Пхеньяне.", "ru", known=["Vladimir Putin"])
    assert ("Путиным", "PERSON") in _found(ru) and ("Пхеньяне", "PLACE") in _found(ru)


def test_titles_particles_and_demonyms():
    text = "Russian President Vladimir Putin met Bashar al-Assad and Moon Jae-in in Seoul on Tuesday."
    pairs = _found(extract_entities(text, "en"))
    assert pairs == {("Vladimir Putin", "PERSON"), ("Bashar al-Assad", "PERSON"),
                     ("Moon Jae-in", "PERSON"), ("Seoul", "PLACE")}
    text = "The President of Russia Vladimir Putin spoke after Commission President Ursula von der Leyen."
    assert _found(extract_entities(text, "en")) == {("Russia", "PLACE"), ("Vladimir Putin", "PERSON"),
                                                    ("Ursula von der Leyen", "PERSON")}
    fr = _found(extract_entities("Le président de la République Emmanuel Macron a reçu le ministre de "
                                 "l'Intérieur Gérald Darmanin.", "fr"))
    assert fr == {("Emmanuel Macron", "PERSON"), ("Gérald Darmanin", "PERSON")}
    ru = _found(extract_entities("Пресс-секретарь Кремля Дмитрий Песков ответил журналистам.", "ru"))
    assert ru == {("Кремля", "ORG"), ("Дмитрий Песков", "PERSON")}


def test_sentence_initial_and_german_common_nouns_are_not_names():
    text = "Markets fell. Analysts said markets would recover after Siemens reported."
    en = {m.text for m in extract_entities(text, "en")}
    assert "Markets" not in en and "Siemens" in en
    de = _found(extract_entities("Die Regierung in Berlin kritisierte das Treffen mit Olaf Scholz am Montag.", "de"))
    assert de == {("Berlin", "PLACE"), ("Olaf Scholz", "PERSON")}


def test_russian_sentence_initial_adjectives_and_descriptors_are_not_names():
    text = ("Индийская станция «Чандраян-3» совершила посадку. Посадочный модуль «Викрам» опустился "
            "на поверхность. Луноход «Прагьян» изучит грунт. Центральный банк России повысил ставку.")
    found = {m.text for m in extract_entities(text, "ru")}
    assert {"Чандраян-3", "Викрам", "Прагьян", "Центральный банк России"} <= found
    assert not found & {"Индийская", "Посадочный", "Луноход"}
    # a surname shaped like an adjective stays a name when the text names it mid-sentence too
    again = {m.text for m in extract_entities("Зеленский заявил о переговорах. Журналисты спросили "
                                              "Зеленского о сроках.", "ru")}
    assert "Зеленский" in again


def test_russian_sentence_initial_nouns_written_in_lower_case_elsewhere_are_not_names():
    """"Переговоры" opening a sentence is the word the text also writes as
    "переговоров"; a place stays a place next to its lower-case adjective."""
    text = ("Переговоры длились два дня. По итогам переговоров Путин и Ким подписали договор. "
            "Сделка вступит в силу осенью, условия сделки не раскрыты. "
            "Донецк подвергся обстрелу, сообщил донецкий губернатор.")
    found = {m.text for m in extract_entities(text, "ru")}
    assert {"Путин", "Ким", "Донецк"} <= found
    assert not found & {"Переговоры", "Сделка"}
    # English is not inflected this way: "apples" says nothing about "Apple"
    assert "Apple" in {m.text for m in extract_entities(
        "Apple reported record sales. Analysts said apples were not involved.", "en")}


def test_names_with_numbers_are_not_people():
    from storyline.analyse.entity_spans import guess_label

    assert guess_label("Chandrayaan-3", "en") == guess_label("Boeing 767", "en") == "PRODUCT"
    assert guess_label("Kim Jong Un", "en") == "PERSON"


def test_empty_and_nameless_text():
    assert extract_entities("", "en") == []
    assert extract_entities("it rained all day and nobody came.", "en") == []


def test_sample_precision_recall_floor():
    res = evaluate(SAMPLE)
    # measured 0.97 / 0.93 (typed F1 0.79) on 55 passages; floors sit 0.1 lower
    assert res["precision"] >= 0.86 and res["recall"] >= 0.83
    assert res["typed"]["f1"] >= 0.68
    assert set(res["by_lang"]) == {"en", "hi", "ru", "de", "es", "fr", "pt", "it", "cs", "el"}
    assert all(r["tp"] > 0 for r in res["by_lang"].values())
    for item in load_sample(SAMPLE):  # the sample itself is consistent
        assert all(e["text"] in item["text"] + "\n" + item.get("title", "") for e in item["entities"])  # (a headline's too)


# --- resolver ----------------------------------------------------------------
def _resolve(resolver: EntityResolver, mentions, group="event-1") -> set[str]:
    return {resolver.add(text, label, f"a{n}", group) for n, (text, label) in enumerate(mentions)}


def test_resolver_merges_kim_variants_but_not_his_sister():
    r = EntityResolver()
    ids = _resolve(r, [("Kim Jong Un", "PERSON"), ("Kim Jong-un", "PERSON"), ("kim jong un", "PERSON"),
                       ("Kim Jong", "PERSON"), ("किम जोंग-उन", "PERSON")])
    sister = r.add("Kim Yo Jong", "PERSON", "a9", "event-1")
    assert len({r.resolve(i) for i in ids}) == 1 and r.resolve(sister) not in {r.resolve(i) for i in ids}
    kim = next(e for e in r.entities() if e["id"] == r.resolve(next(iter(ids))))
    assert kim["name"] == "Kim Jong Un" and kim["mentions"] == 5 and "किम जोंग-उन" in kim["aliases"]
    # "Kim" alone is ambiguous in this group (two longer Kims): it stays apart
    assert r.add("Kim", "PERSON", "a10", "event-1") not in {r.resolve(i) for i in ids} | {sister}


def test_resolver_merges_putin_across_scripts_and_picks_latin_full_name():
    r = EntityResolver()
    ids = _resolve(r, [("Putin", "PERSON"), ("पुतिन", "PERSON"), ("Путин", "PERSON"), ("Vladimir Putin", "PERSON"),
                       ("Путина", "PERSON")])
    assert len({r.resolve(i) for i in ids}) == 1
    (putin,) = r.entities()
    assert putin["name"] == "Vladimir Putin" and putin["label"] == "PERSON"
    assert set(putin["aliases"]) == {"Putin", "पुतिन", "Путин", "Vladimir Putin", "Путина"}


def test_resolver_groups_restrict_risky_merges():
    r = EntityResolver()
    full = r.add("Kim Jong Un", "PERSON", "a1", "summit-2023")
    assert r.add("Kim Jong", "PERSON", "a2", "summit-2023") == full
    assert r.add("Kim Jong", "PERSON", "a3", "other-story") != full  # no longer name in that group
    assert r.add("Scholz", "PERSON", "b1", None) != r.add("Olaf Scholz", "PERSON", "b2", None)


def test_resolver_places_across_languages_and_labels():
    r = EntityResolver()
    ids = _resolve(r, [("Russland", "PLACE"), ("Russia", "PLACE"), ("रूस", "PLACE"), ("России", "PLACE")])
    assert len(ids) == 1 and r.canonical_name(ids.pop()) == "Russia"
    # same key: one entity whose label is the majority of its mentions' labels
    boeing = {r.add("Boeing", label, "b") for label in ("ORG", "ORG", "PRODUCT", "MISC")}
    assert len(boeing) == 1 and r.label(boeing.pop()) == "ORG"
    # fuzzy spelling variants merge only with agreeing labels
    zelensky = r.add("Volodymyr Zelensky", "PERSON", "z1")
    assert r.add("Volodymyr Zelenskyy", "PERSON", "z2") == zelensky
    assert r.add("Volodymyr Zelenskiy", "ORG", "z3") != zelensky


def test_resolver_state_round_trips_through_json():
    r = EntityResolver()
    _resolve(r, [("Kim Jong Un", "PERSON"), ("Kim Jong", "PERSON"), ("Putin", "PERSON"), ("Vladimir Putin", "PERSON")])
    copy = EntityResolver.from_dict(json.loads(json.dumps(r.to_dict())))
    assert copy.entities() == r.entities()
    for twin in (r, copy):  # both continue the same way, group-local short forms included
        assert twin.add("Kim Jong", "PERSON", "z", "event-1") == twin.add("Kim Jong Un", "PERSON", "z", None)
        assert twin.add("Kim Jong", "PERSON", "z", "elsewhere") != twin.resolve("e1")
    assert copy.entities() == r.entities()


def test_entities_bench_names_the_broken_line(tmp_path):
    from storyline.bench.entities import load_sample

    path = tmp_path / "sample.jsonl"
    path.write_text('{"lang": "en", "text": "Putin met Kim.", "entities": [{"text": "Putin", "label": "PERSON"}]}\n'
                    '\n{"lang": "en", "text": "No labels here."}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"sample.jsonl:3: field 'entities'"):
        load_sample(path)
    path.write_text('{"lang": "en", "text": "x", "entities": []}\n{broken\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"sample.jsonl:2: broken JSON"):
        load_sample(path)


@pytest.mark.parametrize("text, name, not_name", [
    # a title, then the name running on into the clause with no postposition to stop it
    ("अमेठी से भाजपा नेता स्मृति ईरानी चुनाव हार गईं और कांग्रेस जीत गई।", "स्मृति ईरानी", "चुनाव"),
    ("शपथ ग्रहण में प्रधानमंत्री नरेंद्र मोदी वर्चुअल माध्यम से जुड़े।", "नरेंद्र मोदी", "माध्यम"),
])
def test_hindi_name_after_a_title_does_not_run_into_the_clause(text, name, not_name):
    found = [e.text for e in extract_entities(text, "hi")]
    assert name in found and not any(not_name in f for f in found), found


def test_hindi_name_after_a_title_is_as_long_as_the_text_writes_it_again():
    text = ("राष्ट्रपति किम जोंग उन अपनी बख्तरबंद ट्रेन से पहुंचे। बाद में किम जोंग उन ने भाषण दिया।")
    found = [e.text for e in extract_entities(text, "hi")]
    assert "किम जोंग उन" in found and not any("अपनी" in f for f in found), found
