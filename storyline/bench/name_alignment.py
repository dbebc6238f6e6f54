"""How far the names of one language's reports are linked to the English entity.

``python -m storyline.bench.name_alignment DB [--langs ar he ...]`` reads a
store (after `storyline ingest`, e.g. of the multilingual dev file, where each
event is reported in en, fr, cs, el, hi, ar and he): of the labelled
entities English reports name, how many reports in each other language name
too; and of each language's mentions, how many lie in such an entity.  No
gold names are needed: the dev file's reports of one event are translations
of one report, so a name English writes is one the others write.  It says
how many links there are, not whether each is right (read those by hand,
`storyline entity NAME` lists an entity's spellings).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter

from storyline.store import open_store


def alignment(db: str, langs: list[str]) -> dict:
    store = open_store(db)
    try:
        lang_of = {a.id: a.lang for a in store.articles()}
        rows = store.entities(limit=1_000_000)
        by: dict[str, Counter] = {}
        for e in rows:
            by[e.id] = Counter(lang_of.get(m.article_id) for m in store.entity_mentions(e.id))
    finally:
        store.close()
    english = [e.id for e in rows if by[e.id]["en"] and e.label != "MISC"]
    out = {"english_entities": len(english)}
    for lang in langs:
        out[lang] = {"entities_also_named": sum(1 for e in english if by[e][lang]),
                     "mentions": sum(c[lang] for c in by.values()),
                     "mentions_in_english_entities": sum(c[lang] for c in by.values() if c["en"])}
    return out


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("db", help="a store path or URL")
    p.add_argument("--langs", nargs="+", default=["ar", "he", "hi", "el", "fr", "cs"])
    args = p.parse_args(argv)
    print(json.dumps(alignment(args.db, args.langs), indent=1))


if __name__ == "__main__":
    main()
