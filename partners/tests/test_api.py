"""The read-only JSON API: bilingual cities and stories, filters, pagination, errors, OpenAPI, Wagtail's endpoints."""

import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

import jsonschema
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openapi_spec_validator import validate as validate_openapi
from wagtail_factories import ImageFactory

from cities.models import CityPage
from cooperations.models import CooperationStoryPage, city_stories, partner_cities
from iurc_site.core.models import Theme
from partners.openapi import EXAMPLE_HOST
from tests.partners_support import make_city, make_story

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("programme")]  # about the programme content

SERVER = "http://testserver"


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:500])
    assert response["Content-Type"] == "application/json"
    return response.json()


def slugs(data):
    return [item["slug"] for item in data["items"]]


def test_city_carries_both_languages_country_coordinates_and_links(client):
    city = CityPage.objects.get(slug="chongqing")
    data = get_json(client, f"/api/v2/cities/{city.pk}/")
    assert data["name"] == {"en": "Chongqing", "zh-hans": "重庆"}
    assert data["country"] == {"iso": "CN", "side": "cn", "name": {"en": "China", "zh-hans": "中国"}}
    assert data["coordinates"] == {"latitude": float(city.latitude), "longitude": float(city.longitude)}
    assert [phase["slug"] for phase in data["phases"]] == [phase.slug for phase in city.phases.all()]
    assert [partner["slug"] for partner in data["partner_cities"]] == [p.slug for p in partner_cities(city)]
    assert [story["slug"] for story in data["stories"]] == [story.slug for story in city_stories(city)]
    story_themes = {theme.slug for story in city_stories(city) for theme in story.themes.all()}
    assert {theme["slug"] for theme in data["themes"]} == story_themes
    story_goals = {goal.number for story in city_stories(city) for goal in story.sdgs.all()}
    assert {goal["number"] for goal in data["sdgs"]} == story_goals
    assert data["urls"] == {
        "en": f"{SERVER}/en/cities/chongqing/",
        "zh-hans": f"{SERVER}/zh-hans/cities/chongqing/",
    }
    assert data["permalinks"] == {
        "default": f"{SERVER}/c/{city.pk}/",
        "en": f"{SERVER}/c/{city.pk}/en/",
        "zh-hans": f"{SERVER}/c/{city.pk}/zh-hans/",
    }
    # The links in the response work.
    assert client.get(data["permalinks"]["zh-hans"])["Location"].endswith("/zh-hans/cities/chongqing/")
    assert get_json(client, data["partner_cities"][0]["detail_url"])["id"] == data["partner_cities"][0]["id"]


def test_story_carries_both_languages_cities_tags_and_outcomes(client):
    story = CooperationStoryPage.objects.get(slug="chongqing-mannheim")
    data = get_json(client, f"/api/v2/stories/{story.pk}/")
    assert data["title"] == {"en": story.title_en, "zh-hans": story.title_zh_hans}
    assert [city["slug"] for city in data["chinese_cities"]] == ["chongqing"]
    assert [city["slug"] for city in data["european_cities"]] == ["mannheim"]
    assert data["european_cities"][0]["country"] == "DE"
    assert data["phase"]["slug"] == story.phase.slug
    assert [goal["number"] for goal in data["sdgs"]] == sorted(goal.number for goal in story.sdgs.all())
    assert data["outcomes"]["en"] == [block.value for block in story.outcomes_en]
    assert data["outcomes"]["zh-hans"] == [block.value for block in story.outcomes_zh_hans]
    assert data["permalinks"]["default"] == f"{SERVER}/s/{story.pk}/"


def test_untranslated_city_has_null_chinese_fields_and_no_chinese_url(client):
    city = make_city("testville", "Testville")
    data = get_json(client, f"/api/v2/cities/{city.pk}/")
    assert data["name"] == {"en": "Testville", "zh-hans": None}
    assert data["summary"]["zh-hans"] is None
    assert data["languages"] == ["en"]
    assert data["urls"] == {"en": f"{SERVER}/en/cities/testville/", "zh-hans": None}


