"""Name errors a reader saw (h-names12): a name glued to the next word by a
missing space ("George W. Bushannounced"), an initial before a common word
read as a name ("Tony C. Made"), a short given name kept apart from the full
one ("Don Rumsfeld" / "Donald H. Rumsfeld"), and Czech and Greek words for a
country's people read as names (and joined to the country).  The entity
stage alone, on sentences that are not the dev files'."""
from __future__ import annotations

from storyline.analyse.entities import EntityResolver, extract_entities


def _spans(text: str, lang: str = "en", known=()) -> dict[str, str]:
    return {m.text: m.label for m in extract_entities(text, lang, known)}


def test_a_name_glued_to_the_next_word_is_read_as_the_name():
    text = ("Prime Minister Helen R. Clarkpromised on Monday to rebuild the port. "
            "The promised money came later, as promised.")
    # the event already knows her: the name is found, and no "Clarkpromised"
    assert _spans(text, known=[("Helen R. Clark", "PERSON")]) == {"Helen R. Clark": "PERSON"}
    # or the text writes the name elsewhere
    spans = _spans(text + " Helen R. Clark left.")
    assert "Helen R. Clark" in spans and not any("promised" in s for s in spans)
    # a word alone is never cut ("Whitehouse" beside "White" and "house"), nor a name the text repeats
    spans = _spans("White said so. Alan Whitehouse bought a house. The house is white.")
    assert "Alan Whitehouse" in spans
    spans = _spans("Ariane rockets fly to space. Arianespace said so. Arianespace is a firm, in space.")
    assert "Arianespace" in spans


def test_an_initial_before_a_common_word_ends_the_name():
    # "Made" is written in lower case more often than capitalised: the sentence may start there
    spans = _spans("I think your talk with Tony C. Made a difference. It made news, and made friends.")
    assert "Tony C. Made" not in spans and "Tony C" in spans
    # a surname the text writes capitalised stays with its initial
    assert "George W. Bush" in _spans("George W. Bush met Bush supporters near a bush in Texas.")
    assert "V. Klaus" in _spans("The president V. Klaus said so.")


def merge_given_short_forms(r: EntityResolver):
    from storyline.analyse.entity_given import merge_given_short_forms as merge  # (new here: each test fails alone)
    return merge(r)


def _store(mentions) -> EntityResolver:
    r = EntityResolver()
    for n, (text, story) in enumerate(mentions):
        r.add(text, "PERSON", f"a{n}", group=f"story:{story}", lang="en")
    return r


def _same(r: EntityResolver, a: str, b: str) -> bool:
    ids = {name: r.resolve(e) for e in r._ents for name in r.aliases(e)}
    return ids[a] == ids[b]


def test_a_short_given_name_is_the_one_full_name_with_that_surname():
    r = _store([("Donald H. Rumsfeld", 1), ("Don Rumsfeld", 2), ("Jim Albaugh", 3), ("James Albaugh", 4),
                ("Tony Blair", 5)])
    merged = merge_given_short_forms(r)
    assert len(merged) == 2 and _same(r, "Don Rumsfeld", "Donald H. Rumsfeld") and _same(r, "Jim Albaugh", "James Albaugh")
    assert not _same(r, "Tony Blair", "Don Rumsfeld")


def test_a_short_given_name_joins_nothing_when_anything_says_otherwise():
    # two full forms of the surname the resolver kept apart: which one is Bill?
    r = _store([("William J. Smith", 1), ("William K. Smith", 2), ("Bill Smith", 3)])
    assert merge_given_short_forms(r) == []
    # middle initials that disagree, a short form that stands for two names (Pat), no table entry (Donny)
    r = _store([("Robert A. Jones", 1), ("Bob C. Jones", 2), ("Pat Brown", 3), ("Patrick Brown", 4),
                ("Donny Osmond", 5), ("Donald Osmond", 6)])
    assert merge_given_short_forms(r) == []
    # a different surname, or a surname that is only a longer one's start
    r = _store([("Don Rumsfeld", 1), ("Donald Rumsfield", 2), ("Jim Rochester", 3), ("James Roche", 4)])
    assert not _same(r, "Jim Rochester", "James Roche")


def test_czech_and_greek_words_for_a_people_are_no_names_as_in_english():
    assert "Americans" not in _spans("Americans said on Monday that the treaty was dead.")
    cs = _spans("Američané v pondělí řekli, že smlouva je mrtvá. Britové souhlasí a Íránci mlčí.", "cs")
    assert not {"Američané", "Britové", "Íránci"} & set(cs)
    el = _spans("Οι Αμερικανοί είπαν τη Δευτέρα ότι οι Βρετανοί και οι Ιρανοί διαφωνούν.", "el")
    assert not {"Αμερικανοί", "Βρετανοί", "Ιρανοί"} & set(el)
    # before a name it is no part of the name, as "American Serena Williams" is not
    assert "Alberto Contador" in _spans("Závod vyhrál Španěl Alberto Contador.", "cs")
    # the country stays a place, in a case too
    assert _spans("Spojené státy a Británie jednají.", "cs").get("Británie") == "PLACE"
    assert _spans("Im Osten Libyens starben viele Menschen.", "de").get("Libyens") == "PLACE"
