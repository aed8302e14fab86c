"""Shared fixtures. Tests build their own data with the apps' factories on an empty site (`site_root`); the
tests about the programme content itself ask for it with `pytest.mark.usefixtures("programme")`, which loads the
brochure content once, on the first test that needs it. Those tests run after all the others, which therefore
never see it. `tags` and `pair` (the snippets the filters choose from, two case cities and their story) are the small
world several modules share; `pair`, `network` and a few modules' own data are built once per module (`Worlds`):
each test gets its own copy and rolls back what it changes."""

import collections
import contextlib
import copy
import decimal
import io
import types

import pytest
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.test import override_settings
from django.utils import translation
from wagtail.models import Page

from tests import databases


@pytest.fixture(scope="session")
def migrated_template(worker_id, tmp_path_factory):
    """Under pytest-xdist, the run's migrated template database (tests/databases.py); None in a single process."""
    if worker_id == "master":
        return None
    return databases.migrated_template(settings.DATABASES["default"], tmp_path_factory.getbasetemp().parent)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, migrated_template, worker_id):
    """Each pytest-xdist worker's test database starts as a copy of the migrated template."""
    if migrated_template is None:
        yield
        return
    with databases.starting_from(migrated_template, settings.DATABASES["default"], worker_id):
        yield


def pytest_sessionfinish(session):
    """The pytest-xdist controller drops the run's PostgreSQL template when its workers are done."""
    if getattr(session.config.option, "numprocesses", None) and not hasattr(session.config, "workerinput"):
        databases.drop_template(settings.DATABASES["default"])


@pytest.fixture(scope="session")
def programme(django_db_setup, django_db_blocker, worlds):
    """The programme content (`load_iurc_content`), committed to the test database: loaded once, kept to the end.

    The factory tests before it rolled their rows back, but PostgreSQL's sequences do not roll back: they are set
    back to the tables' contents first, so that the content gets the ids it gets on a new site (the API's
    documented examples name them)."""
    worlds.close()  # a module's world must not hold the content's transaction
    with django_db_blocker.unblock():
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                cursor.execute(statement)
        with override_settings(WAGTAILSEARCH_BACKENDS=indexing(settings.WAGTAILSEARCH_BACKENDS)):
            call_command("load_iurc_content", verbosity=0, stdout=io.StringIO())


def indexing(backends):
    """The search backends' settings with pages indexed as they are saved, as on the site."""
    return {name: {**backend, "AUTO_UPDATE": True} for name, backend in backends.items()}


@pytest.fixture
def search_index(settings):
    """Pages saved in the test are indexed for search, as on the site (the test settings leave that out)."""
    settings.WAGTAILSEARCH_BACKENDS = indexing(settings.WAGTAILSEARCH_BACKENDS)


def needs_programme(item):
    return "programme" in getattr(item, "fixturenames", ())


def uses_database(item):
    """Whether the test reaches the test database (pytest-django's marker or one of its database fixtures)."""
    return item.get_closest_marker("django_db") is not None or "django_db_setup" in getattr(item, "fixturenames", ())


def world_of(item):
    """The name of the module-wide data the test shares (a `world_…` fixture: `pair`, `network`…), or ""."""
    return next((name for name in getattr(item, "fixturenames", ()) if name.startswith("world_")), "")


def pytest_collection_modifyitems(items):
    """Tests on the programme content last (in their collected order): the others run on an empty site. Tests
    without a database first: under pytest-xdist they keep the other workers busy while one migrates the run's
    template database. In each module, the tests sharing data (`Worlds`) after the others, so that it is built
    once and the others never see it.

    pytest-xdist's `loadgroup` hands out its groups first, whatever their place in this order: a group of tests on
    the programme content would load it on a worker that then goes on to tests expecting an empty site. Such a group
    is refused here."""
    grouped = [item.nodeid for item in items if needs_programme(item) and item.get_closest_marker("xdist_group")]
    if grouped:
        raise pytest.UsageError(f"tests on the programme content cannot be in an xdist_group: {', '.join(grouped)}")
    modules = {}
    for item in items:
        modules.setdefault(item.path, len(modules))
    items.sort(key=lambda item: (needs_programme(item), uses_database(item), modules[item.path], world_of(item)))


