"""What two claim sentences share that cannot be paraphrased: names, figures, dates.

Why a module of its own: alignment (:mod:`storyline.facts.align`), conflicts
(:mod:`storyline.facts.disagreements`) and glosses (:mod:`storyline.facts.gloss`)
all ask whether two sentences agree on what a translation or a rewording
keeps: names as keys that meet across scripts ("Putin" = "पुतिन", a country's
names in any language), figures within 2 % of kinds that agree
(:func:`kinds_agree`), a clock time, a resolved date, a year besides the
report's own, a month named in both.  Meaning is the
embeddings' business (:func:`storyline.facts.align.meaning`); this is the rest.

Within one language two reports of one fact nearly always write some of it
alike (a name, a figure, a date), so a pair of one language that shares none
of it states one fact only when it is a close paraphrase (:func:`apart`,
:data:`PARAPHRASE_MIN`): "Rahul Gandhi won from both Rae Bareli and Wayanad"
and "He is the first leader since Jawaharlal Nehru to win a third successive
term" score 0.45 on meaning alone, as two sentences about one election do.
Nor does such a pair where one states a particular of a kind the other has
nothing of (a year besides its report's own, a figure of a kind: :func:`unlike`),
and no fact holds two sentences said of two times (:func:`told_apart`).
"""
from __future__ import annotations

import math
from collections import Counter

import numpy as np
import regex

from storyline.analyse.time_words import months_named
from storyline.facts.context import measures_named
from storyline.facts.model import ClaimSentence, Figure
from storyline.similarity.keys import ascii_key, name_keys, sound_keys

# the share of its weight a speaker's name keeps in the agreement of two sentences (:func:`key_overlap`):
# 0, who says a thing is no part of what is said; chosen by 5-fold CV over the fact sample's events
# (`python -m storyline.bench.facts_best FILE --speaker`; docs/benchmarks.md, h-facts26)
SPEAKER_WEIGHT = 0.0
LEND_NAME_MIN = 0.10  # least name agreement (:func:`key_overlap`) that is agreement; CV on the fact sample (docs/benchmarks.md)
# a pair of one language that does not :func:`agree` states one fact only when its meaning alone
# (:func:`storyline.facts.align.meaning`) is at least this; level from 0.55 to never on the fact
# sample and its 5-fold CV (python -m storyline.bench.facts_best --paraphrase), set between the
# demo's such links: 12 wrong at 0.42-0.58, those right on their own 0.66-1.0 (docs/benchmarks.md)
PARAPHRASE_MIN = 0.60


def claim_keys(c: ClaimSentence, countries: bool = False) -> set[str]:
    """Names as entity keys, plus sound keys of every name-like word, so that a
    loanword or a name spelt differently in another script still meets its
    counterpart ("limousine" / "लिमोजिन" share a consonant skeleton);
    ``countries``: plus a key for each country the sentence names
    (:func:`country_keys`)."""
    found = name_keys(c.text)
    keys = set(c.names) | set(found) | set(sound_keys(found))
    return keys | country_keys(c) if countries else keys


def country_keys(c: ClaimSentence) -> set[str]:
    """"@RU" for each place the sentence names that is a country's name, in its
    language or any (:func:`storyline.analyse.where.country_named`, the
    gazetteer's country names).  A country's names often share neither letters
    nor sounds across languages ("Russia" / "रूस" key as "russia" / "rus",
    "North Korea" / "उत्तर कोरिया" as "north korea" / "uttar koriya"), so two
    sentences naming one country did not agree on it; a city or a state gets
    no such key ("Moscow" is not "Russia")."""
    from storyline.analyse.where import country_named  # (the gazetteer loads on first use)

    return {"@" + code for code in (country_named(c.name_text.get(k, ""), c.lang) for k in c.places) if code}


