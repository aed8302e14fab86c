"""Theme and goal roll-ups in the site search: a query naming a theme or an SDG (in either language) finds its
roll-up, and the cities of its stories among the page results."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from iurc_site.core.i18n import HTML_LANG, language_codes, localized_field
from iurc_site.core.models import SustainableDevelopmentGoal, Theme
from iurc_site.core.search import highlight, term_pattern

from .models import CooperationStoryPage, cities_of, story_card_prefetches
from .templatetags.cooperation_tags import story_index_url


class RollupResult:
    """A theme's or goal's roll-up as a search result."""

    def __init__(self, kind, name, description, url, stories, pattern):
        self.kind, self.url = kind, url
        (self.title, self.title_lang), (text, self.snippet_lang) = name, description
        self.title = highlight(self.title, pattern)
        cities = cities_of(stories)
        counts = (
            ngettext("%(counter)s cooperation story", "%(counter)s cooperation stories", len(stories))
            % {"counter": len(stories)}
            + " · "
            + ngettext("%(counter)s case city", "%(counter)s case cities", len(cities)) % {"counter": len(cities)}
        )
        self.snippet = highlight(f"{text} ({counts})" if text else counts, pattern)


def shown(obj, field, language):
    """A translated field's text in `language` (English when empty) and the BCP 47 tag of what is shown."""
    value = getattr(obj, localized_field(field, language), "") or ""
    if value:
        return value, HTML_LANG[language]
    return getattr(obj, localized_field(field, "en"), "") or "", HTML_LANG["en"]


def names(obj, *fields):
    return " ".join(
        getattr(obj, localized_field(field, code), "") or "" for field in fields for code in language_codes()
    )


def matches_all(text, terms):
    return all(term_pattern([term]).search(text) for term in terms)


def rollup_results(request, terms, pattern, language):
    """Roll-ups whose theme or goal name (any language) holds every term, and the cities of their stories."""
    themes = [theme for theme in Theme.objects.all() if matches_all(names(theme, "name"), terms)]
    goals = [
        goal
        for goal in SustainableDevelopmentGoal.objects.all()
        if matches_all(f"{goal.number} " + names(goal, "name"), terms)
    ]
    if not (themes or goals):
        return [], []
    stories = list(
        CooperationStoryPage.objects.live()
        .public()
        .defer_streamfields()
        .prefetch_related(*story_card_prefetches(), "sdgs")
        .order_by("path")
    )
    base = story_index_url(request)
    if not base:
        return [], []
    tags = [(theme, _("Theme"), f"theme={theme.slug}", "themes") for theme in themes]
    tags += [(goal, _("UN Sustainable Development Goal"), f"sdg={goal.number}", "sdgs") for goal in goals]
    results, cities = [], []
    for tag, kind, query, relation in tags:
        tag_stories = [story for story in stories if tag in getattr(story, relation).all()]
        if not tag_stories:
            continue
        name, name_lang = shown(tag, "name", language)
        if relation == "sdgs":
            name = _("SDG %(number)s: %(name)s") % {"number": tag.number, "name": name}
            description = ("", name_lang)
        else:
            description = shown(tag, "description", language)
        results.append(RollupResult(kind, (name, name_lang), description, f"{base}?{query}", tag_stories, pattern))
        cities += cities_of(tag_stories)
    return results, cities
