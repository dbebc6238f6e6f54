"""Companies and other organisations typed as such (h-names7, issue 12): a
company's one-word name was MISC wherever nothing in the name said what it
names, though its legal form ("Bayer AG", "Nestlé S.A.", "ПАО «Лукойл»") or a
class noun before it said so where that noun opens a sentence ("Компания
«Лукойл»") or is a German noun ("Der Energiekonzern RWE", "Die
Hilfsorganisation Diakonie"); "Atlético Madrid" was a person; a model's code
after a title-like word was a person ("son premier A350F").  On sentences that
are not the sample's; the entity stage alone, with the real lexicon,
gazetteer and where index."""
from __future__ import annotations

from conftest import entity_labels


def test_a_legal_form_after_the_name_makes_an_organisation():
    spans = entity_labels("Bayer AG said profits fell, while Nestlé S.A. and Telefónica SA kept their forecasts.")
    assert spans.get("Bayer AG") == "ORG" and spans.get("Nestlé S.A.") == "ORG", spans
    assert spans.get("Telefónica SA") == "ORG", spans


def test_a_legal_form_before_a_quoted_name_makes_it_an_organisation_and_names_nothing_alone():
    spans = entity_labels("ПАО «Лукойл» увеличило добычу, сообщило ООО «Вектор».", "ru")
    assert spans.get("Лукойл") == "ORG" and spans.get("Вектор") == "ORG", spans
    assert "ООО" not in spans and "ПАО" not in spans, spans


def test_a_class_noun_at_a_sentence_start_or_a_german_noun_before_a_name():
    assert entity_labels("Компания «Лукойл» увеличила добычу нефти.", "ru").get("Лукойл") == "ORG"
    assert entity_labels("Der Energiekonzern RWE kündigte neue Windparks an.", "de").get("RWE") == "ORG"
    assert entity_labels("Die Hilfsorganisation Diakonie schickte Helfer.", "de").get("Diakonie") == "ORG"
    assert entity_labels("La aerolínea Vueling anunció nuevas rutas.", "es").get("Vueling") == "ORG"
    assert entity_labels("Le constructeur Stellantis a annoncé un plan.", "fr").get("Stellantis") == "ORG"


def test_a_german_noun_that_names_a_member_too_or_a_persons_name_after_a_class_noun_stay_persons():
    # "Stadtrat" is a council and a councillor; a person's two-word name is no company's
    assert entity_labels("Gestern sagte der Stadtrat Thomas Weber, es gebe Probleme.", "de").get("Thomas Weber") == "PERSON"
    assert entity_labels("Der Landrat Michael Adam kündigte an.", "de").get("Michael Adam") == "PERSON"


def test_a_possessive_is_no_class_noun_in_apposition():
    spans = entity_labels("She got a job in the company's Denver office last year.")
    assert spans.get("Denver") != "ORG", spans


def test_a_club_word_and_a_town_name_a_club():
    spans = entity_labels("Atlético Madrid beat Dynamo Kyiv, and Borussia Dortmund lost at home.")
    assert spans.get("Atlético Madrid") == "ORG" and spans.get("Dynamo Kyiv") == "ORG", spans
    assert spans.get("Borussia Dortmund") == "ORG", spans
    # alone, the club word is an adjective of a name that is no club's
    assert entity_labels("Los turistas visitaron el Palacio Real de Aranjuez.", "es").get("Palacio Real") != "ORG"


def test_a_model_code_is_no_person_after_a_title_like_word():
    spans = entity_labels("Airbus a livré son premier A350F à Cargolux.", "fr")
    assert spans.get("A350F") == "PRODUCT", spans


def test_place_nouns_sea_and_rainforest():
    assert entity_labels("Das Gelbe Meer ist flach.", "de").get("Gelbe Meer") == "PLACE"  # a sea the gazetteer lacks
    assert entity_labels("Fires spread through the Congo rainforest this week.").get("Congo") == "PLACE"


def test_an_adjective_and_a_class_noun_before_a_quoted_name_are_no_name():
    spans = entity_labels("Нефтяная компания «Лукойл» увеличила добычу.", "ru")
    assert spans == {"Лукойл": "ORG"}, spans
    # a head noun after an adjective still makes an institution's name where no quote follows
    assert entity_labels("Центральный банк России снизил ставку.", "ru").get("Центральный банк России") == "ORG"


def test_a_persons_genitive_after_a_class_noun_is_its_possessor_not_an_organisation():
    # (h-names8) "партия Путина" is Putin's party: the dictionary reads the name as a surname's genitive
    spans = entity_labels("В Госдуме большинство у партии Путина, сообщили в Кремле.", "ru")
    assert spans.get("Путина") != "ORG", spans
    spans = entity_labels("Сторонники партии Трампа собрались у здания суда.", "ru")
    assert spans.get("Трампа") != "ORG", spans
    # an apposed organisation's name keeps its nominative, and stays one
    spans = entity_labels("Компания Яндекс и партия «Единая Россия» подписали соглашение.", "ru")
    assert spans.get("Единая Россия") == "ORG", spans


def test_a_bare_name_that_shares_or_a_chief_executive_are_said_of_is_a_company():
    """h-names9: a company named without legal form stayed MISC; shares, shareholders or a chief
    executive said of it (``business_nouns``) make it ORG, and its other bare mentions in the text."""
    from storyline.analyse.entities import extract_entities

    def labels(text: str, lang: str) -> dict[str, str]:
        return {m.text: m.label for m in extract_entities(text, lang)}

    got = labels("Shares of Boeing fell after the Federal Aviation Administration grounded some 737 Max 9 jets.", "en")
    assert got.get("Boeing") == "ORG" and "Shares" not in got, got
    assert labels("Boeing shares fell 5 percent on Monday.", "en").get("Boeing") == "ORG"
    assert labels("The board said Tesla's chief executive would stay. Tesla rose.", "en") == {"Tesla": "ORG"}
    assert labels("Los inversores compraron acciones de Iberdrola el lunes.", "es").get("Iberdrola") == "ORG"
    assert labels("Apple CEO Tim Cook spoke in Cupertino.", "en").get("Apple") == "ORG"
    # guards: nothing said of a company, or a person after the title
    assert labels("The fate of Boeing was unclear.", "en").get("Boeing") == "MISC"
    assert labels("Apple CEO Tim Cook spoke in Cupertino.", "en").get("Tim Cook") == "PERSON"


def test_a_bare_subject_that_its_points_back_to_is_an_organisation():
    # (h-names11) "its" is said of a thing, never of a person: the subject it owns for is a company
    got = entity_labels("Meanwhile Logitech said its new keyboards would ship in March.")
    assert got.get("Logitech") == "ORG", got
    got = entity_labels("Peloton unveiled the Bike 3 at its offices in New York.")
    assert got.get("Peloton") == "ORG", got
    # another word owns "its", or the name is a thing's or a gerund's: no company
    assert entity_labels("Putin said the army had lost its best units.").get("Putin") != "ORG"
    assert entity_labels("With the Tour continuing on its way, fans left.").get("Tour") != "ORG"
    assert entity_labels("Setting out its plans, the government spoke.").get("Setting") != "ORG"
