"""A "did you mean" names the spelling that matched as a report wrote it (h-ui32).

The alias index keeps each spelling casefolded and its transliteration keys, and the
lookup's candidates carried the index entry: `storyline entity Chandrayaan` offered
"Chandrayaan-3 (product, 17 mentions; partial match on 'chandraian 3')", a key no
report wrote, and the Names page and the API's ``matched`` the same.  Each offered
spelling is now one of the entity's own, character for character.  A real store
(the two mission reports of ``test_cli_entity_reader_lang``), the real CLI, API and page.
"""
from __future__ import annotations

import html
import json
import re

import pytest
from fastapi.testclient import TestClient

from storyline.api import create_app
from storyline.cli import main as cli_main
from test_cli_entity_reader_lang import missions_db  # noqa: F401  (the fixture)

WRITTEN = {"Chandrayaan-3", "Chandrayaan-2"}  # as both reports write them


def _offered(capsys, db, *lang) -> list[str]:
    capsys.readouterr()
    assert cli_main(["--db", db, "entity", "Chandrayaan", *lang]) == 2
    return capsys.readouterr().err.splitlines()[1:]


def test_the_terminal_offers_the_spellings_reports_wrote(missions_db, capsys):  # noqa: F811
    english = _offered(capsys, missions_db)
    assert {re.search(r"match on '([^']+)'\)$", line).group(1) for line in english} == WRITTEN, english
    german = _offered(capsys, missions_db, "--lang", "de")
    assert {re.search(r"„([^“]+)“\)$", line).group(1) for line in german} == WRITTEN, german


def test_the_api_and_the_names_page_too(missions_db):  # noqa: F811
    with TestClient(create_app(missions_db, "tok"), base_url="http://localhost") as c:
        missing = c.get("/api/entities/Chandrayaan", headers={"Authorization": "Bearer tok"})
        assert missing.status_code == 404, missing.text
        assert {m["matched"] for m in missing.json()["did_you_mean"]} == WRITTEN, json.dumps(missing.json())
        page = html.unescape(c.get("/entities", params={"find": "Chandrayaan"}).text)
        assert set(re.findall(r"match on “([^”]+)”", page)) == WRITTEN, page[page.find("did-you-mean"):][:800]
