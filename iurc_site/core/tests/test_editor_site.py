"""Site-wide content without code: settings in the footer and contact page, navigation in the header and footer,
snippet listings with filters and search, image upload limits and document links with type, size and language."""

import io
import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from iurc_site.core.blocks import RICH_TEXT_FEATURES
from iurc_site.core.factories import AchievementsPageFactory, ContactPageFactory, ProgrammePageFactory, published
from iurc_site.core.models import NavigationSettings, ProgrammePage
from tests.editing import edit_page, form_data, form_errors, heading
from tests.pages import soup
from tests.partners_support import make_city

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(pair, home):
    """The sections below the home page, in this order: cities (with Bologna) and cooperation (the `pair`'s),
    background, support, achievements and contact, shown in menus; UN goals and the legal notice, not shown. The
    navigation settings have no entry yet: the menu is the automatic one."""
    make_city("bologna", "Bologna", "博洛尼亚")
    Page.objects.filter(slug__in=["cities", "cooperation"]).update(show_in_menus=True)
    in_menus = {"parent": home, "show_in_menus": True}
    for slug, title, title_zh_hans in [("background", "Background", "背景"), ("support", "Support", "相关支持")]:
        published(ProgrammePageFactory(slug=slug, title=title, title_zh_hans=title_zh_hans, **in_menus))
    published(AchievementsPageFactory(slug="achievements", title="Achievements", **in_menus))
    published(ContactPageFactory(slug="contact", title="Contact", title_zh_hans="联系我们", **in_menus))
    for slug in ("un-goals", "legal-notice"):
        published(ProgrammePageFactory(parent=home, slug=slug, show_in_menus=False))
    NavigationSettings.for_site(Site.objects.get(is_default_site=True))


def settings_url(model_name):
    return reverse("wagtailsettings:edit", args=["core", model_name, Site.objects.get(is_default_site=True).pk])


def post_settings(client, model_name, changes):
    url = settings_url(model_name)
    data = form_data(client, url, None, {}, form_id="w-editor-form")
    for key in [
        key for key in data if key.split("-")[0] in {"social_media", "main_menu", "footer_menu"} & set(changes)
    ]:
        del data[key]
    data.update(nested_form_data(changes))
    response = client.post(url, data)
    assert response.status_code == 302, form_errors(response)


def menu(client, path):
    document = soup(client.get(path))
    return [(a.get_text(strip=True), a["href"]) for a in document.select(".main-nav__list a")]


@pytest.mark.usefixtures("site")
def test_settings_change_appears_in_footer_and_contact_page(admin_client, client):
    post_settings(
        admin_client,
        "sitesettings",
        {
            "programme_name_en": "IURC China",
            "programme_name_zh_hans": "国际城市与区域合作项目",
            "short_name": "IURC-China",
            "email": "team@iurc-china.example",
            "website": "https://www.iurc.eu",
            "address_en": "Sanlitun, Beijing",
            "address_zh_hans": "北京三里屯",
            "postcode": "100600",
            "footer_text_en": "Funded by the European Union.",
            "footer_text_zh_hans": "由欧盟资助。",
            "social_media": streamfield(
                [
                    (
                        "link",
                        {
                            "label_en": "LinkedIn",
                            "label_zh_hans": "领英",
                            "url": "https://www.linkedin.com/company/iurc",
                        },
                    ),
                    ("link", {"label_en": "WeChat", "label_zh_hans": "微信", "url": "https://weixin.example/iurc"}),
                ]
            ),
        },
    )
    english = soup(client.get("/en/"))
    footer = english.select_one("footer")
    assert "team@iurc-china.example" in footer.get_text() and "Funded by the European Union." in footer.get_text()
    social = [(a.get_text(strip=True), a["href"]) for a in footer.select(".site-footer__social a")]
    assert social == [("LinkedIn", "https://www.linkedin.com/company/iurc"), ("WeChat", "https://weixin.example/iurc")]

    chinese = soup(client.get("/zh-hans/contact/"))
    assert "北京三里屯" in chinese.select_one(".contact-details").get_text()
    assert [a.get_text(strip=True) for a in chinese.select(".contact-details__social a")] == ["领英", "微信"]
    assert "由欧盟资助。" in chinese.select_one("footer").get_text()


