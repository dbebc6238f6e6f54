"""What the Russian count tests of the gate's clauses share (h-ui34, h-ui35): one page stored
through the real service, then the Not articles page's reasons as a Russian reader reads them."""
from __future__ import annotations

import html
import re

from fastapi.testclient import TestClient

from storyline.api import create_app
from storyline.ingest.readers import from_record


def reasons_read(db_path: str, record: dict, source: str, lang: str = "ru") -> str:
    """Ingest ``record`` (a page the gate flags) into ``db_path`` and return the Not articles
    page's reasons in ``lang`` as plain text, whitespace folded."""
    from storyline.service import Storyline

    app = Storyline(db_path)
    report = app.ingest([from_record(record, source)])
    assert report.not_articles and not report.added, report.as_dict()
    app.close()
    with TestClient(create_app(db_path, "tok"), base_url="http://localhost") as c:
        page = c.get(f"/not-articles?lang={lang}").text
    return " ".join(" ".join(html.unescape(re.sub(r"<[^>]+>", "", r)).split())
                    for r in re.findall(r'<p class="reason"[^>]*>(.*?)</p>', page, re.S))
