from django.apps import AppConfig


class CooperationsConfig(AppConfig):
    """Cooperation stories between Chinese and European case cities."""

    name = "cooperations"
    verbose_name = "Cooperation stories"

    def ready(self):
        from . import purges  # noqa: F401 - registers what else shows a story or a city
