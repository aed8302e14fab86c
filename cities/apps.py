from django.apps import AppConfig


class CitiesConfig(AppConfig):
    """The case-city directory: one index page and one page per case city."""

    name = "cities"
    verbose_name = "Case cities"
