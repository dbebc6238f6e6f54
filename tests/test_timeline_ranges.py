"""A range of days is one timeline entry, at its first day (storyline.timeline, dates.range_end)."""
import datetime as dt

from storyline.analyse.dates import range_end, resolve_dates
from storyline.records import Article
from storyline.store.records import EventRow
from storyline.timeline import build_timeline
from storyline.web.views import event_timeline

PUBLISHED = dt.date(2023, 9, 14)


def _article(text: str, lang: str) -> Article:
    return Article(id="a", origin="a", title="Derna", text=text, raw_text=text, lang=lang, published=PUBLISHED,
                   event_id=1, sentences=[text], dates=resolve_dates(text, PUBLISHED, lang))


def test_a_range_of_days_is_one_mentioned_entry():
    text = "The two dams gave way within hours of each other on the night of 10 to 11 September."
    art = _article(text, "en")
    assert [d.iso for d in art.dates] == ["2023-09-10", "2023-09-11"]  # both days are still read
    event = EventRow(1, "Libya floods", 1, 1, ["en"], PUBLISHED, PUBLISHED)
    mentioned = [e for e in build_timeline([event], [art]) if e.kind == "mentioned"]
    assert [(e.date, len(e.citations)) for e in mentioned] == [(dt.date(2023, 9, 10), 1)]
    marks = [m for m in event_timeline([art]).marks if m.kind == "mentioned"]  # the event page too
    assert [m.date for m in marks] == [dt.date(2023, 9, 10)]


def test_other_languages_ranges_and_separate_dates():
    ru = _article("Выборы прошли с 8 по 10 сентября.", "ru").dates
    assert len(ru) == 2 and range_end(ru[0], ru[1])
    fr = _article("Le sommet s'est tenu du 1er au 3 septembre.", "fr").dates
    assert len(fr) == 2 and range_end(fr[0], fr[1])
    apart = _article("Kim arrived on 2 September and Putin left Moscow on 5 September.", "en").dates
    assert len(apart) == 2 and not range_end(apart[0], apart[1])