def name_agreement(claims: list[ClaimSentence], by_report: bool = False) -> np.ndarray:
    """:func:`key_overlap` of the sentences' :func:`claim_keys` (``by_report``:
    a shared key weighed by how few of the event's reports give it too, and
    not at all where the sentences write it in lower case somewhere
    (:func:`written_lower`), the agreement a lone sentence's partner must
    reach, :func:`storyline.facts.lending.extend`; for every agreement, the
    opening words left out cost `bench facts` F1 0.7935 -> 0.7870), with the
    countries they name keyed alike for pairs of two languages only: within
    one language a country's name is one key already ("Russia" / "Russia"),
    and a country key beside it would count the country twice against the
    other names (it moved six summaries of English-only events in `bench
    summaries`, ROUGE-2 0.0869 -> 0.0866).  A name either sentence gives as
    its speaker's (:func:`speaker_keys`) is shared for nothing."""
    units = [c.report for c in claims] if by_report else None
    common = written_lower(claims) if by_report else frozenset()
    speakers = [speaker_keys(c) for c in claims]
    plain = key_overlap([claim_keys(c) for c in claims], units, common, speakers)
    if len({c.lang for c in claims}) < 2:
        return plain
    across = key_overlap([claim_keys(c, countries=True) for c in claims], units, common, speakers)
    langs = np.array([c.lang for c in claims])
    return np.where(langs[:, None] != langs[None, :], across, plain).astype(np.float32)


def speaker_keys(c: ClaimSentence) -> frozenset[str]:
    """The keys (as :func:`claim_keys` reads them: the name, its words and their
    sound keys) of each person the sentence gives as the one speaking
    (:attr:`ClaimSentence.speakers`, :func:`storyline.facts.speakers.speaking`:
    "President Christine Lagarde said …", "Lagarde a notamment souligné").
    Who says a thing is no part of what is said: the demo's "Lagarde said
    the decision had been taken by a large majority" and "Lagarde … stressed
    that the bank was not committing to a series of cuts" agreed 0.67 on her
    name alone, and one fact held both."""
    out: set[str] = set()
    for k in c.speakers:
        found = name_keys(c.name_text.get(k, k))
        out |= {k, *found, *sound_keys(found)}
    return frozenset(out)


def written_lower(claims: list[ClaimSentence]) -> frozenset[str]:
    """Keys of the words the sentences write in lower case somewhere: capitalised
    only where one opens a sentence ("The", "Les", "Договор"), such a word is
    no name, while "Владимир", "Derna" or "Thursday" are never written so
    (a caseless script has no lower case: none of its words is read)."""
    return frozenset(ascii_key(w) for c in claims for w in _WORD.findall(c.text) if w[0].islower())


_WORD = regex.compile(r"\w+")


def other_years(c: ClaimSentence) -> set[int]:
    """The years the sentence names other than its report's own ("since the 1966
    World Cup"): written alike in every language and as hard to paraphrase as a
    date, while the report's own year ("in June 2024") dates half the event."""
    own = (c.published or "")[:4]
    return {y for y in c.years if str(y) != own}


def shares_date(a: ClaimSentence, b: ClaimSentence) -> bool:
    """A resolved day or month both give, or a year both name besides their reports' own."""
    return bool(set(a.dates) & set(b.dates)) or bool(other_years(a) & other_years(b))


def key_idf(keys: list[set[str]], units: list[str] | None = None,
            per_sentence: dict[str, float] | None = None) -> dict[str, float]:
    """Inverse frequency of each key among the sentences' key sets; ``units``:
    the unit each set belongs to (its report): a key weighs the lesser of its
    inverse sentence and inverse unit frequency, each unit counted once.  Of
    fewer than three units, the unit frequency tells nothing (of two reports,
    every name two sentences of both share is every report's) and is not read.
    ``per_sentence``: :func:`key_idf` of ``keys`` alone, when the caller has it
    already (:func:`key_overlap` needs both and counted the sentences twice)."""
    if per_sentence is None:
        df: Counter[str] = Counter(k for ks in keys for k in ks)
        per_sentence = {k: math.log((1 + len(keys)) / (1 + d)) for k, d in df.items()}
    if units is None or len(set(units)) < 3:
        return per_sentence
    held: dict[str, set[str]] = {}
    for ks, u in zip(keys, units):
        for k in ks:
            held.setdefault(k, set()).add(u)
    n = len(set(units))
    return {k: min(per_sentence[k], math.log((1 + n) / (1 + len(us)))) for k, us in held.items()}


def key_agreement(a: set[str], b: set[str], idf: dict[str, float], unseen: float) -> float:
    """IDF-weighted cosine of two key sets; a key ``idf`` does not know weighs
    ``unseen`` (it is rarer than any it knows)."""
    shared = a & b
    if not shared:
        return 0.0
    na = math.sqrt(sum(idf.get(k, unseen) ** 2 for k in a))
    nb = math.sqrt(sum(idf.get(k, unseen) ** 2 for k in b))
    return sum(idf.get(k, unseen) ** 2 for k in shared) / (na * nb) if na and nb else 0.0


