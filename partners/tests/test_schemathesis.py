"""Schemathesis (its command line, `st run --checks all`) against the API's own OpenAPI document on a live server.

Every check is on: server errors, status codes, content types, headers and bodies as documented, schema-valid
requests accepted and invalid ones refused, undeclared methods (TRACE, PUT…) answered 405 with `Allow`, and the
links between operations. The run is bounded (`--max-examples`) and seeded, so that it is the same every time.
"""

import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.servers.basehttp import ThreadedWSGIServer

pytestmark = [pytest.mark.django_db, pytest.mark.system]

MAX_EXAMPLES = 20  # per operation and phase; the four operations then get about 500 requests
SCHEMATHESIS = Path(sys.executable).with_name("st")


class NoDelayServer(ThreadedWSGIServer):
    """Django's threaded server, sending each write at once (TCP_NODELAY).

    It writes a response's headers and body separately; with Nagle's algorithm the body then waits for the
    client's delayed acknowledgement of the headers, some 40 ms per request, most of a run's time.
    """

    def get_request(self):
        connection, address = super().get_request()
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return connection, address


@pytest.fixture(scope="module")
def api_server(programme, django_db_blocker):
    """A threaded live server on a free port, sharing the session's test database and its programme content.

    Not pytest-django's `live_server`: it forces `transactional_db`, whose flush would delete that content.
    """
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("localhost:0", start=False)
    server.thread.server_class = NoDelayServer
    with django_db_blocker.unblock():
        server.start()
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
