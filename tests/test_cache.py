"""The full-page cache: hits, invalidation on every kind of content change, who is never cached, headers."""

import io
import time

import pytest
from django.conf import settings
from django.core.cache import cache, caches
from django.core.files.images import ImageFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from PIL import Image as PILImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site

from cities.models import CityPage
from cooperations.models import CooperationStoryPage
from iurc_site.core.models import (
    Country,
    FooterLink,
    NavigationSettings,
    ProgrammePage,
    SiteSettings,
    Theme,
)
from iurc_site.performance import cache as performance_cache
from iurc_site.performance import notify
from iurc_site.performance.cache import GENERATION_KEY, read_generation

from .pages import soup

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("programme"),  # about the programme content
    pytest.mark.xdist_group("redis-db-15"),  # one worker: its Redis tests empty that database
]
ADMIN = f"/{settings.WAGTAIL_ADMIN_PATH}"
PUBLIC = "public, max-age=60, s-maxage=600"
REDIS_URL = "redis://127.0.0.1:6379/15"  # a database of its own: emptied by the tests


@pytest.fixture(autouse=True)
def page_cache():
    """The page cache on (tests run with it off) and empty before and after each test."""
    cache.clear()
    with override_settings(PAGE_CACHE_ENABLED=True):
        yield
    cache.clear()


def url_of(page):
    return "/en" + page.url_path[len("/home") :]


def get_twice(client, url, **kwargs):
    return client.get(url, **kwargs), client.get(url, **kwargs)


def assert_refreshed(client, url, text):
    """The next request renders again and shows `text`; the one after is served from the cache again."""
    first, second = get_twice(client, url)
    assert first["X-Cache"] == "MISS", url
    assert text in first.content.decode(), url
    assert second["X-Cache"] == "HIT", url


@pytest.fixture
def city():
    return CityPage.objects.live().select_related("country").get(slug="chongqing")


@pytest.fixture
def story():
    return CooperationStoryPage.objects.live().order_by("path").first()


# Hits ----------------------------------------------------------------------------------------------------


def test_second_request_is_served_from_the_cache(client):
    first, second = get_twice(client, "/en/")
    assert (first.status_code, first["X-Cache"]) == (200, "MISS")
    assert (second.status_code, second["X-Cache"]) == (200, "HIT")
    assert second.content == first.content
    for response in (first, second):
        assert response["Cache-Control"] == PUBLIC
        assert "Cookie" in response["Vary"]
        assert response["Content-Language"] == "en"


def test_head_is_answered_from_the_get_entry_without_a_body(client):
    client.get("/en/cities/")
    response = client.head("/en/cities/")
    assert response["X-Cache"] == "HIT"
    assert response.content == b""
    assert int(response["Content-Length"]) > 1000


