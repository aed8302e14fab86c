"""What the page editor shows: language names, bordered title inputs, the right icon beside "Publish without
Chinese", the coordinate picker (paste and map click) and the language actions apart from "Copy"."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Page

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ADMIN = "/" + settings.WAGTAIL_ADMIN_PATH
PASSWORD = "editor-screen-password-1"


@pytest.fixture(scope="module")
def account(django_db_blocker):
    with django_db_blocker.unblock():
        user = get_user_model().objects.create_superuser("screen-editor", "screen@example.org", PASSWORD)
        city = Page.objects.get(slug="bologna")
    yield city
    with django_db_blocker.unblock():
        user.delete()


@pytest.fixture
def editor(site_server, chromium, account, db):
    """Bologna's page editor, signed in (requests to the live server need the test's database)."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site_server.url + ADMIN + "login/")
    page.fill("input[name=username]", "screen-editor")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(site_server.url + ADMIN)
    page.goto(f"{site_server.url}{ADMIN}pages/{account.pk}/edit/", wait_until="networkidle")
    yield page
    context.close()


def test_languages_are_named_and_both_title_inputs_have_a_border(editor):
    labels = editor.locator(".w-panel__heading label").all_inner_texts()
    assert "Title [English]" in " ".join(labels) and "Title [简体中文]" in " ".join(labels)
    assert not any("[zh-hans]" in label or "[en]" in label for label in labels)
    assert editor.locator("button.locale-toggle").all_inner_texts() == ["English", "简体中文"]
    for field in ("#id_title_en", "#id_title_zh_hans"):
        color = editor.eval_on_selector(field, "input => getComputedStyle(input).borderTopColor")
        assert color not in ("rgba(0, 0, 0, 0)", "transparent"), field
    # Hiding and showing a language still works with names in place of codes.
    editor.get_by_role("button", name="简体中文").click()
    assert not editor.locator("#id_title_zh_hans").is_visible()
    editor.get_by_role("button", name="简体中文").click()
    assert editor.locator("#id_title_zh_hans").is_visible()


def test_publish_without_chinese_has_no_ticked_box_icon(editor):
    icon = editor.locator("#panel-child-content-publish_without_chinese-section .w-panel__toggle use")
    assert icon.get_attribute("href") == "#icon-globe"


def test_coordinates_from_pasted_text_and_from_a_click_on_the_map(editor):
    editor.fill(".iurc-picker__paste", "38.72225, -9.13934")
    assert (editor.input_value("#id_latitude"), editor.input_value("#id_longitude")) == ("38.72225", "-9.13934")
    marker = editor.locator(".iurc-picker__marker")
    assert float(marker.get_attribute("cx")) > 0 and float(marker.get_attribute("cy")) > 0

    editor.fill(".iurc-picker__paste", "Bologna")
    assert "latitude then longitude" in editor.locator(".iurc-picker__message").inner_text()
    assert editor.input_value("#id_latitude") == "38.72225"  # an unreadable paste changes nothing

    # Click where Chongqing (29.56, 106.55) is drawn: the fields get its coordinates, to map precision.
    editor.locator(".iurc-picker__map").scroll_into_view_if_needed()
    point = editor.evaluate(
        """() => {
            const svg = document.querySelector(".iurc-picker__map");
            const marker = svg.querySelector(".iurc-picker__marker");
            document.getElementById("id_latitude").value = "29.56";
            document.getElementById("id_longitude").value = "106.55";
            document.getElementById("id_latitude").dispatchEvent(new Event("input"));
            const box = marker.getBoundingClientRect();
            return {x: box.x + box.width / 2, y: box.y + box.height / 2};
        }"""
    )
    editor.evaluate(
        """() => ["id_latitude", "id_longitude"].forEach((id) => { document.getElementById(id).value = "0"; })"""
    )
    editor.mouse.click(point["x"], point["y"])
    assert abs(float(editor.input_value("#id_latitude")) - 29.56) < 0.5
    assert abs(float(editor.input_value("#id_longitude")) - 106.55) < 0.5


def test_language_actions_are_a_group_apart_from_copy(editor):
    editor.get_by_role("button", name="Actions").first.click()
    items = editor.locator("[data-iurc-language-actions]")
    assert items.all_inner_texts() == ["Translation status", "Copy text between languages"]
    first = items.first
    assert first.get_attribute("data-iurc-language-actions") == "first"
    assert first.evaluate("a => getComputedStyle(a).borderTopStyle") == "solid"
    editor.keyboard.press("Escape")
