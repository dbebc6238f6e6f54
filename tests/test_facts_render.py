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


def _two_language_event():
    """An English and a Portuguese report; the stored summary (picked with no
    reader in mind) took the Portuguese report's more central facts."""
    pt = [_support("pt1", 100 * i, t, "pt", "Folha") for i, t in enumerate(
        ["O presidente Lula chegou a Pequim com 500 empresários.",
         "Lula e Hu assinaram um comunicado conjunto em Pequim."])]
    en = [_support("en1", 100 * i, t, "en", "Xinhua") for i, t in enumerate(
        ["Lula said Brazil will recognise China as a market economy.",
         "Petrobras opened an office in Beijing on Sunday, with Lula attending."])]
    facts = [Fact(id=i + 1, label="single-source", supports=[s], reports=[s.article_id],
                  languages=[s.lang], score=score)
             for i, (s, score) in enumerate(zip(pt + en, (1.0, 0.9, 0.6, 0.5)))]
    # [1, 2]: what the summary stores (picked with no reader in mind, 18 words; the
    # English fact 3 would make 28, past 20 and its tenth)
    return EventFacts(event_id=3, fingerprint="x", facts=facts, summary=[1, 2], headlines={},
                      budget_words=20, lam=0.85)


def test_a_reader_summary_picks_facts_in_the_readers_language_first():
    ef = _two_language_event()
    english = event_view(ef, "en")["summary"]
    assert [f["lang"] for f in english] == ["en", "en"], english  # both English facts fill the budget
    portuguese = event_view(ef, "pt")["summary"]
    assert [f["id"] for f in portuguese] == [1, 2]  # the stored summary already reads Portuguese first


def test_a_stored_summary_that_overruns_the_budget_as_shown_is_picked_again():
    """The stored summary counts each fact's first sentence; where a reader is
    shown a longer one (English for want of one in their language) it may
    overrun: then it is picked again counting what is shown."""
    from storyline.facts.render import fits
    from storyline.facts.summarise import words

    ef = _two_language_event()
    ef.summary = [1, 2, 3]  # 28 words of 20: as the ECB event's was for a Hindi reader (215 of 120)
    assert not fits([f for f in ef.facts if f.id in ef.summary], ef.budget_words, "pt")
    for lang in ("pt", "en", "hi"):
        shown = event_view(ef, lang)["summary"]
        assert sum(words(f["text"]) for f in shown) <= ef.budget_words * 1.1, (lang, shown)


def test_a_reader_summary_is_the_stored_one_when_it_is_all_in_the_readers_language():
    ef = _event()
    assert [f["id"] for f in event_view(ef, "en")["summary"]] == [1, 9]  # 2 and 3: the same sentence


def test_story_summary_picks_facts_in_the_readers_language_first():
    view = story_view([_two_language_event()], "en", budget_words=20)
    assert [f["lang"] for f in view["summary"]] == ["en", "en"]


def test_a_conflict_in_another_language_stays_in_a_readers_summary():
    ef = _two_language_event()
    ef.facts[0].label = "conflicting"  # the Portuguese reports disagree on a figure
    ids = [f["id"] for f in event_view(ef, "en")["summary"]]
    assert ids[0] == 1 and set(ids) <= {1, 3, 4}, ids  # the conflict leads, then English facts


def _derna():
    """The demo's Derna fact as aligned: two sentences on the dams giving way
    (English, Spanish) beside the French and English death tolls that disagree."""
    from storyline.facts.model import Conflict, ConflictSide
    sup = [_support("fr1", 0, "Plus de 2 000 personnes auraient péri à Derna.", "fr", "Le Quotidien"),
           _support("en1", 0, "Late that night, the two dams above Derna gave way.", "en", "Meridian"),
           _support("es1", 0, "En la noche, las dos presas que protegían Derna cedieron.", "es", "Diario"),
           _support("en2", 0, "The dams above Derna burst as the number of dead rose above 5,000.", "en",
                    "Harbour Times")]
    fact = Fact(id=1, label="conflicting", supports=sup, reports=["fr1", "en1", "es1", "en2"],
                languages=["en", "es", "fr"], score=1.0,
                conflicts=[Conflict("number", [ConflictSide("2,000", [0]), ConflictSide("5,000", [3])])])
    return EventFacts(event_id=7, fingerprint="x", facts=[fact], summary=[1], headlines={})


def test_a_conflict_is_headed_by_a_sentence_that_states_a_disputed_value():
    for view in (event_view(_derna(), "en")["facts"][0], event_view(_derna(), "en")["summary"][0]):
        assert "5,000" in view["text"], view["text"]  # not the dam sentence the conflict is not about
    french = event_view(_derna(), "fr")["facts"][0]
    assert french["text"].startswith("Plus de 2 000")


def test_a_disputed_sentence_is_not_glossed_by_the_other_side_or_by_one_stating_neither():
    glosses = {s["article_id"]: s["gloss"] for s in event_view(_derna(), "en")["facts"][0]["supports"]}
    assert glosses["fr1"] is None  # not "above 5,000", nor "the dams gave way"
    assert glosses["es1"] == "Late that night, the two dams above Derna gave way."
    german = event_view(_derna(), "de")["facts"][0]  # no German sentence: a disputed one in English
    assert "5,000" in german["text"] and german["gloss"] is None
    assert {s["article_id"]: s["gloss"] for s in german["supports"]}["fr1"] is None


