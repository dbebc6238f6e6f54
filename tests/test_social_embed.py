"""An embedded Instagram post's own words ("View this post on Instagram", "A
post shared by Name (@handle) on <date>") are scraping residue in every
language Instagram's embed markup was checked in, not only English: the
cleaner cuts them from a report (keeping the post's caption between them),
and the gate counts them as a widget's words on a page that is nothing else.
Seen on a Spanish SemEval page ("Ver esta publicación en Instagram Feliz año
nuevo Una publicación compartida por … (@…) el 31 de diciembre de 2019 a las
4:19 p. m. PST"); the pages below are written for the test.
"""
from __future__ import annotations

import pytest
from conftest import analysed_record

from storyline.clean.residue import remove_residue

EMBEDS = {  # lang: (link line, byline with its time stamp)
    "en": ("View this post on Instagram", "A post shared by City Hall (@cityhall) on Mar 3, 2023 at 10:15am PST"),
    "es": ("Ver esta publicación en Instagram",
           "Una publicación compartida por Ayuntamiento (@ayto.sur) el 3 de marzo de 2023 a las 10:15 a. m. PST"),
    "pt": ("Ver essa foto no Instagram", "Uma publicação compartilhada por Prefeitura (@prefeitura) em 3 de mar de 2023"),
    "fr": ("Voir cette publication sur Instagram", "Une publication partagée par Mairie (@mairie_nord) le 3 mars 2023"),
    "de": ("Diesen Beitrag auf Instagram ansehen", "Ein Beitrag geteilt von Rathaus (@rathaus.nord) am 3. März 2023"),
    "it": ("Visualizza questo post su Instagram", "Un post condiviso da Comune (@comune_nord) in data: 3 Mar 2023"),
    "nl": ("Dit bericht op Instagram bekijken", "Een bericht gedeeld door Gemeente (@gemeente.noord)"),
    "pl": ("Wyświetl ten post na Instagramie.", "Post udostępniony przez Urząd Miasta (@urzad.miasta)"),
    "ru": ("Посмотреть эту публикацию в Instagram", "Публикация от Мэрия (@meria_sever) 3 Мар 2023 в 10:15 PST"),
}
CAPTION = "Nuevo tranvía al aeropuerto 🚋"
STORY = ("The mayor announced a new tram line to the airport on Monday, to open in 2027 at a cost of 300 "
         "million euros. Construction will start next spring, and the line will have eleven stops.")


@pytest.mark.parametrize("lang", sorted(EMBEDS))
def test_an_embeds_link_line_and_byline_go_its_caption_stays(lang):
    view, byline = EMBEDS[lang]
    text = f"{STORY}\n\n{view}\n\n{CAPTION}\n\n{byline}\n\nThe council will vote on the plan in March."
    out, removals = remove_residue(text)
    assert view.rstrip(".") not in out and "(@" not in out, out
    assert CAPTION in out and STORY in out and "The council will vote on the plan in March." in out
    assert [r.rule for r in removals].count("social-embed") == 2, removals


def test_an_embed_written_on_one_line_keeps_only_the_caption():
    line = ("Ver esta publicación en Instagram Feliz año nuevo Una publicación compartida por Regina (@regina.d) "
            "el 31 de diciembre de 2019 a las 4:19 p. m. PST")
    out, removals = remove_residue(f"{STORY}\n\n{line}")
    assert out.split("\n")[-1].strip() == "Feliz año nuevo", out
    assert "31 de diciembre de 2019" not in out


@pytest.mark.parametrize("sentence", [
    "A post shared by the ministry on Facebook showed the minister at the scene of the crash on Monday.",
    "Una publicación compartida por el ministerio mostraba al ministro en el lugar del accidente.",
    # a handle with a sentence after it: only the byline goes, the sentence stays
    "Ein Beitrag geteilt von Rathaus (@rathaus) zeigt die neue Brücke, die im Mai eröffnet werden soll, und viele Bürger kamen.",
])
def test_a_sentence_about_a_shared_post_stays(sentence):
    out, _ = remove_residue(f"{STORY}\n\n{sentence}")
    tail = out.split("\n")[-1]
    if "(@" in sentence:
        assert tail.strip().startswith("zeigt die neue Brücke"), tail
    else:
        assert tail == sentence


@pytest.mark.parametrize("lang", ["es", "de", "ru"])
def test_a_page_that_is_only_an_embedded_post_is_not_a_report(lang):
    view, byline = EMBEDS[lang]
    article = analysed_record({"id": f"embed-{lang}", "lang": lang, "title": "Rathaus Nord",
                               "text": f"Rathaus Nord\n\n{view}\n\n{byline}"})
    assert article.not_article == "widget", (article.not_article, article.not_article_reason)


