"""Junk and hostile traffic against every public route: thousands of generated requests (Hypothesis, derandomized
so CI is reproducible), sent in-process through the whole middleware stack. Every answer must be 2xx/3xx/4xx and
no marker an attacker sends may come back unescaped in a page. The total is printed at the end of the run."""

import collections
import contextlib
import re
from urllib.parse import quote, quote_from_bytes, urlencode

import pytest
from django.conf import settings
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import Page

from iurc_site.core.i18n import language_codes

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("programme"),  # routes of the programme content
    pytest.mark.filterwarnings("ignore::django.core.cache.backends.base.CacheKeyWarning"),
]

SENT = collections.Counter()  # requests per test
ANSWERS = collections.Counter()  # status classes of the answers ("2xx", "3xx", "4xx")
FAST = hypothesis_settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(autouse=True)
def report_requests(record_property):
    """The requests this test sent, by answer, in its report: the root conftest.py prints the total (from every
    worker under pytest-xdist)."""
    before = ANSWERS.copy()
    yield
    record_property("hostile requests", dict(ANSWERS - before))


def budget(examples):
    return hypothesis_settings(FAST, max_examples=examples)


# Markers: if any of these comes back verbatim in HTML or XML, the site reflects attacker input unescaped.
MARKERS = ["<script>h7x()</script>", '"><svg onload=h7x()>', "'><img src=x onerror=h7x()>"]
RAW = re.compile(r"<script>h7x|<svg onload=h7x|<img src=x onerror=h7x")
FRAGMENTS = [
    *MARKERS,
    "' OR '1'='1",
    "1; DROP TABLE wagtailcore_page;--",
    "1 UNION SELECT username, password FROM auth_user--",
    "admin'--",
    "${7*7}{{7*7}}{% debug %}",
    "../../../../etc/passwd",
    "..%2f..%2fsettings.py",
    "%00",
    "\x00",
    "%FF%FE%FD",
    "%C0%AF",
    "%E4%B8",
    "\u202e\u200b\ufeff",
    "中文；城市",
    "%0d%0aSet-Cookie:%20h7x=1",
    "\r\nX-Injected: h7x",
    "javascript:alert(1)",
    "//evil.example/",
    "9" * 40,
    "-1",
    "1e309",
    "NaN",
    "[]",
    '{"$gt": ""}',
]
PARAMETERS = [
    "q", "page", "city", "cities", "country", "theme", "themes", "sdg", "phase", "year", "region", "side",
    "sort", "order", "format", "lang", "language", "limit", "offset", "fields", "type", "search", "tag", "kind",
    "next", "from", "to", "per_page", "callback", "slug", "id", "utm_source",
]  # fmt: skip
COOKIES = ["sessionid=" + "A" * 200, "csrftoken=<script>", "sessionid=../../x; django_language=xx", "=;=;", ""]
UNKNOWN_LANGUAGES = ["fr", "de", "zh-tw", "zh-hant", "en-us", "EN", "Zh-Hans", "xx", "zh_hans", "e", "en-"]
BODY_TYPES = ["text/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded; charset=utf-99"]
WRONG_METHODS = ["PUT", "DELETE", "PATCH", "OPTIONS", "POST", "TRACE", "PROPFIND", "CONNECT", "FOO"]
NOT_PUBLIC = ("admin", "documents")  # the admin has its own tests; document URLs come from the content below


# ---------------------------------------------------------------------------------------------------------------
# The routes: every named route of the URLconf (so routes other features add are covered automatically) with
# real ids and slugs, and every live page in both languages.


def sample_kwargs():
    """Real values for the URL keyword arguments the site's routes use."""
    city = Page.objects.live().filter(content_type__model="citypage").first()
    story = Page.objects.live().filter(content_type__model="cooperationstorypage").first()
    huge = 10**30  # past every database integer type
    return {
        "page_id": [city.id, story.id, 0, huge],
        "pk": [city.id, huge],
        "id": [city.id, huge],
        "slug": [city.slug, story.slug],
        "kind": ["c", "s"],
        "language": language_codes(),
        "lang": language_codes(),
        "alias": ["zh"],
        "path": ["", "cities/"],
        "page_view_restriction_id": [1, huge],
        "document_id": [],  # covered through the content's document links
        "document_filename": [],
    }


def walk(patterns, prefix=""):
    """Yield (name, [argument names]) for every named route that is not the admin's."""
    for entry in patterns:
        if isinstance(entry, URLResolver):
            route = str(entry.pattern)
            if route.lstrip("^").startswith(settings.WAGTAIL_ADMIN_PATH) or route.lstrip("^").startswith(NOT_PUBLIC):
                continue
            namespace = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            yield from walk(entry.url_patterns, namespace)
        elif isinstance(entry, URLPattern) and entry.name:
            yield prefix + entry.name, list(entry.pattern.regex.groupindex)


