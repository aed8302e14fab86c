"""Editors publish news as every other page: both languages side by side, moderation (an Editor submits, a
Moderator approves), the Chinese-title guard and its opt-out, scheduled publishing; the article then reaches the
city page, home, search, feed and the translation status report."""

import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from news.models import NewsArticlePage
from tests.editing import add_page, edit_page, form_data, form_errors, paragraph, user_in
from tests.pages import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    editor = Client()
    editor.force_login(user_in("Editors", "editor"))
    return editor


@pytest.fixture
def moderator():
    client = Client()
    client.force_login(user_in("Moderators", "moderator"))
    return client


ARTICLE = {
    "title_en": "Delegation from Mannheim visits Chongqing",
    "title_zh_hans": "曼海姆代表团访问重庆",
    "slug": "mannheim-delegation",
    "date": "2026-11-20",
    "summary_en": "A working session on rail logistics.",
    "summary_zh_hans": "关于铁路物流的工作会议。",
}
BODY = {
    "body_en": [paragraph("<p>The delegation toured the inland port.</p>")],
    "body_zh_hans": [paragraph("<p>代表团参观了果园港多式联运枢纽。</p>")],
}


def approve(client, page):
    page = Page.objects.get(pk=page.pk)
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": "Both languages checked."})


@pytest.mark.usefixtures("search_index")
def test_an_editor_submits_an_article_a_moderator_approves_and_it_appears_everywhere(
    editor, moderator, client, news_index, chongqing
):
    changes = {**ARTICLE, "cities": [chongqing.pk]}
    response = add_page(editor, news_index, NewsArticlePage, changes, BODY, action="submit")
    assert response.status_code == 302, form_errors(response)
    article = NewsArticlePage.objects.get(slug="mannheim-delegation")
    assert not article.live and client.get("/en/news/mannheim-delegation/").status_code == 404

    assert approve(moderator, article).status_code == 302
    article.refresh_from_db()
    assert article.live and list(article.cities.all()) == [chongqing]
    for language, title in (("en", ARTICLE["title_en"]), ("zh-hans", ARTICLE["title_zh_hans"])):
        assert soup(client.get(f"/{language}/news/mannheim-delegation/")).h1.get_text(strip=True) == title
        for path in ("/", "/news/", "/cities/chongqing/"):
            titles = [a.get_text() for a in soup(client.get(f"/{language}{path}")).select(".news-card .card__title a")]
            assert titles == [title], path
        assert title in client.get(f"/{language}/news/feed/").content.decode()
    found = soup(client.get("/zh-hans/search/", {"q": "果园港"})).select("main .search-result a")
    assert [a["href"] for a in found] == ["/zh-hans/news/mannheim-delegation/"]


def test_an_editor_cannot_publish_an_article(editor, news_index):
    response = add_page(editor, news_index, NewsArticlePage, ARTICLE, BODY, action="publish")
    assert response.status_code == 302, form_errors(response)
    assert not NewsArticlePage.objects.get(slug="mannheim-delegation").live


def test_without_a_chinese_title_publishing_is_refused_unless_english_first_is_ticked(moderator, client, news_index):
    english_only = {**ARTICLE, "title_zh_hans": "", "summary_zh_hans": ""}
    response = add_page(moderator, news_index, NewsArticlePage, english_only, action="publish")
    assert response.status_code == 200
    assert "title_zh_hans" in form_errors(response) or "Chinese" in response.content.decode()
    assert not NewsArticlePage.objects.filter(slug="mannheim-delegation", live=True).exists()

    english_first = {**english_only, "publish_without_chinese": "on"}
    response = add_page(moderator, news_index, NewsArticlePage, english_first, action="publish")
    assert response.status_code == 302, form_errors(response)
    document = soup(client.get("/zh-hans/news/mannheim-delegation/"))
    assert document.select_one(".notice--untranslated") and document.h1["lang"] == "en"


def test_scheduled_publishing_of_an_article(moderator, client, news_index):
    go_live = (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    response = add_page(moderator, news_index, NewsArticlePage, {**ARTICLE, "go_live_at": go_live}, action="publish")
    assert response.status_code == 302, form_errors(response)
    article = NewsArticlePage.objects.get(slug="mannheim-delegation")
    assert client.get("/en/news/mannheim-delegation/").status_code == 404  # not yet
    revision = article.revisions.get(approved_go_live_at__isnull=False)
    past = timezone.now() - timedelta(minutes=1)  # as if two days had gone by
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled")
    assert client.get("/en/news/mannheim-delegation/").status_code == 200


def test_the_translation_status_report_lists_articles(moderator, admin_client, news_index):
    response = add_page(moderator, news_index, NewsArticlePage, ARTICLE, BODY, action="publish")
    assert response.status_code == 302, form_errors(response)
    article = NewsArticlePage.objects.get(slug="mannheim-delegation")
    response = edit_page(moderator, article, {"summary_zh_hans": ""}, BODY, action="publish")
    assert response.status_code == 302, form_errors(response)
    document = soup(admin_client.get(reverse("iurc_translation_status"), {"section": news_index.pk}))
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
        for row in document.select("table.iurc-status-report tbody tr")
    ]
    article_rows = [row for row in rows if ARTICLE["title_en"] in row[1]]
    assert [row[2:5] for row in article_rows] == [["News", "English", "Complete"], ["", "简体中文", "Missing fields"]]
    assert "News article" in article_rows[0][1] and article_rows[1][5] == "Missing: Summary"


def test_a_new_article_with_a_theme_previews_in_both_languages(admin_client, news_index, theme):
    """A page not yet saved has no URL of its own: its theme links still render (to nowhere yet), not an error."""
    url = reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", news_index.pk])
    preview_url = reverse("wagtailadmin_pages:preview_on_add", args=["news", "newsarticlepage", news_index.pk])
    data = form_data(admin_client, url, NewsArticlePage, {**ARTICLE, "themes": [theme.pk]}, BODY)
    assert json.loads(admin_client.post(preview_url, data).content)["is_valid"]
    for language, field in (("en", "en"), ("zh-hans", "zh_hans")):
        response = admin_client.get(preview_url, {"mode": language})
        assert response.status_code == 200
        document = soup(response)
        assert document.h1.get_text(strip=True) == ARTICLE[f"title_{field}"]
        assert [a.get_text() for a in document.select(".facts .tag")] == [getattr(theme, f"name_{field}")]
