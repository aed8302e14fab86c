"""Cover art, share images, the map's base and labels, the goals grid and the folded link kit, through HTTP; on the
small network of cities and stories of tests/network.py."""

import io
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Site

from cities.models import CityPage
from cooperations.models import CooperationStoryPage
from iurc_site.core import geo
from iurc_site.core.factories import ProgrammePageFactory, SiteSettingsFactory, SustainableDevelopmentGoalFactory
from iurc_site.core.models import SiteSettings, SustainableDevelopmentGoal
from tests.pages import soup

pytestmark = pytest.mark.django_db
LANGUAGES = ["en", "zh-hans"]


def make_image(width=1600, height=1000, colour=(30, 90, 160)):
    cache.clear()  # Wagtail's rendition cache: a rolled-back image's id comes back
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, "JPEG")
    return get_image_model().objects.create(title="Photo", file=ImageFile(buffer, name="photo.jpg"))


def viewbox(svg):
    left, top, width, height = (float(value) for value in svg["viewbox"].split())
    return left, top, left + width, top + height


@pytest.mark.parametrize("language", LANGUAGES)
def test_map_draws_land_and_coast_only_with_a_caption_saying_so(client, network, language):
    document = soup(client.get(f"/{language}/"))
    figure = document.select_one("figure.map--full")
    assert figure.select_one("svg use.map-land")
    assert not figure.select("[class*=country], [data-iso]")
    note = figure.select_one(".map__note").get_text()
    assert ("schematic" in note) if language == "en" else ("示意" in note)


@pytest.mark.parametrize("path", ["/", "/cities/", "/cities/?country=it"])
def test_every_marker_is_a_link_with_its_visible_name_and_the_legend_draws_the_markers(client, network, path):
    figure = soup(client.get(f"/en{path}")).select_one("figure.map")
    markers = figure.select("svg a.map-marker")
    assert markers
    for marker in markers:
        assert marker["href"].startswith("/en/cities/") and not marker.get("tabindex")  # focusable
        label = marker.find_next_sibling("text", class_="map-marker__label")  # shown on hover and focus
        assert label.get_text().strip() and marker["aria-label"].startswith(label.get_text())
    legend_dots = {tuple(circle["class"]) for circle in figure.select(".map__legend svg circle")}
    marker_dots = {tuple(circle["class"]) for circle in figure.select("svg a.map-marker circle")}
    assert legend_dots == marker_dots  # the same classes, so the same look


@pytest.mark.parametrize("slug", ["chongqing", "hohhot", "yangzhou", "barnsley", "rome"])
def test_locator_shows_the_whole_region_of_the_city(client, network, slug):
    city = CityPage.objects.select_related("country").get(slug=slug)
    locator = soup(client.get(f"/en/cities/{slug}/")).select_one("figure.map--locator svg")
    left, top, right, bottom = viewbox(locator)
    region_left, region_top, region_right, region_bottom = geo.Frame().region(city.country.side)
    assert left <= region_left and right >= region_right and top <= region_top and bottom >= region_bottom
    assert locator.select_one(".map-marker--focus text").get_text() == city.title  # its name always shown


@pytest.fixture
def official_map(client):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.official_map = make_image(2000, 800)
    settings.official_map_review_number = "GS(2016)1667号"
    settings.official_map_west, settings.official_map_east = Decimal(-20), Decimal(150)
    settings.official_map_south, settings.official_map_north = Decimal(10), Decimal(65)
    settings.full_clean()
    settings.save()
    return settings


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_official_map_replaces_the_schematic_base_in_both_languages(client, network, official_map, language):
    document = soup(client.get(f"/{language}/"))
    svg = document.select_one("figure.map--full svg")
    image = svg.select_one("image.map-base--official")
    assert image and image["href"].startswith("/media/") and svg["viewbox"] == "0 0 1000 400"
    assert not document.select("use.map-land")
    assert "GS(2016)1667号" in document.select_one("figure.map--full .map__note").get_text()
    chongqing = CityPage.objects.get(slug="chongqing")
    marker = svg.select_one(f'a[href="/{language}/cities/chongqing/"] circle')
    expected = geo.Frame("equirectangular", -20, 10, 150, 65, 400).project(
        float(chongqing.latitude), float(chongqing.longitude)
    )
    assert (float(marker["cx"]), float(marker["cy"])) == pytest.approx(expected, abs=6)


