"""A reader sees each sentence once: one English sentence may support several
facts of a Russian report (sentences are lent to every fact they state), and
the summary and the facts list must not repeat it."""
from storyline.facts.model import EventFacts, Fact, Support
from storyline.facts.render import event_view, story_view

LONG_EN = ("Putin presented Kim with another Aurus limousine, the second such car this year, "
           "and the two leaders took turns behind the wheel in Pyongyang.")
RU = ["Путин подарил Ким Чен Ыну автомобиль Aurus.",
      "Лимузин Aurus стал уже вторым автомобилем этой марки у Ким Чен Ына.",
      "Лидеры по очереди садились за руль в Пхеньяне."]


def _support(article, start, text, lang, source):
    return Support(article_id=article, sentence=start, start=start, end=start + len(text), text=text,
                   lang=lang, source=source, report=article, unknown_source=False)


def _event():
    en = _support("en1", 0, LONG_EN, "en", "Meridian Times")
    facts = [Fact(id=i + 1, label="corroborated",
                  supports=[en, _support("ru1", 100 * i, ru, "ru", "DV-Inform")],
                  reports=["en1", "ru1"], languages=["en", "ru"], score=1.0 - 0.1 * i)
             for i, ru in enumerate(RU)]
    single = Fact(id=9, label="single-source", supports=[_support("en1", 500, "Kim gave two dogs.", "en",
                                                                  "Meridian Times")],
                  reports=["en1"], languages=["en"], score=0.5)
    return EventFacts(event_id=7, fingerprint="x", facts=facts + [single], summary=[1, 2, 3, 9],
                      headlines={"": "Aurus"})


def test_summary_states_a_shared_sentence_once():
    view = event_view(_event(), "en")
    texts = [f["text"] for f in view["summary"]]
    assert texts.count(LONG_EN) == 1
    assert "Kim gave two dogs." in texts
    # the facts the English sentence states are not repeated in Russian either
    assert not any(f["lang"] == "ru" for f in view["summary"])


def test_facts_list_shows_the_other_sentences_with_the_shared_one_as_gloss():
    view = event_view(_event(), "en")
    texts = [f["text"] for f in view["facts"]]
    assert len(view["facts"]) == 4  # every fact is listed
    assert texts.count(LONG_EN) == 1
    repeated = [f for f in view["facts"] if f["lang"] == "ru"]
    assert len(repeated) == 2
    assert all(f["gloss"] and f["gloss"]["text"] == LONG_EN for f in repeated)


def test_story_summary_states_a_shared_sentence_once():
    view = story_view([_event()], "en")
    assert [f["text"] for f in view["summary"]].count(LONG_EN) == 1


def test_a_russian_reader_sees_each_russian_sentence():
    view = event_view(_event(), "ru")
    assert sorted(f["text"] for f in view["facts"] if f["lang"] == "ru") == sorted(RU)
