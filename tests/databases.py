"""Test databases that start migrated: under pytest-xdist, one migration run for the whole suite, not one a worker.

Migrating an empty database costs some 11 s of CPU here (about 200 migrations, mostly Django rendering model
states), and every worker paid it at once on a 2-core machine. Django's own parallel runner clones one migrated
database (`clone_test_db`), but pytest-xdist starts its workers before there is any database, and pytest-django
migrates in each. So the first worker migrates a template, with the project's own `manage.py migrate` in a
subprocess, while the others wait for it (the shared-folder-and-lock pattern pytest-xdist documents); each then
starts from a copy, and the `migrate` pytest-django runs finds nothing left to apply:

- SQLite: the template is a file, copied into the worker's in-memory database with sqlite3's backup API;
- PostgreSQL: the template is a database, and the worker's is created from it (Django's `TEST["TEMPLATE"]`).
"""

import contextlib
import fcntl
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import psycopg

ROOT = Path(__file__).resolve().parent.parent


def is_sqlite(settings_dict):
    return settings_dict["ENGINE"] == "django.db.backends.sqlite3"


def server_url(settings_dict):
    """`postgres://user[:password]@host:port`, the PostgreSQL server of these settings, without a database."""
    credentials = settings_dict["USER"] + (f":{settings_dict['PASSWORD']}" if settings_dict["PASSWORD"] else "")
    return f"postgres://{credentials}@{settings_dict['HOST'] or '127.0.0.1'}:{settings_dict['PORT'] or 5432}"


def administration(settings_dict):
    """A connection to the server's `postgres` database, for creating and dropping databases (it closes at the
    end of a `with` block)."""
    return psycopg.connect(f"{server_url(settings_dict)}/postgres", autocommit=True)


def template_name(settings_dict):
    """The PostgreSQL template database of a run whose test databases are `test_<NAME>_gw…`."""
    return f"test_{settings_dict['NAME']}_template"


def migrate(database_url):
    """`manage.py migrate` on another database, as an operator runs it."""
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "iurc_site.settings.test", "DATABASE_URL": database_url}
    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "--verbosity", "0"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise RuntimeError(f"migrating the template database failed:\n{result.stdout}\n{result.stderr}")


@contextlib.contextmanager
def exclusive(lock_file):
    with open(lock_file, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def migrated_template(settings_dict, folder):
    """The run's migrated template (a file's path on SQLite, a database's name on PostgreSQL), made by whichever
    worker asks first; `folder` is the run's temporary folder, shared by its workers."""
    folder = Path(folder)
    with exclusive(folder / "template.lock"):
        made = folder / "template.made"
        if made.exists():
            return made.read_text()
        if is_sqlite(settings_dict):
            template = str(folder / "template.sqlite3")
            migrate(f"sqlite:///{template}")
        else:
            template = template_name(settings_dict)
            with administration(settings_dict) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
                admin.execute(f'CREATE DATABASE "{template}"')
            migrate(f"{server_url(settings_dict)}/{quote(template)}")
        made.write_text(template)
        return template


@contextlib.contextmanager
def starting_from(template, settings_dict, worker):
    """The worker's test database (per `settings_dict`, changed in place before Django creates it) starts as a
    copy of `template`."""
    if not is_sqlite(settings_dict):
        settings_dict.setdefault("TEST", {})["TEMPLATE"] = template
        yield
        return
    # A named in-memory database lives as long as a connection to it is open: this one keeps it for the session.
    name = f"file:iurc_test_{worker}?mode=memory&cache=shared"
    keeper = sqlite3.connect(name, uri=True)
    with contextlib.closing(sqlite3.connect(f"file:{template}?mode=ro", uri=True)) as source:
        source.backup(keeper)
    settings_dict.setdefault("TEST", {})["NAME"] = name
    try:
        yield
    finally:
        keeper.close()


def drop_template(settings_dict):
    """Drop the run's PostgreSQL template, if it made one (a SQLite template goes with the run's folder)."""
    if not is_sqlite(settings_dict):
        with administration(settings_dict) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{template_name(settings_dict)}" WITH (FORCE)')
