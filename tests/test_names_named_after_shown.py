"""A place named after a person is shown with its head noun, keyed by the person (h-names10).

The demo's Kim Il Sung Square was one PLACE entity across en, es, ru and hi, but
its Spanish, Russian and Hindi mentions keep only the man's words ("la plaza Kim
Il-sung": "Kim Il-sung"), which is the key that joins the languages; a Hindi reader
of the square's page was shown "किम इल सुंग", the man.  The form with the head noun
the text writes beside it is now what each language's reader is shown
(``entity_named_after.headed_name``), the key still the person's.  German writes
the person and the head as one hyphened word ("Kim-Il-Sung-Platz"), which gave no name
at all: it is now read as the place keyed by the person (``compound_named_after``).
"""
from __future__ import annotations

from storyline.analyse.entities import extract_entities
from storyline.records import Article
from storyline.service_names import _Reading

REPORTS = [
    ("en", "The leaders then attended a welcoming ceremony at Kim Il Sung Square in Pyongyang."),
    ("es", "Horas después, ambos presidieron una ceremonia de bienvenida en la plaza Kim Il-sung, con guardia de honor."),
    ("ru", "Официальная церемония встречи прошла днём на площади Ким Ир Сена, после чего лидеры провели переговоры."),
    ("de", "Die Begrüßungszeremonie fand auf dem Kim-Il-Sung-Platz in Pjöngjang statt."),
    ("hi", "दोनों नेताओं ने किम इल सुंग स्क्वायर पर आयोजित भव्य स्वागत समारोह के बाद लंबी बातचीत की."),
]


def _square_names() -> tuple[set[str], dict[str, str], list[str]]:
    known = [("Kim Il Sung Square", "PLACE")]
    reports = [Article(id=f"{lang}1", origin="test", title="", text=text, raw_text=text, lang=lang, event_id=1,
                       entities=extract_entities(text, lang, known if lang == "hi" else ()))
               for lang, text in REPORTS]
    reading = _Reading()
    assert reading.read(reports, {1: 1})
    _checkpoint, final = reading.finish({1: 1})
    square = {final[eid] for eid, _a, _s, _e, surface in reading.raw
              if surface in ("Kim Il Sung Square", "Kim Il-sung", "Ким Ир Сена", "किम इल सुंग", "Kim-Il-Sung")}
    root = next(iter(square))
    return square, reading.resolver.names(root), reading.row(root).aliases


def test_a_place_named_after_a_person_is_shown_with_its_head_noun_in_each_language():
    square, names, aliases = _square_names()
    assert len(square) == 1, square  # the person's key still joins the four languages
    assert names == {"en": "Kim Il Sung Square", "es": "plaza Kim Il-sung", "ru": "площадь Ким Ир Сена",
                     "hi": "किम इल सुंग स्क्वायर", "de": "Kim-Il-Sung-Platz"}, names
    # the stored spellings hold what a reader is shown, so that typing it finds the square
    assert {"plaza Kim Il-sung", "площадь Ким Ир Сена", "किम इल सुंग स्क्वायर"} <= set(aliases), aliases


def test_a_city_or_a_head_inside_the_name_takes_no_head_noun():
    from storyline.analyse.entity_named_after import headed_name

    text = "An attack on the Kerch bridge; later they landed at Kim Il Sung Square airport."
    at = text.index("Kerch")
    assert headed_name(text, at, at + 5, "en") is None  # the city's entity is not shown as its bridge
    at = text.index("Kim")
    assert headed_name(text, at, at + len("Kim Il Sung Square"), "en") is None
    for text, name, lang in (("वे फ्रांस मार्ग से लौटे.", "फ्रांस", "hi"),  # a country's name
                             ("O protesto seguiu pela rua Santa Cruz.", "Santa Cruz", "pt")):  # towns of 5 countries
        at = text.index(name)
        assert headed_name(text, at, at + len(name), lang) is None, name
    text = "Staff of the Washington Post station left."  # an organisation is no station
    at = text.index("Washington")
    assert headed_name(text, at, at + len("Washington Post"), "en", "ORG") is None
    text = "В аэропорту Путин встретил лидера КНДР."  # a nominative after the noun is the subject
    at = text.index("Путин")
    assert headed_name(text, at, at + 5, "ru") is None


def test_a_german_compound_of_a_persons_name_and_a_head_noun_is_the_place_keyed_by_the_person():
    got = {m.text: (m.label, m.key) for m in extract_entities(
        "Er landete am Konrad-Adenauer-Flughafen und fuhr zum Kim-Il-Sung-Platz.", "de")}
    assert got.get("Konrad-Adenauer") == ("PLACE", "konrad adenauer"), got
    assert got.get("Kim-Il-Sung") == ("PLACE", "kim il sung"), got
    got = {m.text: m.label for m in extract_entities("Die Humboldt-Universität bleibt geschlossen.", "de")}
    assert got.get("Humboldt") == "ORG", got  # a university's head: an organisation
    # named after its cities, not a person: no name of the compound's
    assert not extract_entities("Der Köln-Bonn-Flughafen ist seit Montag wieder offen.", "de")


def test_a_plural_noun_of_people_opening_a_sentence_is_no_given_name():
    # "Акционеры Сбербанка" was a PERSON: the plural noun read as a first name by its capital
    got = {m.text: m.label for m in extract_entities("Акционеры Сбербанка заявили о поддержке сделки.", "ru")}
    assert got == {"Сбербанка": "ORG"}, got  # the shareholders' company (entity_orgs.business_labels)
    got = {m.text: m.label for m in extract_entities("Жители Мариуполя покидают город.", "ru")}
    assert "Жители Мариуполя" not in got and "Мариуполя" in got, got
    got = {m.text: m.label for m in extract_entities("Владимир Путин заявил о поддержке. Крылья Советов победили.", "ru")}
    assert got.get("Владимир Путин") == "PERSON" and "Крылья Советов" in got, got  # a name, an inanimate plural


def test_a_name_in_a_slash_list_is_no_company_by_a_business_noun_beside_it():
    # a web form's options: "Advisor" was an ORG by the "CEO" of "CEO/President" after it
    text = "Job: Architect Broker/Trader/Advisor CEO/President/Chairman Clergy Consultant"
    got = {m.text: m.label for m in extract_entities(text, "en")}
    assert got.get("Advisor") != "ORG", got
    got = {m.text: m.label for m in extract_entities("Shares of Boeing fell as Tesla CEO Elon Musk spoke.", "en")}
    assert got.get("Boeing") == "ORG" and got.get("Tesla") == "ORG", got


def test_the_shown_form_survives_the_resolvers_checkpoint_and_a_merge():
    from storyline.analyse.entities import EntityResolver

    r = EntityResolver()
    square = r.add("Kim Il-sung", "PLACE", "es1", group="story:1", lang="es", shown="plaza Kim Il-sung")
    again = EntityResolver.from_dict(r.to_dict())  # a resumed relink reads the checkpoint
    assert again.names(square)["es"] == "plaza Kim Il-sung"
    other = again.add("Kim Il Sung Square", "PLACE", "en1", group="story:1", lang="en")
    again.union(square, other)
    assert again.names(square) == {"en": "Kim Il Sung Square", "es": "plaza Kim Il-sung"}
