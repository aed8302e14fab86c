"""The loader's memory of what it wrote."""

from django.db import models


class LoadedContent(models.Model):
    """Remembers what `load_iurc_content` created, so later runs never re-create or overwrite it."""

    key = models.CharField(max_length=100, unique=True)
    loaded_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.key
