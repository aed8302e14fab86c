"""Chongqing's and Tianjin's region is the municipality itself: its name, not the kind of region.

The programme content first gave both the region "Municipality directly under the central government" (直辖市).
Where a database still holds that loaded value, in the page or its latest revision, it becomes the name; a region
an editor has changed is left alone.
"""

from django.db import migrations

OLD = {"region_en": "Municipality directly under the central government", "region_zh_hans": "直辖市"}
NEW = {
    "chongqing": {"region_en": "Chongqing Municipality", "region_zh_hans": "重庆市"},
    "tianjin": {"region_en": "Tianjin Municipality", "region_zh_hans": "天津市"},
}


def rename(values, new):
    """The fields of `values` (a page or a revision's content) that still hold the old value, set to the new one."""
    changed = [field for field, old in OLD.items() if values.get(field) == old]
    for field in changed:
        values[field] = new[field]
    if "region_en" in changed:
        values["region"] = new["region_en"]
    return changed


def forwards(apps, schema_editor):
    CityPage = apps.get_model("cities", "CityPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    for slug, new in NEW.items():
        for city in CityPage.objects.filter(slug=slug):
            values = {field: getattr(city, field) for field in ["region", *OLD]}  # the untranslated column first
            changed = rename(values, new)
            if changed:
                for field, value in values.items():
                    setattr(city, field, value)
                city.save(update_fields=list(values))
            revision = (
                Revision.objects.filter(
                    base_content_type__app_label="wagtailcore", base_content_type__model="page", object_id=str(city.pk)
                )
                .order_by("-created_at", "-id")
                .first()
            )
            if revision is not None and rename(revision.content, new):
                revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("cities", "0004_body_goals_block"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
