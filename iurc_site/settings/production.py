"""Production: every secret and host from the environment; Redis cache; compressed, hashed static files."""

import hashlib
import os
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required_env(name):
    """Return an environment variable or stop with a message naming it."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable (see README, Production).")
    return value


DEBUG = False
SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required_env("ALLOWED_HOSTS").split(",") if host.strip()]
# Persistent connections, checked before reuse so a restarted PostgreSQL costs no failed request.
DATABASES = {
    "default": dj_database_url.parse(required_env("DATABASE_URL"), conn_max_age=600, conn_health_checks=True),
}


def static_manifest_digest():
    """A digest of the collected static files' manifest, or "" before collectstatic."""
    try:
        return hashlib.sha256((STATIC_ROOT / "staticfiles.json").read_bytes()).hexdigest()[:12]  # noqa: F405
    except OSError:
        return ""


# The prefix of every cache key, so that processes of the previous release, still running during a deploy, share
# no fragments with the new one: RELEASE_ID (e.g. the git SHA), else the static files' manifest.
RELEASE_ID = os.environ.get("RELEASE_ID", "").strip() or static_manifest_digest()

REDIS_URL = os.environ.get("REDIS_URL")
if REDIS_URL:
    # django-redis, failing open: with Redis down a cache read is a miss and a write is dropped (logged), so pages
    # keep being served and sessions come from the database. A hung connection fails within a second.
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": RELEASE_ID,
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                "IGNORE_EXCEPTIONS": True,
                "CONNECTION_POOL_KWARGS": {"health_check_interval": 30},
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    # Sessions read from Redis and written through to the database: every node sees them, none are lost, and
    # sign-in works while Redis is down.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Purges after each content change (iurc_site/delivery/purge.py), to every front cache configured here.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("VARNISH_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "iurc_site.delivery.frontend_cache.VarnishBackend",
        "LOCATION": os.environ["VARNISH_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
        "BEARER_TOKEN": required_env("CLOUDFLARE_BEARER_TOKEN"),
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {  # credentials: boto3's own environment variables
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
if os.environ.get("AZURE_FRONT_DOOR_NAME"):
    WAGTAILFRONTENDCACHE["azure"] = {  # credentials: azure-identity's own environment variables
        "BACKEND": "wagtail.contrib.frontend_cache.backends.AzureFrontDoorBackend",
        "RESOURCE_GROUP_NAME": required_env("AZURE_RESOURCE_GROUP_NAME"),
        "FRONT_DOOR_NAME": os.environ["AZURE_FRONT_DOOR_NAME"],
    }


# Uploads: MEDIA_ROOT on local disk, or an S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set. Credentials
# (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) are read from the environment by django-storages / boto3 themselves.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_LOCATION = os.environ.get("AWS_LOCATION", "")
    AWS_QUERYSTRING_AUTH = os.environ.get("AWS_QUERYSTRING_AUTH", "false").lower() == "true"
    AWS_S3_FILE_OVERWRITE = False
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}  # noqa: F405
    # Images are then served from the bucket's host: allow it in the Content-Security-Policy.
    if AWS_S3_CUSTOM_DOMAIN:
        media_origin = f"https://{AWS_S3_CUSTOM_DOMAIN}"
    elif AWS_S3_ENDPOINT_URL:
        media_origin = "{0.scheme}://{0.netloc}".format(urlsplit(AWS_S3_ENDPOINT_URL))
    else:
        media_origin = f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(media_origin)  # noqa: F405

STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}  # noqa: F405
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # probes from the load balancer come over plain HTTP
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("SECURE_HSTS_INCLUDE_SUBDOMAINS", "true").lower() == "true"
# Preloading is for whoever runs the domain to decide (hstspreload.org; hard to undo): off unless asked for.
SECURE_HSTS_PRELOAD = os.environ.get("SECURE_HSTS_PRELOAD", "false").lower() == "true"
# check --deploy warns whenever preload is off (security.W021): here that is the default, chosen on purpose.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
CSRF_TRUSTED_ORIGINS = [
    origin.strip() for origin in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if origin.strip()
]
# Behind PROXY_COUNT reverse proxies the client address for the login lock-out comes from X-Forwarded-For.
PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "0"))
if PROXY_COUNT:
    AXES_IPWARE_PROXY_COUNT = PROXY_COUNT
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")
# JSON lines on stdout, one per request (iurc.request) and per event; the process manager collects them.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "iurc_site.core.ops.JsonFormatter"}},
    "filters": {"bad_host_as_warning": {"()": "iurc_site.core.ops.BadHostAsWarning"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "json"}},
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # The request log already has one line per request; django.request would repeat 4xx ones. A bad Host header
    # is one WARNING line (with the host), without Django's traceback.
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django.security.DisallowedHost": {"level": "WARNING", "filters": ["bad_host_as_warning"]},
    },
}
