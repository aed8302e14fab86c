"""Shared fixtures. Tests build their own data with the apps' factories on an empty site (`site_root`); the
tests about the programme content itself ask for it with `pytest.mark.usefixtures("programme")`, which loads the
brochure content once, on the first test that needs it. Those tests run after all the others, which therefore
never see it."""

import collections
import io

import pytest
from django.apps import apps
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection
from wagtail.models import Page


@pytest.fixture(scope="session")
def programme(django_db_setup, django_db_blocker):
    """The programme content (`load_iurc_content`), committed to the test database: loaded once, kept to the end.

    The factory tests before it rolled their rows back, but PostgreSQL's sequences do not roll back: they are set
    back to the tables' contents first, so that the content gets the ids it gets on a new site (the API's
    documented examples name them)."""
    with django_db_blocker.unblock():
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                cursor.execute(statement)
        call_command("load_iurc_content", verbosity=0, stdout=io.StringIO())


def needs_programme(item):
    return "programme" in getattr(item, "fixturenames", ())


def pytest_collection_modifyitems(items):
    """Tests on the programme content last (in their collected order): the others run on an empty site."""
    items.sort(key=needs_programme)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: what a rolled-back test cached (fragments keyed by the content
    version, Wagtail's renditions) must not outlive its data."""
    cache.clear()


@pytest.fixture
def home(db):
    """An empty site: a new home page as the default site's root (factories build the rest below it)."""
    from iurc_site.core.factories import home_page

    return home_page()


@pytest.fixture
def city_directory(home):
    from cities.factories import CityIndexPageFactory

    directory = CityIndexPageFactory(parent=home)
    directory.save_revision().publish()
    home.city_directory = directory
    home.save_revision().publish()
    return directory


@pytest.fixture
def story_index(home):
    from cooperations.factories import CooperationIndexPageFactory

    index = CooperationIndexPageFactory(parent=home)
    index.save_revision().publish()
    home.story_index = index
    home.save_revision().publish()
    return index


@pytest.fixture
def live_pages(programme, db):
    """Every live page of the programme content below the site root, as its specific type."""
    return list(Page.objects.live().filter(depth__gt=1).specific().order_by("path"))


HOSTILE_ANSWERS = collections.Counter()


def pytest_runtest_logreport(report):
    """Count what tests/test_hostile_input.py sent (its tests record it; under pytest-xdist, on any worker)."""
    if report.when == "teardown":
        for name, counts in report.user_properties:
            if name == "hostile requests":
                HOSTILE_ANSWERS.update(counts)


def pytest_terminal_summary(terminalreporter):
    """How many generated requests tests/test_hostile_input.py sent, and how they were answered."""
    if HOSTILE_ANSWERS:
        listed = ", ".join(f"{count} {kind}" for kind, count in sorted(HOSTILE_ANSWERS.items()))
        terminalreporter.write_line(f"hostile input: {HOSTILE_ANSWERS.total()} requests sent ({listed})")


@pytest.fixture
def network(city_directory, story_index):
    """A small network of cities and stories shaped like the programme's (tests/network.py): the cities by slug."""
    from tests.network import build_network

    return build_network(city_directory, story_index)
