"""Pages behind a login or a password are never listed publicly: `visible()` is live and public."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page, PageViewRestriction

from cities.factories import CityPageFactory
from cities.models import CityIndexPage, CityPage
from cooperations.factories import CooperationStoryPageFactory
from cooperations.models import CooperationIndexPage, CooperationStoryPage
from iurc_site.core.models import Country, ProgrammePhase
from iurc_site.core.querysets import visible_pages

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("programme", "search_index")]  # the programme content

HIDDEN_NAMES = ["Hiddenburg", "隐藏城", "Passwordia", "密码城", "Hidden pact", "隐藏合作", "Password pact", "密码合作"]


def restrict(page, kind):
    if kind == PageViewRestriction.PASSWORD:
        PageViewRestriction.objects.create(page=page, restriction_type=kind, password="secret-word")
    else:
        PageViewRestriction.objects.create(page=page, restriction_type=kind)


@pytest.fixture
def hidden(db):
    """A login-restricted and a password-restricted city and story; a public story pairs Chongqing with the
    login-restricted city, so Chongqing's page has it as a related city."""
    chongqing, rome = CityPage.objects.get(slug="chongqing"), CityPage.objects.get(slug="rome")
    directory, index = CityIndexPage.objects.get(), CooperationIndexPage.objects.get()
    portugal = Country.objects.get_or_create(iso_code="PT", defaults={"name_en": "Portugal", "side": "eu"})[0]
    phases = list(ProgrammePhase.objects.all()[:1])

    def city(title, chinese, slug):
        return CityPageFactory(
            parent=directory, title=title, title_zh_hans=chinese, slug=slug, country=portugal, phases=phases
        )

    def story(title, chinese, slug, chinese_city, european_city):
        return CooperationStoryPageFactory(
            parent=index,
            title=title,
            title_zh_hans=chinese,
            slug=slug,
            chinese_cities=[chinese_city],
            european_cities=[european_city],
        )

    login_city = city("Hiddenburg", "隐藏城", "hiddenburg")
    password_city = city("Passwordia", "密码城", "passwordia")
    login_story = story("Hidden pact", "隐藏合作", "hidden-pact", chongqing, rome)
    password_story = story("Password pact", "密码合作", "password-pact", chongqing, rome)
    story("Open pact", "公开合作", "open-pact", chongqing, login_city)
    restrict(login_city, PageViewRestriction.LOGIN)
    restrict(password_city, PageViewRestriction.PASSWORD)
    restrict(login_story, PageViewRestriction.LOGIN)
    restrict(password_story, PageViewRestriction.PASSWORD)
    for page in (login_city, password_city, login_story, password_story):
        page.save_revision().publish()  # a change publishes, so content caches start again
    return {"cities": [login_city, password_city], "stories": [login_story, password_story]}


PUBLIC_URLS = [
    "/{lang}/",
    "/{lang}/cities/",
    "/{lang}/cities/?country=pt",
    "/{lang}/cities/chongqing/",
    "/{lang}/cities/rome/",
    "/{lang}/cooperation/",
    "/{lang}/cooperation/open-pact/",
    "/{lang}/achievements/",
    "/{lang}/search/?q=Hiddenburg",
    "/{lang}/search/?q=Passwordia",
    "/{lang}/search/?q=pact",
    "/{lang}/search/?q=summary",
    "/{lang}/search/?q=隐藏",
    "/{lang}/cooperation/feed/",
    "/embed/cities/chongqing/?lang={lang}",
]
API_URLS = [
    "/sitemap.xml",
    "/api/v2/cities/?limit=100",
    "/api/v2/cities/?country=PT",
    "/api/v2/stories/?limit=100",
    "/api/v2/pages/?limit=20&search=Hiddenburg",
    "/api/v2/pages/?type=cities.CityPage&limit=20&offset=40",
    "/api/v2/pages/?type=cooperations.CooperationStoryPage&limit=20",
]


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_restricted_pages_appear_in_no_public_listing(client, hidden, language):
    for url in [url.format(lang=language) for url in PUBLIC_URLS] + API_URLS:
        response = client.get(url, follow=True)  # the slug embed address redirects to the card's id address
        assert response.status_code == 200, url
        text = response.content.decode()
        if "/search/" in url:  # the page repeats the query: only its results count
            text = " ".join(str(result) for result in BeautifulSoup(text, "html.parser").select(".search-result"))
        for name in HIDDEN_NAMES:
            assert name not in text, (url, name)
    open_pact = "Open pact" if language == "en" else "公开合作"
    city_page = BeautifulSoup(client.get(f"/{language}/cities/chongqing/").content, "html.parser")
    assert open_pact in city_page.get_text()  # titles may hold <wbr> between Chinese words
    results = BeautifulSoup(client.get(f"/{language}/search/?q=pact").content, "html.parser").select(".search-result")
    assert open_pact in " ".join(result.get_text() for result in results)  # found by its English in both


def test_restricted_pages_have_no_embed_permalink_or_api_detail(client, hidden):
    for page in hidden["cities"]:
        assert client.get(f"/embed/cities/{page.slug}/").status_code == 404
        assert client.get(f"/embed/c/{page.pk}/").status_code == 404
        assert client.get(f"/c/{page.pk}/").status_code == 404
        assert client.get(f"/api/v2/cities/{page.pk}/").status_code == 404
    for page in hidden["stories"]:
        assert client.get(f"/embed/stories/{page.slug}/").status_code == 404
        assert client.get(f"/embed/s/{page.pk}/").status_code == 404
        assert client.get(f"/s/{page.pk}/").status_code == 404
        assert client.get(f"/api/v2/stories/{page.pk}/").status_code == 404


def test_key_figures_count_visible_cities_only(client, hidden):
    visible = CityPage.objects.visible()
    document = BeautifulSoup(client.get("/en/").content, "html.parser")
    figures = [figure.select_one("dd").get_text() for figure in document.select(".key-figure")[:3]]
    assert figures == [
        str(visible.count()),
        str(visible.filter(country__side="cn").count()),
        str(visible.filter(country__side="eu").count()),
    ]
    assert CityPage.objects.live().count() == visible.count() + 2


def test_the_restricted_pages_themselves_still_ask_for_login_or_password(client, hidden):
    login_city, password_city = hidden["cities"]
    assert client.get("/en/cities/hiddenburg/").status_code == 302
    response = client.get("/en/cities/passwordia/")
    assert response.status_code == 200 and "Passwordia" not in response.content.decode()


def test_visible_pages_of_every_type_exclude_descendants_of_restricted_pages(hidden):
    index = Page.objects.get(slug="cities")
    restrict(index, PageViewRestriction.LOGIN)
    assert not CityPage.objects.visible().exists()
    assert not visible_pages().descendant_of(index, inclusive=True).exists()
    assert CooperationStoryPage.objects.visible().filter(slug="open-pact").exists()


def test_a_page_below_a_restricted_page_or_an_alias_of_one_still_asks(client, hidden):
    """Routing reads whether a restriction covers the page it finds (then Wagtail's check needs no query): one on
    an ancestor counts, as in Wagtail's own check, and an alias of a restricted page asks too."""
    directory = CityIndexPage.objects.get()
    restrict(directory, PageViewRestriction.LOGIN)
    assert client.get("/en/cities/rome/").status_code == 302
    PageViewRestriction.objects.filter(page=directory).delete()
    assert client.get("/en/cities/rome/").status_code == 200

    login_city = hidden["cities"][0]
    login_city.create_alias(parent=directory, update_slug="hiddenburg-alias")
    assert client.get("/en/cities/hiddenburg-alias/").status_code == 302
