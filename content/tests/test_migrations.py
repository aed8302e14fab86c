"""The move of `LoadedContent` from `core` to `content` keeps a loaded site's bookkeeping (and its content type)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.system

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import django
from django.core.management import call_command
from django.db import connection

django.setup()
from django.apps import apps
from django.contrib.contenttypes.models import ContentType


call_command("migrate", "core", "0004_editor_groups_and_workflow", verbosity=0, interactive=False)
with connection.cursor() as cursor:
    cursor.execute("INSERT INTO core_loadedcontent (key, loaded_at) VALUES ('page:home', CURRENT_TIMESTAMP)")
old_type = ContentType.objects.get(app_label="core", model="loadedcontent").pk
call_command("migrate", verbosity=0, interactive=False)
LoadedContent = apps.get_model("content", "LoadedContent")
print("RESULT", list(LoadedContent.objects.values_list("key", flat=True)), LoadedContent._meta.db_table)
print("RESULT", ContentType.objects.get(app_label="content", model="loadedcontent").pk == old_type)
print("RESULT", ContentType.objects.filter(app_label="core", model="loadedcontent").exists())
"""


def test_loaded_content_survives_the_move_to_the_content_app(tmp_path):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "iurc_site.settings.test",
        "DATABASE_URL": os.environ.get("MIGRATION_TEST_DATABASE_URL", f"sqlite:///{tmp_path / 'previous.sqlite3'}"),
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    results = [line.removeprefix("RESULT ") for line in result.stdout.splitlines() if line.startswith("RESULT ")]
    assert results == ["['page:home'] content_loadedcontent", "True", "False"]
