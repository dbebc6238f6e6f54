"""First-level subdivisions in the where index (storyline.analyse.where_subdivisions):
a state's names in every language are its country's and one entity, and no
namesake town's; a name a state shares with a country or another state
stays nobody's."""
from __future__ import annotations

import pytest

from storyline.analyse.entity_resolver import EntityResolver
from storyline.analyse.where import city_of, country_of, subdivision_of, where
from storyline.pipeline import analyse
from storyline.records import RawArticle


@pytest.mark.parametrize("name, lang", [("Floride", "fr"), ("Floride", None), ("Florida", "en"),
                                        ("Floridu", "cs"), ("Флорида", "ru"), ("Kalifornien", "de"),
                                        ("Kalifornie", "cs"), ("Техас", "ru"), ("Bayern", "de"),
                                        ("Colombie-Britannique", "fr"), ("Карнатака", "ru")])
def test_a_states_name_in_any_language_is_its_countrys(name, lang):
    """French "Floride" was a Uruguayan town's other name; German
    "Kalifornien" and Russian "Техас" were nobody's (GeoNames names the US
    states in English only, no other country's provinces at all)."""
    elsewhere = {"Bayern": "DE", "Colombie-Britannique": "CA", "Карнатака": "IN"}
    assert country_of(name, lang) == elsewhere.get(name, "US")


def test_a_states_spellings_are_one_entity_and_no_towns():
    """"Floride", "Florida", "Floridu" and "Флорида" are keyed as the state, so
    the resolver makes them one entity; none is the Uruguayan town Florida,
    whose other name "Floride" is in GeoNames."""
    assert city_of("Floride") is None and city_of("Floride", "fr") is None
    mentions = (("Floride", "fr"), ("Florida", "en"), ("Floridu", "cs"), ("Флорида", "ru"))
    assert {EntityResolver.city_key(n, lang) for n, lang in mentions} == {"subdivision:US-FL"}
    resolver = EntityResolver()
    ids = {resolver.resolve(resolver.add(n, "PLACE", f"a{i}", lang=lang)) for i, (n, lang) in enumerate(mentions)}
    assert len(ids) == 1


def test_a_french_report_on_florida_is_not_in_uruguay():
    report = analyse(RawArticle(origin="t", title="Des réfugiés haïtiens arrivent en Floride", lang="fr",
                                text="Des réfugiés haïtiens sont arrivés en Floride mardi. Les garde-côtes de "
                                     "Floride les ont interceptés au large des côtes."))
    assert "US" in where(report) and "UY" not in where(report)


@pytest.mark.parametrize("name, lang", [("Georgia", None), ("Georgia", "en"), ("Punjab", None), ("Punjab", "en")])
def test_a_name_a_state_shares_with_a_country_or_another_state_is_nobodys(name, lang):
    """Georgia is a US state and a country; Punjab a state of India and a
    province of Pakistan: no holder dominates, so neither a country nor a key."""
    assert country_of(name, lang) is None
    assert subdivision_of(name, lang) is None and EntityResolver.city_key(name, lang) is None


@pytest.mark.parametrize("name, lang, country", [("Géorgie", "fr", "GE"), ("Грузия", "ru", "GE"),
                                                 ("Джорджия", "ru", "US"), ("Niger", None, "NE")])
def test_a_countrys_name_stays_the_countrys(name, lang, country):
    """pycountry's catalogues translate the state of Georgia as the country in
    some languages ("Gruzija"); a country's name in a language is the
    country's, and one ten times a state's people keeps its name ("Niger")."""
    assert country_of(name, lang) == country
    assert (subdivision_of(name, lang) is None) == (country != "US")


@pytest.mark.parametrize("names", [("Hamburg", "Гамбург", "Hambourg"), ("Baghdad", "Багдад"),
                                   ("Kyiv", "Киев")])
def test_a_city_keeps_the_name_of_the_state_named_after_it(names):
    """Hamburg is a Land, Baghdad a governorate, Kyiv a city with a region's
    status: the city is what the name denotes, in every script."""
    cities = {city_of(n) for n in names}
    assert len(cities) == 1 and None not in cities
    assert all(subdivision_of(n) is None for n in names)


@pytest.mark.parametrize("name, country", [("Puerto Rico", "PR"), ("Guam", "GU"), ("Guadeloupe", "GP"),
                                           ("Тайвань", "TW")])
def test_a_territory_iso_lists_as_a_country_stays_that_country(name, country):
    """ISO 3166-2 lists Puerto Rico as US-PR and Taiwan as CN-TW, and Guadeloupe
    as a French region: their names stay their own country codes'."""
    assert country_of(name) == country and subdivision_of(name) is None


def test_a_small_unit_takes_no_name():
    """A unit smaller, by its share of its country, than the index's smallest
    towns (the US Minor Outlying Islands' uninhabited islands) is left out:
    "Baker", a surname, is no Baker Island."""
    assert country_of("Baker", "fr") is None
