"""Editing both languages through the admin's own forms: every page type, validation, the publish-without-Chinese
rule, preview per language and copying a StreamField from one language to the other."""

import json

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, PageLogEntry

from cities.models import CityIndexPage, CityPage
from cooperations.models import CooperationIndexPage, CooperationStoryPage
from iurc_site.core.factories import AchievementsPageFactory, ContactPageFactory, ProgrammePageFactory, published
from iurc_site.core.forms import ASCII_SLUG, CHINESE_TITLE_REQUIRED, IMAGE_ALT_REQUIRED
from iurc_site.core.models import (
    AchievementsPage,
    ChineseTitleMissing,
    ContactPage,
    Country,
    HomePage,
    ProgrammePage,
)
from tests.editing import add_page, edit_page, form_data, form_errors, heading, paragraph, user_in
from tests.pages import soup
from tests.partners_support import make_city

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site")]


@pytest.fixture
def site(pair, home):
    """A page of every type an editor edits: the `pair` (Chongqing, Mannheim, their story) and its indexes, the
    city Bologna (博洛尼亚) and the programme's own pages (among them "support")."""
    make_city("bologna", "Bologna", "博洛尼亚", iso="IT", region_en="Emilia-Romagna", region_zh_hans="艾米利亚-罗马涅")
    published(ProgrammePageFactory(parent=home, slug="support", title="Support", title_zh_hans="支持"))
    published(AchievementsPageFactory(parent=home))
    published(ContactPageFactory(parent=home))
    return pair


def public_path(page, language):
    return f"/{language}{page.url_path[len('/home') :]}"


def type_fields(model, tags, pair):
    """What each page type needs besides titles, slug and summary, in both languages where translated."""
    if model is HomePage:
        return {"hero_en": "Cities cooperating", "hero_zh_hans": "城市合作"}
    if model is CityPage:
        return {
            "country": Country.objects.get(iso_code="IT").pk,  # one of the `tags`
            "region_en": "Piedmont",
            "region_zh_hans": "皮埃蒙特大区",
            "latitude": "45.07000",
            "longitude": "7.69000",
            "phases": [tags.iurc.pk],
        }
    if model is CooperationStoryPage:
        return {
            "chinese_cities": [pair.chongqing.pk],
            "european_cities": [pair.mannheim.pk],
            "themes": [tags.smart_city.pk],
            "sdgs": [tags.goal[11].pk],
            "phase": tags.iurc.pk,
            "start_year": 2021,
            "end_year": 2023,
        }
    return {}


def streams_for(model):
    streams = {"body_en": [heading("Results"), paragraph("<p>Two cities, one plan.</p>")]}
    streams["body_zh_hans"] = [heading("成果"), paragraph("<p>两座城市，一个规划。</p>")]
    if model is CooperationStoryPage:
        streams["outcomes_en"] = [("outcome", "A joint plan")]
        streams["outcomes_zh_hans"] = [("outcome", "联合规划")]
    return streams


PARENTS = {
    HomePage: lambda: Page.objects.get(depth=1),
    ProgrammePage: lambda: HomePage.objects.get(),
    AchievementsPage: lambda: HomePage.objects.get(),
    ContactPage: lambda: HomePage.objects.get(),
    CityIndexPage: lambda: HomePage.objects.get(),
    CooperationIndexPage: lambda: HomePage.objects.get(),
    CityPage: lambda: CityIndexPage.objects.get(),
    CooperationStoryPage: lambda: CooperationIndexPage.objects.get(),
}


@pytest.mark.parametrize("model", list(PARENTS), ids=lambda model: model.__name__)
def test_each_page_type_is_created_in_both_languages_through_the_admin_form(admin_client, tags, pair, model):
    if model.max_count == 1:  # the site's own instance goes first (rolled back after the test)
        model.objects.get().delete()
    parent = PARENTS[model]()
    changes = {
        "title_en": "Turin",
        "title_zh_hans": "都灵",
        "slug": "turin",
        "summary_en": "A new page.",
        "summary_zh_hans": "新的页面。",
        **type_fields(model, tags, pair),
    }
    response = add_page(admin_client, parent, model, changes, streams_for(model), action="publish")
    assert response.status_code == 302, form_errors(response)

    page = model.objects.get(slug="turin")
    assert page.live and (page.title_en, page.title_zh_hans) == ("Turin", "都灵")
    assert (page.summary_en, page.summary_zh_hans) == ("A new page.", "新的页面。")
    if hasattr(page, "body_en"):
        assert [block.block_type for block in page.body_zh_hans] == ["heading", "paragraph"]
        assert page.body_zh_hans[0].value["text"] == "成果"
    if model is HomePage:
        return  # the new home page is not a site's root: it has no public address
    for language, title, text in (("en", "Turin", "A new page."), ("zh-hans", "都灵", "新的页面。")):
        document = soup(admin_client.get(public_path(page, language)))
        assert document.h1.get_text(strip=True) == title
        assert text in document.get_text()