def test_key_holds_language_path_query_and_encoding(client):
    english, chinese = client.get("/en/"), client.get("/zh-hans/")
    assert chinese["X-Cache"] == "MISS"
    assert english.content != chinese.content
    client.get("/en/cities/?side=eu&phase=iuc-asia")
    assert client.get("/en/cities/?phase=iuc-asia&side=eu")["X-Cache"] == "HIT"  # the same query, normalised
    assert client.get("/en/cities/?phase=iuc-asia")["X-Cache"] == "MISS"
    gzipped = client.get("/en/cities/?phase=iuc-asia", headers={"accept-encoding": "gzip"})
    assert gzipped["X-Cache"] == "MISS" and gzipped["Content-Encoding"] == "gzip"
    again = client.get("/en/cities/?phase=iuc-asia", headers={"accept-encoding": "gzip, br"})
    assert again["X-Cache"] == "HIT" and again["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in again["Vary"]


def test_a_new_release_does_not_use_the_previous_ones_pages_or_data(client):
    """During a deploy the previous release's processes still run: they share no page and no data with it."""
    get_twice(client, "/en/")
    with CaptureQueriesContext(connection) as warm, override_settings(PAGE_CACHE_ENABLED=False):
        client.get("/en/")
    with override_settings(RELEASE_ID="next"):
        with CaptureQueriesContext(connection) as first, override_settings(PAGE_CACHE_ENABLED=False):
            client.get("/en/")
        assert len(first) > len(warm)  # the shared data is built again
        assert [response["X-Cache"] for response in get_twice(client, "/en/")] == ["MISS", "HIT"]
    assert client.get("/en/")["X-Cache"] == "HIT"


def test_only_query_parameters_the_views_read_are_stored(client):
    """`?fbclid=…` and the like are served uncached: each distinct value would otherwise fill the cache."""
    for response in get_twice(client, "/en/cities/?fbclid=abc"):
        assert response.status_code == 200 and response.get("X-Cache") != "HIT"
    assert [response["X-Cache"] for response in get_twice(client, "/en/cities/?side=eu")] == ["MISS", "HIT"]


@pytest.mark.parametrize("path", ["/en/cities/?side=zz", "/zh-hans/cities/?country=xx", "/en/cooperation/?sdg=99"])
def test_made_up_filter_values_are_served_but_not_stored(client, path):
    for response in get_twice(client, path):
        assert response.status_code == 200 and response["X-Cache"] == "MISS", path
        assert soup(response).select(".notice--filters li"), "the visitor is told the value was ignored"


def test_pages_and_data_kept_in_a_process_expire_with_the_cache_timeout(client, monkeypatch):
    """A lost invalidation (the cache unreachable while an editor published) lasts PAGE_CACHE_TIMEOUT at most."""
    now = time.monotonic()
    monkeypatch.setattr(performance_cache, "clock", lambda: now)
    get_twice(client, "/en/contact/")
    SiteSettings.objects.update(email="lost-invalidation@example.org")  # no signal: the generation stays
    generation = cache.get(GENERATION_KEY)
    cache.clear()  # the shared cache's copies expired; the generation has no timeout
    cache.set(GENERATION_KEY, generation, timeout=None)
    now += settings.PAGE_CACHE_TIMEOUT - 1
    assert client.get("/en/contact/")["X-Cache"] == "HIT"  # this process's copy, still within the timeout
    now += 2
    assert_refreshed(client, "/en/contact/", "lost-invalidation@example.org")


def test_without_a_shared_cache_changes_made_elsewhere_show_at_once(client, city, story):
    """Production without Redis: each process has its own cache, which another process's change (a second
    worker, a cron job publishing) never invalidates; so nothing is kept per generation there."""
    with override_settings(SHARED_CACHE=False, PAGE_CACHE_ENABLED=False):
        for url in (url_of(city), url_of(story)):
            get_twice(client, url)
        # as another process writes them: this one receives no signal
        PageViewRestriction.objects.bulk_create([PageViewRestriction(page=city, restriction_type="login")])
        Page.objects.filter(pk=story.pk).update(live=False)
        assert client.get(url_of(city)).status_code == 302  # to the sign-in page
        assert client.get(url_of(story)).status_code == 404


# Invalidation --------------------------------------------------------------------------------------------


def test_publishing_a_page_refreshes_it_and_the_pages_listing_it(client, city):
    for url in (url_of(city), "/en/cities/"):
        get_twice(client, url)
    city.title_en = "Chongqing Municipality"
    city.save_revision().publish()
    assert_refreshed(client, url_of(city), "Chongqing Municipality")
    assert_refreshed(client, "/en/cities/", "Chongqing Municipality")


def test_unpublishing_a_page_removes_it_at_once(client, story):
    url = url_of(story)
    assert get_twice(client, url)[1]["X-Cache"] == "HIT"
    get_twice(client, "/en/cooperation/")
    story.unpublish()
    assert client.get(url).status_code == 404
    listing = client.get("/en/cooperation/")
    assert listing["X-Cache"] == "MISS"
    assert url not in listing.content.decode()


def test_moving_a_page_moves_its_url_at_once(client):
    support = ProgrammePage.objects.get(slug="support")
    background = ProgrammePage.objects.get(slug="background")
    assert get_twice(client, "/en/support/")[1]["X-Cache"] == "HIT"
    support.move(background, pos="last-child")
    old = client.get("/en/support/")
    assert old.status_code in (301, 404) and old.get("X-Cache") != "HIT"  # 301 if a redirect was made
    assert client.get("/en/background/support/").status_code == 200


def test_drafts_and_locks_change_nothing_public(client, admin_client, city):
    """Saving a draft or locking a page leaves the generation, and so every cached page, alone."""
    url = url_of(city)
    get_twice(client, url)
    generation = cache.get(GENERATION_KEY)
    city.title_en = "Chongqing (draft)"
    revision = city.save_revision()
    assert admin_client.post(f"{ADMIN}pages/{city.pk}/lock/").status_code == 302
    assert Page.objects.get(pk=city.pk).locked
    assert cache.get(GENERATION_KEY) == generation
    assert client.get(url)["X-Cache"] == "HIT"
    revision.publish()
    assert_refreshed(client, url, "Chongqing (draft)")


def test_a_generation_gone_back_is_never_used(client, city):
    """Redis restored from an older snapshot: its pages are still stored under the older generation."""
    url = url_of(city)
    get_twice(client, url)
    older = cache.get(GENERATION_KEY)
    city.title_en = "Chongqing after the snapshot"
    city.save_revision().publish()
    seen = cache.get(GENERATION_KEY)
    cache.set(GENERATION_KEY, older, timeout=None)
    assert_refreshed(client, url, "Chongqing after the snapshot")
    assert cache.get(GENERATION_KEY) > seen


def test_deleting_a_page_removes_it_at_once(client, story):
    url = url_of(story)
    get_twice(client, url)
    story.delete()
    assert client.get(url).status_code == 404


def test_a_snippet_change_refreshes_the_pages_showing_it(client, city, story):
    get_twice(client, url_of(city))
    Country.objects.filter(pk=city.country_id).update(name_en="Renamed country")  # no signal: still cached
    assert client.get(url_of(city))["X-Cache"] == "HIT"
    country = Country.objects.get(pk=city.country_id)
    country.name_en = "People's Republic of China"
    country.save()
    assert_refreshed(client, url_of(city), "People&#x27;s Republic of China")

    theme = story.themes.first()
    get_twice(client, url_of(story))
    theme.name_en = "A renamed theme"
    theme.save()
    assert_refreshed(client, url_of(story), "A renamed theme")
    Theme.objects.create(name="New theme", slug="new-theme")
    assert client.get(url_of(story))["X-Cache"] == "MISS"


def test_a_settings_change_refreshes_every_page(client):
    for url in ("/en/", "/zh-hans/contact/"):
        get_twice(client, url)
    site_settings = SiteSettings.objects.get()
    site_settings.email = "new-address@example.org"
    site_settings.save()
    for url in ("/en/", "/zh-hans/contact/"):
        assert_refreshed(client, url, "new-address@example.org")


def test_a_navigation_change_refreshes_every_page(client):
    """Settings → Navigation: a new main-menu item, then a footer link, show on every page at once."""
    for url in ("/en/", "/en/contact/"):
        get_twice(client, url)
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    navigation.main_menu = [("link", {"url": "https://example.org/", "label_en": "Partner network", "visible": True})]
    navigation.save()
    for url in ("/en/", "/en/contact/"):
        assert_refreshed(client, url, "Partner network")
    FooterLink.objects.create(navigation=navigation, url="https://example.org/privacy", label_en="Privacy notice")
    assert_refreshed(client, "/en/contact/", "Privacy notice")


@pytest.mark.parametrize("change", ["image", "redirect", "restriction"])
def test_images_redirects_and_restrictions_invalidate(client, change):
    get_twice(client, "/en/")
    if change == "image":
        get_image_model().objects.create(title="Photo", file=ImageFile(jpeg(64, 48), name="photo.jpg"))
    elif change == "redirect":
        Redirect.objects.create(old_path="/old-page", redirect_link="/en/")
    else:
        PageViewRestriction.objects.create(page=Page.objects.get(slug="contact"), restriction_type="login")
    assert client.get("/en/")["X-Cache"] == "MISS"


# Never cached --------------------------------------------------------------------------------------------


def test_signed_in_users_are_never_served_or_stored(client, admin_user):
    get_twice(client, "/en/")  # an anonymous copy is in the cache
    client.force_login(admin_user)
    for _ in range(2):
        response = client.get("/en/")
        assert response.status_code == 200
        assert "X-Cache" not in response
        assert response["Cache-Control"] == "private, no-store"


def test_an_anonymous_session_is_not_cached(client):
    """A password-restricted page shows a form with a CSRF token; once passed, the visitor has a session."""
    restricted = Page.objects.get(slug="contact")
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="secret")
    form = client.get("/en/contact/")
    assert form.status_code == 200 and "csrftoken" in form.cookies
    assert {"private", "no-store"} <= set(form["Cache-Control"].replace(" ", "").split(","))
    assert client.get("/en/contact/")["X-Cache"] == "MISS"  # the form was not stored


