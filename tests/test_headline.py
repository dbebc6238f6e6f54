"""The headline kept as the body's first line is removed when it differs from
the title only by a site name, a section label, case, quotes or dashes."""
from __future__ import annotations

import pytest

from storyline.clean.headline import strip_repeated_headline
from storyline.pipeline import analyse
from storyline.records import RawArticle

TITLE = "Floods in Derna: thousands missing after two dams burst"
BODY = ("Rescue teams searched the Libyan city on Tuesday as the death toll rose, "
        "officials said.\nThe storm hit the coast on Sunday night.")


@pytest.mark.parametrize("first", [
    TITLE,
    TITLE + " - The Northern Courier",
    TITLE + " | Harbour Times",
    "Opinion | " + TITLE,
    TITLE.upper(),
    "“Floods in Derna” – thousands missing after two dams burst",
    "Floods in Derna — thousands missing after two dams burst.",
    "\n\n  " + TITLE,
])
def test_repeated_headline_is_removed_and_recorded(first):
    text, removed = strip_repeated_headline(f"{first}\n{BODY}", TITLE)
    assert text.strip() == BODY
    assert [(r.rule, r.text) for r in removed] == [("headline-repeat", first.strip())]


@pytest.mark.parametrize("first", [
    "Floods in Derna: what we know so far",          # a different subhead
    "Rescue teams searched the Libyan city on Tuesday as the death toll rose.",
    TITLE + " as the storm moved east and aid agencies warned of disease in the city",
])
def test_other_first_lines_stay(first):
    text, removed = strip_repeated_headline(f"{first}\n{BODY}", TITLE)
    assert removed == [] and text.startswith(first)


def test_pipeline_drops_the_repeat_with_german_title_and_site_name():
    raw = RawArticle(origin="t", title="Hochwasser in Derna: Tausende vermisst",
                     text="Hochwasser in Derna: Tausende vermisst – Rheinblick Nachrichten\n\n"
                          "Nach dem Bruch zweier Dämme suchen Retter in der libyschen Stadt nach "
                          "Überlebenden, teilten die Behörden am Dienstag mit.")
    article = analyse(raw)
    assert article.text.startswith("Nach dem Bruch")
    assert article.removed[0].rule == "headline-repeat"
    assert article.title == "Hochwasser in Derna: Tausende vermisst"


def _events_and_headlines(db_path, rows):
    """Ingest ``rows`` (records) into a fresh store: each row's event id by
    its ``id``, and each event's listed headline."""
    from storyline.ingest.readers import from_record
    from storyline.service import Storyline

    app = Storyline(db_path)
    try:
        report = app.ingest([from_record(r, f"t:{r['id']}") for r in rows])
        ev = {r["id"]: app.article(report.placed[f"t:{r['id']}"]).event_id for r in rows}
        return ev, {e.id: e.headline for e in app.events()}
    finally:
        app.close()


