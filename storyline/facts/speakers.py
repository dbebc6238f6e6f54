"""Who speaks in a sentence: the person whose clause holds a verb of speech.

Who says a thing is no part of what is said (:func:`.agreement.speaker_keys`),
so the facts stage needs to know which person a sentence gives as its
speaker.  A window of words beside the name misses the common forms where the
verb sits further off yet in the same clause: "Le secrétaire général de l'ONU,
António Guterres, s'est dit profondément déçu", "Christine Lagarde a
toutefois refusé d'affirmer que …", "Lagarde hat am Montag betont"; and it
takes an object for a speaker ("Macron told Lagarde that …").  A window wide
enough for the first is tuned to it (h-facts21 found 5-6 words undid one demo
pair and cost a gloss elsewhere), so this reads the clause instead:

* *subject*: the name is followed, within its clause, by the verb of speech
  (:data:`~storyline.facts.context.SAYING`) with nothing between but words
  that never open or end a clause -- auxiliaries, reflexives, negation,
  sentence adverbs, a weekday (:data:`FILLERS`) -- and a comma-enclosed
  insertion right after the name (", the ECB's president,"; an appositive
  name's closing comma, "…, António Guterres, s'est dit").  One word and an
  infinitive marker may lead to an infinitive of speech ("refused to say",
  "a refusé d'affirmer", "se negó a decir": :data:`SPEECH_INFINITIVES`).
  Any other word -- a relative pronoun ("la entidad que preside Christine
  Lagarde dejó …", "Lagarde, who …"), a conjunction, another verb, an
  object -- ends the reading: the verb is not the name's own.
* *inverted*: the verb of speech (and fillers) comes right before the name,
  and either the name ends its clause ("…, a souligné Christine Lagarde,
  qui …", "sagte Lagarde.") or nothing but fillers opens the clause before
  the verb ("وقال بوتين إن …", "Как сообщил Песков"): "Macron told Lagarde
  that …" has its subject before the verb, and Lagarde is its object.

The word lists are closed classes of each language the corpus reads; no
distance is counted.
"""
from __future__ import annotations

import regex

from storyline.facts.context import SAYING

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}'’]")
_APOSTROPHE = ("'", "’")
_BOUNDARY = frozenset(",;:.!?«»\"“”„()[]—–-")
_CLOSES_CLAUSE = _BOUNDARY - {","}

# Words that sit inside a clause between its subject and its verb and never open a clause of their own:
# auxiliaries and modals, reflexives, negation, sentence adverbs, weekdays and their prepositions
# ("hat am Montag betont"), the Hindi case marker of a subject ("मोदी ने कहा"), lower case.
FILLERS = frozenset("""
has have had was were is are be been will would could did does do also then later again however
though meanwhile earlier previously already once further repeatedly publicly not never just still
on last
a ont avait avaient aurait s se est sont était ne n pas aussi également toutefois cependant pourtant
néanmoins encore déjà ensuite enfin lui leur lors alors même par ailleurs
ha han había habían habría haber no también sin embargo además ya luego nuevamente le les este esta
hat haben hatte hatten habe sei wird wurde wollte will sich auch jedoch aber zudem nicht bereits noch
erneut dann später am vom
также тоже же однако не уже ещё еще при этом вновь снова в во
ने भी तो ही नहीं
monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi
dimanche lunes martes miércoles jueves viernes sábado domingo montag dienstag mittwoch donnerstag
freitag samstag sonntag понедельник вторник среду четверг пятницу субботу воскресенье
""".split())
# what links a verb to the infinitive it governs ("refused to say", "refusé d'affirmer", "se negó a decir")
_INFINITIVE_MARKERS = frozenset({"to", "de", "d", "a", "zu"})
# infinitives of speech, read only after such a marker
SPEECH_INFINITIVES = frozenset("""
say tell comment confirm disclose specify speculate predict
dire affirmer confirmer commenter préciser indiquer annoncer déclarer
decir afirmar confirmar comentar precisar anunciar declarar
sagen bestätigen äußern kommentieren erklären
сказать заявить подтвердить комментировать прокомментировать уточнить
""".split())


def _tokens(text: str) -> list[str]:
    return [t.casefold() for t in _TOKEN.findall(text)]


def _verb_follows(words: list[str]) -> bool:
    """``words`` (after the subject, its insertion skipped) reach a verb of
    speech through fillers only, or through one word and an infinitive marker
    to an infinitive of speech."""
    i = 0
    while i < len(words) and words[i] in FILLERS and words[i] not in SAYING:
        i += 1
    if i < len(words) and words[i] in SAYING:
        return True
    if i + 2 < len(words) and words[i] not in _BOUNDARY and words[i + 1] in _INFINITIVE_MARKERS:
        return words[i + 2] in SPEECH_INFINITIVES
    return False


def _subject_speaks(before: str, after: str) -> bool:
    if after.startswith(_APOSTROPHE):  # "Lagarde's decision": a possessive, no subject
        return False
    words = _tokens(after)
    if words[:1] == [","]:
        if "," in words[1:]:  # a comma-enclosed insertion: ", the ECB's president, said"
            close = words.index(",", 1)
            if not _CLOSES_CLAUSE & set(words[1:close]) and _verb_follows(words[close + 1:]):
                return True
        clause = _tokens(before)
        opened = max((i for i, w in enumerate(clause) if w in _CLOSES_CLAUSE), default=-1)
        if "," not in clause[opened + 1:]:  # no appositive name whose closing comma this is
            return False
        words = words[1:]
    elif words[:1] == ["("] and ")" in words:
        words = words[words.index(")") + 1:]
    return _verb_follows(words)


def _inverted_speaks(before: str, after: str) -> bool:
    words = _tokens(before)[::-1]
    i = 0
    while i < len(words) and words[i] in FILLERS and words[i] not in SAYING:
        i += 1
    if i >= len(words) or words[i] not in SAYING:
        return False
    following = _tokens(after)
    if not following or following[0] in _BOUNDARY:
        return True
    rest = words[i + 1:]
    j = 0
    while j < len(rest) and rest[j] in FILLERS:
        j += 1
    return j == len(rest) or rest[j] in _BOUNDARY


def speaks(text: str, start: int, end: int) -> bool:
    """The name ``text[start:end]`` is the speaker of its clause (see the module's docstring)."""
    before, after = text[:start], text[end:]
    return _subject_speaks(before, after) or _inverted_speaks(before, after)
