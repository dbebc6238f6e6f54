"""Whether a query's words spell a stored entity as reports write it.

Why apart from :mod:`storyline.search_names`: the store looks an entity up by
keys no report writes (a spelling key folds doubled letters, a gazetteer key
is "moskva" for Moscow), so a query's run of words names an entity only
where it is one of the entity's written spellings, or that spelling read
letter for letter in another alphabet (Ukrainian "Одеса" is the reports'
"Odesa", which none writes in Cyrillic: h-names41).
"""
from __future__ import annotations

from storyline.analyse.entity_tokens import script_of
from storyline.store.base import Store
from storyline.store.records import EntityRow
from storyline.store.word_key import word_key


def query_key(text: str) -> str:
    """``text`` keyed as the word index keys words, case folded, one space between words."""
    return " ".join((word_key(text) or "").casefold().split())


def written_spellings(entity: EntityRow) -> set[str]:
    """How reports write ``entity`` (its name, aliases and names per
    language), keyed as the word index keys words: not the lookup keys
    the store also indexes it by (a stem, a gazetteer key, its id)."""
    return {query_key(s) for s in (entity.name, *entity.aliases, *entity.names.values()) if s}


def spelt_as_written(phrase: str, entity: EntityRow) -> bool:
    """Does ``phrase`` spell ``entity`` as a report writes it: one of its
    :func:`written_spellings`, or, written in another script than a spelling,
    that spelling transliterated letter for letter (``entity_keys.entity_key``:
    Ukrainian "Одеса" is the reports' "Odesa", which none writes in Cyrillic).

    Why not any lookup key: those fold what a spelling writes (a spelling key
    drops doubled letters, "Odesssa"); a transliteration equal to a spelling
    is that spelling read in another alphabet."""
    if query_key(phrase) in written_spellings(entity):
        return True
    script = _script(phrase)
    if not _alphabetic(phrase):
        return False  # a syllabary's or an unspaced script's piece is no letter-for-letter reading ("プー")
    key = _transliterated(phrase)
    return bool(script and key) and any(
        _script(s) not in (None, script) and _transliterated(s) == key
        for s in (entity.name, *entity.aliases, *entity.names.values()) if s)


def written_entity(store: Store, phrase: str) -> EntityRow | None:
    """The stored entity ``phrase`` spells as reports write it (:func:`spelt_as_written`),
    looked up as typed, else, in a script other than Latin, by its transliteration
    ("Одеса" by "odesa": the store knows no Cyrillic spelling of it)."""
    for typed in dict.fromkeys([phrase, *([_transliterated(phrase)] if _script(phrase) != "LATIN" else [])]):
        found = store.find_entity(typed) if typed else None
        if found is not None and spelt_as_written(phrase, found):
            return found
    return None


def _alphabetic(text: str) -> bool:
    """Every letter of ``text`` is of a cased script, an alphabet (Cyrillic, Greek, Latin), which
    transliteration reads letter for letter; Japanese katakana "プーチン" is "puchin", and a piece
    of an unspaced query (search_words.query_words splits one by what spells a name) is no name."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.lower() != ch.upper() for ch in letters)


def _script(text: str) -> str | None:
    return next((script_of(ch) for ch in text if ch.isalpha()), None)


def _transliterated(text: str) -> str:
    from storyline.analyse.entity_keys import entity_key

    return " ".join(entity_key(query_key(text)).split())
