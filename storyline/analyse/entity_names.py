"""Display names of an entity, one per reader language.

An entity's spellings come from reports in many languages; a reader of
English should see "North Korea", not "Corea del Norte", and a reader of
Russian "Северная Корея" where Russian reports name it so.  For each language
the name is chosen among the spellings its reports use:

* a spelling in capitals in another script than the language's own is set
  aside when the language has one of its own (a dateline's "INDIA" in a
  Russian report loses to "Индия");
* in Russian each spelling is first put in the nominative where the
  dictionary is sure of it (:mod:`storyline.analyse.entity_inflect`: "Новой
  Каховки" -> "Новая Каховка", "Амуре" -> "Амур");
* in a language compared by stems (``stem_langs``) a spelling is shown in the
  gazetteer's dictionary form of its stem ("Луны", "Луну" -> "Луна";
  "Кремле" -> "Кремль"), even where no report wrote that form: readers look
  names up in the nominative;
* then the fullest form (most words: "Kim Jong Un" over "Kim"), then a form
  the gazetteer lists (a dictionary form: "Россия" over "России"), then
  given names spelt out ("Václav Klaus" over "V. Klaus"), then the nominative
  of one stem: a form not ending in one of the language's
  ``case_endings``, then one the other forms extend by a case ending ("Путин"
  over "Путина"), then the shortest ("Ким Чен Ын" over the dative "Ким Чен
  Ыну", "Одесса" over "Одессы"), then the most used form ("Kiev" where the
  reports write it more often than the gazetteer's English "Kyiv": the
  reader sees the spelling of what they read; a tie goes to the gazetteer's
  English name), written with capitals.

A language whose reports name the entity only by the first word of a longer
name ("Ким" of "Kim Jong Un") gets no display name of its own: the reader is
shown the canonical name rather than a fragment.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from storyline.analyse.entity_inflect import CONSONANTS, HARD_ENDINGS
from storyline.analyse.entity_inflect import LANGS as INFLECTED
from storyline.analyse.entity_inflect import nominative as nominative_form
from storyline.analyse.entity_keys import entity_key, spelling_key, spells_out
from storyline.analyse.entity_merge import core_spellings
from storyline.analyse.entity_patterns import Lexicon, lexicon
from storyline.analyse.entity_tokens import CASED_SCRIPTS, script_of

__all__ = ["best_form", "display_names", "gazetteer_english", "shown"]


def best_form(counts: Counter, lang: str | None = None, label: str | None = None) -> str:
    """The spelling to show among ``counts`` (spelling -> mentions) to a reader of ``lang``
    (of an entity labelled ``label``: a place's dateline in capitals yields, :func:`_in_prose`)."""
    lex = lexicon()
    counts = _own_script(counts)
    if label == "PLACE":
        counts = _in_prose(counts)
    if lang in INFLECTED:  # "Новой Каховки" -> "Новая Каховка": readers look names up in the nominative
        nominatives: Counter = Counter()
        for a, n in counts.items():
            nominatives[nominative_form(a, lang)] += n
        counts = nominatives
    algo = lex.stem_langs.get(lang or "")
    if algo:
        counts = _dictionary_forms(counts, algo)
    order = {a: n for n, a in enumerate(counts)}
    most_words = max(len(entity_key(a).split()) for a in counts)
    full = [a for a in counts if len(entity_key(a).split()) == most_words]
    forms: Counter = Counter()  # spellings that differ only in case or punctuation are one form
    for a in full:
        forms[entity_key(a)] += counts[a]
    listed: Counter = Counter()
    for a in full:
        listed[entity_key(a)] = max(listed[entity_key(a)], lex.listed(a))
    nominative = _nominatives(full, lang)
    # a listed form (any the gazetteer writes: "Россия", not "России") before others, then the commonest:
    # "Kiev" where the reports write it more than the gazetteer's English "Kyiv"; a tie goes to the English name
    best = max(forms, key=lambda k: (listed[k] > 0, -_initials(k), k in nominative, forms[k], listed[k],
                                     -min(order[a] for a in full if entity_key(a) == k)))
    same = [a for a in full if entity_key(a) == best]
    return max(same, key=lambda a: (a != a.lower() and a != a.upper(), counts[a], -order[a]))


def _initials(key: str) -> int:
    """Given names written as initials in a key ("v klaus"): the form that spells
    them out ("Václav Klaus") is shown before it."""
    words = key.split()
    return sum(len(w) == 1 and w.isalpha() for w in words[:-1])


def _script(name: str) -> str:
    return next((script_of(c) for c in name if c.isalpha()), "UNKNOWN")


def _capitals(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _own_script(counts: Counter) -> Counter:
    """``counts`` less the all-capital spellings in a script other than the one
    most mentions in mixed case are written in, when any spelling is in that script."""
    scripts: Counter = Counter()
    for a, n in counts.items():
        if not _capitals(a):
            scripts[_script(a)] += n
    if not scripts:
        return counts
    own = scripts.most_common(1)[0][0]
    kept = Counter({a: n for a, n in counts.items() if _script(a) == own or not _capitals(a)})
    return kept or counts


def _in_prose(counts: Counter) -> Counter:
    """``counts`` less the spellings in capitals, where a place is also written
    in mixed case: capitals are a dateline's ("NEW DELHI"), and the longer
    form they give, the gazetteer's, is not how the reports name the place in
    their prose ("Delhi").  The fullest form is chosen among the rest."""
    kept = Counter({a: n for a, n in counts.items() if not _capitals(a) or _acronym(a)})
    return kept or counts


def _acronym(name: str) -> bool:
    """No word of more than :data:`ACRONYM_MAX` letters: "UK", "U.S.", "DOD-IG" are written so in prose too."""
    return max(sum(c.isalpha() for c in w) for w in re.split(r"[\s\-‐–]+", name)) <= ACRONYM_MAX


@functools.lru_cache(maxsize=8)
def _written_by_stem(algo: str) -> dict[tuple[str, str], str]:
    """(script, stem key) -> the gazetteer spelling with that stem, as ``Lexicon._lookup``
    matches stems (a one-word stem may differ by its last letter: "южн коре"/"южн кор")."""
    out: dict[tuple[str, str], str] = {}
    for written in lexicon().written_names:
        key = Lexicon.stem_key(written, algo)
        out.setdefault((_script(written), key), written)
        if len(key) >= 4:
            out.setdefault((_script(written), key[:-1]), written)
    return out


def _dictionary_forms(counts: Counter, algo: str) -> Counter:
    """Each spelling the gazetteer does not write replaced by the one it writes with
    the same stem, in the same script ("Испанию" -> "Испания"); mentions add up."""
    lex, table, out = lexicon(), _written_by_stem(algo), Counter()
    for a, n in counts.items():
        form = a if lex.listed(a) else table.get((_script(a), Lexicon.stem_key(a, algo)), a)
        out[form] += n
    return out


def _nominatives(spellings: list[str], lang: str | None) -> set[str]:
    """Keys of the spellings that are the nominative of their stem: not ending in a
    case ending of ``lang``, then extended by the others ("Путин": "Путина",
    "Путиным"), then the shortest.  Spellings of a language without a stemmer are
    each their own stem; Cyrillic ones of an unknown language are taken as Russian."""
    lex = lexicon()
    groups: list[tuple[list[str], list[str]]] = []  # (word stems of the first, spellings)
    for a in spellings:
        lang_a = lang or ("ru" if _script(a) == "CYRILLIC" else None)
        algo = lex.stem_langs.get(lang_a or "")
        stems = (Lexicon.stem_key(a, algo) if algo else entity_key(a)).split()
        extra = None if algo or _script(a) not in CASED_SCRIPTS else 1  # (Hindi "सेनाओं" is "सेना")
        same = next((g for g in groups if _same_stems(g[0], stems, extra)), None)
        if same:
            same[1].append(a)
        else:
            groups.append((stems, [a]))
    out = set()
    for _, group in groups:
        def rank(a: str) -> tuple:
            lang_a = lang or ("ru" if _script(a) == "CYRILLIC" else "")
            last = a.split()[-1].casefold() if a.split() else ""
            oblique = any(last.endswith(e) and len(last) > len(e) + 1 for e in lex.case_endings.get(lang_a, ()))
            extended = any(b.casefold().startswith(a.casefold()) and b != a for b in group)
            return (not oblique, extended, -len(a))
        out.add(entity_key(max(group, key=rank)))
    return out


def _same_stems(a: list[str], b: list[str], extra: int | None = None) -> bool:
    """Word by word, one stem begins the other: Snowball stems "Сергей" "serg"
    and "Сергея" "serge", "Лавров" "lavr" and "Лаврова" "lavrov".  Unstemmed
    words of a cased script (``extra`` 1) only by one letter, a genitive's
    "Lagardes": "Marv Sambur" is no case of "Marvin Sambur", but a given name
    cut short (a caseless script's inflection is longer: "सेनाओं", "सेना")."""
    return len(a) == len(b) and all((x.startswith(y) or y.startswith(x))
                                    and (extra is None or abs(len(x) - len(y)) <= extra) for x, y in zip(a, b))


def display_names(alias_langs: dict[str, Counter], label: str | None = None) -> dict[str, str]:
    """Language -> display name, from spelling -> {language: mentions} (of an
    entity labelled ``label``: see :func:`shown`)."""
    per_lang: dict[str, Counter] = {}
    for alias, langs in alias_langs.items():
        for lang, n in langs.items():
            if lang and lang != "und":
                per_lang.setdefault(lang, Counter())[alias] += n
    names = {lang: shown(best_form(c, lang, label), alias_langs, label) for lang, c in sorted(per_lang.items())}
    for lang in set(names) & set(INFLECTED):
        if label == "PERSON":
            names[lang] = undeclined(names[lang], alias_langs)
    firsts = _first_words(alias_langs)
    out = {lang: name for lang, name in names.items() if not _fragment(name, firsts)}
    if "en" not in out and label == "PLACE":
        english = gazetteer_english(alias_langs)
        if english:
            out["en"] = english
    return out


def gazetteer_english(alias_langs: dict[str, Counter]) -> str | None:
    """The gazetteer's English name of a place no English report names, when every
    spelling it knows names that one place ("Japón" and "Анкаре" are Japan and Ankara).
    Why: a reader is shown a name in the reader's language (English by default), and
    the canonical name of a place only a Spanish report named was "Japón" to an
    English reader, though the gazetteer writes "Japan" (the demo's Pyongyang treaty
    listed "Japón", "Afrika", "Asien", "Méditerranée", "Анкара").  None where the
    gazetteer knows no spelling, or its spellings name two places."""
    lex, found = lexicon(), set()
    for alias, langs in alias_langs.items():
        for lang in langs:
            if lang and lang != "und":
                english = lex.place(alias, lang)
                if english:
                    found.add(english)
    return found.pop() if len(found) == 1 else None


# a Russian man's name ending in a consonant takes these in its cases, longest first
_CASE_ENDINGS = tuple(sorted(set(HARD_ENDINGS.values()), key=lambda e: (-len(e), e)))
_LATIN_VOWELS = frozenset("aeiouy")


def undeclined(name: str, spellings) -> str:
    """A Russian person's name that only shows in a case ("Ким Ир Сена", of
    "площади Ким Ир Сена") in the nominative by the entity's spellings in other
    scripts: where each of them ends the word in a consonant ("Kim Il-sung",
    "किम इल सुंग"), a Russian word that ends the same name in a hard-stem case
    ending after a consonant is that name declined ("Сен" + "а").  A name
    whose own form ends in a vowel ("N. Chandrababu Naidu", "Anna
    Kournikova") keeps it; words are read in order where the spellings
    have as many."""
    words = name.split()
    others = [entity_key(a).split() for a in spellings if _script(a) != _script(name) and entity_key(a)]
    aligned = [o for o in others if len(o) == len(words)]
    if not words or not aligned:
        return name
    out = list(words)
    for i, word in enumerate(words):
        ending = next((e for e in _CASE_ENDINGS if word.endswith(e) and len(word) > len(e) + 1
                       and word[-len(e) - 1].lower() in CONSONANTS), None)
        if ending and all(o[i][-1] not in _LATIN_VOWELS for o in aligned):
            out[i] = word[:-len(ending)]
    return " ".join(out) if out[-1] != words[-1] else name


ACRONYM_MAX = 4  # letters of a name in capitals kept so without other evidence ("NATO", "USA", "КНДР")


def shown(name: str, spellings, label: str | None = None) -> str:
    """``name`` as a reader should see it, given all the entity's ``spellings``.

    A form with initials for given names ("V. Klaus") gives way to a spelling of
    the entity, in its script, that writes them out ("Václav Klaus").  A form in
    capitals, a wire dateline's ("MOSCOW", "NEW DELHI"), gives way to the same
    name written in mixed case by any report, or as the gazetteer writes it;
    failing both, a place's or a person's name with a word of more than
    :data:`ACRONYM_MAX` letters is shown in title case ("Benghazi").  Acronyms
    ("USA", "DOD-IG"; any organisation's: "NATO", "UNICEF", "SWIFT") stay as written."""
    key = entity_key(name)
    if _initials(key):
        full = [a for a in spellings if _script(a) == _script(name) and spells_out(key, entity_key(a))]
        if full:
            return max(full, key=lambda a: (_mentions(spellings, a), a))
    if not _capitals(name) or label not in ("PLACE", "PERSON"):
        return name  # an organisation's capitals are its own ("SWIFT", "YONEX"; German writes "Swift")
    cased = [a for a in spellings if entity_key(a) == key and not _capitals(a) and a != a.lower()]
    if cased:
        return max(cased, key=lambda a: (_mentions(spellings, a), a))
    lex = lexicon()
    listed = lex.place(name, "und") or lex.institution(name, "und")
    if listed and entity_key(listed) == key:
        return listed  # the gazetteer's English name: "Moscow", and "NATO" as it is written
    words = re.split(r"([\s\-‐–]+)", name)
    if _acronym(name) or lex.listed(name):
        return name  # "DOD-IG", "UAE", "КНДР"
    return "".join(w if "." in w else w.lower() if n and w.lower() in lex.particles else w[:1].upper() + w[1:].lower()
                   for n, w in enumerate(words))  # "NEW DELHI", "PORT-AU-PRINCE"; "U.S." kept


def _mentions(spellings, alias: str) -> int:
    value = spellings[alias] if isinstance(spellings, dict) else 0
    return sum(value.values()) if isinstance(value, Counter) else int(value or 0)


def fragment(name: str, spellings) -> bool:
    """``name`` is one word that opens one of ``spellings`` of several words
    (:func:`_first_words`): shown alone it names a fragment ("किम" of Kim
    Jong Un).  The pages' fallback to a spelling in the reader's script
    (:meth:`~storyline.store.records.EntityRow.in_script`) skips these as
    :func:`display_names` does."""
    return _fragment(name, _first_words(spellings))


def _fragment(name: str, firsts: set[str]) -> bool:
    return len(spelling_key(name).split()) <= 1 and spelling_key(name) in firsts


def _first_words(spellings) -> set[str]:
    """Spelling keys of the first words of the entity's names of several words
    (a trailing place or organisation head word set aside): a reader shown one of
    them alone ("Ким" of Kim Jong Un) is shown a fragment, and is better shown the
    entity's canonical name ("Восточный" of Vostochny Cosmodrome is the name itself)."""
    out = set()
    for alias in spellings:
        core = min(core_spellings(alias), key=len, default="").split()
        if len(core) > 1:
            out.add(core[0])
    return out
