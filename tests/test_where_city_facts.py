"""The where index keeps what readers of a city key need (where_index.city_facts, the shared names' biggest city)."""
import json

from storyline.analyse import where_index


def test_city_facts_are_kept_in_the_cache_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLINE_CACHE", str(tmp_path))
    where_index.city_facts.cache_clear()
    try:
        built = where_index.city_facts()
        kept = list(tmp_path.glob("where-cities-*.tsv"))
        assert len(kept) == 1 and f"-{where_index.INDEX_VERSION}.tsv" in kept[0].name
        where_index.city_facts.cache_clear()
        assert where_index.city_facts() == built  # read back from the kept file, no JSON
        london = built["2643743"]
        assert london.name == "London" and london.country == "GB" and london.people > 5_000_000
    finally:
        where_index.city_facts.cache_clear()


def test_a_shared_name_knows_its_biggest_city():
    tables = where_index._tables()
    assert "geneva" in tables.leaders and tables.leaders["geneva"] == "CH"
    assert where_index.city_facts()[tables.leader_cities["geneva"]].name == "Geneva"
