from django.apps import AppConfig


class EventsConfig(AppConfig):
    """Events: one index page (upcoming, archive by year, calendar feed) and one page per event."""

    name = "events"
    verbose_name = "Events"
