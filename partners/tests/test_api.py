"""The read-only JSON API: bilingual cities and stories, filters, pagination, errors, OpenAPI, Wagtail's endpoints.

Each test builds what it reads with the factories (`tags` and `pair` from conftest.py, `network` below); the OpenAPI
document's worked examples name the ids of the programme content, so the tests that send them run on it
(`TestDocumentedExamples`)."""

import re
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

import jsonschema
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openapi_spec_validator import validate as validate_openapi
from wagtail_factories import ImageFactory

from cities.models import CityPage
from partners.openapi import EXAMPLE_HOST
from tests.partners_support import make_city, make_story

pytestmark = pytest.mark.django_db

SERVER = "http://testserver"


@pytest.fixture
def network(pair, tags):
    """Five cities in two stories, so that every filter keeps some and drops others: the `pair`, then

    - yantai (CN, IURC) and rome (IT, IUC-Asia and IURC): smart city, SDGs 4 and 11, IURC
    - bologna (IT, IURC), in no story
    """
    yantai = make_city("yantai", "Yantai", "烟台", iso="CN", phases=[tags.iurc])
    rome = make_city("rome", "Rome", "罗马", iso="IT", phases=[tags.iuc_asia, tags.iurc])
    bologna = make_city("bologna", "Bologna", "博洛尼亚", iso="IT", phases=[tags.iurc])
    yantai_rome = make_story(
        "yantai-rome",
        "Yantai and Rome, Italy",
        "烟台与意大利罗马",
        chinese=[yantai],
        european=[rome],
        phase=tags.iurc,
        themes=[tags.smart_city],
        sdgs=[tags.goal[4], tags.goal[11]],
    )
    return SimpleNamespace(**vars(pair), yantai=yantai, rome=rome, bologna=bologna, yantai_rome=yantai_rome)


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:500])
    assert response["Content-Type"] == "application/json"
    return response.json()


def slugs(data):
    return [item["slug"] for item in data["items"]]


def test_city_carries_both_languages_country_coordinates_and_links(client, pair):
    city = pair.chongqing
    data = get_json(client, f"/api/v2/cities/{city.pk}/")
    assert data["name"] == {"en": "Chongqing", "zh-hans": "重庆"}
    assert data["country"] == {"iso": "CN", "side": "cn", "name": {"en": "China", "zh-hans": "中国"}}
    assert data["coordinates"] == {"latitude": 29.56, "longitude": 106.55}
    assert [phase["slug"] for phase in data["phases"]] == ["iuc-asia"]
    assert [partner["slug"] for partner in data["partner_cities"]] == ["mannheim"]
    assert [story["slug"] for story in data["stories"]] == ["chongqing-mannheim"]
    assert {theme["slug"] for theme in data["themes"]} == {"logistics-rail"}  # its stories' themes and goals
    assert {goal["number"] for goal in data["sdgs"]} == {9, 11}
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
    assert get_json(client, data["partner_cities"][0]["detail_url"])["id"] == pair.mannheim.pk


def test_story_carries_both_languages_cities_tags_and_outcomes(client, pair):
    story = pair.story
    data = get_json(client, f"/api/v2/stories/{story.pk}/")
    assert data["title"] == {"en": "Chongqing and Mannheim, Germany", "zh-hans": "重庆与德国曼海姆"}
    assert [city["slug"] for city in data["chinese_cities"]] == ["chongqing"]
    assert [city["slug"] for city in data["european_cities"]] == ["mannheim"]
    assert data["european_cities"][0]["country"] == "DE"
    assert data["phase"]["slug"] == "iuc-asia"
    assert (data["start_year"], data["end_year"]) == (2017, 2020)
    assert [goal["number"] for goal in data["sdgs"]] == [9, 11]
    assert data["outcomes"]["en"] == ["Launch of China–Europe Railway Express services"]
    assert data["outcomes"]["zh-hans"] == ["开通中欧班列"]
    assert data["permalinks"]["default"] == f"{SERVER}/s/{story.pk}/"


def test_untranslated_city_has_null_chinese_fields_and_no_chinese_url(client, city_directory):
    city = make_city("testville", "Testville", summary_zh_hans="")
    data = get_json(client, f"/api/v2/cities/{city.pk}/")
    assert data["name"] == {"en": "Testville", "zh-hans": None}
    assert data["summary"]["zh-hans"] is None
    assert data["languages"] == ["en"]
    assert data["urls"] == {"en": f"{SERVER}/en/cities/testville/", "zh-hans": None}


def test_image_carries_a_rendition_its_size_and_bilingual_alt_text_and_credit(client, city_directory):
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


