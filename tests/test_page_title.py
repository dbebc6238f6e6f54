"""A given title naming the site, the page kind or a time is replaced by the
headline the body opens with (storyline.clean.page_title)."""
from storyline.clean.page_title import is_timestamp, names_no_story, recognise_title
from storyline.pipeline import analyse
from storyline.records import RawArticle

SUB_LEAD = ("The Defense Agency said Friday the intrusion of a Chinese submarine into Japan's territorial "
            "waters near Okinawa was an act of provocation, and officials demanded an apology from Beijing. "
            "The submarine was tracked for two days by destroyers and patrol planes before it left the area.")


def test_site_name_title_gives_way_to_the_opening_headline():
    raw = RawArticle(origin="t", title="The Japan Times Online",
                     url="http://www.japantimes.co.jp/cgi-bin/getarticle.pl5?nn20041113a1.htm",
                     text="Chinese submarine intrusion considered an act of provocation\nBy NAO SHIMOYACHI\n"
                          "Staff writer\n" + SUB_LEAD)
    article = analyse(raw)
    assert article.title == "Chinese submarine intrusion considered an act of provocation"
    assert not article.text.startswith("Chinese submarine intrusion")  # not repeated in the body
    assert ("page-title", "The Japan Times Online") in [(r.rule, r.text) for r in article.removed]


def test_timestamp_and_page_kind_titles():
    lead = ("CUZCO, Peru (Reuters) - South American leaders on Wednesday launched a regional community "
            "modelled on the European Union, hoping integration will give the continent more weight. "
            "Presidents of twelve nations signed the founding declaration in the old Inca capital.")
    title, body, kept = recognise_title("International News Article",
                                        "South America Eyes EU-Style Integration\n" + lead, "reuters.com")
    assert title == "South America Eyes EU-Style Integration" and body == lead and kept
    brawl = ("Ugly brawl leads to four indefinite suspensions\nAn official tries to separate two players. "
             "The NBA suspended four players indefinitely after a brawl between players and fans "
             "in the final minute of the game in Auburn Hills on Friday night, the league said.")
    title, _, _ = recognise_title("Saturday November 20, 2004 6:23PM", brawl, "sportsillustrated.cnn.com")
    assert title == "Ugly brawl leads to four indefinite suspensions"


def test_labels_before_the_headline_are_passed_over():
    text = ("Home > News > UK > Health/Medical\nReid's smoking ban attacked by both sides\n"
            "By Jeremy Laurance, Health Editor\nThe Health Secretary, John Reid, surprised medical "
            "organisations yesterday by announcing a partial smoking ban that critics on both sides "
            "said went too far or not far enough, and pubs serving no food will be exempt.")
    title, body, _ = recognise_title("News", text, "news.independent.co.uk")
    assert title == "Reid's smoking ban attacked by both sides"
    assert body.startswith("Home > News")


def test_real_headlines_stay():
    text = ("Five seriously hurt\nMore than 100 people were injured, five seriously, when seven carriages "
            "of a high speed passenger train derailed in central Queensland on Wednesday night, police said. "
            "The train was travelling from Brisbane to Rockhampton.")
    title = "Queensland train derailment injures 128"
    assert recognise_title(title, text, "abc.net.au")[0] == title
    # a headline ending in a page-kind word that its lead repeats
    lead = ("Prosecutors said threats posted online against a school led to the arrest of a teenager "
            "on Monday; the posts were found by classmates who alerted teachers.\nMore text follows here.")
    assert not names_no_story("Teen arrested over threats posted online", lead, "example.com")
    # a title that names the page, but no headline opens the body: kept
    prose = ("WASHINGTON, Dec. 31 (Xinhuanet) -- US President George W. Bush announced on Friday that the "
             "United States would raise its pledge for tsunami relief to 350 million dollars.")
    assert recognise_title("English", prose, "news.xinhuanet.com")[0] == "English"


def test_timestamps_in_several_languages():
    assert is_timestamp("Saturday November 20, 2004 6:23PM")
    assert is_timestamp("Sáb, 13 Nov - 17h00", "pt")
    assert is_timestamp("Samstag, 20. November 2004, 18:23 Uhr", "de")
    assert is_timestamp("17/12/2004 - 08h29", "pt")
    assert not is_timestamp("Quake kills 20 in November")
    assert not is_timestamp("2004 MN4 Impact Risk")


def test_a_label_above_the_headline_does_not_echo_the_page_kind():
    text = ("FREE PREVIEW\nCable Giant Is Close to Scoring Quadruple Play\nWord Count: 1,018\n"
            "Time Warner Cable and Sprint Corp. are close to a deal that would let the cable company "
            "offer cellphone service alongside television, internet and telephone, people familiar "
            "with the talks said, a bundle the industry calls the quadruple play.")
    title, body, _ = recognise_title("Free Article", text, "online.wsj.com")
    assert title == "Cable Giant Is Close to Scoring Quadruple Play"
    assert body.startswith("FREE PREVIEW\nWord Count")
