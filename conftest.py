"""Shared fixtures: a test database holding the whole programme content, loaded once per session."""

import io
import sys

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Page


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the programme content into the test database once; each test then runs in a rolled-back transaction."""
    with django_db_blocker.unblock():
        call_command("load_iurc_content", verbosity=0, stdout=io.StringIO())


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: what a rolled-back test cached (fragments keyed by the content
    version, Wagtail's renditions) must not outlive its data."""
    cache.clear()


@pytest.fixture
def live_pages(db):
    """Every live page below the site root, as its specific type."""
    return list(Page.objects.live().filter(depth__gt=1).specific().order_by("path"))


def pytest_terminal_summary(terminalreporter):
    """How many generated requests tests/test_hostile_input.py sent, and how they were answered."""
    hostile = sys.modules.get("tests.test_hostile_input")
    if hostile and hostile.SENT:
        answers = ", ".join(f"{count} {kind}" for kind, count in sorted(hostile.ANSWERS.items()))
        terminalreporter.write_line(f"hostile input: {hostile.SENT.total()} requests sent ({answers})")
