"""WSGI entry point: `gunicorn iurc_site.wsgi` (set DJANGO_SETTINGS_MODULE for production)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iurc_site.settings.dev")

application = get_wsgi_application()
