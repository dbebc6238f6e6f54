"""What a summary shows of a sentence (:mod:`storyline.facts.trim`): without
its dateline, in every language, and always a faithful extract of the cited
sentence."""
import pytest

from storyline.facts.model import EventFacts, Fact, Support
from storyline.facts.render import event_view
from storyline.facts.summarise import mmr
from storyline.facts.trim import ELLIPSIS, derivable, shown, trim

TRIMMED = [  # (sentence, what is shown)
    ("PYONGYANG — Russian President Vladimir Putin and Kim Jong Un signed a treaty on Wednesday.",
     "Russian President Vladimir Putin and Kim Jong Un signed a treaty on Wednesday."),
    ("TSIOLKOVSKY, Russia — North Korean leader Kim Jong Un and Putin met on Wednesday.",
     "North Korean leader Kim Jong Un and Putin met on Wednesday."),
    ("NEW YORK (AP) -- Four players were suspended indefinitely by the NBA on Saturday.",
     "Four players were suspended indefinitely by the NBA on Saturday."),
    ("NEW DELHI, Dec. 29 (UPI) -- With the death toll soaring to nearly 85,000, the WHO warned of disease.",
     "With the death toll soaring to nearly 85,000, the WHO warned of disease."),
    ("(CNN) -- Thousands of Americans were donating millions to help victims on Friday.",
     "Thousands of Americans were donating millions to help victims on Friday."),
    ("Saturday November 13, 2004 8:16 PM AP Photo LON104 By RAVI NESSMAN Associated Press Writer "
     "RAMALLAH, West Bank (AP) - Marwan Barghouti plans to run in the presidential elections.",
     "Marwan Barghouti plans to run in the presidential elections."),
    ("Wostotschny (dpa) - Kremlchef Wladimir Putin hat Kim Jong Un auf dem Weltraumbahnhof empfangen.",
     "Kremlchef Wladimir Putin hat Kim Jong Un auf dem Weltraumbahnhof empfangen."),
    ("Den Haag (dpa) - Der Internationale Strafgerichtshof hat am Dienstag ein Urteil gefällt.",
     "Der Internationale Strafgerichtshof hat am Dienstag ein Urteil gefällt."),
    ("Rabat (EFE).- Marruecos aceptó la ayuda de España, Reino Unido, Catar y Emiratos.",
     "Marruecos aceptó la ayuda de España, Reino Unido, Catar y Emiratos."),
    ("PARIS (AFP) - Le gouvernement a annoncé mardi un plan de 2 milliards d'euros.",
     "Le gouvernement a annoncé mardi un plan de 2 milliards d'euros."),
    ("Paris, 7 juin (AFP) - La BCE a abaissé ses taux pour la première fois depuis 2019.",
     "La BCE a abaissé ses taux pour la première fois depuis 2019."),
    ("MADRID, 10 sep (EFE).- El Gobierno ha enviado a la UME a Marruecos tras el terremoto.",
     "El Gobierno ha enviado a la UME a Marruecos tras el terremoto."),
    ("МОСКВА, 21 августа — Станция «Луна-25» столкнулась с поверхностью Луны, сообщил Роскосмос.",
     "Станция «Луна-25» столкнулась с поверхностью Луны, сообщил Роскосмос."),
    ("नई दिल्ली (भाषा) - चंद्रयान-3 का लैंडर विक्रम बुधवार शाम चंद्रमा के दक्षिणी ध्रुव पर उतरा।",
     "चंद्रयान-3 का लैंडर विक्रम बुधवार शाम चंद्रमा के दक्षिणी ध्रुव पर उतरा।"),
]

