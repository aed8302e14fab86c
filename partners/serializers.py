"""Serializers of the bilingual API: every text in both languages, e.g. `{"en": "Chongqing", "zh-hans": "重庆"}`.

The related objects a city or story shows (its partners, stories, themes, image…) are fetched for a whole page of
results by the viewsets (`partners/api.py`), never one object at a time; many-to-many ones into `api_<relation>`
lists, the `source` of their fields.
"""

from datetime import UTC

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from wagtail.images.models import SourceImageIOError

from cities.models import CityPage
from cooperations.models import CooperationStoryPage
from events.models import EventPage
from iurc_site.core.i18n import available_languages, language_codes, localized_field
from iurc_site.core.models import Country
from news.models import NewsArticlePage

from .links import page_urls, permalinks

# The one rendition of a page's image the API gives: at most 1200 px on its longer side, in its own format.
IMAGE_FILTER = "max-1200x1200"
ID_MAXIMUM = 2**31 - 1  # page ids are 32-bit integers
W3C_DATETIME = "%Y-%m-%dT%H:%M:%SZ"  # in UTC, as in the sitemap


class Bilingual(serializers.Serializer):
    """The same text in each language; `null` where it has not been written in that language."""

    def __init__(self, field_name, **kwargs):
        self.columns = {code: localized_field(field_name, code) for code in language_codes()}
        super().__init__(source="*", read_only=True, **kwargs)

    def get_fields(self):
        return {code: serializers.CharField(allow_null=True) for code in language_codes()}

    def to_representation(self, instance):
        return {code: getattr(instance, column) or None for code, column in self.columns.items()}


class BilingualList(Bilingual):
    """A list of texts in each language (a StreamField of plain text blocks per language)."""

    def get_fields(self):
        return {code: serializers.ListField(child=serializers.CharField()) for code in language_codes()}

    def to_representation(self, instance):
        return {code: [block.value for block in getattr(instance, column)] for code, column in self.columns.items()}


class LinkSet(serializers.Serializer):
    """Absolute URLs of a page keyed by language, read from `partners.links` with the request."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return self.links(page, self.context["request"])


class PageUrls(LinkSet):
    """The page in each language; `null` where it has not been written in that language."""

    def get_fields(self):
        return {code: serializers.URLField(allow_null=True) for code in language_codes()}

    links = staticmethod(page_urls)


class Permalinks(LinkSet):
    """Addresses that survive renaming: `default` opens in the reader's language, the others pin it."""

    def get_fields(self):
        return {name: serializers.URLField() for name in ["default", *language_codes()]}

    links = staticmethod(permalinks)


class Image(serializers.Serializer):
    """The page's image: a rendition at most 1200 px wide and high, its alternative text and its credit."""

    url = serializers.URLField()
    width = serializers.IntegerField(min_value=1)
    height = serializers.IntegerField(min_value=1)
    alt = Bilingual("image_alt")
    credit = Bilingual("image_credit")

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, allow_null=True, **kwargs)

    def to_representation(self, page):
        if page.image is None:
            return None
        try:
            # get_renditions, unlike get_rendition, does not write a prefetched rendition back to the cache
            rendition = page.image.get_renditions(IMAGE_FILTER)[IMAGE_FILTER]
        except SourceImageIOError:  # the original file is missing: no image rather than an error
            return None
        return {
            "url": self.context["request"].build_absolute_uri(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": self.fields["alt"].to_representation(page),
            "credit": self.fields["credit"].to_representation(page),
        }


class CountrySerializer(serializers.Serializer):
    iso = serializers.RegexField(r"^[A-Z]{2}$", source="iso_code", help_text="ISO 3166-1 alpha-2")
    side = serializers.ChoiceField(Country.Side.choices, help_text="Chinese or European side")
    name = Bilingual("name")


class Coordinates(serializers.Serializer):
    latitude = serializers.FloatField(min_value=-90, max_value=90)
    longitude = serializers.FloatField(min_value=-180, max_value=180)

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)


class PhaseSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = Bilingual("name")
    start_year = serializers.IntegerField()
    end_year = serializers.IntegerField()


class ThemeSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = Bilingual("name")


class SdgSerializer(serializers.Serializer):
    number = serializers.IntegerField(min_value=1, max_value=17)
    name = Bilingual("name")


class CityRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    name = Bilingual("title")
    country = serializers.RegexField(r"^[A-Z]{2}$", source="country.iso_code")
    detail_url = serializers.HyperlinkedIdentityField("partners_api_city-detail", lookup_url_kwarg="id")


class StoryRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    title = Bilingual("title")
    detail_url = serializers.HyperlinkedIdentityField("partners_api_story-detail", lookup_url_kwarg="id")


