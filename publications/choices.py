"""Kinds of publication, shared by the page model and its filters."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PublicationType(models.TextChoices):
    BROCHURE = "brochure", _("Brochure")
    REPORT = "report", _("Report")
    ACTION_PLAN = "action-plan", _("Action plan")
    STUDY = "study", _("Study")
    GUIDE = "guide", _("Guide")
    PRESENTATION = "presentation", _("Presentation")
    OTHER = "other", _("Other")
