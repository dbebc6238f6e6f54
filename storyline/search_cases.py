"""The nominatives a name typed in a case form may stand for, in a search query.

Why: Russian and Ukrainian decline a name after a preposition, and a query
states its place that way: "наводнение в Ливии", "повінь у Лівії" (flood in
Libya) name "Ливия" / "Лівія" in the genitive or locative, which neither a
report nor the where index writes, so the query named nothing and meaning
alone ranked the Kakhovka dam's floods above Derna's, or (the Ukrainian
query, whose own vector sits further from the store's Russian reports) was
turned away as about nothing stored.

Russian is read by its dictionary (:func:`storyline.analyse.entity_inflect.nominative`,
which the names stage shows names with).  Ukrainian has no dictionary
shipped (``entity_inflect.LANGS``: pymorphy's Ukrainian one read "Києві" as
"Кий"), and the Russian one reads a Ukrainian word as a misspelt Russian one
at best, so a phrase that writes a letter Russian lacks (і ї є ґ) is read by
the regular singular endings of Ukrainian nouns instead (:data:`UK_ENDINGS`:
"Лівії" -> "Лівія", "Україні" -> "Україна", "Путіна" -> "Путін"), each
candidate also in the Russian letters the store's Russian reports write it
in ("Путін" -> "Путин").  Too many candidates is safe: the caller keeps one
only where it spells a stored name as a report writes it
(:func:`storyline.search_names.written_spellings`) or names a country
(:func:`storyline.search_names.country_entity`); only the lookup reads them.
"""
from __future__ import annotations

from storyline.analyse.entity_tokens import script_of
from storyline.language_codes import foreign_to

# the same sounds in Russian letters ("Путін" is "Путин", "Євро" "Евро"); the apostrophe
# Ukrainian writes before a iotated vowel ("Дніпро'", "п'ять") Russian writes as nothing here
TO_RUSSIAN = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "І": "И", "Ї": "И", "Є": "Е", "Ґ": "Г",
                             "'": None, "’": None, "ʼ": None})
# (case ending, nominative ending) of Ukrainian singular nouns, longest first: the -ія
# nouns' genitive, dative and locative -ії, accusative -ію, instrumental -ією; the -а
# nouns' genitive -и, dative/locative -і, accusative -у, instrumental -ою; hard
# masculine genitive -а, dative -ові/-у, locative -і, instrumental -ом; -й masculine
# (Китай) genitive -ю, locative -ї
UK_ENDINGS = (("ією", "ія"), ("ії", "ія"), ("ію", "ія"), ("ові", ""), ("ою", "а"), ("ом", ""),
              ("і", "а"), ("и", "а"), ("у", "а"), ("а", ""), ("у", ""), ("і", ""), ("ї", "й"), ("ю", "й"))
MIN_STEM = 3  # letters a candidate keeps before its ending: "Лівії" -> "Лівія", never "Ра" of "Рі"


def cyrillic(phrase: str) -> bool:
    """Is every letter of ``phrase`` Cyrillic (and has it one)?"""
    letters = [ch for ch in phrase if ch.isalpha()]
    return bool(letters) and all(script_of(ch) == "CYRILLIC" for ch in letters)


def ukrainian(phrase: str) -> bool:
    """Does ``phrase`` write a letter of Ukrainian's that Russian lacks?"""
    return foreign_to(phrase, "ru") and not foreign_to(phrase, "uk")


def nominatives(phrase: str) -> list[str]:
    """The spellings ``phrase`` may be a case form of, the likeliest first,
    ``phrase`` itself not among them: in Russian the dictionary's
    nominative where it is sure of the case; in Ukrainian (:func:`ukrainian`)
    the last word with each regular case ending (:data:`UK_ENDINGS`) put
    back to its nominative, then the phrase and those in Russian letters;
    none for a phrase that is not all Cyrillic."""
    if not cyrillic(phrase):
        return []
    if not ukrainian(phrase):
        from storyline.analyse.entity_inflect import nominative

        base = nominative(phrase, "ru")
        return [base] if base != phrase else []
    head, _, last = phrase.rpartition(" ")
    low = last.casefold()
    forms = [f"{head} {made}".lstrip() for ending, nom in UK_ENDINGS
             if low.endswith(ending) and len(last) - len(ending) >= MIN_STEM and last[-len(ending):].islower()
             for made in [last[:-len(ending)] + nom]]
    out = [*forms, *(f.translate(TO_RUSSIAN) for f in [phrase, *forms])]
    return [f for f in dict.fromkeys(out) if f != phrase]
