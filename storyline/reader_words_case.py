"""A count's case: said standing alone, or governed by the word before it (Arabic's dual).

Arabic writes a dual two ways: "حدثان" where the count stands alone or is a
subject (a card's "حدثان · مقالان", a citation line's "إحالتان · تقريران"),
"حدثين" after a preposition or as the second noun of a construct ("في مقالين",
"نشر مقالين") and as an adverb ("كُتب هكذا مرتين").  One form per CLDR
category could not say both: the catalogue had the governed one everywhere,
so a card read "حدثين · مقالين" (h-ui28 left it, h-ui29).  Only the dual
differs in writing: 3-10 and 100 and on change their unwritten vowels alone,
and 11-99 is the accusative whatever the case.

So :func:`storyline.reader_words.count` returns a :class:`Counted`, a string
that is the count said alone and carries its governed form; a catalogue entry
names the governed one where its words govern the count, ``{articles:oblique}``
("في {articles:oblique}"), and :data:`SAYING` fills it.  Why in the entry and
not at the call: which word governs a count is the language's, not the page's
("in {articles}" governs it in Arabic, not in Russian's "в 2 статьях", whose
own forms are another matter), so the template stays one call for every
language.  A field given no count keeps its text (``oblique`` of a plain
string is itself).  German's dative plural ("in 2 Artikeln") and Hindi's oblique
("2 लेखों में") are said the same way (``reader_words_plural.GOVERNED_PLURAL``, h-ui32).
"""
from __future__ import annotations

import string

OBLIQUE = "oblique"  # the format spec a catalogue entry writes for a governed count


class Counted(str):
    """A count as said standing alone ("حدثان"), with ``oblique``, as said governed ("حدثين")."""

    oblique: str

    def __new__(cls, alone: str, oblique: str | None = None) -> "Counted":
        said = super().__new__(cls, alone)
        said.oblique = alone if oblique is None else oblique
        return said


class _Saying(string.Formatter):
    """``str.format`` but for ``{field:oblique}``, which says a :class:`Counted`'s governed form."""

    def format_field(self, value, format_spec: str):
        if format_spec == OBLIQUE:
            return str(getattr(value, "oblique", value))
        return super().format_field(value, format_spec)


SAYING = _Saying()


def specs(text: str) -> set[str]:
    """The format specs ``text`` writes after its fields ("oblique"; none: an empty set)."""
    return {spec for _, field, spec, _ in string.Formatter().parse(text) if field is not None and spec}
