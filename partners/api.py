"""The read-only JSON API under `/api/v2/`: Wagtail's own endpoints, and cities and stories in both languages at once.

The bilingual endpoints are Django REST framework viewsets. Adding one takes a serializer
(`partners/serializers.py`), a FilterSet (`partners/filters.py`) and a `BilingualViewSet` subclass registered on
`router` below; its filters, pagination, errors, methods and OpenAPI description follow. Every list runs a fixed
number of queries whatever its length: `prepare` fetches the related data of a whole page of results at once, into
`api_<relation>` lists the serializer reads. `base_queryset()` loads `only()` the columns the serializer shows: a field
added to one needs its column there too, or each page would load it in a query of its own.
"""

from collections import defaultdict

from django.db.models import Prefetch, prefetch_related_objects
from django.http import HttpResponsePermanentRedirect, JsonResponse
from django.urls import include, path, re_path, resolve
from django.views.decorators.csrf import csrf_exempt
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.renderers import OpenApiJsonRenderer2
from drf_spectacular.utils import extend_schema_view
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework import exceptions, views, viewsets
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.routers import SimpleRouter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.images.models import Image

from cities.models import CityPage
from cooperations.models import CooperationStoryPage, stories_naming
from events.models import EventPage
from iurc_site.core.querysets import LINK_FIELDS
from news.models import NewsArticlePage

from . import openapi
from .filters import CityFilter, EventFilter, NewsFilter, StoryFilter
from .links import by_id
from .serializers import IMAGE_FILTER, CitySerializer, ErrorSerializer, EventSerializer, NewsSerializer, StorySerializer

API_PREFIX = "api/v2/"
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_OFFSET = 10**9


class JsonOnly(BaseContentNegotiation):
    """Always JSON, whatever the Accept header asks: there is no other representation to offer."""

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type

    def select_parser(self, request, parsers):
        return None


def whole_number(query, name, default, minimum, maximum):
    """The query parameter `name` as an int in [minimum, maximum], `default` if absent; ASCII digits only."""
    raw = query.get(name)
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit() and minimum <= int(raw) <= maximum):
        raise exceptions.ValidationError(f"'{name}' must be a whole number from {minimum} to {maximum}.")
    return int(raw)


class Pagination(LimitOffsetPagination):
    """`limit` (1–100, default 20) and `offset`; out-of-range values are a 400, not silently clamped.

    The answer is `{"meta": {total_count, limit, offset, next, previous}, "items": […]}`, the shape of Wagtail's
    own endpoints; `next` and `previous` keep the request's other parameters in their order.
    """

    default_limit = DEFAULT_LIMIT
    max_limit = MAX_LIMIT

    def get_limit(self, request):
        return whole_number(request.query_params, self.limit_query_param, self.default_limit, 1, self.max_limit)

    def get_offset(self, request):
        return whole_number(request.query_params, self.offset_query_param, 0, 0, MAX_OFFSET)

    def link(self, offset):
        query = self.request.query_params.copy()
        query[self.offset_query_param] = offset
        query[self.limit_query_param] = self.limit
        return self.request.build_absolute_uri(f"{self.request.path}?{query.urlencode()}")

    def get_next_link(self):
        return self.link(self.offset + self.limit) if self.offset + self.limit < self.count else None

    def get_previous_link(self):
        return self.link(max(self.offset - self.limit, 0)) if self.offset > 0 else None

    def get_paginated_response(self, data):
        meta = {
            "total_count": self.count,
            "limit": self.limit,
            "offset": self.offset,
            "next": self.get_next_link(),
            "previous": self.get_previous_link(),
        }
        return Response({"meta": meta, "items": data})

    def get_paginated_response_schema(self, schema):
        link = {"type": ["string", "null"], "format": "uri"}
        return openapi.closed(
            {
                "meta": openapi.closed(
                    {
                        "total_count": {"type": "integer", "minimum": 0},
                        "limit": {"type": "integer", "minimum": 1, "maximum": self.max_limit},
                        "offset": {"type": "integer", "minimum": 0},
                        "next": link,
                        "previous": link,
                    }
                ),
                "items": schema,
            }
        )

    def get_schema_operation_parameters(self, view):
        return [
            openapi.query_parameter(
                self.limit_query_param,
                f"Items per response, at most {self.max_limit}.",
                {"type": "integer", "minimum": 1, "maximum": self.max_limit, "default": self.default_limit},
            ),
            openapi.query_parameter(
                self.offset_query_param,
                "Items to skip.",
                {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET, "default": 0},
            ),
        ]