def test_image_carries_a_rendition_its_size_and_bilingual_alt_text_and_credit(client):
    city = make_city("imageville", "Imageville", "图像城")
    assert get_json(client, f"/api/v2/cities/{city.pk}/")["image"] is None
    city.image = ImageFactory(file__width=2400, file__height=1600)
    city.image_alt_en, city.image_alt_zh_hans = "The old town from the river", "从河上看老城"
    city.image_credit_en = "© City of Imageville, CC BY 4.0"
    city.save_revision().publish()
    image = get_json(client, f"/api/v2/cities/{city.pk}/")["image"]
    assert (image["width"], image["height"]) == (1200, 800)
    assert image["alt"] == {"en": "The old town from the river", "zh-hans": "从河上看老城"}
    assert image["credit"] == {"en": "© City of Imageville, CC BY 4.0", "zh-hans": None}
    assert image["url"].startswith(f"{SERVER}/media/")
    rendition = client.get(image["url"].removeprefix(SERVER))
    assert rendition.status_code in (200, 404)  # media are served by the web server in production, not Django
    listed = get_json(client, "/api/v2/cities/?limit=100")["items"]
    assert [item["image"] for item in listed if item["id"] == city.pk] == [image]


def test_a_story_image_whose_file_is_lost_is_null_not_an_error(client):
    story = make_story("lost-image", "Lost image")
    story.image = ImageFactory()
    story.image_alt_en = "Lost"
    story.save_revision().publish()
    Path(story.image.file.path).unlink()
    assert get_json(client, f"/api/v2/stories/{story.pk}/")["image"] is None


@pytest.mark.parametrize(
    ("query", "check"),
    [
        ("side=cn", lambda city: city.country.side == "cn"),
        ("side=EU", lambda city: city.country.side == "eu"),
        ("country=it", lambda city: city.country.iso_code == "IT"),
        ("phase=iuc-asia", lambda city: city.phases.filter(slug="iuc-asia").exists()),
        (
            "theme=smart-city",
            lambda city: any(story.themes.filter(slug="smart-city").exists() for story in city_stories(city)),
        ),
        ("sdg=4", lambda city: any(story.sdgs.filter(number=4).exists() for story in city_stories(city))),
        ("side=eu&sdg=11", lambda city: city.country.side == "eu" and bool(city_stories(city).filter(sdgs__number=11))),
    ],
)
def test_city_filters_return_exactly_the_matching_cities(client, query, check):
    data = get_json(client, f"/api/v2/cities/?{query}&limit=100")
    expected = [city.slug for city in CityPage.objects.live().order_by("path") if check(city)]
    assert expected, "the filter should match some cities"
    assert slugs(data) == expected
    assert data["meta"]["total_count"] == len(expected)
    assert len(expected) < CityPage.objects.live().count() or query == "phase=iuc-asia"


@pytest.mark.parametrize(
    ("query", "check"),
    [
        ("country=DE", lambda story: "DE" in {c.country.iso_code for c in story.european_cities.all()}),
        ("theme=smart-city", lambda story: story.themes.filter(slug="smart-city").exists()),
        ("sdg=9", lambda story: story.sdgs.filter(number=9).exists()),
        ("phase=iuc-asia", lambda story: story.phase is not None and story.phase.slug == "iuc-asia"),
    ],
)
def test_story_filters_return_exactly_the_matching_stories(client, query, check):
    data = get_json(client, f"/api/v2/stories/?{query}")
    expected = [story.slug for story in CooperationStoryPage.objects.live().order_by("path") if check(story)]
    assert expected
    assert slugs(data) == expected


def test_story_city_filter(client):
    mannheim = CityPage.objects.get(slug="mannheim")
    assert slugs(get_json(client, f"/api/v2/stories/?city={mannheim.pk}")) == [s.slug for s in city_stories(mannheim)]


