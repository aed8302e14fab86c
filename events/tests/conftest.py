"""Events below an events section made with the factories (the paired cities Chongqing and Mannheim and their
story come from the root conftest.py)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventPage
from iurc_site.core.factories import published

# A fixed event: 5 March 2026, 14:00–16:00 Beijing time (07:00–09:00 CET).
FIXED_START = datetime(2026, 3, 5, 14, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def index(home):
    return published(EventIndexPageFactory(parent=home))


@pytest.fixture
def make_event(index):
    """Create and publish an event below the index: `make_event(days=3)` starts in three days (negative: past)."""

    def make(days=7, hours=2, start=None, **fields):
        start = start or timezone.now() + timedelta(days=days)
        fields.setdefault("end", start + timedelta(hours=hours))
        event = EventPageFactory(parent=index, start=start, **fields)
        event.save_revision().publish()
        return EventPage.objects.get(pk=event.pk)

    return make
