#!/usr/bin/env python
"""`make test-system`: the production settings under gunicorn on loopback, with PostgreSQL and Redis.

1. Load: one node, 64 keep-alive connections for 30 s over the site's pages (from its sitemap), the API and
   /healthz. Passes with 0 errors and 0 timeouts; prints requests per second and latency percentiles.
2. Two nodes: a second gunicorn on another port, sharing the database and Redis. An editor signs in on node A,
   the session works on node B; a change published through the admin form on node B is served by node A on
   the next request (and by B); signing out on A ends the session on B.

It creates the database iurc_system (SYSTEM_DATABASE_URL) and uses Redis DB 2 (SYSTEM_REDIS_URL), drops and
flushes them at the end, and stops every process it started. Results go to var/system/results.json.
"""

import argparse
import contextlib
import http.client
import http.cookiejar
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import psycopg
import redis
from bs4 import BeautifulSoup

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import PYTHON, ROOT, Processes, free_port, run_workers  # noqa: E402  (shared process handling)

GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
DATABASE_URL = os.environ.get("SYSTEM_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/iurc_system")
REDIS_URL = os.environ.get("SYSTEM_REDIS_URL", "redis://127.0.0.1:6379/2")
EDITOR, PASSWORD = "system-editor", secrets.token_urlsafe(16)
ADMIN = "/admin/"
TIMEOUT = 15  # seconds; a request slower than this counts as a timeout


def log(message):
    print(f"[system] {message}", flush=True)


# Database and services --------------------------------------------------------------------------------------


def admin_dsn(url):
    """The same server, database `postgres`: for CREATE/DROP DATABASE."""
    return urllib.parse.urlsplit(url)._replace(path="/postgres").geturl()


