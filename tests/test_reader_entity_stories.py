"""A name's page says why its stories come in the order they do (h-ui15).

Moscow's page on the demo listed the grain deal (2023-07), Putin and Kim
(2023-09 … 2024-06), Chandrayaan-3 (2023-08) and the Kakhovka dam (2023-06):
neither by date nor by any number a card showed (the cards count articles and
their top names; Moscow is not among Putin and Kim's).  The order is how often
each story names it, which `storyline entity` printed ("15 mentions") and the
page did not: each card now says it, and the list says it is the order.
"""
from __future__ import annotations

import re
from urllib.parse import quote



def test_a_names_stories_say_how_often_each_names_it_most_first(demo_app, client):
    app, _ = demo_app
    moscow = client.get("/api/entities", params={"q": "Moscow"}).json()["resolved"]
    detail = app.entity_detail(moscow)
    assert len(detail.stories) > 1
    html = client.get(f"/entities/{quote(moscow, safe='')}").text
    section = html[html.index('id="h-stories"'):html.index('id="h-articles"')]
    assert "Those that name it most first." in section
    notes = re.findall(r'<p class="meta why-here">(\d+) mentions? of <span>Moscow</span> in this story</p>', section)
    assert [int(n) for n in notes] == [n for _, n in detail.stories], notes
    assert notes == sorted(notes, key=int, reverse=True)
    # for a Hindi reader the name is the Hindi one, in a line worded in Hindi (h-ui22), so not marked again
    from storyline.reader_words import say

    putin = client.get("/api/entities", params={"q": "Vladimir Putin"}).json()["resolved"]
    hindi = client.get(f"/entities/{quote(putin, safe='')}", params={"names": "hi"}).text
    client.cookies.clear()
    assert f'<span>व्लादिमीर पुतिन</span> {say("in this story", "hi")}' in hindi
