"""The page form answers a post that lacks a StreamField's data with an error on that field, keeping the body."""

import pytest
from django.urls import reverse

from iurc_site.core.factories import ProgrammePageFactory
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
