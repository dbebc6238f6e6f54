"""Sentences the facts stage lost before alignment, and agreements it did not read.

Why: `storyline.bench.facts_misses` put part of the fact sample's missed
alignment pairs down to the claim filter dropping a sentence that states a
fact (it names a year but no resolved date; it reports speech in the German
Konjunktiv, with "saying" or with Russian "по его словам"; it names a treaty
in quotes in Hindi, whose script has no capitals to mark a name) and to a figure
written in a form not read ("the 26-kg rover", "d'un quart de point").  A
year two sentences both name ("since the 1966 World Cup" / "seit der
Weltmeisterschaft 1966") was no agreement at all, though it is written alike
in every language: it now counts as a shared date does.  The sentences here are this file's own.
"""
from __future__ import annotations

from storyline.facts.agreement import agree, shares_date
from storyline.facts.align import pair_scores
from storyline.facts.claims import claim_sentences, is_claim
from storyline.facts.figures import numbers_in
from storyline.ingest.readers import from_record
from storyline.pipeline import analyse


def _claims(aid: str, lang: str, text: str):
    rec = {"id": aid, "title": "Untitled report", "text": text, "lang": lang, "source": "Wire",
           "published": "2024-06-20T10:00:00Z"}
    return claim_sentences(analyse(from_record(rec, f"test:{aid}")), "Wire")


def test_a_sentence_naming_a_year_is_a_claim():
    assert is_claim("The new accord will replace the documents of 1961 and 2000.", False, False, False, "en")
    assert is_claim("Договор заменит базовые документы 1961 и 2000 годов.", False, False, False, "ru")
    assert not is_claim("The new accord will replace the older documents.", False, False, False, "en")
    # through the whole article: the sentence is kept with its year
    (claim,) = [c for c in _claims("y1", "ru", "Договор заменит базовые документы 1961 и 2000 годов.")]
    assert claim.years == [1961, 2000]


def test_reported_speech_cues_of_their_own_language():
    sei = "Der Impuls des Triebwerks sei von den berechneten Werten abgewichen."
    assert is_claim(sei, False, False, False, "de")
    # Italian "sei" is "six" (or "you are"): no cue there
    assert not is_claim("Tu sei sempre stata la mia amica più cara.", False, False, False, "it")
    assert is_claim("The bank gave no signal on its next step, saying it would remain cautious.",
                    False, False, False, "en")
    assert is_claim("Причины аварии, по его словам, установит специальная комиссия.", False, False, False, "ru")
    assert not is_claim("Причины аварии установит специальная комиссия.", False, False, False, "ru")


def test_a_title_in_quotes_of_a_caseless_script_is_a_claim():
    hindi = "दोनों नेताओं ने लंबी बातचीत की और 'व्यापक रणनीतिक साझेदारी' संधि पर हस्ताक्षर किए."
    assert is_claim(hindi, False, False, False, "hi")
    assert not is_claim("दोनों नेताओं ने लंबी बातचीत की और संधि पर हस्ताक्षर किए.", False, False, False, "hi")
    # a cased script marks names with capitals; its quotes are speech, left to the reporting cues
    assert not is_claim("The bank called the move \"a careful first step\" in the end.", False, False, False, "en")
    assert not is_claim("England's wait for a first trophy goes on and on.", False, False, False, "en")


def test_a_unit_hyphenated_to_its_figure_is_a_measure():
    assert [(f.value, f.kind) for f in numbers_in("The 26-kg, six-wheeled rover carries two instruments.")] == \
        [(26.0, "mass")]
    assert [(f.value, f.kind, f.unit) for f in numbers_in("along a 6-km route")] == [(6.0, "length", "km")]
    assert numbers_in("a 10-year-old boy was rescued") == []  # an adjective of its own
    assert numbers_in("Chandrayaan-3 landed near the pole") == []


def test_a_fraction_of_a_point_is_a_step_in_points():
    quarter = [numbers_in(t) for t in ("l'institution a abaissé ses taux d'un quart de point",
                                      "el banco rebajó los tipos un cuarto de punto",
                                      "a quarter-point cut", "um einen Viertelprozentpunkt")]
    assert all([(f.value, f.kind) for f in fs] == [(0.25, "points")] for fs in quarter)
    assert [(f.value, f.kind) for f in numbers_in("by 25 basis points")] == [(0.25, "points")]
    assert all(f.worded for fs in quarter for f in fs)  # settles a value, never the disputed one
    assert numbers_in("un quart de la ville a été inondé") == []  # a quarter of something else


def test_a_year_both_name_is_agreement_like_a_date():
    en = _claims("e1", "en", "England, chasing a first major trophy since the 1966 World Cup, lost again.")[0]
    de = _claims("d1", "de", "Die Engländer verpassten erneut den ersten großen Titel seit der Weltmeisterschaft 1966.")[0]
    assert shares_date(en, de) and agree(en, de, names=0.0)
    scores = pair_scores([en, de], None)
    assert abs(float(scores[0, 1]) - 0.05) < 1e-6  # the date bonus, no vectors given
    # the report's own year (2024 here) dates half an event's sentences: no agreement
    a = _claims("e2", "en", "Spain won the final in Berlin in July 2024 after a long wait.")[0]
    b = _claims("d2", "de", "Die Mannschaft gewann das Turnier 2024 in Berlin nach langer Zeit.")[0]
    assert not shares_date(a, b)
