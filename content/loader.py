"""Loads the programme content (programme.py) into the database in both languages.

Each item (country, theme, SDG, phase, settings, page) is created once and remembered in
`LoadedContent`. A later run skips remembered items, so it never overwrites an editor's change
and never brings back what an editor deleted; `reset=True` writes the seed values again. Items whose section page
or country an editor renamed or deleted are skipped and listed in the output.
"""

from collections import defaultdict
from decimal import Decimal

from django.db import transaction
from django.utils import translation
from modeltranslation.utils import build_lang
from wagtail.models import Page, Site

from cities.models import CityIndexPage, CityPage
from cooperations.models import CooperationIndexPage, CooperationStoryPage
from events.models import EventIndexPage
from iurc_site.core.i18n import language_codes, localized_field
from iurc_site.core.menus import MAX_TOP_LEVEL_ITEMS, list_values
from iurc_site.core.models import (
    AchievementsPage,
    ContactPage,
    Country,
    HomePage,
    NavigationSettings,
    ProgrammePage,
    ProgrammePhase,
    SiteSettings,
    SustainableDevelopmentGoal,
    Theme,
)
from news.models import NewsIndexPage
from publications.models import PublicationIndexPage

from . import programme
from .models import LoadedContent

# Top-level pages in menu order: (slug, page type).
SECTION_PAGES = [
    ("background", ProgrammePage),
    ("achievements", AchievementsPage),
    ("cities", CityIndexPage),
    ("cooperation", CooperationIndexPage),
    ("iuc-to-iurc", ProgrammePage),
    ("cooperation-mechanism", ProgrammePage),
    ("support", ProgrammePage),
    ("un-goals", ProgrammePage),
    ("contact", ContactPage),
]
# The pages the home page's "Learn more about the programme" points to, in this order.
HOME_ENTRY_POINTS = ("background", "cooperation-mechanism", "contact")
# Pages linked from the footer, not from the main menu; created after the cities and stories.
FOOTER_PAGES = [("legal-notice", ProgrammePage), ("privacy", ProgrammePage), ("accessibility", ProgrammePage)]
# Sections added since the first release, in the main menu's "News & events" group: created empty, after every
# other page, so that the pages loaded before keep their ids (the API's documented examples name them); a new
# section goes at the end.
LATER_SECTIONS = [("events", EventIndexPage), ("publications", PublicationIndexPage), ("news", NewsIndexPage)]


def translated(field_name, values):
    """{"en": a, "zh_hans": b} -> {"title_en": a, "title_zh_hans": b} (and `title` = English).

    `values` is keyed like the seeds, by modeltranslation's column suffix of each language.
    """
    fields = {localized_field(field_name, code): values[build_lang(code)] for code in language_codes()}
    fields[field_name] = values["en"]
    return fields


def translated_labels(values):
    """{"en": a, "zh_hans": b} -> {"label_en": a, "label_zh_hans": b}, as the menu blocks store labels."""
    return {localized_field("label", code): values[build_lang(code)] for code in language_codes()}


def stream(blocks_by_language, field_name="body"):
    return translated(
        field_name, {build_lang(code): blocks_by_language.get(build_lang(code), []) for code in language_codes()}
    )


