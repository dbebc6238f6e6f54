"""Arabic and Hebrew names do not depend on ingest order (issue 12): a report
in an abjad finds names only by the consonants of names its event knows in
another script, so the relink reads it again when its event grows
(:mod:`storyline.service_abjad`).  Real model, real SQLite files."""
from __future__ import annotations

import pytest

from storyline.analyse.entities import extract_entities
from storyline.ingest.readers import from_record
from storyline.records import Article
from storyline.service import Storyline
from storyline.service_abjad import reread

EN = {"id": "en", "lang": "en", "date": "2007-03-27",
      "title": "Britain freezes dealings with Iran over seized sailors",
      "text": "LONDON - Prime Minister Tony Blair said on Tuesday that Britain would freeze all official "
              "dealings with Iran until the fifteen sailors and marines seized in the Gulf are freed. "
              "Foreign Secretary Margaret Beckett told Parliament that the crew had been in Iraqi waters "
              "when they were detained. Chancellor Gordon Brown said the government would keep every "
              "option open."}
AR = {"id": "ar", "lang": "ar", "date": "2007-03-27",
      "title": "بريطانيا تجمد تعاملاتها مع إيران بسبب البحارة المحتجزين",
      "text": "لندن - قال رئيس الوزراء توني بلير يوم الثلاثاء إن بريطانيا ستجمد كل تعاملاتها الرسمية مع "
              "إيران حتى يتم الإفراج عن البحارة ومشاة البحرية الخمسة عشر الذين احتجزوا في الخليج. "
              "وقالت وزيرة الخارجية مارغريت بيكيت أمام البرلمان إن الطاقم كان في المياه العراقية عندما "
              "احتجز. وقال وزير المالية غوردون براون إن الحكومة ستبقي كل الخيارات مفتوحة."}
SOUNDED = {"توني بلير": "tony blair", "مارغريت بيكيت": "margaret beckett", "غوردون براون": "gordon brown"}


def _ingest(path, calls: list[list[dict]]) -> tuple[dict, list[dict]]:
    """Ingest ``calls`` (one relink after each) into a fresh store; the Arabic
    report's stored names, the relink stats, and whether both share an event."""
    app = Storyline(str(path))
    stats = []
    try:
        for call in calls:
            app.ingest([from_record(r, f"test:{r['id']}") for r in call])
            stats.append(dict(app.relink_stats))
        arts = {a.lang: a for a in app.store.articles()}
        assert arts["ar"].event_id == arts["en"].event_id  # the premise: one event
        app.mark_stale([arts["ar"].event_id])  # touched again, nothing new: nothing is read again
        app.relink()
        stats.append(dict(app.relink_stats))
        names = {m.text: m.key for m in arts["ar"].entities}
        entity = app.store.find_entity("Tony Blair")
        mentioned = {m.article_id for m in app.store.entity_mentions(entity.id)}
    finally:
        app.close()
    return {"names": names, "blair_in": mentioned == {arts["ar"].id, arts["en"].id}}, stats


@pytest.fixture(scope="module")
def orders(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("abjad")
    return {"en first": _ingest(tmp / "en_first.db", [[EN, AR]]),
            "ar first": _ingest(tmp / "ar_first.db", [[AR, EN]]),
            "ar in an earlier call": _ingest(tmp / "ar_call.db", [[AR], [EN]])}


def test_an_arabic_report_ingested_first_gets_the_names_it_gets_when_ingested_after(orders):
    after = orders["en first"][0]
    assert {k: after["names"][k] for k in SOUNDED} == SOUNDED  # found by sound when the English came first
    for order in ("ar first", "ar in an earlier call"):
        assert orders[order][0] == after, order
    assert after["blair_in"]  # the Arabic mention is in the English report's entity


def test_the_relink_reads_again_only_the_arabic_reports_whose_names_change(orders):
    # the Arabic report read alone (earlier call): no event names known, nothing to read again
    first_call, second_call, again = orders["ar in an earlier call"][1]
    assert (again["abjad_read"], again["abjad_changed"]) == (0, 0)
    assert (first_call["abjad_read"], first_call["abjad_changed"]) == (0, 0)
    assert (second_call["abjad_read"], second_call["abjad_changed"]) == (1, 1)
    assert orders["ar first"][1][0]["abjad_changed"] == 1
    # placement already read it against the English names: read again (it joined), unchanged
    assert (orders["en first"][1][0]["abjad_read"], orders["en first"][1][0]["abjad_changed"]) == (1, 0)


def _report(aid: str, lang: str, text: str, entities=None) -> Article:
    return Article(id=aid, origin="t", title="", text=text, raw_text=text, lang=lang, event_id=1,
                   entities=extract_entities(text, lang) if entities is None else entities)


def test_an_abjad_report_is_read_against_the_names_of_the_other_scripts_only():
    en, ar = _report("en", "en", EN["text"]), _report("ar", "ar", AR["text"])
    assert not set(SOUNDED) & {m.text for m in ar.entities}
    (changed, found), = reread([ar, en])
    assert changed is ar and {m.text: m.key for m in found if m.text in SOUNDED} == SOUNDED
    # a Hebrew report's names are no evidence for an Arabic one (and the result
    # does not depend on which abjad report was read first): alone, nothing is read again
    he = _report("he", "he", "ראש הממשלה טוני בלייר אמר כי בריטניה תקפיא את יחסיה עם איראן.",
                 entities=extract_entities("ראש הממשלה טוני בלייר אמר", "he", known=["Tony Blair"]))
    assert reread([he, ar]) == []


def test_the_adjective_of_a_known_place_is_not_the_place():
    # "باكستاني" (Pakistani) is Pakistan and -i; Helsinki ends in its i in both scripts
    known = [("Pakistan", "PLACE"), ("Helsinki", "PLACE")]
    ar = "قال مسؤول باكستاني إن باكستان سترسل وفدا إلى هلسنكي."
    assert {m.text: m.key for m in extract_entities(ar, "ar", known=known)} == {
        "باكستان": "pakistan", "هلسنكي": "helsinki"}


def test_two_spellings_of_one_name_share_a_skeleton_two_names_do_not():
    ar = "فاز توم بونين بالمرحلة وشكر توني بلير."
    # Czech inflects the name ("Toma Boonena"): one name, so its skeleton stays
    found = {m.text: m.key for m in extract_entities(ar, "ar", known=[("Tom Boonen", "PERSON"),
                                                                     ("Toma Boonena", "PERSON")])}
    assert found == {"توم بونين": "tom boonen"}
    # two people whose names differ only in vowels: the skeleton says neither
    assert extract_entities(ar, "ar", known=[("Tony Blair", "PERSON"), ("Tina Blair", "PERSON")]) == []
    assert {m.text for m in extract_entities(ar, "ar", known=[("Tony Blair", "PERSON")])} == {"توني بلير"}