def named_routes():
    values = sample_kwargs()
    routes, unknown = set(), []
    for name, arguments in walk(get_resolver().url_patterns):
        if name == "wagtail_serve":
            continue  # pages: below
        if any(argument not in values for argument in arguments):
            unknown.append((name, arguments))
            continue
        combos = [{}]
        for argument in arguments:
            combos = [{**combo, argument: value} for combo in combos for value in values[argument]]
        for language in language_codes():
            with translation.override(language):
                for kwargs in combos:
                    with contextlib.suppress(NoReverseMatch):
                        routes.add(reverse(name, kwargs=kwargs))
    assert not unknown, f"routes with arguments this suite cannot fill yet, add them to sample_kwargs: {unknown}"
    return routes


def page_routes():
    routes = set()
    for page in Page.objects.live().filter(depth__gt=1):
        tail = page.url_path.split("/", 2)[2]  # url_path is /home/<path>
        routes.update(f"/{language}/{tail}" for language in language_codes())
    return routes


@pytest.fixture(scope="module")
def routes(programme, django_db_blocker):
    with django_db_blocker.unblock():
        found = sorted(named_routes() | page_routes() | {"/", "/zh/", "/zh-cn/cities/", "/healthz"})
    assert len(found) > 60
    return found


@pytest.fixture
def client():
    """An outsider: no session, no CSRF token, CSRF checks on."""
    return Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")


# ---------------------------------------------------------------------------------------------------------------


