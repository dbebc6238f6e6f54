"""An acronym and the organisation name it spells, named in one story or
report, are one entity ("AP" / "Associated Press"); anything looser is not
(issue 12).  The entity stage alone (real extractor, real resolver)."""
from __future__ import annotations

from storyline.analyse.entities import EntityResolver, extract_entities
from storyline.analyse.entity_acronyms import acronym_of, initials, merge_acronyms
from storyline.analyse.entity_merge import merge_variants
from storyline.records import Article
from storyline.service_names import _Reading


def _resolved(mentions) -> EntityResolver:
    """A resolver fed (text, label, story, article) mentions, after the variant pass."""
    r = EntityResolver()
    for text, label, story, article in mentions:
        r.add(text, label, article, group=f"story:{story}", lang="en")
    merge_variants(r)
    return r


def _id(r: EntityResolver, name: str) -> str:
    return r.resolve(next(e for e in r._ents if name in r.aliases(e)))


def test_acronyms_and_the_initials_of_organisation_names():
    assert acronym_of("AP") == "AP" and acronym_of("U.N.") == "UN" and acronym_of("ISRO") == "ISRO"
    assert acronym_of("Ap") is None and acronym_of("A") is None and acronym_of("NASA Goddard") is None
    assert "AP" in initials("Associated Press") and "EU" in initials("European Union")
    assert "ISRO" in initials("Indian Space Research Organisation")
    assert initials("Bank of England") == {"BE"} and "TBOE" in initials("The Bank Of England")
    assert initials("Press") == set() and initials("the press office") == set()
    assert initials("Associated press agency") == set()  # a lower-case content word: no name


def test_an_acronym_of_a_report_joins_the_name_it_spells_with_the_full_name_shown():
    text = ("According to the news agency Associated Press (AP), a special train was seen near the border. "
            "AP said the train left Pyongyang on Monday.")
    report = Article(id="a1", origin="test", title="", text=text, raw_text=text, lang="en", event_id=1,
                     entities=extract_entities(text, "en"))
    assert {"AP", "Associated Press"} <= {m.text for m in report.entities}
    reading = _Reading()
    assert reading.read([report], {1: 1})
    r = reading.resolver
    assert _id(r, "AP") != _id(r, "Associated Press")  # the resolver alone keeps them apart
    reading.finish({1: 1})
    assert _id(r, "AP") == _id(r, "Associated Press")
    assert r.canonical_name(_id(r, "AP")) == "Associated Press"


def test_only_a_name_of_the_same_story_or_report_and_only_one():
    # (the gazetteer already knows ISRO, EU, ESA: names it does not know)
    r = _resolved([("KCNA", "ORG", 1, "a1"), ("Korean Central News Agency", "ORG", 1, "a2"),
                   ("NTSB", "ORG", 2, "a3"), ("National Transportation Safety Board", "ORG", 3, "a4")])
    assert merge_acronyms(r) == [("KCNA", "Korean Central News Agency")]
    assert _id(r, "NTSB") != _id(r, "National Transportation Safety Board")  # two stories: no evidence
    # reports of no story: only within one report
    r = _resolved([("AP", "ORG", None, "a1"), ("Associated Press", "ORG", None, "a2"),
                   ("CTV", "ORG", None, "a3"), ("Korean Central Television", "ORG", None, "a3")])
    merge_acronyms(r)
    assert _id(r, "AP") != _id(r, "Associated Press") and _id(r, "CTV") != _id(r, "Korean Central Television")
    r = _resolved([("NTSB", "ORG", None, "a3"), ("National Transportation Safety Board", "ORG", None, "a3")])
    merge_acronyms(r)
    assert _id(r, "NTSB") == _id(r, "National Transportation Safety Board")


def test_an_acronym_of_two_organisations_or_of_a_person_stays_apart():
    r = _resolved([("AP", "ORG", 1, "a1"), ("Associated Press", "ORG", 1, "a1"),
                   ("AP", "ORG", 2, "a2"), ("Alternative Party", "ORG", 2, "a2")])
    assert merge_acronyms(r) == []
    r = _resolved([("JK", "ORG", 1, "a1"), ("John Kirby", "PERSON", 1, "a1"),
                   ("NK", "PLACE", 1, "a1"), ("North Korea", "PLACE", 1, "a1")])
    assert merge_acronyms(r) == []


def test_the_long_name_must_be_headed_by_an_organisation_noun_where_its_language_puts_one():
    from storyline.analyse.entity_acronyms import headed
    assert headed("Associated Press", {"en"}) and headed("Institute for Defense Analyses", {"en"})
    assert headed("Unidad Militar de Emergencias", {"es"}) and not headed("Unidad Militar Emergencias", {"en"})
    assert not headed("News God", {"en"}) and not headed("Northrop Grumman", {"en"})
    # an e-mail's subject "US News" run into "God love you": "NG" (Northrop Grumman) must not join it
    r = _resolved([("NG", "ORG", 1, "a1"), ("News God", "ORG", 1, "a1"),
                   ("CBO", "ORG", 1, "a1"), ("Congressional Budget Office", "ORG", 1, "a1")])
    assert merge_acronyms(r) == [("CBO", "Congressional Budget Office")]


def test_a_name_written_mostly_in_lower_case_is_no_acronym():
    # "Cc:" (carbon copy) of e-mail headers, sometimes "CC:", is not the Commerce Committee
    r = _resolved([("Cc", "ORG", 1, "a1"), ("Cc", "ORG", 1, "a2"), ("CC", "ORG", 1, "a3"),
                   ("Commerce Committee", "ORG", 1, "a3")])
    assert merge_acronyms(r) == []
    r = _resolved([("CC", "ORG", 1, "a3"), ("Commerce Committee", "ORG", 1, "a3")])
    assert merge_acronyms(r) == [("CC", "Commerce Committee")]


def test_a_name_that_is_no_organisations_still_makes_the_acronym_ambiguous():
    # "HR systems" (human resources): "House Republicans" (headed by no organisation noun) and
    # "House of Representatives" both spell it, so it joins neither
    r = _resolved([("HR", "ORG", 1, "a1"), ("House Republicans", "ORG", 1, "a2"),
                   ("House of Representatives", "ORG", 1, "a3")])
    assert merge_acronyms(r) == []
