from django.apps import AppConfig


class ContentConfig(AppConfig):
    """The programme's content from the brochure (`programme.py`) and the loader that writes it into pages."""

    name = "content"
    verbose_name = "Programme content"
