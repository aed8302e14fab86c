"""The admin forms answer a post that lacks a StreamField's data with an error on that field and keep its value."""

import pytest
from django.urls import reverse

from iurc_site.core.factories import ProgrammePageFactory
from iurc_site.core.models import NavigationSettings
from tests.editing import form_data, form_errors

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home):
    page = ProgrammePageFactory(
        parent=home, body_en=[("paragraph", "<p>Kept in English.</p>")], body_zh_hans=[("paragraph", "<p>保留。</p>")]
    )
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("action", [{}, {"action-publish": "action-publish"}])
def test_a_missing_stream_is_an_error_on_its_field_and_loses_nothing(admin_client, page, action):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = form_data(admin_client, url, model=None, changes={"title_en": "Changed"})
    data.update(action)
    assert not any(key.startswith("body_en-") for key in data)  # as a hand-made or truncated post would be

    response = admin_client.post(url, data)

    assert response.status_code == 200
    errors = form_errors(response)
    assert "body_en" in errors and "body_zh_hans" in errors, errors
    assert "did not arrive with the form" in response.content.decode()
    page.refresh_from_db()
    assert page.title_en != "Changed"
    assert "Kept in English." in str(page.body_en) and "保留。" in str(page.body_zh_hans)
    assert page.get_latest_revision().as_object().title_en != "Changed"


def test_settings_without_a_menu_in_the_post_are_refused_on_the_field_and_kept(admin_client, home):
    site = home.get_site()
    navigation = NavigationSettings.for_site(site)
    navigation.footer_menu = [("link", {"url": "https://example.org/", "label_en": "Kept", "visible": True})]
    navigation.save()
    url = reverse("wagtailsettings:edit", args=["core", "navigationsettings", site.pk])

    response = admin_client.post(url, {})

    assert response.status_code == 200
    errors = form_errors(response)
    assert set(errors) >= {"main_menu", "footer_menu"}, errors
    navigation.refresh_from_db()
    assert navigation.footer_menu[0].value["label_en"] == "Kept"


@pytest.fixture
def sections(home):
    """A news section and an events section, at the addresses the site's feed and calendar routes use."""
    from events.factories import EventIndexPageFactory
    from news.models import NewsIndexPage

    news = home.add_child(instance=NewsIndexPage(title="News", title_zh_hans="新闻", slug="news"))
    events = EventIndexPageFactory(parent=home)
    return {"home": home, "news": news, "events": events}


@pytest.mark.parametrize(
    ("section", "model", "slug", "address"),
    [
        ("home", "core.ProgrammePage", "search", "/en/search/"),
        ("news", "news.NewsArticlePage", "feed", "/en/news/feed/"),
        ("events", "events.EventPage", "calendar", "/en/events/calendar/"),
        ("events", "events.EventPage", "archive", "/en/events/archive/"),
    ],
)
def test_a_slug_whose_address_a_route_answers_is_refused_on_the_field(
    admin_client, sections, section, model, slug, address
):
    from django.apps import apps

    parent = sections[section]
    url = reverse("wagtailadmin_pages:add", args=[*model.lower().split("."), parent.pk])
    data = form_data(admin_client, url, apps.get_model(model), {"title_en": "A page", "slug": slug})

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert any(address in message for message in form_errors(response).get("slug", [])), form_errors(response)
    assert not parent.get_children().filter(slug=slug).exists()