def test_pagination_walks_the_whole_list_once(client):
    everything = slugs(get_json(client, "/api/v2/cities/?limit=100"))
    assert len(everything) == CityPage.objects.live().count()
    walked, url = [], "/api/v2/cities/?limit=7"
    while url:
        data = get_json(client, url)
        assert data["meta"]["limit"] == 7 and data["meta"]["total_count"] == len(everything)
        walked += slugs(data)
        url = data["meta"]["next"]
    assert walked == everything
    last = get_json(client, "/api/v2/cities/?limit=7&offset=28")
    assert last["meta"]["next"] is None
    assert last["meta"]["previous"] == f"{SERVER}/api/v2/cities/?limit=7&offset=21"
    assert get_json(client, "/api/v2/cities/")["meta"]["limit"] == 20
    assert get_json(client, "/api/v2/cities/?offset=1000")["items"] == []


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("/api/v2/cities/?limit=0", "limit"),
        ("/api/v2/cities/?limit=101", "limit"),
        ("/api/v2/cities/?limit=ten", "limit"),
        ("/api/v2/cities/?limit=１０", "limit"),  # full-width digits are not a number here
        ("/api/v2/cities/?offset=-1", "offset"),
        ("/api/v2/cities/?side=north", "side"),
        ("/api/v2/cities/?country=ZZ", "country"),
        ("/api/v2/cities/?country=", "empty"),
        ("/api/v2/cities/?phase=iurc-2030", "phase"),
        ("/api/v2/cities/?theme=knitting", "theme"),
        ("/api/v2/cities/?sdg=0", "sdg"),
        ("/api/v2/cities/?sdg=18", "sdg"),
        ("/api/v2/cities/?side=cn&side=eu", "once"),
        ("/api/v2/cities/?colour=red", "colour"),
        ("/api/v2/cities/?city=1", "city"),  # a stories-only filter
        ("/api/v2/stories/?side=cn", "side"),  # every story has both sides
        ("/api/v2/stories/?city=abc", "city"),
        ("/api/v2/cities/1/?lang=en", "lang"),
    ],
)
def test_bad_parameters_are_400_with_a_message(client, url, words):
    data = get_json(client, url, status=400)
    assert set(data) == {"message"}
    assert words in data["message"]


def test_an_unknown_value_is_quoted_short(client):
    message = get_json(client, "/api/v2/stories/?theme=" + "x" * 5000, status=400)["message"]
    assert message.startswith("Unknown theme 'xxx") and "Known: education-research, " in message
    assert len(message) < 300


def test_unknown_ids_are_404_json_not_a_redirect(client):
    story = CooperationStoryPage.objects.first()
    for url in ["/api/v2/cities/999999/", f"/api/v2/cities/{story.pk}/", "/api/v2/stories/999999/"]:
        assert "message" in get_json(client, url, status=404)


def test_unpublished_city_disappears_from_the_api(client):
    city = CityPage.objects.get(slug="chongqing")
    city.unpublish()
    assert "chongqing" not in slugs(get_json(client, "/api/v2/cities/?limit=100"))
    get_json(client, f"/api/v2/cities/{city.pk}/", status=404)
    mannheim = get_json(client, f"/api/v2/cities/{CityPage.objects.get(slug='mannheim').pk}/")
    assert "chongqing" not in [partner["slug"] for partner in mannheim["partner_cities"]]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/cities/-5/",
        "/api/v2/stories/null/",
        "/api/v2/nope/",
        "/api/v2/nope",
        "/api/v2/cities/1/x/",
        "/api/v2/new%0Aline/",
    ],
)
def test_addresses_that_are_no_endpoint_are_json_404_without_a_redirect(client, url):
    for method in ("get", "post", "delete"):
        response = getattr(client, method)(url)
        assert response.status_code == 404, (method, url)
        assert response["Content-Type"] == "application/json"
        assert response.json() == {"message": f"No API endpoint at {unquote(url)}."}


def test_an_endpoint_without_its_final_slash_redirects_to_it(client):
    response = client.get("/api/v2/cities?limit=1")
    assert response.status_code == 301
    assert response["Location"] == "/api/v2/cities/?limit=1"


ENDPOINTS = [
    "/api/v2/cities/",
    "/api/v2/cities/23/",
    "/api/v2/stories/",
    "/api/v2/stories/44/",
    "/api/v2/openapi.json",
    "/api/v2/pages/",
    "/api/v2/images/",
]


