"""One guard, one message: every way of publishing refuses a page without a Chinese title (unless "publish without
Chinese" is ticked) and says so on the page the editor sees next; approving confirms what was published."""

from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from cities.factories import CityPageFactory
from cities.models import CityPage
from iurc_site.core.models import ModerationTask
from tests.editing import edit_page, form_errors, user_in
from tests.pages import soup

pytestmark = pytest.mark.django_db
REFUSAL = "Not published: “Bologna” has no Chinese title."


def city(directory, slug, title_en, title_zh_hans):
    page = CityPageFactory(parent=directory, slug=slug, title=title_en, title_zh_hans=title_zh_hans)
    page.save_revision().publish()
    return page


@pytest.fixture
def bologna(city_directory):
    return city(city_directory, "bologna", "Bologna", "博洛尼亚")


@pytest.fixture
def rome(city_directory):
    return city(city_directory, "rome", "Rome", "罗马")


@pytest.fixture
def editor(client):
    client.force_login(user_in("Editors", "editor"))
    return client


@pytest.fixture
def moderator():
    client = Client()
    client.force_login(user_in("Moderators", "moderator"))
    return client


def shown_messages(response):
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


def draft_without_chinese(page, user=None):
    """A newer draft of `page` whose Chinese title was emptied."""
    page = CityPage.objects.get(pk=page.pk)
    page.title_zh_hans = ""
    return page.save_revision(user=user)


def bulk_publish_url(*pages, parent):
    ids = "&".join(f"id={page.pk}" for page in pages)
    next_url = reverse("wagtailadmin_explore", args=[parent.pk])
    return f"{reverse('wagtail_bulk_action', args=('wagtailcore', 'page', 'publish'))}?{ids}&next={next_url}"


class TestBulkPublish:
    def test_refused_with_the_reason_on_the_listing_and_nothing_published(self, admin_client, client, bologna, rome):
        draft_without_chinese(bologna)
        rome.title_zh_hans = "罗马市"
        rome.save_revision()
        url = bulk_publish_url(bologna, rome, parent=bologna.get_parent())
        response = admin_client.post(url, {}, follow=True)
        assert response.status_code == 200
        assert response.redirect_chain[-1][0] == reverse("wagtailadmin_explore", args=[bologna.get_parent().pk])
        text = soup(response).get_text(" ", strip=True)
        assert REFUSAL in text and "Sorry" not in text
        assert CityPage.objects.get(pk=bologna.pk).has_unpublished_changes
        assert CityPage.objects.get(pk=rome.pk).title_zh_hans == "罗马"  # nothing half-done

    def test_with_chinese_or_the_box_ticked_it_publishes(self, admin_client, bologna):
        page = CityPage.objects.get(pk=bologna.pk)
        page.title_zh_hans, page.publish_without_chinese = "", True
        page.save_revision()
        response = admin_client.post(bulk_publish_url(bologna, parent=bologna.get_parent()), {}, follow=True)
        assert "1 page has been published" in shown_messages(response)
        page = CityPage.objects.get(pk=bologna.pk)
        assert page.live and not page.has_unpublished_changes and page.title_zh_hans == ""


class TestEditView:
    def test_publish_refused_on_the_field(self, admin_client, bologna):
        response = edit_page(admin_client, bologna, {"title_zh_hans": ""}, action="publish")
        assert response.status_code == 200 and "title_zh_hans" in form_errors(response)

    def test_submit_button_says_submit_for_moderation(self, editor, bologna):
        page = soup(editor.get(reverse("wagtailadmin_pages:edit", args=[bologna.pk])))
        button = page.select_one("[name=action-submit]")
        assert button.get_text(" ", strip=True) == "Submit for moderation"
        assert "Submit to" not in page.get_text()


@pytest.mark.usefixtures("bologna")
class TestWorkflowApproval:
    def submit(self, editor):
        city = CityPage.objects.get(slug="bologna")
        response = edit_page(editor, city, {"summary_en": "Reviewed summary."}, action="submit")
        assert response.status_code == 302, form_errors(response)
        return Page.objects.get(pk=city.pk)

    def approve(self, moderator, page, **headers):
        task_state = page.current_workflow_state.current_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
        return moderator.post(url, {"comment": ""}, headers=headers)

    def test_the_moderation_step_is_the_checking_task(self):
        page = Page.objects.get(depth=2)
        assert isinstance(page.get_workflow().tasks.first().specific, ModerationTask)

    def test_approval_is_confirmed_on_the_dashboard(self, editor, moderator):
        page = self.submit(editor)
        response = self.approve(moderator, page)
        response = moderator.get(response["Location"], follow=True)
        assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
        assert "Approved: “Bologna” is published." in soup(response).get_text(" ", strip=True)
        assert CityPage.objects.get(pk=page.pk).summary_en == "Reviewed summary."

    @pytest.mark.parametrize("xhr", [False, True])
    def test_approving_a_page_without_chinese_is_refused_with_the_reason(self, editor, moderator, xhr):
        page = self.submit(editor)
        draft_without_chinese(page)  # emptied after submission: the latest text is what approval would publish
        headers = {"x-requested-with": "XMLHttpRequest"} if xhr else {}
        response = self.approve(moderator, page, **headers)
        assert response.status_code == 200 if xhr else 302
        target = response.json()["redirect"] if xhr else response["Location"]
        response = moderator.get(target, follow=True)
        assert response.redirect_chain[-1][0] == reverse("wagtailadmin_pages:edit", args=[page.pk])
        text = soup(response).get_text(" ", strip=True)
        assert REFUSAL in text and "Sorry" not in text
        page = CityPage.objects.get(pk=page.pk)
        assert page.title_zh_hans == "博洛尼亚" and page.summary_en != "Reviewed summary."
        assert page.current_workflow_state.status == "in_progress"  # still awaiting review


def test_scheduled_publishing_refuses_a_version_without_chinese(admin_user, client, bologna):
    city = bologna
    revision = draft_without_chinese(city, user=admin_user)
    revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
    revision.save(update_fields=["approved_go_live_at"])
    errors = StringIO()
    call_command("publish_scheduled", stdout=StringIO(), stderr=errors)
    assert REFUSAL in errors.getvalue()
    assert CityPage.objects.get(pk=city.pk).title_zh_hans == "博洛尼亚"
    revision.refresh_from_db()
    assert revision.approved_go_live_at is None  # unscheduled, not retried every run
    assert PageLogEntry.objects.filter(page=city, action="iurc.publish_refused").exists()
    history = Client()
    history.force_login(admin_user)
    text = soup(history.get(reverse("wagtailadmin_pages:history", args=[city.pk]))).get_text(" ", strip=True)
    assert "Scheduled publishing refused: no Chinese title" in text
