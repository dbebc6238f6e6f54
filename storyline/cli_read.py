"""Read commands of ``storyline``: events, show, stories, story, export
(``entity`` is in :mod:`storyline.cli_entity`).

Each opens the database without creating it, asks :mod:`storyline.service`,
and formats the answer.  Dates are shown only for reports that state one: an
undated report says so, and says it joined its event by content only.
"""
from __future__ import annotations

import os
import sys
from contextlib import nullcontext

from rich.table import Table

from storyline.cli_common import _app, _console, _date, _e, _err, _print_json, plural, print_list
from storyline.reader_words import count, page_lang, say, sources_said, undated_said, worded_in
from storyline.reader_words_dates import as_date, event_span, shown_date, span_date
from storyline.reader_words_typography import quoted
from storyline.records import dates_once, dates_phrase, removals_once
from storyline.serialize import dates_once_json, event_dict, story_dict
from storyline.wording import (DATE_UNKNOWN, OUTSIDE_DAYS, PLACED_BY_CONTENT, outside_days, clip, date_span, not_reports, residue_label,
                               source_name)


def first_reported(day: str, lang: str | None) -> str:
    """"first reported 2023-08-20" under a list's happening day, in the --lang reader's words
    (the story page's "happened … · first reported …" says the same: reader_words_pages)."""
    return say("first reported {reported}", lang, reported=day)


def _dates_cell(first, last, n_undated: int) -> tuple[str, str]:
    """(first, last) columns; an all-undated group says so instead of a date (in the --lang reader's words)."""
    if first is None:
        return say(DATE_UNKNOWN), ""
    return _date(first), _date(last)


# a list's column heads: English keeps its short heads, another reader reads the pages' words
# (reader_words: "Sources", "Languages"; "First day", "Last day", "Headline" for the terminal's
# columns); ``stories --lang ru`` had printed English heads over Russian headlines (h-ui41)
_HEADS = {"events": "Events", "articles": "Articles", "sources": "Sources", "languages": "Languages",
          "first": "First day", "last": "Last day", "headline": "Headline"}
_COUNTS = ("id", "events", "articles")  # counts at the right, as the events list sets them


def _list_table(noun: str, n: int, columns: tuple[str, ...]) -> Table:
    """An events or stories table headed in the reader's words ("13 Ereignisse"); an id is the
    number the API and ``show ID`` take, so its head stays "id"."""
    table = Table(title=str(count(n, noun)), show_lines=False)
    for col in columns:
        head = col if page_lang() == "en" or col not in _HEADS else say(_HEADS[col])
        table.add_column(head, overflow="fold", justify="right" if col in _COUNTS else "left")
    return table


def _undated_footer() -> str:
    """The note under a list with undated reports: English's names the command that marks them;
    another reader's is the pages' tooltip (reader_words_pages), which says the same."""
    if page_lang() == "en":
        return ("Reports that state no date are not counted in the dates; they joined "
                "their event by content only (`storyline show ID` marks them).")
    return say("These reports state no date of their own; they joined by their content alone and are not "
               "counted in the dates") + " (`storyline show ID`)"


def _days(first, last) -> str:
    """A group's days as the --lang reader's page writes them ("19 يونيو 2024 – 21 يونيو 2024",
    ``reader_words_dates.shown_date``: the web's ``date_range``); English keeps its ISO days
    (``wording.date_span``).  The CLI had printed ISO days in every language (h-ui30)."""
    if page_lang() == "en" or first is None:
        return say(date_span(first, last))
    return span_date(first, "day", last if last not in (None, first) else None)


def _named(app, rows: list, lang: str | None) -> list[tuple]:
    """Rows with their headline's language, named for a reader of ``lang`` as
    the pages and ``/api/events?lang=`` name them; without one, as stored."""
    return app.reader_rows(rows, lang) if lang else [(r, None) for r in rows]


def _listed_json(named: list[tuple], as_dict, lang: str | None) -> list[dict]:
    return [{**as_dict(r), "headline_lang": hl} if lang else as_dict(r) for r, hl in named]


def _say_if_empty(app, args, listed: bool) -> None:
    """An empty list from a database with no reports at all says how to fill it
    (stderr: ``--json`` stays a list), rather than an empty table alone; one
    that holds only pages the gate flagged says so (it had said "no reports
    yet" right after an ingest that stored two pages)."""
    if not listed and app.count_articles() == 0:
        flagged, _ = app.not_articles(limit=0)
        if flagged:
            _err().print(f"the database {args.db} holds no news reports: {not_reports(flagged)} "
                         f"(`storyline not-articles` says why; `ingest --keep-all` stores such a page "
                         f"as a report)", markup=False)
            return
        _err().print(f"the database {args.db} holds no reports yet: add some with "
                     f"`storyline --db {args.db} ingest FILES…`", markup=False)


