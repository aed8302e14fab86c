"""Production settings, exercised in fresh interpreters with a controlled environment (as a server would start)."""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.system

BASE_DIR = Path(__file__).resolve().parent.parent
SAMPLE_ENV = {
    "DJANGO_SETTINGS_MODULE": "iurc_site.settings.production",
    "SECRET_KEY": "s3cr3t-" + "k" * 60,
    "ALLOWED_HOSTS": "iurc.example.org,www.iurc.example.org",
    "DATABASE_URL": "postgres://iurc:dbpass@db.internal:5432/iurc",
    "REDIS_URL": "redis://127.0.0.1:6379/2",
}
PRODUCTION_VARS = [
    *SAMPLE_ENV,
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "AWS_S3_CUSTOM_DOMAIN",
    "SECURE_SSL_REDIRECT",
    "ADMIN_PATH",
    "LOG_LEVEL",
    "MEDIA_ROOT",
    "RELEASE_ID",
    "VARNISH_URL",
    "CLOUDFLARE_ZONEID",
    "CLOUDFLARE_BEARER_TOKEN",
    "CLOUDFRONT_DISTRIBUTION_ID",
    "AZURE_FRONT_DOOR_NAME",
    "AZURE_RESOURCE_GROUP_NAME",
    "SECURE_HSTS_PRELOAD",
]


def run_python(code, **env):
    """Run `code` in a new interpreter at the project root with the sample environment plus `env`
    (a value of None removes the variable)."""
    environ = {key: value for key, value in os.environ.items() if key not in PRODUCTION_VARS}
    environ.update(SAMPLE_ENV)
    for key, value in env.items():
        if value is None:
            environ.pop(key, None)
        else:
            environ[key] = value
    return subprocess.run(
        [sys.executable, "-c", code], cwd=BASE_DIR, env=environ, capture_output=True, text=True, timeout=120
    )


SETUP = "import django; django.setup(); from django.conf import settings; "
# Only the settings module, as Django reads it on first access (2.5 s less a run than loading every app).
SETTINGS = "from django.conf import settings; "


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_refuses_to_start_without_required_variable(missing):
    result = run_python("import django; django.setup()", **{missing: None})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"Set the {missing} environment variable" in result.stderr


