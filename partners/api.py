"""The read-only JSON API: Wagtail's own endpoints plus cities and stories carrying both languages at once.

Every list endpoint runs a fixed number of queries whatever its length (the related data is prefetched).
"""

from collections import defaultdict
from functools import wraps

from django.db.models import Prefetch, prefetch_related_objects
from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_safe
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from cities.models import CityPage
from cooperations.models import CooperationStoryPage, stories_naming
from iurc_site.core.i18n import available_languages, language_codes, localized_field

from . import filters
from .links import by_id, page_urls, permalinks, w3c_datetime
from .openapi import openapi_spec

API_PREFIX = "api/v2/"

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)

CITY_FILTERS = ("side", "country", "phase", "theme", "sdg")
STORY_FILTERS = ("country", "city", "phase", "theme", "sdg")


def json_response(data, status=200):
    """UTF-8 JSON (Chinese unescaped), readable from any origin: the data is public and read-only."""
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def api_view(view):
    """GET/HEAD only; a `filters.BadRequest` becomes a 400 with its message."""

    @require_safe
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except filters.BadRequest as error:
            return json_response({"message": str(error)}, status=400)

    return wrapper


def bilingual(obj, field_name):
    """`{"en": …, "zh-hans": …}` from the per-language columns; a language not written yet is `null`."""
    return {code: getattr(obj, localized_field(field_name, code)) or None for code in language_codes()}


def country_json(country):
    return {"iso": country.iso_code, "side": country.side, "name": bilingual(country, "name")}


def phase_json(phase):
    return {
        "slug": phase.slug,
        "name": bilingual(phase, "name"),
        "start_year": phase.start_year,
        "end_year": phase.end_year,
    }


def theme_json(theme):
    return {"slug": theme.slug, "name": bilingual(theme, "name")}


def sdg_json(goal):
    return {"number": goal.number, "name": bilingual(goal, "name")}


def city_ref(city, request):
    return {
        "id": city.pk,
        "slug": city.slug,
        "name": bilingual(city, "title"),
        "country": city.country.iso_code,
        "detail_url": request.build_absolute_uri(reverse("partners_api_city", args=[city.pk])),
    }


def story_ref(story, request):
    return {
        "id": story.pk,
        "slug": story.slug,
        "title": bilingual(story, "title"),
        "detail_url": request.build_absolute_uri(reverse("partners_api_story", args=[story.pk])),
    }


def page_links(page, request):
    return {
        "languages": available_languages(page),
        "urls": page_urls(page, request),
        "permalinks": permalinks(page, request),
        "first_published_at": w3c_datetime(page.first_published_at),
        "last_published_at": w3c_datetime(page.last_published_at),
    }


class Published:
    """The API's pages: those the public may see (`visible()`)."""

    def cities(self):
        return CityPage.objects.visible().select_related("country")

    def stories(self):
        return CooperationStoryPage.objects.visible()


def unique(objects, key):
    seen = {}
    for obj in objects:
        seen.setdefault(obj.pk, obj)
    return sorted(seen.values(), key=key)


def cities_json(cities, request, published):
    """Serialise cities with their phases, partners, stories, themes and SDGs in six queries in all."""
    prefetch_related_objects(cities, "phases")
    stories = (
        stories_naming(cities, published.stories())
        .order_by("path")
        .prefetch_related(
            Prefetch("chinese_cities", queryset=published.cities()),
            Prefetch("european_cities", queryset=published.cities()),
            "themes",
            "sdgs",
        )
    )
    stories_of = defaultdict(list)
    for story in stories:
        for city in [*story.chinese_cities.all(), *story.european_cities.all()]:
            stories_of[city.pk].append(story)
    items = []
    for city in cities:
        own = stories_of[city.pk]
        partners = [
            partner
            for story in own
            for partner in (story.european_cities if city.country.side == "cn" else story.chinese_cities).all()
        ]
        items.append(
            {
                "id": city.pk,
                "slug": city.slug,
                "name": bilingual(city, "title"),
                "summary": bilingual(city, "summary"),
                "region": bilingual(city, "region"),
                "country": country_json(city.country),
                "coordinates": {"latitude": float(city.latitude), "longitude": float(city.longitude)},
                "phases": [phase_json(phase) for phase in city.phases.all()],
                "partner_cities": [city_ref(p, request) for p in unique(partners, key=lambda c: c.path)],
                "stories": [story_ref(story, request) for story in own],
                "themes": [theme_json(t) for t in unique([t for s in own for t in s.themes.all()], lambda t: t.slug)],
                "sdgs": [sdg_json(g) for g in unique([g for s in own for g in s.sdgs.all()], lambda g: g.number)],
                **page_links(city, request),
            }
        )
    return items


