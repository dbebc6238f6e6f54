"""The sentence a listed fact leans on, shown before it as quiet context.

A summary never tells a sentence that leans on one before it without that
one (:func:`storyline.facts.summarise.antecedents`, :func:`opening_first`),
but an event's fact lists ("More facts", "Stated by one report only") show
every fact by one sentence, and "Dort vermuten Forscher …", "He said the
success belonged to all of humanity …" or "Putin said it provides for mutual
assistance …" made no sense there: what "dort", "he" or "it" stands for was
in the report's sentence before.  Such a fact is listed with that sentence
(``context`` of its view), cited to the same report.

Which sentences lean is the summary's reading (:mod:`storyline.facts.openers`:
one concept, one place); what they lean on is read from what the store keeps
(the article's text, its sentence offsets, its name mentions), so nothing
stored changes: a pronoun for a person, or a person told by what they are in
a sentence naming no one, leans on the nearest earlier sentence naming a
person (:func:`summarise.antecedents` reads a speaker so), else on the one
right before; any other pointer back on the sentence right before it.
"""
from __future__ import annotations

from typing import Any, Iterable

from storyline.analyse.sentences import heading_lines, one_line

from .context import SAYING
from .openers import (_WORD, ANSWER_WORDS, PERSON_POINTERS, QUOTE_SPEAKERS, _within, answers, opens_back,
                      points_to_person)
from .speakers import speaking
from .trim import trim


def attributed_by_pronoun(text: str, lang: str) -> bool:
    """Whether ``text`` gives what it says to a person by a pronoun within its
    first clause ("Точные причины аварии, по его словам, установит …",
    "…, according to him, …"): the :data:`~storyline.facts.openers.PERSON_POINTERS` forms of several
    words that do not open with a subject pronoun (:data:`~storyline.facts.openers.QUOTE_SPEAKERS`),
    read where :func:`~storyline.facts.openers.points_to_person` reads only a sentence's start."""
    speakers = QUOTE_SPEAKERS.get(lang, frozenset())
    return _within(text, lang, frozenset(p for p in PERSON_POINTERS.get(lang, ())
                                         if " " in p and p.split()[0] not in speakers))


# a pronoun for a thing opening what a person is said to have said ("Putin said it provides for
# mutual assistance …": the treaty the report's sentence before named), after a verb of saying
# (:data:`storyline.facts.context.SAYING`) and at most one word of these that open a reported clause
SAID_THINGS: dict[str, frozenset[str]] = {lang: frozenset(words) for lang, words in {
    "en": ["it", "this", "these", "those"], "de": ["es", "dies", "diese", "dieser", "dieses"],
    "es": ["esto", "ello"], "ru": ["это", "этот", "эта", "эти"],
}.items()}
THAT_WORDS: dict[str, frozenset[str]] = {"en": frozenset(["that"]), "de": frozenset(["dass"]),
                                         "es": frozenset(["que"]), "ru": frozenset(["что"])}


def says_of_thing(text: str, lang: str) -> bool:
    """Whether a verb of saying among the first :data:`~storyline.facts.openers.ANSWER_WORDS` words of
    ``text`` is followed by a pronoun for a thing (:data:`SAID_THINGS`:
    "Putin said it provides …", "Путин сказал, что это …").  An
    organisation's "it" is its own ("The Kremlin said it would …"): the
    caller asks it only of a sentence naming a person."""
    things = SAID_THINGS.get(lang)
    if not things:
        return False
    words = [m.group().casefold() for m in _WORD.finditer(trim(text).text)][:ANSWER_WORDS + 2]
    for k, w in enumerate(words[:ANSWER_WORDS]):
        if w in SAYING:
            after = words[k + 1:k + 3]
            if after[:1] and after[0] in THAT_WORDS.get(lang, ()):
                after = after[1:]
            if after[:1] and after[0] in things:
                return True
    return False


# "it" and a verb of being opening a sentence ("It was Putin's first trip to North Korea in 24
# years", "Il s'agit du séisme le plus meurtrier …", "Es handelt sich um …"): the happening the
# event's page is about, or no referent at all, not the report's sentence before ("Both
# governments deny the arms transfers." was shown before Putin's first trip, h-facts25's
# reading of the demo): such an opening is no pointer back for a listed fact
IT_IS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "en": (frozenset(["it"]), frozenset(["is", "was", "s", "will", "would", "has", "had"])),
    "fr": (frozenset(["il"]), frozenset(["s", "est", "était", "sera", "a", "y"])),
    "de": (frozenset(["es"]), frozenset(["ist", "war", "sei", "wird", "handelt", "gibt", "gab"])),
}


def it_is(text: str, lang: str) -> bool:
    """Whether ``text`` (its dateline trimmed) opens with "it" and a verb of
    being (:data:`IT_IS`): the happening itself, or no referent."""
    pronouns, verbs = IT_IS.get(lang, (frozenset(), frozenset()))
    words = [m.group().casefold() for m in _WORD.finditer(trim(text).text)][:2]
    return len(words) == 2 and words[0] in pronouns and words[1] in verbs


