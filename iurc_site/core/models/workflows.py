"""The moderation workflow's approval step."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask

from ..publishing import page_ready


class ModerationTask(GroupApprovalTask):
    """The moderators' approval step: approving publishes, so it is refused, with the reason, for a page without a
    Chinese title (unless "publish without Chinese" is ticked); approving confirms what was published."""

    def on_action(self, task_state, user, action_name, **kwargs):
        outcome_url = reverse("iurc_workflow_outcome", args=[task_state.pk])
        if action_name == "approve" and not page_ready(task_state.workflow_state.content_object):
            return outcome_url
        super().on_action(task_state, user, action_name, **kwargs)
        return outcome_url if action_name == "approve" else None

    class Meta:
        verbose_name = _("moderators' approval (checks the Chinese title)")
