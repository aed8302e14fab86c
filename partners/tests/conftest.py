"""A pair of case cities and their story, made with the factories on an empty site, for the partners tests."""

from decimal import Decimal
from types import SimpleNamespace

import pytest

from iurc_site.core.factories import (
    ProgrammePhaseFactory,
    SustainableDevelopmentGoalFactory,
    ThemeFactory,
    country,
)
from tests.partners_support import make_city, make_story


@pytest.fixture
def tags(db):
    """What the filters choose from: countries, programme phases, themes and UN goals (no page)."""
    return SimpleNamespace(
        countries=[country("CN"), country("DE"), country("IT")],
        iuc_asia=ProgrammePhaseFactory(slug="iuc-asia", name="IUC-Asia", start_year=2017, end_year=2020),
        iurc=ProgrammePhaseFactory(slug="iurc", name="IURC", start_year=2021, end_year=2023),
        logistics=ThemeFactory(slug="logistics-rail", name="Logistics and rail", name_zh_hans="物流与铁路"),
        smart_city=ThemeFactory(slug="smart-city", name="Smart city", name_zh_hans="智慧城市"),
        goal={number: SustainableDevelopmentGoalFactory(number=number) for number in (4, 9, 11)},
    )


@pytest.fixture
def pair(city_directory, story_index, tags):
    """Chongqing (CN) and Mannheim (DE), both IUC-Asia, and their story: logistics and rail, SDGs 9 and 11."""
    chongqing = make_city(
        "chongqing",
        "Chongqing",
        "重庆",
        iso="CN",
        phases=[tags.iuc_asia],
        summary_en="Chongqing, a municipality on the upper Yangtze.",
        summary_zh_hans="重庆，长江上游的直辖市。",
        region_en="Chongqing Municipality",
        region_zh_hans="重庆市",
        latitude=Decimal("29.56"),
        longitude=Decimal("106.55"),
    )
    mannheim = make_city("mannheim", "Mannheim", "曼海姆", iso="DE", phases=[tags.iuc_asia])
    story = make_story(
        "chongqing-mannheim",
        "Chongqing and Mannheim, Germany",
        "重庆与德国曼海姆",
        chinese=[chongqing],
        european=[mannheim],
        phase=tags.iuc_asia,
        start_year=2017,
        end_year=2020,
        themes=[tags.logistics],
        sdgs=[tags.goal[9], tags.goal[11]],
        outcomes_en=[("outcome", "Launch of China–Europe Railway Express services")],
        outcomes_zh_hans=[("outcome", "开通中欧班列")],
        summary_en="Freight trains between the two cities and a cooperation centre.",
        summary_zh_hans="两市之间的货运列车和一个合作中心。",
    )
    return SimpleNamespace(chongqing=chongqing, mannheim=mannheim, story=story)