def key_overlap(keys: list[set[str]], units: list[str] | None = None,
                common: frozenset[str] = frozenset(),
                speakers: list[frozenset[str]] | None = None) -> np.ndarray:
    """Cosine of key sets weighted by inverse sentence frequency within the
    event: a name every sentence repeats ("Putin") tells sentences apart less
    than one that few share ("Aurus").  ``units`` (each set's report): a
    shared key weighs as the lesser of its inverse sentence and inverse
    report frequency (:func:`key_idf`), while each set's norm stays its
    sentence-frequency one, so a name every report gives adds nothing to
    what two sentences share and never lifts their agreement; so does a key
    of ``common`` (:func:`written_lower`: a sentence's opening word), and, for
    a pair, a key of either set's ``speakers`` (:func:`speaker_keys`), but
    at :data:`SPEAKER_WEIGHT` of its weight."""
    n = len(keys)
    idf = key_idf(keys)
    shared_idf = key_idf(keys, units, idf) if units is not None else idf
    if common:
        shared_idf = {k: 0.0 if k in common else v for k, v in shared_idf.items()}
    norms = [math.sqrt(sum(idf[k] ** 2 for k in ks)) for ks in keys]
    out = np.zeros((n, n), np.float32)
    for i in range(n):
        for j in range(i + 1, n):
            shared = keys[i] & keys[j]
            spoken: set[str] = set()
            if speakers is not None:
                spoken = shared & (speakers[i] | speakers[j])
                shared -= spoken
            if (shared or spoken) and norms[i] and norms[j]:
                out[i, j] = out[j, i] = (sum(shared_idf[k] ** 2 for k in shared) + SPEAKER_WEIGHT * sum(
                    shared_idf[k] ** 2 for k in spoken)) / (norms[i] * norms[j])
    return out


def figure_kind(x: Figure) -> str:
    """What a figure measures, as far as its sentence says: its kind
    (:func:`storyline.facts.figures.numbers_in`: "percent", "points",
    "money:CURRENCY", a measure), "people" for a count of something
    :func:`~storyline.facts.context.concept_of` reads ("5,000 dead", "1 204
    blessés"), or "" for a plain count, whose unit the sentence leaves unsaid
    and which may be any of them ("2,5" after "die Inflation lag bei")."""
    if x.kind == "money":
        return "money:" + x.unit
    if x.kind == "count":
        return "people" if x.concept else ""
    return x.kind


def kinds_agree(x: Figure, y: Figure) -> bool:
    """The two figures may be one quantity: their :func:`figure_kind` s are one,
    or either is unknown.  German "2,5 Prozentpunkte" (a change of a rate) is
    not the French "2,5 %" (an inflation forecast), nor "$5 billion" "€5 billion"."""
    a, b = figure_kind(x), figure_kind(y)
    return a == b or not a or not b


def same_figure(xs: list[Figure], ys: list[Figure]) -> bool:
    """Some figure of ``xs`` equals one of ``ys`` (within 2 %) and their kinds
    agree (:func:`kinds_agree`); items are
    :func:`storyline.facts.figures.numbers_in` figures."""
    return any(abs(x.value - y.value) <= 0.02 * max(abs(x.value), abs(y.value)) and kinds_agree(x, y)
               for x in xs for y in ys)


RESTATED_FIGURES = 2  # distinct figures two sentences share to state one fact twice


def restates(a: tuple[str, list], b: tuple[str, list]) -> bool:
    """Whether two shown sentences, each as ``(language, figures)``
    (:func:`~storyline.facts.figures.numbers_in`), state one fact twice: of
    one language, they share :data:`RESTATED_FIGURES` or more distinct
    figures of agreeing kinds (:func:`~storyline.facts.agreement.same_figure`).
    The English ECB summary told the cut twice, "… lowering its deposit rate
    by 25 basis points to 3.75% from a record 4% …" and "Policymakers in
    Frankfurt lowered the deposit rate from 4% to 3.75% on Thursday …": two
    reports' leads that alignment kept apart, their vectors no closer than
    the summary's other sentences (MMR's redundancy did not see it)."""
    if a[0] != b[0]:
        return False
    shared = {x.value for x in a[1] if same_figure([x], b[1])}
    return len(shared) >= RESTATED_FIGURES


