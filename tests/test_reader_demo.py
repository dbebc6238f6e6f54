"""The demo read as a fact-checker reads it (issue 12): every fact states a
sentence, a conflict is headed by a sentence that states a disputed value,
the event page keeps the headline its list showed, and quotes are never cut
mid-word."""
from __future__ import annotations

import re

from storyline import demo
from storyline.cli import main as cli_main
from storyline.reader_words import count, say


def _event_of(app, external_id: str) -> int:
    """The event of the demo report with this id in the demo's own records."""
    for a in app.store.articles():
        if a.external_id == external_id:
            return a.event_id
    raise AssertionError(external_id)


def _derna(app) -> int:
    labels = demo.labels()
    ids = [r["id"] for r in demo.records() if labels[r["id"]]["event"].startswith("derna")]
    return _event_of(app, ids[0])


def test_every_fact_states_a_sentence_and_a_conflict_its_disputed_value(demo_app):
    app, _ = demo_app
    for ev in app.store.events():
        view = app.event_summary(ev.id, "en")
        for f in view["facts"] + view["summary"]:
            assert f["text"].strip(), (ev.id, f["id"])  # stored offsets follow the cleaned text
            assert all(s["text"].strip() for s in f["supports"]), (ev.id, f["id"])
    derna = app.event_summary(_derna(app), "en")
    conflicts = [f for f in derna["facts"] if f["label"] == "conflicting"]
    assert conflicts
    for f in conflicts:
        disputed = {s["text"] for c in f["conflicts"] for side in c["sides"] for s in side["supports"]}
        assert f["sentence"] in disputed, f["text"]  # not "the two dams above Derna gave way"


def test_what_a_reader_is_shown_is_found_in_the_sentence_cited(demo_app):
    """Trimming a dateline (:mod:`storyline.facts.trim`) shows a part of the
    cited sentence, never other words: every fact's ``text`` is derivable from
    its ``sentence``, which is one of its supports, whole; and the demo's
    leads are shown without their datelines ("PYONGYANG — ", "Wostotschny (dpa) - ")."""
    from storyline.facts.trim import derivable
    app, _ = demo_app
    trimmed = 0
    for ev in app.store.events():
        for lang in ("en", "de", "hi"):
            view = app.event_summary(ev.id, lang)
            for f in view["facts"] + view["summary"]:
                assert f["sentence"] in {s["text"] for s in f["supports"]}, f["text"]
                assert derivable(f["text"], f["sentence"]), f["text"]
                trimmed += f["text"] != f["sentence"].strip()
                assert not re.match(r"^(PYONGYANG|MOSCOW|TSIOLKOVSKY)\b|^\w+ \(dpa\)", f["text"]), f["text"]
    assert trimmed


def test_the_event_page_keeps_the_headline_of_the_list(demo_app):
    app, _ = demo_app
    titles = {(a.event_id, a.lang): a.title for a in app.store.articles()}
    for ev in app.store.events():
        assert app.event_summary(ev.id, "en")["headline"] == ev.headline, ev.id
        hindi = app.event_summary(ev.id, "hi")["headline"]
        if (ev.id, "hi") in titles:  # a Hindi reader gets a Hindi report's title
            assert re.search(r"[\u0900-\u097f]", hindi), hindi
        else:
            assert hindi == ev.headline


def test_story_quotes_are_cut_at_a_word(demo_app, capsys):
    app, _ = demo_app
    db = str(app.store.path)
    sentences = [" ".join(s.split()) for a in app.store.articles() for s in a.sentences]
    capsys.readouterr()
    cut = 0
    for st in app.store.stories():
        assert cli_main(["--db", db, "story", str(st.id)]) == 0
        out = " ".join(capsys.readouterr().out.split())
        for quote in re.findall(r"“([^”]+)”", out):
            if not quote.endswith("…"):
                continue
            cut += 1
            head = quote[:-1]
            whole = [s for s in sentences if s.startswith(head)]
            assert whole and all(len(s) == len(head) or not s[len(head)].isalnum() for s in whole), quote
    assert cut  # the demo's long leads are cut


