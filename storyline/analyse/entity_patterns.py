"""Tokens and the multilingual cue lexicon used by the rule-based entity extractor.

Why rules: no multilingual NER model installs offline here (spaCy's models are
not on PyPI, Stanza/Flair/GLiNER download weights at run time), so names are
found from evidence any reader uses: capital letters in cased scripts, titles
("President", "राष्ट्रपति") before person names, head words ("Ministry",
"मंत्रालय") of organisations, and a small gazetteer of places.  All
language-specific words live in ``entity_lexicon.json`` so a language is added
by data, not code.  Inflected languages (Russian "Путина", "России") are
compared through Snowball stemmers, the maintained stemmer family; German
compounds ("Kremlsprecher") match by their head word.  How tokens join into
a candidate span, and the span's default label, are :mod:`entity_spans`; the
gazetteer's lookups (places, institutions, by key, stem and declension) are
:mod:`entity_gazetteer`.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Iterable

from storyline.analyse.dates_lexicon import norm as date_key
from storyline.analyse.entity_keys import entity_key
from storyline.analyse.time_words import time_words

from storyline.analyse.entity_gazetteer import Gazetteer
from storyline.analyse.entity_place_words import PlaceWords
from storyline.analyse.entity_tokens import CASED_SCRIPTS, _fold, phrase_tokens, script_of, stem_word  # noqa: F401 (_fold, stem_word: their readers import them from here)

LEXICON_PATH = Path(__file__).with_name("entity_lexicon.json")

class Lexicon(PlaceWords, Gazetteer):
    """Cue words by language, loaded once from ``entity_lexicon.json``.

    English cues are always consulted too: English fragments (titles, agency
    names) are common inside articles in other languages.
    """

    def __init__(self, data: dict):
        self.stem_langs: dict[str, str] = data["stem_langs"]
        self.suffix_langs: set[str] = set(data["suffix_langs"])
        self.particles = set(data["particles"])
        self.inner_particles = set(data["inner_particles"])
        self.hyphen_articles = set(data["hyphen_articles"])  # "al-Marj": opens a name in lower case
        self.org_only_joiners = set(data["joiners_org_only"])
        self.abbreviations = set(data["abbreviations"])
        self.demonyms = {phrase_tokens(d) for d in data["demonyms"]}
        self.given_short_forms: dict[str, str] = {short: full for forms in data.get("given_name_short_forms", {}).values()
                                                  for short, full in forms.items()}  # "don": "donald"
        self._stop = {lang: set(words.casefold().split()) for lang, words in data["stopwords"].items()}
        self._name_stops = {lang: _word_classes(classes) for lang, classes in data["name_stops"].items()}
        self._stop_endings = {lang: [(e, cls[len("ending_"):]) for cls, words in classes.items()
                                     if cls.startswith("ending_") for e in words.split()]
                              for lang, classes in data["name_stops"].items()}
        self._raw = {kind: data.get(kind, {}) for kind in ("titles", "org_cues", "place_cues", "product_nouns",
                                                           "event_nouns", "office_adjectives", "domain_titles",
                                                           "example_words", "storm_nouns", "compound_preps", "seat_preps",
                                                           "title_articles", "oblique_adjective_endings", "named_heads",
                                                           "sport_words", "business_nouns", "final_org_heads")}
        self.title_modifiers = {lang: {f for x in w for f in gender_number_forms(x.casefold(), lang)}  # "Veteran",
                                for lang, w in data["title_modifiers"].items() if lang != "_doc"}  # "Veteranos"
        self._legal_forms = frozenset(data["legal_forms"]["after"])  # no compound's head (phrase_at)
        self.place_prefixes = set(data["place_prefixes"])  # "Nova Kakhovka", "River Seine", "San Diego"
        self.directions = set(data["directions"])  # "the North": a direction, not a name
        self._adjective_preps = {lang: set(w) for lang, w in data["adjective_preps"].items()}
        acquiring = data.get("acquisition_verbs", {})  # "Zorblax acquired the startup": a company's verbs
        self.acquisition_verbs = {lang: [tuple(p.split()) for p in w] for lang, w in acquiring.items()
                                  if lang not in ("_doc", "objects")}
        self.acquired_nouns = {lang: set(w) for lang, w in acquiring.get("objects", {}).items()}
        self.cue_langs = sorted(set(data["place_cues"]) | set(data["org_cues"]))
        self._title_suffixes = data["title_suffixes"]
        self._noun_markers = {lang: set(w) for lang, w in data["noun_markers"].items()}
        self.noun_marker_langs = set(self._noun_markers)
        self._place_preps = {lang: set(w) for lang, w in data["place_preps"].items()}
        self._fused_place_preps = {lang: set(w) for lang, w in data.get("fused_place_preps", {}).items() if lang != "_doc"}
        self._city_preps = {lang: set(w) for lang, w in data.get("city_preps", {}).items() if lang != "_doc"}
        self._site_preps = {lang: set(w) for lang, w in data.get("site_preps", {}).items() if lang != "_doc"}
        self._dative_preps = {lang: set(w) for lang, w in data.get("dative_preps", {}).items() if lang != "_doc"}
        self._place_relatives = {lang: set(w) for lang, w in data.get("place_relatives", {}).items() if lang != "_doc"}
        self.lowercase_org_langs = set(data["lowercase_org_langs"])
        self.capital_demonym_adjectives = set(data.get("capital_demonym_adjectives", ()))  # "Korean Air"
        self._adjective_forms = {lang: (f["suffixes"], f["endings"])  # "Britská", "Ιρανικά"
                                 for lang, f in data.get("place_adjective_forms", {}).items() if lang != "_doc"}
        self._header_labels = {lang: set(w) for lang, w in data.get("header_labels", {}).items() if lang != "_doc"}
        self._ordinal_suffixes = data.get("ordinal_suffixes", {})
        self._conjunctions = {lang: set(w) for lang, w in data["conjunctions"].items()}
        self._noun_suffixes = data["noun_suffixes"]
        self._bare_nouns = {lang: set(w) for lang, w in data["bare_nouns"].items()}  # "aus Angst", "in Folge"
        self._articles = {lang: set(w) for lang, w in data["articles"].items()}
        self._quantity_nouns = {lang: set(w) for lang, w in data["quantity_nouns"].items()}
        self._adjective_endings = data.get("adjective_endings", {})
        self._adjective_stems = data.get("adjective_stems", {})
        self._genitive_articles = {lang: set(w) for lang, w in data.get("genitive_articles", {}).items()}
        self._declension = data.get("adjective_declension", {})  # "Schwarze Meer" / "Schwarzes Meer"
        self._genitive_s = {way: set(langs) for way, langs in data.get("genitive_s", {}).items()}
        # a place's name for a reader of a language (``place_names``), each form a spelling of its row too
        self.place_names = {lang: forms for lang, forms in data.get("place_names", {}).items() if lang != "_doc"}
        self._rows = {"places": with_reader_names(data["places"], self.place_names),
                      "institutions": data["institutions"]}
        self._only_in = {n: set(langs) for n, langs in data.get("spelling_langs", {}).items() if n != "_doc"}
        self._places, self._institutions = self._names(self._rows["places"]), self._names(data["institutions"])
        self._limited = {entity_key(w): (row[0], script_of(w[0]), self._only_in[w]) for rows in self._rows.values()
                         for row in rows for w in row if w in self._only_in}  # key -> (English, script, languages)
        self._stemmed_names: dict[tuple[str, str], dict[str, str]] = {}
        self._written = {n.casefold() for rows in self._rows.values() for row in rows for n in row}
        self._english = {row[0].casefold() for rows in self._rows.values() for row in rows}
        self.case_endings = {lang: tuple(w.split()) for lang, w in data.get("case_endings", {}).items()}
        self.written_names = [n for rows in self._rows.values() for row in rows for n in row]  # gazetteer spellings

    # -- word classes -------------------------------------------------------
    def norm(self, word: str, lang: str) -> str:
        """Casefolded word, stemmed for inflecting languages."""
        low = word.casefold()
        algo = self.stem_langs.get(lang)
        return stem_word(algo, low) if algo else low

    def stopword(self, word: str, lang: str) -> bool:
        """A common word, never a name on its own nor part of one (time words included)."""
        low = word.casefold()
        return low in self._stop.get(lang, ()) or low in self._stop["en"] or self.time_word(word, lang)

    @staticmethod
    def time_word(word: str, lang: str) -> bool:
        """A weekday, part of the day or relative day ("Wednesday", "सुबह", "вчера")
        in ``lang`` or English: it says when, so it is never part of a name."""
        return date_key(word) in time_words(lang)

    def name_stop(self, word: str, lang: str) -> str | None:
        """The word class of a word that never forms or ends a name in a caseless
        script ("postpositions", "verbs", ..., "stopwords"), else None."""
        cls = self._name_stops.get(lang, {}).get(word)
        if cls is None:  # an ending no name takes ("-ों", a plural): a word of two letters or more before it
            cls = next((c for e, c in self._stop_endings.get(lang, ()) if word.endswith(e) and len(word) > len(e) + 1),
                       None)
        return cls or ("stopwords" if self.stopword(word, lang) else None)

    @functools.lru_cache(maxsize=64)
    def _phrases(self, kind: str, lang: str) -> dict[tuple[str, ...], int]:
        """The ``kind`` phrases of ``lang`` (and English), stemmed; in a stemmed language
        also as written: Snowball cuts a nominative that looks inflected short of the
        stem its cases share ("полуостров" -> "полуостр", but "полуострове",
        "полуострова" -> "полуостров"), so a case form's stem may be the phrase itself."""
        langs = [lang] if lang == "en" else [lang, "en"]
        out: dict[tuple[str, ...], int] = {}
        for lg in langs:
            for phrase in self._raw[kind].get(lg, ()):
                words = phrase_tokens(phrase)
                toks = tuple(self.norm(t, lg) for t in words)
                if toks:
                    out[toks] = len(toks)
                    if lg in self.stem_langs:
                        out.setdefault(tuple(t.casefold() for t in words), len(toks))
        return out

    def phrase_at(self, kind: str, words: list[str], i: int, lang: str, compounds: bool = True) -> int:
        """Length of the longest ``kind`` phrase (titles, org_cues...) starting at words[i]."""
        table = self._phrases(kind, lang)
        for n in range(min(4, len(words) - i), 0, -1):
            if tuple(self.norm(w, lang) for w in words[i:i + n]) in table:
                return n
        glued = words[i][2:] if kind == "titles" and i < len(words) and words[i][:2].casefold() == "ex" else ""
        if len(glued) > 2 and (self.norm(glued, lang),) in table:
            return 1  # "Expresidente", "exministro": a former holder's title written as one word
        if kind == "titles" and i + 1 < len(words) and self.norm(words[i], lang) in self._title_openers(lang):
            rest = self.phrase_at(kind, words, i + 1, lang, compounds)
            if rest:
                return 1 + rest  # "Vice Defense Minister", "Deputy Foreign Minister"
        if compounds and lang in self.suffix_langs:  # compound head: Kremlsprecher, Verteidigungsministerium
            low = words[i].casefold()
            suffixes = self._title_suffixes.get(lang, []) if kind == "titles" else self._raw[kind].get(lang, [])
            forms = self._legal_forms if kind == "org_cues" else ()  # a legal form is a word of
            # its own ("Siemens AG"), no compound's head: "Montag", "Vertrag" end in "ag" (h-names31)
            if any(low.endswith(s) and len(low) > len(s) + 2 and s not in forms for s in suffixes):
                return 1
        return 0

    def legal_form_after(self, word: str) -> bool:
        """``word`` is a company's legal form written after its name, as written, with a capital
        ("AG", "GmbH", "S.A."; :func:`~storyline.analyse.entity_orgs.legal_form` reads both sides)."""
        return word[:1].isupper() and word.replace(".", "").casefold() in self._legal_forms

    @functools.lru_cache(maxsize=64)
    def _title_openers(self, lang: str) -> frozenset[str]:
        """The first words of the titles of two or more words that are no title alone ("vice" of
        "vice president", "deputy" of "deputy prime minister"): before another title they make
        it a title of rank ("Vice Defense Minister"), not a word of the holder's name."""
        table = self._phrases("titles", lang)
        return frozenset(toks[0] for toks in table if len(toks) > 1) - {toks[0] for toks in table if len(toks) == 1}

    def is_cue(self, kind: str, word: str, lang: str, compounds: bool = True) -> bool:
        return self.phrase_at(kind, [word], 0, lang, compounds) == 1

    def adjective_form(self, word: str, lang: str) -> bool:
        """Ends like an adjective of ``lang`` (only languages that write adjectives
        in lower case, so a capitalised one is capitalised by position)."""
        low = word.casefold()
        return any(low.endswith(e) and len(low) > len(e) + 3 for e in self._adjective_endings.get(lang, ()))

    def noun_markers(self, lang: str) -> set[str]:
        """Articles and determiners before nouns in languages that capitalise nouns."""
        return self._noun_markers.get(lang, set())

    def inflected_adjective(self, word: str, lang: str) -> bool:
        """A lower-case word shaped like an inflected adjective of a language that
        capitalises nouns: an adjective suffix and a case ending ("großes",
        "überschüssiger", "nordkoreanische"), or the strong endings -es/-em that
        no verb and few other words take ("großes", "neuem").  Only an adjective
        stands between an article and its noun, so the capitalised word after one
        is a common noun ("großes Interesse"), not a name."""
        stems = self._adjective_stems.get(lang)
        low = word.casefold()
        if not stems or not low.isalpha() or self.stopword(low, lang) or len(low) < 5:
            return False
        for ending in ("e", "en", "er", "es", "em"):
            if low.endswith(ending) and any(low[:-len(ending)].endswith(s) for s in stems):
                return True
        return low.endswith(("es", "em")) and low not in self._noun_markers.get(lang, ())

    def genitive_article(self, word: str, lang: str) -> bool:
        """An article that opens a genitive attribute ("Beginn des Krieges")."""
        return word.casefold() in self._genitive_articles.get(lang, ())

    def final_s_apart(self, mention: str, other: str, langs: Iterable[str]) -> bool:
        """Keys that differ by a final -s alone, which no genitive of the
        mention's language(s) explains: another name ("William" is not
        "Williams", nor "Robert" "Roberts"), unless the language's genitive adds
        an -s to names (German "Lagardes", "Prinz Williams Frau") or drops one
        (Greek "Τσίπρα" of "Τσίπρας"); see ``genitive_s`` in the lexicon."""
        langs = set(langs)
        if mention + "s" == other:
            return not langs & self._genitive_s.get("drops", set())
        if other + "s" == mention:
            return not langs & self._genitive_s.get("adds", set())
        return False

    def genitive_adds_s(self, lang: str) -> bool:
        """``lang``'s genitive adds an -s to a name, no apostrophe ("Merkels", "Thackerays")."""
        return lang in self._genitive_s.get("adds", set())

    def conjunction(self, word: str, lang: str) -> bool:
        low = word.casefold()
        return low in self._conjunctions.get(lang, ()) or low in self._conjunctions["en"]

    def ordinal(self, word: str, lang: str) -> bool:
        """An ordinal number written with digits ("18th", "18e", "18º") in ``lang`` or English."""
        digits = len(word) - len(word.lstrip("0123456789"))
        ending = word[digits:].casefold()
        return 0 < digits < len(word) and (ending in self._ordinal_suffixes.get(lang, ())
                                           or ending in self._ordinal_suffixes.get("en", ()))

    def header_label(self, word: str, lang: str) -> bool:
        """A word that labels an e-mail or memo header ("CC", "Date", "Subj") in ``lang`` or English."""
        low = word.casefold()
        return low in self._header_labels.get(lang, ()) or low in self._header_labels.get("en", ())

    def common_noun_context(self, before: list[str], word: str, lang: str) -> bool:
        """German-style capitalised common noun: after an article or number (possibly with
        an adjective between: "ein neues Forschungszentrum", or an adverb and an
        adjective: "das international isolierte Land"), with a noun suffix or a
        common noun as its last part ("Medienberichten"), or one of the nouns German
        writes after a preposition with no article ("aus Angst", "in Folge").
        ``before``: the lowercase words right before it, nearest first."""
        markers = self._noun_markers.get(lang)
        if not markers:
            return False
        near = [w.casefold() for w in before]
        # "nach eigenen Angaben", "mit russischen Raketen": an adjective after a preposition
        adjective_after_marker = len(near) > 1 and near[0][-1:] in "enrsm" and (
            near[1] in markers or (near[1] in self._adjective_preps.get(lang, ()) and len(near[0]) >= 5))
        # "das international isolierte Land": an adverb between the article and the adjective
        adverb_between = len(near) > 2 and near[0].endswith(("e", "en", "er", "es", "em")) and near[2] in markers
        if near and (near[0] in markers or near[0][:1].isdigit() or adjective_after_marker or adverb_between
                     or self.inflected_adjective(near[0], lang)):
            return True
        low = word.casefold()
        if low in self._bare_nouns.get(lang, ()):  # "aus Angst", "in Folge": a noun, though no article says so
            return True
        return any(low.endswith(s) and len(low) > len(s) + 2 for s in self._noun_suffixes.get(lang, []))

    def quantity_noun(self, word: str, lang: str) -> bool:
        """A noun that counts the noun after it ("33 Millionen Tonnen", "Tausende Tote"):
        that noun is a common noun, as after a number."""
        return word.casefold() in self._quantity_nouns.get(lang, ())

    def article(self, word: str, lang: str) -> bool:
        """An article of a language whose person names take none ("the", "du", "la"):
        capitalised words after one name a place, a building, an event or a body."""
        return word.casefold() in self._articles.get(lang, ())


