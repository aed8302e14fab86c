from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    """Cache headers, frontend-cache purges and cached fragments."""

    name = "iurc_site.delivery"
    label = "delivery"
    verbose_name = "Delivery"

    def ready(self):
        from . import purge

        purge.connect()
