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
])
def test_the_language_is_named_in_the_case_a_sentence_gives_it(demo_app, client, lang, said, not_said):
    app, _ = demo_app
    event = next(e for e in app.store.events() if lang not in e.languages)
    page = html.unescape(client.get(f"/events/{event.id}", params={"lang": lang}).text)
    note = page[page.index('class="note other-languages"'):][:400].replace("\u00a0", " ")
    assert said in note, note
    assert not_said not in note, note
