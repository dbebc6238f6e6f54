"""What the storage-contract suites share: typed article rows, unit vectors and
a store opened on every backend (``store_url`` in conftest.py)."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from storyline.records import Article
from storyline.store import open_store

D = dt.date(2024, 6, 20)


def make_article(i: int, **kw) -> Article:
    base = dict(id=f"a{i}", origin=f"f{i}.txt", title=f"Title {i}", text=f"Text {i}",
                raw_text=f"raw {i}", content_hash=f"h{i}", lang="en", published=D)
    return Article(**{**base, **kw})


def unit_vector(*xs: float) -> np.ndarray:
    v = np.asarray(xs, np.float32)
    return v / np.linalg.norm(v)


@pytest.fixture
def store(store_url):
    s = open_store(store_url)
    yield s
    s.close()


def hit_ids(hits):
    """The article ids of search hits, in rank order."""
    return [a for a, _ in hits]
