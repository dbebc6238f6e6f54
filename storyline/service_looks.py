"""Second looks: once a call's reports are all placed, each is looked at again.

Why: placement is online, so a report sees only the reports that arrived
before it.  A follow-up filed the next day ("wheat prices rise after Russia
quits the grain deal") that arrives before the other next-day reports of its
event finds nothing within its one-day window and opens an event of its own;
once they are in, it belongs with them.  Every report placed in a call (dated
or not; copies follow their original) is therefore given a second look
(:meth:`Placer.reconsider`: it moves when another event now scores higher than
its own) in placement order, in passes, until a pass moves nothing (at most
:data:`~storyline.group.placement.LOOK_PASSES`).  Measured over ten seeded
input orders (`bench clustering FILE --shuffle 10`; docs/benchmarks.md,
"Events and stories"): demo corpus mean B-cubed F1 0.926 -> 0.946,
multilingual dev 0.965 -> 0.967, Wikinews level.

A report stored by an earlier call that is alone in its event (with its
copies) and near one of the call's dated reports, within its window, is
looked at too, first (:meth:`Grouper.strays`): a stream of small calls (an
HTTP client posting reports as they come) may bring its event's other
reports only later.

A killed run must end as an uninterrupted one would, so what is owed is kept
in the store (:data:`LOOKS_KEY`): the first report owed a look ("from"), the
last of the current round ("to"; later reports get the next round), the
earlier strays ("extra", fixed when the round starts), the pass, the
position of the next look and whether this pass moved any.  Looks are made
:data:`LOOK_BATCH` to a transaction, the state written with them: a look that
moves nothing changes nothing, so redoing the looks of a batch a kill cut
short gives the same answers.  Several writers share the state and advance it
together, each under the write lock.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storyline.ingest.readers import IngestError
from storyline.store import store_failure

if TYPE_CHECKING:
    from storyline.records import Article
    from storyline.service_types import IngestReport

# ``app`` below is the :class:`storyline.service.Storyline` giving the looks
# (its store, grouper, placer and move writer); not imported, as the service
# imports this module (one direction only, tests/test_imports.py).
Storyline = Any

LOOKS_KEY = "placement.looks"  # {"from", "to", "extra", "pass", "at", "moved"}: second looks owed
OLD_KEY = "placement.second_look"  # before: a list of the undated reports owed one
LOOK_BATCH = 64  # looks per write transaction


def owe(app: Storyline, article_id: str) -> None:
    """A report was just placed (inside its write transaction): it is owed a
    second look, as is every report placed after it, until the looks are given."""
    if app.store.get_state(LOOKS_KEY) is None:
        app.store.set_state(LOOKS_KEY, {"from": article_id})


def give(app: Storyline, report: IngestReport, mine: dict[str, Article]) -> None:
    """Give every owed second look (``mine``: this call's placed reports, in
    memory, so they need not be read back)."""
    while _batch(app, report, mine):
        pass


def _batch(app: Storyline, report: IngestReport, mine: dict[str, Article]) -> bool:
    """Up to :data:`LOOK_BATCH` looks in one transaction; False when none is owed."""
    from storyline.group.placement import LOOK_PASSES

    store = app.store
    with store.transaction():
        app._catch_up()
        state = store.get_state(LOOKS_KEY)
        old = store.get_state(OLD_KEY)
        if old:  # a database left by an earlier version mid-way: its reports and all after them
            store.set_state(OLD_KEY, None)
            state = state or {"from": old[0]}
        if not state:
            return False
        order = list(app.grouper.clusterer.event_of)  # placement order (stored order on a rebuild)
        at = {aid: i for i, aid in enumerate(order)}
        if state["from"] not in at or (state.get("to") is not None and state["to"] not in at):
            store.set_state(LOOKS_KEY, None)  # nothing of it is placed any more
            return True
        first = at[state["from"]]
        if state.get("to") is None:  # a round: the reports placed when it starts, and earlier strays
            state.update(to=order[-1], at=0, extra=app.grouper.strays(order, first))
        seq = state["extra"] + order[first:at[state["to"]] + 1]
        i = start = state["at"]
        while i < len(seq) and i < start + LOOK_BATCH:
            aid = seq[i]
            article = mine.get(aid) or store.get_article(aid)
            if article is not None and article.event_id is not None and article.duplicate_of is None:
                try:
                    moved = app.placer.reconsider(article)
                    if moved is not None:
                        app._write_move(moved, report)
                        state["moved"] = True
                except Exception as exc:  # one bad report must not stop the others' looks
                    if store_failure(exc):
                        raise
                    report.failed.append(IngestError(article.origin or aid, f"second look: {exc}"))
                    app._grouper = None  # rebuilt from the store (this transaction's moves included)
            i += 1
        if i < len(seq):
            state["at"] = i
        elif state.get("moved") and state.get("pass", 1) < LOOK_PASSES:
            state.update(at=0, moved=False, **{"pass": state.get("pass", 1) + 1})
        elif at[state["to"]] + 1 < len(order):  # placed meanwhile by another writer: their round
            state = {"from": order[at[state["to"]] + 1]}
        else:
            state = None
        store.set_state(LOOKS_KEY, state)
    return True
