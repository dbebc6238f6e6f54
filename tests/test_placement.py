"""The group stage decides placement; the service writes its result once."""
from __future__ import annotations

import datetime as dt

import numpy as np

from storyline.group.grouper import Grouper
from storyline.group.placement import Placer
from storyline.group.scoring import EmbeddingScorer
from storyline.records import Article, EntityMention

JUNE = dt.date(2024, 6, 20)


def _stage():
    basis, _ = np.linalg.qr(np.random.default_rng(0).normal(size=(384, 2)))
    e1, e2 = (basis[:, i].astype(np.float32) for i in range(2))
    scorer = EmbeddingScorer(prior_weight=1e9, priors=False)
    scorer.background = np.zeros(384, np.float32)
    stored: dict[str, Article] = {}
    return Placer(Grouper(scorer, threshold=0.5), stored.get), stored, e1, e2


def _article(aid: str, text: str, title: str, lang: str = "en", names=(), published=JUNE):
    body = text + " and more words of the same report" * 3
    return Article(id=aid, origin=aid, title=title, text=body, raw_text=body, lang=lang,
                   published=published,
                   entities=[EntityMention(n, 0, len(n), "PERSON", n.lower()) for n in names])


def test_one_typed_result_per_report_and_one_row_per_event():
    placer, stored, e1, e2 = _stage()
    first = _article("a", "Vladimir Putin visits Pyongyang for talks", "Putin in Pyongyang",
                     lang="de", names=("Vladimir Putin",))
    placed = placer.place(first, e1)
    assert placed.event_id is None and placed.duplicate_of is None
    row = placed.new_event  # the new event's row is final before anything is stored
    assert (row.event_id, row.headline, row.size, row.first, row.last) == \
        (None, "Putin in Pyongyang", 1, JUNE, JUNE)
    assert np.allclose(row.centroid, e1 / np.linalg.norm(e1))
    stored["a"] = first
    assert placer.commit(placed, 7) is None and first.event_id == 7

    later = JUNE + dt.timedelta(days=1)
    second = _article("b", "Putin arrives in North Korea for a state visit", "Putin arrives",
                      published=later)
    placed = placer.place(second, e1)
    assert placed.event_id == 7 and placed.new_event is None
    # the names its reports use, read to find them in this one
    assert placer.event_names(7) == [("Vladimir Putin", "PERSON")]
    stored["b"] = second
    joined = placer.commit(placed, 7)
    # the one update of the joined event: English title preferred, size, dates
    assert (joined.event_id, joined.headline, joined.size, joined.first, joined.last) == \
        (7, "Putin arrives", 2, JUNE, later)

    copy = _article("c", "Vladimir Putin visits Pyongyang for talks", "Copy", lang="de")
    placed = placer.place(copy, e1)
    assert placed.duplicate_of == "a" and placed.event_id == 7

    other = _article("d", "Flooding closes schools in Venice", "Venice floods")
    placed = placer.place(other, e2)
    assert placed.event_id is None and placed.new_event.headline == "Venice floods"


def test_the_service_writes_each_event_row_once_per_report(tmp_path):
    """Opening an event and joining one each write its row once, in the
    report's transaction (before, an opened event was written twice)."""
    from storyline.ingest.readers import from_record
    from storyline.service import Storyline

    app = Storyline(str(tmp_path / "s.db"), scorer="cosine")
    writes = []
    real = app.store.save_event
    app.store.save_event = lambda *a: (writes.append(a[0]), real(*a))[1]
    text = ("The city council of Lisbon approved a new tram line on Tuesday after a long "
            "debate. The line will connect the airport with the old town by 2027. ") * 4
    records = [{"id": "a", "title": "Lisbon approves tram line", "text": text, "date": "2024-05-07"},
               {"id": "b", "title": "Lisbon tram line approved", "date": "2024-05-07",
                "text": text.replace("Tuesday", "Tuesday evening").replace("long", "heated")}]
    report = app.ingest([from_record(r, r["id"]) for r in records], relink=False)
    assert len(report.added) == 2 and report.new_events == 1
    event_id = app.article(report.added[0]).event_id
    assert app.article(report.added[1]).event_id == event_id
    assert writes == [None, event_id]  # opened once, updated once
    row = app.event_row(event_id)
    assert row.n_articles == 2 and row.headline == "Lisbon approves tram line"
    app.close()
