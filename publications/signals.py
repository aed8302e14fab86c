"""Covers are drawn when a publication is saved (created, published) and when a document's file is replaced."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model

from .covers import ensure_cover
from .models import DocumentCover, PublicationPage


@receiver(post_save, sender=PublicationPage)
def draw_publication_cover(sender, instance, raw=False, **kwargs):
    if not raw and instance.document_id and not instance.image_id:
        ensure_cover(instance.document)


@receiver(post_save, sender=get_document_model())
def redraw_document_cover(sender, instance, raw=False, **kwargs):
    if not raw and PublicationPage.objects.filter(document=instance).exists():
        ensure_cover(instance)


@receiver(post_delete, sender=DocumentCover)
def delete_cover_image(sender, instance, **kwargs):
    """A document's drawn cover goes with it (an uploaded cover is the editor's own image and stays)."""
    if instance.image_id:
        instance.image.delete()
