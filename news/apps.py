from django.apps import AppConfig


class NewsConfig(AppConfig):
    """Programme news: dated articles about the case cities, stories and themes."""

    name = "news"
    verbose_name = "News"
