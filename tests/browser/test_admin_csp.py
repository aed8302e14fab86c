"""The Content-Security-Policy in a real browser: the Wagtail admin (page editor included) and the public pages
work without a single CSP violation or script error."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Page

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ADMIN = "/" + settings.WAGTAIL_ADMIN_PATH
PASSWORD = "csp-check-password-1"
# Collects violations in the page itself: init scripts are injected by the browser, outside the page's policy.
RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`);
});
"""


@pytest.fixture(scope="module")
def site(site_server, django_db_blocker):
    """The package's live server (tests/browser/conftest.py), an editor account and the pages to open."""
    with django_db_blocker.unblock():
        user = get_user_model().objects.create_superuser("csp-editor", "csp@example.org", PASSWORD)
        pages = {
            "home": Page.objects.get(depth=2).specific,
            "city": Page.objects.filter(content_type__model="citypage").live().first(),
            "story": Page.objects.filter(content_type__model="cooperationstorypage").live().first(),
        }
    yield site_server.url, pages
    with django_db_blocker.unblock():
        user.delete()


class Watcher:
    """CSP violations (events and console reports) and uncaught script errors seen by one browser context."""

    def __init__(self, context):
        self.problems = []
        context.add_init_script(RECORD_VIOLATIONS)
        context.on("page", self.watch)

    def watch(self, page):
        page.on("console", self.console)
        page.on("pageerror", lambda error: self.problems.append(f"pageerror: {error}"))

    def console(self, message):
        # Only what the policy causes: a missing favicon or a failed fetch is another test's business.
        if message.type == "error" and "Content Security Policy" in message.text:
            self.problems.append(f"console: {message.text}")

    def collect(self, page):
        self.problems.extend(page.evaluate("window.__csp || []"))
        problems, self.problems = self.problems, []
        return problems


def visit(page, watcher, url):
    response = page.goto(url, wait_until="networkidle")
    assert response.status < 400, f"{url}: {response.status}"
    assert "content-security-policy" in response.headers
    page.wait_for_timeout(300)  # late scripts (editing-session ping, preview) get a moment to run
    return watcher.collect(page)


def test_admin_editor_works_under_the_policy(site, chromium):
    base, pages = site
    context = chromium.new_context()
    watcher = Watcher(context)
    page = context.new_page()
    page.goto(base + ADMIN + "login/")
    page.fill("input[name=username]", "csp-editor")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(base + ADMIN)
    assert watcher.collect(page) == []

    for label, path in [
        ("dashboard", ADMIN),
        ("explorer", f"{ADMIN}pages/{pages['home'].id}/"),
        ("home editor", f"{ADMIN}pages/{pages['home'].id}/edit/"),
        ("city editor", f"{ADMIN}pages/{pages['city'].id}/edit/"),
        ("story editor", f"{ADMIN}pages/{pages['story'].id}/edit/"),
        ("image upload", f"{ADMIN}images/multiple/add/"),
        ("documents", f"{ADMIN}documents/"),
    ]:
        assert visit(page, watcher, base + path) == [], label

    # The editor's scripts really ran: the StreamField and the side panels are built client-side.
    page.goto(base + f"{ADMIN}pages/{pages['story'].id}/edit/", wait_until="networkidle")
    assert page.locator("[data-streamfield-stream-container]").count() > 0
    page.click("[data-side-panel-toggle='preview']")
    page.wait_for_selector("iframe[data-w-preview-target='iframe']", state="attached")
    page.wait_for_timeout(1500)
    assert watcher.collect(page) == [], "preview panel"
    context.close()


def test_public_pages_work_under_the_policy(site, chromium):
    base, pages = site
    context = chromium.new_context()
    watcher = Watcher(context)
    page = context.new_page()
    for language in ("en", "zh-hans"):
        for name, target in pages.items():
            path = target.url_path.split("/", 2)[2]  # url_path is /home/<path>
            url = f"{base}/{language}/{path}"
            assert visit(page, watcher, url) == [], f"{language} {name}"
            policy = page.evaluate("fetch(location.href).then(r => r.headers.get('content-security-policy'))")
            directives = dict((part.strip().split(" ", 1) + [""])[:2] for part in policy.split(";") if part.strip())
            assert directives["script-src"] == "'self'" and "'unsafe-inline'" not in policy, url
    context.close()
