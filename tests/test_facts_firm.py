"""A conflict is a disputed slot with a firm value on each side (issue 12).

On the multilingual dev file (one report and its human translations per
event) 25 facts were labelled conflicting, each an artefact: a weekday one
language resolved forward for want of a tense cue, a span ("in two days") read
as a date, "today" of the telling, figures of different things (an age and a
bus line, a stage number and a race time), a second day of "13 and 14" left
as a count, two speakers read as one role.  Each cause is held here with
sentences of our own, beside a real disagreement that is still flagged."""
from __future__ import annotations

import datetime as dt

from storyline.analyse.dates import resolve_dates
from storyline.facts.claims import claim_sentences
from storyline.facts.figures import numbers_in
from storyline.facts.context import told_at
from storyline.facts.disagreements import name_conflict, pair_conflicts
from storyline.facts.model import ClaimSentence

from test_facts import _article

MONDAY = "2024-06-10"


def _one(lang: str, text: str, date: str = MONDAY, n: int = 0):
    rec = {"id": f"f{abs(hash((lang, text))) % 10**8}", "source": f"{lang}{n}.example", "lang": lang,
           "date": date, "title": "t", "text": text}
    claims = claim_sentences(_article(rec), rec["source"])
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


def _kinds(a, b) -> list[str]:
    return [k for k, *_ in pair_conflicts(a, b)]


def test_a_weekday_resolved_without_a_tense_cue_disputes_nothing():
    """No verb in the Czech clause: the resolver takes the nearer Wednesday
    (ahead), the English past tense the one before; that is no disagreement.
    Two firm days still are."""
    cs = _one("cs", "Další kolo jednání ve středu v Praze.")
    [mention] = _article({"id": "w", "source": "s", "lang": "cs", "date": MONDAY, "title": "t",
                          "text": "Další kolo jednání ve středu v Praze."}).dates
    assert mention.value == dt.date(2024, 6, 12) and not mention.firm
    en = _one("en", "The next round of talks was held on Wednesday in Prague.", n=1)
    assert en.fact_dates == ["2024-06-05"] and cs.unsure_dates == ["2024-06-12"]
    assert "date" not in _kinds(en, cs)
    fr = _one("fr", "Le prochain tour de négociations a eu lieu vendredi à Prague.", n=2)
    assert ("date", "2024-06-05", "2024-06-07") in pair_conflicts(en, fr)


def test_a_guessed_year_disputes_nothing_a_written_one_does():
    """"7 يوليو" in a 2009 report on the 2005 bombings resolves to 2009."""
    fr = _one("fr", "Un mémorial pour les victimes des attentats du 7 juillet 2005 a été dévoilé à Londres.",
              date="2009-07-08")
    ar = _one("ar", "تم كشف النقاب عن نصب تذكاري لضحايا تفجيرات 7 يوليو في لندن.", date="2009-07-08", n=1)
    assert ar.year_guessed and "date" not in _kinds(fr, ar)
    el = _one("el", "Ένα μνημείο για τα θύματα των επιθέσεων της 7 Ιουλίου 2009 αποκαλύφθηκε στο Λονδίνο.",
              date="2009-07-08", n=2)
    assert "date" in _kinds(fr, el)


def test_in_two_days_in_a_past_sentence_is_a_span_not_a_date():
    past = "For the third time in two days, protesters marched through the centre of Lyon."
    assert resolve_dates(past, dt.date(2024, 6, 10), "en") == []
    ahead = resolve_dates("The vote will be held in two days.", dt.date(2024, 6, 10), "en")
    assert [(d.text, d.value) for d in ahead] == [("in two days", dt.date(2024, 6, 12))]


def test_today_next_to_a_reporting_verb_is_the_telling_in_more_languages():
    for text, day in [("Tým dnes oznámil, že jezdec vyhrál sobotní časovku.", "dnes"),
                      ("Η ομάδα ανακοίνωσε σήμερα ότι ο ποδηλάτης κέρδισε.", "σήμερα"),
                      ("أعلن الفريق اليوم أن الدراج فاز في السباق.", "اليوم")]:
        i = text.index(day)
        assert told_at(text, i, i + len(day)), text


