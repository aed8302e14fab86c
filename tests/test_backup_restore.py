"""Nothing lost: a populated site (content, edits, an image, a document, a redirect, settings) survives another
`migrate` and content load unchanged (`makemigrations --check` runs in `make test`), and `scripts/backup.py`
(make backup / make restore) round-trips it.

Runs on the suite's own database engine (CI runs the suite on SQLite and on PostgreSQL) against a separate
database, through the same command lines an operator uses."""

import json
import os
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

import pytest
from django.db import connection

from tests import databases

pytestmark = [pytest.mark.system, pytest.mark.xdist_group("backup-site")]  # one worker builds the site

BASE_DIR = Path(__file__).resolve().parent.parent

# Runs in the site's interpreter: adds what an editor would (image, document, redirect, settings, revisions).
POPULATE = """
import io
import django
django.setup()
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from cities.models import CityPage
from iurc_site.core.models import SiteSettings

buffer = io.BytesIO()
PILImage.new("RGB", (320, 200), (10, 120, 80)).save(buffer, "PNG")
image = get_image_model().objects.create(title="Hohhot skyline", file=ImageFile(buffer, name="skyline.png"))
image.get_rendition("width-100")
get_document_model().objects.create(title="Brochure", file=ContentFile(b"%PDF-1.4 brochure", name="brochure.pdf"))
city = CityPage.objects.live().order_by("path").first()
Redirect.objects.create(old_path="/old-brochure", redirect_page=city, is_permanent=True)
site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
site_settings.email = "contact@iurc.example.org"
site_settings.footer_text = "Edited by an editor"
site_settings.default_share_image = image
site_settings.save()
city.title_en = city.title_en + " (edited)"
city.save_revision().publish()
city.summary_en = "A draft that is not published yet"
city.save_revision()
"""

SNAPSHOT = """
import hashlib, json
import django
django.setup()
from django.forms.models import model_to_dict
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from iurc_site.core.models import SiteSettings

def digest(field):
    with field.open("rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()

print(json.dumps({
    "pages": [[p.id, p.url_path, p.title_en, p.live, p.latest_revision_id] for p in Page.objects.order_by("path")],
    "revisions": [[r.id, r.object_id, hashlib.sha256(json.dumps(r.content, sort_keys=True).encode()).hexdigest()]
                  for r in Revision.objects.order_by("id")],
    "images": [[i.id, i.title, i.file.name, digest(i.file), [r.file.name for r in i.renditions.all()]]
               for i in get_image_model().objects.order_by("id")],
    "documents": [[d.id, d.title, d.file.name, digest(d.file)] for d in get_document_model().objects.order_by("id")],
    "settings": [model_to_dict(s) for s in SiteSettings.objects.order_by("id")],
    "redirects": [[r.old_path, r.redirect_page_id, r.redirect_link, r.is_permanent] for r in Redirect.objects.all()],
}, sort_keys=True, default=str))
"""

# Everything an incident or a bad day could do, short of losing the backup.
DAMAGE = """
import django
django.setup()
from django.core.files.base import ContentFile
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from cities.models import CityPage
from iurc_site.core.models import SiteSettings


CityPage.objects.order_by("path").last().delete()
image = get_image_model().objects.get()
image.file.delete(save=False)
image.delete()
Redirect.objects.all().delete()
SiteSettings.objects.update(footer_text="Vandalised")
get_document_model().objects.create(title="Later", file=ContentFile(b"later", name="later.txt"))
"""


class Site:
    """A separate database and media folder, driven through manage.py and scripts/backup.py."""

    def __init__(self, database_url, media_root):
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "iurc_site.settings.dev",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(media_root),
        }
        self.media_root = media_root

    def run(self, *args):
        result = subprocess.run(
            [sys.executable, *args], cwd=BASE_DIR, env=self.env, capture_output=True, text=True, timeout=600
        )
        assert result.returncode == 0, f"{args[:3]} failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
        return result.stdout

    def python(self, code):
        return self.run("-c", code)

    def snapshot(self):
        return json.loads(self.python(SNAPSHOT).strip().splitlines()[-1])

    def media_files(self):
        return sorted(str(path.relative_to(self.media_root)) for path in self.media_root.rglob("*") if path.is_file())


def fast_tmp():
    """SQLite pays for every fsync during migrations: keep its file in memory-backed /dev/shm when there is one."""
    return tempfile.mkdtemp(prefix="iurc-backup-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)


@pytest.fixture(scope="module")
def site(migrated_template):
    """A site of its own, loaded and edited: its database starts as a copy of the run's migrated template where
    there is one (pytest-xdist), otherwise it is migrated here."""
    import shutil

    settings = connection.settings_dict
    folder = Path(fast_tmp())
    if databases.is_sqlite(settings):
        admin, database_url = None, f"sqlite:///{folder / 'site.sqlite3'}"
        if migrated_template:
            shutil.copy(migrated_template, folder / "site.sqlite3")
    else:
        name = f"{settings['NAME']}_backup"
        admin = databases.administration(settings)
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{migrated_template}"' if migrated_template else ""))
        database_url = f"{databases.server_url(settings)}/{urllib.parse.quote(name)}"
    site = Site(database_url, folder / "media")
    try:
        if not migrated_template:
            site.run("manage.py", "migrate", "--noinput")
        site.run("manage.py", "load_iurc_content")
        site.python(POPULATE)
        yield site
    finally:
        if admin is not None:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.close()
        shutil.rmtree(folder, ignore_errors=True)


def test_migrate_and_content_load_again_change_nothing(site):
    before = site.snapshot()
    assert "No migrations to apply" in site.run("manage.py", "migrate", "--noinput")
    site.run("manage.py", "load_iurc_content")
    assert site.snapshot() == before  # the editor's title, draft, settings and uploads are all still there


def test_backup_then_restore_brings_everything_back(site, tmp_path):
    before, media_before = site.snapshot(), site.media_files()
    assert before["images"] and before["documents"] and before["redirects"]
    assert any(name.startswith("images/") for name in media_before)  # the rendition, under images/

    backup = tmp_path / "backup"
    site.run("scripts/backup.py", "backup", "--dest", str(backup))
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["database"] == connection.vendor and manifest["media"] is True
    assert (backup / "media.tar.gz").stat().st_size > 0

    site.python(DAMAGE)
    damaged = site.snapshot()
    for part in ("pages", "images", "documents", "settings", "redirects"):
        assert damaged[part] != before[part], part

    site.run("scripts/backup.py", "restore", str(backup))
    assert site.snapshot() == before
    assert site.media_files() == media_before