def shares_number(a: ClaimSentence, b: ClaimSentence) -> bool:
    """A figure of one equals one of the other, or the two give one clock time
    ("La secousse s'est produite vendredi à 23 h 11" / "the quake hit at
    11.11pm"): a time of day two reports share is as hard to paraphrase as a figure."""
    return same_figure(a.numbers, b.numbers) or bool(set(a.times) & set(b.times))


def agree(a: ClaimSentence, b: ClaimSentence, names: float, name_min: float = LEND_NAME_MIN) -> bool:
    """The two sentences share what cannot be paraphrased: a distinctive name
    (``names``: their :func:`key_overlap`), a figure, a resolved date or a
    month named in both (a report without a publication date resolves none)."""
    return (names >= name_min or shares_number(a, b) or shares_date(a, b)
            or bool(months_named(a.text, a.lang) & months_named(b.text, b.lang)))



def apart(a: ClaimSentence, b: ClaimSentence, names: float, meaning: float,
          paraphrase_min: float = PARAPHRASE_MIN) -> bool:
    """Two sentences of one language that share no name, figure or date
    (:func:`agree`) and are no close paraphrase (``meaning`` under
    ``paraphrase_min``): one report's "Money markets now price one or two
    further cuts" and another's "Financial markets have pushed back
    expectations of a first UK cut" (0.52) are two facts about markets."""
    return a.lang == b.lang and meaning < paraphrase_min and not agree(a, b, names)


def one_sided(a: ClaimSentence, b: ClaimSentence) -> bool:
    """One sentence states a particular of a kind the other has nothing of:
    a year besides its report's own (:func:`other_years`) where the other
    names no such year, or a figure of a known kind (:func:`figure_kind`:
    a percentage, an amount of money, a measure, a count of people) where the
    other states no figure at all (a plain count may be any kind, so a
    sentence with one is not bare of figures).  Said of the same thing, two
    reports in one language keep such a particular or both leave it out."""
    def bare(x: ClaimSentence, y: ClaimSentence) -> bool:
        return ((bool(other_years(x)) and not other_years(y))
                or (any(figure_kind(f) for f in x.numbers) and not y.numbers))
    return bare(a, b) or bare(b, a)


def years_apart(a: ClaimSentence, b: ClaimSentence) -> bool:
    """Each sentence names a year besides its report's own (:func:`other_years`)
    and they name none alike: said of two times ("इससे पहले वह साल 2000 में किम
    के पिता … से मिलने यहां आए थे", Putin's visit of 2000, and "В 2018 году Ким
    Чен Ын дарил пару пхунсанов …", a gift of 2018, 0.42 on meaning alone)."""
    ya, yb = other_years(a), other_years(b)
    return bool(ya) and bool(yb) and not ya & yb


def told_apart(a: ClaimSentence, b: ClaimSentence, names: float) -> bool:
    """Said of two times (:func:`years_apart`) with nothing else that cannot
    be paraphrased in common (:func:`agree`; ``names``: their :func:`key_overlap`):
    no fact holds two such sentences.  Two forecasts that share their figures
    stay one fact though each adds a year the other leaves out."""
    return years_apart(a, b) and not agree(a, b, names)


def unlike(a: ClaimSentence, b: ClaimSentence, meaning: float, paraphrase_min: float = PARAPHRASE_MIN) -> bool:
    """Two sentences of one language that are no close paraphrase (``meaning``
    under ``paraphrase_min``) and :func:`one_sided`: two facts, even where
    they share a name or the event's day.  A report's "На новостях о разрушении
    ГЭС фьючерсы на пшеницу в Чикаго во вторник подорожали примерно на 2%"
    (a market's answer, a percentage) shares "ГЭС" and Tuesday with another's
    "В ночь на вторник была разрушена плотина Каховской ГЭС" (the dam, no
    figure), 0.45 on meaning alone, and "В 2018 году Ким Чен Ын дарил пару
    пхунсанов президенту Южной Кореи" (a gift of 2018) shares Kim with "У трапа
    президента лично встретил Ким Чен Ын" (Putin's arrival), 0.54."""
    return a.lang == b.lang and meaning < paraphrase_min and one_sided(a, b)


