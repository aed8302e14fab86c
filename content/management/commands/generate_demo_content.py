"""Extra case cities and cooperation stories, in both languages, for load tests and query budgets; on request,
demo events (past and upcoming), demo news articles and demo publications, each with a small generated PDF
marked as a sample (`make run` never loads any of them).

    manage.py generate_demo_content --cities 300 --stories 40
    manage.py generate_demo_content --cities 6 --stories 4 --publications 24
    manage.py generate_demo_content --cities 0 --stories 0 --events 12   # demo events, past and upcoming
    manage.py generate_demo_content --cities 0 --stories 0 --news 30
    manage.py generate_demo_content --delete

Generated pages have slugs starting with `demo-` and are published without revisions (they are test data, not
content an editor will revise). The run is deterministic (`--seed`); a second run adds more pages.
"""

import random
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from cities.models import CityIndexPage, CityPage
from cooperations.models import CooperationIndexPage, CooperationStoryPage
from events.models import EventIndexPage, EventPage
from iurc_site.core.models import Country, ProgrammeDocument, ProgrammePhase, SustainableDevelopmentGoal, Theme
from news.models import NewsArticlePage, NewsIndexPage
from publications.models import PublicationIndexPage, PublicationPage
from publications.samples import sample_pdf

from ...loader import translated

PREFIX = "demo-"
# Rough latitude/longitude boxes that keep generated markers on the map's two regions.
BOXES = {Country.Side.CHINA: ((22, 45), (100, 125)), Country.Side.EUROPE: ((37, 60), (-8, 28))}
# Demo events take place in one of these zones, at a local hour from 9 to 16.
EVENT_ZONES = ["Asia/Shanghai", "Europe/Brussels", "Europe/Rome", "Europe/Berlin"]


