"""Undated reports of one language that share only words telling no happening
(issue 10, h-events10): the three wrong events h-events9 left on the gate
samples shared "The" opening a sentence, "Segundo" ("according to") opening
one, and the outlet's name after the headline ("… | Deník Východ")."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import analysed_record

from storyline.clean.residue import classify_line
from storyline.embed import shared_embedder
from storyline.group.scoring import HybridScorer, anchored
from storyline.pipeline import embedding_text
from storyline.records import Article
from storyline.similarity.anchors import anchor_keys, outlet_label, places_inside_names, without_outlet
from storyline.similarity.keys import name_keys

DATA = Path(__file__).parent / "data"


def _sample(*ids: str) -> list[Article]:
    """Gate-sample reports, cleaned and analysed as ingest does."""
    rows = {}
    for name in ("gate_sample.jsonl", "gate_sample2.jsonl"):
        rows.update({r.get("id"): r for r in map(json.loads, (DATA / name).read_text().splitlines())})
    out = []
    for i in ids:
        article = analysed_record({k: v for k, v in rows[i].items() if k != "about"})
        assert not article.not_article
        out.append(article)
    return out


def _scores(scorer: HybridScorer, first: Article, others: list[Article]):
    emb = shared_embedder()
    views = [scorer.view(a, emb.embed_one(embedding_text(a), "passage")) for a in (first, *others)]
    return scorer.score_many(views[0], views[1:])


def test_a_frequent_word_opening_a_sentence_is_no_anchor():
    text = "The bank said the fault was fixed.\nThe Hague court ruled. “The” is a word; Segundo o INSS, tudo bem."
    names, _ = anchor_keys(text, "en")
    assert "the" not in names and "hague" in names and "inss" in names
    assert "segundo" in names  # not an English word
    assert "segundo" not in anchor_keys("Segundo o INSS, a manutenção acabou.", "pt")[0]
    assert "who" in anchor_keys("Talks ended. WHO officials left.", "en")[0]  # an acronym, not "who"
    assert name_keys(text)["the"] == 3  # the model's own keys are unchanged


def test_the_outlet_label_after_a_headline_is_cut_only_when_the_report_never_names_it():
    title = "Na D1 u Humpolce se srazila čtyři auta, dálnice je uzavřená | Deník Východ"
    assert outlet_label(title, "Hromadná nehoda uzavřela dálnici D1.") == "Deník Východ"
    assert without_outlet(title, "Hromadná nehoda uzavřela dálnici D1.").endswith("uzavřená")
    assert outlet_label("Floods kill 30 - Pakistan", "Floods in Pakistan killed 30 people.") == ""
    assert outlet_label("Putin - Xi", "Putin met Xi.") == ""  # no headline before it
    assert outlet_label("Floods kill 30 in the north", "Floods …") == ""


def test_czech_share_buttons_are_share_prompts():
    assert classify_line("Sdílet") == classify_line("Sdílet na Facebooku") == classify_line("Tweetnout") == "share-prompt"
    assert classify_line("Na D1 u Humpolce") is None


def test_undated_reports_of_one_language_sharing_only_such_words_stay_apart():
    """A bank's login failure and a streaming service's lost subscribers
    (English, "The"); Cloudflare's outage and a maintenance of Meu INSS
    (Portuguese, "Segundo" and the 18th); a motorway crash and a fine for a
    cookie bar from one Czech outlet ("Deník Východ"): the learned model put
    each pair in one event (margins +0.02 to +0.15 on main)."""
    scorer = HybridScorer()
    bank, streaming = _sample("r-outage-en", "r-subscribers-news")
    cloudflare, inss = _sample("g2-rep-cf-pt", "g2-rep-maint-pt")
    assert inss.published is None  # so the learned model judges the pair
    crash, fine = _sample("g2-rep-brief-cs", "g2-rep-gdpr-cs")
    for a, b in ((bank, streaming), (cloudflare, inss), (crash, fine)):
        va, vb = scorer.learned.views([a, b])
        assert not anchored(va, vb), (a.title, b.title)
        assert _scores(scorer, a, [b])[0] < 0, (a.title, b.title)


def test_one_language_reports_sharing_a_name_are_still_judged_by_the_model():
    def art(i, title, text):
        return Article(id=i, origin=i, title=title, text=text, raw_text=text, lang="en", published=None)

    a = art("a", "Earthquake near Marrakesh kills hundreds",
            "The earthquake struck the High Atlas near Marrakesh late on Friday, killing hundreds of people.")
    b = art("b", "Rescuers search villages after Morocco quake",
            "Rescuers searched mountain villages south of Marrakesh on Saturday after the earthquake.")
    scorer = HybridScorer()
    va, vb = scorer.learned.views([a, b])
    assert anchored(va, vb)
    assert _scores(scorer, a, [b])[0] == _scores(HybridScorer(unanchored_penalty=0.0), a, [b])[0]


def test_a_place_written_only_inside_a_longer_name_is_no_anchor():
    """A club, company or paper named after a place is not that place
    (h-events11): "Kometa Brno" in a hockey round's results."""
    names, _ = anchor_keys("Výsledky 20. kola:\nVítkovice – Kometa Brno 3:2 pp\nSparta – Liberec 1:3", "cs")
    assert "brno" not in names and "kometa" in names
    assert "brno" in anchor_keys("Nehoda uzavřela dálnici D1 ve směru na Brno.", "cs")[0]  # the city itself
    assert "washington" not in anchor_keys("The Washington Post reported the talks.", "en")[0]
    # a name that is a place whole keeps its words; so does a place the text also writes alone
    assert "york" in anchor_keys("Police in New York said the talks went on.", "en")[0]
    assert "brno" in anchor_keys("Kometa Brno won at home. Fans filled Brno's streets.", "cs")[0]


