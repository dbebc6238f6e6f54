"""The note over a summary no report of the reader's language is in names that
language as the reader's grammar lets a label stand (h-ui27).

{language} is the language's label, its endonym and code ("Русский (ru)",
"العربية (ar)"): the Russian page read "на языке Русский (ru)", a capitalised
undeclined noun after "языке", and the Arabic "بلغة العربية (ar)", a construct
state with a definite noun.  Read on a demo event with no Russian or Arabic report."""
from __future__ import annotations

import html

import pytest


@pytest.mark.parametrize("lang, said", [("ru", "ни одного сообщения на языке «Русский (ru)»:"),
                                        ("ar", "لا يوجد تقرير باللغة العربية (ar):")])
def test_the_no_report_note_names_the_language_grammatically(demo_app, client, lang, said):
    app, _ = demo_app
    event = next(e for e in app.store.events() if lang not in e.languages)
    page = html.unescape(client.get(f"/events/{event.id}", params={"lang": lang}).text)
    note = page[page.index('class="note other-languages"'):][:400]
    assert said.lower() in note.lower(), note  # its first letter is the sentence's capital
