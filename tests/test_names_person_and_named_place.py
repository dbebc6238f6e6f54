"""A person's name is not the place named after the person (h-names39, issue 12).

The demo's "Kim Il Sung Square" is keyed by the man's name, since its Spanish, Russian
and Hindi mentions write his words beside their own head noun ("plaza Kim Il-sung",
h-names10).  So typing "Kim Il-sung" looked the square up ("Kim Il Sung Square
(place), 5 mentions" for ``storyline entity "Kim Il-sung"``): the typed words are a
part of "plaza Kim Il-sung".  And a report naming the man would have joined the square,
whatever the labels.  Now the person's name is no part of the place's name in lookups
(``entity_lookup._names_the_person``), and the resolver keeps the two apart
(``EntityResolver._named_apart``), either coming first.
"""
from __future__ import annotations

from storyline.analyse.entity_keys import spelling_key
from storyline.analyse.entity_lookup import AliasRow, alias_spellings, decisive, rank
from storyline.analyse.entity_resolver import EntityResolver

SQUARE = ["Kim Il Sung Square", "plaza Kim Il-sung", "किम इल सुंग स्क्वायर", "площадь Ким Ир Сена"]


def _rows(aliases: list[str], eid: str, mentions: int) -> list[AliasRow]:
    """The rows the store indexes an entity's spellings by (``alias_spellings``: each alias and
    its keys, "kim il sung skuare" among them, which no head-noun list reads)."""
    return [AliasRow(eid, x, spelling_key(x), mentions) for a in aliases for x in alias_spellings(a)]


def test_typing_the_mans_name_does_not_look_up_the_square():
    rows = _rows(SQUARE, "square", 5)
    assert rank("Kim Il-sung", rows) == []
    assert rank("Kim Il Sung", rows) == []
    # the square is still found by its own name, a part of it or a typo of it
    assert decisive(rank("Kim Il Sung Square", rows)).entity_id == "square"
    assert decisive(rank("Kim Il Sung Sqare", rows)).entity_id == "square"
    assert rank("plaza Kim", rows)[0].entity_id == "square"
    # and the man, where a report named him, is what his name finds
    rows += _rows(["Kim Il-sung", "Ким Ир Сен"], "man", 2)
    assert decisive(rank("Kim Il-sung", rows)).entity_id == "man"


def test_the_man_and_his_square_stay_two_entities_whichever_comes_first():
    r = EntityResolver()
    square = r.add("Kim Il-sung", "PLACE", "es1", lang="es", shown="plaza Kim Il-sung")
    man = r.add("Kim Il-sung", "PERSON", "en1", lang="en")
    assert r.resolve(square) != r.resolve(man)
    r = EntityResolver()
    man = r.add("Kim Il-sung", "PERSON", "en1", lang="en")
    square = r.add("Kim Il-sung", "PLACE", "es1", lang="es", shown="plaza Kim Il-sung")
    assert r.resolve(square) != r.resolve(man)
    # the square's mentions in several languages are still one entity
    assert r.resolve(r.add("Kim Il Sung", "PLACE", "hi1", lang="hi", shown="किम इल सुंग स्क्वायर")) == r.resolve(square)