def test_an_official_map_needs_its_review_number_and_a_sound_box():
    settings = SiteSettingsFactory()
    settings.official_map = make_image()
    with pytest.raises(ValidationError) as missing:
        settings.full_clean()
    assert {"official_map_review_number", "official_map_west", "official_map_north"} <= set(missing.value.error_dict)
    settings.official_map_review_number = "GS(2016)1667号"
    settings.official_map_west, settings.official_map_east = Decimal(150), Decimal(-20)
    settings.official_map_south, settings.official_map_north = Decimal(10), Decimal(65)
    with pytest.raises(ValidationError) as reversed_box:
        settings.full_clean()
    assert set(reversed_box.value.error_dict) == {"official_map_east"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_city_and_story_cards_and_headers_show_cover_art(client, network, language):
    city = soup(client.get(f"/{language}/cities/yangzhou/"))
    assert city.select_one("header.page-header .page-header__media svg.cover--header.cover--cn")
    names = [text.get_text() for text in city.select("header svg.cover text.cover__name")]
    assert set(names) == {"Yangzhou", "扬州"} and names[0] == ("Yangzhou" if language == "en" else "扬州")
    partner_cards = city.select("#partner-cities ~ ul .city-card")
    assert len(partner_cards) == 4 and all(card.select_one(".card__media svg.cover--eu") for card in partner_cards)
    assert len(city.select("header svg.cover .cover__arc")) == 4  # a line to each partner
    directory = soup(client.get(f"/{language}/cities/"))
    assert len(directory.select(".city-card .card__media svg.cover")) == CityPage.objects.live().count()
    story = soup(client.get(f"/{language}/cooperation/yangzhou-horticultural-expo/"))
    assert story.select_one("header .page-header__media svg.cover--pair")
    cards = soup(client.get(f"/{language}/cooperation/")).select(".story-card")
    assert cards and all(card.select_one("svg.cover") for card in cards)


def test_home_hero_draws_the_network_of_cities_and_pairs(client, network):
    hero = soup(client.get("/en/")).select_one("section.hero .hero__art svg.cover")
    assert len(hero.select("circle.cover__dot")) == CityPage.objects.live().count()
    assert hero.select("path.cover__arc") and hero["aria-hidden"] == "true"


def og_image(document):
    return {
        name: document.select_one(f'meta[property="og:image{name}"]')["content"] for name in ("", ":width", ":height")
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_share_image_is_a_png_drawn_once_from_the_cover(client, network, language):
    first = og_image(soup(client.get(f"/{language}/cities/chongqing/")))
    assert first[":width"] == "1200" and first[":height"] == "630"
    name = first[""].split("/media/", 1)[1]
    assert name.startswith("share/city-") and name.endswith(".png")
    with default_storage.open(name) as stored, PILImage.open(stored) as picture:
        assert picture.format == "PNG" and picture.size == (1200, 630)
    drawn_at = default_storage.get_modified_time(name)
    assert og_image(soup(client.get(f"/{language}/cities/chongqing/"))) == first  # the same file, not redrawn
    assert default_storage.get_modified_time(name) == drawn_at
    story = og_image(soup(client.get(f"/{language}/cooperation/yangzhou-horticultural-expo/")))
    assert "/media/share/story-" in story[""]


@pytest.mark.parametrize("slug", ["aak", "yangzhou"])
def test_the_names_on_a_header_cover_never_hide_its_city(client, network, slug):
    svg = soup(client.get(f"/en/cities/{slug}/")).select_one("header .page-header__media svg.cover")
    width, height = (float(value) for value in svg["viewbox"].split()[2:])
    map_box = svg.select_one("svg svg")
    left, top, box_width, box_height = (float(value) for value in map_box["viewbox"].split())
    scale = max(width / box_width, height / box_height)
    dot = map_box.select_one(".cover__dot--focus")
    dot_top = (float(dot["cy"]) - float(dot["r"]) - top) * scale + (height - box_height * scale) / 2
    dot_bottom = dot_top + 2 * float(dot["r"]) * scale
    names = [(float(text["y"]) - float(text["font-size"]), float(text["y"])) for text in svg.select("text.cover__name")]
    assert names and all(bottom < dot_top or top > dot_bottom for top, bottom in names), (names, dot_top, dot_bottom)


def colour_shares(path):
    """{colour: share of the pixels} of the PNG at a /media/ URL."""
    with default_storage.open(path.split("/media/", 1)[1]) as stored, PILImage.open(stored) as picture:
        pixels = picture.convert("RGB").getcolors(maxcolors=1 << 20)
        return {colour: count / (picture.width * picture.height) for count, colour in pixels}


@pytest.mark.parametrize("path", ["/en/cities/chongqing/", "/zh-hans/cooperation/yangzhou-horticultural-expo/"])
def test_share_images_draw_the_land_or_the_official_map_under_the_cities(client, network, path):
    schematic = colour_shares(og_image(soup(client.get(path)))[""])
    main_colours = sorted((colour for colour, share in schematic.items() if share > 0.05), key=sum)
    assert len(main_colours) == 2  # the background, and the lighter land over it
    background = main_colours[0]
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.official_map = make_image(2000, 800, colour=(250, 250, 250))
    settings.official_map_review_number = "GS(2016)1667号"
    settings.official_map_west, settings.official_map_east = Decimal(-20), Decimal(150)
    settings.official_map_south, settings.official_map_north = Decimal(10), Decimal(65)
    settings.save()
    official = colour_shares(og_image(soup(client.get(path)))[""])
    map_colour = tuple(round(channel * 0.65 + 250 * 0.35) for channel in background)
    covered = sum(
        share for colour, share in official.items() if max(map(abs, map(int.__sub__, colour, map_colour))) <= 2
    )
    assert covered > 0.5  # the official map, as the SVG cover shows it (35 % over the background), not bare sea


def test_a_changed_name_draws_a_new_share_image(client, network):
    before = og_image(soup(client.get("/en/cities/chongqing/")))[""]
    city = CityPage.objects.get(slug="chongqing")
    city.title_en = city.title = "Chongqing Municipality"
    city.save_revision().publish()
    after = og_image(soup(client.get("/en/cities/chongqing/")))[""]
    assert after != before and "/media/share/city-" in after


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_uploaded_photo_replaces_the_cover_everywhere(client, network, language):
    city = CityPage.objects.get(slug="mannheim")
    city.image, city.image_alt_en, city.image_alt_zh_hans = make_image(), "The Mannheim water tower", "曼海姆水塔"
    city.save_revision().publish()
    page = soup(client.get(f"/{language}/cities/mannheim/"))
    media = page.select_one("header .page-header__media")
    assert media.select_one("picture img") and not media.select_one("svg.cover")
    img = media.select_one("picture img")
    assert img["alt"] == ("The Mannheim water tower" if language == "en" else "曼海姆水塔")
    assert not page.select(".layout-aside__main picture")  # no longer a narrow image beside an empty column
    assert "/media/images/" in og_image(page)[""]
    card = soup(client.get(f"/{language}/cities/chongqing/")).select_one("#partner-cities ~ ul .city-card")
    assert card.select_one(".card__media img.card__photo") and not card.select_one(".card__media svg")


@pytest.mark.parametrize("language", LANGUAGES)
def test_link_kit_is_folded_into_a_share_section_on_city_and_story_pages(client, network, language):
    for path in ("/cities/chongqing/", "/cooperation/yangzhou-horticultural-expo/"):
        details = soup(client.get(f"/{language}{path}")).select_one("details.share-kit")
        assert details is not None and not details.has_attr("open")
        summary = details.select_one("summary").get_text().strip()
        assert summary == ("Share, cite or embed this page" if language == "en" else "分享、引用或嵌入本页")
        assert details.select_one(".link-kit input.link-kit__input")


@pytest.mark.parametrize("language", LANGUAGES)
def test_goals_grid_lists_the_17_goals_linked_to_their_roll_ups(client, network, home, language):
    for number in range(1, 18):  # the network's goals, and the others
        SustainableDevelopmentGoalFactory(number=number)
    grid = [("goals", None)]
    ProgrammePageFactory(parent=home, slug="un-goals", body_en=grid, body_zh_hans=grid)
    document = soup(client.get(f"/{language}/un-goals/"))
    tiles = document.select("ul.goals li.goal")
    assert [int(tile.select_one(".goal__number").contents[-1]) for tile in tiles] == list(range(1, 18))
    with_stories = {
        goal.number
        for goal in SustainableDevelopmentGoal.objects.all()
        if CooperationStoryPage.objects.live().filter(sdgs=goal).exists()
    }
    for number, tile in enumerate(tiles, start=1):
        goal = SustainableDevelopmentGoal.objects.get(number=number)
        assert f"goal--{number}" in tile["class"]
        assert tile.a["href"] == f"/{language}/cooperation/?sdg={number}"
        assert tile.select_one('[lang="en"]').get_text() == goal.name_en
        assert tile.select_one('[lang="zh-Hans"]').get_text() == goal.name_zh_hans
        empty = ("No cooperation story yet" if language == "en" else "尚无合作故事") in tile.get_text()
        assert empty == (number not in with_stories)
        assert ("goal--empty" in tile["class"]) == empty


def test_photos_on_cards_cost_no_query_per_card(client, network):
    """A card's photo comes with its page, and the renditions of all the cards' photos in one query: a page full of
    photo cards costs one query more than with drawn covers (a city page two: its own photo's renditions too)."""
    urls = {"/en/cities/": 1, "/en/cities/yangzhou/": 2, "/zh-hans/cooperation/": 1, "/en/": 1}  # queries more

    def queries(url):
        client.get(url)  # renditions are made on the first view
        with CaptureQueriesContext(connection) as captured:
            document = soup(client.get(url))
        return len(captured), document

    drawn = {url: queries(url)[0] for url in urls}
    photo = make_image()
    for city in CityPage.objects.all():
        city.image, city.image_alt_en, city.image_alt_zh_hans = photo, "A street", "街道"
        city.save_revision().publish()
    for url in urls:
        count, document = queries(url)
        assert count <= drawn[url] + urls[url], url
        assert not document.select(".city-card svg.cover")
