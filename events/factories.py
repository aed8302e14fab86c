"""Test data for events (wagtail-factories): give `parent`, the event index; times default to a week from now."""

from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from iurc_site.core.factories import RelatedPageFactory, related

from .models import EventIndexPage, EventPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    title_en = factory.SelfAttribute("title")
    title_zh_hans = "活动"
    slug = "events"

    class Meta:
        model = EventIndexPage


class EventPageFactory(RelatedPageFactory):
    title = factory.Sequence(lambda n: f"Test event {n}")
    title_en = factory.SelfAttribute("title")
    title_zh_hans = factory.Sequence(lambda n: f"测试活动{n}")
    slug = factory.Sequence(lambda n: f"test-event-{n}")
    summary_en = "A test event."
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    end = factory.LazyAttribute(lambda event: event.start + timedelta(hours=2))
    time_zone = "Asia/Shanghai"
    place_en = "Chongqing"
    place_zh_hans = "重庆"

    class Meta:
        model = EventPage

    cities = related("cities")
    stories = related("stories")