# Romance adjectives and nouns of people agree in gender and number by their ending (docs/benchmarks.md,
# h-names27): masculine, feminine, and the plural of each
_GENDER_NUMBER = {
    "es": {"o": ("o", "a", "os", "as"), "a": ("o", "a", "os", "as"), "e": ("e", "es"), "": ("", "es")},
    "pt": {"o": ("o", "a", "os", "as"), "a": ("o", "a", "os", "as"), "e": ("e", "es"), "": ("", "es")},
    "it": {"o": ("o", "a", "i", "e"), "a": ("o", "a", "i", "e"), "e": ("e", "i"), "": ("",)},
    "fr": {"e": ("e", "es"), "": ("", "e", "s", "es")},
}


def gender_number_forms(word: str, lang: str) -> set[str]:
    """``word`` (lower case) and its other genders and numbers where ``lang`` makes them by a
    Romance ending ("veterano": "veterana", "veteranos", "veteranas"; Italian "veterani",
    "uscenti"; French "sortante", "sortants"): a word of people's lists is listed once, as
    the lexicon lists it, and read in every form.  Other languages: the word as listed."""
    table = _GENDER_NUMBER.get(lang)
    if not table:
        return {word}
    ending = next((e for e in table if e and word.endswith(e)), "")
    stem = word[:len(word) - len(ending)]
    return {word} | {stem + e for e in table[ending]}


