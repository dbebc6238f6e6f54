"""Dates as a reader meets them: planned happenings resolved through the real
pipeline (the demo's Luna-25 / Chandrayaan-3 reports), dates shown at the
precision the text gave, cited with their sentence, and ``storyline bench dates``."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from fastapi.testclient import TestClient

from storyline import demo
from storyline.analyse.dates import resolve_dates
from storyline.api import create_app
from storyline.cli import main
from storyline.ingest.readers import from_record
from storyline.records import date_iso, date_label
from storyline.service import Storyline

D = dt.date
MOON_REPORTS = ("a-015", "a-017", "a-018")  # Luna-25 crash reports of 2023-08-20 (ru, en, en)
PRECISION = {"id": "precision-en", "lang": "en", "date": "2024-06-21", "source": "test.example",
             "title": "Putin ends first Pyongyang visit since 2000",
             "text": "Putin left Pyongyang on Thursday. It was his first visit since 2000, and the "
                     "two leaders had last met in September 2023. Officials said a return visit "
                     "is planned for next year. Before Thursday, no Russian leader had been to "
                     "Pyongyang since 2000."}
# the seed 002's subheading "Possible meeting in Moscow on Tuesday evening", read on a
# Thursday, was the Tuesday before; "possibly" before a past verb leaves the verb to decide
POSSIBLE = {"id": "possible-en", "lang": "en", "date": "2024-06-20", "source": "test.example",
            "title": "Kim heads for Russia by armoured train",
            "text": "Possible meeting in Moscow on Tuesday evening\n\nNorth Korean leader Kim Jong Un "
                    "is travelling to Russia by special train, officials said. A drone possibly "
                    "crashed near the border on Monday, local media reported."}


@pytest.fixture(scope="module")
def db_file(tmp_path_factory) -> str:
    """The three demo reports and one of our own, through the real service."""
    path = str(tmp_path_factory.mktemp("dates") / "storyline.db")
    rows = {r["id"]: r for r in demo.records()}
    items = [from_record(rows[i], f"demo:{i}") for i in MOON_REPORTS]
    items += [from_record(PRECISION, "test:precision"), from_record(POSSIBLE, "test:possible")]
    app = Storyline(path)
    report = app.ingest(items)
    app.close()
    assert not report.failed and len(report.added) == len(items), report.as_dict()
    return path


def _stored(db_file: str) -> dict[str, object]:
    app = Storyline(db_file)
    try:
        return {a.external_id: a for a in app.articles()}
    finally:
        app.close()


def _value(article, phrase: str) -> str:
    hits = [m for m in article.dates if phrase in m.text]
    assert hits, f"{phrase!r} not found among {[m.text for m in article.dates]}"
    return hits[0].iso


def test_planned_happenings_point_forward_through_the_pipeline(db_file):
    """'планировалось выполнить 21 августа', 'had been due to touch down … on Monday' and
    'is due to attempt its own touchdown … on Wednesday' in reports of Sunday 2023-08-20."""
    arts = _stored(db_file)
    ru, en = arts["a-015"], arts["a-018"]
    assert ru.published == en.published == D(2023, 8, 20)
    assert _value(ru, "21 августа") == "2023-08-21"
    assert _value(arts["a-017"], "Monday") == "2023-08-21"
    assert _value(en, "Monday") == "2023-08-21"
    assert _value(en, "Wednesday") == "2023-08-23"


@pytest.mark.parametrize("lang,text,phrase,expected", [
    ("en", "The talks were due to resume on Monday.", "Monday", "2023-08-21"),
    ("en", "The talks resumed on Monday.", "Monday", "2023-08-14"),
    ("en", "The seizure took place on the eve of Saturday's expected vote.", "Saturday", "2023-08-26"),
    ("en", "Protests began ahead of Tuesday\u2019s planned launch.", "Tuesday", "2023-08-22"),
    ("en", "The vote took place on Saturday, expected by many to fail.", "Saturday", "2023-08-19"),
    ("en", "Airlifts stopped Wednesday due to logistical issues.", "Wednesday", "2023-08-16"),
    # a passive infinitive and a hyphened adjective are no past verbs (Wikinews: "the
    # draft to be signed … Dec. 9", "a European Union-fashioned community … on Dec. 9")
    ("en", "The draft to be signed by the ten presidents on Wednesday says they will unite.",
     "Wednesday", "2023-08-23"),
    ("en", "A European Union-fashioned bloc of ten nations opens on Wednesday.", "Wednesday", "2023-08-23"),
    ("en", "The treaty was signed on Wednesday.", "Wednesday", "2023-08-16"),
    # "is likely to" is an expectation, a plan (the seed 002's "the meeting is likely to take
    # place in Moscow on Tuesday evening" was read as the Tuesday before); an adverb "likely"
    # leaves the verb after it to decide
    ("en", "The meeting is likely to take place in Moscow on Friday evening.", "Friday", "2023-08-25"),
    ("en", "The fire was likely started on Friday.", "Friday", "2023-08-18"),
    ("ru", "Запуск планировалось провести в среду.", "среду", "2023-08-23"),
    ("ru", "Запуск провели в среду.", "среду", "2023-08-16"),
    ("de", "Die Landung soll am Mittwoch erfolgen.", "Mittwoch", "2023-08-23"),
    ("fr", "Le lancement est prévu le 25 août.", "25 août", "2023-08-25"),
    ("es", "Está previsto que el cohete despegue el jueves.", "jueves", "2023-08-24"),
    ("hi", "लैंडिंग बुधवार को होगी।", "बुधवार", "2023-08-23"),
    ("hi", "लैंडिंग बुधवार को हुई थी।", "बुधवार", "2023-08-16"),
])
def test_plans_and_tenses_in_each_language(lang, text, phrase, expected):
    found = [m for m in resolve_dates(text, D(2023, 8, 20), lang) if phrase in m.text]
    assert [m.iso for m in found] == [expected]


def test_a_possible_happening_points_forward_through_the_pipeline(db_file):
    art = _stored(db_file)["possible-en"]
    assert _value(art, "Tuesday") == "2024-06-25"
    assert _value(art, "Monday") == "2024-06-17"


def test_dates_keep_and_show_their_precision(db_file):
    art = _stored(db_file)["precision-en"]
    shown = {m.text: (m.iso, m.label, m.precision) for m in art.dates}
    assert shown["2000"] == ("2000", "2000", "year")
    assert shown["September 2023"] == ("2023-09", "Sep 2023", "month")
    assert shown["next year"] == ("2025", "2025", "year")
    assert shown["Thursday"] == ("2024-06-20", "2024-06-20", "day")
    assert date_iso(D(2024, 1, 1), "month") == "2024-01" and date_label(D(2024, 1, 1), "month") == "Jan 2024"
    with TestClient(create_app(db_file, None), base_url="http://127.0.0.1") as client:
        api = client.get(f"/api/articles/{art.id}").json()
        assert {d["text"]: d["value"] for d in api["dates"]}["2000"] == "2000"
        page = client.get(f"/articles/{art.id}").text
        assert "2000-01-01" not in page and "2023-09-01" not in page
        assert ">Sep 2023</time>" in page and 'datetime="2023-09"' in page
        # each date is cited with the sentence it came from, on the article and event pages
        assert "“It was his first visit since 2000, and the two leaders had last met in " \
               "September 2023.”" in page
        event = client.get(f"/events/{art.event_id}").text
        assert "2000-01-01" not in event and "2024-01-01" not in event
        assert "2000: mentioned in 1 article, “2000” in “It was his first visit since 2000" in event


def test_a_report_lists_each_date_once_and_not_as_its_own_text(db_file, capsys):
    """``show`` listed "2000 (2000); …; 2000 (2000)" for a report saying 2000
    twice: each resolved date is listed once, with how often it is said, and
    the text only when it says more than the value ("Thursday")."""
    art = _stored(db_file)["precision-en"]
    assert [m.text for m in art.dates].count("2000") == 2
    assert main(["--db", db_file, "show", str(art.event_id)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "Sep 2023" in x)
    assert "2000 (2 mentions)" in line and line.count("2000") == 1, line
    assert "2024-06-20 (Thursday; 2 mentions)" in line and line.count("2024-06-20") == 1, line
    with TestClient(create_app(db_file, None), base_url="http://127.0.0.1") as client:
        page = client.get(f"/articles/{art.id}").text
    assert '>2000</time> <span class="meta">(2 mentions)</span>:' in page and '<q lang="en">2000</q>' not in page
    assert '<q lang="en">Thursday</q>' in page


def test_bench_dates_prints_scores_and_a_json_last_line(tmp_path, capsys):
    sample = tmp_path / "dates.jsonl"
    rows = [
        {"lang": "hi", "published": "2024-06-21", "text": "पिछले सितंबर में किम रूस गए थे।",
         "dates": ["2023-09"]},
        {"lang": "ru", "published": "2023-08-20", "text": "Посадку планировалось выполнить 21 августа.",
         "dates": ["2023-08-21"]},
        {"lang": "en", "published": None, "text": "It happened last Monday, on 3 May 2021.",
         "dates": ["2021-05-03", "2021-05"]},
    ]
    sample.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert main(["bench", "dates", str(sample)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    res = json.loads(lines[-1])
    assert {"precision", "recall", "f1", "by_language"} <= set(res)
    assert set(res["by_language"]) == {"en", "hi", "ru"}
    assert res["by_language"]["hi"]["f1"] == 1.0 and res["by_language"]["ru"]["n"] == 1
    # undated text: only the absolute date resolves, "2021-05" is a miss, nothing spurious
    assert res["by_language"]["en"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "tp": 1,
                                        "predicted": 1, "gold": 2, "n": 1}
    assert any(line.startswith("all") for line in lines[:-1])


def test_bench_dates_names_the_broken_field(tmp_path, capsys):
    sample = tmp_path / "bad.jsonl"
    sample.write_text('{"lang": "en", "published": "21/06/2024", "text": "x", "dates": []}\n',
                      encoding="utf-8")
    assert main(["bench", "dates", str(sample)]) == 2
    assert "bad.jsonl:1: field 'published'" in capsys.readouterr().err


def test_hindi_seed_relative_dates_through_the_pipeline(seeds_dir, tmp_path, capsys):
    """Seed 001 (Putin's Pyongyang visit, given its date with --date 2024-06-21):
    'पिछले सितंबर' is Sep 2023, 'फरवरी में' Feb 2024 and 'बुधवार' 2024-06-19."""
    db = str(tmp_path / "seed.db")
    seed = str(next(seeds_dir.glob("001_*.txt")))
    assert main(["--db", db, "ingest", "--date", "2024-06-21", seed]) == 0
    art = next(iter(_stored(db).values()))
    assert art.lang == "hi" and art.published == D(2024, 6, 21)
    assert _value(art, "पिछले सितंबर") == "2023-09"
    assert _value(art, "फरवरी") == "2024-02"
    assert _value(art, "बुधवार") == "2024-06-19"
    capsys.readouterr()
    assert main(["--db", db, "show", str(art.event_id)]) == 0
    shown = capsys.readouterr().out
    assert "Sep 2023 (पिछले सितंबर)" in shown and "2023-09-01" not in shown


def test_the_article_page_and_api_list_each_date_once(db_file):
    """The article page listed every mention ("2000: “…since 2000…”" and again
    "2000: “…since 2000.”"; "2024-06-20 — “Thursday”" twice), where ``show``
    lists each date once: now each date is one line, with how often it is
    mentioned and every sentence that mentions it; the API keeps ``dates``
    (one row per mention) and adds ``dates_once`` (the list a reader reads)."""
    art = _stored(db_file)["precision-en"]
    with TestClient(create_app(db_file, None), base_url="http://127.0.0.1") as client:
        page = client.get(f"/articles/{art.id}").text
        api = client.get(f"/api/articles/{art.id}").json()
        event = client.get(f"/api/events/{art.event_id}").json()
    listed = page.split('id="h-dates"', 1)[1].split("</section>", 1)[0]
    assert listed.count('datetime="2000"') == 1 and listed.count('datetime="2024-06-20"') == 1, listed
    assert '>2000</time> <span class="meta">(2 mentions)</span>:' in listed, listed
    assert listed.count('<q lang="en">Thursday</q>') == 1, listed
    for sentence in ("It was his first visit since 2000", "no Russian leader had been to Pyongyang since 2000"):
        assert sentence in listed  # both citations are kept, one under the other
    assert [d["text"] for d in api["dates"]].count("2000") == 2  # every mention, as before
    once = {d["value"]: d for d in api["dates_once"]}
    assert len(once) == len(api["dates_once"]) == len({d["value"] for d in api["dates"]})
    assert once["2000"]["mentions"] == 2 and once["2000"]["written"] == [] and len(once["2000"]["sentences"]) == 2
    assert once["2024-06-20"]["written"] == ["Thursday"] and once["2024-06-20"]["label"] == "2024-06-20"
    mine = next(a for a in event["articles_list"] if a["id"] == art.id)
    assert mine["dates_once"] == api["dates_once"]


def test_show_lists_a_range_of_days_as_one_entry(tmp_path, capsys):
    """The article page lists "between April 19 and June 1" as one row; ``show``
    listed its two days as two dates."""
    path = str(tmp_path / "range.db")
    record = {"id": "range-en", "lang": "en", "date": "2024-06-04", "source": "test.example",
              "title": "Results of India's general election",
              "text": "Counting began on Tuesday in India's general election. The seven-phase "
                      "election was held between April 19 and June 1, the election commission said."}
    app = Storyline(path)
    try:
        assert app.ingest([from_record(record, "test:range")], relink=False).added
    finally:
        app.close()
    capsys.readouterr()
    assert main(["--db", path, "show", "1"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "dates:" in x)
    assert "2024-04-19 – 2024-06-01 (April 19 – June 1)" in line and line.count("2024-06-01") == 1, line