def test_a_syndicated_copy_is_cited_as_a_copy_of_its_original(demo_app, capsys):
    """Derna's lead fact said "5 reports" and listed six sources: one is a copy."""
    app, _ = demo_app
    derna = _derna(app)
    lead = app.event_summary(derna, "en")["summary"][0]
    copies = [s for s in lead["supports"] if s["duplicate_of"]]
    assert copies and all(s["copy_of"] and s["copy_of"] != s["source"] for s in copies)
    capsys.readouterr()
    assert cli_main(["--db", str(app.store.path), "show", str(derna)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"{copies[0]['source']} [{copies[0]['lang']}, copy of {copies[0]['copy_of']}]" in out


def test_the_event_page_names_a_copys_original_by_its_source(demo_app):
    """A copy's original is named by its source: "near-copy of 9bba710c18d4fd9c"
    told a reader nothing.  The article page does the same."""
    from fastapi.testclient import TestClient

    from storyline.api import create_app

    app, _ = demo_app
    copy = next(a for a in app.store.articles() if a.duplicate_of)
    original = app.article(copy.duplicate_of)
    with TestClient(create_app(str(app.store.path), "tok"), base_url="http://localhost") as client:
        pages = [client.get(f"/events/{copy.event_id}").text, client.get(f"/articles/{copy.id}").text]
    for html in pages:
        assert f'near-copy of <a href="/articles/{original.id}">{original.source}</a>' in html


def test_an_event_summary_keeps_its_budget_for_every_reader(demo_app):
    """The summary counts the sentences its reader is shown (a gloss beside
    one is not counted, as in a story's summary).  The stored summary counted
    each fact's first sentence: a reader of a language no report of the ECB
    event is in (Hindi, Russian, Japanese) was shown English ones instead of
    short German ones, 215 words of 120.  Every reader language of the demo,
    and languages it has no report in."""
    from storyline.facts.summarise import SUMMARY_WORDS, words

    app, _ = demo_app
    over = []
    for ev in app.store.events():
        for lang in ("en", "de", "es", "fr", "hi", "ru", "it", "ja"):
            summary = app.event_summary(ev.id, lang)["summary"]
            shown = sum(words(f["text"]) for f in summary)
            if len(summary) > 1 and shown > SUMMARY_WORDS * 1.1:  # mmr's tenth over, for the last fact
                over.append((ev.id, lang, shown))
            readable = [f for f in summary if f["lang"] == lang]
            if lang in ev.languages:  # still the reader's own language first
                assert readable, (ev.id, lang)
    assert not over, over


def test_a_disagreement_of_different_days_says_the_later_may_be_an_update(demo_app, capsys):
    """Derna's 2,000 (12 September) against 5,000 (14th) and Morocco's 1,037
    (9th) against 2,000 (10th) were headed only "Sources disagree on the
    number": a fact-checker took a rising toll for a dispute.  Sides of one
    day (Morocco's 1,037 and 632 dead, both of the 9th), or a side with an
    undated report, are not said to be apart."""
    from fastapi.testclient import TestClient

    from storyline.api import create_app
    from storyline.facts.render import reported_apart

    app, _ = demo_app
    client = TestClient(create_app(str(app.store.path), "tok"), base_url="http://localhost")
    facts = {ev.id: app.event_summary(ev.id, "en")["facts"] for ev in app.store.events()}
    apart = {eid: [reported_apart(c["sides"]) for f in fs for c in f["conflicts"]] for eid, fs in facts.items()}
    apart = {eid: flags for eid, flags in apart.items() if flags}
    assert sum(map(sum, apart.values())) >= 2  # Derna's and Morocco's rising tolls
    for eid, flags in apart.items():
        html = client.get(f"/events/{eid}").text
        heads = re.findall(r'<p class="conflict-kind">(.*?)</p>', html, flags=re.S)
        assert ["reported on different days" in h for h in heads] == flags, heads
        capsys.readouterr()
        assert cli_main(["--db", str(app.store.path), "show", str(eid)]) == 0
        assert ("reported on different days" in capsys.readouterr().out) == any(flags)

    def side(*days):
        return {"supports": [{"published": d} for d in days]}
    assert reported_apart([side("2023-09-12", "2023-09-12"), side("2023-09-14")])
    assert reported_apart([side("2023-09-14"), side("2023-09-10", "2023-09-12")])
    assert not reported_apart([side("2023-09-12", "2023-09-14"), side("2023-09-13")])
    assert not reported_apart([side("2023-09-12"), side("2023-09-12")])
    assert not reported_apart([side("2023-09-12", None), side("2023-09-14")])
    # an undated copy of a report on its side is dated by its original (Derna's reprint)
    wire = {"article_id": "w", "published": "2023-09-12"}
    reprint = {"article_id": "r", "published": None, "duplicate_of": "w"}
    assert reported_apart([{"supports": [wire, reprint]}, side("2023-09-14")])
    assert not reported_apart([{"supports": [reprint]}, side("2023-09-14")])


_RESTATED = ("; {n} more says only what is shown here already", "; {n} more say only what is shown here already",
             "{n} more fact stated by more than one report says only what is shown here already.",
             "{n} more facts stated by more than one report say only what is shown here already.")


def _counted(noun: str, lang: str) -> str:
    """A regular expression for ``count(n, noun, lang)``, any n (one group: the number)."""
    forms = {count(n, noun, lang).replace(str(n), "", 1).strip() for n in (0, 1, 2, 5, 21)}
    return r"(\d+) (?:" + "|".join(map(re.escape, sorted(forms))) + ")"


def test_every_fact_counted_above_the_summary_is_listed_or_said_to_be_shown(demo_app, capsys):
    """Event pages counted "18 corroborated" over a summary of 4 and "13 beyond
    the summary's 4": a fact that only restates sentences already shown is
    not listed again, and the page now says how many there are, so the
    counts add up for a reader who checks them (and in ``show``)."""
    from fastapi.testclient import TestClient

    from storyline.api import create_app

    app, _ = demo_app
    client = TestClient(create_app(str(app.store.path), "tok"), base_url="http://localhost")
    said_any = False
    for ev in app.store.events():
        for lang in ("en", "ru"):
            html = client.get(f"/events/{ev.id}", params={"lang": lang}).text
            counts = (_counted("corroborated fact", lang) + r"(?:&nbsp;| )· "  # worded for the reader (h-ui20)
                      + _counted("conflicting fact", lang))  # in its plural forms (h-ui27)
            cor, con = map(int, re.search(counts, html).groups())
            shown = html[html.index('class="summary"'):]
            shown = shown[:shown.index('class="facts-single"')] if 'class="facts-single"' in shown else shown
            listed = len(re.findall(r'<li class="fact (?:corroborated|conflicting)"', shown))
            more = next(filter(None, (re.search(re.escape(say(key, lang, n="@@")).replace("@@", r"(\d+)"), html)
                                      for key in _RESTATED)), None)  # in the reader's words (h-ui23)
            said_any |= bool(more)
            assert listed + (int(more.group(1)) if more else 0) == cor + con, (ev.id, lang)
    assert said_any
    from storyline.details import more_facts, restated_facts

    for ev in app.store.events():
        view = app.event_summary(ev.id, "en")
        if not restated_facts(view, more_facts(view)):
            continue
        capsys.readouterr()
        assert cli_main(["--db", str(app.store.path), "show", str(ev.id)]) == 0
        assert re.search(r"(\d+) more (?:facts? stated by more than one report )?says? only what is "
                         r"shown here already", capsys.readouterr().out), ev.id


def test_a_copy_on_a_side_of_a_disagreement_is_marked_as_a_copy(demo_app, capsys):
    """Derna's "2,000" side listed Coastline Post beside Meridian Press Agency,
    the wire it reprints, as if a fourth voice: the citations below said "copy
    of …: not counted again", the side did not (page and ``show``)."""
    from fastapi.testclient import TestClient

    from storyline.api import create_app

    app, _ = demo_app
    derna = _derna(app)
    sides = [side for f in app.event_summary(derna, "en")["facts"] for c in f["conflicts"] for side in c["sides"]]
    copies = [s for side in sides for s in side["supports"] if s["duplicate_of"]]
    assert copies, "no copy on a side of Derna's disagreement"
    with TestClient(create_app(str(app.store.path), "tok"), base_url="http://localhost") as client:
        html = client.get(f"/events/{derna}").text
    shown = " ".join(re.findall(r'<div class="side">(.*?)</div>', html, flags=re.S))
    for s in copies:
        assert re.search(rf'<a href="/articles/{s["article_id"]}(?:\?cite=\d+-\d+#cited)?">{re.escape(s["source"])}</a> '
                         r'<span class="badge lang">[a-z]+</span>, <time[^>]*>[^<]+</time> <span class="note">'
                         rf'\(copy of {re.escape(s["copy_of"])}: not counted again\)</span>:', shown), s
    capsys.readouterr()
    assert cli_main(["--db", str(app.store.path), "show", str(derna)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"{copies[0]['source']} [{copies[0]['lang']}, copy of {copies[0]['copy_of']}] " \
           f"{copies[0]['published'] or 'date unknown'} {copies[0]['article_id']}" in out


def test_coverage_by_source_says_which_articles_are_copies(demo_app):
    """The "By source" table counts every article of a source, copies too,
    while the header counts independent sources only: Derna's page listed 14
    names under "11 independent sources" and nothing said why.  A source's
    row now says how many of its articles are near-copies, on the event and
    the story page and in the API's coverage."""
    import html as html_lib

    from fastapi.testclient import TestClient

    from storyline.api import create_app

    app, _ = demo_app
    copies = [a for a in app.store.articles() if a.duplicate_of]
    assert copies
    copy = copies[0]
    story = app.store.story_map()[copy.event_id]
    with TestClient(create_app(str(app.store.path), "tok"), base_url="http://localhost") as client:
        pages = [client.get(f"/events/{copy.event_id}").text, client.get(f"/stories/{story}").text]
        cov = client.get(f"/api/events/{copy.event_id}").json()["coverage"]
    n = sum(1 for a in app.store.articles(event_id=copy.event_id) if a.duplicate_of and a.source == copy.source)
    assert cov["copies"].get(copy.source) == n
    assert set(cov["copies"]) <= set(cov["sources"])
    for page in pages:
        table = html_lib.unescape(page.split("<caption>By source</caption>", 1)[1].split("</table>", 1)[0])
        row = next(r for r in table.split("<tr>") if f"<td>{copy.source} " in r)
        assert "near-cop" in row and "not counted again" in row
        plain = [r for r in table.split("<tr>")[2:] if "near-cop" not in r]
        assert plain  # the originals' rows say nothing of copies


def test_each_disagreement_in_the_terminal_is_headed_as_on_the_page(demo_app, capsys):
    """The demo read as a user (h-audit6): `show` of the Morocco event printed
    its toll's seven disagreements as one run of fourteen "number '…'" lines,
    the note "reported on different days" only after some, so "1 037 / 632"
    (the dead) and "1 204 / 300" (the injured), both of the 9th, read as four
    values of one thing.  Each disagreement now opens with the page's heading,
    its note on that line, and its sides indented under it."""
    app, _ = demo_app
    from storyline.facts.render import reported_apart

    facts = {ev.id: app.event_summary(ev.id, "en")["facts"] for ev in app.store.events()}
    shown = 0
    for eid, fs in facts.items():
        conflicts = [c for f in fs for c in f["conflicts"]]
        if not conflicts:
            continue
        capsys.readouterr()
        assert cli_main(["--db", str(app.store.path), "show", str(eid)]) == 0
        lines = capsys.readouterr().out.splitlines()
        heads = [ln for ln in lines if "Sources disagree:" in ln]
        # every conflict once, in the summary or in the lists below it
        assert len(heads) >= len(conflicts) and len(heads) % len(conflicts) == 0, (eid, heads)
        flags = [reported_apart(c["sides"]) for c in conflicts]
        assert ["reported on different days" in h for h in heads[:len(conflicts)]] == flags, heads
        for i, ln in enumerate(lines):
            if "Sources disagree:" in ln:
                depth = len(ln) - len(ln.lstrip())
                side = lines[i + 1]  # (the next side may follow a wrapped line)
                assert re.match(r"\s+\w+ '", side) and len(side) - len(side.lstrip()) > depth, lines[i:i + 3]
        shown += 1
    assert shown >= 2  # Morocco's and Derna's tolls
