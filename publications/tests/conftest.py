"""The publication library made with the factories below a new home page; `city` is the root conftest's
Chongqing (paired with Mannheim in `story`)."""

import pytest

from iurc_site.core.factories import published
from publications.factories import PublicationIndexPageFactory


@pytest.fixture
def library(home, shared):
    return shared("library") or published(PublicationIndexPageFactory(parent=home))


@pytest.fixture
def city(chongqing):
    return chongqing