@pytest.mark.parametrize("url", ENDPOINTS)
def test_unsafe_and_unknown_methods_are_405_with_allow(client, django_user_model, url):
    # A signed-in editor's session changes nothing: no CSRF 403, the same 405.
    client.force_login(django_user_model.objects.create_user("api-editor", password="x"))
    for method in ("POST", "PUT", "PATCH", "DELETE", "TRACE", "FROBNICATE"):
        response = client.generic(method, url, "{}", content_type="application/json")
        assert response.status_code == 405, (method, url)
        assert response["Allow"] == "GET, HEAD, OPTIONS"
        assert response.json() == {"message": f'Method "{method}" not allowed.'}


@pytest.mark.parametrize("url", ENDPOINTS)
def test_options_and_head_advertise_and_serve_only_safe_methods(client, url):
    response = client.options(url)
    assert response.status_code == 200
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    head = client.head(url)
    assert head.status_code == 200 and head.content == b""


def test_api_is_open_to_other_origins_and_answers_the_cors_preflight(client):
    origin = {"HTTP_ORIGIN": "https://partner.example"}
    assert client.get("/api/v2/cities/", **origin)["Access-Control-Allow-Origin"] == "*"
    assert client.get("/api/v2/nope/", **origin)["Access-Control-Allow-Origin"] == "*"
    preflight = client.options("/api/v2/stories/44/", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET", **origin)
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert int(preflight["Access-Control-Max-Age"]) > 0
    assert "Access-Control-Allow-Credentials" not in preflight


def test_the_answer_is_json_whatever_the_client_accepts(client):
    response = client.get("/api/v2/cities/?limit=1", HTTP_ACCEPT="text/html")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"


def count_queries(client, url):
    """Queries of a second request, once per-process caches (site root paths, settings) are warm."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def grow_content(start, count):
    """Publish `count` more German cities, all partners of the Chongqing–Mannheim story."""
    story = CooperationStoryPage.objects.get(slug="chongqing-mannheim")
    for number in range(start, start + count):
        story.european_cities.add(make_city(f"extra-{number}", f"Extra {number}", f"额外{number}", iso="DE"))
    story.save_revision().publish()


@pytest.mark.parametrize(
    "url", ["/sitemap.xml", "/api/v2/cities/?limit=100", "/api/v2/stories/?limit=100", "/api/v2/cities/?sdg=11"]
)
def test_query_count_does_not_grow_with_the_content(client, url):
    grow_content(0, 1)  # both counts are taken after a publish, so content caches are in the same state
    before = count_queries(client, url)
    grow_content(1, 8)
    assert count_queries(client, url) == before


# --- OpenAPI --------------------------------------------------------------------------------------------


def openapi(client):
    return get_json(client, "/api/v2/openapi.json")


def test_openapi_document_is_valid_openapi_3_1(client):
    spec = openapi(client)
    validate_openapi(spec)
    assert spec["openapi"] == "3.1.0"
    assert spec["servers"] == [{"url": f"{SERVER}/api/v2/"}]
    assert set(spec["paths"]) == {
        "/cities/",
        "/cities/{id}/",
        "/stories/",
        "/stories/{id}/",
        "/events/",
        "/events/{id}/",
        "/news/",
        "/news/{id}/",
    }


REQUEST = re.compile(r"The answer to `GET (/api/v2/[^`]*)`\.")


def documented_examples(spec):
    """Each response example as (name, request path, status, schema $ref, documented value)."""
    for item in spec["paths"].values():
        for status, response in item["get"]["responses"].items():
            content = response["content"]["application/json"]
            for name, example in content.get("examples", {}).items():
                request = REQUEST.fullmatch(example["description"]).group(1)
                yield name, request, int(status), content["schema"]["$ref"], example["value"]


def assert_excerpt(documented, actual, where="$"):
    """The documented value is part of the real one: same scalars, a subset of keys, a prefix of each list."""
    if isinstance(documented, dict):
        assert isinstance(actual, dict), where
        for key, value in documented.items():
            assert key in actual, f"{where}.{key} missing"
            assert_excerpt(value, actual[key], f"{where}.{key}")
    elif isinstance(documented, list):
        assert isinstance(actual, list) and len(actual) >= len(documented), where
        for index, value in enumerate(documented):
            assert_excerpt(value, actual[index], f"{where}[{index}]")
    elif isinstance(documented, str):
        assert documented.replace(EXAMPLE_HOST, SERVER) == actual, where
    else:
        assert documented == actual, where


def test_every_documented_example_works(client):
    spec = openapi(client)
    examples = list(documented_examples(spec))
    assert len(examples) >= 15
    statuses = set()
    for name, request, status, schema_ref, documented in examples:
        response = client.get(request)
        assert response.status_code == status, (name, request, response.content[:300])
        body = response.json()
        jsonschema.validate(body, {"$ref": schema_ref, "components": spec["components"]})
        assert_excerpt(documented, body, name)
        statuses.add(status)
    assert statuses == {200, 400, 404}


def test_parameter_examples_are_valid_and_make_the_request_of_their_answer(client):
    """A successful example's parameters, and only those, are given as parameter examples, each valid against
    the parameter's own schema; an error example's request is described, not offered as parameter values."""
    spec = openapi(client)
    for path, item in spec["paths"].items():
        operation = item["get"]
        given = defaultdict(dict)
        for parameter in operation["parameters"]:
            for name, example in parameter.get("examples", {}).items():
                jsonschema.validate(example["value"], parameter["schema"])
                given[name][parameter["name"]] = str(example["value"])
        for status, response in operation["responses"].items():
            for name, example in response["content"]["application/json"].get("examples", {}).items():
                request = urlsplit(REQUEST.fullmatch(example["description"]).group(1))
                expected = dict(parse_qsl(request.query))
                if "{id}" in path:
                    expected["id"] = request.path.split("/")[-2]
                if status.startswith("2"):
                    assert given.pop(name, {}) == expected, (path, name)
        assert not given, (path, dict(given))


def test_filters_list_the_values_the_server_accepts(client):
    spec = openapi(client)
    parameters = {
        parameter["name"]: parameter["schema"] for parameter in spec["paths"]["/cities/"]["get"]["parameters"]
    }
    assert parameters["side"]["enum"] == ["cn", "CN", "eu", "EU"]
    assert set(parameters["theme"]["enum"]) == set(Theme.objects.values_list("slug", flat=True))
    assert "colour" not in parameters
    for name, schema in parameters.items():
        for value in schema.get("enum", []):
            get_json(client, f"/api/v2/cities/?{urlencode({name: value})}")
        assert "" not in schema.get("enum", []), name  # `theme=` is refused by both the schema and the server
        get_json(client, f"/api/v2/cities/?{name}=", status=400)


def test_every_real_response_matches_the_schema(client):
    """Not only the examples: every city and story, so that no field escapes the description."""
    spec = openapi(client)
    make_city("testville", "Testville")
    lists = [("/api/v2/cities/?limit=100", "PaginatedCityList"), ("/api/v2/stories/?limit=100", "PaginatedStoryList")]
    for url, ref in lists:
        jsonschema.validate(get_json(client, url), {"$ref": f"#/components/schemas/{ref}", **spec})
    assert spec["components"]["schemas"]["City"]["additionalProperties"] is False


# --- Wagtail's own endpoints ----------------------------------------------------------------------------

PUBLIC_PAGE_KEYS = {"id", "meta", "title"}
PUBLIC_META_KEYS = {
    "type",
    "detail_url",
    "html_url",
    "slug",
    "show_in_menus",
    "seo_title",
    "search_description",
    "first_published_at",
    "alias_of",
    "parent",
    "locale",
}


def test_wagtail_endpoints_answer_with_public_fields_only(client):
    listing = get_json(client, "/api/v2/pages/?type=cities.CityPage&fields=*&limit=20")
    assert listing["meta"]["total_count"] == CityPage.objects.live().count()
    city = CityPage.objects.get(slug="chongqing")
    detail = get_json(client, f"/api/v2/pages/{city.pk}/")
    assert set(detail) <= PUBLIC_PAGE_KEYS, set(detail) - PUBLIC_PAGE_KEYS
    assert set(detail["meta"]) <= PUBLIC_META_KEYS, set(detail["meta"]) - PUBLIC_META_KEYS
    for endpoint in ("images", "documents"):
        assert get_json(client, f"/api/v2/{endpoint}/")["meta"]["total_count"] >= 0
    city.unpublish()
    get_json(client, f"/api/v2/pages/{city.pk}/", status=404)
