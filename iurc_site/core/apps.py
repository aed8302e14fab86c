from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared pieces: home and programme pages, blocks, snippets, site settings, template tags."""

    name = "iurc_site.core"
    label = "core"
    verbose_name = "IURC-China"
