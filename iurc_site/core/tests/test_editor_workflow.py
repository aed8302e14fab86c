"""Roles and moderation: Editors submit, Moderators approve and publish; scheduled publishing; history, compare
and restore of translated fields; redirects on slug change and move under both language prefixes."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageLogEntry

from cities.factories import CityPageFactory
from cities.models import CityPage
from iurc_site.core.factories import ProgrammePageFactory, country, published
from tests.editing import edit_page, form_errors, user_in
from tests.pages import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("bologna")]


@pytest.fixture
def bologna(city_directory):
    """The city the editors work on: Bologna, 博洛尼亚, published."""
    city = CityPageFactory(
        parent=city_directory, slug="bologna", title="Bologna", title_zh_hans="博洛尼亚", country=country("IT")
    )
    return published(city)


@pytest.fixture
def editor(client):
    client.force_login(user_in("Editors", "editor"))
    return client


@pytest.fixture
def moderator():
    from django.test import Client

    client = Client()
    client.force_login(user_in("Moderators", "moderator"))
    return client


def approve(client, page):
    page = Page.objects.get(pk=page.pk)
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": "Checked both languages."})


def test_the_three_groups_and_the_moderation_workflow_exist():
    from django.contrib.auth.models import Group
    from wagtail.models import WorkflowPage

    assert {"Editors", "Moderators", "Administrators"} <= set(Group.objects.values_list("name", flat=True))
    workflow = WorkflowPage.objects.get(page__depth=1).workflow
    assert workflow.active
    tasks = [task.specific for task in workflow.tasks]
    assert any(Group.objects.get(name="Moderators") in task.groups.all() for task in tasks)
    home = Page.objects.get(depth=2)
    assert home.get_workflow() == workflow  # the whole site is moderated


def test_editor_cannot_publish(editor, client):
    city = CityPage.objects.get(slug="bologna")
    editor_view = soup(editor.get(reverse("wagtailadmin_pages:edit", args=[city.pk])))
    assert editor_view.select_one("[name=action-publish]") is None
    assert editor_view.select_one("[name=action-submit]") is not None

    response = edit_page(editor, city, {"title_en": "Bologna, Emilia-Romagna"}, action="publish")
    assert response.status_code == 302, form_errors(response)
    city.refresh_from_db()
    assert city.title_en == "Bologna" and city.has_unpublished_changes  # saved as a draft, not published
    assert soup(client.get("/en/cities/bologna/")).h1.get_text(strip=True) == "Bologna"
    assert editor.post(reverse("wagtailadmin_pages:unpublish", args=[city.pk])).status_code in (302, 403)
    assert CityPage.objects.get(pk=city.pk).live


def test_editor_submits_and_moderator_approves(editor, moderator):
    city = CityPage.objects.get(slug="bologna")
    response = edit_page(editor, city, {"title_en": "Bologna, Emilia-Romagna"}, action="submit")
    assert response.status_code == 302, form_errors(response)
    city.refresh_from_db()
    assert city.title_en == "Bologna"
    assert city.current_workflow_state.status == "in_progress"

    dashboard = moderator.get(reverse("wagtailadmin_home")).content.decode()
    assert "Bologna, Emilia-Romagna" in dashboard  # "Awaiting your review"
    response = approve(moderator, city)
    assert response.status_code == 302
    city.refresh_from_db()
    assert city.title_en == "Bologna, Emilia-Romagna" and city.live and not city.has_unpublished_changes
    assert PageLogEntry.objects.filter(page=city, action="wagtail.publish").exists()


def test_editor_cannot_approve_their_own_submission(editor):
    city = CityPage.objects.get(slug="bologna")
    assert edit_page(editor, city, {"title_en": "Bologna!"}, action="submit").status_code == 302
    approve(editor, city)
    assert CityPage.objects.get(pk=city.pk).title_en == "Bologna"


def test_moderator_publishes_and_unpublishes(moderator):
    city = CityPage.objects.get(slug="bologna")
    response = edit_page(moderator, city, {"title_en": "Bologna, Italy"}, action="publish")
    assert response.status_code == 302, form_errors(response)
    assert CityPage.objects.get(pk=city.pk).title_en == "Bologna, Italy"
    assert moderator.post(reverse("wagtailadmin_pages:unpublish", args=[city.pk])).status_code == 302
    assert not CityPage.objects.get(pk=city.pk).live


def test_site_settings_are_for_moderators_not_editors(editor, moderator):
    site = Page.objects.get(depth=2).sites_rooted_here.get()
    url = reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk])
    assert editor.get(url).status_code in (302, 403)
    assert moderator.get(url).status_code == 200


def test_scheduled_publishing_and_expiry_with_publish_scheduled(moderator, client):
    city = CityPage.objects.get(slug="bologna")
    go_live = (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    response = edit_page(moderator, city, {"title_zh_hans": "博洛尼亚市", "go_live_at": go_live}, action="publish")
    assert response.status_code == 302, form_errors(response)
    revision = CityPage.objects.get(pk=city.pk).revisions.get(approved_go_live_at__isnull=False)
    assert soup(client.get("/zh-hans/cities/bologna/")).h1.get_text(strip=True) == "博洛尼亚"  # not yet

    past = timezone.now() - timedelta(minutes=1)  # as if two days had gone by
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled")
    assert soup(client.get("/zh-hans/cities/bologna/")).h1.get_text(strip=True) == "博洛尼亚市"

    CityPage.objects.filter(pk=city.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    call_command("publish_scheduled")
    assert client.get("/zh-hans/cities/bologna/").status_code == 404
    assert CityPage.objects.get(pk=city.pk).expired


def test_history_compare_and_restore_show_translated_fields(moderator):
    city = CityPage.objects.get(slug="bologna")
    first = city.latest_revision
    changes = {"title_zh_hans": "博洛尼亚市", "summary_zh_hans": "新的中文摘要。"}
    assert edit_page(moderator, city, changes, action="publish").status_code == 302
    city.refresh_from_db()
    second = city.latest_revision

    compare = moderator.get(reverse("wagtailadmin_pages:revisions_compare", args=[city.pk, first.pk, second.pk]))
    text = soup(compare).get_text(" ", strip=True)
    assert "Title [简体中文]" in text and "博洛尼亚市" in text and "新的中文摘要。" in text

    history = soup(moderator.get(reverse("wagtailadmin_pages:history", args=[city.pk]))).get_text(" ", strip=True)
    assert "moderator" in history and "Published" in history

    restore = soup(moderator.get(reverse("wagtailadmin_pages:revisions_revert", args=[city.pk, first.pk])))
    assert restore.select_one("input[name=title_zh_hans]")["value"] == "博洛尼亚"


class TestRedirects:
    def assert_redirects(self, client, old, new):
        for language in ("en", "zh-hans"):
            response = client.get(f"/{language}{old}")
            assert response.status_code == 301, (language, old)
            assert response["Location"] == f"/{language}{new}"
            assert client.get(response["Location"]).status_code == 200

    def test_slug_change_redirects_both_languages(self, admin_client, client, django_capture_on_commit_callbacks):
        city = CityPage.objects.get(slug="bologna")
        with django_capture_on_commit_callbacks(execute=True):  # Wagtail signals a slug change on commit
            response = edit_page(admin_client, city, {"slug": "bologna-italy"}, action="publish")
        assert response.status_code == 302, form_errors(response)
        self.assert_redirects(client, "/cities/bologna/", "/cities/bologna-italy/")
        redirect = Redirect.objects.get(redirect_page=city)
        assert redirect.automatically_created and redirect.is_permanent
        listing = admin_client.get(reverse("wagtailredirects:index")).content.decode()
        assert redirect.old_path in listing

    @pytest.mark.parametrize("stored", ["/zh-hans/cities/bologna-old/", "/cities/bologna-old/"])
    def test_a_redirect_stored_under_one_prefix_or_none_serves_both_languages(self, client, stored):
        """A Chinese-language admin stores auto-created redirects under /zh-hans/; editors may type either form."""
        Redirect.add_redirect(stored, CityPage.objects.get(slug="bologna"), is_permanent=True)
        self.assert_redirects(client, "/cities/bologna-old/", "/cities/bologna/")

    def test_moving_a_page_redirects_both_languages(self, admin_client, client, home):
        support = published(ProgrammePageFactory(parent=home, slug="support"))
        background = published(ProgrammePageFactory(parent=home, slug="background"))
        response = admin_client.post(reverse("wagtailadmin_pages:move_confirm", args=[support.pk, background.pk]))
        assert response.status_code == 302
        self.assert_redirects(client, "/support/", "/background/support/")

    def test_unknown_paths_stay_404(self, client):
        assert client.get("/en/cities/atlantis/").status_code == 404
        assert client.get("/zh-hans/cities/atlantis/").status_code == 404