KEPT = [  # sentences shown whole
    "US - China trade talks resumed on Monday in Geneva after a pause.",  # two letters: an acronym
    "NATO — the alliance of 32 nations — said on Tuesday it would send more troops.",  # lower case after
    "Putin (71) - who arrived late - met Kim at the airport in Pyongyang.",  # no credit: a figure
    "Kim Jong Un — who rarely travels abroad — arrived by armoured train on Tuesday.",
    "Die Sonde »Luna-25« sei auf der Mondoberfläche aufgeschlagen, teilte Roskosmos mit.",
    "Le bilan — plus de 2 000 morts — pourrait encore s'alourdir, selon les autorités.",
    "El presidente ruso, Vladimir Putin, y el líder norcoreano, Kim Jong-un, firmaron un pacto.",
    "Песков — пресс-секретарь Кремля — назвал это диверсией.",
    "उन्होंने कहा: यह भारत के लिए ऐतिहासिक दिन है और पूरा देश गर्व करता है।",  # a colon is not a dateline
    "Chris Martin (Coldplay) - It's Christmas time, there's no need to be afraid.",  # a singer, a line
    "Fran Healy and Justin Hawkins (The Darkness) - And the Christmas bells that ring there.",
    "INTEGRATION - SOUTH AMERICA :",  # nothing left to show after it
    "GENEVA — Five killed.",  # fewer than MIN_WORDS words would be left
]


@pytest.mark.parametrize("sentence,expected", TRIMMED)
def test_a_dateline_is_not_shown(sentence, expected):
    t = trim(sentence)
    assert t.text == expected
    assert derivable(t.text, sentence)
    assert shown(sentence, t.spans) == t.text


@pytest.mark.parametrize("sentence", KEPT)
def test_a_sentence_without_a_dateline_is_shown_whole(sentence):
    t = trim(sentence)
    assert t.text == sentence
    assert t.spans == ((0, len(sentence)),)


def test_trimming_is_deterministic():
    for sentence, _ in TRIMMED:
        assert trim(sentence) == trim(sentence)


def test_a_middle_elision_is_marked_and_an_edge_one_is_not():
    s = "Kim (the leader) met Putin in the far east on Wednesday."
    assert shown(s, ((0, 3), (16, len(s)))) == f"Kim {ELLIPSIS} met Putin in the far east on Wednesday."
    assert shown(s, ((4, 16),)) == "(the leader)"
    assert derivable(shown(s, ((0, 3), (16, len(s)))), s)


def test_a_reworded_or_reordered_text_is_not_derivable():
    s = "Putin met Kim at the spaceport on Wednesday."
    assert not derivable("Putin met Kim at the cosmodrome on Wednesday.", s)
    assert not derivable(f"on Wednesday {ELLIPSIS} Putin met Kim", s)
    assert derivable(f"Putin met Kim {ELLIPSIS} on Wednesday.", s)


def _support(article, start, text):
    return Support(article_id=article, sentence=0, start=start, end=start + len(text), text=text,
                   lang="en", source=article, report=article, unknown_source=False)


LEAD = "NEW YORK (AP) -- Four players were suspended indefinitely by the NBA on Saturday."
OTHER = "Fans threw drinks."


def _event(budget=12):
    facts = [Fact(id=1, label="corroborated", supports=[_support("a1", 40, LEAD), _support("a2", 0, LEAD)],
                  reports=["a1", "a2"], languages=["en"], score=1.0),
             Fact(id=2, label="single-source", supports=[_support("a2", 200, OTHER)], reports=["a2"],
                  languages=["en"], score=0.5)]
    return EventFacts(event_id=3, fingerprint="x", facts=facts, summary=[f.id for f in facts], headlines={},
                      budget_words=budget)


def test_the_budget_counts_what_is_shown():
    """A budget of 12 words (13.2 for the last fact): the lead is 14 words
    with its dateline, 10 without, so the 3-word fact fits beside it."""
    ef = _event()
    assert sorted(mmr(ef.facts, 12, 1.0)) == [0, 1]


def test_the_view_cites_the_whole_sentence_and_shows_the_trimmed_one():
    view = event_view(_event(), "en")
    lead = view["summary"][0]
    assert lead["text"] == "Four players were suspended indefinitely by the NBA on Saturday."
    assert lead["sentence"] == LEAD
    assert all(s["text"] == LEAD for s in lead["supports"])  # citations: the full sentence
    assert (lead["start"], lead["end"]) == (40, 40 + len(LEAD))
    # the shown spans are article offsets inside the cited sentence, and give the text shown
    assert all(lead["start"] <= a < b <= lead["end"] for a, b in lead["shown_spans"])
    assert "".join(LEAD[a - 40:b - 40] for a, b in lead["shown_spans"]) == lead["text"]
    assert view["summary"][1]["text"] == OTHER  # nothing to trim: shown whole