def test_previews_the_admin_and_posts_are_not_cached(client, admin_user):
    response = client.post("/en/", {"x": "1"})
    assert "X-Cache" not in response
    assert client.get("/en/")["X-Cache"] == "MISS"  # the POST stored nothing

    login = client.get(ADMIN + "login/")
    assert "X-Cache" not in login
    assert "private" in login["Cache-Control"] or "no-store" in login["Cache-Control"]

    client.force_login(admin_user)
    home = Page.objects.get(depth=2)
    for _ in range(2):
        preview = client.get(f"{ADMIN}pages/{home.pk}/edit/preview/?mode=en")
        assert preview.status_code == 200
        assert "X-Cache" not in preview
        assert "private" in preview["Cache-Control"] or "no-store" in preview["Cache-Control"]


def test_query_strings_too_long_are_served_but_not_stored(client):
    url = "/en/cities/?q=" + "x" * 600
    first, second = get_twice(client, url)
    assert first.status_code == 200 and "X-Cache" not in first and "X-Cache" not in second


# Headers per URL class -----------------------------------------------------------------------------------


def test_headers_per_url_class(client):
    root = client.get("/", headers={"accept-language": "zh-CN"})
    assert root.status_code == 302 and root["Cache-Control"] == "no-cache"
    assert "Accept-Language" in root["Vary"]
    assert "Accept-Language" not in client.get("/en/")["Vary"]

    alias = client.get("/zh/cities/")
    assert alias.status_code == 301 and alias["Cache-Control"] == "public, max-age=3600"

    missing = get_twice(client, "/en/no-such-page/")
    assert [response.status_code for response in missing] == [404, 404]
    assert missing[0]["Cache-Control"] == "no-cache"
    assert "X-Cache" not in missing[1] or missing[1]["X-Cache"] == "MISS"

    search = client.get("/en/search/?q=chongqing")
    if search.status_code != 404:
        assert search["Cache-Control"] == "private, no-cache"
        assert "X-Cache" not in search

    ping = client.get("/ping")
    assert ping.content == b"ok" and ping["Cache-Control"] == "no-store" and "X-Cache" not in ping


