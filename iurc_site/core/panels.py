"""A coordinate picker for the page editor: click on the site's own map, or paste "lat, lon"."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from . import geo


class CoordinatePickerPanel(Panel):
    """Fills the latitude and longitude fields from a click on the site's map (the same projection and country
    outlines as the public map, no third-party tiles) or from a pasted "45.49, 11.34". The fields stay the source
    of truth: the picker only writes into them (editors.js)."""

    def __init__(self, latitude="latitude", longitude="longitude", **kwargs):
        kwargs.setdefault("heading", _("Find on the map"))
        super().__init__(**kwargs)
        self.latitude, self.longitude = latitude, longitude

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "latitude": self.latitude, "longitude": self.longitude}

    class BoundPanel(Panel.BoundPanel):
        template_name = "core/admin/coordinate_picker.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(
                latitude_id=self.form[self.panel.latitude].id_for_label,
                longitude_id=self.form[self.panel.longitude].id_for_label,
                viewbox=geo.VIEWBOX,
                projection={
                    "west": geo.WEST,
                    "units-per-radian": geo.UNITS_PER_RADIAN,
                    "top": geo.TOP,
                    "south": geo.SOUTH,
                    "north": geo.NORTH,
                    "east": geo.EAST,
                },
            )
            return context
