"""One guard on every way a page gets published: without a Chinese title, only with "publish without Chinese".

The edit and create views (hook `before_publish_page`), bulk publishing (hook `before_bulk_action`), workflow
approval (`core.ModerationTask`), scheduled publishing (command `publish_scheduled`) and any other publishing by
a person (`BasePage.publish`) all ask `chinese_ready` and answer with `refusal_message`.
"""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .i18n import localized_field

CHINESE_TITLE_REQUIRED = _(
    "Enter the Chinese title before publishing, or tick “Publish without Chinese” to publish the English text "
    "on the Chinese site with a notice."
)
REFUSED_LOG_ACTION = "iurc.publish_refused"


def chinese_ready(content):
    """True when revision content (a dict) may be published: it has a Chinese title or the explicit opt-out."""
    return bool(content.get(localized_field("title", "zh-hans"))) or bool(content.get("publish_without_chinese"))


def page_ready(page):
    """`chinese_ready` for the text that publishing `page` would make live: its latest revision (or itself)."""
    revision = page.get_latest_revision()
    if revision is not None:
        return chinese_ready(revision.content)
    specific = page.specific
    return chinese_ready(
        {
            localized_field("title", "zh-hans"): getattr(specific, localized_field("title", "zh-hans"), ""),
            "publish_without_chinese": getattr(specific, "publish_without_chinese", True),
        }
    )


def refusal_message(pages):
    """What the editor reads when publishing was refused for `pages`."""
    titles = "、".join(f"“{page.get_admin_display_title()}”" for page in pages)
    return gettext("Not published: %(pages)s has no Chinese title. %(how)s") % {
        "pages": titles,
        "how": CHINESE_TITLE_REQUIRED,
    }