def leans(text: str, lang: str, names_person: bool, names_speaker: bool = False) -> str | None:
    """How ``text`` leans on its report's sentences before it: ``"person"``
    (a pronoun for a person named before, at its start or given as whose
    words it tells: :func:`attributed_by_pronoun`), ``"before"`` (an answer,
    a pronoun for the thing last named or a possessive opening its subject:
    :func:`~storyline.facts.openers.answers`; an opening pointer back:
    :func:`~storyline.facts.openers.opens_back`; in a sentence naming a
    person, ``names_person``, a thing told by a pronoun after a verb of
    saying: :func:`says_of_thing`), or None where it reads on its own; "It
    was …" and like openings (:func:`it_is`) point to no sentence before.

    Not read here, though a summary reads them: a connective ("Тем временем
    стало известно …", meanwhile) sets a sentence beside the one before
    without needing it, and a person told by what they are ("The city's
    mayor said …", "La chanteuse québécoise …") says who they are; the
    nearest sentence naming a person named someone else (Derna's mayor was
    shown after the WMO head's words).

    A sentence that names its own speaker, a person or an organisation
    (``names_speaker``, :func:`storyline.facts.speakers.speaking`: "In its
    statement, the Governing Council said …"), leans on no one for whose
    words or whose possession it tells: its pronoun or possessive is that
    speaker's (h-facts25 showed the ECB sentence after the one before).  A
    thing told by a pronoun in what is said ("Putin said it provides …")
    still leans."""
    if not names_speaker and (points_to_person(text, lang) or attributed_by_pronoun(text, lang)):
        return "person"
    if answers(text, lang, owners=not names_speaker) or (opens_back(text, lang) and not it_is(text, lang)) \
            or (names_person and says_of_thing(text, lang)):
        return "before"
    return None


def _people_in(article, start: int, end: int) -> bool:
    """Whether the article's name reader found a person in ``[start, end)``."""
    return any(m.label == "PERSON" and start <= m.start < end for m in article.entities)


def _speaker_in(article, start: int, end: int) -> bool:
    """Whether the sentence ``[start, end)`` gives one of its names (any the
    name reader found: a person, an organisation) as the one speaking
    (:func:`storyline.facts.speakers.speaking`, as the name agreement reads it)."""
    spans = [(m.start - start, m.end - start) for m in article.entities if start <= m.start and m.end <= end]
    return any(speaking(article.text[start:end], spans)) if spans else False


def leaned_on(article, spans: list[tuple[int, int, bool]], start: int) -> tuple[int, int] | None:
    """The ``(start, end)`` of the sentence that the article's sentence
    starting at ``start`` leans on (:func:`leans`), or None where it does not
    lean or nothing stands before it.  A crosshead (a heading line) is no
    sentence read before it and is passed over."""
    at = next((k for k, (s, _, _) in enumerate(spans) if s == start), None)
    if at is None or at == 0:
        return None
    s, e, _ = spans[at]
    kind = leans(one_line(article.text[s:e]), article.lang, _people_in(article, s, e), _speaker_in(article, s, e))
    if kind is None:
        return None
    heads = heading_lines(article.text)
    before = [(a, b) for a, b, _ in spans[:at]
              if article.text[a:b].strip() and not any(h0 <= a and b <= h1 for h0, h1 in heads)]
    if not before:
        return None
    if kind == "person":
        return next(((a, b) for a, b in reversed(before) if _people_in(article, a, b)), before[-1])
    return before[-1]


def add_context(views: Iterable[dict[str, Any]], articles, spans: dict[str, list[tuple[int, int, bool]]]) -> None:
    """Set ``context`` on each fact view whose shown sentence leans on one
    before it: that sentence as a reader is shown it (``text``, its dateline
    trimmed), whole (``sentence``), its offsets and its report's
    ``article_id``, ``source`` and ``lang``; None on the others."""
    by_id = {a.id: a for a in articles}
    for v in views:
        v["context"] = None
        art = by_id.get(v.get("article_id"))
        at = leaned_on(art, spans.get(art.id, []), v["start"]) if art is not None and art.text else None
        if at is None:
            continue
        whole = one_line(art.text[at[0]:at[1]])
        v["context"] = {"text": trim(whole).text, "sentence": whole, "start": at[0], "end": at[1],
                        "article_id": art.id, "source": v.get("source"), "lang": art.lang}


def unless_told_before(views: list[dict[str, Any]]) -> None:
    """Drop the ``context`` of a summary's fact whose leaned-on sentence the summary
    already tells before it: a summary keeps a sentence after the one it leans on
    (:func:`storyline.facts.summarise.antecedents`), so the line would say it twice;
    a story's summary, picked across its events, may not, and there it stays (h-ui37)."""
    told: set[tuple[str, int]] = set()
    for v in views:
        c = v.get("context")
        if c is not None and (c["article_id"], c["start"]) in told:
            v["context"] = None
        told.add((v.get("article_id"), v.get("start")))
        told.update((s.get("article_id"), s.get("start")) for s in v.get("supports", ()))
