"""Geometry of the date charts: a true time scale with calendar ticks, dots
that never hide each other, and axes for the mentions-over-time chart.

Why its own module: the pictures must not mislead.  A tick sits where its
date falls (the first of a month or a year, placed by the same scale as the
dots), so a February dot is never left of a "2024-02" tick; two events three
days apart are two dots, stacked when they would touch; and a count chart
says what its axes are.  Templates only draw what is computed here.
"""
from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass, field

from storyline.reader_words_dates import tick_date  # the labels in the page's language ("сент. 2023 г.")
from storyline.records import period_days
from storyline.web.far_slots import label_order, slot_centres

MONTH_STEPS = (1, 2, 3, 6)
YEAR_STEPS = (1, 2, 5, 10, 20, 50)
DAY_STEPS = (1, 2, 7, 14)


def _month_floor(d: dt.date, step: int) -> dt.date:
    m = (d.month - 1) // step * step + 1
    return dt.date(d.year, m, 1)


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, 1)


def calendar_ticks(lo: dt.date, hi: dt.date, max_ticks: int = 7,
                   edge_years: bool = True) -> list[tuple[dt.date, str]]:
    """Dates of calendar boundaries in ``[lo, hi]`` with labels: days, months or years,
    the smallest step that gives at most ``max_ticks`` of them (at least one).

    The first and the last label name the year ("10 Sep 2023 … 14 Sep 2023"), as
    does the first of a month or a January: a phone opens the chart at its
    newest end, where "12 Sep, 13 Sep, 14 Sep" said no year at all.  Without
    ``edge_years`` only the first of a month or a January does: the axis's
    ends are labelled with their own dates (:meth:`BrokenScale._ends`), and
    the last calendar tick naming its year read "Jan 2024 · Mar · May 2024"."""
    edge = (lambda i, n: i in (0, n - 1)) if edge_years else (lambda i, n: False)
    span = (hi - lo).days
    if span <= 45:
        for step in DAY_STEPS:
            start = lo if step < 7 else lo + dt.timedelta(days=-lo.weekday() % 7)  # Mondays
            days = [start + dt.timedelta(days=i) for i in range(0, (hi - start).days + 1, step)]
            if len(days) <= max_ticks:
                return [(d, tick_date(d, "%-d %b %Y") if edge(i, len(days)) or d.day <= step
                         else tick_date(d, "%-d %b")) for i, d in enumerate(days)]
    for step in MONTH_STEPS:
        months, d = [], _month_floor(lo, step)
        d = d if d >= lo else _add_months(d, step)
        while d <= hi:
            months.append(d)
            d = _add_months(d, step)
        if months and len(months) <= max_ticks:
            return [(m, tick_date(m, "%b %Y") if edge(i, len(months)) or m.month <= step
                     else tick_date(m, "%b")) for i, m in enumerate(months)]
    for step in YEAR_STEPS:
        first = (lo.year + step - 1) // step * step if lo != dt.date(lo.year, 1, 1) else lo.year
        first = first if dt.date(first, 1, 1) >= lo else first + step
        years = [dt.date(y, 1, 1) for y in range(first, hi.year + 1, step)]
        if years and len(years) <= max_ticks:
            return [(y, str(y.year)) for y in years]
    return [(lo, lo.isoformat())]


def fitted_domain(lo: dt.date, hi: dt.date) -> tuple[dt.date, dt.date]:
    """The scale's ends: the data's own first and last day, a single day
    widened by one day each side so that it has a scale and ticks around it.

    Why no padding in days: an event reported over four days had been widened
    to a month, its dots in the middle of weeks with nothing in them, read as
    a time axis of news that did not exist.  The end dots get their room from
    the chart's pixel margins (:data:`EDGE_PX`), which show no dates."""
    if lo == hi:
        return lo - dt.timedelta(days=1), hi + dt.timedelta(days=1)
    return lo, hi


@dataclass
class Scale:
    lo: dt.date
    hi: dt.date
    left: float
    right: float

    def x(self, d: dt.date) -> float:
        days = max((self.hi - self.lo).days, 1)
        return round(self.left + (d - self.lo).days * (self.right - self.left) / days, 1)


