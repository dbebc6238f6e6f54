"""A name known from an event's other reports is found again where a text
spells it by another romanisation convention (``KnownNames._spelled_hit``):
the Hindi report of the Vostochny meeting writes "वोस्तोचनी कॉस्मोड्रोम"
("vostochni kosmodrom" romanised), which the English "Vostochny Cosmodrome"
missed by the letters conventions swap (c/k, y/i, a final e), so it named no
cosmodrome and search could not list it for the place.  The known names are
given as the pipeline gives them (the event's other reports' names)."""
from __future__ import annotations

import pytest
from conftest import entity_labels


@pytest.mark.parametrize("lang,text,known,name,label", [
    ("hi", "दोनों नेताओं की यह बैठक रूस के सुदूर पूर्व में स्थित वोस्तोचनी कॉस्मोड्रोम में हुई.",
     ("Vostochny Cosmodrome", "PLACE"), "वोस्तोचनी कॉस्मोड्रोम", "PLACE"),
    ("ru", "Партия Бхаратия джаната парти премьер-министра Моди получила 240 мест.",
     ("Bharatiya Janata Party", "ORG"), "Бхаратия джаната парти", "ORG"),
    ("hi", "रूस ब्रिक्स का सदस्य है और शिखर सम्मेलन में भाग लेगा.", ("BRICS", "ORG"), "ब्रिक्स", "ORG"),
])
def test_a_known_name_is_found_in_another_romanisation(lang, text, known, name, label):
    assert entity_labels(text, lang, known=[known]).get(name) == label


def test_another_name_of_near_spelling_is_not_taken_for_the_known_one():
    """Folding conventions is no licence for another name: Kim Yo Jong is not
    Kim Jong Un, nor Kim Jong Il (``same_name`` compares word by word)."""
    from storyline.analyse.entities import extract_entities

    found = extract_entities("Kim Yo Jong and Kim Jong Il were named in the statement.", "en",
                             [("Kim Jong Un", "PERSON")])
    assert {m.text for m in found} >= {"Kim Yo Jong", "Kim Jong Il"}
