"""404 and 500 pages: the visitor's language, the language switcher, a way back, and no stack trace."""

import pytest

from tests.pages import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("city_directory")]  # an empty site and its city directory

LANGUAGES = {"en": "en", "zh-hans": "zh-Hans"}
HEADINGS = {
    404: {"en": "Page not found", "zh-hans": "页面未找到"},
    500: {"en": "Something went wrong", "zh-hans": "出错了"},
}


@pytest.fixture
def failing_client(client, settings):
    """A client on tests/error_urls.py, whose `/<lang>/broken/` raises; errors come back as responses."""
    settings.ROOT_URLCONF = "tests.error_urls"
    client.raise_request_exception = False
    return client


def assert_error_page(response, status, prefix, path):
    assert response.status_code == status
    document = soup(response)
    assert document.html["lang"] == LANGUAGES[prefix]
    assert [h1.get_text(strip=True) for h1 in document.find_all("h1")] == [HEADINGS[status][prefix]]
    switcher = {a["hreflang"]: a for a in document.select(".language-switcher a")}
    assert {code: a["href"] for code, a in switcher.items()} == {"en": f"/en{path}", "zh-Hans": f"/zh-hans{path}"}
    assert switcher[LANGUAGES[prefix]]["aria-current"] == "true"
    assert f"/{prefix}/" in {a["href"] for a in document.select("main a")}, "a way back to the home page"
    assert document.select_one("a.skip-link")["href"] == "#main" and document.select_one("main#main")
    return document


@pytest.mark.parametrize("prefix", LANGUAGES)
def test_404_page(client, prefix):
    document = assert_error_page(client.get(f"/{prefix}/cities/atlantis/"), 404, prefix, "/cities/atlantis/")
    form = document.select_one("main form[role=search]")
    assert form["action"] == f"/{prefix}/search/" and form.select_one("input[name=q]")
    assert document.select_one(".breadcrumbs [aria-current=page]").get_text(strip=True) == HEADINGS[404][prefix]


@pytest.mark.parametrize("prefix", LANGUAGES)
def test_500_page_when_a_view_raises(failing_client, prefix):
    response = failing_client.get(f"/{prefix}/broken/")
    assert_error_page(response, 500, prefix, "/broken/")
    html = response.content.decode()
    assert "Traceback" not in html and "RuntimeError" not in html and "deliberate failure" not in html


@pytest.mark.parametrize(("accept_language", "language"), [("zh-CN,zh;q=0.9", "zh-hans"), ("de-DE,en;q=0.5", "en")])
def test_500_page_outside_the_language_prefixes_follows_the_browser(failing_client, accept_language, language):
    response = failing_client.get("/broken/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 500
    document = soup(response)
    assert document.html["lang"] == LANGUAGES[language]
    assert [h1.get_text(strip=True) for h1 in document.find_all("h1")] == [HEADINGS[500][language]]


@pytest.mark.parametrize("prefix", LANGUAGES)
def test_500_page_when_the_database_is_down(client, django_db_blocker, prefix):
    client.raise_request_exception = False
    with django_db_blocker.block():
        response = client.get(f"/{prefix}/cities/yangzhou/")
    assert_error_page(response, 500, prefix, "/cities/yangzhou/")
