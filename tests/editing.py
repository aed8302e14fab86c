"""Helpers for tests that edit through the Wagtail admin's own forms: read the form the admin renders, change
fields, post it back with the button an editor would press."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from iurc_site.core.i18n import language_codes, localized_field
from iurc_site.core.translation_status import translated_fields

ACTIONS = {"draft": {}, "publish": {"action-publish": "action-publish"}, "submit": {"action-submit": "1"}}


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "a-long-test-password-1")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def paragraph(html):
    return ("paragraph", rich_text(html))


def heading(text):
    return ("heading", {"text": text, "level": "h2"})


def stream_data(model, streams):
    """Form data for every translated StreamField of `model`: `streams` maps e.g. "body_zh_hans" to blocks."""
    data = {}
    for name in translated_fields(model):
        if isinstance(model._meta.get_field(name), StreamField):
            for code in language_codes():
                field = localized_field(name, code)
                data[field] = streamfield(streams.get(field, []))
    return nested_form_data(data)


def form_data(client, url, model, changes=None, streams=None, form_id="page-edit-form"):
    """The admin form at `url` as the browser would submit it, with `changes` and StreamField blocks applied.

    StreamFields are drawn by JavaScript, so their current content is not in the HTML: they are posted as given
    in `streams` (empty when not given).
    """
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    data = querydict_from_html(response.content.decode(), form_id=form_id)
    for key, value in (changes or {}).items():
        if isinstance(value, list):
            data.setlist(key, [str(item) for item in value])
        elif value is None:
            data.pop(key, None)
        else:
            data[key] = str(value)
    if model is not None:
        for key, value in stream_data(model, streams or {}).items():
            data[key] = value
    return data


def edit_page(client, page, changes=None, streams=None, action="draft"):
    """Post the page's edit form with `changes`, pressing "Save draft", "Publish" or "Submit for moderation"."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = form_data(client, url, type(page), changes, streams)
    data.update(ACTIONS[action])
    return client.post(url, data)


def add_page(client, parent, model, changes, streams=None, action="draft"):
    url = reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])
    data = form_data(client, url, model, changes, streams)
    data.update(ACTIONS[action])
    return client.post(url, data)


def form_errors(response):
    """{field name: [messages]} of the admin form in `response` (an invalid form is shown again with status 200)."""
    context = response.context
    form = context["form"] if context and "form" in context else None
    return {name: [str(message) for message in messages] for name, messages in (form.errors if form else {}).items()}
