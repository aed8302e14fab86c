from django.apps import AppConfig


class PerformanceConfig(AppConfig):
    """Full-page cache, its invalidation signals, responsive images and the benchmark's trivial view."""

    name = "iurc_site.performance"
    label = "performance"
    verbose_name = "Performance"

    def ready(self):
        from . import signals

        signals.connect()
