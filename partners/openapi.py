"""OpenAPI 3.1 description of the bilingual endpoints, served at `/api/v2/openapi.json`.

Every example is a real request: partners/tests/test_api.py runs each one against the programme content and
checks the status, the schema and that the documented response is an excerpt of the real one. Example URLs use
`https://example.org`; the ids are those of a fresh install loaded with `load_iurc_content`.
"""

from iurc_site.core.i18n import language_codes

from .filters import DEFAULT_LIMIT, MAX_LIMIT

EXAMPLE_HOST = "https://example.org"
CITIES_URL = f"{EXAMPLE_HOST}/api/v2/cities/"


def _ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def _object(properties, required=None):
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties) if required is None else required,
        "additionalProperties": False,
    }


NULLABLE_STRING = {"type": ["string", "null"]}
URI = {"type": "string", "format": "uri"}
NULLABLE_URI = {"type": ["string", "null"], "format": "uri"}
DATETIME = {"type": ["string", "null"], "format": "date-time"}
LANGUAGES = language_codes()

SCHEMAS = {
    "Bilingual": {
        **_object(dict.fromkeys(LANGUAGES, NULLABLE_STRING)),
        "description": "The same text in each language; `null` where it has not been written in that language.",
    },
    "BilingualList": _object({code: {"type": "array", "items": {"type": "string"}} for code in LANGUAGES}),
    "Country": _object(
        {
            "iso": {"type": "string", "pattern": "^[A-Z]{2}$", "description": "ISO 3166-1 alpha-2"},
            "side": {"type": "string", "enum": ["cn", "eu"], "description": "Chinese or European side"},
            "name": _ref("Bilingual"),
        }
    ),
    "Coordinates": _object(
        {
            "latitude": {"type": "number", "minimum": -90, "maximum": 90},
            "longitude": {"type": "number", "minimum": -180, "maximum": 180},
        }
    ),
    "Phase": _object(
        {
            "slug": {"type": "string"},
            "name": _ref("Bilingual"),
            "start_year": {"type": "integer"},
            "end_year": {"type": "integer"},
        }
    ),
    "Theme": _object({"slug": {"type": "string"}, "name": _ref("Bilingual")}),
    "Sdg": _object({"number": {"type": "integer", "minimum": 1, "maximum": 17}, "name": _ref("Bilingual")}),
    "CityRef": _object(
        {
            "id": {"type": "integer"},
            "slug": {"type": "string"},
            "name": _ref("Bilingual"),
            "country": {"type": "string", "pattern": "^[A-Z]{2}$"},
            "detail_url": URI,
        }
    ),
    "StoryRef": _object(
        {"id": {"type": "integer"}, "slug": {"type": "string"}, "title": _ref("Bilingual"), "detail_url": URI}
    ),
    "PageUrls": {
        **_object(dict.fromkeys(LANGUAGES, NULLABLE_URI)),
        "description": "The page in each language; `null` where it has not been written in that language.",
    },
    "Permalinks": {
        **_object({"default": URI, **dict.fromkeys(LANGUAGES, URI)}),
        "description": "Addresses that survive renaming: `default` opens in the reader's language, the others pin it.",
    },
    "City": _object(
        {
            "id": {"type": "integer", "description": "Permanent; the permalink `/c/<id>/` uses it."},
            "slug": {"type": "string", "description": "Part of the page URL; editors may change it."},
            "name": _ref("Bilingual"),
            "summary": _ref("Bilingual"),
            "region": _ref("Bilingual"),
            "country": _ref("Country"),
            "coordinates": _ref("Coordinates"),
            "phases": {"type": "array", "items": _ref("Phase")},
            "partner_cities": {"type": "array", "items": _ref("CityRef")},
            "stories": {"type": "array", "items": _ref("StoryRef")},
            "themes": {"type": "array", "items": _ref("Theme"), "description": "The themes of the city's stories."},
            "sdgs": {"type": "array", "items": _ref("Sdg"), "description": "The UN SDGs of the city's stories."},
            "languages": {"type": "array", "items": {"type": "string", "enum": LANGUAGES}},
            "urls": _ref("PageUrls"),
            "permalinks": _ref("Permalinks"),
            "first_published_at": DATETIME,
            "last_published_at": DATETIME,
        }
    ),
    "Story": _object(
        {
            "id": {"type": "integer", "description": "Permanent; the permalink `/s/<id>/` uses it."},
            "slug": {"type": "string"},
            "title": _ref("Bilingual"),
            "summary": _ref("Bilingual"),
            "chinese_cities": {"type": "array", "items": _ref("CityRef")},
            "european_cities": {"type": "array", "items": _ref("CityRef")},
            "phase": {"oneOf": [_ref("Phase"), {"type": "null"}]},
            "start_year": {"type": "integer"},
            "end_year": {"type": ["integer", "null"]},
            "themes": {"type": "array", "items": _ref("Theme")},
            "sdgs": {"type": "array", "items": _ref("Sdg")},
            "outcomes": _ref("BilingualList"),
            "languages": {"type": "array", "items": {"type": "string", "enum": LANGUAGES}},
            "urls": _ref("PageUrls"),
            "permalinks": _ref("Permalinks"),
            "first_published_at": DATETIME,
            "last_published_at": DATETIME,
        }
    ),
    "ListMeta": _object(
        {
            "total_count": {"type": "integer", "minimum": 0},
            "limit": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
            "offset": {"type": "integer", "minimum": 0},
            "next": NULLABLE_URI,
            "previous": NULLABLE_URI,
        }
    ),
    "CityList": _object({"meta": _ref("ListMeta"), "items": {"type": "array", "items": _ref("City")}}),
    "StoryList": _object({"meta": _ref("ListMeta"), "items": {"type": "array", "items": _ref("Story")}}),
    "Error": _object({"message": {"type": "string"}}),
}


