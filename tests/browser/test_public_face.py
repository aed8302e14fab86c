"""The menu, the EU identity and text wrapping as a visitor sees them: one line of at most six entries at 1280 px,
the "About the programme" group by keyboard, touch and without JavaScript, the emblem above the fold, no word cut
in two, no Chinese character alone on a line and no Chinese title broken inside a word or a city's name, Europe in
blue and China in red."""

import re

import pytest

from cities.models import CityPage
from iurc_site.core.search import tokenizer

from .conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "zh-hans"]

# Lines of text as laid out: each character's box, grouped by its top edge.
LINES = """(element) => {
  const lines = [];
  let current = "", top = null;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let index = 0; index < node.length; index++) {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      const box = range.getClientRects()[0];
      if (!box || !node.data[index].trim()) { current += node.data[index]; continue; }
      if (top !== null && box.top - top > box.height / 2) { lines.push(current); current = ""; }
      top = box.top;
      current += node.data[index];
    }
  }
  lines.push(current);
  return lines.filter((line) => line.trim());  // a space at a line break stays at the end of the first line
}"""
WRAPPED = (
    "main h1, main h2, main h3, main .card__title, main .city-card__name, main .key-figure dt, main .card__text, "
    "main .pair-badge__side, main .goal__name"
)
# Chinese titles (headings, card titles, names, key-figure labels) break between words, never inside one.
CHINESE_TITLES = ":is(h1, h2, h3, .card__title, .city-card__name, .key-figure dt, .pair-badge__side):lang(zh-Hans)"
PAGES = [
    "/",
    "/achievements/",
    "/cooperation/",
    "/cooperation/yangzhou-horticultural-expo/",
    "/cities/aak/",
    "/cities/yangzhou/",
    "/cities/bologna/",
    "/background/",
    "/cooperation-mechanism/",
    "/un-goals/",
    "/accessibility/",
]
HAN = r"[\u4e00-\u9fff]"


def broken_words(lines, names):
    """Where Chinese lines end inside a word (as jieba cuts the text) or inside a city's name."""
    text, problems, boundaries, position = "".join(lines), [], {0}, 0
    for word in tokenizer().cut(text):
        position += len(word)
        boundaries.add(position)
    position = 0
    for line in lines[:-1]:
        position += len(line)
        cut = position - (len(line) - len(line.rstrip()))  # a space left at the end of a line is in no word
        # A name cut where one of its parts (between hyphens) is longer than any line: nothing else would fit.
        cut_names = [name for name in names for k in range(1, len(name)) if text[cut - k : cut - k + len(name)] == name]
        longest_line = max(len(line.strip()) for line in lines)
        if any(max(map(len, re.split(r"[-·\s]", name))) > longest_line for name in cut_names):
            continue
        if re.fullmatch(HAN + HAN, text[cut - 1 : cut + 1]) and (cut_names or cut not in boundaries):
            problems.append(f"Chinese word or name cut: {text[max(0, cut - 8) : cut]!r} | {text[cut : cut + 8]!r}")
    return problems


# Each wrapped element's lines, and whether it is a Chinese title: read in one call for the whole page.
WRAPPED_LINES = f"""(elements, titles) => elements.map((element) => ({{
  lines: ({LINES})(element),
  chineseTitle: element.matches(titles),
}}))"""


