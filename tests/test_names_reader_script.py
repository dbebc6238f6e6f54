"""A reader is shown a name in the own script where the store spells it so (h-ui16).

The names stage gives a language a name from its own reports' mentions; an
entity with spellings in the reader's script but no name in the reader's
language (mentions in a report whose language was not told) was shown to a
Hindi reader in Latin letters.  Not a one-word fragment of a longer name, as
the names stage shows none.  A name another language owns in that script
stays that language's: a Ukrainian reader is not shown the Russian reports'
"Киев" for Kyiv.
"""
from __future__ import annotations

from storyline.store.records import EntityRow


def test_the_script_of_a_language_is_its_own_names():
    from storyline.language_codes import written_in

    assert written_in("मोदी", "hi") and written_in("नेपाल", "ne") and not written_in("Modi", "hi")
    assert written_in("Москва", "uk") and written_in("Moscow", "en") and not written_in("Москва", "en")
    assert not written_in("Moscow", None) and not written_in("Moscow", "zz")  # no language CLDR names


def test_a_hindi_reader_reads_a_devanagari_spelling_no_hindi_name_was_chosen_from():
    nda = EntityRow(id="e1", name="National Democratic Alliance", label="ORG",
                    aliases=["NDA", "एनडीए", "National Democratic Alliance", "राष्ट्रीय जनतांत्रिक गठबंधन"],
                    names={"en": "National Democratic Alliance"})
    assert nda.display("hi").name == "राष्ट्रीय जनतांत्रिक गठबंधन"  # the whole name, not the shortest
    assert nda.display("en").name == "National Democratic Alliance"
    assert nda.display("de").name == "National Democratic Alliance"  # Latin already: as before
    kim = EntityRow(id="e2", name="Kim Jong Un", label="PERSON", aliases=["Kim Jong Un", "किम", "किम जोंग उन"],
                    names={"en": "Kim Jong Un", "hi": "किम जोंग उन"})
    assert kim.display("hi").name == "किम जोंग उन"  # a stored Hindi name first
    kim.names.pop("hi")
    kim.aliases.remove("किम जोंग उन")
    assert kim.display("hi").name == "Kim Jong Un"  # not "किम", a fragment of the name


def test_another_languages_name_in_the_readers_script_is_not_the_readers():
    kyiv = EntityRow(id="e3", name="Kyiv", label="PLACE", aliases=["Kyiv", "Киев", "Киева", "Kiew"],
                     names={"en": "Kyiv", "ru": "Киев", "de": "Kiew"})
    assert kyiv.display("uk").name == "Київ"  # the gazetteer's Ukrainian name (h-ui39), not the Russian "Киев"
    moscow = EntityRow(id="e4", name="Moscow", label="PLACE", aliases=["Moscow", "Moskau"],
                       names={"en": "Moscow", "de": "Moskau"})
    assert moscow.display("hi").name == "मॉस्को"  # the gazetteer's Hindi name (h-ui40)
    rabat = EntityRow(id="e5", name="Rabat", label="PLACE", aliases=["Rabat"], names={"en": "Rabat", "fr": "Rabat"})
    assert rabat.display("hi").name == "Rabat"  # no Devanagari spelling stored nor a row's: the canonical name
