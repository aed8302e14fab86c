"""Purges after content changes, as a Varnish in front receives them: a real HTTP server records each request."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import wagtail_factories
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction, Site

from iurc_site.core.factories import AchievementsPageFactory, ProgrammePageFactory, published
from iurc_site.core.models import Country, ProgrammePage, SiteSettings
from tests.pages import path_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site")]
VARNISH = "iurc_site.delivery.frontend_cache.VarnishBackend"


class Recorder(BaseHTTPRequestHandler):
    def handle_purge(self):
        self.server.received.append((self.command, self.path, self.headers["Host"]))
        self.send_response(200)
        self.end_headers()

    do_PURGE = do_BAN = handle_purge

    def log_message(self, *args):
        pass


@pytest.fixture
def site(pair, home):
    """The `pair` (Chongqing, Mannheim, their story) and the pages that list cities or are sections of their own."""
    published(AchievementsPageFactory(parent=home, slug="achievements"))
    published(ProgrammePageFactory(parent=home, slug="background"))
    published(ProgrammePageFactory(parent=home, slug="support"))
    return pair


@pytest.fixture
def front_cache(settings):
    """A recording stand-in for Varnish at VARNISH_URL; yields the list of (method, path, Host) it received."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    server.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": VARNISH, "LOCATION": f"http://127.0.0.1:{server.server_port}"}
    }
    yield server.received
    server.shutdown()
    server.server_close()


def host():
    site = Site.objects.get(is_default_site=True)
    return site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"


def paths(received, method="PURGE"):
    assert {request_host for _method, _path, request_host in received} <= {host()}
    return {path for request_method, path, _host in received if request_method == method}


def both_languages(path):
    return {f"/en{path}", f"/zh-hans{path}"}


def publish(page):
    page.save_revision().publish()


def test_a_city_publish_purges_it_in_both_languages_and_every_page_showing_it(
    front_cache, django_capture_on_commit_callbacks, site
):
    city = site.chongqing
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        city.title_en = "Chongqing (renamed)"
        publish(city)
        assert front_cache == []  # nothing before the commit
    assert callbacks
    purged = paths(front_cache)
    for page_path in ["/cities/chongqing/", "/cities/", "/", "/achievements/", "/cooperation/"]:
        assert both_languages(page_path) <= purged, page_path
    assert both_languages("/cooperation/chongqing-mannheim/") <= purged  # its stories name it
    assert both_languages("/cities/mannheim/") <= purged  # its partners list it
    machine = {f"/c/{city.pk}/", f"/embed/c/{city.pk}/", "/api/v2/cities/", f"/api/v2/cities/{city.pk}/"}
    assert machine | {"/sitemap.xml", "/api/v2/pages/", f"/api/v2/pages/{city.pk}/"} <= purged
    assert paths(front_cache, "BAN") == set()


def test_a_story_unpublish_purges_it_its_cities_the_feed_and_the_index(
    front_cache, django_capture_on_commit_callbacks, site
):
    story = site.story
    with django_capture_on_commit_callbacks(execute=True):
        story.unpublish()
    purged = paths(front_cache)
    assert both_languages("/cooperation/chongqing-mannheim/") <= purged
    assert both_languages("/cities/chongqing/") | both_languages("/cities/mannheim/") <= purged
    assert both_languages("/cooperation/") | both_languages("/cooperation/feed/") <= purged
    assert {f"/embed/s/{story.pk}/", f"/api/v2/stories/{story.pk}/", "/api/v2/stories/"} <= purged


def test_a_delete_purges_the_page_and_its_listings(front_cache, django_capture_on_commit_callbacks, site):
    with django_capture_on_commit_callbacks(execute=True):
        site.mannheim.delete()
    purged = paths(front_cache)
    assert both_languages("/cities/mannheim/") | both_languages("/cities/") | both_languages("/") <= purged


def test_a_move_purges_the_old_and_the_new_addresses(front_cache, django_capture_on_commit_callbacks):
    parent, page = ProgrammePage.objects.get(slug="background"), ProgrammePage.objects.get(slug="support")
    page.show_in_menus = False
    page.save()
    child = page.add_child(instance=ProgrammePage(title="Moving page", slug="moving-page", title_zh_hans="移动"))
    old = path_of(child)
    with django_capture_on_commit_callbacks(execute=True):
        child.move(parent, pos="last-child")
    child.refresh_from_db()
    new = path_of(child)
    assert (old, new) == ("/support/moving-page/", "/background/moving-page/")
    assert both_languages(old) | both_languages(new) <= paths(front_cache)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda: Country.objects.first().save(), id="snippet"),
        pytest.param(lambda: SiteSettings.for_site(Site.objects.get(is_default_site=True)).save(), id="settings"),
        pytest.param(lambda: wagtail_factories.ImageFactory(), id="image"),
        pytest.param(lambda: get_document_model().objects.create(title="Report"), id="document"),
        pytest.param(
            lambda: ProgrammePage.objects.live().filter(depth=3).first().save_revision().publish(), id="section"
        ),
        pytest.param(lambda: restrict(Page.objects.get(slug="chongqing")), id="view restriction"),
    ],
)
def test_a_change_shown_on_every_page_bans_the_whole_site(front_cache, django_capture_on_commit_callbacks, change):
    with django_capture_on_commit_callbacks(execute=True):
        change()
        assert front_cache == []
    assert paths(front_cache, "BAN") == {"/"}


def restrict(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def test_lifting_a_view_restriction_bans_the_whole_site(front_cache, django_capture_on_commit_callbacks):
    restriction = restrict(Page.objects.get(slug="chongqing"))
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert paths(front_cache, "BAN") == {"/"}


def test_drafts_and_locks_purge_nothing(front_cache, django_capture_on_commit_callbacks, admin_user, site):
    city = site.chongqing
    with django_capture_on_commit_callbacks(execute=True):
        city.title_en = "A draft title"
        city.save_revision(user=admin_user)
        city.locked, city.locked_by = True, admin_user
        city.save(update_fields=["locked", "locked_at", "locked_by"])
    assert front_cache == []


def test_without_a_ban_every_public_url_of_the_site_is_purged(
    settings, front_cache, django_capture_on_commit_callbacks, site
):
    """A CDN backend (no ban): a site-wide change purges every live page in both languages and its machine URLs."""
    location = settings.WAGTAILFRONTENDCACHE["varnish"]["LOCATION"]
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": location}
    }
    with django_capture_on_commit_callbacks(execute=True):
        Country.objects.first().save()
    purged = paths(front_cache)
    city = site.chongqing
    live = Page.objects.live().filter(depth__gt=1)
    assert live.count() == 9  # home, achievements, background, support, the two indexes, the pair
    for page in live:
        assert both_languages(path_of(page)) <= purged, page.url_path
    assert {f"/embed/c/{city.pk}/", "/sitemap.xml", "/api/v2/cities/"} <= purged