def _parameter(name, location, schema, description, examples):
    parameter = {"name": name, "in": location, "schema": schema, "description": description}
    if location == "path":
        parameter["required"] = True
    if examples:
        parameter["examples"] = {key: {"value": value} for key, value in examples.items()}
    return parameter


def _query(name, schema, description, **examples):
    return _parameter(name, "query", schema, description, examples)


def _pagination(**examples):
    limits = {key: value[0] for key, value in examples.items() if value[0] is not None}
    offsets = {key: value[1] for key, value in examples.items() if value[1] is not None}
    return [
        _query(
            "limit",
            {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT},
            f"Items per response, at most {MAX_LIMIT}.",
            **limits,
        ),
        _query("offset", {"type": "integer", "minimum": 0, "default": 0}, "Items to skip.", **offsets),
    ]


def _response(description, schema, **examples):
    content = {"schema": _ref(schema)}
    if examples:
        content["examples"] = {key: {"summary": value[0], "value": value[1]} for key, value in examples.items()}
    return {"description": description, "content": {"application/json": content}}


def _bi(en, zh):
    return {"en": en, "zh-hans": zh}


CHONGQING_REF = {"id": 23, "slug": "chongqing", "name": _bi("Chongqing", "重庆"), "country": "CN"}
MANNHEIM_REF = {
    "id": 38,
    "slug": "mannheim",
    "name": _bi("Mannheim", "曼海姆"),
    "country": "DE",
    "detail_url": f"{CITIES_URL}38/",
}
CHONGQING = {
    **CHONGQING_REF,
    "region": _bi("Chongqing Municipality", "重庆市"),
    "country": {"iso": "CN", "side": "cn", "name": _bi("China", "中国")},
    "coordinates": {"latitude": 29.56, "longitude": 106.55},
    "phases": [{"slug": "iuc-asia", "start_year": 2017, "end_year": 2020}],
    "partner_cities": [MANNHEIM_REF],
    "stories": [
        {"id": 44, "slug": "chongqing-mannheim", "title": _bi("Chongqing and Mannheim, Germany", "重庆与德国曼海姆")}
    ],
    "themes": [{"slug": "logistics-rail", "name": _bi("Logistics and rail", "物流与铁路")}],
    "sdgs": [{"number": 9}],
    "languages": ["en", "zh-hans"],
    "urls": {
        "en": f"{EXAMPLE_HOST}/en/cities/chongqing/",
        "zh-hans": f"{EXAMPLE_HOST}/zh-hans/cities/chongqing/",
    },
    "permalinks": {
        "default": f"{EXAMPLE_HOST}/c/23/",
        "en": f"{EXAMPLE_HOST}/c/23/en/",
        "zh-hans": f"{EXAMPLE_HOST}/c/23/zh-hans/",
    },
}
CHONGQING_MANNHEIM = {
    "id": 44,
    "slug": "chongqing-mannheim",
    "title": _bi("Chongqing and Mannheim, Germany", "重庆与德国曼海姆"),
    "chinese_cities": [CHONGQING_REF],
    "european_cities": [MANNHEIM_REF],
    "phase": {"slug": "iuc-asia", "name": {"en": "EU International Urban Cooperation Programme – Asia (IUC-Asia)"}},
    "start_year": 2017,
    "end_year": 2020,
    "themes": [{"slug": "logistics-rail"}, {"slug": "sustainable-urban-development"}],
    "sdgs": [{"number": 9}, {"number": 11}, {"number": 17}],
    "outcomes": {
        "en": ["Launch of China–Europe Railway Express services", "Establishment of a cooperation centre"],
        "zh-hans": ["开通中欧班列", "成立合作中心"],
    },
    "urls": {"zh-hans": f"{EXAMPLE_HOST}/zh-hans/cooperation/chongqing-mannheim/"},
    "permalinks": {"default": f"{EXAMPLE_HOST}/s/44/"},
}