def test_bare_counts_across_languages_are_not_one_quantity():
    """An age and a bus line; a stage number and a race time in words and digits."""
    en = _one("en", "The suspect, 24, was arrested in Lyon on Friday.")
    fr = _one("fr", "Le suspect a été arrêté dans le bus de la ligne 30 à Lyon.", n=1)
    assert "number" not in _kinds(en, fr)
    stage = _one("en", "Marco Rossi of Italy won stage 20 in a time of 3h 51' 03\".")
    words = _one("el", "Ο Marco Rossi κέρδισε τον γύρο των είκοσι με χρόνο τρεις ώρες 51 λεπτά.", n=1)
    # "3h 51' 03\"" is one duration (13863 s); "51 λεπτά" after hours written in words is part of a time, no time
    assert [f.kind for f in stage.numbers] == ["count", "duration"] and words.numbers == []
    assert "number" not in _kinds(stage, words)
    # a figure of a unit, or of a quantity one side names, is still compared across languages
    behind = _one("en", "Rossi remains third, 43 seconds behind the leader.")
    piso = _one("fr", "Rossi reste troisième, à 33 secondes du leader.", n=1)
    assert pair_conflicts(behind, piso) == [("number", "43", "33")]
    dead = _one("en", "The number of confirmed dead from the flooding rose above 5,000 in the city.")
    peri = _one("fr", "Plus de 2 000 personnes auraient péri dans la ville.", n=1)
    assert ("number", "5,000", "2,000") in pair_conflicts(dead, peri)


def test_a_value_the_other_side_states_is_not_in_dispute():
    en = _one("en", "The strongest aftershocks came in at 5.5 and 5.9 magnitude near the coast.")
    cs = _one("cs", "Nejsilnější otřesy měly magnitudu 5,5 a 5,9 poblíž pobřeží.", n=1)
    # each side ties a different figure to "magnitude"
    assert [(f.value, f.concept) for f in en.numbers] == [(5.5, ""), (5.9, "magnitude")]
    assert [(f.value, f.concept) for f in cs.numbers] == [(5.5, "magnitude"), (5.9, "")]
    assert "number" not in _kinds(en, cs)
    assert [(f.value, f.kind) for f in numbers_in("اكمل جوله 7،9 كيلومتر")] == [(7.9, "length")]


def test_the_second_day_of_june_13_and_14_is_a_date():
    a = _article({"id": "d", "source": "s", "lang": "en", "date": "2007-07-25", "title": "t",
                  "text": "He had seen the rider in the Alps on both June 13 and 14, 2007."})
    assert [(d.value, d.precision) for d in a.dates] == [(dt.date(2007, 6, 13), "day"), (dt.date(2007, 6, 14), "day")]
    assert numbers_in(a.text, [(d.start, d.end) for d in a.dates]) == []


def _said(who: str, other: str, role: frozenset) -> ClaimSentence:
    return ClaimSentence(article_id=who, idx=0, start=0, end=1, text=who, lang="cs", source=who, report=who,
                         people=[who, other], names=[who, other], name_context={who: role})


def test_two_speakers_are_not_one_role():
    """"Ahmadínežád řekl" / "Blair řekl" share only the reporting verb."""
    a = _said("sizdah bedar", "ahmadinezad", frozenset({"konec", "řekl"}))
    b = _said("tony blair", "ahmadinezad", frozenset({"premiér", "řekl"}))
    assert name_conflict(a, b, "participant") is None
    c = _said("mikhail mishustin", "ahmadinezad", frozenset({"minister", "took"}))
    d = _said("sergei lavrov", "ahmadinezad", frozenset({"minister", "took"}))
    assert name_conflict(c, d, "participant") == ("mikhail mishustin", "sergei lavrov")
