"""A listed fact does not repeat, as "before it in …", the sentence listed just above it (h-audit7, issue 12).

Read as a user, ``storyline show`` of the Lok Sabha event listed "The result makes two allies,
the Telugu Desam Party … crucial to the stability of the next government." and, straight
under it, "before it in Meridian Press Agency: The result makes two allies, … " over "Both of
their leaders … have switched sides in the past": one sentence twice in a row, the second
time indented as if it were the first fact's.  The summary drops a context it has told before
(:func:`storyline.facts.leaning.unless_told_before`); the lists after it (``more_facts``,
``single_facts``, read by the CLI and the page alike) did not.  Real demo store
(``demo_app``), real CLI.
"""
from __future__ import annotations

import pytest

from storyline.details import more_facts, single_facts


def _shows(fact, context) -> bool:
    """Whether ``fact`` shows a reader the sentence ``context`` is: that sentence, or its words."""
    return ((context["article_id"], context["start"]) == (fact.get("article_id"), fact.get("start"))
            or context["text"] in (fact.get("text"), (fact.get("gloss") or {}).get("text")))


def _views(app, lang):
    return [(ev.id, app.event_summary(ev.id, lang)) for ev in app.store.events()]


@pytest.mark.parametrize("lang", ["en", "hi", "ru"])
def test_no_listed_fact_leans_on_the_sentence_listed_just_above_it(demo_app, lang):
    app, _ = demo_app
    doubled, kept = [], 0
    for eid, view in _views(app, lang):
        for listed in (more_facts(view), single_facts(view)):
            for before, f in zip(listed, listed[1:]):
                if f.get("context") is None:
                    continue
                kept += 1
                if _shows(before, f["context"]):
                    doubled.append((eid, f["context"]["text"][:60]))
    assert not doubled, doubled
    assert kept, "no listed fact kept its context: the rule dropped them all"


def test_a_context_is_dropped_only_when_the_fact_just_above_shows_it():
    """Unit: shown by the fact above (that sentence, or its words from another report) drops
    it; only a support of it, shown further up, or not at all, keeps it (a reader far down
    the list still needs it; a support is not shown)."""
    from storyline.details import unless_shown_just_above

    said = {"article_id": "a", "start": 0, "text": "Two allies are crucial.",
            "supports": [{"article_id": "b", "start": 10}], "context": None}
    other = {"article_id": "c", "start": 5, "text": "Markets fell.", "supports": [], "context": None}
    leaning = {"article_id": "b", "start": 40, "text": "Both of their leaders switched sides.",
               "supports": [], "context": {"article_id": "b", "start": 10, "text": "Two allies are crucial."}}
    assert unless_shown_just_above([said, leaning])[1]["context"] is None
    copy = dict(said, article_id="d", start=3, supports=[])
    assert unless_shown_just_above([copy, leaning])[1]["context"] is None
    supported = dict(other, supports=[{"article_id": "b", "start": 10}])
    assert unless_shown_just_above([supported, leaning])[1]["context"] is not None
    assert leaning["context"] is not None  # the view's own fact is left as it was (--json)
    assert unless_shown_just_above([said, other, leaning])[2]["context"] is not None
    assert unless_shown_just_above([leaning])[0]["context"] is not None


def test_show_never_prints_a_fact_then_the_same_sentence_as_the_next_one_s_context(demo_app, capsys):
    from storyline.cli import main as cli_main

    app, _ = demo_app
    doubled = []
    for ev in app.store.events():
        assert cli_main(["--db", str(app.store.path), "show", str(ev.id)]) == 0
        lines = capsys.readouterr().out.splitlines()
        indent = [len(line) - len(line.lstrip()) for line in lines]
        for k, line in enumerate(lines):
            text = line.strip()
            if k > 1 and text.startswith("before it in ") and ": [" in text:
                # the context is printed under its own fact (h-ui41): the fact listed above is the
                # nearest line above that one at the same indent
                above = next((lines[j] for j in range(k - 2, -1, -1) if indent[j] == indent[k - 1]
                              and lines[j].strip()), "")
                said = text.split("] ", 1)[1][:50]
                if said and said in above:
                    doubled.append((ev.id, said))
    assert not doubled, doubled