def cmd_events(args) -> int:
    app = _app(args)
    lang = getattr(args, "lang", None)  # `demo` lists its events through here too
    named = _named(app, app.events(), lang)  # each dated by its happening (store.happened_column)
    _say_if_empty(app, args, bool(named))
    app.close()
    rows = [r for r, _ in named]
    if args.json:
        _print_json(_listed_json(named, event_dict, lang))
        return 0
    with worded_in(lang):  # the fixed wording in the --lang reader's language (English the fallback)
        _print_events(rows, lang)
    return 0


def _print_events(rows: list, lang: str | None) -> None:
    table = _list_table("event", len(rows), ("id", "articles", "sources", "languages", "first", "last", "headline"))
    for e in rows:
        first, last = _dates_cell(e.day, e.last_date, e.n_undated)  # the happening's day (store.happened_column)
        if e.happened:
            first += f"\n[dim]{_e(first_reported(_date(e.first_date), lang))}[/dim]"
        headline = _e(e.headline)
        if e.n_undated and e.first_date is not None:
            headline += f"\n[dim]{_e(undated_said(e.n_undated))}[/dim]"
        table.add_row(str(e.id), str(e.n_articles), _e(sources_said(e)),
                      " ".join(e.languages), first, last, headline)
    print_list(table, table.columns[-1].header)
    if any(e.n_undated for e in rows):
        _console().print(_undated_footer(), markup=False, style="dim")


def _article_when(a, ev=None) -> str:
    """A report's date as its event lists it: marked where it lies outside the
    event's days (``ev``: its event's row), or said unknown."""
    if not a.published:
        return f"{say(DATE_UNKNOWN)}{say(', ')}{say(PLACED_BY_CONTENT)}"
    outside = ev is not None and outside_days(a.published, ev.first_date, ev.last_date)
    return f"{shown_date(a.published)}{say(', ')}{say(OUTSIDE_DAYS)}" if outside else shown_date(a.published)


def cmd_show(args) -> int:
    from storyline.cli_facts import print_summary
    from storyline.serialize import event_detail_json

    app = _app(args)
    detail = app.event_detail(args.event_id, args.lang)
    app.close()
    if detail is None:
        _err().print(f"no event with id {args.event_id}", markup=False)
        return 2
    if args.json:
        _print_json(event_detail_json(detail))
        return 0
    with worded_in(args.lang):  # the fixed wording in the --lang reader's language (English the fallback)
        _print_event(detail)
    return 0


def _print_event(detail) -> None:
    from storyline.cli_facts import print_summary

    ev, articles, view = detail.event, detail.articles, detail.facts
    out = _console()
    # from the happening's day where its reports state one (store.happened_column), as the story timeline says it
    span = event_span(ev.day, ev.last_date, ev.first_date) if ev.happened else _days(ev.first_date, ev.last_date)
    note = undated_said(ev.n_undated)
    comma, semi = say(", "), say("; ")  # the --lang reader's separators (Arabic's "،" and "؛")
    colon = say(": ")  # the --lang reader's label mark (French "\u00a0: ")
    out.print(f"[bold]{say('Event {n}', n=ev.id)}[/bold]{colon}{_e(view['headline'] or ev.headline)}  "
              f"({count(ev.n_articles, 'article')}{comma}"
              f"{sources_said(ev)}{comma}{' '.join(ev.languages)}{comma}"
              f"{span}{semi + note if note else ''})", markup=True)
    print_summary(out, view)
    sources = {a.id: source_name(a.source) for a in articles}
    worded = page_lang() != "en"  # the --lang reader's words (reader_words), English as it was
    for a in articles:  # a copy names its original's source, as the page does, and its id
        original = f"{sources[a.duplicate_of]}{comma}{a.duplicate_of}" if a.duplicate_of in sources else a.duplicate_of
        dup = f"  ({say('copy of {original}', original=original)})" if a.duplicate_of else ""
        out.print(f"\n[bold]{_e(a.id)}[/bold] {_e(f'[{a.lang}]')} {_e(source_name(a.source))} "
                  f"{_e(_article_when(a, ev))}{dup}", markup=True)
        out.print(f"  {a.title}", markup=False)
        for note in site_notes(a):  # its site updated it, or its page is gone: as the pages say it
            out.print(f"  {note}", markup=False, style="dim")
        out.print(f"  {clip(a.lead, 400)}", markup=False)
        if a.dates:  # each at the precision the text gave: "2000", "Sep 2023", "2024-06-19"
            # a range of days is one entry, as on the article page (serialize.dates_once_json)
            rows = [dates_phrase(ms, row["until"], *(_worded_date(ms, row["until"]) if worded else ()), said=say)
                    for ms, row in zip(dates_once(a.dates), dates_once_json(a.dates)) if not row["closes_range"]]
            out.print(f"  {say('dates:')} " + semi.join(rows[:12]), markup=False, style="dim")
        for r, n in removals_once(a.removed):  # the page's label, the rule's id in brackets to grep for
            times = (f"{comma}{count(n, 'time')}" if worded else f", {n} times") if n > 1 else ""
            out.print(f"  {say('removed')} ({say(residue_label(r.rule))} [{r.rule}]{times}){colon}{clip(r.text, 100)}",
                      markup=False, style="dim")