@pytest.mark.parametrize("model", list(PARENTS), ids=lambda model: model.__name__)
def test_each_page_type_is_edited_in_both_languages_through_the_admin_form(admin_client, client, model):
    page = model.objects.live().order_by("path").first()
    assert page.title_en != "Renamed page"
    changes = {
        "title_en": "Renamed page",
        "title_zh_hans": "新名称",
        "summary_en": "Edited.",
        "summary_zh_hans": "已编辑。",
    }
    response = edit_page(admin_client, page, changes, streams_for(model), action="publish")
    assert response.status_code == 302, form_errors(response)

    page.refresh_from_db()
    assert (page.title_en, page.title_zh_hans, page.summary_zh_hans) == ("Renamed page", "新名称", "已编辑。")
    english = soup(client.get(public_path(page, "en")))
    chinese = soup(client.get(public_path(page, "zh-hans")))
    if model is not HomePage:  # the home page's heading is its hero sentence
        assert english.h1.get_text(strip=True) == "Renamed page"
        assert chinese.h1.get_text(strip=True) == "新名称"
    assert "已编辑。" in chinese.get_text() and "已编辑。" not in english.get_text()


def test_english_title_is_required(admin_client):
    city = CityPage.objects.get(slug="bologna")
    response = edit_page(admin_client, city, {"title_en": ""}, action="publish")
    assert response.status_code == 200
    assert "title_en" in form_errors(response)


@pytest.mark.parametrize("slug", ["博洛尼亚", "bologna city", "bologna/2"])
def test_slug_must_be_ascii_with_a_clear_message(admin_client, slug):
    city = CityPage.objects.get(slug="bologna")
    response = edit_page(admin_client, city, {"slug": slug}, action="draft")
    assert response.status_code == 200
    assert form_errors(response)["slug"] == [str(ASCII_SLUG.message)]
    assert "shared by the English and the Chinese page" in response.content.decode()


class TestPublishWithoutChinese:
    def test_publishing_without_a_chinese_title_is_refused_on_the_field(self, admin_client, client):
        city = CityPage.objects.get(slug="bologna")
        response = edit_page(admin_client, city, {"title_zh_hans": ""}, action="publish")
        assert response.status_code == 200
        assert form_errors(response)["title_zh_hans"] == [str(CHINESE_TITLE_REQUIRED)]
        city.refresh_from_db()
        assert city.title_zh_hans == "博洛尼亚" and not city.has_unpublished_changes
        assert soup(client.get("/zh-hans/cities/bologna/")).select_one(".notice--untranslated") is None

    def test_a_draft_without_chinese_title_can_be_saved(self, admin_client):
        city = CityPage.objects.get(slug="bologna")
        response = edit_page(admin_client, city, {"title_zh_hans": ""}, action="draft")
        assert response.status_code == 302, form_errors(response)
        city.refresh_from_db()
        assert city.has_unpublished_changes
        assert not city.get_latest_revision_as_object().title_zh_hans

    def test_submitting_for_moderation_without_chinese_title_is_refused_too(self, client):
        client.force_login(user_in("Editors", "editor"))
        city = CityPage.objects.get(slug="bologna")
        response = edit_page(client, city, {"title_zh_hans": ""}, action="submit")
        assert response.status_code == 200
        assert form_errors(response)["title_zh_hans"] == [str(CHINESE_TITLE_REQUIRED)]
        assert CityPage.objects.get(pk=city.pk).current_workflow_state is None

    def test_ticking_the_box_publishes_and_the_notice_shows(self, admin_client, client):
        city = CityPage.objects.get(slug="bologna")
        changes = {"title_zh_hans": "", "summary_zh_hans": "", "region_zh_hans": "", "publish_without_chinese": "on"}
        response = edit_page(admin_client, city, changes, action="publish")
        assert response.status_code == 302, form_errors(response)

        city.refresh_from_db()
        assert city.live and not city.title_zh_hans and city.publish_without_chinese
        document = soup(client.get("/zh-hans/cities/bologna/"))
        assert "本页暂无中文版本" in document.select_one(".notice--untranslated").get_text()
        assert document.h1.get_text(strip=True) == "Bologna" and document.h1["lang"] == "en"

    def test_publishing_by_a_person_outside_the_form_is_refused_as_well(self, admin_user):
        city = CityPage.objects.get(slug="bologna")
        city.title_zh_hans = ""
        revision = city.save_revision(user=admin_user)
        with pytest.raises(ChineseTitleMissing):
            revision.publish(user=admin_user)
        city.publish_without_chinese = True
        city.save_revision(user=admin_user).publish(user=admin_user)
        assert not CityPage.objects.get(pk=city.pk).title_zh_hans


