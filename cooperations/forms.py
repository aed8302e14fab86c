"""Admin form for cooperation stories: each side may only list cities of that side."""

from django.utils.translation import gettext_lazy as _

from iurc_site.core.forms import BasePageForm
from iurc_site.core.models import Country

SIDE_RULES = [
    ("chinese_cities", Country.Side.CHINA, _("Only cities in China can be listed here.")),
    ("european_cities", Country.Side.EUROPE, _("Only European cities can be listed here.")),
]


class CooperationStoryForm(BasePageForm):
    def clean(self):
        cleaned_data = super().clean()
        for field_name, side, message in SIDE_RULES:
            cities = cleaned_data.get(field_name)
            if cities is not None and cities.exclude(country__side=side).exists():
                self.add_error(field_name, message)
        return cleaned_data