def menu_entries(admin_client):
    """The main menu as the navigation editor shows it: (type, value) per entry, pages as ids."""
    document = soup(admin_client.get(settings_url("navigationsettings")))
    value, _errors = json.loads(document.select_one("#main_menu")["data-w-block-arguments-value"])

    def plain(link):
        page = link.get("page")
        return {**link, "page": page["id"] if isinstance(page, dict) else page}

    return [
        (
            entry["type"],
            {**entry["value"], "items": [plain(item["value"]) for item in entry["value"]["items"]]}
            if entry["type"] == "group"
            else plain(entry["value"]),
        )
        for entry in value
    ]


def link(value):
    """Form data for one menu or footer link block from its value."""
    return {
        "page": value.get("page") or "",
        "url": value.get("url") or "",
        "label_en": value.get("label_en") or "",
        "label_zh_hans": value.get("label_zh_hans") or "",
        "visible": "on" if value.get("visible", True) else "",
    }


def menu_form(entries):
    """Form data for the main-menu StreamField from (type, value) entries, as the editor posts it."""

    blocks = []
    for block_type, value in entries:
        if block_type == "group":
            items = value["items"]
            value = {
                "label_en": value["label_en"],
                "label_zh_hans": value["label_zh_hans"],
                "visible": "on" if value.get("visible", True) else "",
                "items": {
                    "count": len(items),
                    **{
                        str(index): {"value": link(item), "deleted": "", "order": index, "id": ""}
                        for index, item in enumerate(items)
                    },
                },
            }
        else:
            value = link(value)
        blocks.append((block_type, value))
    return streamfield(blocks)


@pytest.mark.usefixtures("programme")
class TestProgrammeMenu:
    """The menu the programme content comes with."""

    def test_the_menu_groups_the_programme_pages_in_both_languages(self, client):
        for language, about in (("en", "About the programme"), ("zh-hans", "关于项目")):
            document = soup(client.get(f"/{language}/"))
            top = document.select(".main-nav__list > li")
            assert len(top) <= 6
            group = document.select_one(".main-nav__group")
            assert group.select_one("summary").get_text(strip=True) == about
            assert [a["href"] for a in group.select("a")] == [
                f"/{language}/{slug}/"
                for slug in ("background", "iuc-to-iurc", "cooperation-mechanism", "support", "un-goals")
            ]
        current = soup(client.get("/en/support/")).select_one(".main-nav__group")
        assert current.select_one("summary")["data-current"] == "true"
        assert current.select_one("a[aria-current]")["href"] == "/en/support/"


