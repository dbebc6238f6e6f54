"""The headline kept as the body's first line is removed when it differs from
the title only by a site name, a section label, case, quotes or dashes."""
from __future__ import annotations

import pytest

from storyline.clean.headline import strip_repeated_headline
from storyline.pipeline import analyse
from storyline.records import RawArticle

TITLE = "Floods in Derna: thousands missing after two dams burst"
BODY = ("Rescue teams searched the Libyan city on Tuesday as the death toll rose, "
        "officials said.\nThe storm hit the coast on Sunday night.")


@pytest.mark.parametrize("first", [
    TITLE,
    TITLE + " - The Northern Courier",
    TITLE + " | Harbour Times",
    "Opinion | " + TITLE,
    TITLE.upper(),
    "“Floods in Derna” – thousands missing after two dams burst",
    "Floods in Derna — thousands missing after two dams burst.",
    "\n\n  " + TITLE,
])
def test_repeated_headline_is_removed_and_recorded(first):
    text, removed = strip_repeated_headline(f"{first}\n{BODY}", TITLE)
    assert text.strip() == BODY
    assert [(r.rule, r.text) for r in removed] == [("headline-repeat", first.strip())]


@pytest.mark.parametrize("first", [
    "Floods in Derna: what we know so far",          # a different subhead
    "Rescue teams searched the Libyan city on Tuesday as the death toll rose.",
    TITLE + " as the storm moved east and aid agencies warned of disease in the city",
])
def test_other_first_lines_stay(first):
    text, removed = strip_repeated_headline(f"{first}\n{BODY}", TITLE)
    assert removed == [] and text.startswith(first)


def test_pipeline_drops_the_repeat_with_german_title_and_site_name():
    raw = RawArticle(origin="t", title="Hochwasser in Derna: Tausende vermisst",
                     text="Hochwasser in Derna: Tausende vermisst – Rheinblick Nachrichten\n\n"
                          "Nach dem Bruch zweier Dämme suchen Retter in der libyschen Stadt nach "
                          "Überlebenden, teilten die Behörden am Dienstag mit.")
    article = analyse(raw)
    assert article.text.startswith("Nach dem Bruch")
    assert article.removed[0].rule == "headline-repeat"
    assert article.title == "Hochwasser in Derna: Tausende vermisst"
