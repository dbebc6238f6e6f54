"""The names that can tie two undated reports to one happening.

Why: the learned same-story model scores two short undated reports of the
same *kind* of news (an outage, a crash, a fine) at about its cut from their
embeddings alone, so an undated pair is also asked what a reader would ask:
which place, whom, how many (:func:`storyline.group.scoring.anchored`).  The
name keys the model reads (:func:`storyline.similarity.keys.name_keys`: any
capitalised word) hold words that tell no happening, and on the held-out gate
samples they were all that three wrong pairs shared:

* a frequent word opening a sentence: "The bank said…" / "The streaming
  service lost…", "Segundo a Cloudflare…" / "Segundo o INSS…" ("according
  to"); every sentence's first word is capitalised, so there it says nothing;
* the outlet's name that a page title carries after the headline: "… |
  Deník Východ" over a motorway crash, a hockey round and a data-protection
  fine.  A reader skips it; the report itself never repeats it;
* a place's name that the report writes only inside a longer name that is
  no place: a club's ("Vítkovice – Kometa Brno 3:2" in a hockey round), a
  company's ("Air France"), a paper's ("Washington Post").  The longer name
  names the club, not the city; the motorway crash "ve směru na Brno" and
  that hockey round shared nothing else (h-events11).

The outlet's label leaves every key of the report (the model's too: it is
no word of the report; SemEval's pages and the dev files' titles carry
almost none, one "- LIVE" of 470 titles).  Frequent openers leave only the
anchors: the model was trained with them among its name keys, where they
weigh little (idf), and its SemEval figures stay as they are.
"""
from __future__ import annotations

import re
from collections import Counter

from storyline.similarity.keys import ascii_key, name_keys, opens_sentence, sound_keys

# "Headline | Site", "Headline - Site Name", "Headline — Site" (the separators
# page titles set a site's or section's name off with)
_LABEL_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
MAX_LABEL_WORDS = 4  # "Deník Východ", "Jornal do Litoral", "The Northern Courier"
MIN_HEADLINE_WORDS = 3
_WORD = re.compile(r"\w+")
# a word as written between spaces, with what punctuation stands around it
_TOKEN = re.compile(r"(\W*)(\w[\w'’-]*)(\S*)")
# a word as written between spaces or slashes: a dateline's "Bagdad/Washington"
# writes two places, each a word of its own (the slash stays with the first
# as punctuation, so no run goes on across it)
_SPACED = re.compile(r"[^\s/]+/*|/+")


def outlet_label(title: str, text: str) -> str:
    """The trailing segment of ``title`` that names the outlet, or "".

    A segment set off at the title's end, of at most :data:`MAX_LABEL_WORDS`
    words after a headline of at least :data:`MIN_HEADLINE_WORDS`, none of
    whose capitalised words the text repeats.  A report repeats the place or
    person its headline ends with ("Floods kill 30 - Pakistan"); it does not
    name the site it is published on."""
    parts = _LABEL_SEPARATOR.split(title.strip())
    if len(parts) < 2:
        return ""
    label, headline = parts[-1].strip(), " ".join(parts[:-1])
    capitals = {w.casefold() for w in _WORD.findall(label) if w[:1].isupper()}
    if not capitals or len(label.split()) > MAX_LABEL_WORDS or len(headline.split()) < MIN_HEADLINE_WORDS:
        return ""
    said = {w.casefold() for w in _WORD.findall(text)}
    return "" if capitals & said else label


def sentence_openers(lang: str) -> frozenset[str]:
    """The frequent words of the report's language (jusText's stoplists,
    :func:`storyline.analyse.where_subdivisions.frequent_words`): function
    words and the commonest content words, which open sentences."""
    from storyline.analyse.where_subdivisions import frequent_words

    return frequent_words((lang or "und").split("-")[0].lower())


def without_outlet(title: str, text: str) -> str:
    """``title`` without the outlet's label it ends with (:func:`outlet_label`)."""
    label = outlet_label(title, text)
    if not label:
        return title
    title = title.strip()
    return title[:len(title) - len(label)].rstrip(" |–—-")