def test_a_title_that_names_the_site_is_no_event_headline(db_path):
    """Scraped pages often carry the site's ``<title>``: Wikinews dev's event
    of the US tsunami pledge was listed as "English" (a Xinhua page's title)
    though CNN's report of it had a headline.  A title that names the site or
    a section is passed over while another member's title is a headline; an
    event of such pages alone keeps one (there is nothing better to show)."""
    from storyline.clean.headline import names_the_page

    assert names_the_page("English", "news.xinhuanet.com")
    assert names_the_page("The Japan Times Online", "japantimes.co.jp")
    assert not names_the_page("Putin visits Pyongyang", "x.com")
    assert not names_the_page("Putin arrives", None)
    assert not names_the_page("普京访问朝鲜", None)  # no spaces: not judged by its word count
    pledge = ("US President George W. Bush announced on Friday that the United States is pledging "
              "350 million dollars to help tsunami victims in Asia, a tenfold increase over its first "
              "wave of aid. The money will go to relief agencies working in Indonesia, Sri Lanka and India, "
              "the White House said.")
    rows = [
        {"id": "x1", "title": "English", "source": "news.xinhuanet.com", "date": "2005-01-01",
         "text": pledge + " Officials in Washington said more help could follow."},
        {"id": "x2", "title": "English", "source": "english.people.cn", "date": "2005-01-01",
         "text": "The United States on Friday raised its pledge for tsunami victims in Asia to 350 million "
                 "dollars, ten times its first offer, President George W. Bush announced. Relief agencies "
                 "in Indonesia, Sri Lanka and India will receive the money, the White House said."},
        {"id": "c1", "title": "Bush raises US tsunami aid tenfold to $350 million", "source": "cnn.com",
         "date": "2005-01-01",
         "text": "President George W. Bush said on Friday the United States will give 350 million dollars "
                 "to tsunami victims in Asia, ten times the first pledge. Americans also gave online: "
                 "Amazon.com put a Red Cross link on its front page and collected millions in a day, and "
                 "Apple's music store and Google asked their users to donate as well."},
        {"id": "s1", "title": "Politics", "source": "example.org", "date": "2005-03-10",
         "text": "The city council of Springfield voted on Thursday to close the old library for repairs, "
                 "the mayor's office said in a statement. Work will take six months."},
    ]
    ev, heads = _events_and_headlines(db_path, rows)
    assert ev["x1"] == ev["x2"] == ev["c1"] != ev["s1"]
    assert heads[ev["c1"]] == "Bush raises US tsunami aid tenfold to $350 million"
    assert heads[ev["s1"]] == "Politics"


def test_a_title_its_own_lead_does_not_echo_is_no_event_headline(db_path):
    """A page title that names no report ("International News Article", a
    timestamp) shares no word with the text under it, as a headline does with
    its lead; Wikinews dev's South American trade bloc was listed (and its
    story headed) "International News Article" though "S America launches
    trading bloc" was one of its reports' titles.  Such a title is passed over
    while another member's title is echoed by its lead; alone, it stays."""
    from storyline.clean.headline import echoed_by_lead

    bloc = ("Twelve South American nations launched a trading bloc on Wednesday in Cuzco, Peru, "
            "modelled on the European Union, with plans for a common parliament and currency.")
    assert not echoed_by_lead("International News Article", bloc)
    assert echoed_by_lead("S America launches trading bloc", bloc)
    assert echoed_by_lead("Putin arrives", "Putin arrived in Pyongyang on Wednesday.")  # stems: arriv-
    assert echoed_by_lead("普京访问朝鲜", "俄罗斯总统普京抵达平壤")  # no spaces: not judged
    assert not echoed_by_lead("and 32 Small Ones", "A bloc of 12 nations, big and small ones alike")
    assert echoed_by_lead("iPhone sales slow", "Sales of the iPhone slowed in the quarter")
    rows = [
        {"id": "i1", "title": "International News Article", "source": "bbc.example", "date": "2004-12-09",
         "text": bloc + " Leaders of Brazil, Argentina and Chile signed the declaration."},
        {"id": "r1", "title": "S America launches trading bloc", "source": "reuters.example",
         "date": "2004-12-09",
         "text": "South American leaders on Wednesday launched a trading bloc in Cuzco, Peru, modelled on the "
                 "European Union, signing a declaration that plans a common parliament and currency."},
        {"id": "t1", "title": "Saturday November 20, 2004 6:23PM", "source": "example.org", "date": "2004-11-20",
         "text": "The city council of Springfield voted on Thursday to close the old library for repairs, "
                 "the mayor's office said in a statement. Work will take six months."},
    ]
    ev, heads = _events_and_headlines(db_path, rows)
    assert ev["i1"] == ev["r1"] != ev["t1"]
    assert heads[ev["r1"]] == "S America launches trading bloc"
    assert heads[ev["t1"]] == "Saturday November 20, 2004 6:23PM"
