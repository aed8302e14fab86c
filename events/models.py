"""Events: the index (upcoming first, past events in an archive by year, a calendar feed per language) and one
page per event with its time zone, place or online link, organiser and the cities and stories it concerns."""

from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cities.models import CityPage
from cooperations.models import CooperationStoryPage
from iurc_site.core.models import BasePage, BodyPage, PageImage
from iurc_site.core.querysets import LINK_FIELDS

from . import calendar
from .forms import EventPageForm
from .times import BEIJING, card_time, date_tile, event_times, short_date, zone_choices


def related_prefetches():
    """An event's visible cities and stories, in tree order."""
    return [
        models.Prefetch("cities", queryset=CityPage.objects.visible().select_related("country").order_by("path")),
        models.Prefetch("stories", queryset=CooperationStoryPage.objects.visible().order_by("path")),
    ]


# What an event card (and the home page's next event) reads of an event; its other columns (body, organiser,
# links, SEO fields and image captions in both languages, publishing dates) stay unread.
EVENT_CARD_FIELDS = (*LINK_FIELDS, "summary", "start", "end", "time_zone", "status", "place", "online_url", "image")


def visible_events():
    """Visible events with what a card shows (``EVENT_CARD_FIELDS``), in no particular order."""
    return EventPage.objects.visible().only(*EVENT_CARD_FIELDS).select_related("image")


def upcoming(events):
    """Events not yet over (running ones included), soonest first."""
    return events.filter(end__gte=timezone.now()).order_by("start", "path")


def past(events):
    """Events that are over, latest first."""
    return events.filter(end__lt=timezone.now()).order_by("-start", "path")


def related_events(**relation):
    """Visible events naming a page (`cities=city`, `stories=story`): upcoming soonest first, then past latest first
    (one query)."""
    events = list(visible_events().filter(**relation).order_by("start", "path"))
    now = timezone.now()
    return [event for event in events if event.end >= now] + [event for event in reversed(events) if event.end < now]


class RoutableBasePageMixin(RoutablePageMixin):
    """Wagtail's routable pages, previewed as every page of the site is: in the language chosen in the editor
    (BasePage.serve_preview, not RoutablePageMixin's), with the context of `get_preview_context`."""

    def serve_preview(self, request, mode_name):
        return BasePage.serve_preview(self, request, mode_name)


class EventIndexPage(RoutableBasePageMixin, BasePage):
    """Lists the upcoming events; past ones by year under `archive/<year>/`; `calendar/` is the iCalendar feed."""

    content_panels = BasePage.content_panels + [FieldPanel("summary")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("event index")

    def children_events(self):
        return visible_events().child_of(self)

    def archive_years(self):
        """`{year: number of past events}` for the years with past events, latest first (in the site's time zone)."""
        years = (
            past(EventPage.objects.child_of(self).visible())
            .order_by()
            .annotate(year=ExtractYear("start"))
            .values_list("year")
            .annotate(count=models.Count("pk"))
            .order_by("-year")
        )
        return dict(years)

    def upcoming_context(self):
        return {"events": list(upcoming(self.children_events())), "archive_years": self.archive_years()}

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), **self.upcoming_context()}

    @path("")
    def upcoming_events(self, request):
        return self.render(request, context_overrides=self.upcoming_context())

    @path("archive/<int:year>/", name="archive")
    def archive(self, request, year):
        """The past events of `year`; a 404 for a year without any (`99999` included)."""
        years = self.archive_years()
        if year not in years:
            raise Http404
        events = list(past(self.children_events()).filter(start__year=year))
        return self.render(
            request,
            context_overrides={"year": year, "events": events, "archive_years": years},
            template="events/event_archive_page.html",
        )

    @path("calendar/", name="calendar")
    def calendar_feed(self, request):
        """Every visible event, for calendar apps to subscribe to (text in the page's language)."""
        events = EventPage.objects.child_of(self).visible().order_by("start", "path")
        body = calendar.ics(request, events, name=self.title)
        return calendar.response(body)


class EventPage(RoutableBasePageMixin, BodyPage, PageImage):
    """An event, stored in UTC with the IANA time zone it takes place in; `calendar/` is its iCalendar file."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        POSTPONED = "postponed", _("Postponed")
        CANCELLED = "cancelled", _("Cancelled")

    start = models.DateTimeField(_("starts"), help_text=_("Local time at the event, in its time zone below."))
    end = models.DateTimeField(_("ends"), help_text=_("Local time at the event, in its time zone below."))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=zone_choices,
        default=BEIJING,
        help_text=_("Where the event takes place, e.g. Asia/Shanghai for Beijing time, Europe/Brussels."),
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.SCHEDULED)
    place = models.CharField(
        _("place"),
        max_length=250,
        blank=True,
        help_text=_("Venue and city, e.g. “Yuelai Convention Centre, Chongqing”."),
    )
    online_url = models.URLField(_("online link"), blank=True, help_text=_("Where to follow the event online."))
    organiser = models.CharField(_("organiser"), max_length=250, blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    cities = ParentalManyToManyField("cities.CityPage", blank=True, related_name="events", verbose_name=_("cities"))
    stories = ParentalManyToManyField(
        "cooperations.CooperationStoryPage",
        blank=True,
        related_name="events",
        verbose_name=_("cooperation stories"),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("time_zone"), FieldPanel("status")],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("place"), FieldPanel("online_url"), FieldPanel("organiser"), FieldPanel("registration_url")],
            heading=_("Where and who"),
        ),
        MultiFieldPanel(
            [FieldPanel("cities", widget=forms.CheckboxSelectMultiple), FieldPanel("stories")],
            heading=_("Related cities and stories"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        PageImage.image_panel,
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    base_form_class = EventPageForm

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})

    @cached_property
    def zone(self):
        return ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return self.start.astimezone(self.zone)

    @property
    def local_end(self):
        return self.end.astimezone(self.zone)

    @property
    def is_past(self):
        return self.end < timezone.now()

    def times(self):
        """The lines of its times in the active language: its own zone, Beijing and Brussels."""
        return event_times(self.start, self.end, self.time_zone)

    def card_time(self):
        return card_time(self.start, self.end, self.time_zone)

    def date_label(self):
        return short_date(self.start, self.time_zone)

    def date_tile(self):
        return date_tile(self.start, self.time_zone)

    def live_cities(self):
        """Its live cities (only visible ones when served: see `event`)."""
        return [city for city in self.cities.all() if city.live]

    def live_stories(self):
        return [story for story in self.stories.all() if story.live]

    @path("")
    def event(self, request):
        if not getattr(request, "is_preview", False):  # a preview's relations are in memory, not in the database
            models.prefetch_related_objects([self], *related_prefetches())
        return self.render(request)

    @path("calendar/", name="calendar")
    def calendar_file(self, request):
        """This event as an `.ics` file to add to a calendar."""
        body = calendar.ics(request, [self], name=self.title)
        return calendar.response(body, filename=f"{self.slug}.ics")
