"""Who a sentence gives as speaking: the name its verb of speech is said of.

Why a module of its own: two readers ask it.  The name agreement of two
claim sentences (:func:`storyline.facts.agreement.speaker_keys`, with the
entity stage's mentions) and the gloss test of two cited sentences
(:func:`storyline.facts.gloss.speaker_keys`, text alone: stored supports keep
no mentions) both withhold a speaker's name, since who says a thing is no
part of what is said.  They read it alike here (:func:`speaking`).

A name speaks when a verb of speech (:data:`~storyline.facts.context.SAYING`)
follows it in its clause, next to it or a few words on (:data:`SPEAKER_GAP`,
:func:`_verb_after`: "Lagarde said", "मोदी ने कहा"; French and Russian put
an adverb or an aside between, "Guterres, s'est dit", "Lagarde a notamment
souligné", "Путин, в свою очередь, заявил"), and when such a verb, a
reporting cue or a source phrase opens the short phrase the name stands in
(:func:`_closes_phrase`: "a souligné Christine Lagarde.", "وقال بوتين إن",
"сообщил помощник президента Юрий Ушаков.", "По словам Пескова,").  A verb
further on is said of another name when one stands between ("Putin met Kim,
who said"), and one past a clause's end, a complementiser or a conjunction
is another clause's ("Putin met Kim on Wednesday and said").

A verb among the :data:`SPEAKER_NEXT` words either side of a name marks it
too, as it did before this module: that also reads a name right after the
verb in what is said ("Lagarde said Putin would come"), but the name
agreement wants it withheld: read only as the speaker, Wikinews dev's
`bench summaries` fell 0.0948 -> 0.0927 ROUGE-2 (docs/benchmarks.md,
h-facts24); the name right after a verb is mostly the event's protagonist,
whom two sentences share as they share the event, not a fact.
"""
from __future__ import annotations

import regex

from storyline.facts.context import (REPORTING_VERBS, REPORTING_VERBS_UNSPACED, SAYING, SOURCE_PHRASES,
                                     SOURCE_PHRASES_UNSPACED, cue_pattern)

SPEAKER_NEXT = 2  # words either side of a name a verb of speech marks it from ("Lagarde a dit", "said Peskov")
SPEAKER_GAP = 4  # most words a verb of speech may follow a name by in its clause ("Путин, в свою очередь, заявил")
SPEAKER_AFTER = 2  # most words between a cue and the name closing its phrase ("сообщил помощник президента Юрий Ушаков.")

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
# what ends a clause between a name and a verb after it: the verb is another clause's
_CLAUSE_STOP = regex.compile(r"[.;:!?«»\"“”„()\[\]]")
# words that open another clause or join another subject ("Putin said that Kim …", "Putin and Kim said")
# (Greek "ότι", "πως", Czech "že", "aby": "Crist požádal federální vládu, aby uvedla v činnost", where
# "uvedla" is "put into", was read as Crist speaking, h-facts24)
_JOINS = frozenset("that que qu dass что कि and et und и y e or ou oder или but mais aber но إن أن بأن כי"
                   " ότι πως και že aby".split())