@pytest.mark.usefixtures("site")
class TestNavigation:
    def configure(self, admin_client, main, footer=None):
        if footer is None:  # the footer as saved, which the editor's page posts back with the menu
            footer = [entry["value"] for entry in NavigationSettings.objects.get().footer_menu.raw_data]
        changes = {
            "main_menu": menu_form(main),
            "footer_menu": streamfield([("link", link(value)) for value in footer]),
        }
        post_settings(admin_client, "navigationsettings", changes)

    def test_without_entries_the_menu_lists_the_pages_shown_in_menus(self, client):
        NavigationSettings.objects.update(main_menu=[])
        expected = ["Cities", "Cooperation", "Background", "Support", "Achievements", "Contact"]
        assert [title for title, _href in menu(client, "/en/")] == expected  # not UN goals or the legal notice

    def test_the_editor_starts_from_the_menu_visitors_see(self, admin_client, client):
        """An empty menu setting opens holding the automatic menu, so that adding one entry keeps the others."""
        NavigationSettings.objects.update(main_menu=[])
        visible = menu(client, "/en/")
        entries = menu_entries(admin_client)
        assert [Page.objects.get(pk=value["page"]).url for _type, value in entries] == [href for _t, href in visible]

    def test_with_more_than_six_sections_shown_in_menus_the_automatic_menu_takes_the_first_six(
        self, admin_client, client, home
    ):
        """Visitors never see more than six entries, and the editor starts from those six and can save them."""
        NavigationSettings.objects.update(main_menu=[])
        published(ProgrammePageFactory(parent=home, slug="zz-extra", title="Extra", show_in_menus=True))
        Page.objects.filter(slug="un-goals").update(show_in_menus=True)
        visible = menu(client, "/en/")
        assert [title for title, _href in visible] == [
            "Cities", "Cooperation", "Background", "Support", "Achievements", "Contact",
        ]  # fmt: skip
        entries = menu_entries(admin_client)
        assert [Page.objects.get(pk=value["page"]).url for _type, value in entries] == [href for _t, href in visible]
        entries[-1][1].update(label_en="Write to us", label_zh_hans="联系方式")
        self.configure(admin_client, entries)
        assert [title for title, _href in menu(client, "/en/")][-1] == "Write to us"

    def test_changing_one_entry_keeps_all_the_others(self, admin_client, client):
        before = soup(client.get("/zh-hans/")).select(".main-nav__list a, .main-nav__list summary")
        entries = menu_entries(admin_client)
        contact = next(
            value for block_type, value in entries if value.get("page") == Page.objects.get(slug="contact").pk
        )
        contact.update(label_en="Write to us", label_zh_hans="联系方式")
        self.configure(admin_client, entries)
        after = soup(client.get("/zh-hans/")).select(".main-nav__list a, .main-nav__list summary")
        assert [element.get_text(strip=True) for element in after] == [
            "联系方式" if element.get_text(strip=True) == "联系我们" else element.get_text(strip=True)
            for element in before
        ]
        assert "Write to us" in [title for title, _href in menu(client, "/en/")]

    def test_navigation_change_appears_in_header_and_footer_in_both_languages(self, admin_client, client):
        cities, contact = Page.objects.get(slug="cities"), Page.objects.get(slug="contact")
        self.configure(
            admin_client,
            main=[
                ("link", {"page": contact.pk}),
                ("link", {"page": cities.pk, "label_en": "Our cities", "label_zh_hans": "我们的城市"}),
                ("link", {"url": "https://www.iurc.eu", "label_en": "IURC worldwide", "label_zh_hans": "全球 IURC"}),
                ("link", {"page": Page.objects.get(slug="background").pk, "visible": False}),  # hidden for now
                (
                    "group",
                    {
                        "label_en": "News",
                        "label_zh_hans": "新闻",
                        "items": [{"page": Page.objects.get(slug="support").pk}],
                    },
                ),
            ],
            footer=[
                {
                    "url": "https://ec.europa.eu",
                    "label_en": "European Commission",
                    "label_zh_hans": "欧盟委员会",
                }
            ],
        )
        assert menu(client, "/en/") == [
            ("Contact", "/en/contact/"),
            ("Our cities", "/en/cities/"),
            ("IURC worldwide", "https://www.iurc.eu"),
            ("Support", "/en/support/"),
        ]
        assert menu(client, "/zh-hans/") == [
            (contact.title_zh_hans, "/zh-hans/contact/"),
            ("我们的城市", "/zh-hans/cities/"),
            ("全球 IURC", "https://www.iurc.eu"),
            ("相关支持", "/zh-hans/support/"),
        ]
        assert soup(client.get("/zh-hans/")).select_one(".main-nav__group summary").get_text(strip=True) == "新闻"
        current = soup(client.get("/en/cities/bologna/")).select_one(".main-nav__list a[aria-current]")
        assert current.get_text(strip=True) == "Our cities" and current["aria-current"] == "true"
        footer = soup(client.get("/zh-hans/")).select(".site-footer__nav a")
        assert ("欧盟委员会", "https://ec.europa.eu") in [(a.get_text(strip=True), a["href"]) for a in footer]

    def test_an_entry_needs_a_page_or_a_link(self, admin_client):
        url = settings_url("navigationsettings")
        data = form_data(admin_client, url, None, {}, form_id="w-editor-form")
        data.update(
            nested_form_data(
                {"main_menu": menu_form([("link", {"label_en": "Nowhere"})]), "footer_menu": streamfield([])}
            )
        )
        response = admin_client.post(url, data)
        assert response.status_code == 200
        assert "Choose either a page or an external link." in response.content.decode()

    def test_at_most_six_top_level_entries(self, admin_client):
        pages = list(Page.objects.get(depth=2).get_children().live()[:7])
        url = settings_url("navigationsettings")
        data = form_data(admin_client, url, None, {}, form_id="w-editor-form")
        data.update(
            nested_form_data(
                {
                    "main_menu": menu_form([("link", {"page": page.pk}) for page in pages]),
                    "footer_menu": streamfield([]),
                }
            )
        )
        response = admin_client.post(url, data)
        assert response.status_code == 200
        assert "The maximum number of items is 6" in response.content.decode()

    def test_the_header_costs_the_same_queries_for_two_items_or_six(self, admin_client, client):
        pages = list(Page.objects.get(depth=2).get_children().live()[:8])

        def queries_with(count):
            self.configure(
                admin_client,
                main=[
                    ("link", {"page": pages[0].pk}),
                    (
                        "group",
                        {
                            "label_en": "G",
                            "label_zh_hans": "组",
                            "items": [{"page": page.pk} for page in pages[1:count]],
                        },
                    ),
                ],
            )
            client.get("/en/background/")  # warm the settings rows and the site root paths
            with CaptureQueriesContext(connection) as queries:
                assert len(menu(client, "/en/background/")) == count
            return len(queries)

        assert queries_with(2) == queries_with(8)


