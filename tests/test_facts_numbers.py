"""One figure written differently across languages is one figure.

Why: a fact-checker's first evidence that two reports in two languages state
one fact (or dispute it) is the figure they give, and reports write it their
own way: Indian grouping in lakhs ("1,50,000"), words ("five hours", "cinq
heures", "zwei Prozent"), a measure after "millions de" ("33 millions de
tonnes"), a clock time ("23 h 11", "11.11pm", "शाम 6 बजकर 4 मिनट").  Each
was read as another value, or none, so the pair lost its figure bonus in the
alignment and a disagreement of that kind went unflagged.
"""
from __future__ import annotations

from storyline.embed import shared_embedder
from storyline.facts.agreement import shares_number
from storyline.facts.claims import claim_sentences
from storyline.facts.event import build_event_facts
from storyline.facts.figures import clock_times, numbers_in
from storyline.facts.disagreements import pair_conflicts
from storyline.ingest.readers import from_record
from storyline.pipeline import analyse


def _article(aid: str, lang: str, text: str, source: str):
    rec = {"id": aid, "title": text.split(".")[0][:60], "text": text, "lang": lang, "source": source,
           "published": "2024-05-27T10:00:00Z"}
    return analyse(from_record(rec, f"test:{aid}"))


def _claim(aid: str, lang: str, text: str, source: str):
    (claim,) = claim_sentences(_article(aid, lang, text, source), source)
    return claim


def test_indian_grouping_is_one_figure():
    assert [f.value for f in numbers_in("लगभग 1,50,000 लोगों को निकाला गया")] == [150000.0]
    assert [f.value for f in numbers_in("१,५०,००० लोग")] == [150000.0]
    assert [f.value for f in numbers_in("a budget of Rs 2,00,00,000")] == [20000000.0]
    assert [f.value for f in numbers_in("5.000 muertos y 2,1 millones")] == [5000.0, 2100000.0]


def test_numbers_in_words_of_the_sentences_language():
    assert [(f.value, f.kind) for f in numbers_in("The talks lasted about five hours.", lang="en")] == \
        [(18000.0, "duration")]
    assert [(f.value, f.kind) for f in numbers_in("sur six kilomètres, du pont", lang="fr")] == [(6.0, "length")]
    assert [(f.value, f.kind) for f in numbers_in("das Ziel von zwei Prozent", lang="de")] == [(2.0, "percent")]
    assert [f.value for f in numbers_in("около пяти часов", lang="ru")] == [18000.0]
    assert [f.value for f in numbers_in("डेढ़ लाख लोग", lang="hi")] == [150000.0]
    assert numbers_in("The talks lasted about five hours.") == []  # no language, no words
    assert numbers_in("economists put it at twenty per cent", lang="fr") == []  # English words in no French list
    assert numbers_in("un neuf bateau", lang="fr") == []  # "neuf" before a noun is "new"
    assert [f.value for f in numbers_in("neuf kilomètres", lang="fr")] == [9.0]


def test_a_measure_after_millions_de_and_kilos():
    assert [(f.value, f.kind) for f in numbers_in("près de 33 millions de tonnes de maïs")] == \
        [(33e9, "mass")]
    assert [(f.value, f.kind) for f in numbers_in("छह पहियों वाला 26 किलो का यह रोवर")] == [(26.0, "mass")]


def test_clock_times_on_a_twelve_hour_clock():
    assert clock_times("La secousse s'est produite vendredi à 23 h 11, heure locale.") == \
        clock_times("The magnitude 6.8 quake hit at 11.11pm local time") == clock_times("um 23.11 Uhr") == [671]
    assert clock_times("शाम 6 बजकर 4 मिनट पर") == clock_times("बुधवार शाम 6:04 बजे") == [364]
    assert clock_times("Spain beat them 2:1 (0:0)") == clock_times("won in 2:03:45") == []


