"""Content model: translation registration, tree rules, derived partner links and the untranslated-page policy."""

import pytest
from django.apps import apps
from django.db import connection
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from cities.models import CityIndexPage, CityPage
from cooperations.models import CooperationIndexPage, CooperationStoryPage
from events.models import EventIndexPage, EventPage
from iurc_site.core.models import AchievementsPage, ContactPage, HomePage, ProgrammePage
from news.models import NewsArticlePage, NewsIndexPage
from publications.models import PublicationIndexPage
from tests.pages import soup

pytestmark = pytest.mark.usefixtures("programme")  # about the programme content

PAGE_MODELS = [m for m in apps.get_models() if issubclass(m, Page) and m is not Page]


def test_every_page_type_is_registered_for_translation():
    from modeltranslation.translator import translator

    registered = set(translator.get_registered_models())
    assert PAGE_MODELS, "no page types found"
    for model in PAGE_MODELS:
        assert model in registered, model


@pytest.mark.django_db
def test_translation_columns_exist_in_the_database():
    from modeltranslation.translator import translator

    with connection.cursor() as cursor:
        for model in [Page, *PAGE_MODELS]:
            options = translator.get_options_for_model(model)
            own_fields = list(options.local_fields) if model is not Page else ["title", "seo_title"]
            columns = {c.name for c in connection.introspection.get_table_description(cursor, model._meta.db_table)}
            for field in own_fields:
                assert {f"{field}_en", f"{field}_zh_hans"} <= columns, (model, field)


class TreeRulesTests(WagtailPageTestCase):
    def test_home_holds_the_sections(self):
        """The section index pages name the home page as their parent; it does not name them."""
        self.assertEqual(
            set(HomePage.creatable_subpage_models()),
            {
                ProgrammePage,
                AchievementsPage,
                ContactPage,
                CityIndexPage,
                CooperationIndexPage,
                EventIndexPage,
                NewsIndexPage,
                PublicationIndexPage,
            },
        )
        self.assertCanCreateAt(Page, HomePage)

    def test_events_live_only_in_the_events_index(self):
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertCanNotCreateAt(HomePage, EventPage)

    def test_news_articles_live_only_in_the_news_index(self):
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsArticlePage})
        self.assertAllowedParentPageTypes(NewsArticlePage, {NewsIndexPage})
        self.assertCanNotCreateAt(HomePage, NewsArticlePage)

    def test_cities_live_only_in_the_directory(self):
        self.assertAllowedSubpageTypes(CityIndexPage, {CityPage})
        self.assertAllowedParentPageTypes(CityPage, {CityIndexPage})
        self.assertCanNotCreateAt(HomePage, CityPage)
        self.assertCanNotCreateAt(CooperationIndexPage, CityPage)

    def test_stories_live_only_in_the_cooperation_index(self):
        self.assertAllowedSubpageTypes(CooperationIndexPage, {CooperationStoryPage})
        self.assertAllowedParentPageTypes(CooperationStoryPage, {CooperationIndexPage})
        self.assertCanNotCreateAt(CityIndexPage, CooperationStoryPage)

    def test_leaf_pages_have_no_children(self):
        for model in (CityPage, CooperationStoryPage, ContactPage, AchievementsPage):
            self.assertAllowedSubpageTypes(model, set())


@pytest.mark.django_db
def test_city_page_links_partner_cities_and_stories_and_back(client):
    yangzhou = soup(client.get("/en/cities/yangzhou/"))
    partner_links = {a["href"] for a in yangzhou.select("#partner-cities ~ ul a")}
    assert partner_links == {
        "/en/cities/barcelona/",
        "/en/cities/bologna/",
        "/en/cities/stuttgart-region/",
        "/en/cities/rome/",
    }
    assert "/en/cooperation/yangzhou-horticultural-expo/" in {
        a["href"] for a in yangzhou.select("#city-stories ~ ul a")
    }

    barcelona = soup(client.get("/zh-hans/cities/barcelona/"))
    assert {a["href"] for a in barcelona.select("#partner-cities ~ ul a")} == {
        "/zh-hans/cities/yangzhou/",
        "/zh-hans/cities/liuzhou/",
    }
    assert len(barcelona.select("#city-stories ~ ul > li")) == 2

    story = soup(client.get("/en/cooperation/yangzhou-horticultural-expo/"))
    assert {a["href"] for a in story.select("#side-cn ~ ul a")} == {"/en/cities/yangzhou/"}
    assert len(story.select("#side-eu ~ ul a")) == 4


@pytest.mark.django_db
def test_city_without_stories_shows_no_partner_section(client):
    document = soup(client.get("/en/cities/hohhot/"))
    assert document.select_one("#partner-cities") is None
    assert "Inner Mongolia" in document.get_text()


@pytest.mark.django_db
def test_untranslated_page_falls_back_to_english_with_notice(client):
    city = CityPage.objects.get(slug="mannheim")
    city.title_zh_hans = ""
    city.summary_zh_hans = ""
    city.region_zh_hans = ""
    city.save_revision().publish()

    document = soup(client.get("/zh-hans/cities/mannheim/"))
    notice = document.select_one(".notice--untranslated")
    assert notice is not None and "本页暂无中文版本" in notice.get_text()
    assert document.html["lang"] == "zh-Hans"
    assert document.h1.get_text(strip=True) == "Mannheim"
    assert document.h1["lang"] == "en"
    assert document.select_one(".lead")["lang"] == "en"
    alternates = {link["hreflang"]: link["href"] for link in document.select('link[rel="alternate"][hreflang]')}
    assert alternates == {
        "en": "http://testserver/en/cities/mannheim/",
        "x-default": "http://testserver/en/cities/mannheim/",
    }
    assert document.select_one('link[rel="canonical"]')["href"] == "http://testserver/en/cities/mannheim/"
    assert "案例城市" in document.select_one(".main-nav").get_text()  # the chrome stays Chinese

    english = soup(client.get("/en/cities/mannheim/"))
    assert english.select_one(".notice--untranslated") is None
    assert english.select_one('link[rel="canonical"]')["href"] == "http://testserver/en/cities/mannheim/"


@pytest.mark.django_db
def test_story_form_rejects_cities_on_the_wrong_side(admin_client):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    story = CooperationStoryPage.objects.get(slug="liuzhou-barcelona")
    barcelona = CityPage.objects.get(slug="barcelona")
    data = nested_form_data(
        {
            "title_en": story.title_en,
            "title_zh_hans": story.title_zh_hans,
            "slug": story.slug,
            "start_year": 2017,
            "outcomes_en": streamfield([]),
            "outcomes_zh_hans": streamfield([]),
            "body_en": streamfield([]),
            "body_zh_hans": streamfield([]),
        }
    )
    data.update(chinese_cities=[barcelona.pk], european_cities=[barcelona.pk])
    response = admin_client.post(f"/admin/pages/{story.pk}/edit/", data)
    assert response.status_code == 200
    assert "Only cities in China can be listed here." in response.content.decode()
