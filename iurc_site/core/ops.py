"""Operations: the /healthz probe, JSON-lines logging and a request log (method, path, status, duration)."""

import json
import logging
import time
import uuid

from django.core.cache import caches
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_safe

logger = logging.getLogger("iurc.health")
request_logger = logging.getLogger("iurc.request")

# Attributes a LogRecord always has; anything else was passed through `extra=` and goes into the JSON line.
_RECORD_ATTRS = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, the `extra` fields and any traceback."""

    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({key: value for key, value in vars(record).items() if key not in _RECORD_ATTRS})
        entry.pop("request", None)  # Django attaches the request object to its error records: never dump it
        if record.exc_info:
            entry["exc_info"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


class BadHostAsWarning(logging.Filter):
    """Logs a request for a host not in ALLOWED_HOSTS as one WARNING line: Django logs it as an ERROR with a
    traceback, but it is the client's mistake (or a scanner), not the site's."""

    def filter(self, record):
        record.levelno, record.levelname = logging.WARNING, logging.getLevelName(logging.WARNING)
        record.exc_info = record.exc_text = None
        return True


class RequestLogMiddleware:
    """Logs one line per request. Only the path is logged: query strings and bodies may carry secrets."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        request_logger.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
            },
        )
        return response


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def _check_cache():
    cache = caches["default"]
    key, value = f"healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, 10)
    try:
        return cache.get(key) == value
    finally:
        cache.delete(key)


@require_safe
def healthz(request):
    """The load balancer's probe: 200 while the database answers, else 503 naming the failing check.

    A failing cache gives 200 {"status": "degraded"}: the node still serves pages (the cache fails open,
    sessions come from the database), so it stays in rotation.
    """
    checks = {}
    for name, check in (("database", _check_database), ("cache", _check_cache)):
        try:
            checks[name] = "ok" if check() else "error"
        except Exception:
            logger.exception("Health check %s failed", name)
            checks[name] = "error"
    if checks["database"] != "ok":
        response = JsonResponse({"status": "error", "checks": checks}, status=503)
    elif checks["cache"] != "ok":
        response = JsonResponse({"status": "degraded", "checks": checks})
    else:
        response = JsonResponse({"status": "ok"})
    response["Cache-Control"] = "no-store"
    return response
