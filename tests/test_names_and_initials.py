"""Time words are never parts of names, and initials never end sentences, in every script.

Why: the Hindi recogniser took "बुधवार सुबह" (Wednesday morning) into Putin's
name and the splitter ended a sentence at the initial "एस." (S. Somanath);
both break the facts stage (names key the alignment, sentences are what is
cited).  The time words come from the dates stage's lexicon (dateparser's
locale data plus our lists), so each language is checked with all of its own.
"""
from __future__ import annotations

import pytest

from storyline.analyse.dates_lexicon import get_lexicon
from storyline.analyse.time_words import time_words
from storyline.analyse.entities import extract_entities
from storyline.analyse.sentences import sentences

# a person name and a verb in each language whose time words are checked
_FRAMES = {
    "en": ("President Vladimir Putin", "arrived in Pyongyang."),
    "de": ("Präsident Wladimir Putin", "traf in Pjöngjang ein."),
    "fr": ("Le président Vladimir Poutine", "est arrivé à Pyongyang."),
    "es": ("El presidente Vladímir Putin", "llegó a Pionyang."),
    "it": ("Il presidente Vladimir Putin", "è arrivato a Pyongyang."),
    "pt": ("O presidente Vladimir Putin", "chegou a Pyongyang."),
    "ru": ("Президент Владимир Путин", "прибыл в Пхеньян."),
    "hi": ("राष्ट्रपति व्लादिमीर पुतिन", "उत्तर कोरिया पहुंचे."),
}


def _forms(lang: str) -> list[str]:
    """The language's own weekday names, parts of the day and one-word relative days."""
    lex = get_lexicon(lang)
    words = set(lex.weekdays) | lex.dayparts | {k[0] for k in lex.relative if len(k) == 1}
    return sorted(w for w in words if w in time_words(lang))


@pytest.mark.parametrize("lang", sorted(_FRAMES))
def test_time_words_are_never_parts_of_names(lang):
    name, verb = _FRAMES[lang]
    forms = _forms(lang)
    assert len(forms) >= 10, forms  # weekdays at least: the lexicon was read
    bad = []
    for w in forms:
        for word in {w, w.capitalize()}:
            text = f"{name} {word} {verb}"
            found = [m.text for m in extract_entities(text, lang)]
            if any(word in m for m in found) or not any(m.endswith(name.split()[-1]) for m in found):
                bad.append((word, found))
    assert not bad, bad


def test_weekday_and_daypart_compounds_stay_out_of_names():
    found = [m.text for m in extract_entities("Präsident Wladimir Putin Mittwochabend in Pjöngjang.", "de")]
    assert "Wladimir Putin" in found and not any("Mittwoch" in m for m in found)
    found = [m.text for m in extract_entities("Le président Vladimir Poutine Après-midi à Pyongyang.", "fr")]
    assert "Vladimir Poutine" in found and not any("Après" in m for m in found)
    hi = extract_entities("रूसी राष्ट्रपति व्लादिमीर पुतिन बुधवार सुबह उत्तर कोरिया की राजधानी पहुंचे.", "hi")
    assert [m.text for m in hi if m.label == "PERSON"] == ["व्लादिमीर पुतिन"]


@pytest.mark.parametrize("text, expected", [
    ("इसरो प्रमुख एस. सोमनाथ ने बताया कि रोवर बाहर निकलेगा. उन्होंने वैज्ञानिकों को बधाई दी.",
     ["इसरो प्रमुख एस. सोमनाथ ने बताया कि रोवर बाहर निकलेगा.", "उन्होंने वैज्ञानिकों को बधाई दी."]),
    ("के. चंद्रशेखर राव और डॉ. मनमोहन सिंह मिले। पी. चिदंबरम नहीं आए.",
     ["के. चंद्रशेखर राव और डॉ. मनमोहन सिंह मिले।", "पी. चिदंबरम नहीं आए."]),
    # verb-final Hindi sentences still end at a period, short verbs included
    ("बारिश आई. लोग घर गए. सरकार ने मदद की.", ["बारिश आई.", "लोग घर गए.", "सरकार ने मदद की."]),
    ("Глава МИД С. Лавров прибыл. Переговоры начались.", ["Глава МИД С. Лавров прибыл.", "Переговоры начались."]),
    ("Ο Κ. Μητσοτάκης μίλησε. Η συνάντηση τελείωσε.", ["Ο Κ. Μητσοτάκης μίλησε.", "Η συνάντηση τελείωσε."]),
])
def test_initials_in_every_script_do_not_end_sentences(text, expected):
    assert sentences(text) == expected