class Worlds:
    """The data a module's tests share (a `world_…` fixture), built once in a transaction that each test's own (the
    `db` fixture's) nests in and rolls back to, and rolled back when the module is done; each test gets a copy of
    the objects as they were built (the `world` fixture). One at a time: opening one rolls back the one before."""

    def __init__(self, django_db_blocker):
        self.django_db_blocker = django_db_blocker
        self.name, self.data, self.transaction = None, None, None

    @contextlib.contextmanager
    def sharing(self, name, build, sections=True, search_index=False):
        """A world named `name`: a new site (`home`, and with `sections` its `city_directory` and `story_index`)
        that `build(world)` adds to; with `search_index`, its pages are indexed for search as they are saved."""
        self.close()
        self.transaction = contextlib.ExitStack()
        backends = indexing(settings.WAGTAILSEARCH_BACKENDS) if search_index else settings.WAGTAILSEARCH_BACKENDS
        with (
            self.django_db_blocker.unblock(),
            translation.override(settings.LANGUAGE_CODE),
            override_settings(WAGTAILSEARCH_BACKENDS=backends),
        ):
            self.transaction.enter_context(transaction.atomic())
            world = types.SimpleNamespace(home=make_home())
            if sections:
                world.city_directory = make_city_directory(world.home)
                world.story_index = make_story_index(world.home)
            build(world)
        self.name, self.data = name, world
        yield
        self.close(name)

    def close(self, name=None):
        """Roll back the open world (only if it is `name`, when given)."""
        if self.transaction is None or name not in (None, self.name):
            return
        with self.django_db_blocker.unblock():
            transaction.set_rollback(True)
            self.transaction.close()
        self.name, self.data, self.transaction = None, None, None

    def copy(self, name):
        assert self.name == name, f"{name} is not open (the open world is {self.name})"
        return copy.deepcopy(self.data)


@pytest.fixture(scope="session")
def worlds(django_db_setup, django_db_blocker):
    worlds = Worlds(django_db_blocker)
    yield worlds
    worlds.close()


@pytest.fixture(scope="module")
def world_pair(worlds, request):
    """`pair`'s world (a new site, the tags and the pair), once per module."""

    def build(world):
        world.tags = make_tags()
        world.pair = make_pair(world.tags)

    with worlds.sharing(request.fixturename, build):
        yield


@pytest.fixture(scope="module")
def world_network(worlds, request):
    """`network`'s world (a new site and the network), once per module."""

    def build(world):
        from tests.network import build_network

        world.network = build_network(world.city_directory, world.story_index)

    with worlds.sharing(request.fixturename, build):
        yield


@pytest.fixture
def world(request, worlds):
    """This test's copy of the world its module shares."""
    return worlds.copy(world_of(request.node))


