"""The near-duplicate index kept in the store (``StoredDuplicates``) answers
exactly as the in-memory datasketch LSH, on both backends, and a store written
before the band table existed is filled from its stored signatures."""
from __future__ import annotations

import datetime as dt

import numpy as np

from storyline.group.duplicates import (BANDING_KEY, DuplicateFinder, StoredDuplicates, band_keys,
                                        signature, to_bytes)
from storyline.records import Article
from storyline.store import open_store

BASE = ("The flood in the northern valley destroyed two bridges and forced hundreds of "
        "families to leave their homes on Tuesday night, officials said. ")


def _texts() -> list[str]:
    rng = np.random.default_rng(3)
    words = BASE.split()
    texts = []
    for i in range(30):  # copies with a few words changed, and unrelated texts
        w = list(words) if i % 3 else [f"w{i}_{j}" for j in range(25)]
        for j in rng.choice(len(w), size=int(rng.integers(0, 8)), replace=False):
            w[j] = f"x{i}{j}"
        texts.append(" ".join(w) + f" Paragraph {i % 4}.")
    return texts


def _store(url, texts, bands: bool):
    store = open_store(url)
    with store.transaction():
        eid = store.save_event(None, "Ev", np.ones(4, np.float32) / 2, 1, None, None)
    for i, t in enumerate(texts):
        a = Article(id=f"a{i}", origin=f"{i}", title="", text=t, raw_text=t,
                    content_hash=f"h{i}", lang="en", published=dt.date(2024, 1, 1), event_id=eid)
        sig = signature(t)
        with store.transaction():
            store.add_article(a, np.ones(4, np.float32) / 2, to_bytes(sig))
            if bands:
                store.add_lsh_bands(a.id, band_keys(sig))
    return store


def test_stored_index_answers_as_datasketch(store_url):
    texts = _texts()
    store = _store(store_url, texts, bands=True)
    memory = DuplicateFinder()
    for i, t in enumerate(texts):
        memory.add(f"a{i}", signature(t))
    stored = StoredDuplicates(store)
    probes = [t.replace("bridges", "roads") for t in texts[:12]] + ["nothing like it at all"]
    answers = [memory.find(signature(p)) for p in probes]
    assert sum(a is not None for a in answers) >= 6  # the probes do find copies
    assert [stored.find(signature(p)) for p in probes] == answers
    store.close()


def test_old_store_gets_its_bands_from_the_stored_signatures(store_url):
    texts = _texts()
    store = _store(store_url, texts, bands=False)  # as written before the band table
    probe = signature(texts[1].replace("bridges", "roads"))
    assert store.lsh_candidates(band_keys(probe)) == []
    stored = StoredDuplicates(store)
    assert store.get_state(BANDING_KEY) is not None
    memory = DuplicateFinder()
    for i, t in enumerate(texts):
        memory.add(f"a{i}", signature(t))
    assert stored.find(probe) == memory.find(probe) is not None
    store.close()
