"""Quoted party names in a Russian list: «Джаната дал (объединенная)».

The demo's Russian report on India's election writes "региональные партии —
«Телугу десам» из штата Андхра-Прадеш (16 мест) и «Джаната дал
(объединенная)» из Бихара": the class noun ("партии") stands before a dash
and the list, and the second party's qualifier is bracketed inside its
quotes.  Only «Name» right after its class noun was read, so the names stage
kept "Телугу" and "Джаната" (MISC) and lost "дал (объединенная)", while the
English "Janata Dal (United)" is whole.  The real extractor and lexicon."""
from __future__ import annotations

from storyline.analyse.entities import extract_entities

INDIA = ("Ключевую роль будут играть региональные партии — «Телугу десам» из штата Андхра-Прадеш "
         "(16 мест) и «Джаната дал (объединенная)» из Бихара (12 мест).")


def _names(text: str, lang: str = "ru") -> dict[str, str]:
    return {m.text: m.label for m in extract_entities(text, lang)}


def test_a_quoted_list_after_its_class_noun_and_a_dash_is_read_whole():
    names = _names(INDIA)
    assert names.get("Телугу десам") == "ORG", names
    assert names.get("Джаната дал (объединенная)") == "ORG", names
    assert "Джаната" not in names and "Телугу" not in names


def test_a_bracketed_qualifier_inside_the_quotes_is_part_of_the_name():
    names = _names("Партия «Джаната дал (объединенная)» получила 12 мест.")
    assert names.get("Джаната дал (объединенная)") == "ORG", names


def test_quoted_words_far_from_any_class_noun_are_still_no_name():
    names = _names("Он сказал «Мы готовы», и «Война и мир» вышла снова.")
    assert not any(n.startswith(("Мы", "Война")) and l == "ORG" for n, l in names.items()), names
