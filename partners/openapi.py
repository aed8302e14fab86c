"""What drf-spectacular cannot infer for the API's OpenAPI document, added by `finish_document` (a postprocessing
hook, see SPECTACULAR_SETTINGS): the filters' current values from the database as enums, closed objects, the
server's URL, and worked examples.

Every example is a real request: its description names it, and partners/tests/test_api.py sends it to the
programme content and checks the status, the schema and that the documented answer is an excerpt of the real one.
Example URLs use `https://example.org`; the ids are those of a fresh install loaded with `load_iurc_content`.
"""

import re

from drf_spectacular.settings import spectacular_settings
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema

EXAMPLE_HOST = "https://example.org"
CITIES_URL = f"{EXAMPLE_HOST}/api/v2/cities/"


def closed(properties):
    """An object schema with exactly these properties, all required."""
    return {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}


def query_parameter(name, description, schema):
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema}


def operations(noun, plural, serializer, error_serializer):
    """`extend_schema_view` arguments for the list and detail operations of a bilingual endpoint."""
    bad_request = OpenApiResponse(error_serializer, "A bad parameter; the message says which and why.")
    return {
        "list": extend_schema(
            operation_id=f"list{plural.title()}",
            summary=f"{plural.capitalize()}, both languages in one response",
            description=f"The published {plural}, in the site's order, one page at a time.",
            responses={200: OpenApiResponse(serializer, f"One page of {plural}."), 400: bad_request},
        ),
        "retrieve": extend_schema(
            operation_id=f"get{noun.title()}",
            summary=f"One {noun}, both languages in one response",
            description=f"A published {noun} by its permanent id.",
            parameters=[
                OpenApiParameter(
                    "id",
                    {"type": "integer", "minimum": 1},
                    OpenApiParameter.PATH,
                    description=f"The {noun}'s permanent id (as in its permalink).",
                )
            ],
            responses={
                200: OpenApiResponse(serializer, f"The {noun}."),
                400: bad_request,
                404: OpenApiResponse(error_serializer, f"No published {noun} has this id."),
            },
        ),
    }


class Example:
    """A GET request below the API's root (`cities/?country=IT`) and the documented excerpt of its answer."""

    def __init__(self, name, summary, request, status, value):
        self.name, self.summary, self.request, self.status, self.value = name, summary, request, status, value

    def query(self):
        return [pair.split("=", 1) for pair in self.request.partition("?")[2].split("&") if pair]

    def as_openapi(self):
        request = f"{spectacular_settings.SCHEMA_PATH_PREFIX}/{self.request}"
        return {"summary": self.summary, "description": f"The answer to `GET {request}`.", "value": self.value}


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
    "image": None,
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


def _missing(noun, plural):
    return Example(
        "Missing",
        f"An id that is not a published {noun}",
        f"{plural}/999999/",
        404,
        {"message": f"No published {noun} has the id 999999."},
    )


