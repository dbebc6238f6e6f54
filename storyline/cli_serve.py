"""``storyline serve`` (and ``demo``'s server): uvicorn on one bound socket.

Kept apart from :mod:`storyline.cli` so that module stays small.  Who may
reach the server is decided here from the command line: the token, whether
the address is public, and the names the ``Host`` header may carry.
"""
from __future__ import annotations

import argparse
from typing import Sequence


def serve(db: str, host: str, port: int, token_file: str | None = None,
          extra_hosts: Sequence[str] = ()) -> int:
    """Run the API and UI with uvicorn until Ctrl-C; says where once the port is bound."""
    import socket

    import uvicorn

    from storyline.api import create_app, is_loopback, resolve_token
    from storyline.web.guards import allowed_hosts

    app = create_app(db, resolve_token(token_file), public=not is_loopback(host),
                     hosts=allowed_hosts(extra_hosts, bind=host))
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ValueError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    shown = f"[{host}]" if ":" in host else host
    print(f"Serving Storyline at http://{shown}:{sock.getsockname()[1]} (Ctrl-C to stop)", flush=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    server.run(sockets=[sock])
    return 0


SERVE_HELP = """Serve the HTTP API (/api/…, schema at /openapi.json) and the web UI.
Writes (POST /api/articles) need 'Authorization: Bearer TOKEN', the token coming
from $STORYLINE_TOKEN or --token-file; without a token, writes are refused.
Reads are open on a loopback address; on any other address they need the token
too, and serving without one is refused. Requests must name the server as
localhost, 127.0.0.1, [::1] or the address bound in their Host header (against
DNS rebinding); allow other names with --allowed-host or $STORYLINE_ALLOWED_HOSTS."""


def _port(value: str) -> int:
    """argparse type for --port: 0-65535, checked before ``demo`` ingests anything
    (a port out of range made ``socket.bind`` raise OverflowError, a traceback)."""
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a port number, got {value!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port (0 to 65535)")
    return port


def add_serve_args(s: argparse.ArgumentParser) -> None:
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    s.add_argument("--port", type=_port, default=8000, help="port (default: %(default)s; 0: any free one)")
    s.add_argument("--token-file", help="file whose first line is the API token "
                   "(default: $STORYLINE_TOKEN, else $STORYLINE_TOKEN_FILE)")
    s.add_argument("--allowed-host", action="append", default=[], metavar="NAME",
                   help="a host name clients may use in the Host header besides localhost, "
                        "127.0.0.1, [::1] and the bound address (repeatable; also "
                        "$STORYLINE_ALLOWED_HOSTS, comma-separated; '*' allows any)")
