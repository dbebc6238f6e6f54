"""CLI output of facts and summaries (``show`` and ``story``): formatting only."""
from __future__ import annotations

from typing import Any

from storyline.facts.render import facts_json  # noqa: F401  (the --json fields)
from storyline.reader_words import count, no_report_said, page_lang, say
from storyline.reader_words_dates import as_date, shown_date

BADGE = {"corroborated": "green", "single-source": "yellow", "conflicting": "red"}  # each label's colour
_LEFT_OUT_END = "(each event's page summarises it)."  # the catalogue's key, as the story page ends it
_ABOVE = "the summary's are above"  # the catalogue's key


def _e(text: str) -> str:
    from rich.markup import escape
    return escape(text)


def _line(out, f: dict[str, Any], indent: str = "  ") -> None:
    langs = "/".join(f["languages"])
    tag = _e(f"[{f['lang']}]")
    unknown = f" ({say('{n} of unknown source', n=f['unknown_source_reports'])})" if f["unknown_source_reports"] else ""
    badge = f"[{BADGE[f['label']]}]{say(f['label'])}[/{BADGE[f['label']]}]"  # in the --lang reader's words
    out.print(f"{indent}{badge} {count(f['reports'], 'report')}"
              f"{_e(unknown)}{say(', ')}{langs}{say(': ')}{tag} {_e(f['text'])}", markup=True, soft_wrap=True)
    if f.get("context"):  # the sentence it leans on ("He said …" after the one naming him), quiet, cited
        # under its fact, indented as the fact's other lines: printed above it and two deeper, it
        # read as the fact above's (h-audit7's item 1; the page has it inside the fact's own item)
        c = f["context"]
        out.print(f"{indent}    {say('before it in {source}:', source=c['source'])} "
                  f"[{c['lang']}] {c['text']}", markup=False, style="dim", soft_wrap=True)
    if f["gloss"]:  # the sentence aligned with it, not a translation ("=" said one), as the web page says
        out.print(f"{indent}    {say('aligned with')} [{f['gloss']['lang']}] {f['gloss']['text']}", markup=False,
                  style="dim", soft_wrap=True)
    for c in f["conflicts"]:
        # each disagreement headed, as on the page: Morocco's toll listed seven pairs of sides in one run,
        # so "1 037 / 632" (dead) and "1 204 / 300" (injured) read as four values of one thing
        apart = f" ({say('reported on different days, so the later may update the earlier rather than dispute it')})" \
            if c.get("reported_apart") else ""  # in the --lang reader's words, as the page says it
        out.print(f"{indent}    {say('Sources disagree:')}{apart}", markup=False, style="red")
        for side in c["sides"]:
            who = say("; ").join(f"{s['source']} [{s['lang']}{_copy(s)}] {shown_date(as_date(s.get('published')))} "
                            f"{s['article_id']}"  # when: a toll that rose is not a dispute; a copy
                            for s in side["supports"])  # is no second voice on its side
            compared = f" ({say('compared as {value}', value=side['compared'])})" if side.get("compared") else ""
            out.print(f"{indent}      {say(c['kind'])} {side['value']!r}{compared}{say(': ')}{who}", markup=False, style="red")


def _copy(s: dict[str, Any]) -> str:
    """A copy's mark: a fact of "5 reports" listed six sources, one a syndicated copy."""
    if not s.get("duplicate_of"):
        return ""
    comma = say(", ")  # the --lang reader's (Arabic's "،")
    return f"{comma}{say('copy of {original}', original=s['copy_of'])}" if s.get("copy_of") else f"{comma}{say('a copy')}"


def print_summary(out, view: dict[str, Any], facts: bool = True, events=None) -> None:
    """The summary (every line cited) and, with ``facts``, every fact with its badge:
    those more than one report states, then those only one does.

    ``events`` (a story's event rows): the summary is told event by event, each
    run headed by its event's id, first date and headline (``facts_by_event``)."""
    from storyline.details import facts_by_event, more_facts, restated_facts, single_facts

    counts = view["counts"]
    # a story's counts are its events' together, most of them not listed here (as its page says)
    single = count(counts["single-source"], "single-source fact")
    if events is not None:
        single = (f"{single} in its events; `show EVENT` lists each one's" if page_lang() == "en"  # the --lang
                  else say("{facts} in its events: each event's page lists them all", facts=single))  # reader's
    comma, semi = say(", "), say("; ")  # the --lang reader's separators (Arabic's "،" and "؛")
    out.print(f"\n[bold]{say('Summary')}[/bold] ({view['lang']}{semi}{count(counts['corroborated'], 'corroborated fact')}"
              f"{comma}{count(counts['conflicting'], 'conflicting fact')}{comma}{single})", markup=True)
    note = no_report_said(view)  # "Summary (ja" over English facts says why (in the --lang reader's words)
    if note:
        out.print(f"  {note}", markup=False, style="dim")
    runs = facts_by_event(view["summary"], events) if events is not None else [(None, view["summary"])]
    for ev, run in runs:
        if ev is not None:
            when = shown_date(ev.day)  # its happening's (store.happened_column), in the --lang reader's form (English: ISO)
            which = f"event {ev.id}" if page_lang() == "en" else say("Event {n}", n=ev.id)
            out.print(f" [bold]{when}[/bold] {which}{say(': ')}{_e(ev.headline)}", markup=True, soft_wrap=True)
        for f in run:
            _line(out, f)
            cites = comma.join(sorted({f"{s['source']} [{s['lang']}{_copy(s)}]" for s in f["supports"]}))
            out.print(f"      {say('sources:')} {cites}", markup=False, style="dim", soft_wrap=True)
    if view.get("left_out") and page_lang() != "en":  # as the story page says it, in the --lang reader's words
        out.print(f" {say('Not in this summary, too long for it:')} "
                  f"{comma.join(say('event {n}', n=e) for e in view['left_out'])} "
                  f"{say(_LEFT_OUT_END)}", markup=False)
    elif view.get("left_out"):
        out.print(f" (not in this summary, too long for it: event{'s' if len(view['left_out']) > 1 else ''} "
                  f"{', '.join(map(str, view['left_out']))}; each event's page summarises it)", markup=False)
    more = more_facts(view) if facts else []
    restated = restated_facts(view, more) if facts else 0
    worded = page_lang() != "en"  # the --lang reader's words, as the event page says them
    if restated and not more:
        said = say(f"{{n}} more {'fact' if restated == 1 else 'facts'} stated by more than one report "
                   f"{'says' if restated == 1 else 'say'} only what is shown here already.", n=restated)
        out.print(f"\n{said if worded else said.removesuffix('.')}", markup=False)
    if more:
        also = say(f"; {{n}} more {'says' if restated == 1 else 'say'} only what is shown here already",
                   n=restated) if restated else ""
        out.print(f"\n[bold]{say('More facts stated by more than one report')}[/bold] ({len(more)}{semi}"
                  f"{_e(say(_ABOVE))}{_e(also)})", markup=True)
        for f in more:
            _line(out, f)
    # counted above ("12 single-source facts") and, as on the event page, listed: `show`
    # had listed none of them, though `story` sends its reader here for them
    single = single_facts(view) if facts else []
    if single:
        shown = len(view["summary"]) - sum(f["label"] != "single-source" for f in view["summary"])
        above = f"; the summary's {shown} {'is' if shown == 1 else 'are'} above" if shown else ""
        if shown and worded:
            above = say("; the summary's {n} are above", n=shown)
        out.print(f"\n[bold]{say('Stated by one report only')}[/bold] ({len(single)}{above})", markup=True)
        for f in single:
            _line(out, f)