def wrapping_problems(tab, names=()):
    problems = []
    for element in tab.page.eval_on_selector_all(WRAPPED, WRAPPED_LINES, CHINESE_TITLES):
        lines = element["lines"]
        if names and element["chineseTitle"]:
            problems += broken_words(lines, names)
        for before, after in zip(lines, lines[1:], strict=False):
            if before[-1:].isascii() and before[-1:].isalpha() and after.lstrip()[:1].isascii() and after[:1].isalpha():
                problems.append(f"word cut in two: {before[-12:]!r} | {after[:12]!r}")
        if len(lines) > 1 and re.fullmatch(HAN + r"[。，、；：！？）」》]?", lines[-1].strip()):
            problems.append(f"orphan: {lines[-2][-8:]!r} | {lines[-1]!r}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_word_cut_and_no_orphan_character(tab, language):
    names = [name for name in CityPage.objects.values_list("title_zh_hans", flat=True) if name]
    problems = []
    for viewport_name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        tab.page.set_viewport_size(viewport)
        for path in PAGES:
            tab.goto(f"/{language}{path}")
            problems += [f"{viewport_name} {path}: {problem}" for problem in wrapping_problems(tab, names)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_menu_is_one_line_of_at_most_six_entries_at_1280(tab, language):
    tab.page.set_viewport_size(DESKTOP)
    tab.goto(f"/{language}/")
    boxes = tab.page.eval_on_selector_all(
        ".main-nav__list > li", "items => items.map(item => item.getBoundingClientRect().toJSON())"
    )
    assert 0 < len(boxes) <= 6
    assert len({round(box["top"]) for box in boxes}) == 1, boxes
    assert max(box["right"] for box in boxes) <= 1280
    heights = tab.page.eval_on_selector_all(
        ".main-nav__list > li > a, .main-nav__summary",
        "items => items.map(item => item.getBoundingClientRect().height)",
    )
    assert max(heights) - min(heights) < 2  # no label wraps inside its entry


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_programme_group_opens_by_keyboard_and_closes_with_escape(tab, language):
    tab.page.set_viewport_size(DESKTOP)
    tab.goto(f"/{language}/")
    summary = tab.page.locator(".main-nav__summary").first
    links = tab.page.locator(".main-nav__sublist").first.locator("a")  # the programme group, the first of two
    assert not links.first.is_visible()
    summary.focus()
    tab.page.keyboard.press("Enter")
    assert links.first.is_visible() and links.count() == 5
    tab.screenshot(f"menu-group-open-{language}-desktop")
    tab.page.keyboard.press("Tab")
    assert tab.page.evaluate("document.activeElement.closest('.main-nav__sublist') !== null")
    tab.page.keyboard.press("Escape")
    assert not links.first.is_visible()
    assert tab.page.evaluate("document.activeElement.classList.contains('main-nav__summary')")
    summary.click()
    assert links.first.is_visible()
    tab.page.locator("main h1").click()  # a click elsewhere closes it
    assert not links.first.is_visible()
    summary.click()
    links.nth(2).click()
    tab.page.wait_for_url(f"**/{language}/cooperation-mechanism/")
    assert tab.axe_violations() == []


def test_the_group_works_by_touch_on_a_phone_and_without_javascript(chromium, site_server, db):
    for javascript in (True, False):
        context = chromium.new_context(viewport=PHONE, has_touch=True, is_mobile=True, java_script_enabled=javascript)
        page = context.new_page()
        page.goto(f"{site_server.url}/zh-hans/")
        if javascript:
            page.tap(".main-nav__toggle")
        page.tap(".main-nav__summary")
        link = page.locator(".main-nav__sublist a", has_text="合作机制")
        assert link.is_visible(), javascript
        link.tap()
        page.wait_for_url("**/zh-hans/cooperation-mechanism/")
        context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_eu_emblem_and_statement_are_seen_without_scrolling(tab, language):
    statement = {"en": "Funded by the European Union", "zh-hans": "由欧盟资助"}[language]
    for viewport in (DESKTOP, PHONE):
        tab.page.set_viewport_size(viewport)
        tab.goto(f"/{language}/")
        funding = tab.page.locator(".site-header .eu-funding")
        assert funding.inner_text().strip() == statement
        emblem = tab.page.locator(".site-header .eu-emblem").bounding_box()
        assert emblem["y"] + emblem["height"] <= viewport["height"] and emblem["height"] >= 24
        assert emblem["width"] / emblem["height"] == pytest.approx(1.5, abs=0.01)


def test_european_cities_are_labelled_in_blue_and_chinese_in_red(tab):
    colours = {}
    for slug in ("barcelona", "chongqing"):
        tab.goto(f"/en/cities/{slug}/")
        colours[slug] = tab.page.eval_on_selector(".eyebrow", "element => getComputedStyle(element).color")
    assert colours == {"barcelona": "rgb(26, 74, 156)", "chongqing": "rgb(143, 28, 34)"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_key_figures_are_red_for_china_and_blue_for_europe(tab, language):
    for path in ("/", "/achievements/"):
        tab.goto(f"/{language}{path}")
        bars = tab.page.eval_on_selector_all(
            "main .key-figure",
            "figures => figures.map(f => [f.querySelector('dd').textContent, getComputedStyle(f).borderTopColor])",
        )
        colours = dict(bars)
        assert colours["18"] == "rgb(180, 35, 42)" and colours["13"] == "rgb(26, 74, 156)", (path, bars)
        assert colours["31"] not in (colours["18"], colours["13"]), (path, bars)  # the programme's own colour


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_locator_shows_the_whole_name_of_its_city(tab, language):
    for viewport in (DESKTOP, PHONE):
        tab.page.set_viewport_size(viewport)
        for slug in ("aak", "greater-manchester", "yangzhou"):
            tab.goto(f"/{language}/cities/{slug}/")
            inside = tab.page.eval_on_selector(
                "figure.map--locator svg",
                """svg => { const map = svg.getBoundingClientRect();
                  const label = svg.querySelector('.map-marker--focus .map-marker__label').getBoundingClientRect();
                  return [label.left >= map.left && label.right <= map.right, label.left, label.right, map.right]; }""",
            )
            assert inside[0], (slug, viewport, inside)


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_and_key_figures_do_not_overlap_what_is_beside_them(tab, language):
    for viewport in (DESKTOP, PHONE):
        tab.page.set_viewport_size(viewport)
        tab.goto(f"/{language}/")
        brand = tab.page.locator(".site-brand__text").bounding_box()
        switcher = tab.page.locator(".site-header .language-switcher").bounding_box()
        assert brand["x"] + brand["width"] + 8 <= switcher["x"] or brand["y"] + brand["height"] <= switcher["y"]
        # The figures band overlaps the hero's foot: every figure is drawn on top, none hidden under the hero.
        hidden = tab.page.eval_on_selector_all(
            ".figures-band .key-figure dd",
            """figures => figures.filter(figure => { figure.scrollIntoView({block: "center"});
                 const box = figure.getBoundingClientRect();
                 return !figure.contains(document.elementFromPoint(box.left + 4, box.top + 4)); })
               .map(figure => figure.textContent)""",
        )
        assert hidden == [], (viewport, hidden)
        overflowing = tab.page.eval_on_selector_all(
            ".key-figure dd", "figures => figures.filter(f => f.scrollWidth > f.clientWidth).map(f => f.textContent)"
        )
        assert overflowing == [], (viewport, overflowing)
