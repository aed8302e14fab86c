"""Every page type in both languages, in a real browser: clean console, no other host, axe-core, no sideways scroll.

With `make screenshots`, each page type (desktop 1280 px and phone 375 px, both languages) is saved to
test-artifacts/screenshots/.
"""

import pytest

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "zh-hans"]
SEARCH_WORDS = {"en": "Mannheim", "zh-hans": "扬州"}

# name -> (path below the language prefix, expected status)
PAGE_TYPES = {
    "home": ("/", 200),
    "programme": ("/background/", 200),
    "un-goals": ("/un-goals/", 200),
    "achievements": ("/achievements/", 200),
    "contact": ("/contact/", 200),
    "legal": ("/accessibility/", 200),
    "city-directory": ("/cities/", 200),
    "city-directory-filtered": ("/cities/?side=eu&country=it", 200),
    "city": ("/cities/yangzhou/", 200),
    "city-europe": ("/cities/aak/", 200),
    "story-index": ("/cooperation/", 200),
    "story-rollup": ("/cooperation/?theme=smart-city", 200),
    "story": ("/cooperation/yangzhou-horticultural-expo/", 200),
    "events-empty": ("/events/", 200),
    "news-empty": ("/news/", 200),
    "publications-empty": ("/publications/", 200),
    "search": ("/search/?q={word}", 200),
    "not-found": ("/cities/atlantis/", 404),
    "server-error": ("/broken/", 500),
}


@pytest.fixture
def error_urls(settings):
    """Serve tests/error_urls.py, whose `/<lang>/broken/` always raises, so the live server renders its 500 page."""
    settings.ROOT_URLCONF = "tests.error_urls"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_type(tab, request, name, language):
    if name == "server-error":
        request.getfixturevalue("error_urls")
    path, status = PAGE_TYPES[name]
    url = f"/{language}{path.format(word=SEARCH_WORDS[language])}"
    tab.check_at_both_widths(url, f"{name}-{language}", status)
    assert tab.page.evaluate("document.documentElement.lang") == ("en" if language == "en" else "zh-Hans")
