"""``/docs``: the interactive API documentation (Swagger UI), served offline.

FastAPI's own Swagger and ReDoc pages load their JavaScript from a CDN, which
an air-gapped newsroom cannot reach and the app's Content-Security-Policy would
refuse anyway.  The ``fastapi-offline`` package ships the same Swagger UI 5
files (version 4 cannot read FastAPI's OpenAPI 3.1); only those files are used,
served from ``/docs/assets`` and started by our own script
(``static/api-docs.js``), so no inline script is needed.  Swagger UI writes
some inline styles, so this one page allows those (never inline scripts).
"""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
import importlib.resources

ASSETS = importlib.resources.files("fastapi_offline") / "static"  # swagger-ui-bundle.js, .css

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Storyline API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/assets/favicon.png">
</head>
<body>
<div id="swagger-ui" data-openapi="/openapi.json"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/static/api-docs.js"></script>
</body>
</html>
"""


def install(app: FastAPI) -> None:
    """Serve ``/docs`` and its assets on ``app``."""
    app.mount("/docs/assets", StaticFiles(directory=str(ASSETS)), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(PAGE, headers={"Content-Security-Policy": CSP})