def test_a_story_image_whose_file_is_lost_is_null_not_an_error(client, pair):
    story = make_story("lost-image", "Lost image", chinese=[pair.chongqing], european=[pair.mannheim])
    story.image = ImageFactory()
    story.image_alt_en = "Lost"
    story.save_revision().publish()
    Path(story.image.file.path).unlink()
    assert get_json(client, f"/api/v2/stories/{story.pk}/")["image"] is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("side=cn", ["chongqing", "yantai"]),
        ("side=EU", ["mannheim", "rome", "bologna"]),
        ("country=it", ["rome", "bologna"]),
        ("phase=iuc-asia", ["chongqing", "mannheim", "rome"]),
        ("theme=smart-city", ["yantai", "rome"]),  # a city's themes and goals are those of its stories
        ("sdg=4", ["yantai", "rome"]),
        ("side=eu&sdg=11", ["mannheim", "rome"]),
    ],
)
def test_city_filters_return_exactly_the_matching_cities(client, network, query, expected):
    data = get_json(client, f"/api/v2/cities/?{query}&limit=100")
    assert slugs(data) == expected
    assert data["meta"]["total_count"] == len(expected) < CityPage.objects.live().count()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=DE", ["chongqing-mannheim"]),
        ("theme=smart-city", ["yantai-rome"]),
        ("sdg=9", ["chongqing-mannheim"]),
        ("phase=iuc-asia", ["chongqing-mannheim"]),
    ],
)
def test_story_filters_return_exactly_the_matching_stories(client, network, query, expected):
    assert slugs(get_json(client, f"/api/v2/stories/?{query}")) == expected


def test_story_city_filter(client, network):
    assert slugs(get_json(client, f"/api/v2/stories/?city={network.mannheim.pk}")) == ["chongqing-mannheim"]
    assert slugs(get_json(client, f"/api/v2/stories/?city={network.bologna.pk}")) == []


def test_pagination_walks_the_whole_list_once(client, network):
    everything = slugs(get_json(client, "/api/v2/cities/?limit=100"))
    assert everything == ["chongqing", "mannheim", "yantai", "rome", "bologna"]
    walked, url = [], "/api/v2/cities/?limit=2"
    while url:
        data = get_json(client, url)
        assert data["meta"]["limit"] == 2 and data["meta"]["total_count"] == len(everything)
        walked += slugs(data)
        url = data["meta"]["next"]
    assert walked == everything
    last = get_json(client, "/api/v2/cities/?limit=2&offset=4")
    assert last["meta"]["next"] is None
    assert last["meta"]["previous"] == f"{SERVER}/api/v2/cities/?limit=2&offset=2"
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
@pytest.mark.usefixtures("tags")
def test_bad_parameters_are_400_with_a_message(client, url, words):
    data = get_json(client, url, status=400)
    assert set(data) == {"message"}
    assert words in data["message"]


@pytest.mark.usefixtures("tags")
def test_an_unknown_value_is_quoted_short(client):
    message = get_json(client, "/api/v2/stories/?theme=" + "x" * 5000, status=400)["message"]
    assert message.startswith("Unknown theme 'xxx") and message.endswith("Known: logistics-rail, smart-city.")
    assert len(message) < 300


def test_unknown_ids_are_404_json_not_a_redirect(client, pair):
    story = pair.story
    for url in ["/api/v2/cities/999999/", f"/api/v2/cities/{story.pk}/", "/api/v2/stories/999999/"]:
        assert "message" in get_json(client, url, status=404)


def test_unpublished_city_disappears_from_the_api(client, pair):
    city = pair.chongqing
    mannheim_url = f"/api/v2/cities/{pair.mannheim.pk}/"
    assert [partner["slug"] for partner in get_json(client, mannheim_url)["partner_cities"]] == ["chongqing"]
    city.unpublish()
    assert "chongqing" not in slugs(get_json(client, "/api/v2/cities/?limit=100"))
    get_json(client, f"/api/v2/cities/{city.pk}/", status=404)
    assert get_json(client, mannheim_url)["partner_cities"] == []


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
    "/api/v2/cities/{city}/",
    "/api/v2/stories/",
    "/api/v2/stories/{story}/",
    "/api/v2/openapi.json",
    "/api/v2/pages/",
    "/api/v2/images/",
]


def endpoint(url, pair):
    """An address of `ENDPOINTS` with the ids of the pair's city and story."""
    return url.format(city=pair.chongqing.pk, story=pair.story.pk)