@pytest.fixture
def shared(request):
    """`shared(name)`: the test's copy of `name` if it shares its module's world (it asks for `pair`, `network`…),
    else None."""

    def get(name):
        if world_of(request.node):
            return getattr(request.getfixturevalue("world"), name, None)
        return None

    return get


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: what a rolled-back test cached (fragments keyed by the content
    version, Wagtail's renditions) must not outlive its data."""
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language. A request to a `/zh-hans/` page leaves Chinese active on
    the thread that served it (LocaleMiddleware activates a language, nothing deactivates it), and
    django-modeltranslation then reads and writes the Chinese fields of the next test's pages."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def no_cache(settings):
    """Nothing is kept between requests (Django's dummy cache): every query a page needs is counted."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


def make_home():
    from iurc_site.core.factories import home_page

    return home_page()


def make_city_directory(home):
    from cities.factories import CityIndexPageFactory

    directory = CityIndexPageFactory(parent=home)
    directory.save_revision().publish()
    home.city_directory = directory
    home.save_revision().publish()
    return directory


def make_story_index(home):
    from cooperations.factories import CooperationIndexPageFactory

    index = CooperationIndexPageFactory(parent=home)
    index.save_revision().publish()
    home.story_index = index
    home.save_revision().publish()
    return index


def make_tags():
    from iurc_site.core.factories import (
        ProgrammePhaseFactory,
        SustainableDevelopmentGoalFactory,
        ThemeFactory,
        country,
    )

    return types.SimpleNamespace(
        countries=[country("CN"), country("DE"), country("IT")],
        iuc_asia=ProgrammePhaseFactory(slug="iuc-asia", name="IUC-Asia", start_year=2017, end_year=2020),
        iurc=ProgrammePhaseFactory(slug="iurc", name="IURC", start_year=2021, end_year=2023),
        logistics=ThemeFactory(slug="logistics-rail", name="Logistics and rail", name_zh_hans="物流与铁路"),
        smart_city=ThemeFactory(slug="smart-city", name="Smart city", name_zh_hans="智慧城市"),
        goal={number: SustainableDevelopmentGoalFactory(number=number) for number in (4, 9, 11)},
    )


def make_pair(tags):
    from tests.partners_support import make_city, make_story

    chongqing = make_city(
        "chongqing",
        "Chongqing",
        "重庆",
        iso="CN",
        phases=[tags.iuc_asia],
        summary_en="Chongqing, a municipality on the upper Yangtze.",
        summary_zh_hans="重庆，长江上游的直辖市。",
        region_en="Chongqing Municipality",
        region_zh_hans="重庆市",
        latitude=decimal.Decimal("29.56"),
        longitude=decimal.Decimal("106.55"),
    )
    mannheim = make_city("mannheim", "Mannheim", "曼海姆", iso="DE", phases=[tags.iuc_asia])
    story = make_story(
        "chongqing-mannheim",
        "Chongqing and Mannheim, Germany",
        "重庆与德国曼海姆",
        chinese=[chongqing],
        european=[mannheim],
        phase=tags.iuc_asia,
        start_year=2017,
        end_year=2020,
        themes=[tags.logistics],
        sdgs=[tags.goal[9], tags.goal[11]],
        outcomes_en=[("outcome", "Launch of China–Europe Railway Express services")],
        outcomes_zh_hans=[("outcome", "开通中欧班列")],
        summary_en="Freight trains between the two cities and a cooperation centre.",
        summary_zh_hans="两市之间的货运列车和一个合作中心。",
    )
    return types.SimpleNamespace(chongqing=chongqing, mannheim=mannheim, story=story)


@pytest.fixture
def home(db, shared):
    """An empty site: a new home page as the default site's root (factories build the rest below it)."""
    return shared("home") or make_home()


@pytest.fixture
def city_directory(home, shared):
    return shared("city_directory") or make_city_directory(home)


@pytest.fixture
def story_index(home, shared):
    return shared("story_index") or make_story_index(home)


@pytest.fixture
def tags(db, shared):
    """What the filters choose from: countries, programme phases, themes and UN goals (no page)."""
    return shared("tags") or make_tags()


@pytest.fixture
def pair(world_pair, city_directory, story_index, tags, shared):
    """Chongqing (CN) and Mannheim (DE), both IUC-Asia, and their story: logistics and rail, SDGs 9 and 11."""
    return shared("pair")


@pytest.fixture
def chongqing(pair):
    return pair.chongqing


@pytest.fixture
def mannheim(pair):
    return pair.mannheim


@pytest.fixture
def story(pair):
    """`pair`'s story, Chongqing and Mannheim's."""
    return pair.story


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
def network(world_network, city_directory, story_index, shared):
    """A small network of cities and stories shaped like the programme's (tests/network.py): the cities by slug."""
    return shared("network")
