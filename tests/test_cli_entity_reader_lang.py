"""``storyline entity NAME --lang L`` speaks the reader's language, as ``show`` and ``story`` do (h-ui31).

``--lang`` chose the name the reader knows ("plaza Kim Il-sung" for Spanish) but every
word around it stayed English: "(place), 3 mentions", "also written:", "story 1
(2024-06-19)", and "did you mean:" with its "partial match on …".  The words now
come from the catalogue (the Names pages' own: the kind, "Also written", "No single
name is “{find}”. Did you mean:"), the counts and dates are the reader's, and English
and ``--json`` are as they were.  The stores are this module's own, small ones.
"""
from __future__ import annotations

import json

import pytest

from storyline.cli import main as cli_main

# two reports naming two missions that share a part ("Chandrayaan"): a lookup with two answers
MISSIONS = [
    {"id": "ch-1", "title": "India lands Chandrayaan-3 near the Moon's south pole", "lang": "en",
     "published": "2023-08-23", "source": "Source A",
     "text": "India's Chandrayaan-3 lander touched down near the lunar south pole on Wednesday, four years after "
             "Chandrayaan-2 crashed. ISRO chief S. Somanath said Chandrayaan-3 had learned from the failure of "
             "Chandrayaan-2."},
    {"id": "ch-2", "title": "Chandrayaan-3 makes India fourth nation to land on the Moon", "lang": "en",
     "published": "2023-08-23", "source": "Source B",
     "text": "The Chandrayaan-3 mission landed safely, ISRO said. The Chandrayaan-2 orbiter relayed signals from the "
             "Chandrayaan-3 lander, officials in Bengaluru said."},
]


def _db(folder, rows) -> str:
    src = folder / "reports.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = str(folder / "store.db")
    assert cli_main(["--db", db, "ingest", "-q", str(src)]) == 0
    return db


@pytest.fixture(scope="module")
def square_db(tmp_path_factory) -> str:
    from test_cli_entity_words import square_rows

    return _db(tmp_path_factory.mktemp("entity-lang-square"), square_rows())


@pytest.fixture(scope="module")
def missions_db(tmp_path_factory) -> str:
    return _db(tmp_path_factory.mktemp("entity-lang-missions"), MISSIONS)


def _run(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = cli_main(list(argv))
    said = capsys.readouterr()
    return rc, said.out, said.err


def test_the_entity_in_the_readers_words(square_db, capsys):
    rc, out, _ = _run(capsys, "--db", square_db, "entity", "Kim Il Sung Square", "--lang", "de")
    head, spellings, story = out.splitlines()
    assert rc == 0 and head == "Kim Il Sung Square (Ort), 3 Nennungen", head
    assert spellings.startswith("auch geschrieben: ") and "площадь Ким Ир Сена" in spellings, spellings
    assert story == "  Geschichte 1 (19. Juni 2024): Putin and Kim in Pyongyang: 3 Nennungen", story
    rc, out, _ = _run(capsys, "--db", square_db, "entity", "Kim Il Sung Square", "--lang", "ar")
    head, spellings, story = out.splitlines()
    assert head == "Kim Il Sung Square (مكان)، 3 مرات ذكر", head  # Arabic's comma and counted noun
    assert spellings.startswith("يُكتب أيضًا: ") and story.startswith("  القصة 1 (19 يونيو 2024): "), out


def test_english_and_json_are_as_they_were(square_db, capsys):
    rc, out, _ = _run(capsys, "--db", square_db, "entity", "Kim Il Sung Square")
    assert rc == 0 and out.splitlines()[0] == "Kim Il Sung Square (place), 3 mentions"
    assert out.splitlines()[1].startswith("also written: ")
    assert out.splitlines()[2] == "  story 1 (2024-06-19): Putin and Kim in Pyongyang: 3 mentions"
    rc, de, _ = _run(capsys, "--db", square_db, "entity", "Kim Il Sung Square", "--lang", "de", "--json")
    rc, en, _ = _run(capsys, "--db", square_db, "entity", "Kim Il Sung Square", "--json")
    assert rc == 0 and json.loads(de) == json.loads(en)  # the square's name is its English one in German too


def test_did_you_mean_in_the_readers_words(missions_db, capsys):
    rc, _, err = _run(capsys, "--db", missions_db, "entity", "Chandrayaan", "--lang", "de")
    first, *offered = err.splitlines()
    assert rc == 2 and first == "Kein einzelner Name lautet „Chandrayaan“. Meinten Sie:", first
    assert len(offered) == 2 and all("(Produkt, " in line and "Übereinstimmung mit „" in line for line in offered), offered
    rc, _, err = _run(capsys, "--db", missions_db, "entity", "Chandrayaan")
    assert rc == 2 and err.startswith("no single entity named 'Chandrayaan'; did you mean:\n")
    assert "(product, 6 mentions; partial match on '" in err
    rc, _, err = _run(capsys, "--db", missions_db, "entity", "Zzyzx Qwerty", "--lang", "ru")
    assert rc == 2 and err.strip() == "Ни одно имя не пишется как «Zzyzx Qwerty».", err