def message_of(detail):
    """The first message of a DRF error detail (a string, or a list or dict of them)."""
    while isinstance(detail, list | dict):
        detail = next(iter(detail.values() if isinstance(detail, dict) else detail))
    return str(detail)


def exception_handler(exc, context):
    """DRF's handler (404, 405 with `Allow`…), with the body `{"message": …}` as in Wagtail's endpoints."""
    response = views.exception_handler(exc, context)
    if response is not None:
        response.data = {"message": message_of(response.data)}
    return response


class ReadOnlyApiMixin:
    """JSON only, for anyone, without cookies or CSRF; every error is `{"message": …}`."""

    renderer_classes = [JSONRenderer]
    content_negotiation_class = JsonOnly
    authentication_classes = []
    permission_classes = []
    parser_classes = []

    def get_exception_handler(self):
        return exception_handler


class FilterBackend(DjangoFilterBackend):
    """django-filter's backend, answering a bad value with one sentence (`ApiFilterSet.error_message`)."""

    def filter_queryset(self, request, queryset, view):
        filterset = self.get_filterset(request, queryset, view)
        if not filterset.is_valid():
            raise exceptions.ValidationError(filterset.error_message())
        return filterset.qs


class BilingualViewSet(ReadOnlyApiMixin, viewsets.ReadOnlyModelViewSet):
    """Base class: list and detail of published pages of one type, in both languages.

    Subclasses set `serializer_class`, `filterset_class`, `noun` and `base_queryset()`, and may `prepare` a page of
    results (fetch the related objects of all at once).
    """

    pagination_class = Pagination
    filter_backends = [FilterBackend]
    lookup_url_kwarg = "id"
    lookup_value_regex = "[0-9]+"
    noun = "page"

    def base_queryset(self):
        raise NotImplementedError

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # drf-spectacular asking for the model: no query
            return self.serializer_class.Meta.model.objects.none()
        return self.base_queryset()

    def accepted_parameters(self):
        if self.action == "list":
            names = [*self.filterset_class.base_filters]
            return [*names, self.paginator.limit_query_param, self.paginator.offset_query_param]
        return []

    def initial(self, request, *args, **kwargs):
        """Refuse unknown, repeated and empty query parameters of a GET before anything else runs (any other
        method is answered 405 or, OPTIONS, with the methods allowed)."""
        super().initial(request, *args, **kwargs)
        if request.method not in ("GET", "HEAD"):
            return
        accepted = self.accepted_parameters()
        query = request.query_params
        unknown = sorted(set(query) - set(accepted))
        if unknown and not accepted:
            raise exceptions.ValidationError(f"Unknown query parameter '{unknown[0]}'. This endpoint takes none.")
        if unknown:
            raise exceptions.ValidationError(f"Unknown query parameter '{unknown[0]}'. Allowed: {', '.join(accepted)}.")
        for name in query:
            if len(query.getlist(name)) > 1:
                raise exceptions.ValidationError(f"Give '{name}' at most once.")
            if not query[name]:
                raise exceptions.ValidationError(f"'{name}' is empty.")

    def get_object(self):
        page = by_id(self.get_queryset(), self.kwargs[self.lookup_url_kwarg])
        if page is None:
            raise exceptions.NotFound(f"No published {self.noun} has the id {self.kwargs[self.lookup_url_kwarg]}.")
        return page

    def prepare(self, pages):
        """Fetch what the serializer shows of `pages` besides their own fields, for all of them at once."""

    def get_serializer(self, instance=None, *args, **kwargs):
        if instance is not None:
            self.prepare(list(instance) if kwargs.get("many") else [instance])
        return super().get_serializer(instance, *args, **kwargs)


