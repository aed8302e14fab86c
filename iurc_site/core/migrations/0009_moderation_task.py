"""The moderation workflow's approval steps become `ModerationTask`s, which refuse to approve a page without a
Chinese title. Converted in place (same task id, groups and name), so submissions in progress keep their step."""

import django.db.models.deletion
from django.db import migrations, models


def convert_tasks(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Task = apps.get_model("wagtailcore", "Task")
    ModerationTask = apps.get_model("core", "ModerationTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    approval_type = ContentType.objects.get_for_model(GroupApprovalTask)
    moderation_type = ContentType.objects.get_for_model(ModerationTask)
    workflows = WorkflowPage.objects.filter(page__depth=1).values_list("workflow_id", flat=True)
    task_ids = WorkflowTask.objects.filter(workflow_id__in=workflows).values_list("task_id", flat=True)
    ids = list(GroupApprovalTask.objects.filter(pk__in=task_ids, content_type=approval_type).values_list("pk", flat=True))
    table = schema_editor.quote_name(ModerationTask._meta.db_table)
    for pk in ids:
        # The child row alone: the task (its name, groups, states) stays as it is, with its new type.
        schema_editor.execute(f"INSERT INTO {table} (groupapprovaltask_ptr_id) VALUES (%s)", [pk])
    Task.objects.filter(pk__in=ids).update(content_type=moderation_type)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0008_site_settings_official_map_goals_block"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="ModerationTask",
            fields=[
                (
                    "groupapprovaltask_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.groupapprovaltask",
                    ),
                ),
            ],
            options={"verbose_name": "moderators' approval (checks the Chinese title)"},
            bases=("wagtailcore.groupapprovaltask",),
        ),
        migrations.RunPython(convert_tasks, migrations.RunPython.noop),
    ]
