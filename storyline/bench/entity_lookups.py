"""Lookup benchmark: does a name typed as a reader knows it find its entity?

From a labelled entity sample (the ``bench entities`` layout) the gold names
become entities (merged by the resolver as stored entities are), and each
gold name is looked up again as a reader might type it:

* ``script``: a name in a non-Latin script typed in Latin letters (the
  project's transliteration tables: anyascii, Devanagari romanisation), and
  the hand-written spellings of ``tests/data/entity_lookups.jsonl`` (Latin
  names in Cyrillic or Devanagari, where the project has no tables);
* ``partial``: the surname of a 2+ word name, the first two words of a 3+ word
  name (left out when the part belongs to more than one gold entity, where a
  reader is rightly asked to choose);
* ``typo``: one letter replaced in the middle of the longest word (5+ letters);
* ``spelling`` (hand-written only): another romanisation convention.

Hit@1: the top-ranked entity of :func:`storyline.analyse.entity_lookup.rank`
is the gold one.  Reported per kind and overall (``lookup_hit_at_1``).
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from anyascii import anyascii

from storyline.analyse.entity_keys import devanagari_to_latin, spelling_key
from storyline.analyse.entity_lookup import AliasRow, alias_spellings, rank
from storyline.analyse.entity_resolver import EntityResolver

DEFAULT_HAND = Path(__file__).resolve().parents[2] / "tests" / "data" / "entity_lookups.jsonl"


def _latin(name: str) -> str:
    return anyascii(devanagari_to_latin(name)).title()


def _typo(name: str) -> str | None:
    words = name.split()
    k = max(range(len(words)), key=lambda i: len(words[i]))
    w = words[k]
    if len(w) < 5 or not w.isalpha():
        return None
    m = len(w) // 2
    nxt = chr(ord(w[m]) + 1)  # the next letter of the same script ("n" -> "o", "ц" -> "ч")
    words[k] = w[:m] + (nxt if nxt.isalpha() else chr(ord(w[m]) - 1)) + w[m + 1:]
    return " ".join(words)


def _variants(name: str) -> list[tuple[str, str]]:
    out = []
    if any(ch.isalpha() and not ch.isascii() for ch in name) and _latin(name).isascii() \
            and _latin(name) != name and any(ord(ch) > 0x24F for ch in name):
        out.append(("script", _latin(name)))
    words = name.split()
    if len(words) >= 2 and len(words[-1]) >= 4:
        out.append(("partial", words[-1]))
    if len(words) >= 3:
        out.append(("partial", " ".join(words[:2])))
    typo = _typo(name)
    if typo:
        out.append(("typo", typo))
    return out


def lookup_scores(items: list[dict], hand: str | Path | None = DEFAULT_HAND) -> dict:
    """``lookup_hit_at_1`` and per-kind counts for the sample ``items``."""
    resolver = EntityResolver()
    owner: dict[str, str] = {}
    for n, item in enumerate(items):
        for e in item["entities"]:
            try:
                owner[e["text"]] = resolver.add(e["text"], e["label"], f"p{n}", lang=item["lang"])
            except ValueError:
                continue
    ents = resolver.entities()
    rows = [AliasRow(e["id"], a.casefold(), spelling_key(a), e["mentions"])
            for e in ents for a in {x for y in (e["name"], *e["aliases"]) for x in alias_spellings(y)}]
    words_of = {e["id"]: [a.casefold().split() for a in e["aliases"]] for e in ents}
    queries: list[tuple[str, str, str]] = []  # kind, query, gold entity id
    for name, eid in sorted(owner.items()):
        for kind, query in _variants(name):
            if kind == "partial":
                part = query.casefold().split()
                holders = {i for i, names in words_of.items()
                           if any(part == ws[j:j + len(part)] for ws in names for j in range(len(ws)))}
                if holders != {resolver.resolve(eid)}:
                    continue
            queries.append((kind, query, eid))
    if hand and Path(hand).exists():
        with open(hand, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if line.strip():
                    row = json.loads(line)
                    if row.get("name") not in owner:
                        raise ValueError(f"{hand}:{lineno}: 'name' {row.get('name')!r} is not a gold name of the sample")
                    queries.append((row["kind"], row["query"], owner[row["name"]]))
    hits, totals = Counter(), Counter()
    misses = []
    for kind, query, eid in queries:
        ranked = rank(query, rows, limit=3)
        ok = bool(ranked) and resolver.resolve(ranked[0].entity_id) == resolver.resolve(eid)
        totals[kind] += 1
        hits[kind] += ok
        if not ok:
            misses.append({"kind": kind, "query": query, "want": resolver.canonical_name(eid),
                           "got": resolver.canonical_name(ranked[0].entity_id) if ranked else None})
    n = sum(totals.values())
    return {"lookup_hit_at_1": sum(hits.values()) / n if n else 0.0, "lookups": n,
            "lookup_by_kind": {k: {"n": totals[k], "hit_at_1": hits[k] / totals[k]} for k in sorted(totals)},
            "lookup_misses": misses}
