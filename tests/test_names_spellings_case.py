"""A name's other spellings, once across letter case (h-ui15).

A dateline writes the city in capitals ("MOSCOW —", "MOSKAU (dpa) -"), and the
Names list gave "Moskau · Москва · MOSCOW · …" beside "Moscow", as if MOSCOW
were another spelling; ``storyline entity`` printed "aliases: Moscow | MOSCOW |
MOSKAU | Moskau", the name itself first.  Both now give the other spellings
(``wording.other_spellings``); the JSON keeps every alias as stored.
"""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from storyline.api import create_app
from storyline.cli import main as cli_main

ROWS = [
    {"id": "m1", "title": "Russia's central bank raises key rate", "lang": "en", "published": "2023-12-15",
     "source": "Wire A", "text": "MOSCOW — Russia's central bank raised its key interest rate to 16 percent on "
     "Friday, the bank said in a statement, as the rouble weakened against the dollar.\nThe decision was "
     "announced in Moscow after a board meeting."},
    {"id": "m2", "title": "Rouble falls as Moscow weighs rate move", "lang": "en", "published": "2023-12-14",
     "source": "Wire B", "text": "The rouble fell against the dollar on Thursday as traders in Moscow waited for "
     "the central bank's decision on interest rates, analysts said."},
    {"id": "m3", "title": "Russische Zentralbank erhöht Leitzins", "lang": "de", "published": "2023-12-15",
     "source": "Blatt C", "text": "MOSKAU (dpa) - Die russische Zentralbank hat den Leitzins am Freitag auf 16 "
     "Prozent erhöht, teilte die Notenbank in Moskau mit."},
]


@pytest.fixture(scope="module")
def dateline_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("datelines")
    src = folder / "datelines.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    db = str(folder / "datelines.db")
    assert cli_main(["--db", db, "ingest", "-q", str(src)]) == 0
    return db


def test_other_spellings_leave_out_the_name_and_its_capitals():
    from storyline.wording import other_spellings

    assert other_spellings("Moscow", ["Moscow", "MOSCOW", "MOSKAU", "Moskau", "Москва"]) == ["Moskau", "Москва"]
    assert other_spellings("मास्को", ["PARIS", "Paris"]) == ["Paris"]   # the one not in capitals stands
    assert other_spellings("Moscow", ["MOSKAU"]) == ["MOSKAU"]          # capitals alone stay
    assert other_spellings("Kim", ["Ким", "किम"]) == ["Ким", "किम"]       # other scripts are other spellings


def test_entity_prints_the_other_spellings_once(dateline_db, capsys):
    capsys.readouterr()
    assert cli_main(["--db", dateline_db, "entity", "Moscow"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "also written: Moskau", lines
    assert cli_main(["--db", dateline_db, "entity", "Moscow", "--json"]) == 0
    assert {"MOSCOW", "Moskau", "Moscow"} <= set(json.loads(capsys.readouterr().out)["aliases"])
    assert cli_main(["--db", dateline_db, "entity", "Russia"]) == 0  # one spelling: said, not "also written: "
    assert capsys.readouterr().out.splitlines()[1] == "no other spelling"


def test_the_names_list_gives_a_datelines_capitals_as_no_other_spelling(dateline_db):
    with TestClient(create_app(dateline_db, None), base_url="http://localhost") as client:
        html = client.get("/entities").text
    row = html[html.index('>Moscow</a>'):]
    also = row[row.index('class="aliases">') + len('class="aliases">'):row.index("</td>", row.index('class="aliases"'))]
    assert also.strip() == "Moskau", also
