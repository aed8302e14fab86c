"""Cooperation stories: a Chinese case city and its European partner(s), with themes, SDGs and outcomes."""

from collections import defaultdict
from typing import NamedTuple

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField

from cities.models import CityPage, live_cities
from iurc_site.core.blocks import OutcomesBlock
from iurc_site.core.filters import listing_filters
from iurc_site.core.models import BasePage, BodyPage, Country, PageImage
from iurc_site.core.per_request import once_per_request
from iurc_site.core.photos import with_card_photos
from iurc_site.core.querysets import LINK_FIELDS

from .filters import StoryFilterSet
from .forms import CooperationStoryForm

YEAR_VALIDATORS = [MinValueValidator(2000), MaxValueValidator(2100)]


def story_card_prefetches():
    """What a story card shows besides the story: its visible cities on both sides and its themes."""
    live_cities = CityPage.objects.visible().select_related("country", "image").order_by("path")
    return [
        models.Prefetch("chinese_cities", queryset=live_cities),
        models.Prefetch("european_cities", queryset=live_cities),
        *story_list_prefetches(),
    ]


def story_list_prefetches():
    """What a story card shows that `story_sides` and the story's own row do not give: its themes."""
    return ["themes"]


# What a story card reads of the story itself; its other columns (body, outcomes, SEO fields and image captions in
# both languages, publishing dates) stay unread.
STORY_CARD_FIELDS = (*LINK_FIELDS, "summary", "start_year", "end_year", "image")


def story_cards(stories):
    """`stories` ready for story cards: the columns they read, their photo and themes (the photo's renditions come
    with `with_card_photos` once the list is made)."""
    return stories.only(*STORY_CARD_FIELDS).select_related("image").prefetch_related(*story_list_prefetches())


class StorySides(NamedTuple):
    chinese: list
    european: list

    @property
    def names(self):
        """The names of its cities on both sides (kept whole when the story's title wraps)."""
        return [city.title for city in (*self.chinese, *self.european)]


def story_city_rows(request):
    """(story pk, Chinese city pk, European city pk) of every visible story, in one query once per request."""
    rows = CooperationStoryPage.objects.visible().values_list("pk", "chinese_cities", "european_cities")
    return once_per_request(request, "story-city-rows", lambda: list(rows.order_by().distinct()))


def story_sides(request, story):
    """The story's visible cities on each side, in tree order, from the request's city list and story rows: no
    query of their own however many stories a page shows. A story that is not visible (a preview) names its own."""

    def index():
        sides = defaultdict(lambda: (set(), set()))
        for pk, chinese, european in story_city_rows(request):
            sides[pk][0].add(chinese)
            sides[pk][1].add(european)
        return dict(sides)

    chinese, european = once_per_request(request, "story-sides", index).get(story.pk) or (
        {city.pk for city in story.chinese_cities.all()},
        {city.pk for city in story.european_cities.all()},
    )
    cities = live_cities(request)
    return StorySides([city for city in cities if city.pk in chinese], [city for city in cities if city.pk in european])


def cities_of(stories, request=None):
    """The distinct cities of stories: Chinese side first, in tree order (from `story_sides` given the request,
    else from the stories fetched with story_card_prefetches)."""
    if request is not None:
        sides = [story_sides(request, story) for story in stories]
    else:
        sides = [StorySides(story.chinese_cities.all(), story.european_cities.all()) for story in stories]
    chinese = {city.pk: city for side in sides for city in side.chinese}
    european = {city.pk: city for side in sides for city in side.european}
    return sorted(chinese.values(), key=lambda city: city.path) + sorted(
        (city for pk, city in european.items() if pk not in chinese), key=lambda city: city.path
    )


