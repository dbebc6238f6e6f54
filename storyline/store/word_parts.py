"""The parts of a report's compounds, kept in its full-text index.

Why: German, Dutch, the Nordic languages, Finnish, Estonian and Hungarian
write a compound as one word ("Staudamm", "Trinkwasserversorgung",
"stuwdam"), and both indexes find a word only by its beginning: "Damm" or
"Wasser" typed never reached the compounds that hold them, and neither
index can look inside a word.  So each word of such a report is also
indexed by every ending it has after its first :data:`MODIFIER_MIN`
letters ("udamm", "damm", "amm" of "staudamm"), in a column of its own
that counts least in the ranking; a query word's beginning then reaches
the compounds that hold it as their last part or inside
("wasser*" reaches "trinkwasserversorgung" by "wasserversorgung"), and
:func:`~storyline.store.text_query.worded` keeps, in Python, only those
whose part is a form of the word (:func:`~storyline.store.text_query._part_form`),
ranked after every report that has the word whole
(:meth:`~storyline.store.search_sql.TextSearch._worded`).

Only the reports of :data:`COMPOUNDING` languages get the column filled,
so no other language's index grows.  Changing :func:`word_parts` (or
:data:`COMPOUNDING`) changes what stored indexes hold: add a migration to
each backend that rebuilds them, as :data:`SQLITE_PARTS_FTS` and
:func:`pg_migration` do.
"""
from __future__ import annotations

import regex

from storyline.store.word_key import word_key

# languages that write compounds as one word (text_query.LONG_FORMS less Turkish,
# which adds endings rather than words)
COMPOUNDING = frozenset({"de", "nl", "sv", "da", "no", "nb", "nn", "is", "fi", "et", "hu"})

# a compound's first part has at least this many letters ("Eis", "Tee", "Stau"), and
# so has the part indexed: shorter parts are endings ("-ung", "-en"), not words
MODIFIER_MIN = 3
PART_LETTERS = 3

_TOKEN = regex.compile(r"[\p{L}\p{N}\p{Co}\p{M}]+")  # as text_query and the SQLite index tokenise


def compounding(lang: str | None) -> bool:
    """Does ``lang`` (a code, region allowed) write compounds as one word?"""
    return (lang or "").split("-")[0].lower() in COMPOUNDING


def word_parts(lang: str | None, title: str | None, text: str | None) -> str:
    """What the parts column indexes of a report in ``lang``: every ending of
    each of its words after :data:`MODIFIER_MIN` letters, of
    :data:`PART_LETTERS` letters or more, once each, lower case; empty for a
    report of a language not in :data:`COMPOUNDING`."""
    if not compounding(lang):
        return ""
    words = set(_TOKEN.findall(word_key(f"{title or ''} {text or ''}").lower()))
    return " ".join(sorted({w[i:] for w in words for i in range(MODIFIER_MIN, len(w) - PART_LETTERS + 1)}))


# SQLite: the index gains a third column, ``parts`` (what bm25 weighs 0.2: a part
# counts least); its content is a view, so FTS5 can rebuild it from the articles,
# and the triggers key what they index and delete as the view does (the functions
# `word_key` and `word_parts` every SQLiteStore connection registers)
SQLITE_PARTS_FTS = """
    DROP TRIGGER articles_fts_ai;
    DROP TRIGGER articles_fts_ad;
    DROP TRIGGER articles_fts_au;
    DROP TABLE articles_fts;
    DROP VIEW IF EXISTS articles_fts_content;
    CREATE VIEW articles_fts_content AS SELECT seq, word_key(title) AS title, word_key(text) AS text,
        word_parts(lang, title, text) AS parts FROM articles;
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, parts, content='articles_fts_content',
        content_rowid='seq', tokenize="unicode61 remove_diacritics 2 categories 'L* N* Co M*'");
    CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text, parts)
        VALUES (new.seq, word_key(new.title), word_key(new.text), word_parts(new.lang, new.title, new.text));
    END;
    CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text, parts)
        VALUES ('delete', old.seq, word_key(old.title), word_key(old.text), word_parts(old.lang, old.title, old.text));
    END;
    CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text, lang ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text, parts)
        VALUES ('delete', old.seq, word_key(old.title), word_key(old.text), word_parts(old.lang, old.title, old.text));
        INSERT INTO articles_fts(rowid, title, text, parts)
        VALUES (new.seq, word_key(new.title), word_key(new.text), word_parts(new.lang, new.title, new.text));
    END;
    INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
"""


def _pg_langs() -> str:
    return "ARRAY[" + ", ".join(f"'{c}'" for c in sorted(COMPOUNDING)) + "]"


def pg_migration() -> str:
    """PostgreSQL: :func:`word_parts` as a function over the words the
    ``storyline`` configuration keeps of a text (its lexemes, already folded as
    the index folds them; hyphened wholes left out, their parts are lexemes
    too), and the stored ``tsvector`` generated again with them at weight D
    (``ts_rank`` counts D 0.1, text 0.4, title 1.0), so every row is
    re-indexed."""
    return f"""
    CREATE OR REPLACE FUNCTION storyline_word_parts(lang text, title text, body text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN split_part(lower(coalesce(lang, '')), '-', 1) = ANY ({_pg_langs()}) THEN
            to_tsvector('simple', coalesce((
                SELECT string_agg(DISTINCT substr(w, i), ' ')
                FROM unnest(tsvector_to_array(to_tsvector('storyline',
                         storyline_word_key(coalesce(title, '') || ' ' || coalesce(body, ''))))) AS w,
                     generate_series({MODIFIER_MIN + 1}, length(w) - {PART_LETTERS - 1}) AS i
                WHERE w !~ '[-_./@:+]'), ''))
        ELSE ''::tsvector END $$;
    ALTER TABLE articles DROP COLUMN tsv;
    ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('storyline', storyline_word_key(coalesce(title, ''))), 'A') ||
        setweight(to_tsvector('storyline', storyline_word_key(text)), 'B') ||
        setweight(storyline_word_parts(lang, title, text), 'D')) STORED;
    CREATE INDEX articles_tsv ON articles USING gin(tsv);
    """