def test_image_needs_english_alternative_text(admin_client):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Bologna towers", file=get_test_image_file())
    city = CityPage.objects.get(slug="bologna")
    response = edit_page(admin_client, city, {"image": image.pk}, action="draft")
    assert form_errors(response)["image_alt_en"] == [str(IMAGE_ALT_REQUIRED)]

    changes = {
        "image": image.pk,
        "image_alt_en": "The two towers",
        "image_alt_zh_hans": "双塔",
        "image_credit_en": "CC BY",
    }
    response = edit_page(admin_client, city, changes, action="publish")
    assert response.status_code == 302, form_errors(response)
    city.refresh_from_db()
    assert (city.image_alt_en, city.image_alt_zh_hans, city.image_credit_en) == ("The two towers", "双塔", "CC BY")
    for language, alt in (("en", "The two towers"), ("zh-hans", "双塔")):
        html = admin_client.get(f"/{language}/cities/bologna/").content.decode()
        figure = BeautifulSoup(html, "html.parser").select_one("header figure.page-header__media")
        assert figure.img["alt"] == alt and "CC BY" in figure.get_text()
        assert "/images/" in figure.img["src"] and "original_images" not in html  # renditions only


def test_preview_in_each_language_from_the_editor(admin_client):
    city = CityPage.objects.get(slug="bologna")
    edit_url = reverse("wagtailadmin_pages:edit", args=[city.pk])
    editor = soup(admin_client.get(edit_url))
    modes = {
        option["value"]: option.get_text(strip=True) for option in editor.select("select[name=preview_mode] option")
    }
    assert modes == {"en": "English", "zh-hans": "简体中文"}

    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[city.pk])
    data = form_data(
        admin_client, edit_url, CityPage, {"title_en": "Bologna (draft)", "title_zh_hans": "博洛尼亚（草稿）"}
    )
    assert json.loads(admin_client.post(preview_url, data).content)["is_valid"]
    english = soup(admin_client.get(preview_url, {"mode": "en"}))
    chinese = soup(admin_client.get(preview_url, {"mode": "zh-hans"}))
    assert english.html["lang"] == "en" and english.h1.get_text(strip=True) == "Bologna (draft)"
    assert chinese.html["lang"] == "zh-Hans" and chinese.h1.get_text(strip=True) == "博洛尼亚（草稿）"
    navigation = [document.select_one(".main-nav")["aria-label"] for document in (english, chinese)]
    assert navigation == ["Main", "主导航"]  # the whole page is in Chinese, chrome included
    assert chinese.select_one(".main-nav__toggle").get_text(strip=True) == "菜单"
    assert CityPage.objects.get(pk=city.pk).title_en == "Bologna"  # previewing saves nothing


