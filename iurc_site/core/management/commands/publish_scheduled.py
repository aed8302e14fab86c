"""Wagtail's `publish_scheduled`, refusing versions without a Chinese title (see iurc_site.core.publishing).

A refused version is unscheduled (it stays in the page's history as a draft) and the refusal is written to the
page history, where editors see it, and to standard error, where the cron mail shows it.
"""

from django.utils import timezone
from wagtail.log_actions import log
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import Page, Revision

from ...publishing import REFUSED_LOG_ACTION, chinese_ready, refusal_message


class Command(WagtailCommand):
    def handle(self, *args, **options):
        if not options.get("dryrun"):
            self.refuse_versions_without_chinese()
        super().handle(*args, **options)

    def refuse_versions_without_chinese(self):
        due = Revision.objects.page_revisions().filter(approved_go_live_at__lt=timezone.now()).select_related("user")
        for revision in due:
            if chinese_ready(revision.content):
                continue
            page = Page.objects.get(pk=revision.object_id)
            revision.approved_go_live_at = None
            revision.save(update_fields=["approved_go_live_at"])
            log(instance=page, action=REFUSED_LOG_ACTION, revision=revision, user=revision.user)
            self.stderr.write(f"{page.url_path}: {refusal_message([page])}")