@pytest.mark.usefixtures("pair")
class TestSnippets:
    def listing(self, client, model, **params):
        response = client.get(reverse(f"wagtailsnippets_core_{model}:list"), params)
        assert response.status_code == 200
        return soup(response).select("table.listing tbody tr")

    def test_countries_filter_by_side_and_search_in_both_languages(self, admin_client):
        chinese_side = self.listing(admin_client, "country", side="cn")
        assert chinese_side and all("China" in row.get_text() for row in chinese_side)
        assert len(chinese_side) < len(self.listing(admin_client, "country"))
        found = self.listing(admin_client, "country", q="意大")
        assert [row.select_one("td.title a").get_text(strip=True) for row in found] == ["Italy"]
        assert len(self.listing(admin_client, "country", q="ital")) == 1

    def test_themes_filter_by_phase_and_goals_by_use(self, admin_client):
        from iurc_site.core.models import ProgrammePhase, SustainableDevelopmentGoal, Theme

        phase = ProgrammePhase.objects.get(slug="iuc-asia")  # the pair's story: logistics and rail, SDGs 9 and 11
        used = Theme.objects.filter(stories__phase=phase).distinct().count()
        assert 0 < len(self.listing(admin_client, "theme", phase=phase.pk)) == used == 1 < Theme.objects.count()
        goals_in_use = SustainableDevelopmentGoal.objects.filter(stories__isnull=False).distinct().count()
        listed = self.listing(admin_client, "sustainabledevelopmentgoal", used="true")
        assert 0 < len(listed) == goals_in_use == 2 < SustainableDevelopmentGoal.objects.count()
        assert len(self.listing(admin_client, "theme", q="智慧")) >= 1

    def test_snippet_editor_shows_both_languages(self, admin_client):
        from iurc_site.core.models import Theme

        theme = Theme.objects.first()
        editor = soup(admin_client.get(reverse("wagtailsnippets_core_theme:edit", args=[theme.pk])))
        assert editor.select_one("input[name=name_en]")["value"] == theme.name_en
        assert editor.select_one("input[name=name_zh_hans]")["value"] == theme.name_zh_hans


