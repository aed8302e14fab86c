"""Where each public page's SQL queries go, with no cache (not collected by the suite; run it by path):

    .venv/bin/python -m pytest tests/query_profile.py -q -s -p no:cacheprovider
    QUERIES_ONLY='/en/$' QUERIES_SQL=1 .venv/bin/python -m pytest tests/query_profile.py -q -s -p no:cacheprovider

Prints the number of queries of the second request to each URL of tests/pages.py's `public_urls` and, with
QUERIES_SQL, each query's table and the project frames that sent it.
"""

import os
import re
import traceback
from pathlib import Path

import pytest
from django.db import connection

from .pages import public_urls

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("programme", "no_cache")]  # the programme content
ROOT = str(Path(__file__).resolve().parent.parent)


def project_frames():
    frames = traceback.extract_stack()[:-2]
    here = [frame for frame in frames if frame.filename.startswith(ROOT) and "/.venv/" not in frame.filename]
    return " < ".join(f"{os.path.relpath(f.filename, ROOT)}:{f.lineno}" for f in reversed(here[-4:]))


def test_print_queries_per_page(client):
    only = re.compile(os.environ.get("QUERIES_ONLY", ""))
    for url in filter(only.search, public_urls()):
        client.get(url)
        sent = []

        def record(execute, sql, params, many, context, sent=sent):
            sent.append((sql[sql.find(" FROM ") :][:160], project_frames()))
            return execute(sql, params, many, context)

        with connection.execute_wrapper(record):
            response = client.get(url)
        print(f"{len(sent):3d} {response.status_code} {url}")
        if os.environ.get("QUERIES_SQL"):
            for sql, frames in sent:
                print(f"      {sql}\n          {frames}")
