"""Bulk steps without the cyclic garbage collector's passes (issue 15).

Loading the event index and relinking each build tens of thousands of small
container objects (a view per stored report, every event's parsed story
evidence) that form no reference cycles.  Every 700 new containers start a
collection, and the older generations' passes walk every live object again,
so a call into a 20,000-report store spent 0.1-0.2 of its 1 CPU s in them.
Those steps run with the collector paused; it is restored after (what they
left is collected at its next threshold as usual; memory freed by reference
counts is freed at once either way).  The switch is process-wide: other
threads go uncollected meanwhile too, and only a step that found the
collector on turns it back on.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def gc_paused() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
