"""A plain-text report hard-wrapped at a width (lines broken at ~70 characters,
paragraphs between blank lines) is split at its sentences, not its lines: every
line break ended a sentence, so facts and summaries showed half-sentences and
"by" / "Friday, but warned …" lost the tense that dates Friday.  A headline
line, a crosshead and list items stay sentences of their own, in scripts with
and without capitals.  Real SQLite file (or PostgreSQL), real model."""
from __future__ import annotations

import textwrap

from storyline.analyse.sentences import sentences, split_sentences

FLOOD = [
    "Heavy rain on Tuesday flooded the river town of Marlow in northern Valdoria, cutting power "
    "to more than 12,000 homes and forcing the regional government to open emergency shelters, "
    "officials said.",
    "Governor Elena Brandt said the water had risen by two metres in six hours. At least 40 "
    "people had been rescued from rooftops by boats from the national coast guard.",
    "Engineers from the state power company expect to restore supply by Friday, but warned that "
    "some villages in the hills could stay cut off for a week because landslides had blocked the "
    "only roads.",
]


def _wrapped(paragraphs: list[str], width: int = 70) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs)


def _flat(paragraph: str) -> list[str]:
    return sentences(paragraph)  # the sentences the paragraph has on one line


def test_a_hard_wrapped_text_splits_at_sentences_and_keeps_headline_crosshead_and_list():
    body = _wrapped(FLOOD)
    assert all(len(line) <= 70 for line in body.split("\n")) and body.count("\n") > 8
    text = ("Floods cut power to thousands in northern Valdoria\n" + body
            + "\n\nWhat residents need to know\n"
            + textwrap.fill("Shelters are open in the town hall and at two schools, and the regional "
                            "government has set up a telephone line for families of the missing.", 70)
            + "\n\nEmergency numbers\n- Coast guard: 112\n- Power company: 0800 100 200\n- Red Cross")
    spans = split_sentences(text)
    assert [s for _, _, s in spans] == [
        "Floods cut power to thousands in northern Valdoria",
        *[s for p in FLOOD for s in _flat(p)],
        "What residents need to know",
        "Shelters are open in the town hall and at two schools, and the regional government "
        "has set up a telephone line for families of the missing.",
        "Emergency numbers", "- Coast guard: 112", "- Power company: 0800 100 200", "- Red Cross"]
    # offsets still cite the text: the sentence is its slice, line breaks read as spaces
    assert all(text[a:b].replace("\n", " ") == s for a, b, s in spans)
    # a list of headlines as long as wrapped lines closes no sentence: never joined
    heads = ["Minister resigns over expenses row after weeks of pressure from MPs",
             "Storm warning issued for the whole coast as winds reach gale force",
             "Union calls off national rail strike after last-minute pay talks",
             "Court rejects appeal in fraud case against former bank director",
             "Council approves new stadium plan despite protests from residents"]
    assert sentences("\n".join(heads) + "\n\n" + body)[:6] == [*heads, _flat(FLOOD[0])[0]]


def test_wrapped_text_in_scripts_without_capitals():
    hindi = ["केरल के कई जिलों में मंगलवार को भारी बारिश के बाद नदियों का जलस्तर खतरे के निशान से ऊपर "
             "पहुंच गया और हजारों लोगों को राहत शिविरों में ले जाया गया। राज्य सरकार ने कहा कि सेना और "
             "राष्ट्रीय आपदा मोचन बल की टीमें बचाव कार्य में लगी हैं।",
             "मुख्यमंत्री ने प्रभावित इलाकों का हवाई सर्वेक्षण किया और मृतकों के परिवारों को चार लाख "
             "रुपये की सहायता देने की घोषणा की।"]
    text = "केरल में बाढ़ से हजारों लोग बेघर\n" + _wrapped(hindi, 60)
    assert [s for _, _, s in split_sentences(text)] == [
        "केरल में बाढ़ से हजारों लोग बेघर", *[s for p in hindi for s in _flat(p)]]
    arabic = ["قالت السلطات الليبية يوم الثلاثاء إن الفيضانات التي ضربت مدينة درنة في شرق البلاد "
              "أودت بحياة آلاف الأشخاص وإن فرق الإنقاذ ما زالت تبحث عن المفقودين تحت الأنقاض. وأضافت "
              "أن السدين اللذين انهارا لم يخضعا للصيانة منذ سنوات طويلة."]
    text = "فيضانات درنة\n" + _wrapped(arabic, 60)
    assert [s for _, _, s in split_sentences(text)] == ["فيضانات درنة", *_flat(arabic[0])]
    chinese = ("四川省甘孜州泸定县周一中午发生六点八级地震，造成至少六十五人死亡，数百人受伤，"
               "多个村庄的房屋倒塌，道路和通讯中断。救援人员正在废墟中搜寻幸存者，当地政府已经"
               "启动一级应急响应并调派数千名消防员和武警赶赴灾区。")
    lines = [chinese[i:i + 24] for i in range(0, len(chinese), 24)]  # CJK wraps between any two characters
    text = "四川泸定发生强烈地震\n" + "\n".join(lines)
    assert [s for _, _, s in split_sentences(text)] == ["四川泸定发生强烈地震", *_flat(chinese)]


def test_a_wrapped_txt_report_gives_whole_sentences_as_facts_and_dates_friday_ahead(tmp_path, db_path):
    from storyline.service import Storyline

    page = tmp_path / "flood.txt"
    page.write_text("title: Floods cut power to thousands in northern Valdoria\nsource: Valdoria Herald\n"
                    "date: 2024-03-14\n\n" + _wrapped(FLOOD) + "\n", encoding="utf-8")
    app = Storyline(db_path)
    assert len(app.ingest_paths([str(page)]).added) == 1
    event = app.store.events()[0]
    shown = [s["text"] for f in app.event_summary(event.id, "en")["facts"] for s in f["supports"]]
    article = app.store.articles()[0]
    app.close()
    assert sorted(shown) == sorted(s for p in FLOOD for s in _flat(p))
    # "expect to restore supply by" / "Friday, but warned …" read alone had no tense:
    # Friday was the one before the Thursday report
    assert {d.text: d.iso for d in article.dates}["Friday"] == "2024-03-15"


def test_a_wrapped_line_ending_in_an_abbreviation_or_initial_goes_on():
    """"…imposed by the U.S." / "Treasury on Monday." is one sentence, as it is
    on one line: the abbreviation guard holds at a line's end too.  A paragraph
    that ends on "U.S." and a short headline ending on "Dr." still end."""
    lines = ["Exporters in the port city of Odessa said on Tuesday that the",
             "new rules would follow the sweeping sanctions imposed by the U.S.",
             "Treasury on Monday against three shipping firms and their owners.",
             "The talks on the rules will be led by the ministry's adviser Dr.",
             "Anna Weber and by the port's director, who met officials from the",
             "city hall and from St. Petersburg on Jan. 12 with his deputy, J.",
             "Robert Miles, and the harbour master of the free port of Gdansk.",
             "Officials expect a decision on the shipping licences before the",
             "end of the month, when the current permits run out for good."]
    assert all(len(x) <= 70 for x in lines)
    text = ("Sanctions row reaches the U.S.\n" + "\n".join(lines)
            + "\n\nA second paragraph ends with a country's name, the U.S.\n\nThe next one starts afresh.")
    assert sentences(text) == [
        "Sanctions row reaches the U.S.",
        " ".join(lines[:3]),
        " ".join(lines[3:7]),
        " ".join(lines[7:]),
        "A second paragraph ends with a country's name, the U.S.",
        "The next one starts afresh."]