def site_notes(a) -> list[str]:
    """What a report's (or a search hit's) site did to it since it was stored, in the --lang
    reader's words, as the pages' ``site_notes`` macro says it: :func:`updated_note` (the text
    shown is the newest) and "gone from its site since <when> UTC; text kept" (its page
    answered 404/410 to ``storyline refresh``; the stored text is shown)."""
    notes = [updated_note(a.revised)] if a.revised else []
    if a.gone:
        notes.append(say("gone from its site since {when} UTC; text kept", when=a.gone[:16]))
    return notes


def updated_note(revised: tuple[str, int]) -> str:
    """What :attr:`Article.revised` says, in the --lang reader's words, as the pages say it:
    "updated 2026-12-07 16:02 UTC; earlier revisions: 1" (the count after a colon: no noun to agree)."""
    when, n = revised
    return say("updated {when} UTC; earlier revisions: {n}", when=when[:16], n=n)


def _worded_date(mentions, until: dict | None) -> tuple[str, str]:
    """``dates_phrase``'s label and "N mentions" in the --lang reader's words ("сент. 2023 г.")."""
    last = as_date(until["value"]) if until else None
    end = f" – {shown_date(last) if last else until['label']}" if until else ""
    return shown_date(mentions[0].value, mentions[0].precision) + end, count(len(mentions), "mention")


def cmd_stories(args) -> int:
    app = _app(args)
    lang = getattr(args, "lang", None)
    named = _named(app, app.stories(), lang)
    _say_if_empty(app, args, bool(named))
    app.close()
    rows = [r for r, _ in named]
    if args.json:
        _print_json(_listed_json(named, story_dict, lang))
        return 0
    with worded_in(lang):  # the fixed wording in the --lang reader's language (English the fallback)
        _print_stories(rows, lang)
    return 0


def _print_stories(rows: list, lang: str | None) -> None:
    table = _list_table("story", len(rows),
                        ("id", "events", "articles", "sources", "languages", "first", "last", "headline"))
    for s in rows:
        first, last = _dates_cell(s.day, s.last_date, s.n_undated)  # its earliest happening (store.happened_column)
        if s.happened:
            first += f"\n[dim]{_e(first_reported(_date(s.first_date), lang))}[/dim]"
        table.add_row(str(s.id), str(len(s.event_ids)), str(s.n_articles),
                      _e(sources_said(s)), " ".join(s.languages), first, last, _e(s.headline))
    print_list(table, table.columns[-1].header)


def cmd_story(args) -> int:
    from storyline.cli_facts import print_summary
    from storyline.serialize import story_detail_json

    app = _app(args)
    detail = app.story_detail(args.story_id, lang=args.lang)
    app.close()
    if detail is None:
        _err().print(f"no story with id {args.story_id}", markup=False)
        return 2
    if args.json:
        _print_json(story_detail_json(detail))
        return 0
    with worded_in(args.lang):  # the fixed wording in the --lang reader's language (English the fallback)
        _print_story(detail, args.lang or "en")
    return 0


