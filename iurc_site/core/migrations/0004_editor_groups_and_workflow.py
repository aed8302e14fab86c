"""Roles and moderation: the Editors, Moderators and Administrators groups and a moderation workflow.

Permissions and the workflow hang on the tree root (depth 1), which exists from Wagtail's first migrations, so
they cover the home page and everything the content loader creates later. Safe to run on a database that has
the groups already (Wagtail itself creates "Editors" and "Moderators"): it only adds what is missing.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page"],
    "Moderators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Administrators": ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {
    "Editors": ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
    "Moderators": [
        "add_image",
        "change_image",
        "choose_image",
        "delete_image",
        "add_document",
        "change_document",
        "choose_document",
        "delete_document",
    ],
}
COLLECTION_PERMISSIONS["Administrators"] = COLLECTION_PERMISSIONS["Moderators"]
SNIPPETS = ["country", "theme", "sustainabledevelopmentgoal", "programmephase"]
MODEL_PERMISSIONS = {
    "Editors": [("wagtailadmin", "access_admin")] + [("core", f"view_{model}") for model in SNIPPETS],
    "Moderators": [("wagtailadmin", "access_admin")]
    + [("core", f"{action}_{model}") for model in SNIPPETS for action in ("add", "change", "delete", "view")]
    + [("core", "change_sitesettings"), ("core", "change_navigationsettings")]
    + [("wagtailredirects", f"{action}_redirect") for action in ("add", "change", "delete")],
}
# Administrators get every permission that exists now (users, groups, sites, workflows, settings, …).


def ensure_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    # Permissions are normally created after all migrations; this one needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    root = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in PAGE_PERMISSIONS}
    for name, group in groups.items():
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission("wagtailcore", codename)
            )
        for codename in COLLECTION_PERMISSIONS[name]:
            app_label = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission(app_label, codename)
            )
        if name == "Administrators":
            group.permissions.add(*Permission.objects.all())
        else:
            group.permissions.add(*(permission(app_label, codename) for app_label, codename in MODEL_PERMISSIONS[name]))
    ensure_workflow(apps, root, groups["Moderators"])


def ensure_workflow(apps, root, moderators):
    """The workflow on the tree root has a step that Moderators approve (Wagtail's default one, or a new one)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    assigned = WorkflowPage.objects.filter(page=root).first()
    if assigned is None:
        workflow = Workflow.objects.create(name="Moderation", active=True)
        WorkflowPage.objects.create(page=root, workflow=workflow)
    else:
        workflow = assigned.workflow
        if not workflow.active:
            workflow.active = True
            workflow.save(update_fields=["active"])
    task_ids = WorkflowTask.objects.filter(workflow=workflow).values_list("task_id", flat=True)
    if GroupApprovalTask.objects.filter(pk__in=task_ids, groups=moderators, active=True).exists():
        return
    task_type = ContentType.objects.get_for_model(GroupApprovalTask)
    task = GroupApprovalTask.objects.create(name="Moderators approval", active=True, content_type=task_type)
    task.groups.add(moderators)
    WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=len(task_ids))


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_editors_navigation_documents"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailadmin", "0006_formstate"),
        ("cities", "0003_image_text_publish_without_chinese"),
        ("cooperations", "0003_image_text_publish_without_chinese"),
    ]

    operations = [migrations.RunPython(ensure_groups, migrations.RunPython.noop)]