def places_inside_names(text: str, lang: str) -> set[str]:
    """Keys of the places (:func:`storyline.analyse.where.country_of`, a
    country or a city the where index reads) that ``text`` writes only as a
    word of a longer capitalised name that is itself no place: "Brno" of
    "Kometa Brno" where the text never writes "Brno" alone.  A frequent word
    of the language with one capital ("V Brně", "The Hague" at a sentence's
    start) joins no name; a run that is a place whole ("New York", "Nové
    Město") names that place, so its words stay.  Caseless scripts have no
    runs to read: nothing is left out there."""
    from storyline.analyse.where import country_of

    frequent = sentence_openers(lang)
    inside: set[str] = set()
    alone: set[str] = set()
    for run in _runs(text, frequent):
        keys = [ascii_key(w) for w in run]
        if len(run) == 1 or country_of(" ".join(run), lang):
            alone.update(keys)
            continue
        inside.update(k for w, k in zip(run, keys) if country_of(w, lang))
    return inside - alone


def _runs(text: str, frequent: frozenset[str]) -> list[list[str]]:
    """Runs of capitalised words of a cased script that follow one another
    with nothing but a space between, on one line ("Vítkovice – Kometa Brno
    3:2" holds "Vítkovice" and "Kometa Brno"; a headline ending "… im Irak"
    and a dateline opening "Bagdad (dpa)" hold two); a frequent word
    written with one capital where it opens a sentence opens no name
    ("V Brně": "Brně"; the Czech
    stoplist holds "Brno", the English one "Air": inside a run they are
    names' words), unless the text writes it capitalised before the same
    word where no sentence opens (:func:`_name_openers`): "Air France
    cancelled …" opens with the name the report repeats as "… said Air
    France"."""
    tokens = _tokens(text)
    named_pairs = _name_openers(text, tokens)
    runs: list[list[str]] = []
    run: list[str] = []
    for i, (start, before, word, after) in enumerate(tokens):
        nxt = tokens[i + 1][2] if i + 1 < len(tokens) and not after and not tokens[i + 1][1] else ""
        opener = bool(word) and word[1:].islower() and word.lower() in frequent \
            and opens_sentence(text, start) and (word, nxt) not in named_pairs
        named = _capitalised(word) and not opener
        if run and (not named or before or _line_break_before(text, start, len(before))):
            runs.append(run)
            run = []
        if named:
            run.append(word)
            if after:  # "Brno," "Brno." "Brno)": the name ends here
                runs.append(run)
                run = []
    if run:
        runs.append(run)
    return runs


def _line_break_before(text: str, start: int, punctuation: int) -> bool:
    """Whether a line ends between the word at ``start`` (after
    ``punctuation`` characters set before it) and the word before: a
    headline's last word and a dateline's first ("… im Irak" / "Bagdad
    (dpa) - …") are two names, not one."""
    i = start - punctuation - 1
    while i >= 0 and text[i].isspace():
        if text[i] == "\n":
            return True
        i -= 1
    return False


def _tokens(text: str) -> list[tuple[int, str, str, str]]:
    """Each word as written between spaces or after a slash: (its word's
    offset, the punctuation before it, the word, the punctuation after it)."""
    out = []
    for token in _SPACED.finditer(text):
        m = _TOKEN.fullmatch(token.group())
        if m:
            out.append((token.start() + len(m.group(1)), m.group(1), m.group(2), m.group(3)))
        else:
            out.append((token.start(), token.group(), "", ""))
    return out


def _capitalised(word: str) -> bool:
    """A word of a cased script written with a capital first letter."""
    return bool(word) and word[0].isupper() and word.lower() != word.upper()


def _name_openers(text: str, tokens: list[tuple[int, str, str, str]]) -> set[tuple[str, str]]:
    """Pairs of capitalised words the text writes one after the other, with
    nothing but a space between, where no sentence opens: there a capital is
    the writer's choice, so ("Air", "France") is a name's start wherever
    it stands, a sentence's start too.  "In Paris" opening a sentence is
    no such pair: "in" is written small inside sentences."""
    pairs: set[tuple[str, str]] = set()
    for (start, _, word, after), (nxt_start, before, nxt, _) in zip(tokens, tokens[1:]):
        if not after and not before and _capitalised(word) and _capitalised(nxt) \
                and not opens_sentence(text, start) and not _line_break_before(text, nxt_start, 0):
            pairs.add((word, nxt))
    return pairs


def anchor_keys(text: str, lang: str) -> tuple[Counter[str], Counter[str]]:
    """(name keys, sound keys) of a report's keyed text (headline without an
    outlet's label, and body) as anchors: without frequent words where they
    open a sentence, nor places written only inside a longer name
    (:func:`places_inside_names`)."""
    names = name_keys(text, openers=sentence_openers(lang))
    for key in places_inside_names(text, lang):
        names.pop(key, None)
    return names, sound_keys(names)
