"""The note over a summary that no report of the reader's language is in names
the language mid-sentence: French and Spanish write a language's name in lower
case there ("aucun article n'est en français (fr)"), while the setting's menu
label opens with a capital ("Français (fr)"); German keeps its noun's capital.
Read on a demo event with no report in the reader's language."""
from __future__ import annotations

import html

import pytest


@pytest.mark.parametrize("lang, said, not_said", [
    ("fr", "n'est en français (fr)", "en Français (fr)"),
    ("es", "está en español (es)", "en Español (es)"),
    ("de", "ist auf Deutsch (de)", "auf deutsch (de)"),
    ("pt", "está em português (pt)", "em Português (pt)"),  # h-ui36
    ("it", "è in italiano (it)", "in Italiano (it)"),
    ("uk", "мовою «Українська (uk)»", "мовою Українська"),  # quoted, as the Russian
])
def test_the_language_is_named_in_the_case_a_sentence_gives_it(demo_app, client, lang, said, not_said):
    app, _ = demo_app
    event = next(e for e in app.store.events() if lang not in e.languages)
    page = html.unescape(client.get(f"/events/{event.id}", params={"lang": lang}).text)
    note = page[page.index('class="note other-languages"'):][:400].replace("\u00a0", " ")
    assert said in note, note
    assert not_said not in note, note


@pytest.mark.parametrize("lang, said", [
    ("fr", "n'est en français (fr)"),
    ("es", "está en español (es)"),
    ("de", "ist auf Deutsch (de)"),
    ("ru", "на языке «Русский (ru)»"),
])
def test_the_terminal_names_the_language_as_the_page_does(demo_app, capsys, lang, said):
    """`storyline show N --lang fr` said "aucun article n'est en fr": the CLI passed no
    label, so the note fell back to the bare code where the page writes "français (fr)"."""
    from storyline.cli import main as cli_main

    app, _ = demo_app
    event = next(e for e in app.store.events() if lang not in e.languages)
    capsys.readouterr()
    assert cli_main(["--db", str(app.store.path), "show", str(event.id), "--lang", lang]) == 0
    out = " ".join(capsys.readouterr().out.replace("\u00a0", " ").split())
    assert said in out, out[:600]