# Across processes ----------------------------------------------------------------------------------------


def redis_available():
    try:
        import redis

        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except Exception:
        return False


def wait_for(condition, seconds=5):
    """Poll for something another thread does (the generation listener), up to `seconds`."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


needs_redis = pytest.mark.skipif(not redis_available(), reason="needs Redis on 127.0.0.1:6379")


@pytest.fixture
def shared_redis():
    """Two cache clients on one Redis database stand for two server processes; the database emptied around."""
    backend = "iurc_site.performance.redis.RedisCache"  # production's: Django's, reusing its redis-py client
    shared = {alias: {"BACKEND": backend, "LOCATION": REDIS_URL} for alias in ("default", "other")}
    with override_settings(CACHES=shared):
        this, other = caches["default"], caches["other"]
        this.clear()
        notify.forget("default")  # a listener of an earlier test holds that test's generation
        try:
            yield this, other
        finally:
            this.clear()


@needs_redis
def test_invalidation_reaches_every_process_sharing_redis(client, shared_redis):
    """A change made through one client empties the other's pages."""
    this, other = shared_redis
    assert this._cache is not other._cache
    assert this._cache.get_client() is this._cache.get_client()
    before = read_generation()
    assert other.get(GENERATION_KEY) == before
    wait_for(lambda: notify.pushed_generation("default") == before)  # this process now listens
    assert get_twice(client, "/en/")[1]["X-Cache"] == "HIT"

    SiteSettings.objects.update(email="elsewhere@example.org")  # written by "another process" …
    bumped = other.incr(GENERATION_KEY)  # … whose invalidation goes through its own client
    notify.publish("other", bumped)
    wait_for(lambda: notify.pushed_generation("default") == bumped)
    assert_refreshed(client, "/en/", "elsewhere@example.org")

    city = CityPage.objects.get(slug="chongqing")
    city.title_en = "Chongqing (renamed)"
    city.save_revision().publish()  # through the signal, in this process
    assert other.get(GENERATION_KEY) > bumped
    assert notify.pushed_generation("default") == other.get(GENERATION_KEY)
    assert_refreshed(client, "/en/cities/chongqing/", "Chongqing (renamed)")


