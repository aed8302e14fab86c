"""A small network of case cities and cooperation stories made with the factories, shaped like the programme's:
cities on both sides at their real places, four stories pairing them, tagged with themes and goals. Hohhot has
no partner; theme "innovation", goal 1 and phase "iurc" have nothing. Tests ask for it as the `network` fixture."""

from decimal import Decimal

from cities.factories import CityPageFactory
from cooperations.factories import CooperationStoryPageFactory
from iurc_site.core.factories import (
    CountryFactory,
    ProgrammePhaseFactory,
    SiteSettingsFactory,
    SustainableDevelopmentGoalFactory,
    ThemeFactory,
)
from iurc_site.core.models import Country

COUNTRIES = {  # ISO code: English, Chinese, side
    "CN": ("China", "中国", Country.Side.CHINA),
    "ES": ("Spain", "西班牙", Country.Side.EUROPE),
    "IT": ("Italy", "意大利", Country.Side.EUROPE),
    "FR": ("France", "法国", Country.Side.EUROPE),
    "DE": ("Germany", "德国", Country.Side.EUROPE),
    "GR": ("Greece", "希腊", Country.Side.EUROPE),
    "GB": ("United Kingdom", "英国", Country.Side.EUROPE),
}
CITIES = {  # slug: English, Chinese, country, latitude, longitude (in tree order)
    "hohhot": ("Hohhot", "呼和浩特", "CN", "40.84", "111.75"),
    "yangzhou": ("Yangzhou", "扬州", "CN", "32.39", "119.41"),
    "liuzhou": ("Liuzhou", "柳州", "CN", "24.33", "109.41"),
    "yantai": ("Yantai", "烟台", "CN", "37.46", "121.45"),
    "chongqing": ("Chongqing", "重庆", "CN", "29.56", "106.55"),
    "barcelona": ("Barcelona", "巴塞罗那", "ES", "41.39", "2.17"),
    "rome": ("Rome", "罗马", "IT", "41.90", "12.50"),
    "bologna": ("Bologna", "博洛尼亚", "IT", "44.49", "11.34"),
    "reggio-emilia": ("Reggio Emilia", "瑞吉欧·艾米利亚", "IT", "44.70", "10.63"),
    "nice": ("Nice", "尼斯", "FR", "43.70", "7.27"),
    "mannheim": ("Mannheim", "曼海姆", "DE", "49.49", "8.47"),
    "stuttgart-region": ("Stuttgart Region", "斯图加特大区", "DE", "48.78", "9.18"),
    "aak": ("Agioi Anargyroi-Kamatero (AAK)", "阿伊奥伊阿纳尔伊里-卡马泰罗（AAK）", "GR", "38.03", "23.71"),
    "barnsley": ("Barnsley", "巴恩斯利", "GB", "53.55", "-1.48"),
}
CHINESE = {"hohhot", "yangzhou", "liuzhou", "yantai", "chongqing"}
EUROPEAN = set(CITIES) - CHINESE
ITALIAN = {"rome", "bologna", "reggio-emilia"}
THEMES = {  # slug: English, Chinese, English description
    "horticulture-ecology": (
        "Horticulture and ecology",
        "园艺与生态",
        "Parks, gardens and the Yangzhou World Horticultural Expo.",
    ),
    "sustainable-urban-development": ("Sustainable urban development", "可持续城市发展", ""),
    "smart-city": ("Smart city", "智慧城市", ""),
    "logistics-rail": ("Logistics and rail", "物流与铁路", ""),
    "innovation": ("Innovation", "创新", ""),
}
GOALS = {  # number: English, Chinese
    1: ("No poverty", "无贫穷"),
    4: ("Quality education", "优质教育"),
    9: ("Industry, innovation and infrastructure", "产业、创新和基础设施"),
    11: ("Sustainable cities and communities", "可持续城市和社区"),
    15: ("Life on land", "陆地生物"),
    17: ("Partnerships for the goals", "促进目标实现的伙伴关系"),
}
STORIES = {  # slug: Chinese cities, European cities, themes, goals (in tree order)
    "chongqing-mannheim": (
        ["chongqing"],
        ["mannheim"],
        ["logistics-rail", "sustainable-urban-development"],
        [9, 11, 17],
    ),
    "yangzhou-horticultural-expo": (
        ["yangzhou"],
        ["barcelona", "rome", "bologna", "stuttgart-region"],
        ["horticulture-ecology", "sustainable-urban-development"],
        [15],
    ),
    "liuzhou-barcelona": (["liuzhou"], ["barcelona"], ["smart-city", "sustainable-urban-development"], [9, 11]),
    "yantai-rome": (["yantai"], ["rome"], ["sustainable-urban-development"], [4]),
}


def build_network(city_directory, story_index):
    """The countries, cities (all in phase "iuc-asia"), themes, goals and stories above, and the site's settings;
    the cities by slug."""
    SiteSettingsFactory()
    countries = {
        code: CountryFactory(iso_code=code, name=name, name_zh_hans=name_zh_hans, side=side)
        for code, (name, name_zh_hans, side) in COUNTRIES.items()
    }
    asia = ProgrammePhaseFactory(slug="iuc-asia", name="IUC Asia", name_zh_hans="国际城市合作亚洲项目")
    ProgrammePhaseFactory(slug="iurc", name="IURC", name_zh_hans="国际城市与区域合作项目")
    cities = {
        slug: CityPageFactory(
            parent=city_directory,
            slug=slug,
            title=title,
            title_zh_hans=title_zh_hans,
            country=countries[code],
            latitude=Decimal(latitude),
            longitude=Decimal(longitude),
            phases=[asia],
        )
        for slug, (title, title_zh_hans, code, latitude, longitude) in CITIES.items()
    }
    themes = {
        slug: ThemeFactory(slug=slug, name=name, name_zh_hans=name_zh_hans, description_en=description)
        for slug, (name, name_zh_hans, description) in THEMES.items()
    }
    goals = {
        number: SustainableDevelopmentGoalFactory(number=number, name=name, name_zh_hans=name_zh_hans)
        for number, (name, name_zh_hans) in GOALS.items()
    }
    for slug, (chinese, european, theme_slugs, numbers) in STORIES.items():
        CooperationStoryPageFactory(
            parent=story_index,
            slug=slug,
            chinese_cities=[cities[city] for city in chinese],
            european_cities=[cities[city] for city in european],
            themes=[themes[theme] for theme in theme_slugs],
            sdgs=[goals[number] for number in numbers],
        )
    return cities