def singular_forms(word: str, lang: str) -> set[str]:
    """The masculine singular forms ``word`` (lower case) may be a Romance plural or feminine
    of ("senadores": "senador"; "senatori": "senatore", "senatoro"): the words it is read as
    where a list holds only them."""
    table = _GENDER_NUMBER.get(lang)
    if not table:
        return set()
    return {word[:len(word) - len(e)] + base for base, forms in table.items() for e in forms
            if e and word.endswith(e) and len(word) > len(e) + 2}


def _word_classes(classes: dict[str, str]) -> dict[str, str]:
    """word -> its class, from space-separated lists by class; the forms of
    common verbs are made from stems and endings ("बन" + "ना" = "बनना"), so
    that a verb is listed once, not in each of its forms."""
    out = {w: cls for cls, words in classes.items() if not cls.startswith(("verb_", "ending_")) for w in words.split()}
    for stem in classes.get("verb_stems", "").split():
        for ending in classes.get("verb_endings", "").split():
            out.setdefault(stem + ending, "verbs")
    return out


def with_reader_names(rows: list[list[str]], place_names: dict[str, dict[str, str]]) -> list[list[str]]:
    """The gazetteer's rows, each with its reader forms (``place_names``) it lacks added:
    a form is written once, and read as a spelling of the place as the row's others are.
    A form keyed by a name no row begins with is an error naming it (a typo named nothing)."""
    rows = [list(row) for row in rows]
    by_english = {row[0]: row for row in rows}
    for lang, forms in place_names.items():
        for english, form in forms.items():
            if english not in by_english:
                raise ValueError(f"{LEXICON_PATH.name}: place_names.{lang}: {english!r} begins no row of 'places'")
            if form not in by_english[english]:
                by_english[english].append(form)
    return rows


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    with LEXICON_PATH.open(encoding="utf-8") as fh:
        return Lexicon(json.load(fh))


def gazetteer_name(text: str) -> str | None:
    """The English name of a gazetteer place or institution ``text`` names, in
    any script (:meth:`EntityResolver.gazetteer`; here, with the lexicon, so that
    the where index reads it without importing the resolver or the name
    rules, which read the index)."""
    lex, script = lexicon(), script_of(text[0])
    lang = "ru" if script == "CYRILLIC" else "und"
    where = None if script in CASED_SCRIPTS else script
    return lex.place(text, lang, where) or lex.institution(text, lang, where)
