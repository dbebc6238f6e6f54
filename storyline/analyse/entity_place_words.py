"""What the cue lexicon (:class:`~storyline.analyse.entity_patterns.Lexicon`)
says of words about places: the prepositions and nouns that say a name is
a place, and the words made of a place's name that are none (demonyms,
place adjectives).  A mixin of the lexicon, apart so that the lexicon's
module keeps to loading and looking up cues; it reads the lexicon's tables
(``_place_preps``, ``_fused_place_preps``, ``_site_preps``, ``_dative_preps``, ``demonyms``, ``_adjective_forms``, the
gazetteer rows) and its ``article``, ``particles`` and ``place``."""
from __future__ import annotations

import functools

from storyline.analyse.entity_tokens import _fold


class PlaceWords:
    def place_prep(self, word: str, lang: str) -> bool:
        return word.casefold() in self._place_preps.get(lang, ())

    def prep_before(self, before: list[str], lang: str) -> bool:
        """The lower-case words before a name (nearest first) are a place preposition, or one and the
        "de"/"of" it takes ("près de Marrakech", "cerca de Jersón"; not an article: "en el PSOE")."""
        after_of = len(before) > 1 and before[0].casefold() in self.particles and not self.article(before[0], lang)
        return bool(before) and self.place_prep(before[after_of], lang)

    def fused_place_prep(self, word: str, lang: str) -> bool:
        """``word`` is a place preposition fused with an article (``fused_place_preps``: Portuguese
        "no", "na", Italian "nel", "nell'"): a country or region the where index knows after it is
        that place ("no Arizona"); the same word before a company says nothing ("no Facebook").
        German "bei" is read so too ("bei Bayern"; "bei Facebook", "bei Siemens": h-names29)."""
        return word.casefold() in self._fused_place_preps.get(lang, ())

    def city_prep(self, word: str, lang: str) -> bool:
        """``word`` is one of the ``fused_place_preps`` before which a city the where index knows
        is that city too (``city_preps``: German "bei Mönchengladbach"), where the fused ones stand
        before clubs named after their city ("nel Milan", "no Flamengo")."""
        return word.casefold() in self._city_preps.get(lang, ())

    def site_before(self, before: list[str], lang: str) -> bool:
        """The lower-case words before one capitalised word (nearest first) are a ``site_preps``
        preposition and an article, or one fused with an article: "at the Conciergerie",
        "jusqu'au Trocadéro", "en el Trocadero" name a site ("at noon" has no article)."""
        sites = self._site_preps.get(lang, ())
        return bool(before) and self.article(before[0], lang) and (
            before[0].casefold() in sites or len(before) > 1 and before[1].casefold() in sites)

    def named_site_before(self, before: list[str], lang: str) -> bool:
        """``site_before`` by a preposition that marks no dative too ("en el", "devant le";
        not "au", "à la": "a dit au Miami Herald"): before a person's name, which takes no
        article, such a preposition and an article make the name a place called after the
        person, a stadium or a hospital ("en el Santiago Bernabéu")."""
        dative = self._dative_preps.get(lang, ())
        return self.site_before(before, lang) and not any(w.casefold() in dative for w in before[:2])

    def fused_dative(self, word: str, lang: str) -> bool:
        """``word`` is, in ``lang``, a dative preposition fused with an article (Spanish and
        Italian "al", Portuguese "ao"): the grammar between two names ("del puente de
        Austerlitz al Trocadero", "Sánchez pidió ayuda al Gobierno"), where elsewhere "al"
        is the Arabic article inside one ("Bashar al Asad")."""
        low = word.casefold()
        return low in self._dative_preps.get(lang, ()) and self.article(low, lang)

    def place_relative(self, word: str, lang: str) -> bool:
        return word.casefold() in self._place_relatives.get(lang, ())  # "where", "où", "donde"

    def is_demonym(self, words: list[str]) -> bool:
        low = tuple(w.casefold() for w in words)  # also English plurals: "Russians"; and a run of them: "Sunni Muslim"
        return bool(low) and (low in self.demonyms or low[:-1] + (low[-1].removesuffix("s"),) in self.demonyms
                              or len(low) > 1 and all(self.is_demonym([w]) for w in low))

    def place_adjective(self, word: str, lang: str, stems: dict[str, set[str]] | None = None) -> bool:
        """An adjective made of a gazetteer place's name in a language that writes
        such adjectives in lower case ("Britská", "Ιρανικά", "Iráckých"): the
        name less at most four final letters, then a suffix and an ending of the
        lexicon's ``place_adjective_forms`` ("Británie" > "brit" + "sk" + "á"),
        where the name does not go on with that suffix itself (a case of
        "Μεξικό" or "Αφρική" is the place, not an adjective of it).  Capitalised alone it is
        capitalised by position or by a translator's English habit, and names
        nothing, as "British" does not.  ``stems``: other names' stems, as
        :meth:`stems_of` makes them (the countries' names in ``lang``)."""
        forms = self._adjective_forms.get(lang)
        low = word.lower()  # (casefold() writes a final "ς" as "σ")
        if not forms or not low.isalpha() or self.place(word, lang):
            return False
        stems = self._place_stems() if stems is None else stems
        for suffix in forms[0]:
            for ending in forms[1]:
                if low.endswith(suffix + ending):
                    rests = stems.get(_fold(low[:-len(suffix + ending)]), ())
                    if any(not rest.startswith(_fold(suffix)) for rest in rests):
                        return True
        return False

    @functools.lru_cache(maxsize=1)
    def _place_stems(self) -> dict[str, set[str]]:
        """One-word gazetteer place names less 0-4 final letters (three letters
        at least, unaccented) -> the letters cut: "βρεταν" -> {"ια"}."""
        return self.stems_of(n for row in self._rows["places"] for n in row)

    @staticmethod
    def stems_of(names) -> dict[str, set[str]]:
        """One-word ``names`` less 0-4 final letters (three letters at least,
        unaccented) -> the letters cut, as :meth:`place_adjective` reads them."""
        out: dict[str, set[str]] = {}
        for name in {_fold(n) for n in names if n.isalpha()}:
            for cut in range(min(4, len(name) - 3) + 1):
                out.setdefault(name[:len(name) - cut], set()).add(name[len(name) - cut:])
        return out