class CooperationIndexPage(BasePage):
    """Lists every cooperation story."""

    content_panels = BasePage.content_panels + [FieldPanel("summary")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["cooperations.CooperationStoryPage"]
    max_count = 1

    class Meta:
        verbose_name = _("cooperation story index")

    def get_context(self, request, *args, **kwargs):
        """The stories matching `?theme=<slug>&sdg=<number>`; filtered by either, the page is that tag's roll-up
        and also lists the cities of those stories."""
        context = super().get_context(request, *args, **kwargs)
        stories = CooperationStoryPage.objects.child_of(self).visible().defer_streamfields().order_by("path")
        filters = listing_filters(StoryFilterSet, request, stories)
        stories = list(story_cards(filters.qs))
        context.update(filter_form=filters, stories=stories, theme=filters.chosen_theme, goal=filters.chosen_goal)
        cities = cities_of(stories, request) if filters.chosen_theme or filters.chosen_goal else []
        with_card_photos(stories + cities)
        if cities:
            context["involved_cities"] = cities
        return context


class CooperationStoryPage(BodyPage, PageImage):
    """One pairing of Chinese and European case cities and what their cooperation achieved."""

    chinese_cities = ParentalManyToManyField(
        "cities.CityPage", related_name="chinese_side_stories", verbose_name=_("Chinese cities")
    )
    european_cities = ParentalManyToManyField(
        "cities.CityPage", related_name="european_side_stories", verbose_name=_("European cities")
    )
    themes = ParentalManyToManyField("core.Theme", blank=True, related_name="stories", verbose_name=_("themes"))
    sdgs = ParentalManyToManyField(
        "core.SustainableDevelopmentGoal", blank=True, related_name="stories", verbose_name=_("UN SDGs")
    )
    phase = models.ForeignKey(
        "core.ProgrammePhase",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
        verbose_name=_("programme phase"),
    )
    start_year = models.PositiveSmallIntegerField(_("from"), validators=YEAR_VALIDATORS)
    end_year = models.PositiveSmallIntegerField(_("to"), null=True, blank=True, validators=YEAR_VALIDATORS)
    outcomes = StreamField(OutcomesBlock(), blank=True, verbose_name=_("outcomes"))

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("chinese_cities"), FieldPanel("european_cities")], heading=_("Partner cities")),
        MultiFieldPanel(
            [
                FieldPanel("phase"),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sdgs", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Period and tags"),
        ),
        FieldPanel("summary"),
        FieldPanel("outcomes"),
        FieldPanel("body"),
        PageImage.image_panel,
    ]

    parent_page_types = ["cooperations.CooperationIndexPage"]
    subpage_types = []
    base_form_class = CooperationStoryForm
    # Pages that list or count stories (iurc_site.delivery.purge): the directory's map draws their arcs, the
    # goals grid of programme pages counts them; the story index is the parent.
    listed_on = ("core.HomePage", "core.AchievementsPage", "core.ProgrammePage", "cities.CityIndexPage")
    route_select_related = ("phase", "image")  # loaded with the page when it is served (BasePage.route)

    class Meta:
        verbose_name = _("cooperation story")
        verbose_name_plural = _("cooperation stories")

    def prefetch_card_data(self):
        """Load what story_card_prefetches loads for lists: only live cities, with their countries."""
        models.prefetch_related_objects([self], *story_card_prefetches())

    def get_context(self, request, *args, **kwargs):
        """The story's own page shows only its visible cities (`sides`), as its cards do."""
        models.prefetch_related_objects([self], *story_list_prefetches())
        return {**super().get_context(request, *args, **kwargs), "sides": story_sides(request, self)}

    def clean(self):
        super().clean()
        errors = {}
        if self.end_year and self.start_year and self.end_year < self.start_year:
            errors["end_year"] = _("The end year cannot be before the start year.")
        if errors:
            raise ValidationError(errors)

    @property
    def period(self):
        if self.end_year and self.end_year != self.start_year:
            return f"{self.start_year}–{self.end_year}"
        return str(self.start_year)


def stories_naming(cities, stories=None):
    """The stories (of `stories`, by default all) that name, on either side, one of `cities` (a queryset or list)."""
    if stories is None:
        stories = CooperationStoryPage.objects.all()
    return stories.filter(models.Q(chinese_cities__in=cities) | models.Q(european_cities__in=cities)).distinct()


def city_stories(city):
    """Visible cooperation stories that name `city` on either side, ready for story cards (with `story_sides`)."""
    return story_cards(stories_naming([city], CooperationStoryPage.objects.visible()).order_by("path"))


def partner_cities(city):
    """Visible cities on the other side of `city`'s stories."""
    other_side = "chinese_side_stories" if city.country.side == Country.Side.EUROPE else "european_side_stories"
    return (
        CityPage.objects.visible()
        .filter(**{f"{other_side}__in": city_stories(city)})
        .select_related("country", "image")
        .distinct()
        .order_by("path")
    )