# The columns every page of the API shows (its URLs, languages, image and publication dates) besides its own.
PAGE_COLUMNS = (
    *LINK_FIELDS,
    "slug",
    "summary",
    "first_published_at",
    "last_published_at",
    "image",
    "image_alt",
    "image_credit",
)


def published_cities():
    return CityPage.objects.visible().select_related("country")


def published_stories():
    return CooperationStoryPage.objects.visible()


def city_refs():
    """Published cities in tree order, with only the columns a reference to them shows (`CityRefSerializer`)."""
    return published_cities().only("slug", "title", "path", "country__iso_code").order_by("path")


def story_refs():
    """Published stories in tree order, with only the columns a reference to them shows (`StoryRefSerializer`)."""
    return published_stories().only("slug", "title", "path").order_by("path")


def unique(objects, key):
    """`objects` without repeats (by primary key), sorted by `key`."""
    return sorted({obj.pk: obj for obj in objects}.values(), key=key)


def listed(relation, queryset=None):
    """Prefetch the many-to-many `relation` into the list `api_<relation>`, which the serializer reads: Django then
    builds no queryset per page, as it does to fill a related manager's cache."""
    return Prefetch(relation, queryset=queryset, to_attr=f"api_{relation}")


def prefetch_images(pages):
    prefetch_related_objects(pages, Prefetch("image", queryset=Image.objects.prefetch_renditions(IMAGE_FILTER)))


@extend_schema_view(**openapi.operations("city", "cities", CitySerializer, ErrorSerializer))
class CityViewSet(BilingualViewSet):
    serializer_class = CitySerializer
    filterset_class = CityFilter
    noun = "city"

    def base_queryset(self):
        return published_cities().only(*PAGE_COLUMNS, "region", "country", "latitude", "longitude").order_by("path")

    def prepare(self, cities):
        """Phases, image, and the live stories naming each city with their cities, themes and SDGs."""
        prefetch_related_objects(cities, listed("phases"))
        prefetch_images(cities)
        stories = stories_naming(cities, story_refs()).prefetch_related(
            listed("chinese_cities", city_refs()),
            listed("european_cities", city_refs()),
            listed("themes"),
            listed("sdgs"),
        )
        stories_of = defaultdict(list)
        for story in stories:
            for city in [*story.api_chinese_cities, *story.api_european_cities]:
                stories_of[city.pk].append(story)
        for city in cities:
            own = stories_of[city.pk]
            other_side = "api_european_cities" if city.country.side == "cn" else "api_chinese_cities"
            city.api_stories = own
            city.api_partners = unique(
                [partner for story in own for partner in getattr(story, other_side)], key=lambda c: c.path
            )
            city.api_themes = unique([t for story in own for t in story.api_themes], key=lambda t: t.slug)
            city.api_sdgs = unique([g for story in own for g in story.api_sdgs], key=lambda g: g.number)


@extend_schema_view(**openapi.operations("story", "stories", StorySerializer, ErrorSerializer))
class StoryViewSet(BilingualViewSet):
    serializer_class = StorySerializer
    filterset_class = StoryFilter
    noun = "story"

    def base_queryset(self):
        stories = published_stories().select_related("phase")
        return stories.only(*PAGE_COLUMNS, "phase", "start_year", "end_year", "outcomes").order_by("path")

    def prepare(self, stories):
        prefetch_related_objects(
            stories,
            listed("chinese_cities", city_refs()),
            listed("european_cities", city_refs()),
            listed("themes"),
            listed("sdgs"),
        )
        prefetch_images(stories)