class TestCopyBetweenLanguages:
    def page_with_english_body(self, admin_client):
        page = ProgrammePage.objects.get(slug="support")
        streams = {"body_en": [heading("Support"), paragraph("<p>Help for cities.</p>")]}
        streams["body_zh_hans"] = [paragraph("<p>旧的中文。</p>")]
        assert edit_page(admin_client, page, streams=streams, action="publish").status_code == 302
        page.refresh_from_db()
        return page

    def test_copy_english_body_to_chinese_makes_a_new_draft_and_publishes_nothing(self, admin_client, client):
        page = self.page_with_english_body(admin_client)
        revisions_before = page.revisions.count()
        url = reverse("iurc_copy_language", args=[page.pk])
        form = soup(admin_client.get(url))
        assert form.select_one("input[name=direction][value='en:zh-hans']").has_attr("checked")
        assert form.select_one("input[name=fields][value=body]").has_attr("checked")

        response = admin_client.post(url, {"direction": "en:zh-hans", "fields": ["body"]})
        assert response.status_code == 302 and response["Location"] == reverse(
            "wagtailadmin_pages:edit", args=[page.pk]
        )

        page.refresh_from_db()
        assert page.revisions.count() == revisions_before + 1 and page.has_unpublished_changes
        draft = page.get_latest_revision_as_object()
        english = [(block["type"], block["value"]) for block in draft.body_en.get_prep_value()]
        chinese = [(block["type"], block["value"]) for block in draft.body_zh_hans.get_prep_value()]
        assert chinese == english and "Help for cities." in chinese[1][1]
        assert {b.id for b in draft.body_zh_hans}.isdisjoint({b.id for b in draft.body_en})
        live_chinese = client.get("/zh-hans/support/").content.decode()  # the live page is unchanged
        assert "旧的中文。" in live_chinese and "Help for cities." not in live_chinese
        assert PageLogEntry.objects.filter(page=page, action="iurc.copy_language").exists()

    def test_the_edit_view_links_to_the_copy_and_the_status_report(self, admin_client):
        page = ProgrammePage.objects.get(slug="support")
        links = {
            a["href"]
            for a in soup(admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))).select("a[href]")
        }
        assert reverse("iurc_copy_language", args=[page.pk]) in links
        assert reverse("iurc_translation_status") + f"?page={page.pk}" in links
        stock_copy_view = reverse("wagtailadmin_pages:edit", args=[page.pk]) + "copy_translation_content/"
        assert admin_client.post(stock_copy_view).status_code == 404  # replaced: it had no permission check

    def test_someone_without_edit_permission_cannot_copy(self, client, django_user_model):
        from django.contrib.auth.models import Permission

        user = django_user_model.objects.create_user("visitor", password="a-long-test-password-1")
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        client.force_login(user)
        page = ProgrammePage.objects.get(slug="support")
        response = client.post(
            reverse("iurc_copy_language", args=[page.pk]), {"direction": "en:zh-hans", "fields": ["body"]}
        )
        assert response.status_code in (302, 403)
        assert page.revisions.count() == ProgrammePage.objects.get(pk=page.pk).revisions.count()
        assert not PageLogEntry.objects.filter(page=page, action="iurc.copy_language").exists()


def post_story_cities(client, chinese, european):
    """Save a story draft listing `chinese` and `european` cities: the response and the queries of the POST."""
    story = CooperationStoryPage.objects.get(slug="chongqing-mannheim")
    url = reverse("wagtailadmin_pages:edit", args=[story.pk])
    changes = {"chinese_cities": [city.pk for city in chinese], "european_cities": [city.pk for city in european]}
    data = dict(form_data(client, url, CooperationStoryPage, changes).lists())  # every value of a multiple choice
    with CaptureQueriesContext(connection) as queries:
        response = client.post(url, data)
    return response, len(queries)


def test_story_form_checks_each_side_in_a_query_whatever_the_number_of_cities(admin_client):
    make_city("liuzhou", "Liuzhou", iso="CN")
    make_city("yantai", "Yantai", iso="CN")
    make_city("lyon", "Lyon", iso="FR")
    chinese = list(CityPage.objects.filter(country__side=Country.Side.CHINA).order_by("path"))
    european = list(CityPage.objects.filter(country__side=Country.Side.EUROPE).order_by("path"))
    assert [len(chinese), len(european)] == [3, 3]  # Chongqing, Liuzhou, Yantai; Mannheim, Bologna, Lyon

    response, _queries = post_story_cities(admin_client, chinese[:1], european[:1])
    assert response.status_code == 302, form_errors(response)

    response, few = post_story_cities(admin_client, european[:1], chinese[:1])
    assert form_errors(response) == {
        "chinese_cities": ["Only cities in China can be listed here."],
        "european_cities": ["Only European cities can be listed here."],
    }

    # Many cities, all but the last one on the right side.
    response, many = post_story_cities(admin_client, chinese + european[-1:], european + chinese[-1:])
    assert form_errors(response) == {
        "chinese_cities": ["Only cities in China can be listed here."],
        "european_cities": ["Only European cities can be listed here."],
    }
    assert many == few

    response, _queries = post_story_cities(admin_client, chinese, european)
    assert response.status_code == 302, form_errors(response)
    story = CooperationStoryPage.objects.get(slug="chongqing-mannheim").get_latest_revision_as_object()
    assert len(story.chinese_cities.all()) == len(chinese) and len(story.european_cities.all()) == len(european)
