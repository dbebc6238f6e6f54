"""The small corpus the API tests read and write: one happening in three
languages, one unrelated report and one carrying markup, ingested through the
real service into a real SQLite file (module-scoped: each test module gets its own)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from storyline.api import MAX_PAGE, create_app
from storyline.ingest.readers import from_record

TOKEN = "s3cret-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
LOCAL = "http://localhost"  # the server answers only to the names it serves (Host check)

# One happening reported in three languages, one unrelated report, and one
# report carrying markup that must never run in a page.
ARTICLES = [
    {"id": "moon-en", "source": "news.example.com", "lang": "en", "date": "2023-08-23",
     "title": "India's Chandrayaan-3 lands near the Moon's south pole",
     "text": "India's Chandrayaan-3 spacecraft landed near the south pole of the Moon on "
             "Wednesday, making India the first country to touch down in that region. The "
             "Vikram lander settled on the lunar surface at 18:03 local time as scientists at "
             "the ISRO control centre in Bengaluru cheered. Prime Minister Narendra Modi said "
             "the success belonged to all of humanity. The rover Pragyan will study the soil "
             "for about two weeks."},
    {"id": "moon-hi", "source": "samachar.example.in", "lang": "hi", "date": "2023-08-23",
     "title": "चंद्रयान-3 चांद के दक्षिणी ध्रुव के पास उतरा",
     "text": "भारत का चंद्रयान-3 बुधवार को चंद्रमा के दक्षिणी ध्रुव के पास सफलतापूर्वक उतर "
             "गया। इसके साथ ही भारत इस क्षेत्र में उतरने वाला पहला देश बन गया। विक्रम लैंडर "
             "शाम 6 बजकर 3 मिनट पर चांद की सतह पर उतरा और बेंगलुरु में इसरो के वैज्ञानिकों ने "
             "खुशी मनाई। प्रधानमंत्री नरेंद्र मोदी ने कहा कि यह सफलता पूरी मानवता की है। "
             "प्रज्ञान रोवर लगभग दो हफ्ते तक चांद की मिट्टी का अध्ययन करेगा।"},
    {"id": "moon-ru", "source": "novosti.example.ru", "lang": "ru", "date": "2023-08-24",
     "title": "Индийский аппарат «Чандраян-3» сел у южного полюса Луны",
     "text": "Индийская станция «Чандраян-3» в среду совершила посадку вблизи южного полюса "
             "Луны, и Индия стала первой страной, которой это удалось. Посадочный модуль "
             "«Викрам» опустился на поверхность Луны в 18:03 по местному времени, сообщили в "
             "индийском космическом агентстве ISRO. Премьер-министр Нарендра Моди назвал успех "
             "достижением всего человечества. Луноход «Прагьян» будет изучать грунт около "
             "двух недель."},
    {"id": "ecb-en", "source": "markets.example.com", "lang": "en", "date": "2023-09-14",
     "title": "European Central Bank raises interest rates to a record 4%",
     "text": "The European Central Bank raised its deposit rate to a record 4% on Thursday, "
             "its tenth increase in a row, as it fights inflation that remains well above its "
             "target. President Christine Lagarde said rates would stay high for as long as "
             "necessary. Markets read the statement as a sign that the hikes are over."},
    {"id": "xss-en", "source": "town.example.org", "lang": "en", "date": "2023-08-25",
     "title": "Town council <script>window.__pwned=1</script> approves library budget",
     "text": "The town council met on Monday and approved the new library budget after a long "
             "debate. <script>window.__pwned=1</script> Residents asked about opening hours. "
             "<img src=x onerror=\"window.__pwned=2\"> The library will reopen in the spring "
             "after its renovation."},
]


def build_db(path: str) -> None:
    """Ingest :data:`ARTICLES` through the real service (real cleaner, model, grouping)."""
    from storyline.service import Storyline

    app = Storyline(path)
    report = app.ingest([from_record(r, f"test:{r['id']}") for r in ARTICLES])
    app.close()
    assert not report.failed and len(report.added) == len(ARTICLES), report.as_dict()


@pytest.fixture(scope="module")
def db_file(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("api") / "storyline.db")
    build_db(path)
    return path


@pytest.fixture(scope="module")
def client(db_file):
    with TestClient(create_app(db_file, TOKEN), base_url=LOCAL) as c:
        yield c


def ids_by_external(client) -> dict[str, dict]:
    items = client.get("/api/articles", params={"limit": MAX_PAGE}).json()["items"]
    return {a["external_id"]: a for a in items}