BAD_REQUEST = {
    "bad-limit": ("A limit above the maximum", {"message": f"'limit' must be a whole number from 1 to {MAX_LIMIT}."}),
    "unknown-parameter": (
        "A parameter the endpoint does not know",
        {"message": "Unknown query parameter 'colour'. Allowed: side, country, phase, theme, sdg, limit, offset."},
    ),
    "unknown-country": (
        "A country without case cities",
        {"message": "Unknown country 'XX'. Known: CN, BG, DE, ES, FR, GB, GR, IT."},
    ),
}
STORY_BAD_REQUEST = {
    "bad-sdg": (
        "An SDG number out of range",
        {"message": "Unknown sdg '18'. Known: " + ", ".join(map(str, range(1, 18))) + "."},
    ),
    "bad-offset": ("A negative offset", {"message": "'offset' must be a whole number from 0 to 1000000000."}),
}


def _city_list():
    return {
        "get": {
            "operationId": "listCities",
            "summary": "Case cities, both languages in one response",
            "parameters": [
                _query(
                    "side",
                    {"type": "string", "enum": ["cn", "eu"]},
                    "Chinese (`cn`) or European (`eu`) cities.",
                    **{"chinese-second-page": "cn"},
                ),
                _query(
                    "country",
                    {"type": "string", "pattern": "^[A-Za-z]{2}$"},
                    "ISO 3166-1 alpha-2 code, any case.",
                    **{"italian-cities": "IT", "unknown-country": "XX"},
                ),
                _query(
                    "phase",
                    {"type": "string"},
                    "Programme phase slug: `iuc-asia` or `iurc`.",
                    **{"chinese-second-page": "iuc-asia"},
                ),
                _query(
                    "theme",
                    {"type": "string"},
                    "Theme slug: cities with a story on that theme.",
                    **{"by-theme": "logistics-rail"},
                ),
                _query(
                    "sdg",
                    {"type": "integer", "minimum": 1, "maximum": 17},
                    "UN SDG number: cities with a story on it.",
                    **{"by-theme": 9},
                ),
                *_pagination(**{"italian-cities": (1, None), "chinese-second-page": (3, 3), "bad-limit": (500, None)}),
                _query(
                    "colour",
                    {"type": "string"},
                    "Not a parameter: shown for the error example.",
                    **{"unknown-parameter": "red"},
                ),
            ],
            "responses": {
                "200": _response(
                    "One page of cities, in directory order.",
                    "CityList",
                    **{
                        "italian-cities": (
                            "Italian case cities, one per page",
                            {
                                "meta": {
                                    "total_count": 3,
                                    "limit": 1,
                                    "offset": 0,
                                    "next": f"{CITIES_URL}?country=IT&limit=1&offset=1",
                                    "previous": None,
                                },
                                "items": [
                                    {
                                        "id": 34,
                                        "slug": "rome",
                                        "name": _bi("Rome", "罗马"),
                                        "partner_cities": [{"slug": "yangzhou"}, {"slug": "yantai"}],
                                    }
                                ],
                            },
                        ),
                        "by-theme": (
                            "Cities with a story on logistics and rail and on SDG 9",
                            {"meta": {"total_count": 2}, "items": [CHONGQING, {"slug": "mannheim"}]},
                        ),
                        "chinese-second-page": (
                            "The second page of three Chinese IUC-Asia cities",
                            {
                                "meta": {
                                    "total_count": 18,
                                    "limit": 3,
                                    "offset": 3,
                                    "previous": f"{CITIES_URL}?side=cn&phase=iuc-asia&limit=3&offset=0",
                                },
                            },
                        ),
                    },
                ),
                "400": _response("A bad parameter; the message says which and why.", "Error", **BAD_REQUEST),
            },
        }
    }


