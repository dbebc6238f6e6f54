"""A listed fact whose sentence leans on the one before it in its report is shown with
that sentence (h-facts25, issue 12).

Read as a user, the demo's fact lists showed "He said the success belonged to all of
humanity …", "Dort vermuten Forscher …", "Точные причины аварии, по его словам,
установит …" and "Putin said it provides for mutual assistance …" alone: who "he" was,
where "dort" was, what "it" was stood in the report's sentence before.  Real demo store
(``demo_app``), real CLI, real page in a real browser.
"""
from __future__ import annotations

import json

import pytest
from test_browser import browser, shot  # noqa: F401  (fixtures)
from test_browser_demo import demo_server  # noqa: F401  (fixture)
from test_browser_reader_plain import _at

from storyline.facts.leaning import leans

# a listed fact's opening -> words of the sentence it leans on (its report's), as the demo tells them
LEANING = {
    "He said the success belonged": "Narendra Modi",
    "Dort vermuten Forscher": "Südpol des Mondes",
    "Точные причины аварии, по его словам": "Борисов",
    "Putin said it provides for mutual assistance": "Treaty on Comprehensive Strategic Partnership",
    "Both of their leaders": "Telugu Desam Party",
}


def _listed(app) -> list[tuple[int, dict]]:
    """Every fact the demo's event pages list, with its event."""
    out = []
    for ev in app.store.events():
        view = app.event_summary(ev.id, "en")
        out += [(ev.id, f) for f in (view or {}).get("facts", [])]
    return out


@pytest.fixture(scope="module")
def listed(demo_app):
    app, _ = demo_app
    return _listed(app)


def _fact(listed, opening: str) -> tuple[int, dict]:
    found = [(e, f) for e, f in listed if f["text"].startswith(opening)]
    assert found, opening
    return found[0]


@pytest.mark.parametrize("opening", sorted(LEANING))
def test_a_leaning_fact_carries_the_sentence_it_leans_on(listed, opening):
    _, f = _fact(listed, opening)
    c = f.get("context")
    assert c, f["text"]
    assert LEANING[opening] in c["sentence"], c
    # the same report's, before it, cited by its offsets
    assert c["article_id"] == f["article_id"] and c["end"] <= f["start"] and c["source"] == f["source"]


@pytest.mark.parametrize("opening", ["Kremlin spokesman Dmitry Peskov",
                                     # "It was …" is the visit itself: the report's sentence before
                                     # ("Both governments deny the arms transfers.") was shown
                                     "It was Putin's first trip to North Korea",
                                     # the sentence names its speaker: "its" is the Council's own
                                     # (the sentence before, "Staff now expect …", was shown)
                                     "In its statement, the Governing Council said"])
def test_a_fact_that_reads_alone_carries_none(listed, opening):
    _, f = _fact(listed, opening)
    assert f.get("context") is None, f["context"]


@pytest.mark.parametrize("text,lang,names_person,kind", [
    ("He said the success belonged to all of humanity.", "en", False, "person"),
    ("Точные причины аварии, по его словам, установит специальная комиссия.", "ru", False, "person"),
    ("Putin said it provides for mutual assistance.", "en", True, "before"),
    # an organisation's "it" is its own
    ("The Kremlin said it would return to the deal.", "en", False, None),
    # a connective sets a sentence beside the one before without needing it
    ("Тем временем стало известно, что академик Михаил Маров был госпитализирован.", "ru", True, None),
    # a person told by what they are says who: the nearest name was another person's
    ("The city's mayor said the final toll could reach 18,000.", "en", False, None),
    # "it" and a verb of being: the happening itself, or no referent
    ("It was Putin's first trip to North Korea in 24 years.", "en", True, None),
    ("Il s'agit du séisme le plus meurtrier au Maroc depuis 1960.", "fr", False, None),
    ("Es handelt sich um das schwerste Beben seit Jahrzehnten.", "de", False, None),
    # "it" doing something still points back
    ("It provides for mutual assistance in case of aggression.", "en", False, "before"),
])
def test_which_sentences_lean(text, lang, names_person, kind):
    assert leans(text, lang, names_person) == kind


@pytest.mark.parametrize("text,lang,names_person", [
    ("In its statement, the Governing Council said rates had reached their peak.", "en", False),
    ("In his speech, Modi said the success belonged to all of humanity.", "en", True),
    ("Dans son communiqué, la BCE a indiqué que les taux resteraient élevés.", "fr", False),
])
def test_a_sentence_naming_its_speaker_leans_on_nothing(text, lang, names_person):
    assert leans(text, lang, names_person) == "before"  # a possessive opening, read alone
    assert leans(text, lang, names_person, names_speaker=True) is None
    # a thing told by a pronoun in what is said still leans on what named it
    assert leans("Putin said it provides for mutual assistance.", "en", True, names_speaker=True) == "before"


def test_show_prints_the_sentence_before_a_leaning_fact(demo_app, listed, capsys):
    from storyline.cli import main as cli_main

    app, _ = demo_app
    event, f = _fact(listed, "He said the success belonged")
    assert cli_main(["--db", str(app.store.path), "show", str(event)]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = next(k for k, line in enumerate(lines) if "He said the success belonged" in line)
    # under its fact, indented as its other lines ("aligned with", "sources:"): printed above it and
    # two deeper it read as the fact above's (h-audit7's item 1; h-ui41)
    assert "before it in Meridian Times:" in lines[at + 1] and "Narendra Modi" in lines[at + 1], lines[at + 1]
    indent = len(lines[at]) - len(lines[at].lstrip())
    assert len(lines[at + 1]) - len(lines[at + 1].lstrip()) == indent + 4
    assert cli_main(["--db", str(app.store.path), "show", str(event), "--json"]) == 0
    shown = {g["id"]: g for g in json.loads(capsys.readouterr().out)["facts"]}
    assert "Narendra Modi" in shown[f["id"]]["context"]["text"]


@pytest.mark.parametrize("width", [390, 1280])
def test_the_event_page_shows_it_quietly_before_the_fact(demo_server, browser, listed, width):  # noqa: F811
    event, f = _fact(listed, "He said the success belonged")
    with _at(browser, width) as pg:
        pg.goto(f"{demo_server}/events/{event}")
        item = pg.locator(f"li#o-{event}-{f['id']}")
        if not item.is_visible():  # the single-source list opens on a click
            pg.locator("section.facts-single > details > summary").click()
        item.scroll_into_view_if_needed()
        context = item.locator(".lean-context")
        assert "Narendra Modi" in context.inner_text()
        assert context.locator("a").get_attribute("href").startswith(f"/articles/{f['article_id']}?cite=")
        # before the fact's own sentence, and quieter than it
        top = item.locator(".fact-text").bounding_box()["y"]
        assert context.bounding_box()["y"] < top
        size = lambda sel: float(item.locator(sel).evaluate("e => parseFloat(getComputedStyle(e).fontSize)"))  # noqa: E731
        assert size(".lean-context") < size(".fact-text")
        shot(pg, f"h-facts25-leaning-{width}")
