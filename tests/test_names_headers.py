"""Name errors a reader saw (h-names13): e-mail and memo header labels read as
part of the name before them ("James Roche CC", "Marvin Sambur Date"), and
Greek and Czech adjectives of a country ("Βρετανική", "Ιρανικά", "Britská")
read as names, or as the first word of a guessed person.  The entity stage
alone, on sentences that are not the dev files'."""
from __future__ import annotations

import json

from storyline.analyse.entities import extract_entities
from storyline.analyse.entity_patterns import LEXICON_PATH, Lexicon


def _spans(text: str, lang: str = "en", known=()) -> dict[str, str]:
    return {m.text: m.label for m in extract_entities(text, lang, known)}


MEMO = ("From: Alice Brennan To: Oscar Lindqvist CC: Maria Santos Date: May 2, 2004 "
        "Subj: RE: FW: A400M order Sent: Friday Subject: Budget")


def test_a_header_label_is_no_part_of_a_name_nor_a_name():
    spans = _spans(MEMO)
    assert {"Alice Brennan", "Oscar Lindqvist", "Maria Santos"} <= set(spans)
    labels = {"CC", "Date", "Subj", "RE", "FW", "Sent", "Subject"}
    assert not [s for s in spans if labels & set(s.split())], spans
    # the text writes the label's word elsewhere as a name (an office symbol): the header's is still none
    text = "Oscar Lindqvist, NATO/CC, approved. " + MEMO
    cc = [m for m in extract_entities(text, "en") if m.text == "CC"]
    assert cc and all(text[m.end] != ":" for m in cc)
    # in another language, with French typography's space before the colon
    spans = _spans("De : Alice Brennan À : Oscar Lindqvist Objet : la commande", "fr")
    assert "Alice Brennan" in spans and not any("Objet" in s for s in spans)
    # a name before a colon that is no header label stays: a quote's attribution
    assert "Putin" in _spans("Putin: we will win. Later Putin spoke again.")
    assert "Oscar Lindqvist" in _spans("Oscar Lindqvist: the order stands, he said.")


def test_a_country_adjective_alone_is_no_name():
    greek = ("Η Βρετανική κυβέρνηση είπε ότι τα πλοία ήταν σε Ιρακινά ύδατα. "
             "Ιρανικά μέσα ενημέρωσης μετέδωσαν ότι οι Αϊτινοί πρέσβεις έφτασαν στην Αμερική.")
    spans = _spans(greek, "el")
    assert not {"Βρετανική", "Ιρακινά", "Ιρανικά", "Αϊτινοί"} & set(spans), spans
    assert spans.get("Αμερική") == "PLACE"  # the place itself stays
    czech = ("Britská vláda tvrdí, že lodě byly v iráckých vodách. Íránská národní rada to popřela "
             "a 15 Britských námořníků zůstalo v Íránu.")
    spans = _spans(czech, "cs")
    assert not {"Britská", "Íránská", "Britských"} & set(spans), spans
    assert "Íránu" in spans  # the country in a case stays a name


def test_a_name_opening_with_a_country_adjective_stays_whole_and_no_person():
    spans = _spans("Μέλη της Ιρανικής Επαναστατικής Φρουράς συνέλαβαν τους ναύτες.", "el")
    assert spans.get("Ιρανικής Επαναστατικής Φρουράς") == "MISC", spans
    spans = _spans("Η Ευρωπαϊκή Ένωση ζήτησε την απελευθέρωσή τους.", "el")
    assert spans.get("Ευρωπαϊκή Ένωση") == "MISC", spans


def test_a_case_of_a_place_whose_name_goes_on_with_the_suffix_is_the_place():
    # "Μεξικό" ends like an adjective ("-ικό"): its genitive "Μεξικού" is the
    # country, though only the nominative is listed; "Μεξικανικής" is its adjective
    data = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    data["places"].append(["Mexico", "Μεξικό"])
    lex = Lexicon(data)
    assert not lex.place_adjective("Μεξικού", "el") and lex.place_adjective("Μεξικανικής", "el")
    assert not lex.place_adjective("Britská", "en")  # only languages with forms in the lexicon
