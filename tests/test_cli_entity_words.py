"""``storyline entity`` names a kind in a reader's words and heads with a capital (h-ui14).

The command printed the tagger's label ("Kim Il Sung Square (PLACE)") where the
web page says "place", and, for a Spanish reader, "plaza Kim Il-sung (PLACE)":
the name that heads the output began with a small letter.  ``REPORTS`` is the
square written in three languages, also used by test_browser_spellings.
"""
from __future__ import annotations

import json

import pytest

from storyline.cli import main as cli_main

REPORTS = {
    "en": "The leaders then attended a welcoming ceremony at Kim Il Sung Square in Pyongyang, where "
          "thousands of people lined the streets. Putin and Kim later signed a mutual defence pact.",
    "es": "Horas después, ambos presidieron una ceremonia de bienvenida en la plaza Kim Il-sung, con "
          "guardia de honor. Putin y Kim firmaron después un pacto de defensa mutua en Pionyang.",
    "ru": "Официальная церемония встречи прошла днём на площади Ким Ир Сена, после чего лидеры провели "
          "переговоры. Путин и Ким подписали договор о взаимной обороне в Пхеньяне.",
}


def square_rows() -> list[dict]:
    return [{"id": f"square-{lang}", "title": "Putin and Kim in Pyongyang", "text": text, "lang": lang,
             "published": "2024-06-19", "source": f"Source {lang}"} for lang, text in REPORTS.items()]


@pytest.fixture(scope="module")
def square_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("square-cli")
    src = folder / "square.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in square_rows()), encoding="utf-8")
    db = str(folder / "square.db")
    assert cli_main(["--db", db, "ingest", "-q", str(src)]) == 0
    return db


def test_entity_says_the_kind_in_words_and_heads_with_a_capital(square_db, capsys):
    assert cli_main(["--db", square_db, "entity", "Kim Il Sung Square", "--lang", "es"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("Plaza Kim Il-sung (lugar), "), first  # the kind in the reader's words (h-ui31)
    assert cli_main(["--db", square_db, "entity", "Kim Il Sung Square"]) == 0
    assert capsys.readouterr().out.startswith("Kim Il Sung Square (place), ")