def test_a_fact_whose_sentence_was_shown_is_stated_by_the_sentence_that_agrees_with_it():
    """The demo's Pyongyang fact on Putin's previous visit: its English sentence
    is shown above, so it is stated by another; the Hindi one shares the year
    and Kim Jong Il with its English gloss, the Russian one ("Kim met the
    president at the plane") only Kim."""
    en = _support("en1", 0, "It was Putin's first trip to North Korea in 24 years; his previous visit, "
                            "in 2000, was to meet Kim's father, Kim Jong Il.", "en", "Tribune")
    ru = _support("ru1", 0, "У трапа президента лично встретил Ким Чен Ын.", "ru", "Kurier")
    hi = _support("hi1", 0, "इससे पहले वह साल 2000 में किम के पिता किम जोंग इल से मिलने यहां आए थे.", "hi", "Pravah")
    first = Fact(id=1, label="corroborated", supports=[en], reports=["en1"], languages=["en"], score=1.0)
    second = Fact(id=2, label="corroborated", supports=[en, ru, hi], reports=["en1", "ru1", "hi1"],
                  languages=["en", "hi", "ru"], score=0.5)
    ef = EventFacts(event_id=12, fingerprint="x", facts=[first, second], summary=[1, 2], headlines={})
    shown = [f for f in event_view(ef, "en")["facts"] if f["id"] == 2][0]
    assert shown["lang"] == "hi" and shown["gloss"]["text"] == en.text


def test_a_copys_reworded_sentence_is_not_stated_again():
    """A syndicated copy (one report) rewords its original's lead a little; the
    Hindi reader of the Pyongyang event got that lead twice, as two facts."""
    from dataclasses import replace

    lead = "रूस के राष्ट्रपति व्लादिमीर पुतिन बुधवार तड़के उत्तर कोरिया की राजधानी प्योंगयांग पहुंचे."
    twin = "रूसी राष्ट्रपति व्लादिमीर पुतिन बुधवार सुबह उत्तर कोरिया की राजधानी प्योंगयांग पहुंचे."
    hi = _support("hi1", 0, lead, "hi", "Dainik Pravah")
    copy = replace(_support("hi2", 0, twin, "hi", "Khabar Setu"), report="hi1")
    en = _support("en1", 0, "Putin and Kim signed a treaty on Wednesday in Pyongyang.", "en", "Tribune")
    facts = [Fact(id=1, label="corroborated", supports=[hi, en], reports=["en1", "hi1"],
                  languages=["en", "hi"], score=1.0),
             Fact(id=2, label="corroborated", supports=[copy, en], reports=["en1", "hi1"],
                  languages=["en", "hi"], score=0.9)]
    ef = EventFacts(event_id=12, fingerprint="x", facts=facts, summary=[1, 2], headlines={})
    view = event_view(ef, "hi")
    assert [f["text"] for f in view["facts"]].count(twin) == 0
    assert [f["id"] for f in view["summary"]] == [1]


def test_a_story_summary_is_told_event_by_event_in_the_order_given():
    """The Pyongyang story's summary told the Aurus gift (second day, the
    most central fact) before the landing (first day)."""
    def event(eid, text, score):
        s = _support(f"a{eid}", 0, text, "en", f"Source {eid}")
        f = Fact(id=1, label="corroborated", supports=[s], reports=[f"a{eid}", "b"], languages=["en"],
                 score=score)
        return EventFacts(event_id=eid, fingerprint="x", facts=[f], summary=[1], headlines={})

    first = event(12, "Putin landed at Pyongyang's Sunan airport early on Wednesday.", 0.5)
    second = event(13, "Putin gave Kim a second Aurus limousine on Thursday.", 1.0)
    view = story_view([first, second], "en")
    assert [f["event_id"] for f in view["summary"]] == [12, 13]


def test_a_reader_whose_language_no_report_uses_reads_english_first():
    ef = _derna()
    ef.facts[0].conflicts = []
    ef.facts[0].label = "corroborated"
    view = event_view(ef, "ru")["facts"][0]
    assert view["lang"] == "en", view["text"]  # not the earliest report's French


def test_a_summary_reads_in_the_order_its_reports_tell_the_facts():
    """A background fact told late in every report ("just days after Luna-25
    crashed") may be picked first for being central; the summary still opens
    with the fact the reports open with."""
    from storyline.facts.summarise import mmr

    def fact(fid, texts_at, score, label="corroborated"):
        sups = [_support(f"a{k}", at, text, "en", f"Source {k}") for k, (at, text) in enumerate(texts_at)]
        return Fact(id=fid, label=label, supports=sups, reports=[s.article_id for s in sups],
                    languages=["en"], score=score)

    background = fact(1, [(8, "The landing came days after Luna-25 crashed."),
                          (6, "It follows the crash of Russia's Luna-25.")], 1.4)
    landing = fact(2, [(0, "The Vikram lander touched down near the south pole."),
                       (1, "India landed near the Moon's south pole.")], 1.3)
    rover = fact(3, [(3, "The Pragyan rover rolled onto the surface on Thursday.")], 1.35,
                 label="single-source")
    facts = [background, landing, rover]
    picked = mmr(facts, budget_words=100, lam=1.0)
    assert picked == [1, 0, 2]  # landing (told first), then the background; single-source last
    assert mmr(facts, budget_words=100, lam=1.0) == picked  # deterministic