def test_a_motorway_crash_and_a_hockey_round_sharing_only_a_club_s_city_stay_apart():
    """The crash on the D1 "ve směru na Brno" and an ice-hockey round whose
    results list "Kometa Brno" (one Czech outlet, undated): one event on main
    (learned 0.448, anchored by "brno")."""
    scorer = HybridScorer()
    crash, hockey = _sample("g2-rep-brief-cs", "g2-rep-sports-cs")
    va, vb = scorer.learned.views([crash, hockey])
    assert not anchored(va, vb)
    assert _scores(scorer, crash, [hockey])[0] < 0


def test_a_name_opening_a_sentence_with_a_frequent_word_keeps_its_place_inside():
    """"Air France" opening a sentence: "Air" is a frequent English word, so
    on main it opened no name there and "France" stood alone, anchoring the
    report to any other that names France.  The report writes "Air France"
    capitalised inside a sentence too, so the pair is a name's wherever it
    stands (h-events12); "In Paris" opening a sentence is no name ("in" is
    written small inside sentences)."""
    text = ("Air France cancelled 400 flights on Monday. The strike closed two terminals, "
            "a spokesman for Air France said.")
    assert "france" not in anchor_keys(text, "en")[0]
    assert "paris" in anchor_keys("In Paris, unions called a strike. Flights in and out were cut.", "en")[0]
    # a place the text also writes alone still anchors
    assert "france" in anchor_keys(text + " Rail strikes across France go on.", "en")[0]


def test_an_airline_strike_and_a_report_naming_the_country_share_no_anchor():
    """The pair level: an Air France strike and a French vote share "France"
    only through the airline's name, so the pair is unanchored."""
    scorer = HybridScorer()
    strike = analysed_record({"id": "af", "title": "Airline cancels flights as crews strike",
                              "text": "Air France cancelled 400 flights on Monday as cabin crews walked out. "
                                      "Passengers queued for hours, a spokesman for Air France said.",
                              "lang": "en"})
    vote = analysed_record({"id": "fr", "title": "Senate passes pension bill",
                            "text": "The Senate of France passed the pension bill late on Tuesday after "
                                    "a long debate. Unions called the vote a provocation.", "lang": "en"})
    va, vb = scorer.learned.views([strike, vote])
    assert "france" in vb.anchors
    assert not anchored(va, vb)


def test_a_headline_s_last_name_and_a_dateline_s_first_are_two_names():
    """The keyed text is the headline, a line break, then the body; on main
    a run of capitalised words went on across the break, so a headline
    ending "… im Irak" and a dateline opening "Bagdad (dpa)" made one name,
    "Irak Bagdad", that is no place, and both places left the anchors
    (SemEval dev, h-events12)."""
    names, _ = anchor_keys("Angriffe auf US-Botschaft im Irak\nBagdad (dpa) - Die Lage bleibt gespannt.", "de")
    assert "irak" in names and "bagdad" in names


def test_a_frequent_word_after_a_wire_dateline_is_no_anchor():
    """"Bagdad/Washington (dpa) - Die Lage …": the dateline's credit and dash end
    where the first sentence starts, so "Die" opens a sentence and is no name
    (it was an anchor every dpa report shared; the names stage already reads
    the dash so, ``entity_text.ends_dateline``).  A frequent word after a dash
    inside a sentence stays read as written."""
    names, _ = anchor_keys("Angriffe im Irak\nBagdad/Washington (dpa) - Die Lage bleibt gespannt.", "de")
    assert "die" not in names and "bagdad" in names
    names, _ = anchor_keys("Die Band spielte - Die Toten Hosen kamen später.", "de")
    assert "toten" in names


def test_each_place_of_a_slashed_dateline_is_a_word_of_its_own():
    """"Bagdad/Washington (dpa)": on main the word after the slash was read as
    punctuation of "Bagdad", so "Washington" stood in no run and counted as
    written only inside "Washington Post", and left the report's anchors;
    the dateline writes it alone.  The slash still ends a name: "Bagdad" and
    "Washington" make no run "Bagdad Washington"."""
    text = ("Angriffe auf US-Botschaft im Irak\nBagdad/Washington (dpa) - Die USA schicken weitere "
            "Soldaten in den Irak, berichtet die Washington Post.")
    names, _ = anchor_keys(text, "de")
    assert "washington" in names and "bagdad" in names
    assert places_inside_names(text, "de") == set()
    assert "washington" in places_inside_names("Die Washington Post berichtet aus dem Irak.", "de")  # a paper's name