# By operationId: a new endpoint adds its own.
EXAMPLES = {
    "listCities": [
        Example(
            "ItalianCities",
            "Italian case cities, one per page",
            "cities/?country=IT&limit=1",
            200,
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
        Example(
            "ByTheme",
            "Cities with a story on logistics and rail and on SDG 9",
            "cities/?theme=logistics-rail&sdg=9",
            200,
            {"meta": {"total_count": 2}, "items": [CHONGQING, {"slug": "mannheim"}]},
        ),
        Example(
            "ChineseSecondPage",
            "The second page of three Chinese IUC-Asia cities",
            "cities/?side=cn&phase=iuc-asia&limit=3&offset=3",
            200,
            {
                "meta": {
                    "total_count": 18,
                    "limit": 3,
                    "offset": 3,
                    "previous": f"{CITIES_URL}?side=cn&phase=iuc-asia&limit=3&offset=0",
                },
            },
        ),
        Example(
            "BadLimit",
            "A limit above the maximum",
            "cities/?limit=500",
            400,
            {"message": "'limit' must be a whole number from 1 to 100."},
        ),
        Example(
            "UnknownParameter",
            "A parameter the endpoint does not know",
            "cities/?colour=red",
            400,
            {"message": "Unknown query parameter 'colour'. Allowed: side, country, phase, theme, sdg, limit, offset."},
        ),
        Example(
            "UnknownCountry",
            "A country without case cities",
            "cities/?country=XX",
            400,
            {"message": "Unknown country 'XX'. Known: CN, BG, DE, ES, FR, GB, GR, IT."},
        ),
    ],
    "getCity": [
        Example("Chongqing", "Chongqing", "cities/23/", 200, CHONGQING),
        Example(
            "QueryParameter",
            "A query parameter, which this endpoint does not take",
            "cities/23/?lang=en",
            400,
            {"message": "Unknown query parameter 'lang'. This endpoint takes none."},
        ),
        _missing("city", "cities"),
    ],
    "listStories": [
        Example(
            "Education",
            "Stories on SDG 4, quality education",
            "stories/?sdg=4",
            200,
            {
                "meta": {"total_count": 1},
                "items": [
                    {"slug": "yantai-rome", "sdgs": [{"number": 4, "name": _bi("Quality education", "优质教育")}]}
                ],
            },
        ),
        Example(
            "ChongqingStories",
            "The stories naming Chongqing",
            "stories/?city=23",
            200,
            {"meta": {"total_count": 1}, "items": [CHONGQING_MANNHEIM]},
        ),
        Example(
            "GermanStories",
            "IUC-Asia stories with a German city",
            "stories/?country=de&phase=iuc-asia",
            200,
            {
                "meta": {"total_count": 2},
                "items": [{"slug": "chongqing-mannheim"}, {"slug": "yangzhou-horticultural-expo"}],
            },
        ),
        Example(
            "BadSdg",
            "An SDG number out of range",
            "stories/?sdg=18",
            400,
            {"message": "Unknown sdg '18'. Known: " + ", ".join(map(str, range(1, 18))) + "."},
        ),
        Example(
            "BadOffset",
            "A negative offset",
            "stories/?offset=-1",
            400,
            {"message": "'offset' must be a whole number from 0 to 1000000000."},
        ),
    ],
    "getStory": [
        Example("ChongqingMannheim", "Chongqing and Mannheim", "stories/44/", 200, CHONGQING_MANNHEIM),
        _missing("story", "stories"),
    ],
    # The programme content has no events yet: the site's editors add them.
    "listEvents": [
        Example(
            "Upcoming",
            "Events not yet over, soonest first",
            "events/?upcoming=true",
            200,
            {"meta": {"total_count": 0, "limit": 20, "offset": 0, "next": None, "previous": None}, "items": []},
        ),
        Example(
            "ChongqingEvents",
            "Events about Chongqing",
            "events/?city=23&limit=5",
            200,
            {"meta": {"total_count": 0, "limit": 5}, "items": []},
        ),
        Example(
            "BadUpcoming",
            "A value of `upcoming` other than true or false",
            "events/?upcoming=yes",
            400,
            {"message": "Unknown upcoming 'yes'. Known: true, false."},
        ),
        Example(
            "BadCity",
            "A city id that is no whole number",
            "events/?city=chongqing",
            400,
            {"message": f"'city' must be a whole number from 1 to {2**31 - 1}."},
        ),
    ],
    "getEvent": [_missing("event", "events")],
    "listNews": [
        Example(
            "AllNews",
            "Every published article, newest first (the programme content has none yet)",
            "news/",
            200,
            {"meta": {"total_count": 0, "limit": 20, "offset": 0, "next": None, "previous": None}, "items": []},
        ),
        Example(
            "BadYear",
            "A year that is not one",
            "news/?year=abc",
            400,
            {"message": "'year' must be a whole number from 2000 to 2100."},
        ),
        Example(
            "UnknownParameter",
            "A parameter the endpoint does not know",
            "news/?lang=en",
            400,
            {"message": "Unknown query parameter 'lang'. Allowed: city, story, theme, year, limit, offset."},
        ),
    ],
    "getArticle": [_missing("news article", "news")],
}


def _filters(result, generator):
    """Each filter is described by its help text and, if its choices come from the database, lists them as they
    are now (drf-spectacular reads neither when a filter's type is set by hand)."""
    prefix = re.compile(f"^{spectacular_settings.SCHEMA_PATH_PREFIX}")
    for path, _regex, method, callback in generator.endpoints:
        filterset_class = getattr(callback.cls, "filterset_class", None)
        if method != "GET" or filterset_class is None or callback.actions.get("get") != "list":
            continue
        for parameter in result["paths"][prefix.sub("", path)]["get"]["parameters"]:
            filter_ = filterset_class.base_filters.get(parameter["name"])
            if filter_ is None:
                continue
            parameter["description"] = str(filter_.extra["help_text"])
            choices = filter_.extra.get("choices")
            if callable(choices):
                coerce = filter_.extra.get("coerce", str)
                parameter["schema"]["enum"] = [coerce(value) for value, _label in choices()]


def _examples(result):
    """Each example under its response and, for an answer that is not an error, its values under the
    parameters (which a request outside the schema does not have)."""
    for item in result["paths"].values():
        operation = item["get"]
        for example in EXAMPLES.get(operation["operationId"], []):
            content = operation["responses"][str(example.status)]["content"]["application/json"]
            content.setdefault("examples", {})[example.name] = example.as_openapi()
            if example.status >= 400:
                continue
            parameters = {parameter["name"]: parameter for parameter in operation["parameters"]}
            path_values = re.fullmatch(r"[a-z]+/(?:(?P<id>[0-9]+)/)?(?:\?.*)?", example.request).groupdict()
            values = [("id", int(path_values["id"]))] if path_values["id"] else []
            for name, value in [*values, *example.query()]:
                schema = parameters[name]["schema"]
                typed = int(value) if schema.get("type") == "integer" else value
                parameters[name].setdefault("examples", {})[example.name] = {"value": typed}


def _close_objects(result):
    """Component objects allow no other property: a field the serializer adds must be described."""
    for schema in result["components"]["schemas"].values():
        if schema.get("type") == "object" and "properties" in schema:
            schema["additionalProperties"] = False


def finish_document(result, generator, request, public):
    """drf-spectacular postprocessing hook for the bilingual API's document.

    The server's URL and the filters' values are those of the request's site; without a request (the dry run of
    `manage.py check --deploy`, perhaps before `migrate`) there are neither.
    """
    if request is not None:
        result["servers"] = [{"url": request.build_absolute_uri(f"{spectacular_settings.SCHEMA_PATH_PREFIX}/")}]
        _filters(result, generator)
    _examples(result)
    _close_objects(result)
    return result
