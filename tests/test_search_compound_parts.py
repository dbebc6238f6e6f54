"""A query word finds the compounds of a compounding language that hold it as a
part (storyline.store.word_parts), ranked after the reports that have it whole,
on every backend; a short word floods nothing."""
from __future__ import annotations

import pytest
from store_kit import hit_ids, make_article, store  # noqa: F401 (fixture)

from storyline.store.text_query import worded
from storyline.store.word_parts import word_parts


@pytest.fixture
def compounds(store):
    rows = [
        (1, "Kachowka-Staudamm zerstört", "Der Staudamm am Dnipro brach in der Nacht.", "de"),
        (2, "Trinkwasserversorgung gefährdet", "Die Versorgung der Städte ist unterbrochen.", "de"),
        (3, "Wasser steigt", "Das Wasser steht in den Straßen.", "de"),
        (4, "Getreideabkommen beendet", "Russland steigt aus.", "de"),
        (5, "Das Abkommen", "Ein Abkommen wurde unterzeichnet.", "de"),
        (6, "Stuwdam doorgebroken", "De stuwdam in Oekraïne is vernield.", "nl"),
        (7, "Eierpreise steigen", "Die Preise für Eier und Meisterleistung.", "de"),
        (8, "Amsterdam floods", "Roadblock and a Kingdom of water.", "en"),
    ]
    for i, title, text, lang in rows:
        store.add_article(make_article(i, title=title, text=text, lang=lang), None, None)
    return store


def test_a_word_finds_compounds_holding_it_as_their_last_part(compounds):
    assert set(hit_ids(compounds.search_text("Damm"))) == {"a1"}
    assert set(hit_ids(compounds.search_text("dam"))) == {"a1"}  # as German writes it, "Damm"
    assert set(hit_ids(compounds.search_text("stuwdam"))) == {"a6"}
    assert set(hit_ids(compounds.search_text("versorgung"))) == {"a2"}


def test_a_word_finds_compounds_holding_it_inside(compounds):
    assert hit_ids(compounds.search_text("Wasser")) == ["a3", "a2"]  # whole first, then Trinkwasser…


def test_a_part_ranks_after_every_whole_word(compounds):
    hits = hit_ids(compounds.search_text("Abkommen"))
    assert hits == ["a5", "a4"]
    assert hit_ids(compounds.search_text("Abkommen", limit=1)) == ["a5"]
    assert hit_ids(compounds.search_text("Abkommen", limit=1, offset=1)) == ["a4"]


def test_short_words_and_other_languages_are_not_flooded(compounds):
    assert compounds.search_text("ei") == []  # under 3 letters: whole words only, never a part
    assert hit_ids(compounds.search_text("eier")) == ["a7"]
    assert hit_ids(compounds.search_text("dom")) == []  # English "Kingdom": English writes no compounds
    assert "a8" not in hit_ids(compounds.search_text("block"))


def test_parts_are_indexed_for_compounding_languages_only():
    assert "damm" in word_parts("de", "Staudamm", "").split()
    assert "damm" in word_parts("de-AT", "", "Staudamm").split()
    assert word_parts("en", "Roadblock", "Kingdom") == ""
    assert "ei" not in word_parts("de", "Meisterleistung", "").split()  # parts of 3+ letters only


def test_the_check_reads_a_part_only_when_asked():
    assert worded("Der Staudamm brach", ["damm"], "de")
    assert not worded("Der Staudamm brach", ["damm"], "de", parts=False)
    assert not worded("Der Staudamm brach", ["damm"], "en")
    # a part is the word as typed, not a stem shared across languages, and a short
    # word takes no longer ending there: no "rates" in "Sicherheitsrats", "rat" in "Demokraten"
    assert worded("des Staudamms", ["dam"], "de") and worded("Der Sicherheitsrat", ["sicherheitsrat"], "de")
    assert not worded("des Sicherheitsrats", ["rates"], "de")
    # under 4 letters, only as German doubles a short word's last letter ("Damm")
    assert not worded("die Demokraten", ["rat"], "de") and not worded("ein Hinweis", ["eis"], "de")


def test_an_old_index_is_rebuilt_with_parts(tmp_path):
    """The migration fills the parts of the reports stored before it (SQLite)."""
    from storyline.store.sqlite import MIGRATIONS, SQLITE_PARTS_FTS, SQLiteStore

    path = tmp_path / "old.db"
    s = SQLiteStore(path)
    s.add_article(make_article(1, title="Staudamm zerstört", text="Der Staudamm brach.", lang="de"), None, None)
    # set the index back to what the migration before this one left: no parts column
    s.db.executescript("""
        DROP TRIGGER articles_fts_ai; DROP TRIGGER articles_fts_ad; DROP TRIGGER articles_fts_au;
        DROP TABLE articles_fts; DROP VIEW articles_fts_content;
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq',
            tokenize="unicode61 remove_diacritics 2 categories 'L* N* Co M*'");
        CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN SELECT 1; END;
        CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN SELECT 1; END;
        CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN SELECT 1; END;
        INSERT INTO articles_fts(rowid, title, text) SELECT seq, word_key(title), word_key(text) FROM articles;
    """)
    # the version before the parts' migration (later ones are re-runnable)
    s.db.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(MIGRATIONS.index(SQLITE_PARTS_FTS)),))
    assert s.search_text("Damm") == []
    s.close()
    again = SQLiteStore(path)
    assert hit_ids(again.search_text("Damm")) == ["a1"]
    again.add_article(make_article(2, title="Dammbruch", text="x", lang="de"), None, None)
    again.db.execute("UPDATE articles SET title='Deich' WHERE id='a1'")
    again.db.execute("UPDATE articles SET text='Ein Deich.' WHERE id='a1'")
    assert hit_ids(again.search_text("Damm")) == ["a2"]
    again.close()
