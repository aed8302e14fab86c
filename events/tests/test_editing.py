"""Editors add events through the admin: times typed in the event's own zone, field errors for what is wrong."""

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from events.models import EventPage
from tests.editing import add_page, form_data, form_errors, user_in
from tests.pages import soup

pytestmark = pytest.mark.django_db

VALID = {
    "title_en": "Working session Chongqing–Mannheim",
    "title_zh_hans": "重庆–曼海姆工作会议",
    "slug": "working-session",
    "start": "2026-03-05 09:30",
    "end": "2026-03-05 12:00",
    "time_zone": "Europe/Rome",
    "place_en": "Palazzo Re Enzo, Bologna",
}


@pytest.fixture
def moderator(client):
    client.force_login(user_in("Moderators", "mod"))
    return client


def test_times_are_read_in_the_events_zone_and_stored_aware(moderator, index):
    response = add_page(moderator, index, EventPage, VALID, action="publish")
    assert response.status_code == 302, form_errors(response)
    event = EventPage.objects.get(slug="working-session")
    assert event.start == datetime(2026, 3, 5, 9, 30, tzinfo=ZoneInfo("Europe/Rome"))
    assert event.end == datetime(2026, 3, 5, 11, 0, tzinfo=ZoneInfo("UTC"))
    assert event.live and event.time_zone == "Europe/Rome"
    # The editor shows them again as typed, in the event's zone.
    form = moderator.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert 'value="2026-03-05 09:30"' in form and 'value="2026-03-05 12:00"' in form


@pytest.mark.parametrize(
    "changes, field, words",
    [
        ({"end": "2026-03-05 08:00"}, "end", "cannot end before it starts"),
        ({"place_en": "", "online_url": ""}, "place_en", "place or an online link"),
        ({"place_en": "", "online_url": ""}, "online_url", "place or an online link"),
        ({"online_url": "not a link"}, "online_url", "valid URL"),
        ({"time_zone": "Mars/Olympus_Mons"}, "time_zone", "valid choice"),
        ({"time_zone": "localtime"}, "time_zone", "valid choice"),
        ({"start": "5 March"}, "start", "valid date"),
        ({"slug": "calendar"}, "slug", "belongs to the site itself"),
        ({"slug": "archive"}, "slug", "belongs to the site itself"),
    ],
)
def test_invalid_input_is_a_field_error_not_a_crash(moderator, index, changes, field, words):
    response = add_page(moderator, index, EventPage, {**VALID, **changes}, action="publish")
    assert response.status_code == 200
    errors = form_errors(response)
    assert any(words in message for message in errors.get(field, [])), errors
    assert not EventPage.objects.filter(slug=VALID["slug"]).exists()


def test_an_online_event_needs_no_place(moderator, index):
    changes = {**VALID, "place_en": "", "online_url": "https://example.org/webinar"}
    response = add_page(moderator, index, EventPage, changes, action="publish")
    assert response.status_code == 302, form_errors(response)


def test_an_editor_submits_for_moderation_and_schedules_like_any_page(client, index):
    client.force_login(user_in("Editors", "ed"))
    response = add_page(client, index, EventPage, VALID, action="submit")
    assert response.status_code == 302, form_errors(response)
    event = EventPage.objects.get(slug="working-session")
    assert not event.live and event.current_workflow_state.status == "in_progress"


def test_preview_in_each_language_with_the_typed_times(admin_client, make_event):
    event = make_event(days=5)
    edit_url = reverse("wagtailadmin_pages:edit", args=[event.pk])
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[event.pk])
    changes = {**VALID, "slug": event.slug, "title_zh_hans": "工作会议（草稿）", "start": "2026-03-05 14:00"}
    data = form_data(admin_client, edit_url, EventPage, {**changes, "end": "2026-03-05 16:00"})
    assert json.loads(admin_client.post(preview_url, data).content)["is_valid"]
    chinese = soup(admin_client.get(preview_url, {"mode": "zh-hans"}))
    assert chinese.html["lang"] == "zh-Hans" and chinese.h1.get_text(strip=True) == "工作会议（草稿）"
    assert chinese.select_one(".event-time--own").get_text() == "2026年3月5日 14:00–16:00（罗马时间）"
    english = soup(admin_client.get(preview_url, {"mode": "en"}))
    assert english.h1.get_text(strip=True) == VALID["title_en"]
    index_url = reverse("wagtailadmin_pages:preview_on_edit", args=[event.get_parent().pk])
    index_edit = reverse("wagtailadmin_pages:edit", args=[event.get_parent().pk])
    assert json.loads(admin_client.post(index_url, form_data(admin_client, index_edit, None)).content)["is_valid"]
    index = soup(admin_client.get(index_url, {"mode": "zh-hans"}))
    assert index.html["lang"] == "zh-Hans" and index.select(".event-card")  # the index route, with its events