def body_of(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def send(client, label, method, path, query="", body=b"", content_type="application/octet-stream", **headers):
    """One request; checks the answer is not a server error and reflects no marker unescaped."""
    SENT[label] += 1
    wsgi_query = query.encode("utf-8", "surrogatepass").decode("latin-1")  # raw bytes, as a WSGI server passes them
    response = client.generic(method, path, data=body, content_type=content_type, QUERY_STRING=wsgi_query, **headers)
    where = f"{method} {path!r} ?{query!r}"
    ANSWERS[f"{response.status_code // 100}xx"] += 1
    assert response.status_code < 500, f"{where} -> {response.status_code}"
    content_type = response.get("Content-Type", "")
    if "json" not in content_type:  # JSON is data (and served with nosniff); pages and feeds must escape
        text = body_of(response).decode("utf-8", "replace")
        assert not RAW.search(text), f"{where} reflected a marker unescaped"
    for header, value in response.items():
        assert "h7x" not in header.lower() and "\n" not in value, f"{where} header injection: {header}"
    if response.status_code == 404 and content_type.startswith("text/html"):
        assert b"<html" in body_of(response), f"{where}: a bare 404 instead of the site's page"
    return response


percent_garbage = st.binary(min_size=1, max_size=40).map(lambda raw: quote_from_bytes(raw, safe=""))
text_garbage = st.text(min_size=1, max_size=60)
long_garbage = st.integers(min_value=300, max_value=6000).map(lambda n: ("a/" if n % 2 else "%E4%B8%AD") * (n // 2))
fragment = st.sampled_from(FRAGMENTS)
hostile_value = st.one_of(fragment, percent_garbage, text_garbage.map(quote), st.integers().map(str))
query_string = st.lists(st.tuples(st.sampled_from(PARAMETERS), hostile_value), min_size=1, max_size=8).map(
    lambda pairs: "&".join(f"{quote(name)}={value}" for name, value in pairs)
)


def as_path_segment(value):
    """A generated segment as it could appear in a URL: percent-encoded unless it already is."""
    return value if "%" in value else quote(value, safe="/;:@!$&'()*+,=")


@given(data=st.data())
@budget(380)
def test_garbage_and_overlong_paths(client, routes, data):
    base = data.draw(st.sampled_from(routes))
    suffix = data.draw(st.one_of(percent_garbage, text_garbage.map(as_path_segment), long_garbage, fragment))
    send(client, "paths", "GET", base.rstrip("/") + "/" + suffix.lstrip("/"))


@given(data=st.data())
@budget(150)
def test_unknown_language_prefixes(client, routes, data):
    language = data.draw(
        st.one_of(st.sampled_from(UNKNOWN_LANGUAGES), st.from_regex(r"[a-zA-Z_-]{1,8}", fullmatch=True))
    )
    route = data.draw(st.sampled_from(routes))
    tail = route.split("/", 2)[2] if route.count("/") >= 2 else ""
    send(client, "languages", "GET", f"/{language}/{tail}", HTTP_ACCEPT_LANGUAGE=language)


@given(data=st.data())
@budget(500)
def test_hostile_query_strings_and_repeated_parameters(client, routes, data):
    send(client, "queries", "GET", data.draw(st.sampled_from(routes)), data.draw(query_string))


@given(data=st.data())
@budget(220)
def test_hostile_slugs(client, routes, data):
    route = data.draw(st.sampled_from([route for route in routes if route.count("/") >= 3]))
    head = route.rstrip("/").rsplit("/", 1)[0]
    slug = data.draw(st.one_of(fragment.map(as_path_segment), percent_garbage))
    send(client, "slugs", "GET", f"{head}/{slug}/")


@given(term=st.one_of(fragment, text_garbage, percent_garbage), extra=st.one_of(st.just(""), query_string))
@budget(150)
def test_search_with_hostile_terms(client, term, extra):
    for language in language_codes():
        query = f"q={term if '%' in term else quote(term)}" + (f"&{extra}" if extra else "")
        send(client, "search", "GET", f"/{language}/search/", query)


HUGE_NUMBERS = ["0", "-1", "2", "99999", str(2**31), str(2**63), "9" * 400, "1e309", "1.5", "0x10", "abc", ""]


@given(data=st.data())
@budget(150)
def test_huge_page_numbers_and_limits(client, routes, data):
    listings = [route for route in routes if route.count("/") <= 4 or "/api/" in route or "search" in route]
    route = data.draw(st.sampled_from(listings))
    name = data.draw(st.sampled_from(["page", "limit", "offset", "p", "year", "per_page"]))
    number = data.draw(st.one_of(st.sampled_from(HUGE_NUMBERS), st.integers().map(str)))
    send(client, "numbers", "GET", route, urlencode({name: number}))


@given(data=st.data())
@budget(250)
def test_wrong_methods(client, routes, data):
    method = data.draw(st.sampled_from(WRONG_METHODS))
    kind = data.draw(st.sampled_from(["form", "json", "garbage"]))
    if kind == "form":
        body = urlencode({"q": data.draw(fragment), "csrfmiddlewaretoken": "x"})
        content_type = "application/x-www-form-urlencoded"
    elif kind == "json":
        body = '{"title": "' + data.draw(fragment) + '", "slug": [1, {"$ne": null}]'  # unterminated on purpose
        content_type = "application/json"
    else:
        body = data.draw(st.binary(max_size=2000))
        content_type = data.draw(st.sampled_from(BODY_TYPES))
    send(client, "methods", method, data.draw(st.sampled_from(routes)), body=body, content_type=content_type)


@given(data=st.data())
@budget(150)
def test_hostile_headers(client, routes, data):
    as_latin1 = text_garbage.map(lambda text: text.encode("utf-8", "replace").decode("latin-1"))  # as WSGI does
    headers = {
        "HTTP_ACCEPT_LANGUAGE": data.draw(st.one_of(fragment, as_latin1)),
        "HTTP_COOKIE": data.draw(st.sampled_from(COOKIES)),
        "HTTP_ACCEPT": data.draw(st.sampled_from(["*/*", "application/json", "text/html;q=bogus", "\x00", "image/*"])),
        "HTTP_IF_MODIFIED_SINCE": data.draw(st.sampled_from(["yesterday", "Thu, 01 Jan 1970 00:00:00 GMT", "9" * 30])),
        "HTTP_IF_NONE_MATCH": data.draw(st.sampled_from(['"x"', "*", "W/", "<script>"])),
        "HTTP_RANGE": data.draw(st.sampled_from(["bytes=0-", "bytes=-1", "bytes=999999999-", "lines=1"])),
        "HTTP_X_FORWARDED_FOR": data.draw(st.sampled_from(["1.2.3.4", "<script>", "::1, 10.0.0.1", ""])),
    }
    host = data.draw(st.sampled_from(["testserver", "evil.example", "testserver:99999", "[::1", "a" * 300]))
    send(client, "headers", "GET", data.draw(st.sampled_from(routes)), HTTP_HOST=host, **headers)


@pytest.mark.parametrize("path", ["/en/", "/en/search/", "/zh-hans/cities/", "/healthz", "/en/does-not-exist/"])
def test_oversized_and_overfull_bodies(client, path):
    """Bodies past DATA_UPLOAD_MAX_MEMORY_SIZE or DATA_UPLOAD_MAX_NUMBER_FIELDS are refused, not processed."""
    big = "q=" + "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    many = "&".join(f"f{i}=1" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 10))
    form = "application/x-www-form-urlencoded"
    for body in (big, many):
        response = send(client, "bodies", "POST", path, body=body, content_type=form)
        assert response.status_code in (400, 403, 405, 413)
    response = send(client, "bodies", "POST", path, body=b"\x00" * (5 * 1024 * 1024))
    assert response.status_code in (400, 403, 405, 413)
