"""A light Ukrainian stemmer: a word's inflectional ending cut off.

Why: Snowball ships no Ukrainian stemmer, and Ukrainian reports were read by
the Russian one, whose vowels lack і, ї, є: it leaves every ending written
with one of them ("греблі", of the dam, stays "греблі" while "гребля" is
"гребл"; "Україні", "новій", "землетрусі" keep theirs), so a word typed in
one case did not find a report writing it in another.  No maintained
offline package fits better (docs/benchmarks.md, h-search20: pymorphy3's
Ukrainian dictionary, 8 MB, lemmatises, but its lemma is no beginning the
word index can be asked for, and it reads "Києві" as "кий").

Source of the rules: the Ukrainian adaptation of Porter's Russian Snowball
stemmer (snowballstem.org/algorithms/russian), as Algenon's ``ukstemmer``
for Drupal (drupal.org/project/ukstemmer) and Kyrylo Zakharov's Python port
(github.com/Amice13/ukr_stemmer, MIT) write it: the region after the first
vowel (Ukrainian's vowels, і ї є among them) loses one gerund ending, else
a reflexive "ся/сь" and then one adjective ending, or else one verb ending,
or else one noun ending; then a final "и", a derivational "ость" and a
final "ь".  Written anew here from those lists, three of the port's
Russian leftovers changed: a gerund is only "-вши(сь)" (Ukrainian's past
tense ends in "-ав", "-ив": "відвідав", visited, keeps "відвід", as the
verb endings give it); no second, participle ending after an adjective's
(the port's list is the adjective endings again: "церемонія" lost "ія",
"церемонії" only "ї"); no "ова", "ове" among the adjective endings
("зернова" was "зерн", "зернової" "зернов").  It reads endings only: the
vowel alternations of Ukrainian stems ("повінь" / "повені", "Київ" /
"Києва") are two stems.
"""
from __future__ import annotations

import functools

import regex

UKRAINIAN = "ukrainian"  # its name among the stemmers (storyline.analyse.entity_tokens.stem_word)
VOWELS = "аеиоуюяіїє"
_GERUND = regex.compile(r"(?:ившись|ивши|(?<=[ая])(?:вшись|вши))$")
_REFLEXIVE = regex.compile(r"с[яь]$")
_ADJECTIVE = regex.compile(r"(?:ими|ій|ий|а|е|ів|є|їй|єє|еє|я|ім|ем|им|их|іх|ою|йми|іми|у|ю|ого|ому|ої)$")
_VERB = regex.compile(r"(?:сь|ся|ив|ать|ять|у|ю|ав|али|учи|ячи|вши|ши|е|ме|ати|яти|є)$")
_NOUN = regex.compile(r"(?:а|ев|ов|е|ями|ами|еи|и|ей|ой|ий|й|иям|ям|ием|ем|ам|ом|о|у|ах|иях|ях|ы|ь|ию|ью|ю|ия|ья|я"
                      r"|і|ові|ї|ею|єю|ою|є|еві|єм|ів|їв)$")
_DERIVATIONAL = regex.compile(rf"[^{VOWELS}][{VOWELS}]+[^{VOWELS}]+[{VOWELS}].*(?<=о)сть?$")


def _cut(word: str, pattern) -> tuple[bool, str]:
    found = pattern.search(word)
    return (True, word[:found.start()]) if found else (False, word)


@functools.lru_cache(maxsize=1 << 16)
def ukrainian_stem(word: str) -> str:
    """``word`` (lower case) without its inflectional ending: "греблі" and
    "гребля" -> "гребл", "відвідав" -> "відвід", "Україні" (lower-cased)
    -> "україн"; a word with no vowel is returned as it is."""
    low = word.lower().replace("'", "").replace("’", "")
    first = next((i for i, ch in enumerate(low) if ch in VOWELS), None)
    if first is None:
        return low
    start, rv = low[:first + 1], low[first + 1:]
    cut, rv = _cut(rv, _GERUND)
    if not cut:
        _, rv = _cut(rv, _REFLEXIVE)
        cut, rv = _cut(rv, _ADJECTIVE)
        if not cut:
            cut, rv = _cut(rv, _VERB)
            if not cut:
                _, rv = _cut(rv, _NOUN)
    rv = rv[:-1] if rv.endswith("и") else rv
    if _DERIVATIONAL.search(rv):
        rv = rv[:-4] if rv.endswith("ость") else rv
    if rv.endswith("ь"):
        rv = rv[:-1]
        rv = regex.sub(r"ейше?$", "", rv)
        rv = rv[:-1] if rv.endswith("нн") else rv
    return start + rv