@extend_schema_view(**openapi.operations("event", "events", EventSerializer, ErrorSerializer))
class EventViewSet(BilingualViewSet):
    serializer_class = EventSerializer
    filterset_class = EventFilter
    noun = "event"

    def base_queryset(self):
        events = EventPage.objects.visible().only(
            *PAGE_COLUMNS, "start", "end", "time_zone", "status", "place", "online_url", "organiser", "registration_url"
        )
        return events.order_by("start", "path")

    def prepare(self, events):
        prefetch_related_objects(events, listed("cities", city_refs()), listed("stories", story_refs()))
        prefetch_images(events)


@extend_schema_view(**openapi.operations("article", "news", NewsSerializer, ErrorSerializer))
class NewsViewSet(BilingualViewSet):
    serializer_class = NewsSerializer
    filterset_class = NewsFilter
    noun = "news article"

    def base_queryset(self):
        return NewsArticlePage.objects.visible().only(*PAGE_COLUMNS, "date").order_by("-date", "-pk")

    def prepare(self, articles):
        prefetch_related_objects(
            articles, listed("cities", city_refs()), listed("stories", story_refs()), listed("themes")
        )
        prefetch_images(articles)


class OpenApiView(ReadOnlyApiMixin, SpectacularJSONAPIView):
    """The OpenAPI 3.1 description of the bilingual endpoints, generated from the viewsets above."""

    renderer_classes = [OpenApiJsonRenderer2]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if request.method in ("GET", "HEAD") and request.query_params:
            name = sorted(request.query_params)[0]
            raise exceptions.ValidationError(f"Unknown query parameter '{name}'. This endpoint takes none.")


@csrf_exempt
def not_found(request, path):
    """Any other address under `/api/v2/`, whatever the method: a JSON 404, never a language redirect.

    An address that only lacks its final slash is redirected to the endpoint, as Django's APPEND_SLASH would.
    """
    with_slash = f"/{API_PREFIX}{path}/"
    if not path.endswith("/") and request.method in ("GET", "HEAD") and resolve(with_slash).func is not not_found:
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{with_slash}?{query}" if query else with_slash)
    return JsonResponse({"message": f"No API endpoint at /{API_PREFIX}{path}."}, status=404)


router = SimpleRouter()
router.register("cities", CityViewSet, basename="partners_api_city")
router.register("stories", StoryViewSet, basename="partners_api_story")
router.register("events", EventViewSet, basename="partners_api_event")
router.register("news", NewsViewSet, basename="partners_api_news")


class WagtailEndpoint:
    """Wagtail's own read-only endpoints, with the same answers to other methods: 405 and `{"message": …}`, not a
    CSRF 403 for a signed-in editor (they show public pages only and need no sign-in)."""

    authentication_classes = []

    def get_exception_handler(self):
        return exception_handler


wagtail_router = WagtailAPIRouter("wagtailapi")
for name, viewset in [("pages", PagesAPIViewSet), ("images", ImagesAPIViewSet), ("documents", DocumentsAPIViewSet)]:
    wagtail_router.register_endpoint(name, type(viewset.__name__, (WagtailEndpoint, viewset), {}))


def bilingual_endpoints(endpoints):
    """drf-spectacular preprocessing hook: the document describes the bilingual endpoints, not Wagtail's own."""
    return [endpoint for endpoint in endpoints if issubclass(getattr(endpoint[3], "cls", object), BilingualViewSet)]


urlpatterns = [
    path(f"{API_PREFIX}openapi.json", OpenApiView.as_view(), name="partners_api_openapi"),
    path(API_PREFIX, include(router.urls)),
    path(API_PREFIX, wagtail_router.urls),
    re_path(rf"^{API_PREFIX}(?P<path>(?s:.*))$", not_found),
]
