"""The cooperation story index's filters, theme and UN SDG, which also make the theme and SDG roll-ups."""

from django.utils.translation import gettext_lazy as _

from iurc_site.core.filters import ListingFilter, ListingFilterSet
from iurc_site.core.models import SustainableDevelopmentGoal, Theme


class StoryFilterSet(ListingFilterSet):
    theme = ListingFilter(
        field_name="themes__slug",
        label=_("Theme"),
        all_label=_("All themes"),
        unknown_message=_("Unknown theme “%(value)s” was ignored."),
    )
    sdg = ListingFilter(
        field_name="sdgs__number",
        label=_("UN Sustainable Development Goal"),
        all_label=_("All goals"),
        unknown_message=_("Unknown goal “%(value)s” was ignored."),
    )

    def choices(self):
        self.themes = {theme.slug: theme for theme in Theme.objects.all()}
        self.goals = {str(goal.number): goal for goal in SustainableDevelopmentGoal.objects.all()}
        return {
            "theme": [(slug, theme.name) for slug, theme in self.themes.items()],
            "sdg": [(number, str(goal)) for number, goal in self.goals.items()],
        }

    def normalize(self, name, value):
        value = super().normalize(name, value)
        if name == "sdg" and value.isascii() and value.isdigit() and len(value) <= 3:
            return str(int(value))  # "09" is goal 9
        return value

    @property
    def chosen_theme(self):
        """The Theme chosen, or None."""
        return self.themes.get(self.values.get("theme"))

    @property
    def chosen_goal(self):
        """The SustainableDevelopmentGoal chosen, or None."""
        return self.goals.get(self.values.get("sdg"))