class PageSerializer(serializers.Serializer):
    """The fields every page in the API ends with: its languages, URLs, permalinks and publication dates."""

    languages = serializers.SerializerMethodField()
    urls = PageUrls()
    permalinks = Permalinks()
    first_published_at = serializers.DateTimeField(format=W3C_DATETIME, default_timezone=UTC, allow_null=True)
    last_published_at = serializers.DateTimeField(format=W3C_DATETIME, default_timezone=UTC, allow_null=True)

    @extend_schema_field(serializers.ListField(child=serializers.ChoiceField(language_codes())))
    def get_languages(self, page):
        """The languages the page is written in."""
        return available_languages(page)

    PAGE_FIELDS = ("languages", "urls", "permalinks", "first_published_at", "last_published_at")

    def get_fields(self):
        """A page type's own fields first, then these."""
        fields = super().get_fields()
        page_fields = {name: fields.pop(name) for name in self.PAGE_FIELDS if name in fields}
        return {**fields, **page_fields}


class CitySerializer(PageSerializer):
    """A case city. `partner_cities`, `stories`, `themes` and `sdgs` come from its live stories."""

    id = serializers.IntegerField(help_text="Permanent; the permalink `/c/<id>/` uses it.")
    slug = serializers.SlugField(help_text="Part of the page URL; editors may change it.")
    name = Bilingual("title")
    summary = Bilingual("summary")
    region = Bilingual("region")
    country = CountrySerializer()
    coordinates = Coordinates()
    phases = PhaseSerializer(many=True, source="api_phases")
    partner_cities = CityRefSerializer(many=True, source="api_partners")
    stories = StoryRefSerializer(many=True, source="api_stories")
    themes = ThemeSerializer(many=True, source="api_themes", help_text="The themes of the city's stories.")
    sdgs = SdgSerializer(many=True, source="api_sdgs", help_text="The UN SDGs of the city's stories.")
    image = Image()

    class Meta:
        model = CityPage


class StorySerializer(PageSerializer):
    """A cooperation story between Chinese and European case cities."""

    id = serializers.IntegerField(help_text="Permanent; the permalink `/s/<id>/` uses it.")
    slug = serializers.SlugField(help_text="Part of the page URL; editors may change it.")
    title = Bilingual("title")
    summary = Bilingual("summary")
    chinese_cities = CityRefSerializer(many=True, source="api_chinese_cities")
    european_cities = CityRefSerializer(many=True, source="api_european_cities")
    phase = PhaseSerializer(allow_null=True)
    start_year = serializers.IntegerField()
    end_year = serializers.IntegerField(allow_null=True)
    themes = ThemeSerializer(many=True, source="api_themes")
    sdgs = SdgSerializer(many=True, source="api_sdgs")
    outcomes = BilingualList("outcomes")
    image = Image()

    class Meta:
        model = CooperationStoryPage


class OptionalUrl(serializers.URLField):
    """A URL, or `null` where none is given (not an empty string)."""

    def __init__(self, **kwargs):
        super().__init__(allow_null=True, **kwargs)

    def to_representation(self, value):
        return value or None


class EventSerializer(PageSerializer):
    """An event: its times with the offset of its own time zone, where it takes place, the cities and stories it
    concerns. Events have no permalink: `urls` address them."""

    id = serializers.IntegerField(help_text="Permanent.")
    slug = serializers.SlugField(help_text="Part of the page URL; editors may change it.")
    title = Bilingual("title")
    summary = Bilingual("summary")
    start = serializers.SerializerMethodField()
    end = serializers.SerializerMethodField()
    time_zone = serializers.CharField(help_text="IANA time zone of the event, e.g. `Europe/Brussels`.")
    status = serializers.ChoiceField(EventPage.Status.choices)
    place = Bilingual("place")
    online_url = OptionalUrl(help_text="Where to follow it online.")
    organiser = Bilingual("organiser")
    registration_url = OptionalUrl(help_text="Where to register.")
    cities = CityRefSerializer(many=True, source="api_cities")
    stories = StoryRefSerializer(many=True, source="api_stories")
    image = Image()
    permalinks = None

    class Meta:
        model = EventPage

    @extend_schema_field({"type": "string", "format": "date-time"})
    def get_start(self, event):
        """When it starts, in its own time zone (RFC 3339 with the offset, e.g. `2026-03-05T14:00:00+08:00`)."""
        return event.local_start.isoformat()

    @extend_schema_field({"type": "string", "format": "date-time"})
    def get_end(self, event):
        """When it ends, in its own time zone."""
        return event.local_end.isoformat()


class NewsSerializer(PageSerializer):
    """A news article, about some case cities, cooperation stories and themes (it has no permalink)."""

    id = serializers.IntegerField(help_text="Permanent.")
    slug = serializers.SlugField(help_text="Part of the page URL; editors may change it.")
    title = Bilingual("title")
    summary = Bilingual("summary")
    date = serializers.DateField(help_text="The day the news happened.")
    cities = CityRefSerializer(many=True, source="api_cities")
    stories = StoryRefSerializer(many=True, source="api_stories")
    themes = ThemeSerializer(many=True, source="api_themes")
    image = Image()
    permalinks = None

    class Meta:
        model = NewsArticlePage


class ErrorSerializer(serializers.Serializer):
    """What a 400, 404 or 405 answer carries: the reason, in English."""

    message = serializers.CharField()