def stack_levels(xs_radii: list[tuple[float, float]], gap: float = 2.0) -> list[int]:
    """A level per dot (0 = on the row line) so that no two dots of a row touch:
    each dot takes the lowest level whose dots are all far enough away."""
    placed: list[tuple[float, float, int]] = []
    levels = []
    for x, r in xs_radii:
        level = 0
        while any(lv == level and abs(px - x) < pr + r + gap for px, pr, lv in placed):
            level += 1
        placed.append((x, r, level))
        levels.append(level)
    return levels


COUNT_LABEL_PX = 13  # the count chart's labels at their largest, in its units (a phone's, style.css)


def count_chart(series: list[tuple[str, int]], width: int = 480, height: int = 140) -> dict | None:
    """A line chart of ``(period label, count)`` with both axes labelled: periods
    along the bottom (first, last and evenly chosen ones between), counts up the
    left side (0, the middle and the peak).  The first and last period labels
    sit centred under the chart's ends, so the margins are as wide as half of
    each (:func:`label_px` at :data:`COUNT_LABEL_PX`): "Sep 2023" and
    "2023-09-13" ran past the picture's edge on a phone.  A period label between
    that would touch one kept is left out, as on the event chart's axis: the
    labels are sized by the script they are drawn in, not by their number of
    characters (a Russian "13 сент. 2023 г." is twice an English "2023-09-13"'s
    room, a Hindi vowel sign none).  Below the period labels there is room for
    the axis' title ("articles per month") and its descenders."""
    if not series:
        return None
    half = lambda label: round(label_px(label, COUNT_LABEL_PX) / 2) + 2  # noqa: E731
    left, right = max(34, half(series[0][0])), width - max(30, half(series[-1][0]))
    top, bottom = 10, height - 36
    peak = max(c for _, c in series) or 1
    step = (right - left) / max(len(series) - 1, 1)
    pts = [(round(left + i * step, 1), round(bottom - c / peak * (bottom - top), 1))
           for i, (_, c) in enumerate(series)]
    n = len(series)
    want = min(n, 5)
    idx = sorted({round(i * (n - 1) / max(want - 1, 1)) for i in range(want)})
    kept: list[tuple[float, str]] = []
    for i in idx[:1] + idx[-1:] + idx[1:-1]:  # the ends first: they say the span
        if _clear(pts[i][0], series[i][0], kept, COUNT_LABEL_PX):
            kept.append((pts[i][0], series[i][0]))
    yvals = sorted({0, peak // 2, peak}) if peak > 1 else [0, peak]
    yticks = [(round(bottom - v / peak * (bottom - top), 1), str(v)) for v in yvals]
    return {"width": width, "height": height, "left": left, "right": right, "top": top,
            "bottom": bottom, "max": peak, "first": series[0][0], "last": series[-1][0],
            "points": " ".join(f"{x},{y}" for x, y in pts), "dots": pts if n <= 60 else [],
            "xticks": sorted(kept), "yticks": yticks}


# ems of letters that are not a Latin or Cyrillic letter's usual 0.64 (Debian's Chromium, 11px, rounded up)
_NARROW = set("fijlrtIJ")                   # "Jul" is 14 px, not three letters' 21
_WIDE = set("mwMW")                         # "May" was drawn wider than estimated
# Russian's letters by class, each the widest of its class as Chromium draws it (getBBox at 11px,
# DejaVu Sans), rounded up: one 1.0 em for "жмшщыюф" put "февр. 2024" 4 px over its drawn width,
# and the Russian chart of the demo's Pyongyang event left out "2013" and "2023" that every other
# language names beside "Feb 2024" (h-ui28); "Ш", "Ж", "Ю", "Щ" are drawn wider than one em
_CYRILLIC_EM = {ch: em for letters, em in (
    ("гзсэ", 0.55), ("абвеёкотухчья", 0.62), ("ийлнпр", 0.66), ("дцъ", 0.72), ("мы", 0.8), ("фю", 0.86),
    ("жшщ", 0.95), ("АБВГЕЁЗРСТУХЧЬЭЯ", 0.7), ("ДИЙКЛНОПЦ", 0.8), ("МФЪЫ", 0.9), ("ЖШЩЮ", 1.1))
    for ch in letters}
_ARABIC_WIDE = set("سشصضطظ")                # the teeth of "أغسطس", "سبتمبر"
_ARABIC_MID = set("حجخثىكفمغعقزؤذ")
_ARABIC_SLIM = set("اأإآةـ")               # an alef is a stroke
ARABIC_TAIL = 0.2                           # a word's last letter takes its final form's tail


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f"


def label_px(text: str, size: float = 11.0) -> float:
    """About how wide ``text`` is drawn at ``size`` px, by script: a tick's room.

    Why not ``len(text)`` times a Latin character's width: a combining vowel
    sign ("जुल॰") takes no room, an Arabic month ("أغسطس") takes more than
    the letters of "Aug", a CJK character a whole em.  One width for every
    character had the Arabic and Hindi charts drop the year past the axis'
    break that the English chart kept.  The ems were read in Debian's Chromium
    at 11px (its Noto and DejaVu fonts), rounded up.  Arabic letters joined in
    a word are narrower than one em each but far from alike: the teeth of
    "س" take an em, an alef a third, so one width for them all (0.7 em) made
    "يناير" 39 px against the 20 it is drawn, and a crowded far segment named
    fewer dates in Arabic than in English (h-ui27); so do the narrow and wide
    Latin and Cyrillic letters, less, and a Devanagari letter is wider than a
    Latin one (its abbreviation sign too: "जुल॰" was drawn a fifth wider than
    estimated), a half form before a virama narrower.  Over every tick label
    the pages draw (every month, each form, in every reader language), the
    estimate is 1.0 to 1.4 times the drawn width: never under, so two labels
    it keeps apart do not touch."""
    em, in_arabic = 0.0, False
    for i, ch in enumerate(text):
        cat = unicodedata.category(ch)
        if cat in ("Mn", "Me", "Cf"):
            continue  # drawn on the letter before it
        if "\u0900" <= ch <= "\u097f" and cat.startswith("L"):
            em += 0.4 if text[i + 1:i + 2] == "\u094d" else 0.75  # a consonant before a virama: a half form
            continue
        arabic = _is_arabic(ch)
        if in_arabic and not arabic:
            em += ARABIC_TAIL
        in_arabic = arabic
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            em += 1.0
        elif ch.isspace():
            em += 0.3
        elif cat == "Mc":
            em += 0.3
        elif ch == "\u0970":
            em += 0.55  # Devanagari's abbreviation sign ("जुल॰")
        elif arabic:
            em += (1.0 if ch in _ARABIC_WIDE else 0.65 if ch in _ARABIC_MID else 0.3 if ch in _ARABIC_SLIM
                   else 0.45 if cat.startswith("L") else 0.64)
        elif ch in _CYRILLIC_EM:
            em += _CYRILLIC_EM[ch]
        elif ch in _NARROW:
            em += 0.46
        elif ch in _WIDE:
            em += 1.0
        elif cat.startswith(("L", "N")):
            em += 0.64 if not cat == "Lu" else 0.8
        else:
            em += 0.4
    return (em + (ARABIC_TAIL if in_arabic else 0)) * size


LABEL_GAP = 6           # px between two tick labels
EDGE_PX = 70            # px between a chart's edge and its scale: its rows' labels, and room for the end dots
FAR_SPANS = 2           # dates further than this many news spans from the news are "long before/after"
MIN_SPAN = dt.timedelta(days=30)
FAR_SLOT = 56           # px per far-off year (or month) slot
BREAK_GAP = 40          # px between a far segment and the true scale, whose first date sits by the mark


@dataclass
class BrokenScale:
    """A time scale with the far past and far future cut off at a break.

    Why: one mention of 1961 in a report of June 2024 put the chart's left
    end in 1961, and the reports' own days became one blot at the right edge.
    A reader of a news chart expects the news' days to be read by distance
    (a report two days later is two days right), and an old date to be seen
    as *long before* with its date readable: a broken axis gives both.  The
    dates within :data:`FAR_SPANS` of the news' own span (at least
    :data:`MIN_SPAN`) keep one true scale; those beyond sit past a break mark,
    one slot per year (per month in the news' own year) in date order, each
    labelled, and the figure says they are not to scale.  A log-like scale was
    not chosen: it bends every distance, so "three days apart" is read wrong
    everywhere; a separate list alone loses the picture of what came first.
    """

    main: Scale
    past: list[tuple[tuple, float, str]]    # (slot key, x, label), oldest first
    future: list[tuple[tuple, float, str]]
    breaks: list[float]                     # x of each break mark
    named: set = field(default_factory=set)  # keys of the far slots given room for their labels

    def x(self, d: dt.date, precision: str = "day") -> float:
        """Where ``d`` (a date given to ``precision``: "day" … "year") is drawn: a week, month
        or year on the true scale at the middle of its :meth:`span`."""
        if self.past and d < self.main.lo:
            return dict((k, x) for k, x, _ in self.past)[self._key(d, self.main.lo, precision)]
        if self.future and d > self.main.hi:
            return dict((k, x) for k, x, _ in self.future)[self._key(d, self.main.hi, precision)]
        span = self.span(d, precision)
        return round((span[0] + span[1]) / 2, 1) if span else self.main.x(d)

    def span(self, d: dt.date, precision: str = "day") -> tuple[float, float] | None:
        """From where to where a date given only to its week, month or year is drawn on the
        true scale: the part of its days (:func:`~storyline.records.period_days`) the scale
        shows; None for a day and for a date past a break.  Why: such a date is stored as
        its first day, and "this year" in a report of 10 January was a dot on 1 January, "in
        February" a dot on 1 February, read as days no report said (h-ui32, h-ui33); past a
        break the date has a slot named by its month or year (:meth:`_key`)."""
        if precision == "day" or not self.main.lo <= d <= self.main.hi:
            return None
        first, last = period_days(d, precision)
        return self.main.x(max(first, self.main.lo)), self.main.x(min(last, self.main.hi))

    @staticmethod
    def _key(d: dt.date, ref: dt.date, precision: str = "day") -> tuple:
        """A far date's slot: its month in the news' own year, else its year.  A date given
        only to its year is its year's slot even in the news' year: "this year" (2024 in a
        report of June 2024) is stored as 1 January and had sat in an unnamed "Jan 2024"
        slot, read as a January it never said (h-ui30)."""
        return (d.year, d.month) if d.year == ref.year and precision != "year" else (d.year,)

    def ticks(self, max_ticks: int) -> list[tuple[float, str]]:
        """The true scale's dated ends, a tick per slot past a break, then the
        calendar ticks; a label that would touch one kept before it
        (:func:`label_px`) is left out.  Why this order: a far slot's label is
        the only date its dots have (the calendar ticks only repeat the
        scale), and many far-off years and months share a narrow segment:
        "2023Jan 2024Apr 2024" was read as one; there the slot nearest the news
        is named first, then the farthest (the note names both in words), then
        the rest narrowest first (:func:`~storyline.web.far_slots.label_order`),
        those :func:`broken_scale` made room for before the others.  The
        ends and the slots next to them do not touch: :func:`broken_scale`
        leaves a break wide enough."""
        kept: list[tuple[float, str]] = []
        def near(side: list[tuple[tuple, float, str]]) -> list[tuple[float, str]]:  # nearest the news first
            order = [side[i] for i in label_order([label_px(t) for _, _, t in side])]
            return [(x, t) for k, x, t in order if k in self.named] + [(x, t) for k, x, t in order if k not in self.named]
        past, future = near(list(reversed(self.past))), near(self.future)
        for x, t in self._ends() + past + future:
            if _clear(x, t, kept):
                kept.append((x, t))
        for d, t in calendar_ticks(self.main.lo, self.main.hi, max_ticks, edge_years=not self._ends()):
            if _clear(self.main.x(d), t, kept):
                kept.append((self.main.x(d), t))
        return sorted(kept)

    def _ends(self) -> list[tuple[float, str]]:
        """The true scale's first and last day, labelled with their dates.

        Why: calendar ticks fall on month or year boundaries, and a story of
        September and June had its ticks at Nov, Jan, Mar and May, none near
        either event; the ends of the scale are the first and last dates the
        chart shows (:func:`fitted_domain`), so naming them dates the news
        itself.  A single day's scale, widened a day each side, names none:
        its day ticks already name the day."""
        lo, hi = self.main.lo, self.main.hi
        return [(self.main.x(d), t) for d, t in zip((lo, hi), _end_labels(lo, hi))]


def _end_labels(lo: dt.date, hi: dt.date) -> list[str]:
    """The labels :meth:`BrokenScale._ends` gives the true scale's first and last day."""
    return [] if (hi - lo).days <= 2 else [tick_date(d, "%-d %b %Y") for d in (lo, hi)]


def _clear(x: float, text: str, kept: list[tuple[float, str]], size: float = 11.0) -> bool:
    """Whether a label centred at ``x`` leaves :data:`LABEL_GAP` to every label in ``kept``
    (drawn at ``size`` px)."""
    return all(abs(x - kx) >= (label_px(kt, size) + label_px(text, size)) / 2 + LABEL_GAP for kx, kt in kept)


def _slot_centres(slots: list[tuple[tuple, str]], most: float, near_last: bool) -> tuple[float, list[float], set]:
    """A far segment's width, each slot's centre from its start, and the keys of the slots whose
    labels it has room for (:func:`storyline.web.far_slots.slot_centres`, with the labels' widths)."""
    total, centres, named = slot_centres([label_px(t) for _, t in slots], most, near_last, FAR_SLOT, LABEL_GAP)
    return total, centres, {slots[i][0] for i in named}


def _break_gap(end: str, slot: str, step: float) -> float:
    """Room between the true scale's end and its far segment: at least :data:`BREAK_GAP`, and
    enough that the end's date and the nearest slot's label (half a ``step`` further) do
    not touch: "1 أغسطس 2024" and "سبتمبر 2024" did, and the slot's label, its dots' only
    date, was left out."""
    need = (label_px(end) + label_px(slot)) / 2 + LABEL_GAP - step / 2
    return max(BREAK_GAP, math.ceil(need) + 1)  # whole px up: the x values are rounded to 0.1


def broken_scale(dates: list[dt.date], news: list[dt.date], left: float, right: float,
                 precisions: list[str] | None = None) -> BrokenScale:
    """The scale for ``dates`` (all a chart shows) around ``news`` (the dates of
    its reports or events; empty: one true scale for everything); ``precisions``:
    each date's ("day" where not given), so a far year-only date gets its year's slot."""
    precisions = precisions or ["day"] * len(dates)
    if news:
        reach = max(max(news) - min(news), MIN_SPAN) * FAR_SPANS
        near_lo, near_hi = min(news) - reach, max(news) + reach
    else:
        near_lo, near_hi = dt.date.min, dt.date.max
    near = [d for d in dates if near_lo <= d <= near_hi]
    lo, hi = fitted_domain(min(near), max(near))

    def slots(far: list[tuple[dt.date, str]], ref: dt.date) -> list[tuple[tuple, str]]:
        keys = sorted({BrokenScale._key(d, ref, p) for d, p in far})
        return [(k, tick_date(dt.date(k[0], k[1], 1), "%b %Y") if len(k) == 2 else str(k[0])) for k in keys]

    past = slots([(d, p) for d, p in zip(dates, precisions) if d < near_lo], lo)
    future = slots([(d, p) for d, p in zip(dates, precisions) if d > near_hi], hi)
    span = right - left
    w_past, centres_p, named_p = _slot_centres(past, span * 0.3, near_last=True)
    w_future, centres_f, named_f = _slot_centres(future, span * 0.3, near_last=False)
    widest = [tick_date(d, "%-d %b %Y") for d in (lo, hi)]  # the longest label a tick at an end can have
    # a slot's room on its side nearest the news, twice over: the step _break_gap reads
    gap_p = _break_gap(widest[0], past[-1][1], 2 * (w_past - centres_p[-1])) if past else 0.0
    gap_f = _break_gap(widest[1], future[0][1], 2 * centres_f[0]) if future else 0.0
    main = Scale(lo, hi, left + (w_past + gap_p if past else 0), right - (w_future + gap_f if future else 0))
    placed_p = [(k, round(left + c, 1), t) for (k, t), c in zip(past, centres_p)]
    placed_f = [(k, round(main.right + gap_f + c, 1), t) for (k, t), c in zip(future, centres_f)]
    breaks = ([round(main.left - gap_p / 2, 1)] if past else []) + \
             ([round(main.right + gap_f / 2, 1)] if future else [])
    return BrokenScale(main, placed_p, placed_f, breaks, named_p | named_f)
