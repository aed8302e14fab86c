from django.db import migrations, models


def move_content_type(apps, schema_editor, source="core", target="content"):
    """Keep the content type row (and any permission pointing at it) by relabelling it."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    old = ContentType.objects.filter(app_label=source, model="loadedcontent").first()
    if old is None:
        return
    if ContentType.objects.filter(app_label=target, model="loadedcontent").exists():
        old.delete()
    else:
        old.app_label = target
        old.save()


def move_content_type_back(apps, schema_editor):
    move_content_type(apps, schema_editor, source="content", target="core")


class Migration(migrations.Migration):
    """Takes over `core.LoadedContent` (created by core.0001) and its rows, then renames its table."""

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0005_loadedcontent_moves_to_content"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="LoadedContent",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("key", models.CharField(max_length=100, unique=True)),
                        ("loaded_at", models.DateTimeField(auto_now_add=True)),
                    ],
                    options={"db_table": "core_loadedcontent"},
                ),
            ],
        ),
        migrations.AlterModelTable(name="loadedcontent", table=None),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