# a cue whose short phrase after it names who speaks ("По словам Пескова,", "— сообщил … Юрий Ушаков.")
_CUE = cue_pattern(SOURCE_PHRASES + REPORTING_VERBS, SOURCE_PHRASES_UNSPACED + REPORTING_VERBS_UNSPACED)
# a word right after a name that makes it an owner or an object, not the subject ("Cooper's lawyers
# argued", "टोनी ब्लेयर के एक प्रवक्ता ने कहा", Tony Blair's spokesman said; "एक सैनिक ने अहमदीनेजाद से
# … कहा", a soldier told Ahmadinejad)
_OWNER = frozenset({"s", "के", "का", "की", "से", "को"})
# Hindi gives a speaker as the owner of a saying: "X का कहना है कि" (X's saying is that), h-facts26
_SAYING_OWNED = {"का": frozenset({"कहना"})}
_PHRASE_END = regex.compile(r"[,;:.!?«»\"“”„()\[\]—–]")
# a name's body after it: "Mike Blanpied z USGS poznamenal" (Czech "from"), "Ο Mike Blanpied από τη USGS
# σημείωσε", "Blanpied of the USGS said": the body is no speaker, and the verb after it is the person's
_AFFILIATION = frozenset("of from z ze από von vom de du del из із".split())
_ARTICLES = frozenset("the la le l der die das dem den des τη την το τον του της των".split())
# Greek's genitive article: a name after it is an owner ("δήμαρχος του Λονδίνου", "Η Οργανωτική Επιτροπή
# του Πεκίνου είπε"), as Hindi's "के" makes one (:data:`_OWNER`); MultiLing 2011 dev's Greek reports
# gave "Λονδίνου", "Ηνωμένων Πολιτειών", "Reuters" ("Ένας δημοσιογράφος του Reuters είπε") as speakers
_GENITIVE = frozenset({"του", "της", "των"})


def speaking(text: str, names: list[tuple[int, int]], blockers: list[tuple[int, int]] | None = None) -> list[bool]:
    """For each name (a ``(start, end)`` span of ``text``), whether the
    sentence gives it as the one speaking (module docstring).  ``blockers``
    (``names`` unless given): the names of the sentence, one of which between
    a name and a verb after it takes the verb."""
    blockers = names if blockers is None else blockers
    words = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(text)]
    owned = [_owned(text, words, s, blockers) for s, _ in names]
    blockers = [b for b in blockers if not _owned(text, words, b[0], blockers)]  # the verb passes over a body
    cues = [m.span() for m in _CUE.finditer(text)] + [w[:2] for w in words if w[2] in SAYING]
    # a verb whose speaker it names right after it ("…, a souligné Christine Lagarde") is not said
    # of a name before it ("La politique reste restrictive, a souligné …")
    closing = [[c for c in cues if _closes_phrase(text, words, c, s, e)] for s, e in names]
    # (the name right after the verb: "told reporters in Frankfurt that" leaves "told" to Lagarde before it)
    taken = {c[1] for (s, _), cs in zip(names, closing) for c in cs if not _WORD.search(text[c[1]:s])}
    out = []
    for (s, e), closes, owner in zip(names, closing, owned):
        if owner:
            out.append(False)
            continue
        last = max((i for i, w in enumerate(words) if w[0] < e), default=-1)
        first = next((i for i, w in enumerate(words) if w[1] > s), len(words))
        near = words[max(0, first - SPEAKER_NEXT):first] + words[last + 1:last + 1 + SPEAKER_NEXT]
        out.append(bool(closes) or any(w[2] in SAYING for w in near)
                   or _verb_after(text, words, last, blockers, s, taken))
    return out


def _owned(text: str, words: list, start: int, names: list[tuple[int, int]]) -> bool:
    """The name starting at ``start`` is an owner or a person's body, not a speaker: it follows
    Greek's genitive article (:data:`_GENITIVE`), or a preposition of :data:`_AFFILIATION`
    (an article between allowed) right after another name ("Blanpied z USGS", "Blanpied από τη USGS")."""
    before = [w for w in words if w[1] <= start][-3:]
    if not before or not text[before[-1][1]:start].isspace():
        return False
    if before[-1][2] in _GENITIVE:
        return True
    if len(before) > 1 and before[-1][2] in _ARTICLES and before[-2][2] in _AFFILIATION:
        before = before[:-1]
    if before[-1][2] not in _AFFILIATION or len(before) < 2:
        return False
    prev_end = before[-2][1]
    return any(e == prev_end for _, e in names) and text[prev_end:before[-1][0]].isspace()


