"""Name errors a reader saw (h-names11): a Greek rendering kept apart from
the Latin name ("Τόνι Μπλερ" / Tony Blair), an initial dropped ("V. Klaus"),
a constituency typed as a person, a dateline's capitals shown as the name.
The entity stage alone, on sentences that are not the dev files'."""
from __future__ import annotations

from storyline.analyse.entities import EntityResolver, extract_entities
from storyline.analyse.entity_keys import same_name, spelling_key
from storyline.analyse.entity_merge import merge_across_scripts, merge_variants


def _resolved(mentions) -> EntityResolver:
    """A resolver fed (text, label, story, lang) mentions, one report each, after both merge passes."""
    r = EntityResolver()
    for n, (text, label, story, lang) in enumerate(mentions):
        r.add(text, label, f"a{n}", group=f"story:{story}", lang=lang)
    merge_variants(r)
    merge_across_scripts(r)
    return r


def _id(r: EntityResolver, name: str) -> str:
    return r.resolve(next(e for e in r._ents if name in r.aliases(e)))


def test_greek_digraphs_and_a_hindi_diphthong_are_read_by_sound_in_spelling_keys():
    assert same_name(spelling_key("Μπόρις Τζόνσον"), spelling_key("Boris Johnson"))
    assert spelling_key("Γκόρντον") == spelling_key("Gordon")
    assert spelling_key("Χίλαρι Κλίντον") == spelling_key("Hillary Clinton")  # ντ after a vowel: nt
    assert spelling_key("टोनी ब्लेयर") == spelling_key("टोनी ब्लैर") == spelling_key("Tony Blair")


def test_a_greek_rendering_joins_the_latin_name_its_own_reports_also_quote():
    # a Greek report quotes "Tony Blair" in Latin and writes "Τόνι Μπλερ": one man, not two
    r = _resolved([("Tony Blair", "PERSON", 1, "en"), ("Tony Blair", "PERSON", 1, "el"),
                   ("Τόνι Μπλερ", "PERSON", 1, "el"), ("Μπόρις Τζόνσον", "PERSON", 1, "el"),
                   ("Boris Johnson", "PERSON", 1, "en")])
    assert _id(r, "Τόνι Μπλερ") == _id(r, "Tony Blair")
    assert _id(r, "Μπόρις Τζόνσον") == _id(r, "Boris Johnson") != _id(r, "Tony Blair")
    assert r.names(_id(r, "Tony Blair"))["en"] == "Tony Blair"
    # between Greek spellings the letters decide: read by sound, "Χειμερινών" (winter)
    # is one letter nearer "Θερινών" (summer)
    r = _resolved([("Θερινών Ολυμπιακών Αγώνων", "MISC", 1, "el"),
                   ("Χειμερινών Ολυμπιακών Αγώνων", "MISC", 1, "el")])
    assert _id(r, "Θερινών Ολυμπιακών Αγώνων") != _id(r, "Χειμερινών Ολυμπιακών Αγώνων")