def _detail(noun, schema, operation_id, examples, missing_id):
    return {
        "get": {
            "operationId": operation_id,
            "summary": f"One {noun}, both languages in one response",
            "parameters": [
                _parameter(
                    "id",
                    "path",
                    {"type": "integer"},
                    f"The {noun}'s permanent id (as in its permalink).",
                    {**{key: value[0] for key, value in examples.items()}, "missing": missing_id},
                )
            ],
            "responses": {
                "200": _response(f"The {noun}.", schema, **{key: value[1:] for key, value in examples.items()}),
                "404": _response(
                    f"No published {noun} has this id.",
                    "Error",
                    missing=(
                        f"An id that is not a published {noun}",
                        {"message": f"No published {noun} has the id {missing_id}."},
                    ),
                ),
            },
        }
    }


def _story_list():
    return {
        "get": {
            "operationId": "listStories",
            "summary": "Cooperation stories, both languages in one response",
            "parameters": [
                _query(
                    "country",
                    {"type": "string", "pattern": "^[A-Za-z]{2}$"},
                    "Stories naming a city of this country.",
                    **{"german-stories": "de"},
                ),
                _query(
                    "city", {"type": "integer"}, "Stories naming the city with this id.", **{"chongqing-stories": 23}
                ),
                _query("phase", {"type": "string"}, "Programme phase slug.", **{"german-stories": "iuc-asia"}),
                _query("theme", {"type": "string"}, "Theme slug."),
                _query(
                    "sdg",
                    {"type": "integer", "minimum": 1, "maximum": 17},
                    "UN SDG number.",
                    **{"education": 4, "bad-sdg": 18},
                ),
                *_pagination(**{"bad-offset": (None, -1)}),
            ],
            "responses": {
                "200": _response(
                    "One page of stories, in index order.",
                    "StoryList",
                    **{
                        "education": (
                            "Stories on SDG 4, quality education",
                            {
                                "meta": {"total_count": 1},
                                "items": [
                                    {
                                        "slug": "yantai-rome",
                                        "sdgs": [{"number": 4, "name": _bi("Quality education", "优质教育")}],
                                    }
                                ],
                            },
                        ),
                        "chongqing-stories": (
                            "The stories naming Chongqing",
                            {"meta": {"total_count": 1}, "items": [CHONGQING_MANNHEIM]},
                        ),
                        "german-stories": (
                            "IUC-Asia stories with a German city",
                            {
                                "meta": {"total_count": 2},
                                "items": [{"slug": "chongqing-mannheim"}, {"slug": "yangzhou-horticultural-expo"}],
                            },
                        ),
                    },
                ),
                "400": _response("A bad parameter; the message says which and why.", "Error", **STORY_BAD_REQUEST),
            },
        }
    }


def openapi_spec(server_url):
    """The description, with `server_url` (this site's `/api/v2/`) as its server."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "IURC-China API",
            "version": "2",
            "description": (
                "Read-only data of the IURC-China website: case cities and cooperation stories, with every text in "
                "English (`en`) and Simplified Chinese (`zh-hans`) in the same response. Ids are permanent; slugs "
                "may change. Lists are paginated with `limit` and `offset`; an unknown, repeated or malformed "
                "parameter is answered with 400 and a message. Wagtail's own endpoints (`pages/`, `images/`, "
                "`documents/`) answer in the language of the `Accept-Language` header."
            ),
        },
        "servers": [{"url": server_url}],
        "paths": {
            "/cities/": _city_list(),
            "/cities/{id}/": _detail("city", "City", "getCity", {"chongqing": (23, "Chongqing", CHONGQING)}, 999999),
            "/stories/": _story_list(),
            "/stories/{id}/": _detail(
                "story",
                "Story",
                "getStory",
                {"chongqing-mannheim": (44, "Chongqing and Mannheim", CHONGQING_MANNHEIM)},
                999999,
            ),
        },
        "components": {"schemas": SCHEMAS},
    }
