from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    """The document library: brochures, reports and action plans, each with its file and cover."""

    name = "publications"
    verbose_name = "Publications"

    def ready(self):
        from . import signals  # noqa: F401