class Command(BaseCommand):
    help = "Add generated case cities, stories and events (slugs demo-…), or remove them with --delete."

    def add_arguments(self, parser):
        parser.add_argument("--cities", type=int, default=300, help="Case cities to add (default 300).")
        parser.add_argument("--stories", type=int, default=40, help="Cooperation stories to add (default 40).")
        parser.add_argument(
            "--publications",
            type=int,
            default=0,
            help="Demo publications to add to the library, each with a generated sample PDF (default 0).",
        )
        parser.add_argument(
            "--events", type=int, default=0, help="Demo events to add, half past and half upcoming (default 0)."
        )
        parser.add_argument("--news", type=int, default=0, help="Demo news articles to add (default 0).")
        parser.add_argument("--seed", type=int, default=6, help="Random seed (default 6).")
        parser.add_argument("--delete", action="store_true", help="Remove every generated page instead.")

    def handle(self, *args, cities, stories, seed, delete, events=0, publications=0, news=0, **options):
        if delete:
            removed = self.delete()
            self.stdout.write(f"Removed {removed} generated page(s).")
            return
        city_index = CityIndexPage.objects.first()
        story_index = CooperationIndexPage.objects.first()
        if city_index is None or story_index is None:
            raise CommandError("Load the programme content first (manage.py load_iurc_content).")
        countries = {side: list(Country.objects.filter(side=side)) for side in Country.Side.values}
        if not all(countries.values()):
            raise CommandError("Both sides need at least one country.")
        rng = random.Random(seed)
        self.phases = list(ProgrammePhase.objects.all())
        self.themes = list(Theme.objects.all())
        self.sdgs = list(SustainableDevelopmentGoal.objects.all())
        with transaction.atomic():
            start = CityPage.objects.filter(slug__startswith=PREFIX).count()
            made = [self.make_city(city_index, rng, countries, start + n) for n in range(cities)]
            by_side = {side: [city for city in made if city.country.side == side] for side in Country.Side.values}
            if stories and not all(by_side.values()):
                by_side = {
                    side: list(CityPage.objects.live().filter(country__side=side)) for side in Country.Side.values
                }
            first = CooperationStoryPage.objects.filter(slug__startswith=PREFIX).count()
            made_stories = [self.make_story(story_index, rng, by_side, first + n) for n in range(stories)]
            if publications:
                library = PublicationIndexPage.objects.first()
                if library is None:
                    raise CommandError("The publication library is missing (manage.py load_iurc_content makes it).")
                first = PublicationPage.objects.filter(slug__startswith=PREFIX).count()
                for n in range(publications):
                    self.make_publication(library, rng, made, made_stories, first + n)
            if events:
                self.make_events(rng, events)
            if news:
                news_index = NewsIndexPage.objects.first()
                if news_index is None:
                    raise CommandError("The news index is missing (manage.py load_iurc_content makes it).")
                first = NewsArticlePage.objects.filter(slug__startswith=PREFIX).count()
                for n in range(news):
                    self.make_article(news_index, rng, first + n)
        self.stdout.write(f"Added {cities} case cities and {stories} cooperation stories.")
        if events:
            self.stdout.write(f"Added {events} demo events.")
        if publications:
            self.stdout.write(f"Added {publications} demo publications.")
        if news:
            self.stdout.write(f"Added {news} news articles.")

    def publish(self, parent, page):
        now = timezone.now()
        page.live, page.first_published_at, page.last_published_at = True, now, now
        parent.add_child(instance=page)
        return page

    def make_city(self, parent, rng, countries, number):
        side = Country.Side.CHINA if number % 2 == 0 else Country.Side.EUROPE
        (lat_min, lat_max), (lon_min, lon_max) = BOXES[side]
        page = CityPage(
            slug=f"{PREFIX}city-{number}",
            country=rng.choice(countries[side]),
            latitude=Decimal(f"{rng.uniform(lat_min, lat_max):.5f}"),
            longitude=Decimal(f"{rng.uniform(lon_min, lon_max):.5f}"),
            **translated("title", {"en": f"Demo city {number}", "zh_hans": f"示例城市{number}"}),
            **translated("region", {"en": f"Demo region {number % 12}", "zh_hans": f"示例地区{number % 12}"}),
            **translated(
                "summary",
                {"en": f"A generated case city (number {number}).", "zh_hans": f"生成的案例城市（第{number}号）。"},
            ),
        )
        page.phases = rng.sample(self.phases, k=min(1, len(self.phases)))
        return self.publish(parent, page)

    def make_story(self, parent, rng, by_side, number):
        start_year = rng.randint(2017, 2022)
        outcomes = {"en": f"Generated outcome {number}.", "zh_hans": f"生成的成果{number}。"}
        page = CooperationStoryPage(
            slug=f"{PREFIX}story-{number}",
            phase=rng.choice(self.phases) if self.phases else None,
            start_year=start_year,
            end_year=start_year + rng.randint(0, 2),
            **translated("title", {"en": f"Demo cooperation {number}", "zh_hans": f"示例合作{number}"}),
            **translated(
                "summary",
                {"en": f"A generated cooperation story ({number}).", "zh_hans": f"生成的合作故事（{number}）。"},
            ),
            **translated("outcomes", {key: [{"type": "outcome", "value": text}] for key, text in outcomes.items()}),
        )
        page.chinese_cities = rng.sample(by_side[Country.Side.CHINA], k=min(2, len(by_side[Country.Side.CHINA])))
        page.european_cities = rng.sample(by_side[Country.Side.EUROPE], k=1)
        page.themes = rng.sample(self.themes, k=min(2, len(self.themes)))
        page.sdgs = rng.sample(self.sdgs, k=min(2, len(self.sdgs)))
        return self.publish(parent, page)

    def make_publication(self, parent, rng, cities, stories, number):
        """A publication about some of the generated cities and stories, with a one-page PDF saying it is a demo."""
        language = rng.choice(ProgrammeDocument.Language.values)
        data = sample_pdf(
            [f"Demo publication {number}", "SAMPLE - generated for demos and tests,", "not a programme document."],
            colour=rng.choice([(26, 74, 156), (180, 35, 42), (10, 35, 81)]),
        )
        document = ProgrammeDocument.objects.create(
            title=f"Demo publication {number} (generated sample)",
            file=ContentFile(data, name=f"{PREFIX}publication-{number}.pdf"),
            file_size=len(data),
            language=language,
        )
        page = PublicationPage(
            slug=f"{PREFIX}publication-{number}",
            document=document,
            publication_type=rng.choice(PublicationPage.Type.values),
            year=rng.randint(2017, 2026),
            file_language=language,
            **translated("title", {"en": f"Demo publication {number}", "zh_hans": f"示例出版物{number}"}),
            **translated(
                "summary",
                {
                    "en": f"A generated demo publication ({number}) with a sample PDF.",
                    "zh_hans": f"生成的示例出版物（{number}），附示例PDF文件。",
                },
            ),
        )
        page.cities = rng.sample(cities, k=min(2, len(cities)))
        page.stories = rng.sample(stories, k=min(1, len(stories)))
        return self.publish(parent, page)

    def make_events(self, rng, count):
        """`count` demo events, labelled as such in both languages: the first half past, the rest upcoming."""
        index = EventIndexPage.objects.first()
        if index is None:
            raise CommandError("Load the programme content first (manage.py load_iurc_content).")
        cities = list(CityPage.objects.live().order_by("path"))
        stories = list(CooperationStoryPage.objects.live().order_by("path"))
        first = EventPage.objects.filter(slug__startswith=PREFIX).count()
        today = timezone.localdate()
        for n in range(count):
            number = first + n
            zone = EVENT_ZONES[number % len(EVENT_ZONES)]
            days = -rng.randint(20, 700) if n < count // 2 else rng.randint(3, 200)
            day = today + timedelta(days=days)
            start = datetime(day.year, day.month, day.day, rng.randint(9, 15), 0, tzinfo=ZoneInfo(zone))
            online = number % 3 == 0
            page = EventPage(
                slug=f"{PREFIX}event-{number}",
                start=start,
                end=start + timedelta(hours=rng.choice([2, 3, 8, 26])),
                time_zone=zone,
                online_url="https://example.org/demo-webinar" if online else "",
                **translated("title", {"en": f"Demo event {number}", "zh_hans": f"示例活动{number}"}),
                **translated(
                    "summary",
                    {
                        "en": f"A demonstration event (number {number}), not a real programme event.",
                        "zh_hans": f"演示用活动（第{number}号），并非真实的项目活动。",
                    },
                ),
                **translated("place", {"en": "" if online else "Demo venue", "zh_hans": "" if online else "示例会场"}),
                **translated("organiser", {"en": "IURC-China (demo)", "zh_hans": "IURC-China（示例）"}),
            )
            page.cities = rng.sample(cities, k=min(2, len(cities)))
            page.stories = rng.sample(stories, k=min(1, len(stories)))
            self.publish(index, page)

    def make_article(self, parent, rng, number):
        """A dated article about two live cities and a theme, its body telling of a delegation visit."""
        cities = rng.sample(list(CityPage.objects.live().order_by("path")), k=2)
        names = {
            "en": " and ".join(city.title_en for city in cities),
            "zh_hans": "与".join(city.title_zh_hans or city.title_en for city in cities),
        }
        texts = {
            "en": (
                f"A generated article (demo {number}): a delegation visit between {names['en']}, a working session "
                "on urban planning and the next steps of their cooperation."
            ),
            "zh_hans": (
                f"生成的示例文章（第{number}号）：{names['zh_hans']}之间的代表团访问、城市规划工作会议及下一步合作。"
            ),
        }
        body = {key: [{"type": "paragraph", "value": f"<p>{text}</p>"}] for key, text in texts.items()}
        page = NewsArticlePage(
            slug=f"{PREFIX}news-{number}",
            date=date(2024, 1, 1) + timedelta(days=rng.randint(0, 3 * 365)),
            **translated(
                "title",
                {"en": f"Demo news {number}: {names['en']}", "zh_hans": f"示例新闻{number}：{names['zh_hans']}"},
            ),
            **translated(
                "summary",
                {
                    "en": f"Generated news about {names['en']} (demo {number}).",
                    "zh_hans": f"关于{names['zh_hans']}的生成新闻（示例{number}）。",
                },
            ),
            **translated("body", body),
        )
        page.cities = cities
        page.themes = rng.sample(self.themes, k=min(1, len(self.themes)))
        return self.publish(parent, page)

    def delete(self):
        removed = 0
        with transaction.atomic():
            for model in (NewsArticlePage, EventPage, PublicationPage, CooperationStoryPage, CityPage):
                for page in model.objects.filter(slug__startswith=PREFIX):
                    page.delete()
                    removed += 1
            ProgrammeDocument.objects.filter(file__startswith=f"documents/{PREFIX}publication-").delete()
        return removed
