"""``storyline bench grow BASE.db TEXTS``: one ingest call's cost as the store grows.

Ingesting 20,000 articles cold takes hours on a small machine, so the large
stores are built cheaply, and said so: the dated reports of ``BASE.db`` (a
store ingested the ordinary way, e.g. the demo corpus and the dev files) are
copied into *eras* further apart than the base's dates span plus a story's
longest gap (so copies never join each other's events or stories, and the
story graph holds no edge between eras; era 0 is the base itself), each copy with its own id,
URL, content hash, publication date and every date it mentions shifted by the
era, its event, story and event facts copied with it.  That is the store the pipeline would
build from such a stream: events are formed within a day of a report and
stories within 1,500 days, and copying every event keeps each name's share of
events (so its idf weight) what it was.  Events holding undated reports are
not copied: an undated event may link to a story of any era, so copies of
one would tie every era's copy of its story into one part of the story graph.  After each growth step a fresh service
(as a CLI call would have) ingests ``batch`` reports it has never seen (texts
of ``TEXTS``, dated 200 days after the base's last report (eras go back in
time from the base, as an archive does); their embeddings are first cached by an
ingest into a scratch store, so the call measures the store, not the encoder)
and the call's wall and CPU seconds are reported with the relink's share.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import shutil
import tempfile
import time
from pathlib import Path
from typing import Callable

from storyline.group.stories import MAX_GAP_DAYS
from storyline.records import RawArticle

GAP_MARGIN = 30  # days beyond a story's longest gap between the last day of one era and the next


def _shift(d: dt.date | None, days: int) -> dt.date | None:
    return d + dt.timedelta(days=days) if d else None


def copy_era(store, era: int, era_days: int, base: list, base_events: dict, centroids: dict,
             base_stories: dict[int, int], story_offset: int, base_facts_of: dict) -> dict[int, int]:
    """Copy the base store's dated reports into ``era``; returns new event -> story."""
    from storyline.facts.event import fingerprint
    from storyline.group.duplicates import band_keys, from_bytes

    days = -era * era_days  # back in time: new reports come today, the store holds history
    base_facts = base_facts_of
    copies: dict[int, list] = {}
    event_map: dict[int, int] = {}
    out: dict[int, int] = {}
    with store.transaction():
        for a, vector, signature, spans in base:
            old = a.event_id
            if old not in event_map:
                e = base_events[old]
                event_map[old] = store.save_event(None, e.headline, centroids[old], e.n_articles,
                                                  _shift(e.first_date, days), _shift(e.last_date, days))
                if old in base_stories:
                    out[event_map[old]] = base_stories[old] + story_offset
            copy = dataclasses.replace(
                a, id=f"{a.id}-era{era}", url=f"{a.url}#era{era}" if a.url else None,
                content_hash=hashlib.sha256(f"{a.content_hash}:{era}".encode()).hexdigest(),
                published=_shift(a.published, days), event_id=event_map[old], duplicate_of=None,
                dates=[dataclasses.replace(d, value=_shift(d.value, days)) for d in a.dates])
            store.add_article(copy, vector, signature)
            if signature:  # the near-duplicate index, as an ingest writes it
                store.add_lsh_bands(copy.id, band_keys(from_bytes(signature)))
            store.put_sentences(copy.id, spans)
            copies.setdefault(event_map[old], []).append(copy)
        for old, new in event_map.items():  # facts copied, not recomputed (the timed call reads none)
            payload = base_facts.get(old)
            if payload is not None:
                store.save_event_facts(new, fingerprint(copies[new]), payload)
    return out


def run(base_db: str, texts_path: str, sizes: list[int], batch: int = 10,
        say: Callable[[str], None] = print, keep: str | None = None, calls: int = 1) -> dict:
    """``calls``: timed ingest calls per size, one after another; ``keep``: a folder where each grown store is copied before its timed
    call (``grow-N.db``), to time other calls on it later."""
    from storyline.bench.speed import read_items
    from storyline.group.duplicates import BAND_RANGES, BANDING_KEY
    from storyline.service import Storyline
    from storyline.store import open_store

    work = Path(tempfile.mkdtemp(prefix="storyline-grow-"))
    db = work / "grow.db"
    source = open_store(base_db)
    store = open_store(str(db))
    store.set_state(BANDING_KEY, [list(r) for r in BAND_RANGES])  # copy_era writes the bands
    vectors = {r.article_id: r for r in source.iter_vectors()}
    spans = source.sentence_spans([a.id for a in source.articles()])
    base = [(a, vectors[a.id].vector, vectors[a.id].signature, spans.get(a.id, []))
            for a in source.articles() if a.published and a.event_id is not None and a.id in vectors]
    undated = {a.event_id for a in source.articles() if not a.published}
    base = [b for b in base if b[0].event_id not in undated]  # events holding undated reports stay out
    base_events = {e.id: e for e in source.events()}
    centroids = {eid: c for eid, c, _ in source.event_centroids()}
    base_stories = {e: s for e, s in source.story_map().items() if s is not None}
    headlines = {s.id: s.headline for s in source.stories()}
    base_facts = {e: source.get_event_facts(e) for e in base_events}
    say(f"base: {source.count_articles()} reports, {len(base)} (dated events only) copied per era")
    source.close()
    dates = [a.published for a, *_ in base]
    era_days = (max(dates) - min(dates)).days + MAX_GAP_DAYS + GAP_MARGIN
    texts = [t for t in read_items(texts_path)]
    rows, era, used = [], -1, 0
    for size in sizes:
        story_map = dict(store.story_map())
        while store.count_articles() + len(base) <= size:
            era += 1
            offset = max(story_map.values(), default=0)
            headlines.update({s + offset: h for s, h in list(headlines.items()) if s <= offset})
            story_map.update(copy_era(store, era, era_days, base, base_events, centroids, base_stories, offset,
                                      base_facts))
        with store.transaction():
            store.replace_stories(story_map, {s: headlines.get(s) or "" for s in set(story_map.values())})
        n = store.count_articles()
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            store.close()
            shutil.copy(db, Path(keep) / f"grow-{n}.db")
            store = open_store(str(db))
        # `calls` ingest calls one after another, each of `batch` new reports by a fresh
        # service (as the CLI makes); the first after a growth step also reads the names of
        # every copy added since the last relink (the copies are stored without one)
        for call in range(calls):
            n = store.count_articles()
            day = max(dates) + dt.timedelta(days=200 + used)  # after the base era, within a story's reach
            items = [RawArticle(origin=f"grow:{used + i}", text=t["text"], title=t.get("title") or "",
                                lang=t.get("lang"), date=day.isoformat())
                     for i, t in enumerate(texts[used:used + batch])]
            used += batch
            warm = Storyline(str(work / f"warm{used}.db"))  # fills the embedding cache: the timed
            warm.ingest([dataclasses.replace(i) for i in items])  # call measures the store, not the encoder
            warm.close()
            wall, cpu = time.perf_counter(), time.process_time()
            app = Storyline(str(db))
            report = app.ingest(items)
            app.relink(full=False) if app.stale else None
            row = {"articles": n, "call": call, "events": app.relink_stats.get("events"),
                   "added": len(report.added), "failed": len(report.failed), "seconds": round(time.perf_counter() - wall, 2),
                   "cpu_seconds": round(time.process_time() - cpu, 2), **app.relink_stats}
            app.close()
            rows.append(row)
            say(str(row))
    store.close()
    shutil.rmtree(work, ignore_errors=True)
    return {"batch": batch, "era_days": era_days, "rows": rows}
