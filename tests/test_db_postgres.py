"""The tests of tests/test_db.py, run against a real PostgreSQL server.

Needs ``SPACEREC_TEST_POSTGRES_URL`` (``eval "$(bash tools/ci_postgres.sh)"`` sets it up); skipped
when it is unset. Each test gets a schema of its own (search_path in the URL), dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from test_db import (  # noqa: F401  (collected here a second time, with the PostgreSQL db_url)
    test_bad_lines_are_reported_with_line_numbers_and_skipped,
    test_crash_between_two_documents_leaves_doc1_new_and_doc2_old,
    test_crash_inside_a_batch_leaves_its_documents_old,
    test_documents_not_contiguous_in_the_file_are_loaded_whole,
    test_double_load_changes_nothing,
    test_double_load_of_the_real_output,
    test_example_queries_on_inline_records,
    test_example_queries_on_the_real_output,
    test_migrations_are_recorded_and_rerunning_is_a_no_op,
    test_new_run_replaces_a_documents_records_and_deletes_stale_ones,
    test_records_from_an_iterable,
    test_strict_writes_nothing_and_exits_2,
)

POSTGRES_URL = os.environ.get("SPACEREC_TEST_POSTGRES_URL", "")

pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="SPACEREC_TEST_POSTGRES_URL is not set")


@pytest.fixture
def db_url() -> Iterator[str]:
    psycopg = pytest.importorskip("psycopg")
    schema = f"spacerec_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in POSTGRES_URL else "?"
    try:
        yield f"{POSTGRES_URL}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def test_the_postgres_url_reaches_a_server(db_url: str) -> None:
    from spacerec.db import connect

    with connect(db_url) as db:
        assert db.dialect == "postgresql"
        assert db.query("SELECT current_schema()")[0][0].startswith("spacerec_test_")
