"""Schemathesis (its command line, `st run --checks all`) against the API's own OpenAPI document on a live server.

Every check is on: server errors, status codes, content types, headers and bodies as documented, schema-valid
requests accepted and invalid ones refused, undeclared methods (TRACE, PUT…) answered 405 with `Allow`, and the
links between operations. The run is bounded (`--max-examples`) and seeded, so that it is the same every time.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.live_server import start_live_server

pytestmark = [pytest.mark.django_db, pytest.mark.system]

MAX_EXAMPLES = 20  # per operation and phase; the four operations then get about 500 requests
SCHEMATHESIS = Path(sys.executable).with_name("st")


@pytest.fixture(scope="module")
def api_server(programme, django_db_blocker):
    server = start_live_server(django_db_blocker)
    yield server
    server.stop()


def test_api_passes_every_schemathesis_check(api_server, tmp_path):
    command = [
        str(SCHEMATHESIS),
        "run",
        f"{api_server.url}/api/v2/openapi.json",
        "--checks=all",
        f"--max-examples={MAX_EXAMPLES}",
        "--seed=1",
        "--generation-database=none",
        "--no-color",
    ]
    run = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path)
    summary = re.search(r"(\d+) generated, (.+)", run.stdout)
    assert run.returncode == 0 and summary, run.stdout[-6000:] + run.stderr[-2000:]
    assert summary.group(2).strip() == f"{summary.group(1)} passed", run.stdout[-6000:]
    assert int(summary.group(1)) >= 200  # every phase ran, not a shortened run
