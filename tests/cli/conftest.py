"""The demo database fixtures of test_cli.py, for the other command-line test modules."""

from tests.cli.test_cli import db_copy, demo_db  # noqa: F401