class TestImageUploads:
    def upload(self, client, image, name="big.png"):
        buffer = io.BytesIO()
        image.save(buffer, "PNG", compress_level=0 if image.mode == "RGB" else 9)
        upload = SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")
        return client.post(reverse("wagtailimages:add"), {"title": "Upload", "file": upload, "collection": 1})

    def test_too_many_pixels_is_refused_on_the_file_field(self, admin_client):
        response = self.upload(admin_client, PILImage.new("1", (8000, 6000)))  # 48 million pixels, a tiny file
        assert response.status_code == 200
        errors = form_errors(response)["file"]
        assert errors == ["This file has too many pixels (48000000). Maximum pixels 40000000."]

    def test_too_large_a_file_is_refused_on_the_file_field(self, admin_client):
        noise = PILImage.frombytes("RGB", (2000, 1900), bytes(range(256)) * (2000 * 1900 * 3 // 256 + 1))
        response = self.upload(admin_client, noise)  # about 11 MB uncompressed
        errors = form_errors(response)["file"]
        assert re.fullmatch(
            r"This file is too big \(1\d\.\d MB\)\. Maximum filesize 10\.0 MB\.", errors[0].replace("\xa0", " ")
        )

    def test_a_normal_image_is_stored_with_a_focal_point_editor(self, admin_client):
        from wagtail.images import get_image_model

        response = self.upload(admin_client, PILImage.new("RGB", (1200, 800), "teal"), name="ok.png")
        assert response.status_code == 302
        image = get_image_model().objects.get(title="Upload")
        editor = admin_client.get(reverse("wagtailimages:edit", args=[image.pk])).content.decode()
        assert 'name="focal_point_x"' in editor


@pytest.mark.usefixtures("site")
def test_document_links_show_type_size_and_language(admin_client, client):
    from wagtail.documents import get_document_model

    pdf = SimpleUploadedFile("brochure.pdf", b"%PDF-1.4\n" + b"x" * 1500, content_type="application/pdf")
    response = admin_client.post(
        reverse("wagtaildocs:add"), {"title": "Programme brochure", "file": pdf, "collection": 1, "language": "zh-hans"}
    )
    assert response.status_code == 302, form_errors(response)
    document = get_document_model().objects.get(title="Programme brochure")
    assert document.language == "zh-hans"

    page = ProgrammePage.objects.get(slug="support")
    link = f'<p>Read the <a linktype="document" id="{document.pk}">brochure</a>.</p>'
    streams = {
        "body_en": [
            heading("Downloads"),
            ("document", {"document": document.pk, "title": ""}),
            ("paragraph", rich_text(link, features=RICH_TEXT_FEATURES)),
        ]
    }
    response = edit_page(admin_client, page, streams=streams, action="publish")
    assert response.status_code == 302, form_errors(response)

    html = soup(client.get("/en/support/"))
    block = html.select_one(".document-link")
    assert block.a.get_text(strip=True) == "Programme brochure" and block.a["href"] == document.url
    assert block.select_one(".document-meta").get_text() == "(PDF, 1.5 KB, 中文)"
    paragraph_link = html.find("a", string="brochure")
    assert paragraph_link["href"] == document.url and not paragraph_link.has_attr("data-document-meta")
    paragraph_meta = paragraph_link.find_next_sibling("span", class_="document-meta")
    assert paragraph_meta.get_text() == "(PDF, 1.5 KB, 中文)"
    assert not paragraph_link.has_attr("data-document-language")
    for meta in (block.select_one(".document-meta"), paragraph_meta):  # the language name in its own language
        assert [(span["lang"], span.get_text()) for span in meta.find_all("span")] == [("zh-Hans", "中文")]
