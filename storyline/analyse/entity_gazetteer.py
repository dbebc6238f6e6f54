"""What the cue lexicon (:class:`~storyline.analyse.entity_patterns.Lexicon`)
says of names it lists: the gazetteer of places and institutions (``places``,
``institutions`` of ``entity_lexicon.json``), looked up by key across scripts,
by a language's inflection (Snowball stems: "России", "Путина"), genitive -s
("Russlands") and adjective declension ("Schwarze Meer").  A mixin of the
lexicon, apart so that the lexicon's module keeps to loading and looking up
cue words (as :mod:`~storyline.analyse.entity_place_words` is for words about
places); it reads the tables the lexicon's ``__init__`` builds (``_rows``,
``_places``, ``_institutions``, ``_only_in``, ``_limited``, ``_written``,
``_english``, ``_declension``, ``_genitive_articles``, ``stem_langs``)."""
from __future__ import annotations

import functools
import itertools

from storyline.analyse.entity_keys import entity_key
from storyline.analyse.entity_tokens import CASED_SCRIPTS, script_of, stem_word, tokenize


class Gazetteer:
    def _names(self, rows: list[list[str]]) -> dict[str, tuple[str, set[str]]]:
        """key -> (English name, scripts it is written in), for script-safe lookups.

        A key written only as a short abbreviation ("ЕС", the EU in Russian)
        is listed under the script "ABBREVIATION": its romanised key is also
        an ordinary word ("Es"), so only a name in capitals may match it."""
        out: dict[str, tuple[str, set[str]]] = {}
        for row in rows:
            for name in (n for n in row if n not in self._only_in):  # those: ``_limited``
                key = entity_key(name)
                entry = out.setdefault(key, (row[0], set()))
                letters = [c for c in name if c.isalpha()]
                short_caps = len(letters) <= 3 and all(c.isupper() for c in letters)
                entry[1].add("ABBREVIATION" if short_caps else script_of(name[0]))
        return out

    def place(self, name: str, lang: str, script: str | None = None) -> str | None:
        return self._lookup(self._places, "places", name, lang, script) or self._genitive("places", name, lang)

    def reader_place(self, name: str, lang: str) -> str | None:
        """The name readers of ``lang`` know the gazetteer place ``name`` (its English
        name or any spelling) by, where ``place_names`` writes one: "Київ" for Kyiv to
        a Ukrainian reader, "Mosca" for Moscow to an Italian; else None."""
        forms = self.place_names.get(lang)
        english = forms and (name if name in forms else self.place(name, "en"))
        return forms.get(english) if english else None

    def genitive_place(self, word: str, lang: str) -> str | None:
        """A gazetteer place or institution written with the genitive -s of a
        language whose articles mark case ("Russlands", "des Kremls")."""
        return self._genitive("places", word, lang) or self._genitive("institutions", word, lang)

    def _genitive(self, label: str, word: str, lang: str) -> str | None:
        """English name of ``word`` less a genitive -s; None for a name the
        gazetteer writes with its -s ("Paris")."""
        if lang not in self._genitive_articles or len(word) < 5 or word[-1:] != "s" or " " in word:
            return None
        table = self._places if label == "places" else self._institutions
        if self._lookup(table, label, word, lang, None):
            return None
        return self._lookup(table, label, word[:-1], lang, None)

    def elsewhere(self, name: str, lang: str) -> bool:
        """``name`` is a gazetteer spelling of other languages only (``spelling_langs``: "Sena" in English)."""
        return lang != "und" and lang not in self._only_in.get(name.strip(), (lang,))

    def listed(self, name: str) -> int:
        """2 if ``name`` is a gazetteer row's English name, 1 if written exactly as
        a row writes it (a dictionary form: "Россия", not "России"), else 0."""
        return 2 if name.casefold() in self._english else int(name.casefold() in self._written)

    def institution(self, name: str, lang: str, script: str | None = None) -> str | None:
        return self._lookup(self._institutions, "institutions", name, lang, script) \
            or self._genitive("institutions", name, lang)

    def _lookup(self, table, label: str, name: str, lang: str, script: str | None) -> str | None:
        """English name of a gazetteer entry, written in ``script`` (any cased script if None; a caseless one's as
        written: a Hindi "us" is no USA); a spelling limited to some languages names none elsewhere ("Seul")."""
        if self.elsewhere(name, lang) or self._folded_acronym(name):
            return None
        hit, limited = table.get(entity_key(name)), self._limited.get(entity_key(name))
        if hit and (hit[1] & ({script or script_of(name[0])} if limited else {script} if script else CASED_SCRIPTS)):
            return hit[0]  # a key one spelling holds in listed languages only: as written, not "Сена" for "Sena"
        if limited and limited[0] in {row[0] for row in self._rows[label]} and (lang in limited[2] or lang == "und") \
                and limited[1] == (script or script_of(name[0])):
            return limited[0]  # "Sena": the Seine in Spanish, not "the Sena" of Shiv Sena
        if hit and "ABBREVIATION" in hit[1] and name.isupper() and (script is None or script in CASED_SCRIPTS):
            return hit[0]
        declined = self._declined(table, name, lang, script)
        if declined:
            return declined
        algo = self.stem_langs.get(lang)
        if not algo:
            return None
        stems = self._stemmed_names.get((label, lang))
        if stems is None:
            stems = {}  # stems of the names as written, "России", not "rossii", inflect ("NASA", "नासा" do not)
            for row in self._rows[label]:
                for written in (w for w in row if lang in self._only_in.get(w, (lang,)) and not w.isupper()
                                and script_of(w[0]) in CASED_SCRIPTS):
                    key, size = self.stem_key(written, algo), sum(map(str.isalpha, written)) - len(written.split()) + 1
                    for stem in (key, key[:-1]) if len(key) >= 4 else (key,):  # китай/китая: stems may differ
                        if stem not in stems or (stems[stem][0] == row[0] and size < stems[stem][1]):
                            stems[stem] = (row[0], size)
            self._stemmed_names[(label, lang)] = stems
        hit = stems.get(self.stem_key(name, algo))  # a case form is at most a letter a word shorter:
        if hit and sum(map(str.isalpha, name)) >= hit[1] - 1:
            return hit[0]  # ("Ken" is no Kenya)
        return self._ukrainian_nominative(table, name) if lang == "uk" else None

    @staticmethod
    def _ukrainian_nominative(table, name: str) -> str | None:
        """English name of the row that writes a nominative of Ukrainian ``name`` as it is
        (:func:`storyline.search_cases.nominatives`, as the where index reads one): a stem's
        vowel alternates ("Києві" of "Київ", "Львові" of "Львів"), which no stem matches."""
        from storyline.search_cases import nominatives, ukrainian

        hits = (table.get(entity_key(form)) for form in nominatives(name)) if ukrainian(name) else ()
        return next((hit[0] for hit in hits if hit), None)

    def _folded_acronym(self, name: str) -> bool:
        """``name`` is a word of four letters or fewer in capitals, an acronym's shape, that
        no gazetteer row writes so: its key may still be a name's whose accent or case the key
        folds away ("IRA", the Irish Republican Army, keys as Portuguese "Irã", Iran), but an
        acronym names only what is written with its letters ("US", "UAE", "ЕС")."""
        letters = sum(map(str.isalpha, name))
        return 2 <= letters <= 4 and name.isupper() and name.casefold() not in self._written

    def _declined(self, table, name: str, lang: str, script: str | None) -> str | None:
        """English name of a gazetteer entry whose adjectives ``name`` writes with
        another ending of the language's declension (the lexicon's
        ``adjective_declension``): German "das Schwarze Meer" is the gazetteer's
        "Schwarzes Meer" / "Schwarzen Meer", Black Sea (the demo's grain deal listed
        a MISC "Schwarze Meer" beside it).  Only a name's capitalised words before
        its last, the noun, are read as adjectives."""
        endings = self._declension.get(lang)
        words = name.split()
        if not endings or len(words) < 2 or len(words) > 4:
            return None
        options = []
        for w in words[:-1]:
            stem = next((w[:-len(e)] for e in sorted(endings, key=len, reverse=True)
                         if w[:1].isupper() and w.endswith(e) and len(w) > len(e) + 2), None)
            options.append([w] if stem is None else [w] + [stem + e for e in endings if stem + e != w])
        for variant in itertools.islice(itertools.product(*options), 1, 256):  # the first is ``name`` itself
            hit = table.get(entity_key(" ".join([*variant, words[-1]])))
            if hit and (hit[1] & ({script} if script else CASED_SCRIPTS)):
                return hit[0]
        return None

    @staticmethod
    @functools.lru_cache(maxsize=1 << 16)  # pure; Snowball stemming is the costliest step of name lookup
    def stem_key(name: str, algo: str) -> str:
        """``name``'s key with each word stemmed by Snowball ``algo`` ("Путина" -> "putin"):
        how the gazetteer, known names and display names compare inflected spellings."""
        return entity_key(" ".join(stem_word(algo, t.low) for t in tokenize(name)))

