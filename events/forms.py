"""The event editor: times are typed as the local time at the event, in the event's own time zone."""

from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from iurc_site.core.forms import BasePageForm
from iurc_site.core.i18n import language_codes, localized_field

TIMES = ("start", "end")
WHERE_MISSING = _("Give a place or an online link (or both).")


class EventPageForm(BasePageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.time_zone:  # show the stored times as the wall-clock time at the event
            for name in TIMES:
                value = getattr(instance, name)
                if value is not None and name in self.fields:
                    self.initial[name] = value.astimezone(ZoneInfo(instance.time_zone)).replace(tzinfo=None)

    def clean(self):
        cleaned_data = super().clean()
        zone_name = cleaned_data.get("time_zone")
        if zone_name:
            zone = ZoneInfo(zone_name)
            for name in TIMES:
                value = cleaned_data.get(name)
                if value is not None:  # typed as the event's local time, read by Django in the admin's zone
                    cleaned_data[name] = timezone.make_naive(value).replace(tzinfo=zone)
        places = [localized_field("place", code) for code in language_codes()]
        if not any(cleaned_data.get(name) for name in [*places, "online_url"]) and "online_url" in self.fields:
            for name in [places[0], "online_url"]:
                if name in self.fields:
                    self.add_error(name, WHERE_MISSING)
        return cleaned_data