def kept_apart(a: ClaimSentence, b: ClaimSentence, names: float, meaning: float,
               paraphrase_min: float = PARAPHRASE_MIN) -> bool:
    """Two sentences that state two facts whatever they share: of one
    language and :func:`unlike`, or :func:`told_apart` (two times).  Where
    alignment asks it (:mod:`storyline.facts.align`): of a pair that would
    found a fact, and of a partner lent to a lone sentence -- the links a
    shared name or day alone can make.  Asked of every link it cost `bench
    facts` its Derna death-toll conflicts (docs/benchmarks.md, h-facts15)."""
    return unlike(a, b, meaning, paraphrase_min) or told_apart(a, b, names)


def measures_apart(a: ClaimSentence, b: ClaimSentence) -> bool:
    """Each sentence states a figure of a kind (:func:`figure_kind`: percent,
    points, a currency, a measure, a count of people) and no figure of one may
    be one quantity with a figure of the other (:func:`kinds_agree`): they
    measure different things.  A translation or a paraphrase of one fact keeps
    what its figures measure, so two such sentences are no one fact however
    close their meaning, and no conflict either (a conflict is two values of
    one kind: :mod:`storyline.facts.labels`): the German "die Teuerung [sei]
    um mehr als 2,5 Prozentpunkte gesunken" (a fall in points) beside the
    French "l'inflation atteindrait 2,5 % en moyenne cette année" (a rate),
    0.53 on meaning alone.  A plain count (unit unsaid) may be any kind, so
    a sentence with one is never apart on it.  Figures of one kind are apart too
    when the two name different measures (:func:`quantities_apart`) or years,
    none in common: "La croissance est attendue à 0,9 % en 2024" and "Erst 2026
    soll die Rate mit 1,9 Prozent unter das Ziel fallen" are two times, as
    :func:`storyline.facts.disagreements.number_conflict` reads them."""
    return (any(figure_kind(x) for x in a.numbers) and any(figure_kind(y) for y in b.numbers)
            and (not any(kinds_agree(x, y) for x in a.numbers for y in b.numbers) or quantities_apart(a, b)
                 or bool(a.years and b.years and not set(a.years) & set(b.years))))


def quantities_apart(a: ClaimSentence, b: ClaimSentence) -> bool:
    """Each sentence names what its rates measure (:func:`~storyline.facts.context.measures_named`:
    inflation, growth, unemployment, a deposit, refinancing or base rate) and they name none alike:
    "La croissance est attendue à 0,9 % en 2024" and "l'inflation atteindrait 2,5 %", or the ECB's
    "Hauptrefinanzierungssatz … 4,25 Prozent" and "The Bank of England has held its base rate at
    … 5.25%", are two quantities of one kind, neither one fact nor a conflict
    (:func:`storyline.facts.disagreements.number_conflict`)."""
    qa, qb = measures_named(a.text), measures_named(b.text)
    return bool(qa) and bool(qb) and not qa & qb



def measures_of(c: ClaimSentence) -> frozenset[str]:
    """What the sentence's figures are said to measure: the rates it names
    (:func:`~storyline.facts.context.measures_named`: inflation, growth, a
    deposit rate ...) and what its counts count (:attr:`Figure.concept`: the
    dead, the injured, the missing, a quake's magnitude)."""
    return measures_named(c.text) | {x.concept for x in c.numbers if x.concept}



def measured_elsewhere(claims: list[ClaimSentence]) -> np.ndarray:
    """For each pair of sentences, whether the two name one measure
    (:func:`measures_of`) and say it of two places (:func:`~storyline.facts.places.scopes`,
    :func:`~storyline.facts.places.places_apart`): UK and euro-area inflation,
    or the dead of Derna and those of Greece, are two facts, neither one fact
    nor a conflict, however alike their words and figures.  Only a measure
    both name: "the deal, brokered … in Istanbul, let Ukraine ship 33 million
    tonnes" names a place beside its tonnes that is not where they were
    shipped from."""
    from storyline.facts.places import places_apart, scopes  # (the gazetteer loads on first use)

    n = len(claims)
    out = np.zeros((n, n), bool)
    measures = [measures_of(c) for c in claims]
    if sum(bool(m) for m in measures) < 2:
        return out
    where = scopes(claims, measures)
    for i in range(n):
        for j in range(i + 1, n):
            if measures[i] & measures[j] and places_apart(where[i], where[j]):
                out[i, j] = out[j, i] = True
    return out
