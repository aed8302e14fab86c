"""The loader creates the news section empty in both languages and leaves editors' changes alone; demo articles
come only from `generate_demo_content --news`, clearly labelled, and go with `--delete`."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from content.loader import ContentLoader
from content.models import LoadedContent
from iurc_site.core.menus import list_values
from iurc_site.core.models import NavigationSettings
from news.models import NewsArticlePage, NewsIndexPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("programme")]  # news on the loaded programme content


def load(*args):
    output = io.StringIO()
    call_command("load_iurc_content", *args, stdout=output)
    return output.getvalue()


def group_slugs():
    """The slugs of the pages in the main menu's "News & events" group (none without the group)."""
    for entry in NavigationSettings.objects.get().main_menu.raw_data:
        if entry["type"] == "group" and entry["value"]["label_en"] == "News & events":
            return [Page.objects.get(pk=item["page"]).slug for item in list_values(entry["value"]["items"])]
    return []


def test_the_loaded_news_section_is_live_empty_and_in_both_languages():
    index = NewsIndexPage.objects.get()
    assert index.live and index.get_parent().depth == 2 and index.slug == "news"
    assert (index.title_en, index.title_zh_hans) == ("News", "新闻")
    assert index.summary_en and index.summary_zh_hans
    assert not NewsArticlePage.objects.exists()


def test_an_editors_change_to_the_news_section_survives_a_second_load():
    index = NewsIndexPage.objects.get()
    index.summary_zh_hans = "编辑写的新闻简介"
    index.save_revision().publish()
    load()
    assert NewsIndexPage.objects.get().summary_zh_hans == "编辑写的新闻简介"


def test_a_deleted_news_section_is_not_brought_back_and_the_menu_skips_it():
    NewsIndexPage.objects.get().delete()
    LoadedContent.objects.filter(key="menu:news-events").delete()
    navigation = NavigationSettings.objects.get()
    navigation.main_menu = [e for e in navigation.main_menu.raw_data if e["value"].get("label_en") != "News & events"]
    navigation.save()
    load()
    assert not NewsIndexPage.objects.exists()
    assert "news" not in group_slugs()


def test_the_group_holds_only_the_sections_on_the_site():
    """Events and publications come with their own apps; until then the group holds the news alone."""
    LoadedContent.objects.filter(key="menu:news-events").delete()
    navigation = NavigationSettings.objects.get()
    navigation.main_menu = [e for e in navigation.main_menu.raw_data if e["value"].get("label_en") != "News & events"]
    navigation.save()
    ContentLoader(log=lambda *args: None).run()
    on_the_site = [slug for slug in ("news", "events", "publications") if Page.objects.filter(slug=slug).exists()]
    assert group_slugs() == on_the_site and "news" in on_the_site


def test_demo_articles_are_labelled_bilingual_dated_about_cities_and_removable(client):
    output = io.StringIO()
    call_command("generate_demo_content", cities=0, stories=0, news=5, stdout=output)
    assert "5 news articles" in output.getvalue()
    articles = NewsArticlePage.objects.filter(slug__startswith="demo-news-")
    assert articles.count() == 5
    for article in articles:
        assert article.title_en.startswith("Demo news") and article.title_zh_hans.startswith("示例新闻")
        assert article.cities.count() == 2 and article.body_zh_hans
        assert client.get(f"/zh-hans/news/{article.slug}/").status_code == 200
    call_command("generate_demo_content", delete=True, stdout=io.StringIO())
    assert not NewsArticlePage.objects.exists()
