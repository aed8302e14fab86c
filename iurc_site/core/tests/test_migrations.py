"""Footer and social links stored as rows move, in order and with both labels, into the settings' own fields."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.system

ROOT = Path(__file__).resolve().parents[3]

SCRIPT = """
import json

import django
from django.core.management import call_command
from django.db import connection

django.setup()
from django.apps import apps

call_command("migrate", "core", "0010_navigation_groups_and_filing_numbers", verbosity=0, interactive=False)
call_command("migrate", "wagtailcore", verbosity=0, interactive=False)
with connection.cursor() as cursor:
    cursor.execute("SELECT id, root_page_id FROM wagtailcore_site WHERE is_default_site")
    site, root = cursor.fetchone()
    cursor.execute("INSERT INTO core_navigationsettings (site_id, main_menu) VALUES (%s, '[]')", [site])
    cursor.execute("SELECT id FROM core_navigationsettings")
    navigation = cursor.fetchone()[0]
    cursor.execute(
        "INSERT INTO core_footerlink (navigation_id, sort_order, page_id, url, label, label_en, label_zh_hans, visible)"
        " VALUES (%s, 1, NULL, 'https://ec.europa.eu', 'EC', 'EC', '欧委会', 1),"
        " (%s, 0, %s, '', '', '', '', 0)",
        [navigation, navigation, root],
    )
    cursor.execute(
        "INSERT INTO core_sitesettings (site_id, programme_name, programme_name_en, short_name, website, email,"
        " address, postcode, footer_text, official_map_review_number, official_map_projection, icp_number,"
        " public_security_number) VALUES (%s, 'IURC', 'IURC', 'IURC', '', '', '', '', '', '', 'mercator', '', '')",
        [site],
    )
    cursor.execute("SELECT id FROM core_sitesettings")
    settings = cursor.fetchone()[0]
    cursor.execute(
        "INSERT INTO core_sociallink (site_settings_id, sort_order, label, label_en, label_zh_hans, url)"
        " VALUES (%s, 0, 'WeChat', 'WeChat', '微信', 'https://weixin.example/iurc')",
        [settings],
    )
call_command("migrate", "core", verbosity=0, interactive=False)
NavigationSettings = apps.get_model("core", "NavigationSettings")
SiteSettings = apps.get_model("core", "SiteSettings")
footer = NavigationSettings.objects.get().footer_menu
links = [[link.block_type, dict(link.value, page=getattr(link.value["page"], "pk", None))] for link in footer]
print("RESULT", json.dumps(links))
print("RESULT", root)
print("RESULT", json.dumps([dict(link.value) for link in SiteSettings.objects.get().social_media]))
"""


def test_footer_and_social_links_move_into_the_settings(tmp_path):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "iurc_site.settings.test",
        "DATABASE_URL": os.environ.get("MIGRATION_TEST_DATABASE_URL", f"sqlite:///{tmp_path / 'previous.sqlite3'}"),
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    footer, root, social = [
        line.removeprefix("RESULT ") for line in result.stdout.splitlines() if line.startswith("RESULT ")
    ]
    footer, root, social = (json.loads(result) for result in (footer, root, social))
    link = {"page": None, "url": "", "label_en": "", "label_zh_hans": "", "visible": True}
    assert footer == [
        ["link", {**link, "page": root, "visible": False}],
        ["link", {**link, "url": "https://ec.europa.eu", "label_en": "EC", "label_zh_hans": "欧委会"}],
    ]
    assert social == [{"label_en": "WeChat", "label_zh_hans": "微信", "url": "https://weixin.example/iurc"}]
