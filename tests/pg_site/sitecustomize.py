"""Run at start-up by the Python subprocesses the tests start while the suite
runs on PostgreSQL (tests/conftest.py puts this folder on PYTHONPATH): a CLI
given a SQLite path then opens the same PostgreSQL schema as the test does."""
import os
import sys

if os.environ.get("STORYLINE_TEST_BACKEND") == "postgres" and os.environ.get("STORYLINE_TEST_RUN"):
    sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    import pg_schemas

    pg_schemas.install_mapping()
