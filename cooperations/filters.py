"""The cooperation story index's filters, theme and UN SDG, which also make the theme and SDG roll-ups."""

from django.utils.translation import gettext_lazy as _

from iurc_site.core.filters import FilterField, ListingFilterForm
from iurc_site.core.models import SustainableDevelopmentGoal, Theme


class StoryFilterForm(ListingFilterForm):
    theme = FilterField(
        label=_("Theme"), all_label=_("All themes"), unknown_message=_("Unknown theme “%(value)s” was ignored.")
    )
    sdg = FilterField(
        label=_("UN Sustainable Development Goal"),
        all_label=_("All goals"),
        unknown_message=_("Unknown goal “%(value)s” was ignored."),
    )

    def __init__(self, params):
        super().__init__(params)
        self.themes = {theme.slug: theme for theme in Theme.objects.all()}
        self.goals = {str(goal.number): goal for goal in SustainableDevelopmentGoal.objects.all()}
        self.fields["theme"].set_choices((slug, theme.name) for slug, theme in self.themes.items())
        self.fields["sdg"].set_choices((number, str(goal)) for number, goal in self.goals.items())

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

    def apply(self, stories):
        """Narrow a CooperationStoryPage queryset to the valid filter values."""
        if self.chosen_theme:
            stories = stories.filter(themes=self.chosen_theme)
        if self.chosen_goal:
            stories = stories.filter(sdgs=self.chosen_goal)
        return stories
