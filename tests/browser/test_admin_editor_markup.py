"""iurc_site/core/static/core/admin/editors.js is the one script that reads Wagtail's admin markup (its panels,
headings, StreamField containers, the edit form). Signed in, in a city's page editor, each of those readings still
has its effect, so a Wagtail upgrade that renames the markup fails here. (Its coordinate picker and the language
buttons, which read our own markup and wagtail-modeltranslation's, are tested in test_admin_editor_screen.py.)"""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Page

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ADMIN = "/" + settings.WAGTAIL_ADMIN_PATH
PASSWORD = "markup-editor-password-1"


@pytest.fixture(scope="module")
def city(django_db_blocker):
    with django_db_blocker.unblock():
        user = get_user_model().objects.create_superuser("markup-editor", "markup@example.org", PASSWORD)
        city = Page.objects.filter(content_type__model="citypage").live().first()
    yield city
    with django_db_blocker.unblock():
        user.delete()


@pytest.fixture
def signed_in(site_server, chromium, city, db):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(site_server.url + ADMIN + "login/")
    page.fill("input[name=username]", "markup-editor")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(site_server.url + ADMIN)
    yield page
    context.close()


def open_editor(page, base, city):
    page.goto(f"{base}{ADMIN}pages/{city.pk}/edit/", wait_until="networkidle")


def test_each_translated_panel_is_marked_with_its_language(signed_in, site_server, city):
    open_editor(signed_in, site_server.url, city)
    marked = signed_in.evaluate(
        """() => Object.fromEntries(["en", "zh-hans"].map((code) => [code, Array.from(
            document.querySelectorAll(`section.iurc-lang--${code}`), (panel) => panel.id)]))"""
    )
    for code, suffix in (("en", "en"), ("zh-hans", "zh_hans")):
        assert f"panel-child-content-title_{suffix}-section" in marked[code]
        assert f"panel-child-content-summary_{suffix}-section" in marked[code]
        assert f"panel-child-content-body_{suffix}-section" in marked[code]
    assert not set(marked["en"]) & set(marked["zh-hans"])
    # The mark is visible: the two languages' panels are told apart by their style.
    colors = {
        code: signed_in.eval_on_selector(
            f"#panel-child-content-title_{suffix}-section", "panel => getComputedStyle(panel).borderLeftColor"
        )
        for code, suffix in (("en", "en"), ("zh-hans", "zh_hans"))
    }
    assert colors["en"] != colors["zh-hans"]


def test_each_stream_field_links_to_copying_the_other_language_into_it(signed_in, site_server, city):
    open_editor(signed_in, site_server.url, city)
    links = signed_in.locator(".iurc-copy-link")
    hrefs = {
        link.evaluate("a => a.closest('section.w-panel').id"): (link.get_attribute("href"), link.inner_text())
        for link in links.all()
    }
    copy_url = f"{ADMIN}pages/{city.pk}/copy-language/"
    assert hrefs == {
        "panel-child-content-body_en-section": (
            f"{copy_url}?direction=zh-hans:en&fields=body",
            "Copy the Chinese blocks here…",
        ),
        "panel-child-content-body_zh_hans-section": (
            f"{copy_url}?direction=en:zh-hans&fields=body",
            "Copy the English blocks here…",
        ),
    }
    signed_in.locator("#panel-child-content-body_zh_hans-section .iurc-copy-link").click()
    signed_in.wait_for_url(f"**{copy_url}?direction=en:zh-hans&fields=body")
    assert signed_in.locator("input[name=direction][value='en:zh-hans']").is_checked()
    assert signed_in.locator("input[name=fields][value=body]").is_checked()
