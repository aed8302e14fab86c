"""Two editors open one page in the Wagtail admin. What Wagtail 8 offers, exercised through its HTTP forms:
- the editing-session ping tells the second editor that the first saved a newer version, and the page editor
  then asks before saving ("Proceeding will overwrite the changes made by …");
- a stale background save (autosave) is refused ("Saving will overwrite a newer version");
- a save confirmed anyway keeps the first editor's work as a revision that can be restored.
"""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

ADMIN = "/" + settings.WAGTAIL_ADMIN_PATH


def editor(name):
    user = get_user_model().objects.create_superuser(name, f"{name}@example.org", "pw-" + name * 3)
    user.first_name = name.capitalize()
    user.save()
    client = Client()
    client.force_login(user)
    return client


def open_editor(client, page):
    """GET the edit view; return the edit form's fields as the browser would submit them and the ping form."""
    response = client.get(f"{ADMIN}pages/{page.id}/edit/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return form_fields(soup.find("form", id="page-edit-form")), soup.find("form", class_="w-editing-sessions")


def form_fields(form):
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button", "file"):
            continue
        if field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.name == "textarea":
            data[name] = field.text.lstrip("\n")
        elif field.name == "select":
            data[name] = [option.get("value", "") for option in field.find_all("option") if option.has_attr("selected")]
        else:
            data[name] = field.get("value", "")
    return data


def ping(client, session_form):
    data = form_fields(session_form)
    return client.post(session_form["data-w-swap-src-value"], data).json()


@pytest.mark.django_db
def test_second_editor_is_warned_stale_autosave_refused_and_nothing_lost(city_directory):
    page = city_directory
    original_title = page.title_en
    revisions_before = page.revisions.count()
    ana, bo = editor("ana"), editor("bo")
    ana_form, _ = open_editor(ana, page)
    bo_form, bo_session = open_editor(bo, page)
    assert ana_form["loaded_revision_id"] == bo_form["loaded_revision_id"]
    assert "saved a new version" not in ping(bo, bo_session)["html"]

    # Ana saves first.
    ana_form["title_en"] = "Case cities (edited by Ana)"
    response = ana.post(f"{ADMIN}pages/{page.id}/edit/", ana_form)
    assert response.status_code == 302
    page.refresh_from_db()
    ana_revision = page.latest_revision
    assert ana_revision.as_object().title_en == "Case cities (edited by Ana)"

    # Bo's editor learns about it on its next ping, with the text of the confirmation it will show on save.
    html = ping(bo, bo_session)["html"]
    assert "Ana saved a new version" in html
    assert "Proceeding will overwrite the changes made by Ana" in html

    # Bo's stale background save is refused and changes nothing.
    bo_form["title_en"] = "Case cities (edited by Bo)"
    response = bo.post(f"{ADMIN}pages/{page.id}/edit/", bo_form, HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert response.json()["error_code"] == "invalid_revision"
    assert "Saving will overwrite a newer version" in response.json()["error_message"]
    page.refresh_from_db()
    assert page.latest_revision_id == ana_revision.id

    # Bo confirms and saves anyway: Ana's work is still there as a revision, and restoring it works.
    response = bo.post(f"{ADMIN}pages/{page.id}/edit/", bo_form)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.latest_revision.as_object().title_en == "Case cities (edited by Bo)"
    assert page.revisions.count() == revisions_before + 2
    history = bo.get(f"{ADMIN}pages/{page.id}/history/").content.decode()
    assert "Ana" in history
    revert = bo.get(f"{ADMIN}pages/{page.id}/revisions/{ana_revision.id}/revert/")
    assert revert.status_code == 200
    assert "Case cities (edited by Ana)" in revert.content.decode()
    assert page.title_en == original_title  # drafts only: the live page did not change behind anyone's back
