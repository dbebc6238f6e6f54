"""Where a broken chart axis puts its far-off slots, and which of their labels it names.

Part of :mod:`storyline.web.timeaxis` (its :class:`~storyline.web.timeaxis.BrokenScale`),
kept apart so that module stays short; numbers only (each label's drawn width
comes from :func:`~storyline.web.timeaxis.label_px`).

Why: a far segment is capped (30 % of the chart) and its slots had been
narrowed alike, so where one label was wider than another language's (Arabic
"أبريل 2024", Russian "апр. 2024" against "Apr 2024") the short years beside
it lost the room their own labels needed: event 11's far "2022" was named in
English and Spanish only, by 0.2 px (h-ui29).  Each label is its dots' only
date, so where they do not all fit, the labels named are chosen first (the
slot nearest the news and the farthest, then as many of the rest as fit,
nearest first among equals), each given its label's room and the others a
dot's, and the segment spread to its cap.
"""
from __future__ import annotations

from itertools import combinations

FAR_DOT = 20      # px between two far slots' centres at the least: the widest dots (radius 9) and a gap
MOST_TRIED = 14   # slots beyond which the labels are chosen one by one, not the most that fit


def label_order(widths: list[float]) -> list[int]:
    """The order far labels are named in (``widths``: theirs, nearest the news first): the
    nearest, the farthest (the axis' note names both), then the rest narrowest first, nearest
    first among equals (short years name more dots' dates than one long month)."""
    rest = sorted(range(1, len(widths) - 1), key=lambda i: (widths[i], i))
    return ([0] if widths else []) + ([len(widths) - 1] if len(widths) > 1 else []) + rest


def packed(widths: list[float], named: set[int], gap: float) -> tuple[float, list[float]]:
    """The least width of a segment (slots in date order) whose ``named`` slots' labels do not
    touch (``gap`` apart) and whose slots are :data:`FAR_DOT` apart; and each slot's centre.
    A label may reach past the segment's ends, as the narrowed slots' did: into the chart's
    margin (:data:`~storyline.web.timeaxis.EDGE_PX`) or the break, which
    :func:`~storyline.web.timeaxis.broken_scale` widens for it."""
    half = [w / 2 + gap / 2 + 0.1 for w in widths]
    centres: list[float] = []
    last = None
    for i in range(len(widths)):
        c = FAR_DOT / 2 if i == 0 else centres[-1] + FAR_DOT
        if i in named:
            c = max(c, centres[last] + half[last] + half[i] if last is not None else 0.0)
            last = i
        centres.append(c)
    return (centres[-1] + FAR_DOT / 2 if widths else 0.0), centres


def named_slots(widths: list[float], most: float, near_last: bool, gap: float) -> set[int]:
    """The slots (date order) whose labels a segment of ``most`` px names: the most of them that
    fit, those first in :func:`label_order` among as many, the nearest and the farthest kept
    where they fit.  ``near_last``: the news is after the slots (the far past)."""
    n = len(widths)
    near = list(reversed(range(n))) if near_last else list(range(n))  # date order of each in nearness order
    ranked = [near[i] for i in label_order([widths[k] for k in near])]
    fits = lambda chosen: packed(widths, set(chosen), gap)[0] <= most  # noqa: E731
    if n > MOST_TRIED:
        chosen: list[int] = []
        for i in ranked:
            chosen += [i] if fits(chosen + [i]) else []
        return set(chosen)
    for must in (ranked[:2], ranked[:1], []):
        rest = [i for i in ranked if i not in must]
        for size in range(len(rest), -1, -1):
            for combo in combinations(rest, size):  # in rank order: the first that fits is the best
                if fits(must + list(combo)):
                    return set(must) | set(combo)
    return set()


def slot_centres(widths: list[float], most: float, near_last: bool, far_slot: float,
                 gap: float) -> tuple[float, list[float], set[int]]:
    """A far segment's width, each slot's centre from its start and the slots it names: each
    slot ``far_slot`` px, or its label's width and ``gap`` where wider, where they fit in
    ``most``; else the named slots are chosen first (:func:`named_slots`) and spread to ``most``."""
    room = [max(far_slot, w + gap) for w in widths]
    if sum(room) <= most:
        starts = [sum(room[:i]) for i in range(len(room))]
        return sum(room), [x + r / 2 for x, r in zip(starts, room)], set(range(len(widths)))
    named = named_slots(widths, most, near_last, gap)
    total, centres = packed(widths, named, gap)
    stretch = most / total if total else 1.0
    return total * stretch, [c * stretch for c in centres], named
