"""Keyboard use, the language switcher, the map, the phone menu and the print stylesheet, in a real browser."""

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from .conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser

MAX_TAB_STOPS = 120

FOCUS_STATE = """() => {
    const element = document.activeElement;
    const box = element.getBoundingClientRect();
    const ringOf = (node) => {
        const style = getComputedStyle(node);
        return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none";
    };
    const card = element.closest(".card");
    return {
        selector: element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
            + (element.getAttribute("class") ? "." + element.getAttribute("class").trim().split(/\\s+/).join(".") : ""),
        id: element.id,
        href: element.getAttribute("href"),
        visible: ringOf(element) || (card !== null && ringOf(card)),
        inViewport: box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth,
        onTop: (() => {
            const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
            const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 8), 0), window.innerHeight - 1);
            const hit = document.elementFromPoint(x, y);
            const sameCard = card !== null && hit !== null && card.contains(hit);
            return hit !== null && (element.contains(hit) || hit.contains(element) || sameCard);
        })(),
    };
}"""


def tab_to(tab, matches):
    """Press Tab until `matches(focus_state)`; every stop on the way must show a visible, unobscured focus ring."""
    for _ in range(MAX_TAB_STOPS):
        tab.page.keyboard.press("Tab")
        state = tab.page.evaluate(FOCUS_STATE)
        assert state["visible"], f"no visible focus indicator on {state['selector']}"
        assert state["inViewport"] and state["onTop"], f"focused {state['selector']} is hidden or covered"
        if matches(state):
            return state
    raise AssertionError(f"not reached with {MAX_TAB_STOPS} presses of Tab")


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(tab):
    tab.goto("/en/")
    state = tab_to(tab, lambda state: True)
    assert "skip-link" in state["selector"]
    tab.page.keyboard.press("Enter")
    assert tab.page.evaluate("document.activeElement.id") == "main"


def test_directory_filters_work_by_keyboard(tab):
    tab.goto("/en/cities/")
    tab_to(tab, lambda state: state["id"] == "filter-side")
    side_options = tab.page.eval_on_selector("#filter-side", "select => [...select.options].map(o => o.value)")
    for _ in range(side_options.index("eu")):
        tab.page.keyboard.press("ArrowDown")
    assert tab.page.input_value("#filter-side") == "eu"
    tab_to(tab, lambda state: state["selector"].startswith("button") and state["id"] == "")
    with tab.page.expect_navigation():
        tab.page.keyboard.press("Enter")
    assert parse_qs(urlsplit(tab.page.url).query).get("side") == ["eu"]
    assert "13 case cities" in tab.page.inner_text(".result-count")
    assert tab.page.locator(".city-card--cn").count() == 0
    assert tab.page.locator(".city-card--eu").count() == 13


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [("zh-hans", "智慧城市", "/zh-hans/cooperation/liuzhou-barcelona/"), ("en", "Mannheim", "/en/cities/mannheim/")],
)
def test_header_search_works_by_keyboard(tab, language, query, expected):
    tab.goto(f"/{language}/")
    tab_to(tab, lambda state: state["id"] == "site-search-q")
    tab.page.keyboard.type(query)
    with tab.page.expect_navigation():
        tab.page.keyboard.press("Enter")
    url = urlsplit(tab.page.url)
    assert url.path == f"/{language}/search/"
    assert unquote(parse_qs(url.query)["q"][0]) == query
    assert expected in tab.page.eval_on_selector_all(
        ".search-results a", "links => links.map(a => a.getAttribute('href'))"
    )


def test_map_markers_are_links_reachable_by_keyboard(tab):
    tab.goto("/en/")
    names = tab.page.eval_on_selector_all("svg a.map-marker", "links => links.map(a => a.getAttribute('aria-label'))")
    assert len(names) == 31 and "Yangzhou, China" in names and "Mannheim, Germany" in names
    state = tab_to(tab, lambda state: "map-marker" in state["selector"])
    with tab.page.expect_navigation():
        tab.page.keyboard.press("Enter")
    assert urlsplit(tab.page.url).path == state["href"]
    assert tab.page.locator("h1").inner_text() in [name.split(",")[0] for name in names]


LABEL_OPACITY = "(link) => getComputedStyle(link.nextElementSibling).opacity"  # the name follows its marker


def test_map_marker_names_show_on_keyboard_focus_and_on_hover(tab):
    tab.goto("/en/")
    state = tab_to(tab, lambda state: "map-marker" in state["selector"])
    focused = tab.page.locator(f'svg a.map-marker[href="{state["href"]}"]')
    assert focused.evaluate(LABEL_OPACITY) == "1"
    mannheim = tab.page.locator('svg a.map-marker[href="/en/cities/mannheim/"]')
    assert mannheim.evaluate(LABEL_OPACITY) == "0"
    mannheim.hover()
    assert mannheim.evaluate(LABEL_OPACITY) == "1"
    box = mannheim.locator("xpath=following-sibling::*[1]").bounding_box()
    assert box["width"] > 40 and box["height"] >= 12  # readable, not a speck


def test_on_phones_the_list_comes_before_the_map_with_large_targets(tab):
    tab.page.set_viewport_size(PHONE)
    tab.goto("/en/")
    listing, figure = tab.page.locator("details.map-list"), tab.page.locator("figure.map--full")
    assert listing.bounding_box()["y"] < figure.bounding_box()["y"]
    listing.locator("summary").click()
    sizes = listing.locator("a").evaluate_all("links => links.map(a => a.getBoundingClientRect().height)")
    assert len(sizes) > 31 and min(sizes) >= 24


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/en/cities/yangzhou/", "扬州"),
        ("/en/cooperation/chongqing-mannheim/", "重庆与德国曼海姆"),
        ("/en/cities/?side=eu&country=it", "案例城市"),
        ("/en/search/?q=Mannheim", "搜索"),
        ("/en/cities/atlantis/", "页面未找到"),
    ],
)
def test_language_switcher_lands_on_the_same_page(tab, path, heading):
    tab.goto(path)
    with tab.page.expect_navigation():
        tab.page.click(".language-switcher a[hreflang='zh-Hans']")
    assert tab.page.url == tab.base_url + "/zh-hans" + path[len("/en") :]
    assert tab.page.evaluate("document.documentElement.lang") == "zh-Hans"
    assert heading in tab.page.locator("h1").inner_text()
    with tab.page.expect_navigation():
        tab.page.click(".language-switcher a[hreflang='en']")
    assert tab.page.url == tab.base_url + path


def test_phone_menu_opens_and_closes(tab):
    tab.page.set_viewport_size(PHONE)
    tab.goto("/en/cities/")
    toggle = tab.page.locator(".main-nav__toggle")
    menu = tab.page.locator("#main-nav-list")
    assert toggle.is_visible() and not menu.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true" and menu.is_visible()
    tab.page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false" and not menu.is_visible()
    tab.page.set_viewport_size(DESKTOP)
    assert not toggle.is_visible() and menu.is_visible()


def test_print_shows_content_only_with_link_addresses(tab):
    tab.goto("/en/cities/yangzhou/")
    tab.page.emulate_media(media="print")
    for chrome in (".main-nav", ".site-search", ".language-switcher", ".breadcrumbs"):
        assert not tab.page.locator(chrome).first.is_visible(), chrome
    after = tab.page.eval_on_selector("main .city-card a", "a => getComputedStyle(a, '::after').content")
    assert "/en/cities/" in after
    tab.page.emulate_media(media="screen")
