"""Pages the gate still let in after h-gate5 (issue 10, h-events10): a consent
popup whose sentences between its consent lines read as prose, an embedded
social post's own words, a paper's classified-ads box.  Written for the test
(after three SemEval pages: a Polish RODO notice, Twitter's "Tweet with a
location" embed, a Turkish classifieds box); every flagged page passed the
gate on main.  Reports with such a box beside their sentences stay reports.
"""
from __future__ import annotations

import pytest
from conftest import analysed_record

PAGES = {
    # a consent popup: sentences of its own between its consent lines (one paragraph)
    "consent-pl": ("cookie-wall", "pl", "Pokaz fajerwerków nad zatoką Cześć!", (
        "Cześć! 25 maja 2018 r. weszło w życie RODO. Dlatego chcemy poinformować Cię o przetwarzaniu Twoich "
        "danych osobowych. Szanujemy Twoją prywatność i nic się dla Ciebie nie zmieni w naszym serwisie. "
        "Kto będzie administratorem Twoich danych? Będzie nim nadal dobrze Ci znany portal z Katowic, do "
        "którego możesz pisać z pytaniami, uwagami i prośbami o rezerwację. Tam możesz też zgłaszać wszystkie "
        "swoje komentarze, a odpowiemy na nie w ciągu kilku dni roboczych. Nie znamy Twojego nazwiska ani "
        "adresu, nie wiemy też, czym się zajmujesz na co dzień. Przetwarzamy tylko dane, które podajesz.")),
    "consent-en": ("cookie-wall", "en", "Fireworks over the bay Hello!", (
        "Hello! The GDPR came into force on 25 May 2018. That is why we want to tell you how we protect your "
        "personal data from now on. Your data is safe with us and nothing changes for you on our pages. Who "
        "is the controller of your data? It is still the portal from Katowice that you know well, where you "
        "can write to us with all your questions, comments and bookings. We do not know your name or your "
        "address, and we do not know what you do for a living or where you go on holiday. "
        "We only process data that you give us.")),
    # an embedded social post's widget under the profile's name
    "tweet-en": ("widget", "en", "City Herald on Twitter", (
        "Tweet with a location\n\nYou can add location information to your Tweets, such as your city or precise "
        "location, from the web and via third-party applications. You always have the option to delete your "
        "Tweet location history. Learn more")),
    "embed-en": ("widget", "en", "City Herald on Twitter", (
        "Embed this Tweet\n\nAdd this Tweet to your website by copying the code below, as many sites of the "
        "region already do. Learn more\n\nAdd this video to your website by copying the code below. Learn more")),
    # a classified-ads box under a headline
    "classifieds-tr": ("widget", "tr", "Akaryakıt fiyatları düştü", (
        "Gebze'de fabrikada çalışmak üzere deneyimli FORKLİFT OPERATÖRÜ aranıyor.\n\n"
        "* İlanlarınız hem gazetemizde hem de internet sitemizde aynı gün yayınlanmaktadır.\n\n"
        "* Uzun süreli ilanlarda indirimlerimiz mevcuttur.\n\n"
        "* İlan metninize en uygun boyut için sizinle en kısa sürede iletişime geçilecektir.\n\n"
        "* İlan vermek için (262) 000 00 00")),
    "classifieds-en": ("widget", "en", "Fuel prices fall", (
        "Experienced forklift driver wanted for a warehouse in the east of the city, full time.\n\n"
        "* Your ads appear in the paper and on our website on the same day, at no extra cost.\n\n"
        "* Place your classified ad by phone or online, and we will call you back within the hour.\n\n"
        "* Discounts for ads that run for a week or more")),
}

REPORTS = {
    # a report's own sentences before and after a consent text quoted in a paragraph of its own
    "consent-quoted-en": ("en", "Regulator fines portal over consent popup", (
        "The data protection authority fined a regional news portal 40,000 euros on Tuesday over the consent "
        "popup it showed readers for two years.\n\n"
        "\"Your data is safe with us. We only process data that you give us,\" the popup read.\n\n"
        "The authority found that the portal had also passed readers' browsing data to three advertising "
        "firms, and ordered it to delete the data within a month.")),
    # a report under an embedded tweet's widget words
    "tweet-report-en": ("en", "Mayor announces new tram line", (
        "The mayor announced a new tram line to the airport on Monday, to open in 2027 at a cost of 300 "
        "million euros. Construction will start next spring, and the line will have eleven stops.\n\n"
        "Embed this Tweet\n\nThe council will vote on the plan in March, the mayor said.")),
    # a Turkish report over the paper's classifieds box
    "classifieds-report-tr": ("tr", "Kocaeli'de akaryakıt fiyatları düştü", (
        "Kocaeli'de benzin ve motorin fiyatları bu sabah itibarıyla litre başına bir lira düştü. İndirimin "
        "pompaya yansıdığını belirten istasyon sahipleri, talebin hafta sonuna kadar artmasını bekliyor. "
        "Sürücüler, son iki ayda fiyatların üç kez yükseldiğini hatırlattı.\n\n"
        "* İlanlarınız hem gazetemizde hem de internet sitemizde aynı gün yayınlanmaktadır.\n\n"
        "* İlan vermek için (262) 000 00 00")),
}


def _analysed(key: str, lang: str, title: str, text: str):
    return analysed_record({"id": key, "title": title, "text": title + "\n\n" + text, "lang": lang})


@pytest.mark.parametrize("key", sorted(PAGES))
def test_a_consent_popup_social_embed_or_classifieds_box_is_not_a_report(key):
    kind, *page = PAGES[key]
    article = _analysed(key, *page)
    assert article.not_article == kind, (key, article.not_article, article.not_article_reason)


@pytest.mark.parametrize("key", sorted(REPORTS))
def test_a_report_beside_such_a_box_stays_a_report(key):
    article = _analysed(key, *REPORTS[key])
    assert not article.not_article, (key, article.not_article_reason)


def test_the_widget_kind_reads_in_words_and_old_reasons_still_do():
    from storyline.wording import GATE_KIND_WORDS, gate_reasons

    assert "social post" in GATE_KIND_WORDS["widget"] and "classified ads" in GATE_KIND_WORDS["widget"]
    old = gate_reasons("weather widget without a report: weather widget (2 forecasts); 0 characters of story prose")
    new = gate_reasons(f"{GATE_KIND_WORDS['widget']}: weather widget (2 forecasts); 0 characters of story prose")
    assert old[0] == new[0] == ("2 forecasts under a day's name, as a weather widget shows them", [])