def test_a_report_with_an_embedded_post_stays_a_report_without_its_chrome():
    view, byline = EMBEDS["es"]
    text = ("El alcalde anunció el lunes una nueva línea de tranvía hasta el aeropuerto, que abrirá en 2027 con un "
            "coste de 300 millones de euros. Las obras empezarán la próxima primavera y la línea tendrá once paradas.\n\n"
            f"{view}\n\n{CAPTION}\n\n{byline}\n\nEl pleno votará el proyecto en marzo, según el alcalde.")
    article = analysed_record({"id": "embed-report-es", "lang": "es", "title": "Nueva línea de tranvía", "text": text})
    assert not article.not_article, article.not_article_reason
    assert view not in article.text and "(@" not in article.text and CAPTION in article.text
    assert "social-embed" in {r.rule for r in article.removed}


def test_every_cleaning_rule_has_a_readers_label():
    """The pages name what was removed in words (``wording.RESIDUE_WORDS``); a
    rule without a label would read as its id."""
    import re

    from storyline.clean import residue
    from storyline.wording import RESIDUE_WORDS

    rules = set(re.findall(r"^``([a-z-]+)``", residue.__doc__, re.M))
    assert "social-embed" in rules and len(rules) >= 18
    assert rules <= set(RESIDUE_WORDS), rules - set(RESIDUE_WORDS)


# An embedded tweet as the page's text keeps it when Twitter's script did not run
# (seen on 50 SemEval pages in eight languages): the tweet's words, its photo
# link and "— Name (@handle) <date in the page's locale>". The bylines below
# are written for the test in the shapes those pages show.
TWEETS = {
    "en": "— City Hall (@cityhall) March 3, 2023",
    "de": "— Polizei Nord (@polizeinord) 3. März 2023",
    "es": "— Ayuntamiento (@ayto_sur) 3 de marzo de 2023",
    "ru": "— Мэрия (@meria_sever) 3 марта 2023 г.",
    "zh": "— 市政府 (@cityhall) 2023 年 3 月 3 日",
}
TWEET = "The new tram line to the airport opens today! 🚋"


@pytest.mark.parametrize("lang", sorted(TWEETS))
def test_an_embedded_tweets_photo_link_and_byline_go_its_words_stay(lang):
    byline = TWEETS[lang]
    text = f"{STORY}\n\n{TWEET} pic.twitter.com/AbC123xYz {byline}\n\nThe council will vote on the plan in March."
    out, removals = remove_residue(text)
    assert "pic.twitter.com" not in out and "(@" not in out and "2023" not in out.split("\n")[2], out
    assert TWEET in out and STORY in out and "The council will vote on the plan in March." in out
    assert [r.rule for r in removals] == ["social-embed"], removals


def test_text_scraped_onto_a_tweets_byline_line_stays():
    line = "— City Hall (@cityhall) March 3, 2023 The council will vote on the plan in March."
    out, _ = remove_residue(f"{STORY}\n\n{TWEET}\n\n{line}")
    assert out.split("\n")[-1].strip() == "The council will vote on the plan in March.", out


@pytest.mark.parametrize("sentence", [
    # a hyphen inside a word is no byline's dash
    "The mayor called it a well-thought-out plan (@cityhall) in 2023 and the council agreed with him.",
    # a handle quoted in a sentence, with no date after it
    "Residents can follow the works on the city's account — City Hall (@cityhall) — which posts every day.",
])
def test_a_sentence_naming_a_handle_stays(sentence):
    out, removals = remove_residue(f"{STORY}\n\n{sentence}")
    assert out.split("\n")[-1] == sentence, out
    assert not removals


@pytest.mark.parametrize("link", ["Tweets by @cityhall", "Tweets von @polizeinord", "Tweet di @comune_nord",
                                  "Tweets por el @ayto_sur.", "Твиты от @meria_sever", "Tweety użytkownika @urzad"])
def test_a_twitter_timelines_link_text_is_cut_from_a_report_and_is_a_widget_cue(link):
    out, removals = remove_residue(f"{STORY}\n\n{link}")
    assert out.strip() == STORY and [r.rule for r in removals] == ["social-embed"], (out, removals)
    from storyline.analyse.gate_notices import NOTICE_CUES
    assert NOTICE_CUES["widget"].search(link.lower())