def recreate_database(url):
    name = urllib.parse.urlsplit(url).path.lstrip("/")
    with psycopg.connect(admin_dsn(url), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def drop_database(url):
    name = urllib.parse.urlsplit(url).path.lstrip("/")
    with psycopg.connect(admin_dsn(url), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def manage(env, *args):
    result = subprocess.run([PYTHON, "manage.py", *args], env=env, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result.stdout


def prepare(env):
    log(f"database {urllib.parse.urlsplit(DATABASE_URL).path.lstrip('/')}: migrate, load content, editor account")
    recreate_database(DATABASE_URL)
    manage(env, "migrate", "--noinput")
    manage(env, "load_iurc_content")
    manage(
        env,
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model; "
        f"get_user_model().objects.create_superuser({EDITOR!r}, 'system@example.org', {PASSWORD!r})",
    )
    log("collectstatic")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    page_id = manage(env, "shell", "-c", "from cities.models import CityIndexPage as P; print(P.objects.get().id)")
    return int(page_id.strip().splitlines()[-1])


def start_node(processes, env, workdir, name):
    port = free_port()
    log_file = open(workdir / f"gunicorn-{name}.log", "w")  # noqa: SIM115 (closed with the process)
    process = processes.start(
        [GUNICORN, "iurc_site.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2", "--worker-class", "gthread"]
        + ["--threads", "8", "--timeout", "30", "--keep-alive", "5"],
        env,
        log_file,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"gunicorn {name} exited; see {workdir / f'gunicorn-{name}.log'}")
        with contextlib.suppress(OSError):
            if get(port, "/healthz")[0] == 200:
                log(f"node {name} up on 127.0.0.1:{port}")
                return port
        time.sleep(0.3)
    sys.exit(f"gunicorn {name} did not answer /healthz in time")


# HTTP -------------------------------------------------------------------------------------------------------


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        connection.request("GET", path, headers={"Accept-Language": "en"})
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def site_paths(port):
    """Every page in the sitemap (as paths), the API lists and the health probe."""
    status, body = get(port, "/sitemap.xml")
    paths = []
    if status == 200:
        namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
        paths = [urllib.parse.urlsplit(loc.text).path for loc in ET.fromstring(body).findall(".//s:loc", namespace)]
    paths = paths or ["/en/", "/zh-hans/", "/en/cities/", "/zh-hans/cooperation/"]
    extra = ["/api/v2/cities/", "/api/v2/stories/", "/healthz", "/en/search/?q=city"]
    return [path for path in paths + extra if get(port, path)[0] == 200]


def load(port, paths, connections, seconds):
    """`connections` threads, each with one keep-alive connection, cycling through `paths` until time is up."""
    deadline = time.monotonic() + seconds
    latencies, errors, timeouts, lock = [], [], [0], threading.Lock()

    def worker(offset):
        own, connection, index = [], None, offset
        while time.monotonic() < deadline:
            path = paths[index % len(paths)]
            index += 1
            started = time.perf_counter()
            try:
                if connection is None:
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
                connection.request("GET", path, headers={"Accept-Language": "en", "Accept-Encoding": "gzip, br"})
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    with lock:
                        errors.append(f"{path}: {response.status}")
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = None
            except TimeoutError:
                with lock:
                    timeouts[0] += 1
                connection = None
                continue
            except (OSError, http.client.HTTPException) as error:
                with lock:
                    errors.append(f"{path}: {error!r}")
                connection = None
                continue
            own.append((time.perf_counter() - started) * 1000)
        with lock:
            latencies.extend(own)

    elapsed = run_workers(worker, connections)
    latencies.sort()

    def percentile(p):
        return round(latencies[min(len(latencies) - 1, int(len(latencies) * p))], 1) if latencies else None

    return {
        "connections": connections,
        "seconds": round(elapsed, 1),
        "paths": len(paths),
        "requests": len(latencies),
        "requests_per_second": round(len(latencies) / elapsed, 1),
        "p50_ms": percentile(0.50),
        "p99_ms": percentile(0.99),
        "max_ms": round(latencies[-1], 1) if latencies else None,
        "mean_ms": round(statistics.fmean(latencies), 1) if latencies else None,
        "errors": len(errors),
        "error_samples": errors[:10],
        "timeouts": timeouts[0],
    }


class Browser:
    """A cookie-keeping HTTP client that can be pointed at either node (cookies are per host, not per port)."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def open(self, port, path, data=None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body)
        try:
            with self.opener.open(request, timeout=TIMEOUT) as response:
                return response.status, response.geturl(), response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, error.geturl(), error.read().decode("utf-8", "replace")

    def form(self, port, path, selector):
        """The fields of the form matching `selector`, as a browser would submit them."""
        status, _url, html = self.open(port, path)
        assert status == 200, f"{path}: {status}"
        form = BeautifulSoup(html, "html.parser").select_one(selector)
        assert form is not None, f"{path}: no {selector}"
        data = {}
        for field in form.find_all(["input", "textarea", "select"]):
            name, kind = field.get("name"), field.get("type")
            if not name or kind in ("submit", "button", "file"):
                continue
            if kind in ("checkbox", "radio"):
                if field.has_attr("checked"):
                    data.setdefault(name, []).append(field.get("value", "on"))
            elif field.name == "textarea":
                data[name] = field.text.lstrip("\n")
            elif field.name == "select":
                data[name] = [option.get("value", "") for option in field.find_all("option", selected=True)]
            else:
                data[name] = field.get("value", "")
        return data


def check(condition, message, failures):
    log(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def two_nodes(node_a, node_b, page_id, failures):
    editor = Browser()
    login = editor.form(node_a, f"{ADMIN}login/", "form.login-form")
    status, url, _html = editor.open(node_a, f"{ADMIN}login/", {**login, "username": EDITOR, "password": PASSWORD})
    check(status == 200 and url.endswith(ADMIN), "sign-in on node A lands on the dashboard", failures)
    status, url, html = editor.open(node_b, ADMIN)
    check(status == 200 and url.endswith(ADMIN) and "login" not in url, "the session works on node B", failures)

    public_path = "/en/cities/"
    before = [get(port, public_path) for port in (node_a, node_b, node_a, node_b)]  # both nodes cache the page
    check(all(status == 200 for status, _ in before), "the public page answers on both nodes", failures)

    marker = f"Case cities {secrets.token_hex(3)}"
    form = editor.form(node_b, f"{ADMIN}pages/{page_id}/edit/", "form#page-edit-form")
    form["title_en"] = marker
    status, url, html = editor.open(node_b, f"{ADMIN}pages/{page_id}/edit/", {**form, "action-publish": "1"})
    check(status == 200 and f"pages/{page_id}/edit/" not in url, "publish through the admin form on node B", failures)

    for name, port in (("A", node_a), ("B", node_b)):
        status, html = get(port, public_path)
        check(status == 200 and marker in html, f"node {name} serves the new title on the next request", failures)

    status, url, _html = editor.open(node_a, f"{ADMIN}logout/", {"csrfmiddlewaretoken": csrf_token(editor)})
    status, url, _html = editor.open(node_b, ADMIN)
    check("login" in url, "signing out on node A ends the session on node B", failures)


def csrf_token(browser):
    return next(cookie.value for cookie in browser.jar if cookie.name == "csrftoken")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--seconds", type=int, default=30)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="iurc-system-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "iurc_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "SECURE_SSL_REDIRECT": "false",  # plain HTTP on loopback; no proxy in front
        "MEDIA_ROOT": str(workdir / "media"),
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
    }
    env.pop("ADMIN_PATH", None)
    cache = redis.Redis.from_url(REDIS_URL)
    processes, failures, results = Processes(), [], {}
    try:
        cache.flushdb()
        page_id = prepare(env)

        node_a = start_node(processes, env, workdir, "A")
        paths = site_paths(node_a)
        log(f"load: {args.connections} connections for {args.seconds} s over {len(paths)} paths on node A")
        for _ in range(2):  # warm both workers
            for path in paths:
                get(node_a, path)
        results["load"] = load(node_a, paths, args.connections, args.seconds)
        figures = results["load"]
        log(
            f"load: {figures['requests']} requests, {figures['requests_per_second']} req/s, "
            f"p50 {figures['p50_ms']} ms, p99 {figures['p99_ms']} ms, max {figures['max_ms']} ms, "
            f"{figures['errors']} errors, {figures['timeouts']} timeouts"
        )
        check(figures["errors"] == 0, f"no errors under load {figures['error_samples']}", failures)
        check(figures["timeouts"] == 0, "no timeouts under load", failures)

        node_b = start_node(processes, env, workdir, "B")
        two_nodes(node_a, node_b, page_id, failures)
    finally:
        processes.stop_all()
        with contextlib.suppress(Exception):
            cache.flushdb()
        drop_database(DATABASE_URL)
    results["failures"] = failures
    out = ROOT / "var" / "system"
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    if failures:
        sys.exit(f"system test failed: {failures}; gunicorn logs in {workdir}")
    shutil.rmtree(workdir, ignore_errors=True)
    log(f"passed; results in {out / 'results.json'}")


if __name__ == "__main__":
    main()
