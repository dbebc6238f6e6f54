"""Names a language renders by its own convention ("Ким Чен Ын" for Kim Jong
Un, "Си Цзиньпин" for Xi Jinping) merged on the evidence of one story's
reports (the entity stage alone, no model needed)."""
from __future__ import annotations

from storyline.analyse.entities import EntityResolver
from storyline.analyse.entity_keys import same_name
from storyline.analyse.entity_sounds import sound_skeleton
from storyline.analyse.entity_merge import cross_script_pairs, merge_across_scripts, merge_variants


def _resolved(mentions) -> EntityResolver:
    """A resolver fed (text, label, story, lang) mentions, one report each, after the variant pass."""
    r = EntityResolver()
    for n, (text, label, story, lang) in enumerate(mentions):
        r.add(text, label, f"a{n}", group=f"story:{story}", lang=lang)
    merge_variants(r)
    return r


def _id(r: EntityResolver, name: str) -> str:
    return r.resolve(next(e for e in r._ents if name in r.aliases(e)))


KIM = [("Kim Jong Un", "PERSON", 1, "en"), ("Kim", "PERSON", 1, "en"), ("Kim Jong Un", "PERSON", 1, "de"),
       ("किम जोंग उन", "PERSON", 1, "hi"), ("Ким", "PERSON", 1, "ru"), ("Ким Чен Ына", "PERSON", 1, "ru"),
       ("Ким Чен Ын", "PERSON", 1, "ru"), ("Putin", "PERSON", 1, "en"), ("Путин", "PERSON", 1, "ru")]


def test_sound_skeletons_agree_across_conventions_and_keep_other_names_apart():
    assert not same_name("kim chen yn", "kim jong un")  # what keys alone cannot do
    assert sound_skeleton("Ким Чен Ын") == sound_skeleton("Kim Jong Un") == sound_skeleton("किम जोंग उन")
    assert sound_skeleton("Си Цзиньпин") == sound_skeleton("Xi Jinping")
    assert sound_skeleton("Ким Ё Чжон") == sound_skeleton("Kim Yo Jong") != sound_skeleton("Kim Jong Un")
    assert sound_skeleton("Kim Jong Il") != sound_skeleton("Kim Jong Un")
    # Greek digraphs for b, d, g and chi for h; a w after the first letter is a glide
    assert sound_skeleton("Γκόρντον Μπράουν") == sound_skeleton("Gordon Brown") == sound_skeleton("गॉर्डन ब्राउन")
    assert sound_skeleton("Μοχάμεντ Σακίλ") == sound_skeleton("Mohammed Shakil")


def test_a_russian_rendering_joins_the_name_the_other_reports_of_its_story_write():
    r = _resolved(KIM + [("Си Цзиньпин", "PERSON", 2, "ru"), ("Xi Jinping", "PERSON", 2, "en")])
    assert _id(r, "Ким Чен Ын") != _id(r, "Kim Jong Un")  # the resolver alone keeps them apart
    merged = merge_across_scripts(r)
    assert len(merged) == 2
    kim = _id(r, "Kim Jong Un")
    assert _id(r, "Ким Чен Ын") == kim and _id(r, "Си Цзиньпин") == _id(r, "Xi Jinping") != kim
    assert r.canonical_name(kim) == "Kim Jong Un"
    assert r.names(kim)["ru"] == "Ким Чен Ын" and r.names(kim)["hi"] == "किम जोंग उन"


def test_a_different_person_of_the_same_family_name_stays_apart():
    # Russian names only Kim Yo Jong, the other reports only Kim Jong Un: one word agrees, the name does not
    r = _resolved([("Kim Jong Un", "PERSON", 1, "en"), ("Kim Jong Un", "PERSON", 1, "de"),
                   ("Ким Ё Чжон", "PERSON", 1, "ru")])
    assert merge_across_scripts(r) == [] and _id(r, "Ким Ё Чжон") != _id(r, "Kim Jong Un")
    # both siblings in both scripts: each joins its own
    r = _resolved(KIM + [("Kim Yo Jong", "PERSON", 1, "en"), ("Ким Ё Чжон", "PERSON", 1, "ru")])
    merge_across_scripts(r)
    assert _id(r, "Ким Ё Чжон") == _id(r, "Kim Yo Jong") != _id(r, "Kim Jong Un") == _id(r, "Ким Чен Ын")


def test_no_merge_without_the_evidence_of_one_story_or_against_a_language_or_a_rival():
    apart = _resolved([("Kim Jong Un", "PERSON", 1, "en"), ("Ким Чен Ын", "PERSON", 2, "ru")])
    assert cross_script_pairs(apart) == []  # never named in one story
    unlinked = _resolved([("Kim Jong Un", "PERSON", None, "en"), ("Ким Чен Ын", "PERSON", None, "ru")])
    assert cross_script_pairs(unlinked) == []  # reports of no story share nothing
    labels = _resolved([("Kim Jong Un", "PERSON", 1, "en"), ("Ким Чен Ын", "ORG", 1, "ru")])
    assert cross_script_pairs(labels) == []
    # two spellings of one skeleton in one script, kept apart by the resolver, are two names
    both = _resolved([("Kim Jong Un", "PERSON", 1, "en"), ("Kim Jung Eun", "PERSON", 1, "ru"),
                      ("Ким Чен Ын", "PERSON", 1, "ru")])
    assert cross_script_pairs(both) == []
    # two Latin names of one skeleton: which one Russian means is not known
    rival = _resolved([("Kim Jong Un", "PERSON", 1, "en"), ("Kim Jung Eun", "PERSON", 1, "en"),
                       ("Ким Чен Ын", "PERSON", 1, "ru")])
    assert _id(rival, "Kim Jong Un") != _id(rival, "Kim Jung Eun")
    assert cross_script_pairs(rival) == []
    short = _resolved([("Xi", "PERSON", 1, "en"), ("Си", "PERSON", 1, "ru"),
                       ("Wang Yi", "PERSON", 1, "en"), ("Ван И", "PERSON", 1, "ru")])
    assert cross_script_pairs(short) == []  # one word, or two consonant classes, are met by chance


def test_a_hindi_spelling_with_an_epenthetic_vowel_joins_the_english_name():
    # "दिमित्री" is "dimitri": one letter more than "dmitri", a spelling variant, wherever both are named
    r = EntityResolver()
    en = r.add("Dmitry Peskov", "PERSON", "a1", group="story:1", lang="en")
    assert r.add("दिमित्री पेसकोव", "PERSON", "a2", group="story:2", lang="hi") == en
    assert r.add("Дмитрий Песков", "PERSON", "a3", group="story:3", lang="ru") == en
    assert sound_skeleton("दिमित्री पेसकोव") == sound_skeleton("Dmitry Peskov")
