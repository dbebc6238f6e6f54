"""A decade is no year a claim names.

Why: the facts read the years a sentence names (``ClaimSentence.years``) with a
bare four-digit pattern, so the demo's "The Abu Mansour and Derna dams, …
built by a Yugoslav company in the 1970s …" named 1970, a year besides its
report's own.  Then :func:`storyline.facts.agreement.one_sided` set it apart
from "Storm Daniel struck Libya's eastern coast on Sunday …" (no year), the
pair could not found a fact (:func:`storyline.facts.align.vouched`), the
groups formed otherwise, and the Derna death-toll fact lost its conflict
(2,000 against 5,000): h-facts15's kept-apart rules were reverted for it.
"""
from __future__ import annotations

from conftest import analysed_record

from storyline import demo
from storyline.facts.agreement import one_sided, other_years
from storyline.facts.claims import named_years
from storyline.facts.event import event_claims


def test_a_decade_names_no_year_in_any_way_it_is_written():
    for text in ("built by a Yugoslav company in the 1970s to protect the city",
                 "the boom of the 1990's", "die Bauten der 1970er Jahre", "построены в 1970-х годах",
                 "1980 के दशक में बना", "construits dans les années 1970", "negli anni 2000",
                 "en los años 1980", "na década de 1990"):
        assert named_years(text) == [], text


def test_years_named_outright_are_still_read():
    assert named_years("split since 2014 after the 2011 uprising") == [2011, 2014]
    assert named_years("in the 2000s, and again in 2005") == [2005]  # the decade goes, the year stays
    assert named_years("les années 1973 et 1974") == [1973, 1974]  # no round ten: years
    assert named_years("more than 2,000 bodies; 2.000 Tote; 2 000 morts") == []


def test_the_dams_of_the_1970s_are_not_set_apart_from_the_storm_as_another_time():
    """Read from the demo's reports as ingest reads them: the pair that founds
    the Derna toll's fact (tests/test_facts_sides.py) is not one-sided."""
    by_id = {r["id"]: r for r in demo.records()}
    arts = [analysed_record(by_id[i]) for i in ("b-022", "b-024")]
    _, _, claims = event_claims(arts)
    dams = next(c for c in claims if "in the 1970s" in c.text)
    storm = next(c for c in claims if c.text.startswith("Storm Daniel struck"))
    assert dams.years == [] and not other_years(dams)
    assert not one_sided(dams, storm)
