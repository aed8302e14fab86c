from django.apps import AppConfig


class CooperationsConfig(AppConfig):
    """Cooperation stories between Chinese and European case cities."""

    name = "cooperations"
    verbose_name = "Cooperation stories"