@pytest.mark.parametrize("url", ENDPOINTS)
def test_unsafe_and_unknown_methods_are_405_with_allow(client, django_user_model, pair, url):
    # A signed-in editor's session changes nothing: no CSRF 403, the same 405.
    url = endpoint(url, pair)
    client.force_login(django_user_model.objects.create_user("api-editor", password="x"))
    for method in ("POST", "PUT", "PATCH", "DELETE", "TRACE", "FROBNICATE"):
        response = client.generic(method, url, "{}", content_type="application/json")
        assert response.status_code == 405, (method, url)
        assert response["Allow"] == "GET, HEAD, OPTIONS"
        assert response.json() == {"message": f'Method "{method}" not allowed.'}


@pytest.mark.parametrize("url", ENDPOINTS)
def test_options_and_head_advertise_and_serve_only_safe_methods(client, pair, url):
    url = endpoint(url, pair)
    response = client.options(url)
    assert response.status_code == 200
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    head = client.head(url)
    assert head.status_code == 200 and head.content == b""


def test_api_is_open_to_other_origins_and_answers_the_cors_preflight(client, pair):
    origin = {"HTTP_ORIGIN": "https://partner.example"}
    assert client.get("/api/v2/cities/", **origin)["Access-Control-Allow-Origin"] == "*"
    assert client.get("/api/v2/nope/", **origin)["Access-Control-Allow-Origin"] == "*"
    story_url = f"/api/v2/stories/{pair.story.pk}/"
    preflight = client.options(story_url, HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET", **origin)
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


def grow_content(story, start, count):
    """Publish `count` more German cities, all partners of `story`."""
    for number in range(start, start + count):
        story.european_cities.add(make_city(f"extra-{number}", f"Extra {number}", f"额外{number}", iso="DE"))
    story.save_revision().publish()


@pytest.mark.parametrize(
    "url", ["/sitemap.xml", "/api/v2/cities/?limit=100", "/api/v2/stories/?limit=100", "/api/v2/cities/?sdg=11"]
)
def test_query_count_does_not_grow_with_the_content(client, pair, url):
    story = pair.story
    grow_content(story, 0, 1)  # both counts are taken after a publish, so content caches are in the same state
    before = count_queries(client, url)
    grow_content(story, 1, 8)
    assert count_queries(client, url) == before


# --- OpenAPI --------------------------------------------------------------------------------------------


def openapi(client):
    return get_json(client, "/api/v2/openapi.json")


@pytest.mark.usefixtures("tags")
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


@pytest.mark.usefixtures("programme")
class TestDocumentedExamples:
    """The worked examples name the ids and values of the programme content: they are sent to it."""

    def test_every_documented_example_works(self, client):
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

    def test_parameter_examples_are_valid_and_make_the_request_of_their_answer(self, client):
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


@pytest.mark.usefixtures("tags")
def test_filters_list_the_values_the_server_accepts(client):
    spec = openapi(client)
    parameters = {
        parameter["name"]: parameter["schema"] for parameter in spec["paths"]["/cities/"]["get"]["parameters"]
    }
    assert parameters["side"]["enum"] == ["cn", "CN", "eu", "EU"]
    assert set(parameters["theme"]["enum"]) == {"logistics-rail", "smart-city"}
    assert set(parameters["country"]["enum"]) == {"CN", "cn", "DE", "de", "IT", "it"}
    assert "colour" not in parameters
    for name, schema in parameters.items():
        for value in schema.get("enum", []):
            get_json(client, f"/api/v2/cities/?{urlencode({name: value})}")
        assert "" not in schema.get("enum", []), name  # `theme=` is refused by both the schema and the server
        get_json(client, f"/api/v2/cities/?{name}=", status=400)


def test_every_real_response_matches_the_schema(client, network):
    """Not only the examples: every city and story, so that no field escapes the description."""
    spec = openapi(client)
    make_city("testville", "Testville")  # no Chinese
    imageville = make_city("imageville", "Imageville", "图像城", image=ImageFactory(), image_alt_en="A picture")
    make_story("no-phase", "No phase", chinese=[network.yantai], european=[imageville], phase=None, end_year=None)
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


def test_wagtail_endpoints_answer_with_public_fields_only(client, pair):
    listing = get_json(client, "/api/v2/pages/?type=cities.CityPage&fields=*&limit=20")
    assert listing["meta"]["total_count"] == CityPage.objects.live().count() == 2
    city = pair.chongqing
    detail = get_json(client, f"/api/v2/pages/{city.pk}/")
    assert set(detail) <= PUBLIC_PAGE_KEYS, set(detail) - PUBLIC_PAGE_KEYS
    assert set(detail["meta"]) <= PUBLIC_META_KEYS, set(detail["meta"]) - PUBLIC_META_KEYS
    for endpoint in ("images", "documents"):
        assert get_json(client, f"/api/v2/{endpoint}/")["meta"]["total_count"] >= 0
    city.unpublish()
    get_json(client, f"/api/v2/pages/{city.pk}/", status=404)
