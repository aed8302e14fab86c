#!/usr/bin/env python
"""Back up or restore the database and the uploaded media.

    python scripts/backup.py backup [--dest DIR]   # default var/backups/<timestamp>/
    python scripts/backup.py restore DIR

PostgreSQL is dumped with `pg_dump -Fc` and restored with `pg_restore --clean`; SQLite is copied with
SQLite's online backup API. MEDIA_ROOT goes into media.tar.gz. The database comes from the Django settings
(DJANGO_SETTINGS_MODULE, DATABASE_URL), as for manage.py.
"""

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from datetime import datetime
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DUMP_NAMES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}


def setup_django():
    sys.path.insert(0, str(BASE_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iurc_site.settings.dev")
    import django

    django.setup()


def database():
    from django.db import connection

    return connection.vendor, connection.settings_dict


def pg_env(db):
    """libpq environment for the Django database: no password on any command line."""
    env = dict(os.environ)
    for key, setting in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER"), ("PGPASSWORD", "PASSWORD")):
        if db.get(setting):
            env[key] = str(db[setting])
    env["PGDATABASE"] = db["NAME"]
    return env


def sqlite_copy(source, target):
    """Copy one SQLite database into another with the online backup API (safe while the site runs)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def local_media_root():
    """MEDIA_ROOT when uploads are on local disk; None when they live in a bucket (it keeps its own versions)."""
    from django.conf import settings
    from django.core.files.storage import FileSystemStorage, storages

    return Path(settings.MEDIA_ROOT) if isinstance(storages["default"], FileSystemStorage) else None


def backup(dest):
    vendor, db = database()
    if vendor not in DUMP_NAMES:
        sys.exit(f"Backups support PostgreSQL and SQLite, not {vendor}.")
    dest.mkdir(parents=True, exist_ok=False)
    dump = dest / DUMP_NAMES[vendor]
    if vendor == "postgresql":
        subprocess.run(["pg_dump", "--format=custom", "--no-owner", "--file", str(dump)], env=pg_env(db), check=True)
    else:
        sqlite_copy(db["NAME"], dump)

    media_root = local_media_root()
    if media_root is not None:
        with tarfile.open(dest / "media.tar.gz", "w:gz") as tar:
            if media_root.is_dir():
                tar.add(media_root, arcname=".")
    manifest = {"created": datetime.now().astimezone().isoformat(), "database": vendor, "media": media_root is not None}
    (dest / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"Backup written to {dest}")


def restore(source):
    manifest = json.loads((source / "manifest.json").read_text())
    vendor, db = database()
    if manifest["database"] != vendor:
        sys.exit(f"This backup holds a {manifest['database']} database; the configured one is {vendor}.")
    from django.db import connections

    connections.close_all()
    dump = source / DUMP_NAMES[vendor]
    if vendor == "postgresql":
        subprocess.run(
            ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", db["NAME"]]
            + [str(dump)],
            env=pg_env(db),
            check=True,
        )
    else:
        sqlite_copy(dump, db["NAME"])

    media_root = local_media_root()
    if manifest["media"] and media_root is not None:
        restore_media(source / "media.tar.gz", media_root)

    from django.core.cache import caches

    for alias in caches:  # cached pages and sessions describe the state before the restore
        caches[alias].clear()
    print(f"Restored {source}")


def restore_media(archive, media_root):
    """Unpack beside MEDIA_ROOT, then swap directories, so a failed unpack leaves the current media untouched."""
    media_root.parent.mkdir(parents=True, exist_ok=True)
    unpacked = Path(tempfile.mkdtemp(prefix=".media-restore-", dir=media_root.parent))
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="data")
    if media_root.exists():
        previous = media_root.with_name(media_root.name + ".before-restore")
        shutil.rmtree(previous, ignore_errors=True)
        media_root.rename(previous)
        unpacked.rename(media_root)
        shutil.rmtree(previous)
    else:
        unpacked.rename(media_root)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("backup", help="write a new backup folder")
    make.add_argument("--dest", type=Path, help="folder to create (default var/backups/<timestamp>)")
    back = commands.add_parser("restore", help="restore a backup folder over the current database and media")
    back.add_argument("source", type=Path)
    args = parser.parse_args()

    setup_django()
    if args.command == "backup":
        backup(args.dest or BASE_DIR / "var" / "backups" / datetime.now().strftime("%Y%m%d-%H%M%S"))
    else:
        if not (args.source / "manifest.json").is_file():
            sys.exit(f"{args.source} is not a backup folder (no manifest.json).")
        restore(args.source)


if __name__ == "__main__":
    main()
