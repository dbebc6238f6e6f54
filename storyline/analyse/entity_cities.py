"""A one-word name with no cue that the where index knows as a sizeable city is a PLACE.

The entity stage labels a name from cues in its text (a preposition, a place
noun, a title...) and a lone capitalised word with none stays MISC: "Casablanca",
"Málaga", "Тольятти" in "…à Marrakech et Casablanca", "Zaporizhzhia's nuclear
plant", "Тольятти и Самара".  The where index (GeoNames' cities of 15,000 people
or more, by their names in every script) knows them: :func:`~storyline.analyse.where.city_of`
answers only where the name speaks for one city (a name several places share,
none ``DOMINANT``, is nobody's: "Santiago", "Victoria", "Barcelona"), as the
resolver's ``city_key`` does, and :func:`~storyline.analyse.where.subdivision_of`
for a state or oblast ("Bihar" is also a city's name, "Floride").

A town's name is also a word or another kind of name, so only a name that
nothing in its text reads otherwise becomes a PLACE:

* a city of :data:`~storyline.analyse.where_index.BIG_POPULATION` people or more
  (the bar at which the Arabic and Hindi finders read even a frequent word as
  the city), or a smaller city or a subdivision whose country the text's other
  places name ("Chichaoua" beside "Maroc", "Marrakech"; "Рени" beside "Украины"):
  as ``where.towns_only`` reads a small town's name, in its report's country
  context.  A town abroad that shares a person's name ("Bush", an Egyptian
  town; "Хасан", Hassan in India) is not placed by a report about neither country;
* not a word the text writes in lower case too, nor one of its language's
  frequent words ("Nice", "Mobile", "Surprise": jusText's stoplists), nor a
  sentence's first word or a headline's that the text nowhere else writes with a capital
  inside a sentence ("Rest assured": Rasht's other name);
* not a word of a name the text labels PERSON or ORG ("Toyota" where "Toyota Motor"
  is read; "Orlando" where "Orlando Bloom"; "Leeds" where "Leeds United"): that
  name's short form; the event's own names (``known``) already gave a found
  name its label before this runs;
* not in a sentence about sport (a word only sport uses, the lexicon's ``sport_words``:
  "coach", "NBA", "atacante", "jogador"): there a town's name with no cue is its team's
  ("against Charlotte, the next game for the reigning NBA champion", "Houston coach Jeff
  Van Gundy", "do atacante Robinho, do Santos");
* not a smaller city's other name that its own name does not resemble, in the same
  script: a nickname or a name it bore for a while ("Tinseltown" of Hollywood,
  "Google" of Topeka), which other things bear first; a spelling ("Zaporizhzhia")
  or another script's name ("Тольятти") counts.

A name several countries' cities bear, none dominating ("Cádiz": Spain's and the
Philippines'; "Zaragoza"), is a PLACE where the text names one of those countries
and that country's city of the name has ``HOLDER_PEOPLE`` people
(:func:`~storyline.analyse.where.holders_of`), as a smaller city's name is.
"""
from __future__ import annotations

from storyline.analyse.entity_keys import entity_key

HOLDER_PEOPLE = 100_000  # a name cities of several countries bear is a town of the text's country this big
# ("Cádiz", 116,000; not "Alice", "Kyle", Texan towns of 20,000 and 30,000 that are given names first)


def city_labels(tx, chosen: list) -> None:
    """Relabel to PLACE each one-word MISC of ``chosen`` (cased script) that
    the module docstring's rules read as a city or first-level subdivision."""
    from storyline.analyse.where import city_of, country_of, holders_of, subdivision_of  # (where reads the resolver)
    from storyline.analyse.where_index import BIG_POPULATION, city_facts
    from storyline.analyse.where_subdivisions import frequent_words

    named = {w for c in chosen if c.label in ("PERSON", "ORG") for w in entity_key(tx.span(c.i, c.j)).split()}
    found: dict[int, tuple[set[str], str]] = {}  # candidate -> (its city's or state's countries, "big" or "")
    for n, c in enumerate(chosen):
        tok = tx.toks[c.i] if c.j - c.i == 1 else None
        if c.label != "MISC" or tok is None or not tok.cased or not tok.cap or tok.allcaps \
                or ((tx.initial[c.i] or tx.headline[c.i]) and tok.low not in tx.midcap_vocab):
            continue
        word = tok.bare
        if tok.low in tx.lower_vocab or tok.low in frequent_words(tx.lang) or entity_key(word) in named \
                or sports_sentence(tx, c.i):
            continue
        city = city_facts().get(city_of(word, tx.lang) or "")
        state = subdivision_of(word, tx.lang) if city is None else None
        if city is not None and not nickname(word, city, BIG_POPULATION):
            found[n] = ({city.country}, "big" if city.people >= BIG_POPULATION else "")
        elif state:
            found[n] = ({state.split("-")[0]}, "")
        elif city is None and (held := {c for c, people in holders_of(word).items() if people >= HOLDER_PEOPLE}):
            found[n] = (held, "")  # "Cádiz", "Zaragoza": a town of the text's country
    countries = {country_of(tx.span(c.i, c.j), tx.lang) for c in chosen if c.label == "PLACE"}
    while found:  # a big city's country places the smaller towns too ("Екатеринбург и Тольятти")
        placed = [n for n, (held, big) in found.items() if big or held & countries]
        for n in placed:
            chosen[n].label = "PLACE"
            held = found.pop(n)[0]
            countries |= held if len(held) == 1 else set()
        if not placed:
            break


def sports_sentence(tx, k: int) -> bool:
    """Token k's sentence holds a word of sport (the lexicon's ``sport_words``)."""
    start, end = k, k + 1
    while start > 0 and not tx.initial[start]:
        start -= 1
    while end < len(tx.toks) and not tx.initial[end]:
        end += 1
    return any(m != k and tx.lex.is_cue("sport_words", tx.toks[m].bare, tx.lang, compounds=False)
               for m in range(start, end))


def nickname(word: str, city, big: int) -> bool:
    """``word`` is another name of a city of fewer than ``big`` people, in the script of the
    city's own name, that the own name does not resemble (under half its letters in
    common, in order): "Tinseltown" (Hollywood), "Google" (Topeka for a month)."""
    from difflib import SequenceMatcher

    from storyline.analyse.entity_patterns import _fold
    from storyline.analyse.entity_tokens import script_of

    if city.people >= big or not city.name or script_of(word[0]) != script_of(city.name[0]):
        return False
    return SequenceMatcher(None, _fold(word), _fold(city.name)).ratio() < 0.5
