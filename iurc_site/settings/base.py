"""Settings shared by every environment. Secrets and hosts come from the environment only."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    # Must precede every app that has a translation.py.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "iurc_site.core",
    "cities",
    "cooperations",
    "events",
    "news",
    "publications",
    "content",
    "partners",
    "wagtail.api.v2",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "corsheaders",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.frontend_cache",
    "iurc_site.delivery",  # after frontend_cache: replaces its purge receivers
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "csp",
]

MIDDLEWARE = [
    "iurc_site.core.ops.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",  # nosniff, Referrer-Policy, COOP, HSTS, HTTPS redirect
    "iurc_site.core.security.SiteCSPMiddleware",  # django-csp; the admin gets its own policy
    "iurc_site.core.security.SecurityHeadersMiddleware",  # Permissions-Policy, CORP, X-Permitted-Cross-Domain-…
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "iurc_site.delivery.middleware.CacheControlMiddleware",  # above sessions, locale, CSRF: sees what they add
    "django.middleware.gzip.GZipMiddleware",  # HTML compressed (random bytes against BREACH since Django 4.2)
    "django.contrib.sessions.middleware.SessionMiddleware",
    "partners.middleware.SiteLocaleMiddleware",  # LocaleMiddleware: our language choice; /c/…, /api/… 404s stay
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "iurc_site.core.redirects.LanguageRedirectMiddleware",  # Wagtail's redirects, for both language prefixes
    "axes.middleware.AxesMiddleware",  # keep last (django-axes)
]

# Only the embed cards (partners.views.embed) may be framed; they opt out of this header.
X_FRAME_OPTIONS = "DENY"

ROOT_URLCONF = "iurc_site.urls"
WSGI_APPLICATION = "iurc_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=0),
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the default and the fallback; Chinese is Simplified (zh-hans).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("zh-hans", "简体中文"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["iurc_site.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Shanghai"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "zh-hans")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en",)}


def localized_verbose_name(verbose_name, language):
    """Field labels name their language, "Title [简体中文]", not its code (the editor's language picker reads the
    bracketed part: iurc_site/core/wagtail_hooks.py gives it the same names)."""
    return f"{verbose_name} [{dict(LANGUAGES)[language]}]"


MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME = localized_verbose_name
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False
# The page editor shows both languages' fields, each Chinese field right below its English one.
WAGTAILMODELTRANSLATION_LOCALE_PICKER_DEFAULT = ("en", "zh-hans")
WAGTAIL_ALLOW_UNICODE_SLUGS = False  # slugs are shared by both languages: ASCII only
WAGTAIL_I18N_ENABLED = False

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Served at the site's root by WhiteNoise, where browsers, feed readers and phones look for them: favicon.ico and
# apple-touch-icon.png (drawn by scripts/draw_brand_images.py).
WHITENOISE_ROOT = BASE_DIR / "static" / "root"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "IURC-China"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# jieba (Chinese word segmentation for search) caches its dictionary here; empty: the system temp directory.
JIEBA_CACHE_DIR = os.environ.get("JIEBA_CACHE_DIR", "")
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "csv", "txt", "zip"]
WAGTAILDOCS_DOCUMENT_MODEL = "core.ProgrammeDocument"  # documents carry their language
WAGTAILREDIRECTS_AUTO_CREATE = True  # a slug change or move leaves a redirect from the old address

# Security (issue 7). The admin lives at ADMIN_PATH (default "admin/"); robots.txt reads WAGTAIL_ADMIN_PATH.
WAGTAIL_ADMIN_PATH = os.environ.get("ADMIN_PATH", "admin/").strip("/") + "/"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# django-csp. The public site: scripts and styles from our own files only, nothing from other hosts. Public pages
# are kept by Varnish and served to everyone, so they carry no nonce (a cached nonce is replayed): their scripts
# are files. Only a response no shared cache keeps may write <script nonce="{{ request.csp_nonce }}">.
# The admin's looser policy is derived from this one (iurc_site.core.security.admin_directives); the embed cards
# may be framed anywhere (partners.views.embed).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # avatars without a request to another host
WAGTAIL_ENABLE_UPDATE_CHECK = False
# django-axes: 5 failed sign-ins for one username from one address lock that pair out for an hour.
AUTHENTICATION_BACKENDS = [
    "iurc_site.core.security.LoginLockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "iurc_site.core.security.lockout_response"
WAGTAILIMAGES_IMAGE_FORM_BASE = "iurc_site.core.uploads.ImageForm"  # bombs and corrupt images refused cleanly

# Delivery (iurc_site/delivery): Cache-Control by route; purges through wagtail.contrib.frontend_cache, whose
# backends production configures from the environment (WAGTAILFRONTENDCACHE). A page URL under /en/ is purged
# under every language prefix.
WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES]
# Addresses without a language prefix whose response is the same whatever Accept-Language says.
DELIVERY_LANGUAGE_NEUTRAL_PATHS = [
    r"^/sitemap\.xml$",
    r"^/robots\.txt$",
    r"^/embed/",
    r"^/api/v2/(?:cities|stories)/",
    r"^/api/v2/openapi\.json$",
    r"^/(?:ping|healthz)$",
]

# The read-only JSON API under /api/v2/ (partners/api.py): readable from any origin, without credentials.
CORS_URLS_REGEX = r"^/api/v2/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_PREFLIGHT_MAX_AGE = 86400

REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema"}
# Its OpenAPI document, generated by drf-spectacular from the serializers and filters (partners/openapi.py).
SPECTACULAR_SETTINGS = {
    "TITLE": "IURC-China API",
    "VERSION": "2",
    "OAS_VERSION": "3.1.0",
    "DESCRIPTION": (
        "Read-only data of the IURC-China website: case cities and cooperation stories, with every text in "
        "English (`en`) and Simplified Chinese (`zh-hans`) in the same response. Ids are permanent; slugs may "
        "change. Lists are paginated with `limit` and `offset`; an unknown, repeated or malformed parameter is "
        "answered with 400 and a message, an address that is no endpoint with 404. Only GET (and HEAD, OPTIONS) "
        "is served: other methods get 405. Wagtail's own endpoints (`pages/`, `images/`, `documents/`) answer in "
        "the language of the `Accept-Language` header."
    ),
    "SCHEMA_PATH_PREFIX": r"/api/v2",
    "SCHEMA_PATH_PREFIX_TRIM": True,
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_AUTHENTICATION": [],
    "ENUM_GENERATE_CHOICE_DESCRIPTION": False,
    "PREPROCESSING_HOOKS": ["partners.api.bilingual_endpoints"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "partners.openapi.finish_document",
    ],
}