class ContentLoader:
    def __init__(self, reset=False, log=print, verbose=False):
        self.reset = reset
        self.log = log
        self.verbose = verbose
        self.created = []
        self.restored = []
        self.kept = []
        self.skipped = defaultdict(list)  # {why: [key, …]}
        self.loaded_keys = set(LoadedContent.objects.values_list("key", flat=True))
        self.new_keys = []  # remembered at the end, in one query

    def run(self):
        with transaction.atomic(), translation.override("en"):
            self.load_snippets()
            self.load_settings()
            self.load_pages()
            self.load_navigation()
            LoadedContent.objects.bulk_create(LoadedContent(key=key) for key in self.new_keys)
        skipped = sum(len(keys) for keys in self.skipped.values())
        self.log(
            f"Created {len(self.created)}, restored {len(self.restored)}, "
            f"left unchanged {len(self.kept)} item(s) already loaded, "
            f"skipped {skipped} whose section page or country is gone."
        )
        for why, keys in self.skipped.items():
            self.log(f"  skipped ({why}): {', '.join(keys)}")
        if self.verbose or self.reset:
            for key in self.created:
                self.log(f"  created {key}")
            for key in self.restored:
                self.log(f"  restored {key}")

    # Bookkeeping -----------------------------------------------------------------------------

    def should_write(self, key):
        """Write an item the first time, or every time with --reset."""
        if key in self.loaded_keys and not self.reset:
            self.kept.append(key)
            return False
        return True

    def skip(self, key, why):
        """Leave out an item that something an editor renamed or deleted was needed for."""
        self.skipped[why].append(key)

    def remember(self, key, existed):
        (self.restored if existed else self.created).append(key)
        if key not in self.loaded_keys:
            self.new_keys.append(key)
            self.loaded_keys.add(key)

    def upsert(self, key, model, lookup, fields):
        if not self.should_write(key):
            return
        _obj, created = model.objects.update_or_create(**lookup, defaults=fields)
        self.remember(key, existed=not created)

    # Snippets and settings -------------------------------------------------------------------

    def load_snippets(self):
        for country in programme.COUNTRIES:
            self.upsert(
                f"country:{country['iso']}",
                Country,
                {"iso_code": country["iso"]},
                {"side": country["side"], **translated("name", country["name"])},
            )
        for phase in programme.PHASES:
            self.upsert(
                f"phase:{phase['slug']}",
                ProgrammePhase,
                {"slug": phase["slug"]},
                {"start_year": phase["start_year"], "end_year": phase["end_year"], **translated("name", phase["name"])},
            )
        for theme in programme.THEMES:
            self.upsert(
                f"theme:{theme['slug']}",
                Theme,
                {"slug": theme["slug"]},
                {**translated("name", theme["name"]), **translated("description", theme["description"])},
            )
        for goal in programme.SDGS:
            self.upsert(
                f"sdg:{goal['number']}",
                SustainableDevelopmentGoal,
                {"number": goal["number"]},
                translated("name", goal["name"]),
            )

    def load_settings(self):
        seed = programme.SITE_SETTINGS
        self.upsert(
            "settings",
            SiteSettings,
            {"site": self.site()},
            {
                "short_name": seed["short_name"],
                "website": seed["website"],
                "email": seed["email"],
                "postcode": seed["postcode"],
                **translated("programme_name", seed["programme_name"]),
                **translated("address", seed["address"]),
            },
        )
        self.upsert(
            "settings:footer-text", SiteSettings, {"site": self.site()}, translated("footer_text", seed["footer_text"])
        )

    # Pages -----------------------------------------------------------------------------------

    def site(self):
        return Site.objects.get(is_default_site=True)

    def load_pages(self):
        home = self.load_home()
        # Every section page exists before any is written, so that call-to-action links between them resolve.
        self.placeholders = {
            slug: self.placeholder(f"page:{slug}", home, page_class, slug) for slug, page_class in SECTION_PAGES
        }
        sections = {slug: self.load_section(home, page_class, slug) for slug, page_class in SECTION_PAGES}
        countries = {country.iso_code: country for country in Country.objects.all()}
        for seed in programme.CITIES:
            key = f"city:{seed['slug']}"
            if seed["country"] not in countries:
                self.skip(key, f"country {seed['country']} not found")
                continue
            fields = {
                "country": countries[seed["country"]],
                "latitude": Decimal(str(seed["lat"])),
                "longitude": Decimal(str(seed["lon"])),
                **translated("region", seed["region"]),
                **translated("summary", seed["summary"]),
            }
            relations = {"phases": ProgrammePhase.objects.filter(slug__in=seed["phases"])}
            self.write_page(key, sections["cities"], CityPage, seed["slug"], seed["name"], fields, relations)
        for seed in programme.STORIES:
            fields = {
                "phase": ProgrammePhase.objects.filter(slug=seed["phase"]).first(),
                "start_year": seed["start_year"],
                "end_year": seed["end_year"],
                **translated("summary", seed["summary"]),
                **stream(
                    {
                        key: [{"type": "outcome", "value": text} for text in items]
                        for key, items in seed["outcomes"].items()
                    },
                    "outcomes",
                ),
                **stream(self.with_links(seed.get("body", {}), home)),
            }
            relations = {
                "chinese_cities": CityPage.objects.filter(slug__in=seed["chinese_cities"]),
                "european_cities": CityPage.objects.filter(slug__in=seed["european_cities"]),
                "themes": Theme.objects.filter(slug__in=seed["themes"]),
                "sdgs": SustainableDevelopmentGoal.objects.filter(number__in=seed["sdgs"]),
            }
            self.write_page(
                f"story:{seed['slug']}",
                sections["cooperation"],
                CooperationStoryPage,
                seed["slug"],
                seed["title"],
                fields,
                relations,
            )
        for slug, page_class in FOOTER_PAGES:
            self.load_section(home, page_class, slug)
        for slug, page_class in LATER_SECTIONS:
            sections[slug] = self.load_section(home, page_class, slug)
        self.load_home_content(home, sections)

    def load_section(self, home, page_class, slug):
        seed = programme.PAGES[slug]
        fields = {**translated("summary", seed["summary"])}
        if hasattr(page_class, "body"):
            fields.update(stream(self.with_links(seed.get("body", {}), home)))
        return self.write_page(f"page:{slug}", home, page_class, slug, seed["title"], fields)

    def load_home(self):
        """Make a HomePage the default site's root, replacing Wagtail's placeholder page."""
        site = self.site()
        if isinstance(site.root_page.specific, HomePage):
            return site.root_page.specific
        placeholder = site.root_page
        seed = programme.PAGES["home"]
        home = HomePage(slug="home-new", **translated("title", seed["title"]), **translated("hero", seed["hero"]))
        Page.get_first_root_node().add_child(instance=home)
        site.root_page = home
        site.save()
        if type(placeholder.specific) is Page and not placeholder.get_children().exists():
            placeholder.delete()
            home.slug = "home"
            home.save()
        return home

    def load_home_content(self, home, sections):
        seed = programme.PAGES["home"]
        if not self.should_write("page:home"):
            return
        existed = "page:home" in self.loaded_keys
        for name, value in {
            **translated("title", seed["title"]),
            **translated("hero", seed["hero"]),
            **translated("summary", seed["summary"]),
            **stream(self.with_links(seed.get("body", {}), home)),
        }.items():
            setattr(home, name, value)
        home.city_directory = sections["cities"]
        home.story_index = sections["cooperation"]
        home.featured_stories.all().delete()
        for story in CooperationStoryPage.objects.live().order_by("path"):
            home.featured_stories.create(story=story)
        home.section_links.all().delete()
        for slug in HOME_ENTRY_POINTS:
            if sections.get(slug):
                home.section_links.create(link=sections[slug])
        home.save_revision(clean=False).publish()  # publishing validates the page
        self.remember("page:home", existed)

    def placeholder(self, key, parent, page_class, slug):
        """An unpublished, untitled-in-content page `slug` below `parent`, if it is to be written and does not exist."""
        if not self.should_write(key) or page_class.objects.child_of(parent).filter(slug=slug).exists():
            return None
        seed = programme.PAGES[slug]
        page = page_class(
            slug=slug, live=False, show_in_menus=self.in_menus(parent, slug), **translated("title", seed["title"])
        )
        parent.add_child(instance=page)
        return page

    @staticmethod
    def in_menus(parent, slug):
        return parent.depth == 2 and slug in dict(SECTION_PAGES)

    def write_page(self, key, parent, page_class, slug, title, fields, relations=None):
        """Create or update the page `slug` below `parent`; skip it when `parent` (a section page) is not found."""
        if parent is None:
            self.skip(key, "section page not found")
            return None
        page = page_class.objects.child_of(parent).filter(slug=slug).first()
        if not self.should_write(key):
            return page
        existed = page is not None and page != getattr(self, "placeholders", {}).get(slug)
        if page is None:
            page = page_class(
                slug=slug, show_in_menus=self.in_menus(parent, slug), **translated("title", title), **fields
            )
            parent.add_child(instance=page)
        else:
            for name, value in {**translated("title", title), **fields}.items():
                setattr(page, name, value)
        for name, values in (relations or {}).items():
            setattr(page, name, list(values))
        page.save_revision(clean=False).publish()  # publishing validates the page
        self.remember(key, existed)
        return page

    def with_links(self, blocks_by_language, home):
        """Turn call-to-action paths such as "/cities/" into links to the page with that path; a call to action
        whose page is not there (an editor deleted it) is left out rather than drawn as a link to nowhere."""
        linked = {}
        for language, blocks in blocks_by_language.items():
            linked[language] = []
            for block in blocks:
                if block["type"] == "call_to_action" and str(block["value"].get("url", "")).startswith("/"):
                    value = dict(block["value"])
                    path = value.pop("url")
                    target = Page.objects.filter(url_path=home.url_path + path.lstrip("/")).first()
                    if target is None:
                        self.skip(f"link {path}", "target page not found")
                        continue
                    value.update(page=target.pk, url="")
                    block = {"type": "call_to_action", "value": value}
                linked[language].append(block)
        return linked

    # Navigation ------------------------------------------------------------------------------

    def load_navigation(self):
        """Settings → Navigation: the seed's main-menu entries and footer links, each added once (at its seed
        position) unless the menu already links its pages; --reset writes the seed menu again."""
        navigation = NavigationSettings.for_site(self.site())
        home = self.site().root_page
        pages = {page.slug: page for page in home.get_children().live()}
        menu = [] if self.reset else [dict(entry) for entry in navigation.main_menu.raw_data]
        linked = {value["page"] for value in self.menu_link_values(menu) if value.get("page")}
        changed = False
        for position, entry in enumerate(programme.MAIN_MENU):
            key = f"menu:{entry['key']}"
            if not self.should_write(key):
                continue
            slugs = entry.get("pages") or [entry["page"]]
            links = [
                {"page": pages[slug].pk, "url": "", "label_en": "", "label_zh_hans": "", "visible": True}
                for slug in slugs
                if slug in pages and pages[slug].pk not in linked
            ]
            if not links:
                self.skip(key, "pages not found or already in the menu")
                continue
            if len(menu) >= MAX_TOP_LEVEL_ITEMS:
                self.skip(key, "the main menu is full")
                continue
            if "pages" in entry:
                block = {
                    "type": "group",
                    "value": {**translated_labels(entry["label"]), "visible": True, "items": links},
                }
            else:
                block = {"type": "link", "value": links[0]}
            menu.insert(min(position, len(menu)), block)
            changed = True
            self.remember(key, existed=False)
        if changed:
            navigation.main_menu = menu
        footer = [dict(entry) for entry in navigation.footer_menu.raw_data]
        footer_linked = {entry["value"].get("page") for entry in footer}
        for slug in programme.FOOTER_LINKS:
            key = f"footer:{slug}"
            if not self.should_write(key):
                continue
            if slug not in pages or pages[slug].pk in footer_linked:
                self.skip(key, "page not found or already in the footer")
                continue
            link = {"page": pages[slug].pk, "url": "", "label_en": "", "label_zh_hans": "", "visible": True}
            footer.append({"type": "link", "value": link})
            changed = True
            self.remember(key, existed=False)
        if changed:
            navigation.footer_menu = footer
            navigation.save()

    @staticmethod
    def menu_link_values(menu):
        for entry in menu:
            if entry["type"] == "group":
                yield from list_values(entry["value"].get("items", []))
            else:
                yield entry["value"]
