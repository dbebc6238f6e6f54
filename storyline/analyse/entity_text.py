"""Per-text facts the entity rules share: tokens, sentence starts, headlines, casing.

Whether a capitalised word is a name or a word capitalised by its position
depends on the rest of the text: is it written in lower case elsewhere (in
another inflection, for inflecting languages), capitalised mid-sentence, part
of a title-case headline?  :class:`TextFacts` computes that once per text for
:mod:`storyline.analyse.entities`.
"""
from __future__ import annotations

import functools
import os
import re
from typing import Iterable

from storyline.analyse.entity_capitals import stop_acronym
from storyline.analyse.entity_inflect import people_plural
from storyline.analyse.entity_glue import split_glued
from storyline.analyse.entity_patterns import Lexicon, lexicon
from storyline.analyse.entity_spans import HYPHENS, glued, header_label, written_lower
from storyline.analyse.entity_tokens import Token, tokenize

SENTENCE_END = set(".!?…:;।॥")

# One syllable as Korean and Chinese names are romanised (Revised, McCune-Reischauer, Wade-Giles,
# pinyin): an onset of up to two consonants, one run of vowels, and a final n, ng, l, k, p, m or t
# ("il", "sung", "moon", "hyun", "yeol", "jeou", "bian"); "led", "based", "Johnson", "Musk" are not one.
_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstvwxz]{0,2}[aeiouy]{1,3}(?:ng|n|l|k|p|m|t)?")


def syllable_name_part(before: str, part: str) -> bool:
    """A lower-case ``part`` hyphened onto ``before`` ends a romanised East Asian
    given name: each is one syllable ("Il-sung", "Ki-moon", "Jong-un"), so the
    part belongs to the name; "Johnson-led", "Biden-era", "Paris-based" do not."""
    return all(_SYLLABLE.fullmatch(w.casefold()) for w in (before, part)) and part.isascii() and before.isascii()


_ELIDED = re.compile(r"(?<!\w)\w{1,2}['’]$")  # an elided article before the word: "L'", "l’"
_ARTICLE = re.compile(r"(?<!\w)([^\W\d_]{1,3})[ \u00a0]+$")  # an article word before it: "La", "The"
_LOOKBACK = 24  # characters before a word that may hold its opening quote and an article
_QUOTED_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*[ \u00a0]+([^\W\d_])")


def opens_quotation(text: str, start: int) -> bool:
    """The word at ``start`` opens a quotation that goes on in lower case, a
    title or quoted speech ("« Mon truc en plumes »", "« L'Hymne à l'amour »",
    after an article too): its first word is capitalised by position,
    as a sentence's is.  A quoted name goes on with no lower-case word inside
    the quote («Яндекс», "Operation Barkhane")."""
    # what can stand between the quote and the word is short (an article, an
    # elided one, spaces): read that much, not the whole text before every word
    before = text[max(0, start - _LOOKBACK):start]
    if elided := _ELIDED.search(before):
        before = before[:elided.start()]
    elif (article := _ARTICLE.search(before)) and article.group(1).casefold() in _articles():
        before = before[:article.start()]  # "« La Vie en rose »"
    before = before.rstrip(" \u00a0")
    if not before or before[-1] not in "«“„\"‹":
        return False
    if before[-1] == '"' and len(before) > 1 and not (before[-2].isspace() or before[-2] in "(["):
        return False  # a straight quote after a word closes a quotation
    nxt = _QUOTED_WORDS.match(text, start)  # a name's particle is no such word: "Community of South America"
    return bool(nxt) and nxt.group(1).islower() and not _goes_on_as_name(text, nxt.start(1))


@functools.lru_cache(maxsize=1)
def _articles() -> frozenset[str]:
    """Every language's articles (the quotation's language is not known here)."""
    return frozenset(w for ws in lexicon()._articles.values() for w in ws)


def _goes_on_as_name(text: str, at: int) -> bool:
    """The word at ``at`` is a particle names hold ("of", "de", "von")."""
    word = re.match(r"[^\W\d_]+['’]?", text[at:])
    return bool(word) and word.group(0).casefold() in lexicon().particles