def stories_json(stories, request, published):
    """Serialise stories with their cities, phase, themes and SDGs in four queries in all."""
    prefetch_related_objects(
        stories,
        Prefetch("chinese_cities", queryset=published.cities().order_by("path")),
        Prefetch("european_cities", queryset=published.cities().order_by("path")),
        "themes",
        "sdgs",
    )
    return [
        {
            "id": story.pk,
            "slug": story.slug,
            "title": bilingual(story, "title"),
            "summary": bilingual(story, "summary"),
            "chinese_cities": [city_ref(city, request) for city in story.chinese_cities.all()],
            "european_cities": [city_ref(city, request) for city in story.european_cities.all()],
            "phase": phase_json(story.phase) if story.phase else None,
            "start_year": story.start_year,
            "end_year": story.end_year,
            "themes": [theme_json(theme) for theme in story.themes.all()],
            "sdgs": [sdg_json(goal) for goal in story.sdgs.all()],
            "outcomes": {
                code: [block.value for block in getattr(story, localized_field("outcomes", code))]
                for code in language_codes()
            },
            **page_links(story, request),
        }
        for story in stories
    ]


def listing(request, queryset, params, serialise, published):
    """`{"meta": {total_count, limit, offset, next, previous}, "items": […]}` for one slice of `queryset`."""
    limit, offset = params.limit, params.offset
    total = queryset.count()
    items = serialise(list(queryset[offset : offset + limit]), request, published)

    def page_link(new_offset):
        query = request.GET.copy()
        query["offset"] = new_offset
        query["limit"] = limit
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    meta = {
        "total_count": total,
        "limit": limit,
        "offset": offset,
        "next": page_link(offset + limit) if offset + limit < total else None,
        "previous": page_link(max(offset - limit, 0)) if offset > 0 else None,
    }
    return json_response({"meta": meta, "items": items})


def detail(request, queryset, page_id, serialise, published, noun):
    if request.GET:
        raise filters.BadRequest(f"Unknown query parameter '{sorted(request.GET)[0]}'. This endpoint takes none.")
    obj = by_id(queryset, page_id)
    if obj is None:
        return json_response({"message": f"No published {noun} has the id {page_id}."}, status=404)
    return json_response(serialise([obj], request, published)[0])


@api_view
def city_list(request):
    params = filters.ApiFilters(request.GET, CITY_FILTERS)
    published = Published()
    cities = params.cities(published.cities().order_by("path"), published.stories())
    return listing(request, cities, params, cities_json, published)


@api_view
def city_detail(request, page_id):
    published = Published()
    return detail(request, published.cities(), page_id, cities_json, published, "city")


def ordered_stories(published):
    return published.stories().select_related("phase").order_by("path")


@api_view
def story_list(request):
    params = filters.ApiFilters(request.GET, STORY_FILTERS)
    published = Published()
    return listing(request, params.stories(ordered_stories(published)), params, stories_json, published)


@api_view
def story_detail(request, page_id):
    published = Published()
    return detail(request, ordered_stories(published), page_id, stories_json, published, "story")


@require_safe
def openapi(request):
    """The OpenAPI 3.1 description of the endpoints above."""
    return json_response(openapi_spec(request.build_absolute_uri(f"/{API_PREFIX}")))