def _print_story(detail, lang: str) -> None:
    from storyline.cli_facts import print_summary

    st, view = detail.story, detail.facts
    out = _console()
    colon = say(": ")  # the --lang reader's label mark (French "\u00a0: ")
    out.print(f"[bold]{say('Story {n}', n=st.id)}[/bold]{colon}{_e(st.headline)}", markup=True)
    note = undated_said(st.n_undated)
    comma, semi = say(", "), say("; ")  # the --lang reader's separators (Arabic's "،" and "؛")
    out.print(f"{count(len(st.event_ids), 'event')}{comma}{count(st.n_articles, 'article')}{comma}"
              f"{sources_said(st)}{comma}{' '.join(st.languages)}{comma}"
              f"{event_span(st.day, st.last_date, st.first_date) if st.happened else _days(st.first_date, st.last_date)}"
              f"{semi + note if note else ''}{semi}"
              f"{say('names:')} {comma.join(e.name for e in detail.entities[:8])}", markup=False)
    print_summary(out, view, facts=False, events=detail.events)
    for e in detail.timeline:
        if e.kind != "event":
            tag = "mentioned" if page_lang() == "en" else say("mentioned in the coverage:").rstrip(":").rstrip()
        elif e.placed_by == "content" and page_lang() == "en":
            tag = f"event {e.event_id}; this report states no date: {PLACED_BY_CONTENT}"
        elif e.placed_by == "content":  # as the story page's badge says it
            tag = f"{say('Event {n}', n=e.event_id)}{semi}{say(DATE_UNKNOWN)} · {say(PLACED_BY_CONTENT)}"
        else:
            tag = f"event {e.event_id}" if page_lang() == "en" else say("Event {n}", n=e.event_id)
        # a title in another language than the reader's is tagged, with its aligned gloss (facts.chronology)
        told = f"[{e.title_lang}] {e.title}" if e.kind == "mentioned" and e.title_lang not in (None, lang) else e.title
        gloss = f" ({e.gloss_lang}{comma}{say('aligned')}{colon}{quoted(e.gloss, page_lang())})" if e.gloss else ""
        dated = span_date(e.date, e.precision, e.until, e.reported) if e.date is not None else say(DATE_UNKNOWN)
        out.print(f"\n[bold]{_e(dated)}[/bold]  ({_e(tag)}) {_e(told)}{_e(gloss)}", markup=True,
                  soft_wrap=True)
        for c in e.citations:
            when = shown_date(c.published)  # the --lang reader's form (English: the ISO day)
            out.print(f"    [{c.lang}] {source_name(c.source)}{comma}{when}{comma}{c.article_id}{colon}"
                      + quoted(clip(c.sentence, 200), page_lang()), markup=False, style="dim")


def _not_the_database(output: str, db: str) -> None:
    """Refuse ``-o`` naming the database (or its -wal/-shm): the export was
    written over it and the database was gone."""
    from storyline.store import is_postgres_url, sqlite_path

    if is_postgres_url(db):
        return
    base = os.path.realpath(sqlite_path(db))
    target = os.path.realpath(output)
    same = target in (base, base + "-wal", base + "-shm", base + "-journal") or (
        os.path.exists(output) and os.path.exists(base) and os.path.samefile(output, base))
    if same:
        raise ValueError(f"-o {output} is the database itself (--db {db}); writing the export "
                         f"there would destroy it: name another file")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def cmd_export(args) -> int:
    """Write to ``-o`` only once the export is whole: it goes to a temporary file
    beside it, renamed over ``-o`` at the end, so a failed or interrupted export
    leaves an earlier file of that name as it was (it used to be emptied first)."""
    import tempfile

    from storyline.cli_common import check_file_path

    if args.output:
        check_file_path(args.output, "-o")
        _not_the_database(args.output, args.db)
    app = _app(args)
    tmp = None
    try:
        if args.output:
            folder = os.path.dirname(os.path.abspath(args.output))
            try:
                fd, tmp = tempfile.mkstemp(dir=folder, prefix=os.path.basename(args.output) + ".",
                                           suffix=".part")
            except OSError as exc:
                raise ValueError(f"-o {args.output}: cannot write in folder {folder} "
                                 f"({exc.strerror or exc})") from None
            out = open(fd, "w", encoding="utf-8", newline="")
        else:
            out = sys.stdout
        with out if args.output else nullcontext(out):
            if args.format == "facts":  # a summary per event: minutes on a large database
                from storyline.cli_common import working
                from storyline.service_facts import export_facts
                with working("exporting each event's summary and facts…"):
                    n = export_facts(app, out, args.lang)
            else:
                n = app.export(args.format, out)
            out.flush()
        if tmp:  # the mode a plain open would give (mkstemp's is 0600), or the old file's
            os.chmod(tmp, os.stat(args.output).st_mode & 0o777 if os.path.exists(args.output)
                     else 0o666 & ~_umask())
            os.replace(tmp, args.output)
            tmp = None
    finally:
        if tmp:
            os.unlink(tmp)
        app.close()
    _err().print(f"exported {plural(n, 'event' if args.format == 'facts' else 'article')}")
    return 0