@needs_redis
def test_a_generation_gone_back_in_redis_is_passed(client, shared_redis, city):
    """Announced lower (a process that recreated the key) or set lower silently (a snapshot restored): every
    process moves above every generation seen, and pages refresh."""
    _this, other = shared_redis
    first = read_generation()
    wait_for(lambda: notify.pushed_generation("default") == first)
    other.set(GENERATION_KEY, first - 1000, timeout=None)
    notify.publish("other", first - 1000)
    wait_for(lambda: (notify.pushed_generation("default") or 0) > first)
    second = other.get(GENERATION_KEY)
    assert second > first and notify.pushed_generation("default") == second

    url = url_of(city)
    get_twice(client, url)
    other.set(GENERATION_KEY, first, timeout=None)
    city.title_en = "Chongqing, restored"
    city.save_revision().publish()
    assert other.get(GENERATION_KEY) > second
    # A publish advances the generation twice (at once and on commit); each announcement reaches the listener
    # thread asynchronously, so wait until it has heard the last one rather than racing it.
    wait_for(lambda: notify.pushed_generation("default") == other.get(GENERATION_KEY))
    assert_refreshed(client, url, "Chongqing, restored")


@needs_redis
def test_a_listener_silent_for_too_long_is_not_trusted(client, shared_redis, monkeypatch):
    """A half-open connection: nothing heard for 3 × CHECK_SECONDS, the generation is read per request."""
    _this, other = shared_redis
    generation = read_generation()
    wait_for(lambda: notify.pushed_generation("default") == generation)
    assert get_twice(client, "/en/")[1]["X-Cache"] == "HIT"
    SiteSettings.objects.update(email="unheard@example.org")
    other.incr(GENERATION_KEY)  # its announcement never arrives
    later = notify.clock() + 3 * notify.CHECK_SECONDS + 1
    monkeypatch.setattr(notify, "clock", lambda: later)
    assert notify.pushed_generation("default") is None
    assert_refreshed(client, "/en/", "unheard@example.org")


# Images ---------------------------------------------------------------------------------------------------


def jpeg(width, height):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (30, 90, 160)).save(buffer, "JPEG")
    buffer.seek(0)
    return buffer


def test_publishing_works_while_the_cache_is_down():
    """An unreachable cache must not stop an editor: the failed invalidation is logged, the page published."""
    down = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:9/0"}}
    city = CityPage.objects.get(slug="chongqing")
    city.title_en = "Chongqing, cache down"
    with override_settings(CACHES=down):
        city.save_revision().publish()
    assert CityPage.objects.get(slug="chongqing").title_en == "Chongqing, cache down"