def test_an_english_and_a_hindi_sentence_share_a_lakh_figure():
    en = _claim("e1", "en", "Officials said 150,000 people were evacuated from the coast before the cyclone.", "Wire A")
    hi = _claim("h1", "hi", "अधिकारियों ने बताया कि चक्रवात से पहले तट से 1,50,000 लोगों को निकाला गया.", "Samachar B")
    assert shares_number(en, hi)
    en = _claim("e2", "en", "Rescuers said the evacuation of the valley took five hours on Monday.", "Wire A")
    fr = _claim("f2", "fr", "Selon les secours, l'évacuation de la vallée a duré cinq heures lundi.", "Journal C")
    assert shares_number(en, fr)


def test_a_planted_lakh_toll_conflict_is_flagged():
    en = _claim("e3", "en", "The cyclone killed 150,000 people along the coast, officials said.", "Wire A")
    hi = _claim("h3", "hi", "अधिकारियों के मुताबिक चक्रवात से तट पर 1,70,000 लोगों की मौत हो गई.", "Samachar B")
    assert pair_conflicts(en, hi, names=1.0) == [("number", "150,000", "170,000")]
    same = _claim("h4", "hi", "अधिकारियों के मुताबिक चक्रवात से तट पर 1,50,000 लोगों की मौत हो गई.", "Samachar B")
    assert pair_conflicts(en, same, names=1.0) == []


def test_a_number_in_words_settles_but_never_disputes():
    de = _claim("d5", "de", "Im August lag die Teuerung bei 5,2 Prozent und damit weit über dem Ziel von zwei Prozent.",
                "Zeitung D")
    fr = _claim("f5", "fr", "Les prix ont encore progressé de 5,9 % sur un an en août.", "Journal C")
    assert pair_conflicts(de, fr, names=1.0) == [("number", "5.2", "5.9")]


def test_an_english_and_a_french_sentence_with_the_figure_in_words_align():
    emb = shared_embedder()
    arts = [_article("e6", "en", "Flood waters cut the highway for five hours on Monday, the regional "
                                 "authority said.\n\nSchools in the district will stay shut until Friday.", "Wire A"),
            _article("f6", "fr", "L'autoroute a été coupée pendant cinq heures par la crue, a indiqué "
                                 "l'autorité régionale.\n\nLes commerces du centre ont rouvert dans la soirée.",
                     "Journal C")]
    ef = build_event_facts(1, arts, emb)
    together = [f for f in ef.facts if {s.article_id for s in f.supports} == {arts[0].id, arts[1].id}]
    assert any("five hours" in s.text for f in together for s in f.supports)


def test_a_sentence_stored_as_no_claim_is_read_again():
    """Offsets stored before numbers in words were read keep their flag; the
    sentence is read again, so the wider filter needs no new split."""
    a = _article("e7", "en", "The talks lasted about five hours in all.", "Wire A")
    spans = [(0, len(a.text), False)]
    assert [c.text for c in claim_sentences(a, "Wire A", spans)] == ["The talks lasted about five hours in all."]


def test_a_part_of_a_figure_is_not_its_quantitys_value():
    """"1 204 blessés, dont 721 grièvement" gives the injured once: 721 is a part
    of them, so the sentence still disputes another report's "more than 1,500 injured" (a bound
    1,204 breaks; "more than 300" it keeps, no conflict since h-facts28: test_facts_bounds.py)."""
    assert [(f.value, f.part) for f in numbers_in("2,000 injured, including 300 seriously")] == \
        [(2000.0, False), (300.0, True)]
    fr = _claim("f8", "fr", "Le séisme a fait 1 204 blessés, dont 721 grièvement, selon le ministère.", "Journal C")
    de = _claim("d8", "de", "Mehr als 1.500 Menschen wurden verletzt, wie das Innenministerium mitteilte.", "Zeitung D")
    assert pair_conflicts(fr, de, names=1.0) == [("number", "1,204", "1,500")]
