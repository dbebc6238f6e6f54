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


def _report(aid: str, text: str, lang: str, published: dt.date, event_id: int) -> Article:
    return Article(id=aid, origin=aid, title=aid, text=text, raw_text=text, lang=lang, published=published,
                   event_id=event_id, source=aid, sentences=[text], dates=resolve_dates(text, published, lang))


def test_a_mentioned_month_is_titled_by_what_most_reports_say_of_it():
    """August 2023 in the ECB story: three September reports give euro-zone inflation of
    5.2% that month, a June report the Bank of England's rate "since last August" (the
    shortest English sentence, which titled the entry)."""
    sept, june = dt.date(2023, 9, 14), dt.date(2024, 6, 6)
    arts = [_report("de", "Im August lag die Teuerung im Euroraum bei 5,2 Prozent und damit weit über dem Ziel.",
                    "de", sept, 1),
            _report("en1", "Euro zone inflation stood at 5.2% in August, still more than double the target, "
                    "while the economy has stagnated.", "en", sept, 1),
            _report("fr", "Les prix à la consommation ont encore progressé de 5,2 % sur un an en août.",
                    "fr", sept, 1),
            _report("en2", "The Bank of England has held its rate at 5.25% since last August.", "en", june, 2)]
    events = [EventRow(1, "ECB raises rates", 3, 3, ["de", "en", "fr"], sept, sept),
              EventRow(2, "ECB cuts rates", 1, 1, ["en"], june, june)]
    (aug,) = [e for e in build_timeline(events, arts) if e.kind == "mentioned"]
    assert aug.date == dt.date(2023, 8, 1) and len(aug.citations) == 4
    assert aug.title.startswith("Euro zone inflation stood at 5.2%") and aug.title_lang == "en"
    (aug_fr,) = [e for e in build_timeline(events, arts, lang="fr") if e.kind == "mentioned"]
    assert aug_fr.title_lang == "fr"  # the reader's language still comes first
    # among sentences no other report's figures confirm, the shortest, as before
    alone = [_report("en3", "Rates were last raised in August, the bank said.", "en", june, 2), arts[1]]
    (entry,) = [e for e in build_timeline(events, alone) if e.kind == "mentioned"]
    assert entry.title == "Rates were last raised in August, the bank said."


def test_a_range_entry_is_labelled_with_both_days():
    """The Lok Sabha story's "election held between April 19 and June 1" was labelled
    2024-04-19 alone, as if the ballots had all been cast that day; a day named alone
    is its own entry, not part of the range."""
    june = dt.date(2024, 6, 4)
    arts = [_report("en", "Voters cast their ballots in the seven-phase election held between April 19 and June 1.",
                    "en", june, 1),
            _report("ru", "Голосование проходило в семь этапов с 19 апреля по 1 июня.", "ru", june, 1),
            _report("en2", "The first phase of voting opened on April 19.", "en", june, 1)]
    event = EventRow(1, "Lok Sabha results", 3, 3, ["en", "ru"], june, june)
    mentioned = sorted((e for e in build_timeline([event], arts) if e.kind == "mentioned"),
                       key=lambda e: e.label)
    assert [(e.label, len(e.citations)) for e in mentioned] == [("2024-04-19", 1),
                                                                 ("2024-04-19 – 2024-06-01", 2)]
    assert mentioned[1].until == dt.date(2024, 6, 1)
