"""Page furniture that reached Wikinews summaries and facts (issue 12): menus of
"|"-separated links ("Printable version | Send it to a friend | Save story",
events wn017, wn027, wn055, wn070, wn071) and headings in capitals glued to
the sentence after them ("PUBLIC HEALTH TARGETS Focus on …", "TROUBLED SOUTH
Home to …").  The cleaner removes a menu line, the splitter cuts a heading off
as a sentence of its own, and neither is a claim; acronyms, speakers' names,
quotes in capitals, bylines, figures and Hindi sentences typed with a bar for
their danda stay as they were.  Real cleaner, splitter and claim filter."""
from __future__ import annotations

import pytest

from storyline.analyse.sentences import sentences
from storyline.clean import clean_text
from storyline.facts.claims import is_substantive

STORY = "The minister said on Monday that the plan would cost 2 billion euros."


@pytest.mark.parametrize("menu", [
    "Printable version | Send it to a friend | Save story",
    "formatar impressão | imagens do dia | enviar por e-mail | fazer comentário",
    "Entertainment News | Messageboards | Print Version | Email to friend | Previous Page",
    "| |",
])
def test_a_menu_line_is_residue(menu):
    result = clean_text(f"{STORY}\n{menu}\n{STORY}")
    assert result.text == f"{STORY}\n{STORY}"
    assert [r.rule for r in result.removed] == ["navigation-menu"]


@pytest.mark.parametrize("line", [
    "By Sidney Blumenthal Dec. 2, 2004 | Who wrote this, a pop sociologist or a playwright?",
    "Dow 10,512 | Nasdaq 2,101 | S&P 1,198",
    "पाँच दोषी पूर्वी लंदन से हैं | सभी ब्रिटिश नागरिक हैं | दो को दोषी नहीं पाया है |",
])
def test_a_line_with_bars_that_is_no_menu_stays(line):
    assert clean_text(f"{STORY}\n{line}").text == f"{STORY}\n{line}"
    assert all(is_substantive(s) for s in sentences(line))


def test_a_sentence_holding_a_menu_is_no_claim():
    text = ("The movement monitors 1,000 schools. Home | Updates | Urgent Actions | Background | "
            "Links Please direct website comments to the webmaster.")
    first, menu = sentences(text)
    assert is_substantive(first) and not is_substantive(menu)


@pytest.mark.parametrize("text, heading, sentence", [
    ("PUBLIC HEALTH TARGETS Focus on the key areas, Mr Reid said.", "PUBLIC HEALTH TARGETS",
     "Focus on the key areas, Mr Reid said."),
    ("TROUBLED SOUTH Muslim rebels fought the government up to the mid-80s.", "TROUBLED SOUTH",
     "Muslim rebels fought the government up to the mid-80s."),
    ("НОВЫЕ САНКЦИИ Россия заявила о новых мерах.", "НОВЫЕ САНКЦИИ", "Россия заявила о новых мерах."),
    ("ΝΕΕΣ ΕΠΙΘΕΣΕΙΣ Στην Αθήνα συνεδρίασε η κυβέρνηση.", "ΝΕΕΣ ΕΠΙΘΕΣΕΙΣ",
     "Στην Αθήνα συνεδρίασε η κυβέρνηση."),
    ("E-MAIL THIS STORY | PRINTER-FRIENDLY FORMAT MIKE WENDLAND: Ballmer talks up links to the Net.",
     "E-MAIL THIS STORY | PRINTER-FRIENDLY FORMAT MIKE WENDLAND:", "Ballmer talks up links to the Net."),
])
def test_a_heading_in_capitals_is_cut_off_and_is_no_claim(text, heading, sentence):
    assert sentences(f"{STORY} {text}") == [STORY, heading, sentence]
    assert not is_substantive(heading) and is_substantive(sentence)


@pytest.mark.parametrize("text", [
    "NATO said it would send 4,000 more troops to the region.",
    "UN Secretary General Kofi Annan said the talks would go on.",
    "US FDA Commissioner Scott Gottlieb said the rule would be enforced.",
    "BBC NEWS Tony Blair said the vote would be held in May.",
    "BILL GATES: We had the challenge to do this automatically several years ago.",
    "“WE WILL NOT BACK DOWN” Protesters marched through the capital on Sunday.",
])
def test_acronyms_speakers_and_quotes_stay_in_their_sentence(text):
    assert sentences(text) == [text]
    assert is_substantive(text)


def test_a_quote_in_capitals_is_still_a_claim_sentence():
    quote = '"BU TÜR PAYLAŞIMLARA İTİBAR EDİLMEMELİ DEDİ BAKAN"'
    assert is_substantive(quote)
