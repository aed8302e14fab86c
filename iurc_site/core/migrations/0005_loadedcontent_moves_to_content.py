from django.db import migrations


class Migration(migrations.Migration):
    """LoadedContent belongs to the `content` app now; its table is renamed there (content.0001)."""

    dependencies = [("core", "0004_editor_groups_and_workflow")]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="LoadedContent")]),
    ]
