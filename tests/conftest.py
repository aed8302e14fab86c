"""Shared fixtures: a test database holding the whole programme content, loaded once per session."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the programme content into the test database once; each test then runs in a rolled-back transaction."""
    with django_db_blocker.unblock():
        call_command("load_iurc_content", verbosity=0, stdout=io.StringIO())


@pytest.fixture
def live_pages(db):
    """Every live page below the site root, as its specific type."""
    return list(Page.objects.live().filter(depth__gt=1).specific().order_by("path"))
