"""A content page ends with the day it was last published, in the visitor's language and the programme's time
zone; the home page and the indexes, whose lists change without them, do not."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page

from tests.pages import soup

pytestmark = pytest.mark.django_db  # pages from the factories: Chongqing, Mannheim and their story (`pair`)

# 20:30 in UTC is already the next day in Beijing, where the programme dates its work.
PUBLISHED = datetime.datetime(2025, 3, 1, 20, 30, tzinfo=datetime.UTC)
SHOWN = {"en": "Page last updated 2 March 2025", "zh-hans": "本页更新于 2025年3月2日"}


def last_updated(response):
    assert response.status_code == 200
    line = soup(response).select_one("main .page-updated")
    return line and (" ".join(line.get_text().split()), line.time["datetime"])


@pytest.mark.parametrize("language", SHOWN)
def test_a_city_and_a_story_end_with_the_day_they_were_last_published(client, pair, language):
    Page.objects.filter(pk__in=[pair.chongqing.pk, pair.story.pk]).update(last_published_at=PUBLISHED)
    for page in (pair.chongqing, pair.story):
        url = f"/{language}{page.url_path[len('/home') :]}"
        assert last_updated(client.get(url)) == (SHOWN[language], "2025-03-02"), url


@pytest.mark.usefixtures("pair")
@pytest.mark.parametrize("path", ["/en/", "/zh-hans/", "/en/cities/", "/zh-hans/cooperation/"])
def test_the_home_page_and_the_indexes_show_no_date(client, path):
    assert last_updated(client.get(path)) is None


def test_publishing_again_moves_the_date(client, chongqing):
    Page.objects.filter(pk=chongqing.pk).update(last_published_at=PUBLISHED)
    chongqing.refresh_from_db()
    chongqing.save_revision().publish()
    shown = last_updated(client.get("/en/cities/chongqing/"))
    assert shown[1] == timezone.localdate().isoformat()
