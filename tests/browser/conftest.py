"""Headless Chromium against a live server holding the programme content.

The server (tests/live_server.py) shares the session's test database (the root conftest.py's `programme` fixture
loads it once). Each browser test holds the `db` fixture, which lets the server thread query the committed
content (and, on in-memory SQLite, shares the test connection with it).
"""

import os
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.live_server import start_live_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
# Screenshots are for people to look at, not checks: taken when asked (`make screenshots`), as they cost a
# full-page PNG per width, about a tenth of the browser tests' time.
TAKE_SCREENSHOTS = os.environ.get("SCREENSHOTS") == "1"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}


class RequestsInFlight:
    """Wraps the live server's WSGI app to know when it is quiet: no request running, none started lately."""

    def __init__(self, app):
        self.app, self.running, self.last_change, self.lock = app, 0, time.monotonic(), threading.Lock()

    def change(self, delta):
        with self.lock:
            self.running += delta
            self.last_change = time.monotonic()

    def __call__(self, environ, start_response):
        self.change(+1)
        try:
            response = self.app(environ, start_response)
        except BaseException:
            self.change(-1)
            raise
        close = getattr(response, "close", None)

        def finish():  # Django finishes the request (and its database work) when the server closes the response
            try:
                if close:
                    close()
            finally:
                self.change(-1)

        response.close = finish
        return response

    def wait_until_quiet(self, quiet=0.2, timeout=10):
        """Wait until no request has run for `quiet` seconds (a beacon sent as a page closes gets there first)."""
        deadline = time.monotonic() + timeout
        while self.running or time.monotonic() - self.last_change < quiet:
            assert time.monotonic() < deadline, f"the live server is still busy ({self.running} requests)"
            time.sleep(0.02)


@pytest.fixture(scope="package")
def site_server(programme, django_db_blocker):
    """A threaded live server on a free localhost port, for the browser tests of this package."""
    server = start_live_server(django_db_blocker)
    server.requests = RequestsInFlight(server.thread.httpd.get_app())
    server.thread.httpd.set_app(server.requests)
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def quiet_server_after_each_test(db, site_server):
    """The server may still answer the last page's requests (an editing-session ping, a beacon) when the test
    ends. On in-memory SQLite it shares the test's connection, so the rollback must wait for it."""
    yield
    site_server.requests.wait_until_quiet()


@pytest.fixture(scope="package")
def chromium():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); CI installs it")
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread, which makes Django refuse ORM calls here
    # (the `db` fixture's transaction). The test thread never runs queries concurrently with the loop.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        # While the loop runs, Django keeps this thread's connections apart (asgiref's context storage): close
        # those, or they outlive the session and PostgreSQL refuses to drop the test database.
        connections.close_all()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class Tab:
    """One browser page that records console errors, uncaught exceptions and requests to other hosts."""

    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url
        self.host = urlsplit(base_url).netloc
        self.console_errors = []
        self.foreign_requests = []
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.console_errors.append(f"uncaught: {error}"))
        page.on("request", self._on_request)

    def _on_console(self, message):
        if message.type != "error":
            return
        # The document's own 404/500 status is expected on error pages; Chromium logs it as an error.
        if message.text.startswith("Failed to load resource") and message.location.get("url") == self.page.url:
            return
        self.console_errors.append(f"{message.text} ({message.location.get('url')})")

    def _on_request(self, request):
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != self.host:
            self.foreign_requests.append(request.url)

    def goto(self, path):
        response = self.page.goto(self.base_url + path, wait_until="load")
        return response

    def axe_violations(self):
        """axe-core's WCAG 2.2 AA violations on the current document, as short readable strings."""
        if not self.page.evaluate("() => typeof window.axe !== 'undefined'"):
            # Evaluated through the DevTools protocol, so a strict Content-Security-Policy does not block it.
            self.page.evaluate(AXE.read_text(encoding="utf-8"))
        results = self.page.evaluate(
            """() => axe.run(document, {
                runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
                resultTypes: ["violations"],
            })"""
        )
        return [
            f"{violation['id']} ({violation['impact']}): {violation['help']} — "
            + "; ".join(
                node["target"][0] if len(node["target"]) == 1 else str(node["target"])
                for node in violation["nodes"][:5]
            )
            for violation in results["violations"]
        ]

    def horizontal_overflow(self):
        """How many CSS pixels the document is wider than the viewport (0 when there is no horizontal scroll)."""
        return self.page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")

    def screenshot(self, name):
        """A full-page PNG of what the tab shows, as test-artifacts/screenshots/`name`.png, when asked for."""
        if not TAKE_SCREENSHOTS:
            return
        (SCREENSHOTS / name).parent.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    def check_at_both_widths(self, url, shot, status=200):
        """Loads `url` at desktop and phone widths (screenshots: `shot`-desktop/-phone); asserts its status,
        one h1, no axe violation, no sideways scroll on phones, no console error and no request to another host."""
        problems = []
        for viewport_name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
            self.page.set_viewport_size(viewport)
            response = self.goto(url)
            assert response.status == status, url
            assert self.page.locator("h1").count() == 1, f"{url}: one h1 per page"
            problems += [f"{viewport_name} axe: {violation}" for violation in self.axe_violations()]
            if viewport_name == "phone" and (overflow := self.horizontal_overflow()) > 0:
                problems.append(f"phone: the page scrolls sideways by {overflow}px")
            self.screenshot(f"{shot}-{viewport_name}")
        problems += [f"console: {error}" for error in self.console_errors]
        problems += [f"request to another host: {url}" for url in self.foreign_requests]
        assert not problems, f"{url}:\n" + "\n".join(problems)


@pytest.fixture(scope="package")
def browser_context(chromium):
    context = chromium.new_context(viewport=DESKTOP, locale="en-GB")
    yield context
    context.close()


@pytest.fixture
def own_tab(chromium, site_server, db):
    """A tab of its own browser context, whose HTTP cache holds no page another test saw (for pages that change
    between tests, such as a section shown empty, then with content)."""
    context = chromium.new_context(viewport=DESKTOP, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield Tab(page, site_server.url)
    context.close()


@pytest.fixture
def tab(site_server, browser_context, db):
    """A fresh desktop-sized page on the live server (the `db` fixture keeps the database reachable)."""
    page = browser_context.new_page()
    page.set_default_timeout(15_000)
    yield Tab(page, site_server.url)
    page.close()
