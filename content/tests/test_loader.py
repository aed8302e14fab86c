"""`load_iurc_content`: the whole brochure in both languages, idempotent, and never clobbering edits."""

import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from cities.models import CityPage
from cooperations.models import CooperationStoryPage
from iurc_site.core.models import Country, SiteSettings, SustainableDevelopmentGoal

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("programme")]  # about the programme content

BROCHURE = Path(__file__).resolve().parent.parent / "brochure.txt"


def load(*args):
    output = io.StringIO()
    call_command("load_iurc_content", *args, stdout=output)
    return output.getvalue()


def snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        sorted(Page.objects.values_list("id", "title_en", "title_zh_hans", "live")),
        sorted(CityPage.objects.values_list("id", "summary_en", "summary_zh_hans", "region_en")),
    )


def test_loads_every_case_city_and_story():
    assert CityPage.objects.filter(country__side=Country.Side.CHINA).count() == 18
    assert CityPage.objects.filter(country__side=Country.Side.EUROPE).count() == 13
    assert CooperationStoryPage.objects.count() == 4
    assert SustainableDevelopmentGoal.objects.count() == 17
    for slug in ("chongqing", "mannheim", "reggio-emilia", "stuttgart-region", "greater-manchester", "aak"):
        assert CityPage.objects.filter(slug=slug).exists(), slug
    for page in Page.objects.filter(depth__gt=1).specific():
        assert page.title_en and page.title_zh_hans, page
        assert re.fullmatch(r"[a-z0-9-]+", page.slug), page.slug


def test_stories_link_the_brochure_pairs():
    pairs = {
        story.slug: (
            sorted(story.chinese_cities.values_list("slug", flat=True)),
            sorted(story.european_cities.values_list("slug", flat=True)),
        )
        for story in CooperationStoryPage.objects.all()
    }
    assert sorted(pairs.values()) == [
        (["chongqing"], ["mannheim"]),
        (["liuzhou"], ["barcelona"]),
        (["yangzhou"], ["barcelona", "bologna", "rome", "stuttgart-region"]),
        (["yantai"], ["rome"]),
    ]


def test_contact_details_come_from_the_brochure():
    settings = SiteSettings.objects.get()
    assert settings.email == "China-office@iurc.eu"
    assert settings.postcode == "100125"
    assert settings.address_zh_hans == "北京市朝阳区麦子店街37号盛福大厦21层2138室"


def test_every_chinese_phrase_of_the_brochure_is_on_the_chinese_site(client):
    """Each Chinese sentence or phrase of the brochure appears on some /zh-hans/ page."""
    site_text = ""
    for page in Page.objects.live().filter(depth__gt=1).specific():
        html = client.get(f"/zh-hans{page.url_path[len('/home') :]}").content.decode()
        site_text += re.sub(r"<[^>]+>|\s", "", html)
    missing = []
    for line in BROCHURE.read_text(encoding="utf-8").splitlines():
        for phrase in re.split(r"[►、，。：:/\-–《》（）()\s]+|\d{4}|[A-Za-z.@\-]+", line):
            if re.search(r"[\u4e00-\u9fff]", phrase) and phrase not in site_text:
                missing.append(phrase)
    assert not missing, missing


def test_second_run_changes_nothing():
    before = snapshot()
    output = load()
    assert "Created 0, restored 0" in output
    assert snapshot() == before


def test_editors_changes_and_deletions_survive_a_second_run():
    city = CityPage.objects.get(slug="chongqing")
    city.summary_zh_hans = "编辑修改过的摘要"
    city.save_revision().publish()
    CityPage.objects.get(slug="barnsley").delete()

    load()

    assert CityPage.objects.get(slug="chongqing").summary_zh_hans == "编辑修改过的摘要"
    assert not CityPage.objects.filter(slug="barnsley").exists()

    output = load("--reset")
    assert "restored city:chongqing" in output and "created city:barnsley" in output
    assert CityPage.objects.get(slug="chongqing").summary_zh_hans != "编辑修改过的摘要"
    assert CityPage.objects.filter(slug="barnsley", live=True).exists()


def test_if_empty_skips_a_loaded_database():
    assert "already loaded" in load("--if-empty")


def test_a_renamed_section_and_a_deleted_country_are_skipped_not_recreated():
    section = Page.objects.get(slug="cities").specific
    section.slug = "case-cities"
    section.save_revision().publish()
    italy = Country.objects.get(iso_code="IT")
    italian = sorted(CityPage.objects.filter(country=italy).values_list("slug", flat=True))
    assert italian
    for city in CityPage.objects.filter(country=italy):
        city.delete()
    italy.delete()
    before = snapshot()

    output = load()

    assert "Created 0, restored 0" in output
    others = CityPage.objects.count()
    assert f"skipped {others + len(italian)} whose section page or country is gone" in output
    skipped = dict(re.findall(r"^  skipped \((.+)\): (.+)$", output, re.MULTILINE))
    assert sorted(skipped["country IT not found"].split(", ")) == [f"city:{slug}" for slug in italian]
    assert len(skipped["section page not found"].split(", ")) == others
    assert snapshot() == before
    assert not Country.objects.filter(iso_code="IT").exists()
    assert not Page.objects.filter(slug="cities").exists()
