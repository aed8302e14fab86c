from django.apps import AppConfig


class PartnersConfig(AppConfig):
    """What partners and machines use: permalinks, sitemap, feeds, share cards, the JSON API and the link kit."""

    name = "partners"
    verbose_name = "Partners"

    def ready(self):
        from . import purges  # noqa: F401 - registers the machine URLs that show a page