def test_blank_allowed_hosts_is_refused_too():
    result = run_python("import django; django.setup()", ALLOWED_HOSTS=" , ")
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_check_deploy_prints_no_warnings():
    result = run_python(
        "import sys; from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


def test_database_redis_and_https_settings():
    result = run_python(
        SETTINGS + "import json; db = settings.DATABASES['default']; print(json.dumps({"
        "'engine': db['ENGINE'], 'host': db['HOST'], 'max_age': db['CONN_MAX_AGE'], "
        "'health': db['CONN_HEALTH_CHECKS'], 'cache': settings.CACHES['default'], "
        "'session': settings.SESSION_ENGINE, 'debug': settings.DEBUG, 'hosts': settings.ALLOWED_HOSTS, "
        "'hsts': settings.SECURE_HSTS_SECONDS, 'ssl': settings.SECURE_SSL_REDIRECT, "
        "'preload': settings.SECURE_HSTS_PRELOAD, "
        "'cookies': [settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE], "
        "'media': settings.STORAGES['default']['BACKEND']}))",
        SECURE_HSTS_SECONDS="600",
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["host"] == "db.internal"
    assert values["max_age"] > 0 and values["health"] is True
    assert values["cache"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert values["cache"]["LOCATION"] == "redis://127.0.0.1:6379/2"
    assert values["cache"]["OPTIONS"]["IGNORE_EXCEPTIONS"] is True  # Redis down: a miss, never an error
    assert values["session"] == "django.contrib.sessions.backends.cached_db"
    assert values["debug"] is False
    assert values["hosts"] == ["iurc.example.org", "www.iurc.example.org"]
    assert values["hsts"] == 600
    assert values["preload"] is False  # opt-in: SECURE_HSTS_PRELOAD=true
    assert values["ssl"] is True and values["cookies"] == [True, True]
    assert values["media"] == "django.core.files.storage.FileSystemStorage"


def test_cache_keys_name_the_release():
    """The release prefixes every Redis key: RELEASE_ID, else the static files' manifest."""
    code = SETTINGS + "import json; print(json.dumps(settings.CACHES['default'].get('KEY_PREFIX')))"
    with_release = run_python(code, RELEASE_ID="0123abc")
    assert with_release.returncode == 0, with_release.stderr
    assert json.loads(with_release.stdout.strip().splitlines()[-1]) == "0123abc"

    without = run_python(code)
    assert without.returncode == 0, without.stderr
    manifest = BASE_DIR / "staticfiles" / "staticfiles.json"
    release = hashlib.sha256(manifest.read_bytes()).hexdigest()[:12] if manifest.exists() else ""
    assert json.loads(without.stdout.strip().splitlines()[-1]) == release


def test_front_caches_from_the_environment():
    """VARNISH_URL and CLOUDFLARE_ZONEID (with its token) each add a frontend_cache backend; none by default."""
    code = SETTINGS + "import json; print(json.dumps(settings.WAGTAILFRONTENDCACHE))"
    none = run_python(code)
    assert none.returncode == 0, none.stderr
    assert json.loads(none.stdout.strip().splitlines()[-1]) == {}
    both = run_python(
        code, VARNISH_URL="http://127.0.0.1:6081", CLOUDFLARE_ZONEID="zone", CLOUDFLARE_BEARER_TOKEN="token"
    )
    assert both.returncode == 0, both.stderr
    backends = json.loads(both.stdout.strip().splitlines()[-1])
    assert backends["varnish"] == {
        "BACKEND": "iurc_site.delivery.frontend_cache.VarnishBackend",
        "LOCATION": "http://127.0.0.1:6081",
    }
    assert backends["cloudflare"]["ZONEID"] == "zone"


def test_s3_storage_only_when_bucket_is_set():
    code = (
        SETTINGS + "import json; from django.core.files.storage import default_storage; "
        "url = default_storage.url('images/a.jpg'); "
        "print(json.dumps({'backend': settings.STORAGES['default']['BACKEND'], "
        "'class': type(default_storage._wrapped).__name__, 'url': url, "
        "'csp': settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']}))"
    )
    with_bucket = run_python(
        code,
        AWS_STORAGE_BUCKET_NAME="iurc-media",
        AWS_S3_ENDPOINT_URL="https://s3.example-cloud.test",
        AWS_ACCESS_KEY_ID="AKIAEXAMPLE",
        AWS_SECRET_ACCESS_KEY="not-a-real-secret",
    )
    assert with_bucket.returncode == 0, with_bucket.stderr
    values = json.loads(with_bucket.stdout.strip().splitlines()[-1])
    assert values["backend"] == "storages.backends.s3.S3Storage"
    assert values["class"] == "S3Storage"
    assert values["url"].startswith("https://s3.example-cloud.test/iurc-media/images/a.jpg")
    assert values["csp"] == ["'self'", "data:", "https://s3.example-cloud.test"]

    without = run_python(code, AWS_STORAGE_BUCKET_NAME=None)
    assert without.returncode == 0, without.stderr
    values = json.loads(without.stdout.strip().splitlines()[-1])
    assert values["backend"] == "django.core.files.storage.FileSystemStorage"
    assert values["url"] == "/media/images/a.jpg"
    assert values["csp"] == ["'self'", "data:"]


def test_admin_path_from_environment():
    result = run_python(
        SETUP + "from django.urls import reverse; print(settings.WAGTAIL_ADMIN_PATH, reverse('wagtailadmin_home'))",
        ADMIN_PATH="/backstage-7/",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == ["backstage-7/", "/backstage-7/"]


def test_logs_are_json_lines_with_request_fields_and_no_secrets(tmp_path):
    """Requests through the whole middleware stack log one JSON line each; query strings and bodies stay out."""
    code = SETUP + (
        "from django.test import Client; c = Client(HTTP_HOST='iurc.example.org'); "
        "c.get('/healthz?token=querysecret123'); "
        "c.post('/healthz', {'username': 'editor', 'password': 'bodysecret456'})"
    )
    result = run_python(
        code, DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", REDIS_URL=None, SECURE_SSL_REDIRECT="false"
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    requests = [line for line in lines if line["logger"] == "iurc.request"]
    assert [(r["method"], r["path"], r["status"]) for r in requests] == [
        ("GET", "/healthz", 200),
        ("POST", "/healthz", 405),
    ]
    assert all(isinstance(r["duration_ms"], float) and r["level"] == "INFO" for r in requests)
    everything = result.stdout + result.stderr
    for secret in ("querysecret123", "bodysecret456", SAMPLE_ENV["SECRET_KEY"], "dbpass"):
        assert secret not in everything


def test_hsts_preload_only_when_asked_for():
    code = SETTINGS + "print(settings.SECURE_HSTS_PRELOAD)"
    assert run_python(code).stdout.split()[-1] == "False"
    assert run_python(code, SECURE_HSTS_PRELOAD="true").stdout.split()[-1] == "True"


def test_a_bad_host_is_logged_as_one_warning_line_without_traceback(tmp_path):
    code = SETUP + "from django.test import Client; print(Client(HTTP_HOST='evil.example').get('/healthz').status_code)"
    result = run_python(
        code, DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", REDIS_URL=None, SECURE_SSL_REDIRECT="false"
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    bad_host = [line for line in lines if line["logger"] == "django.security.DisallowedHost"]
    assert len(bad_host) == 1
    assert bad_host[0]["level"] == "WARNING" and "evil.example" in bad_host[0]["message"]
    assert "exc_info" not in bad_host[0] and "Traceback" not in result.stdout + result.stderr
    assert not [line for line in lines if line["level"] in ("ERROR", "CRITICAL")]