def ends_dateline(before: str) -> bool:
    """``before`` (the text before a word, quotes and spaces stripped) ends with a
    wire dateline's credit and dash ("KHERSON, June 7 (Meridian) - Rescuers in
    boats"): the word after it starts the report's first sentence."""
    return before.endswith(("-", "–", "—")) and before[:-1].rstrip().endswith(")")


class TextFacts:
    """Per-text facts shared by the rules: sentence starts, headlines, word casing."""

    def __init__(self, text: str, lang: str, lex: Lexicon, known: Iterable[str] = ()):
        """``known``: keys of the names known for the text, by which a name glued to
        the next word is read ("George W. Bushannounced": :func:`split_glued`)."""
        self.text, self.lang, self.lex = text, lang, lex
        self.toks: list[Token] = split_glued(text, tokenize(text), lang, lex, known)
        n = len(self.toks)
        sentence = [self._is_initial(k) for k in range(n)]
        # a quotation's first word is capitalised by position too, but starts no title-case segment
        self.initial = [s or opens_quotation(text, t.start) for s, t in zip(sentence, self.toks)]
        # a hyphened given name's syllable ("Il-sung", "Ki-moon") is no lower-case word of the text
        self.lower_vocab = {t.low for k, t in enumerate(self.toks) if t.cased and not t.cap and not (
            k and self.toks[k - 1].cap and self.gap(k) in HYPHENS and syllable_name_part(self.toks[k - 1].bare, t.bare))}
        self.midcap_vocab = {t.low for k, t in enumerate(self.toks) if t.cased and t.cap and not self.initial[k]}
        self.headline = [False] * n
        self.nouns: set[str] = set()  # capitalised words this text also uses as common nouns (filled by entities)
        self.buyers: set[str] = set()  # capitalised words that name a company taking another over (entity_acquirers)
        start = 0
        for k in range(1, n + 1):  # title-case segments (headlines, tag lists) are not sentences
            if k == n or sentence[k]:
                long_words = [t for t in self.toks[start:k] if t.cased and len(t.text) >= 4]
                if len(long_words) >= 3 and sum(t.cap for t in long_words) >= 0.75 * len(long_words):
                    self.headline[start:k] = [True] * (k - start)
                start = k
        self.midcap_vocab -= {t.low for k, t in enumerate(self.toks) if self.headline[k]}
        self.midcap_stems = {lex.norm(w, lang) for w in self.midcap_vocab}  # "Зеленским" vouches for "Зеленский"
        # in inflecting languages "визита" says "Визит" is a word; a lower-case
        # adjective does not ("донецкий" is written so beside the place "Донецк")
        self.lower_by_prefix: dict[str, list[str]] = {}
        if lang in lex.stem_langs:
            for w in self.lower_vocab:
                if len(w) >= 3 and not lex.adjective_form(w, lang):
                    self.lower_by_prefix.setdefault(w[:3], []).append(w)

    def gap(self, k: int) -> str:
        return self.text[self.toks[k - 1].end:self.toks[k].start] if k > 0 else "\n"

    def _is_initial(self, k: int) -> bool:
        gap = self.gap(k)
        if "\n" in gap:
            return True
        stripped = gap.strip(" \t\u00a0\"'«»“”‘’()[]")
        if ends_dateline(stripped):
            return True
        if not stripped or stripped[-1] not in SENTENCE_END:
            return False
        prev = self.toks[k - 1]  # an initial's period, unless a common word follows it ("Tony C. Made a difference")
        initial = len(prev.text) == 1 and prev.cap and not (stripped == "." and self.toks[k].cap
                                                             and written_lower(self.toks, k))
        return not (stripped == "." and (prev.low in self.lex.abbreviations or initial))

    def name_initial(self, k: int) -> bool:
        """Token k is a given name's initial, one capital letter and its period
        glued to the name after it ("V. Klaus", "A. Smith"): no stopword or
        particle ("v", "a") there, as :func:`glued` reads it."""
        return len(self.toks[k].text) == 1 and k + 1 < len(self.toks) and self.gap(k + 1).rstrip() == "." \
            and glued(self.text, self.toks, k + 1, self.lex)

    def header_label(self, k: int) -> bool:
        """Token k labels an e-mail or memo header ("CC: Marvin Sambur"), no name
        nor part of one (:func:`entity_spans.header_label`)."""
        return header_label(self.text, self.toks, k, self.lex, self.lang)

    def where_after(self, k: int) -> bool:
        """Name token k is followed by a comma and the language's relative adverb of
        place (the lexicon's ``place_relatives``: "the Conciergerie, where Marie-Antoinette
        was held", "la Conciergerie, donde"): what the name names is a place."""
        nxt = k + 1  # (not one letter: "V = V - V, where V is")
        return nxt < len(self.toks) and len(self.toks[k].text) > 1 and self.gap(nxt).strip() == "," \
            and self.lex.place_relative(self.toks[nxt].text, self.lang)

    def name_article(self, k: int) -> bool:
        """Particle k opens the name after it, not the sentence's grammar: the
        Arabic article joined by a hyphen ("al-Marj", "Al-Marj"), or a
        capitalised particle that its place does not explain (mid-sentence "Al
        Haouz", "El Salvador", "La Haye", "Abu Mansour") or that is no word of
        the text's language ("Al Hoceima" opening an English sentence).  A
        Spanish "El BCE" or a French "La Russie" opening a sentence is the
        article; "Of", "Für" join organisations' names and open none, and a
        particle that is another word of the language (German "Du") opens none
        wherever it stands."""
        toks, lex = self.toks, self.lex
        if k + 1 >= len(toks) or not toks[k + 1].cap or toks[k].low not in lex.particles \
                or toks[k].low in lex.org_only_joiners:
            return False
        if self.gap(k + 1) in HYPHENS and toks[k].low in lex.hyphen_articles:
            return True
        if not toks[k].cap:
            return False
        article, own = lex.article(toks[k].text, self.lang), lex.stopword(toks[k].text, self.lang)
        if self.initial[k] or self.headline[k]:
            return not (article or own)
        return article or not own  # (German "Du" mid-sentence is the pronoun)

    def common(self, k: int) -> bool:
        """Evidence that a capitalised word is an ordinary word capitalised by position."""
        t = self.toks[k]
        if self.lex.stopword(t.bare, self.lang):
            return not stop_acronym(self, k)  # "WHO said on Monday": the body, not "who"
        low = t.bare.casefold()
        if low in self.midcap_vocab:  # capitalised mid-sentence elsewhere: a name
            return False
        if low in self.lower_vocab:
            return True
        nxt = self.toks[k + 1] if k + 1 < len(self.toks) else None
        if not self.initial[k]:
            return False
        if self.lex.norm(low, self.lang) in self.midcap_stems:
            return False
        if self._inflected_lower(low) or people_plural(t.bare, self.lang):
            return True  # "Акционеры Сбербанка заявили": a plural noun of people is no one's name
        if nxt is None:
            return False
        # "Индийская станция": an adjective before a lower-case noun, unless that noun
        # heads an institution's name ("Центральный банк России"), not where it is a
        # descriptor before a «quoted» name ("Нефтяная компания «Роснефть»")
        quoted = k + 2 < len(self.toks) and any(q in self.gap(k + 2) for q in "«„")
        if nxt.cased and not nxt.cap and self.lex.adjective_form(t.bare, self.lang) and (quoted or not any(
                self.lex.is_cue(kind, nxt.bare, self.lang) for kind in ("org_cues", "place_cues"))):
            return True
        # "Луноход «Прагьян»", "Opération « Barkhane »": a descriptor before a quoted name
        return any(q in self.gap(k + 1) for q in "«„")

    def _inflected_lower(self, low: str) -> bool:
        """The text writes this word in lower case in another inflection: the two
        share all but their last three letters at most ("Переговоры" /
        "переговоров", "Сделка" / "сделки")."""
        for w in self.lower_by_prefix.get(low[:3], ()):
            shared = len(os.path.commonprefix([low, w]))
            if shared >= max(len(low), len(w)) - 3:
                return True
        return False

    def span(self, i: int, j: int) -> str:
        return self.text[self.toks[i].start:self.toks[j - 1].end]


# --- cased scripts -----------------------------------------------------------
