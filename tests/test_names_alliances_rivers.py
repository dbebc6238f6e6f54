"""Names that were one entity too few or too many, or of the wrong kind (h-names16).

Seen in the demo, the dev files and SemEval's pairs: the Indian opposition
alliance INDIA ("the opposition INDIA bloc", "блок INDIA", "इंडिया गठबंधन") was
filed with the country; a Spanish "al" (a + el) joined two names into one
("del puente de Austerlitz al Trocadero"); the Seine was three entities ("la
Seine" MISC, "River Seine", Spanish "Sena"); "Walt Disney Co" was a person and
"en el Monedero Patria", a payment wallet, a place.  Sentences written for
these tests, not the data's; the entity stage and the resolver, real lexicon,
gazetteer and where index."""
from __future__ import annotations

from conftest import entity_labels

from storyline.analyse.entities import extract_entities
from storyline.analyse.entity_resolver import EntityResolver


def _entities(reports: list[tuple[str, str]]) -> dict[str, set[str]]:
    """Each entity's canonical name -> the mentions the resolver filed with it."""
    r = EntityResolver()
    ids = {}
    for n, (lang, text) in enumerate(reports):
        for m in extract_entities(text, lang):
            ids.setdefault(r.add(m.text, m.label, f"a{n}", group="story:1", lang=lang, key=m.key), set()).add(m.text)
    out: dict[str, set[str]] = {}
    for eid, texts in ids.items():
        out.setdefault(r.resolve(eid), set()).update(texts)
    return {r.canonical_name(e): t for e, t in out.items()}


def test_an_alliance_named_by_a_country_in_capitals_is_no_country():
    reports = [("en", "The opposition INDIA bloc won 232 seats, while India's ruling party lost its majority."),
               ("en", "Leaders of the INDIA alliance met in New Delhi on Thursday."),
               ("ru", "Оппозиционный блок INDIA получил 232 места, сообщила избирательная комиссия Индии."),
               ("hi", "विपक्षी इंडिया गठबंधन ने 232 सीटें जीतीं और भारत में नई बहस शुरू हुई.")]
    ents = _entities(reports)
    alliance = [t for t in ents.values() if "INDIA bloc" in t]
    assert alliance and {"INDIA alliance", "блок INDIA", "इंडिया गठबंधन"} <= alliance[0], ents
    country = [t for t in ents.values() if "India" in t]
    assert country and not any("INDIA" in t or "इंडिया" in t for t in country[0]), ents
    assert entity_labels("The opposition INDIA bloc won 232 seats.")["INDIA bloc"] == "ORG"


def test_a_name_in_capitals_the_gazetteer_writes_so_or_without_an_alliance_noun_stays_a_place():
    spans = entity_labels("The US alliance with Japan held firm, officials in Washington said.")
    assert spans.get("US") == "PLACE", spans
    spans = entity_labels("NEW DELHI, INDIA - Voters queued before dawn in the capital.")
    assert spans.get("INDIA") == "PLACE", spans
    # a Hindi pronoun before the noun ("that alliance") names no place's alliance
    assert entity_labels("उस गठबंधन ने 232 सीटें जीतीं.", "hi") == {}


def test_a_spanish_al_before_a_word_that_takes_an_article_joins_no_names():
    spans = entity_labels("Desde el Trocadero se ve la torre. Caminaron del puente de Austerlitz al Trocadero.", "es")
    assert "Austerlitz al Trocadero" not in spans and spans.get("Austerlitz") and spans.get("Trocadero"), spans
    spans = entity_labels("El presidente envió una carta de Lisboa al Congreso el martes.", "es")
    assert "Lisboa al Congreso" not in spans and spans.get("Lisboa") == "PLACE", spans
    # the Arabic article of a name, and a name that holds the contraction, stay whole
    spans = entity_labels("El régimen de Bashar al Asad perdió Alepo.", "es")
    assert spans.get("Bashar al Asad") == "PERSON", spans
    spans = entity_labels("La Oficina de Atención al Ciudadano abrió el lunes.", "es")
    assert "Oficina de Atención al Ciudadano" in spans, spans


def test_a_river_is_one_place_in_every_language():
    reports = [("fr", "Les bateaux ont descendu la Seine jusqu'au pont d'Iéna."),
               ("en", "Boats sailed down the River Seine past the Eiffel Tower."),
               ("es", "Las barcas navegaron por el río Sena hasta el puente de Iena.")]
    ents = _entities(reports)
    river = [t for t in ents.values() if "Seine" in t]
    assert river and {"River Seine", "Sena"} <= river[0], ents
    assert entity_labels("Les bateaux ont descendu la Seine.", "fr").get("Seine") == "PLACE"


def test_a_company_with_co_is_no_person():
    spans = entity_labels("Walt Disney Co said on Monday it would cut 7,000 jobs.")
    assert spans.get("Walt Disney Co") == "ORG", spans


def test_a_noun_the_text_counts_in_lower_case_names_no_site_after_en_el():
    text = ("Los usuarios pueden recargar sus monederos desde el teléfono. "
            "El saldo queda disponible en el Monedero Solidario al día siguiente.")
    spans = entity_labels(text, "es")
    assert spans.get("Monedero Solidario") != "PLACE", spans
    # a stadium named after a person stays a place
    spans = entity_labels("El gol llegó en el Santiago Bernabéu ante 80.000 personas.", "es")
    assert spans.get("Santiago Bernabéu") == "PLACE", spans