def _verb_after(text: str, words: list, last: int, names: list[tuple[int, int]], own: int, taken: set[int]) -> bool:
    """A verb of speech follows the name's last word (``last``) with at most
    :data:`SPEAKER_GAP` words between, in its clause: no clause stop,
    complementiser, conjunction nor other name in between, the name no
    owner (:data:`_OWNER`), and the verb's speaker not named after it
    (``taken``: the ends of such verbs)."""
    for i in range(last + 1, min(len(words), last + 2 + SPEAKER_GAP)):
        if _CLAUSE_STOP.search(text[words[i - 1][1]:words[i][0]]) or _owner(text, words, i, last):
            return False
        if words[i][2] in SAYING:
            return words[i][1] not in taken
        if words[i][2] in _JOINS or any(s <= words[i][0] < e and s != own for s, e in names):
            return False
    return False


def _owner(text: str, words: list, i: int, last: int) -> bool:
    """Word ``i``, right after the name ending at word ``last``, makes it an owner or
    an object: "'s" glued to it ("Cooper's", not "Guterres, s'est dit"), or a Hindi
    postposition other than the subject's "ने"."""
    if i != last + 1 or words[i][2] not in _OWNER:
        return False
    if words[i][2] in _SAYING_OWNED and i + 1 < len(words) and words[i + 1][2] in _SAYING_OWNED[words[i][2]]:
        return False  # "मोदी का कहना है कि", Modi's saying is that: the name's own words
    gap = text[words[last][1]:words[i][0]]
    return gap in ("'", "’") if words[i][2] == "s" else gap.isspace()


def _closes_phrase(text: str, words: list, cue: tuple[int, int], start: int, end: int) -> bool:
    """The name stands at most :data:`SPEAKER_AFTER` words after a cue (a
    ``(start, end)`` span) in its phrase, and either the cue opens its phrase
    ("…», řekl Nathan Ballard o bezpečnosti", "«…» είπε ο David Millar από":
    a verb of speech with nothing before it has its subject after it) or the
    name ends the phrase (a mark, a complementiser, a conjunction or the
    sentence's end follows it): "a souligné Christine Lagarde.",
    "said Peskov, adding", "وقال بوتين إن …", "По словам Пескова," or "сообщил
    помощник президента Юрий Ушаков." name the speaker, while a name the
    phrase goes on past, or one further on, is in what is said ("Lagarde said
    Putin would come", "Kharge said the mandate was against Modi and …")."""
    cue_start, cue_end = cue
    if cue_end > start or _PHRASE_END.search(text[cue_end:start]):
        return False
    between = [w for w in words if cue_end <= w[0] < start]
    if len(between) > SPEAKER_AFTER or any(w[2] in _JOINS for w in between):
        return False
    if not _WORD.search(_PHRASE_END.split(text[:cue_start])[-1]):
        return True  # the cue opens its phrase ("», řekl Nathan Ballard o …"): its subject follows it
    following = next((w for w in words if w[0] >= end), None)
    return following is None or following[2] in _JOINS or bool(_PHRASE_END.search(text[end:following[0]]))


def name_like(word: str) -> bool:
    """A word :func:`storyline.similarity.keys.name_keys` may read as a name:
    capitalised in a cased script, any word of letters in a caseless one."""
    return any(ch.isalpha() for ch in word) and (word.lower() == word.upper() or word[0].isupper())


def name_runs(text: str) -> list[tuple[int, int]]:
    """Spans of consecutive capitalised words (:func:`name_like`): the names of
    a text the entity stage did not read ("Dmitry Peskov" is one; in a caseless
    script every word is one of its own)."""
    runs: list[list[int]] = []
    prev_end = None
    for m in _WORD.finditer(text):
        w = m.group()
        if not name_like(w):
            prev_end = None
            continue
        if prev_end is not None and text[prev_end:m.start()].isspace() and w.lower() != w.upper():
            runs[-1][1] = m.end()
        else:
            runs.append([m.start(), m.end()])
        prev_end = m.end()
    return [(s, e) for s, e in runs]
