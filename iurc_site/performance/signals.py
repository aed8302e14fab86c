"""What invalidates the page cache: any change to content a public page can show.

Watched: every model of the project's own apps (pages, snippets, settings, navigation, …) and Wagtail's
content models below; each save, delete and many-to-many change of one of them, page publish/unpublish/move/
slug change, snippet publish/unpublish, and `migrate` (a deploy). Logs, revisions, renditions (made while a
page renders) and other editor-only records are not watched, nor saves that write only editor-only fields (a
draft saved, a page locked or unlocked: publishing saves the whole page and sends its own signal). A model
written while a public page is served must be added to IGNORED_MODELS, or every such request would empty the
cache.
"""

from django.apps import apps
from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from wagtail import signals as wagtail_signals

from .cache import bump_generation

WAGTAIL_CONTENT_MODELS = {
    "wagtailcore.page",
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.collection",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "wagtaildocs.document",
    "wagtailredirects.redirect",
    "taggit.tag",
    "taggit.taggeditem",
}
IGNORED_MODELS = {"core.loadedcontent"}
# Written by Wagtail's save_revision() (pages and snippets) and its lock/unlock views, with update_fields.
EDITOR_ONLY_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
    }
)
DISPATCH_UID = "iurc-page-cache"


def content_changed(sender=None, update_fields=None, **kwargs):
    if update_fields and update_fields <= EDITOR_ONLY_FIELDS:
        return
    bump_generation()


def is_project_app(app_config):
    path = str(app_config.path)
    return path.startswith(str(settings.BASE_DIR)) and "site-packages" not in path


def watched_models():
    """Concrete models whose changes can show on a public page, with the image model wherever it lives."""
    from wagtail.images import get_image_model

    image_model = get_image_model()
    for app_config in apps.get_app_configs():
        project = is_project_app(app_config)
        for model in app_config.get_models():
            label = model._meta.label_lower
            if label in IGNORED_MODELS or model._meta.proxy:
                continue
            if project or label in WAGTAIL_CONTENT_MODELS or model is image_model:
                yield model


def connect():
    """Connect the invalidation receivers; called from PerformanceConfig.ready()."""
    for model in watched_models():
        uid = f"{DISPATCH_UID}:{model._meta.label_lower}"
        post_save.connect(content_changed, sender=model, dispatch_uid=uid, weak=False)
        post_delete.connect(content_changed, sender=model, dispatch_uid=uid, weak=False)
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(content_changed, sender=through, dispatch_uid=f"{uid}:{field.name}", weak=False)
    for signal in (
        wagtail_signals.page_published,
        wagtail_signals.page_unpublished,
        wagtail_signals.post_page_move,
        wagtail_signals.page_slug_changed,
        wagtail_signals.published,
        wagtail_signals.unpublished,
    ):
        signal.connect(content_changed, dispatch_uid=DISPATCH_UID, weak=False)
    post_migrate.connect(content_changed, dispatch_uid=DISPATCH_UID, weak=False)
