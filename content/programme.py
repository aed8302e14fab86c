"""The IURC-China programme content, from the brochure (shared/seeds).

Chinese is the brochure's; English is a faithful translation.
"""

SITE_SETTINGS = {
    "programme_name": {
        "en": "EU International Urban and Regional Cooperation Programme",
        "zh_hans": "欧盟国际城市与区域合作项目",
    },
    "short_name": "IURC-China",
    "website": "https://www.iurc.eu",
    "email": "China-office@iurc.eu",
    "address": {
        "en": "Room 2138, 21st Floor, Shengfu Building, 37 Maizidian Street, Chaoyang District, Beijing",
        "zh_hans": "北京市朝阳区麦子店街37号盛福大厦21层2138室",
    },
    "postcode": "100125",
    "footer_text": {
        "en": (
            "IURC-China is funded by the EU Partnership Instrument and has the full support of the European "
            "Commission's Directorate-General for Regional and Urban Policy (DG REGIO)."
        ),
        "zh_hans": "本项目由欧盟伙伴关系工具项目资助，并获得欧盟地区与城市政策总司的全力支持。",
    },
}

COUNTRIES = [
    {"iso": "CN", "side": "cn", "name": {"en": "China", "zh_hans": "中国"}},
    {"iso": "ES", "side": "eu", "name": {"en": "Spain", "zh_hans": "西班牙"}},
    {"iso": "IT", "side": "eu", "name": {"en": "Italy", "zh_hans": "意大利"}},
    {"iso": "FR", "side": "eu", "name": {"en": "France", "zh_hans": "法国"}},
    {"iso": "DE", "side": "eu", "name": {"en": "Germany", "zh_hans": "德国"}},
    {"iso": "GR", "side": "eu", "name": {"en": "Greece", "zh_hans": "希腊"}},
    {"iso": "BG", "side": "eu", "name": {"en": "Bulgaria", "zh_hans": "保加利亚"}},
    {"iso": "GB", "side": "eu", "name": {"en": "United Kingdom", "zh_hans": "英国"}},
]

PHASES = [
    {
        "slug": "iuc-asia",
        "name": {
            "en": "EU International Urban Cooperation Programme – Asia (IUC-Asia)",
            "zh_hans": "欧盟国际城镇合作项目（亚洲区）（IUC-Asia）",
        },
        "start_year": 2017,
        "end_year": 2020,
    },
    {
        "slug": "iurc",
        "name": {
            "en": "EU International Urban and Regional Cooperation Programme – China (IURC-China)",
            "zh_hans": "欧盟国际城市与区域合作项目（IURC-China）",
        },
        "start_year": 2021,
        "end_year": 2023,
    },
]

# Theme names and their assignment to stories are editorial; each description restates a brochure fact.
THEMES = [
    {
        "slug": "smart-city",
        "name": {"en": "Smart city", "zh_hans": "智慧城市"},
        "description": {
            "en": "Liuzhou and Barcelona, Spain, cooperated on smart cities.",
            "zh_hans": "柳州与西班牙巴塞罗那开展智慧城市合作。",
        },
    },
    {
        "slug": "logistics-rail",
        "name": {"en": "Logistics and rail", "zh_hans": "物流与铁路"},
        "description": {
            "en": (
                "The cooperation between Chongqing and Mannheim, Germany, saw China–Europe Railway Express "
                "services launched and a cooperation centre established."
            ),
            "zh_hans": "重庆与德国曼海姆合作：开通中欧班列，成立合作中心。",
        },
    },
    {
        "slug": "horticulture-ecology",
        "name": {"en": "Horticulture and ecology", "zh_hans": "园艺与生态"},
        "description": {
            "en": (
                "Yangzhou's cooperation with Barcelona, Bologna, Stuttgart and Rome: "
                "the Yangzhou World Horticultural Expo."
            ),
            "zh_hans": "扬州与巴塞罗那、博洛尼亚、斯图加特、罗马合作：扬州世界园艺博览会。",
        },
    },
    {
        "slug": "education-research",
        "name": {"en": "Education and research", "zh_hans": "教育与科研"},
        "description": {
            "en": "Yantai and Rome, Italy, cooperated on education and research.",
            "zh_hans": "烟台与意大利罗马开展教育研究合作。",
        },
    },
    {
        "slug": "innovation",
        "name": {"en": "Regional innovation", "zh_hans": "区域创新"},
        "description": {
            "en": (
                "IURC-China extends the scope of cooperation from sustainable urban development to regional innovation."
            ),
            "zh_hans": "IURC-China将双方合作范畴从城市可持续发展拓展至区域创新。",
        },
    },
    {
        "slug": "sustainable-urban-development",
        "name": {"en": "Sustainable urban development", "zh_hans": "城市可持续发展"},
        "description": {
            "en": (
                "IUC-Asia addressed the common challenges of sustainable urban development by building broad "
                "city-level cooperation networks."
            ),
            "zh_hans": "IUC-Asia围绕城市可持续发展面临的共同挑战，积极搭建城市层面广泛的合作网络。",
        },
    },
]

# The 17 UN Sustainable Development Goals: official short English names and official Chinese names.
SDGS = [
    {"number": 1, "name": {"en": "No poverty", "zh_hans": "无贫穷"}},
    {"number": 2, "name": {"en": "Zero hunger", "zh_hans": "零饥饿"}},
    {"number": 3, "name": {"en": "Good health and well-being", "zh_hans": "良好健康与福祉"}},
    {"number": 4, "name": {"en": "Quality education", "zh_hans": "优质教育"}},
    {"number": 5, "name": {"en": "Gender equality", "zh_hans": "性别平等"}},
    {"number": 6, "name": {"en": "Clean water and sanitation", "zh_hans": "清洁饮水和卫生设施"}},
    {"number": 7, "name": {"en": "Affordable and clean energy", "zh_hans": "经济适用的清洁能源"}},
    {"number": 8, "name": {"en": "Decent work and economic growth", "zh_hans": "体面工作和经济增长"}},
    {"number": 9, "name": {"en": "Industry, innovation and infrastructure", "zh_hans": "产业、创新和基础设施"}},
    {"number": 10, "name": {"en": "Reduced inequalities", "zh_hans": "减少不平等"}},
    {"number": 11, "name": {"en": "Sustainable cities and communities", "zh_hans": "可持续城市和社区"}},
    {"number": 12, "name": {"en": "Responsible consumption and production", "zh_hans": "负责任消费和生产"}},
    {"number": 13, "name": {"en": "Climate action", "zh_hans": "气候行动"}},
    {"number": 14, "name": {"en": "Life below water", "zh_hans": "水下生物"}},
    {"number": 15, "name": {"en": "Life on land", "zh_hans": "陆地生物"}},
    {"number": 16, "name": {"en": "Peace, justice and strong institutions", "zh_hans": "和平、正义与强大机构"}},
    {"number": 17, "name": {"en": "Partnerships for the goals", "zh_hans": "促进目标实现的伙伴关系"}},
]

# All 18 Chinese and 13 European IUC-Asia case cities (2017–2020), in the brochure's order: slug, name, country,
# province or region, latitude and longitude. Regions and coordinates (city centre, 2 decimals) are editorial additions
# for the map; they are not in the brochure. Each summary is one of two sentences, made from these data.
# A municipality directly under the central government (直辖市) is its own province-level region: its region is
# its own name ("Chongqing Municipality", 重庆市), and its summary says what kind of city it is.
MUNICIPALITY = ("Municipality directly under the central government", "直辖市")
SUMMARY_PHASE = "iuc-asia"
SIDE_NAMES = {"cn": ("Chinese", "中国"), "eu": ("European", "欧洲")}


def _city_summary(name, country, region):
    """“<City>, in <region>, <country>, was one of the <side> case cities supported by IUC-Asia …”, both languages."""
    phase = next(phase for phase in PHASES if phase["slug"] == SUMMARY_PHASE)
    years = f"{phase['start_year']}–{phase['end_year']}"
    side_en, side_zh = SIDE_NAMES[country["side"]]
    if region == MUNICIPALITY:
        where_en = f"a municipality directly under the central government of {country['name']['en']}"
        where_zh = f"为{country['name']['zh_hans']}直辖市"
    else:
        region_en, region_zh = region or ("", "")
        article = "the " if region_en.endswith("Autonomous Region") else ""
        where_en = f"in {article}{region_en}, {country['name']['en']}" if region_en else f"in {country['name']['en']}"
        where_zh = f"位于{country['name']['zh_hans']}{region_zh}"
    return {
        "en": (
            f"{name[0]}, {where_en}, was one of the {side_en} case cities supported by IUC-Asia during its {years} "
            "implementation period."
        ),
        "zh_hans": f"{name[1]}{where_zh}，是IUC-Asia在{years}项目执行期间支持的{side_zh}案例城市之一。",
    }


def _city(slug, name, iso, region, lat, lon):
    country = next(country for country in COUNTRIES if country["iso"] == iso)
    region_name = (f"{name[0]} Municipality", f"{name[1]}市") if region == MUNICIPALITY else region or ("", "")
    return {
        "slug": slug,
        "name": {"en": name[0], "zh_hans": name[1]},
        "country": iso,
        "region": {"en": region_name[0], "zh_hans": region_name[1]},
        "lat": lat,
        "lon": lon,
        "phases": [SUMMARY_PHASE],
        "summary": _city_summary(name, country, region),
    }


CITIES = [
    _city("hohhot", ("Hohhot", "呼和浩特"), "CN", ("Inner Mongolia Autonomous Region", "内蒙古自治区"), 40.84, 111.75),
    _city("ningbo", ("Ningbo", "宁波"), "CN", ("Zhejiang Province", "浙江省"), 29.87, 121.54),
    _city("panjin", ("Panjin", "盘锦"), "CN", ("Liaoning Province", "辽宁省"), 41.12, 122.07),
    _city("yangzhou", ("Yangzhou", "扬州"), "CN", ("Jiangsu Province", "江苏省"), 32.39, 119.41),
    _city("haikou", ("Haikou", "海口"), "CN", ("Hainan Province", "海南省"), 20.04, 110.33),
    _city("kunming", ("Kunming", "昆明"), "CN", ("Yunnan Province", "云南省"), 25.04, 102.71),
    _city("liuzhou", ("Liuzhou", "柳州"), "CN", ("Guangxi Zhuang Autonomous Region", "广西壮族自治区"), 24.33, 109.41),
    _city("weinan", ("Weinan", "渭南"), "CN", ("Shaanxi Province", "陕西省"), 34.50, 109.51),
    _city("yantai", ("Yantai", "烟台"), "CN", ("Shandong Province", "山东省"), 37.46, 121.45),
    _city("changchun", ("Changchun", "长春"), "CN", ("Jilin Province", "吉林省"), 43.82, 125.32),
    _city("chongqing", ("Chongqing", "重庆"), "CN", MUNICIPALITY, 29.56, 106.55),
    _city("longyan", ("Longyan", "龙岩"), "CN", ("Fujian Province", "福建省"), 25.08, 117.02),
    _city("shantou", ("Shantou", "汕头"), "CN", ("Guangdong Province", "广东省"), 23.35, 116.68),
    _city("zhengzhou", ("Zhengzhou", "郑州"), "CN", ("Henan Province", "河南省"), 34.75, 113.63),
    _city("chengdu", ("Chengdu", "成都"), "CN", ("Sichuan Province", "四川省"), 30.57, 104.07),
    _city("guangzhou", ("Guangzhou", "广州"), "CN", ("Guangdong Province", "广东省"), 23.13, 113.26),
    _city("tianjin", ("Tianjin", "天津"), "CN", MUNICIPALITY, 39.13, 117.20),
    _city("wuhan", ("Wuhan", "武汉"), "CN", ("Hubei Province", "湖北省"), 30.59, 114.31),
    _city("barcelona", ("Barcelona", "巴塞罗那"), "ES", ("Catalonia", "加泰罗尼亚"), 41.39, 2.17),
    _city("granada", ("Granada", "格拉纳达"), "ES", ("Andalusia", "安达卢西亚"), 37.18, -3.60),
    _city("malaga", ("Málaga", "马拉加"), "ES", ("Andalusia", "安达卢西亚"), 36.72, -4.42),
    _city("rome", ("Rome", "罗马"), "IT", ("Lazio", "拉齐奥大区"), 41.90, 12.50),
    _city("bologna", ("Bologna", "博洛尼亚"), "IT", ("Emilia-Romagna", "艾米利亚-罗马涅大区"), 44.49, 11.34),
    _city(
        "reggio-emilia",
        ("Reggio Emilia", "瑞吉欧·艾米利亚"),
        "IT",
        ("Emilia-Romagna", "艾米利亚-罗马涅大区"),
        44.70,
        10.63,
    ),
    _city(
        "nice", ("Nice", "尼斯"), "FR", ("Provence-Alpes-Côte d'Azur", "普罗旺斯-阿尔卑斯-蓝色海岸大区"), 43.70, 7.27
    ),
    _city("mannheim", ("Mannheim", "曼海姆"), "DE", ("Baden-Württemberg", "巴登-符腾堡州"), 49.49, 8.47),
    _city(
        "stuttgart-region",
        ("Stuttgart Region", "斯图加特大区"),
        "DE",
        ("Baden-Württemberg", "巴登-符腾堡州"),
        48.78,
        9.18,
    ),
    # AAK, the brochure's short form: the municipality of Agioi Anargyroi-Kamatero in the Athens agglomeration,
    # paired with Zhengzhou in IUC-Asia (the programme's news of June 2017 and its city-pairings page).
    {
        **_city(
            "aak",
            ("Agioi Anargyroi-Kamatero (AAK)", "阿伊奥伊阿纳尔伊里-卡马泰罗（AAK）"),
            "GR",
            ("Attica", "阿提卡大区"),
            38.03,
            23.71,
        ),
        "summary": {
            "en": (
                "Agioi Anargyroi-Kamatero (AAK), a municipality in Attica, Greece, in the Athens agglomeration, "
                "was one of the European case cities supported by IUC-Asia during its 2017–2020 implementation "
                "period; IUC-Asia paired it with Zhengzhou."
            ),
            "zh_hans": (
                "阿伊奥伊阿纳尔伊里-卡马泰罗（AAK）是希腊阿提卡大区的一个市镇，位于雅典都市区，"
                "是IUC-Asia在2017–2020项目执行期间支持的欧洲案例城市之一，在IUC-Asia中与郑州结对。"
            ),
        },
    },
    _city("burgas", ("Burgas", "布尔加斯"), "BG", ("Burgas Province", "布尔加斯州"), 42.50, 27.47),
    _city(
        "greater-manchester",
        ("Greater Manchester", "曼切斯特大区"),
        "GB",
        ("North West England", "英格兰西北部"),
        53.48,
        -2.24,
    ),
    _city("barnsley", ("Barnsley", "巴恩斯利"), "GB", ("South Yorkshire", "南约克郡"), 53.55, -1.48),
]

# The four paired cooperation stories from the brochure's "Achievements" section (IUC-Asia, 2017–2020).
# SDG and theme tags are editorial, chosen to match each story's outcome; SDGs 11 and 17 apply to all.
STORIES = [
    {
        "slug": "chongqing-mannheim",
        "title": {"en": "Chongqing and Mannheim, Germany", "zh_hans": "重庆与德国曼海姆"},
        "chinese_cities": ["chongqing"],
        "european_cities": ["mannheim"],
        "themes": ["logistics-rail", "sustainable-urban-development"],
        "sdgs": [9, 11, 17],
        "phase": "iuc-asia",
        "start_year": 2017,
        "end_year": 2020,
        "outcomes": {
            "en": ["Launch of China–Europe Railway Express services", "Establishment of a cooperation centre"],
            "zh_hans": ["开通中欧班列", "成立合作中心"],
        },
        "summary": {
            "en": "China–Europe Railway Express services launched and a cooperation centre established.",
            "zh_hans": "开通中欧班列，成立合作中心。",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>During IUC-Asia's 2017–2020 implementation period, the Chinese case city of Chongqing "
                        "cooperated with the German case city of Mannheim.</p>"
                    ),
                },
            ],
            "zh_hans": [
                {
                    "type": "paragraph",
                    "value": "<p>在IUC-Asia 2017–2020项目执行期间，中国案例城市重庆与德国案例城市曼海姆开展合作。</p>",
                },
            ],
        },
    },
    {
        "slug": "yangzhou-horticultural-expo",
        "title": {
            "en": "Yangzhou and Barcelona, Bologna, Stuttgart and Rome",
            "zh_hans": "扬州与巴塞罗那、博洛尼亚、斯图加特、罗马",
        },
        "chinese_cities": ["yangzhou"],
        "european_cities": ["barcelona", "bologna", "stuttgart-region", "rome"],
        "themes": ["horticulture-ecology", "sustainable-urban-development"],
        "sdgs": [11, 15, 17],
        "phase": "iuc-asia",
        "start_year": 2017,
        "end_year": 2020,
        "outcomes": {
            "en": ["Yangzhou World Horticultural Expo"],
            "zh_hans": ["扬州世界园艺博览会"],
        },
        "summary": {
            "en": "Cooperation around the Yangzhou World Horticultural Expo.",
            "zh_hans": "围绕扬州世界园艺博览会开展合作。",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>During IUC-Asia's 2017–2020 implementation period, the Chinese case city of Yangzhou "
                        "cooperated with the European case cities of Barcelona, Bologna, Stuttgart and Rome.</p>"
                    ),
                },
            ],
            "zh_hans": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>在IUC-Asia 2017–2020项目执行期间，中国案例城市扬州与欧洲案例城市"
                        "巴塞罗那、博洛尼亚、斯图加特、罗马开展合作。</p>"
                    ),
                },
            ],
        },
    },
    {
        "slug": "liuzhou-barcelona",
        "title": {"en": "Liuzhou and Barcelona, Spain", "zh_hans": "柳州与西班牙巴塞罗那"},
        "chinese_cities": ["liuzhou"],
        "european_cities": ["barcelona"],
        "themes": ["smart-city", "sustainable-urban-development"],
        "sdgs": [9, 11, 17],
        "phase": "iuc-asia",
        "start_year": 2017,
        "end_year": 2020,
        "outcomes": {
            "en": ["Smart city cooperation"],
            "zh_hans": ["智慧城市合作"],
        },
        "summary": {
            "en": "Cooperation on smart cities.",
            "zh_hans": "开展智慧城市合作。",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>During IUC-Asia's 2017–2020 implementation period, the Chinese case city of Liuzhou "
                        "cooperated with the Spanish case city of Barcelona on smart cities.</p>"
                    ),
                },
            ],
            "zh_hans": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>在IUC-Asia 2017–2020项目执行期间，"
                        "中国案例城市柳州与西班牙案例城市巴塞罗那开展智慧城市合作。</p>"
                    ),
                },
            ],
        },
    },
    {
        "slug": "yantai-rome",
        "title": {"en": "Yantai and Rome, Italy", "zh_hans": "烟台与意大利罗马"},
        "chinese_cities": ["yantai"],
        "european_cities": ["rome"],
        "themes": ["education-research", "sustainable-urban-development"],
        "sdgs": [4, 11, 17],
        "phase": "iuc-asia",
        "start_year": 2017,
        "end_year": 2020,
        "outcomes": {
            "en": ["Cooperation in education and research"],
            "zh_hans": ["教育研究合作"],
        },
        "summary": {
            "en": "Cooperation in education and research.",
            "zh_hans": "开展教育研究合作。",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>During IUC-Asia's 2017–2020 implementation period, the Chinese case city of Yantai "
                        "cooperated with the Italian case city of Rome on education and research.</p>"
                    ),
                },
            ],
            "zh_hans": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>在IUC-Asia 2017–2020项目执行期间，"
                        "中国案例城市烟台与意大利案例城市罗马开展教育研究合作。</p>"
                    ),
                },
            ],
        },
    },
]

# One entry per page; the key is the shared ASCII slug. English and Chinese block lists are parallel.
PAGES = {
    "home": {
        "title": {
            "en": "EU International Urban and Regional Cooperation Programme",
            "zh_hans": "欧盟国际城市与区域合作项目",
        },
        "summary": {
            "en": (
                "An important part of EU–China regional policy cooperation, IURC-China works under the joint guidance "
                "of the Department of Regional Economy of the NDRC and the European Commission's Directorate-General "
                "for Regional and Urban Policy (DG REGIO), extending cooperation from sustainable urban development "
                "to regional innovation and building a platform for broader cooperation between China and Europe."
            ),
            "zh_hans": (
                "作为中欧区域政策合作的重要组成部分，IURC-China在国家发展改革委地区司和欧盟委员会地区与城市政策总司的"
                "共同指导下，将合作范畴从城市可持续发展拓展至区域创新，为中欧双方更广泛的合作搭建平台。"
            ),
        },
        "hero": {
            "en": (
                "The EU International Urban and Regional Cooperation Programme (IURC-China) promotes in-depth exchange "
                "and practical cooperation between China and Europe on sustainable urban development and regional "
                "innovation."
            ),
            "zh_hans": (
                "欧盟国际城市与区域合作项目（IURC-China）"
                "致力于推动中欧在城市可持续发展和区域创新方面开展深入交流和务实合作。"
            ),
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>IURC-China's predecessor was the EU International Urban Cooperation Programme (Asia) "
                        "(IUC-Asia). During its 2017–2020 implementation period, IUC-Asia supported a total of 31 "
                        "case cities from China and EU countries. Building on a diversified cooperation model, "
                        "IURC-China extends the scope of cooperation between the two sides from sustainable urban "
                        "development to regional innovation, creating a platform for broader cooperation between "
                        "China and Europe.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": [
                        {"value": "31", "label": "case cities supported by IUC-Asia (2017–2020)"},
                        {"value": "18", "label": "Chinese case cities", "side": "cn"},
                        {"value": "13", "label": "European case cities", "side": "eu"},
                        {"value": "18–24", "label": "months of coordination support for case cities and regions"},
                    ],
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "text": "Explore the cooperation stories of IUC-Asia's case cities.",
                        "label": "Cooperation stories",
                        "url": "/cooperation/",
                    },
                },
            ],
            "zh_hans": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>IURC-China项目的前身为欧盟国际城镇合作项目（亚洲区）（IUC-Asia）。"
                        "在2017–2020项目执行期间，IUC-Asia为来自中国和欧盟各国的共计31个案例城市提供支持。"
                        "在多元合作模式基础上，IURC-China将双方合作范畴从城市可持续发展拓展至区域创新，"
                        "为中欧双方更广泛的合作搭建平台。</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": [
                        {"value": "31", "label": "IUC-Asia支持的案例城市（2017–2020）"},
                        {"value": "18", "label": "中国案例城市", "side": "cn"},
                        {"value": "13", "label": "欧洲案例城市", "side": "eu"},
                        {"value": "18–24", "label": "个月的协调支持，面向案例城市和区域"},
                    ],
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "text": "了解IUC-Asia案例城市的合作故事。",
                        "label": "合作故事",
                        "url": "/cooperation/",
                    },
                },
            ],
        },
    },
    "background": {
        "title": {"en": "Background", "zh_hans": "项目背景"},
        "summary": {
            "en": (
                "How EU–China regional policy cooperation grew from a dialogue launched in 2006, "
                "and IURC-China's place in it."
            ),
            "zh_hans": "中欧区域政策合作如何从2006年启动的对话机制发展而来，以及IURC-China在其中的定位。",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In 2006, China's National Development and Reform Commission (NDRC) and the European "
                        "Commission formally launched the EU–China regional policy dialogue mechanism. In 2015, the "
                        "two sides went a step further and signed the <i>Joint Statement on Comprehensively Deepening "
                        "EU–China Regional Policy Cooperation</i>, opening a new chapter in EU–China regional "
                        "cooperation.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Guided by the cooperation mechanism and the <i>Joint Statement</i>, China and the EU have "
                        "actively pursued regional policy dialogue and achieved fruitful results in research on major "
                        "theoretical topics, capacity building and case-city cooperation, among other areas.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>As an important part of EU–China regional policy cooperation, and under the joint guidance "
                        "of the Department of Regional Economy of the NDRC and the European Commission's "
                        "Directorate-General for Regional and Urban Policy (DG REGIO), the EU International Urban and "
                        "Regional Cooperation Programme (International Urban and Regional Cooperation-China, hereafter "
                        "IURC-China) is committed to promoting in-depth exchange and practical cooperation between "
                        "China and Europe on sustainable urban development and regional innovation.</p>"
                    ),
                },
                {
                    "type": "timeline",
                    "value": [
                        {
                            "year": "2006",
                            "title": "EU–China regional policy dialogue launched",
                            "text": (
                                "China's National Development and Reform Commission (NDRC) and the European "
                                "Commission formally launch the EU–China regional policy dialogue mechanism."
                            ),
                        },
                        {
                            "year": "2015",
                            "title": "Joint Statement signed",
                            "text": (
                                "The two sides sign the Joint Statement on Comprehensively Deepening EU–China Regional "
                                "Policy Cooperation, opening a new chapter in EU–China regional cooperation."
                            ),
                        },
                        {
                            "year": "2017–2020",
                            "title": "IUC-Asia",
                            "text": "IUC-Asia supports a total of 31 case cities from China and EU countries.",
                        },
                        {
                            "year": "2021–2023",
                            "title": "IURC-China",
                            "text": (
                                "IURC-China extends cooperation from sustainable urban development to regional "
                                "innovation and provides 18–24 months of coordination support to case cities and "
                                "regions."
                            ),
                        },
                    ],
                },
            ],
            "zh_hans": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>2006年，中国国家发展和改革委员会与欧盟委员会正式启动中欧区域政策对话机制。"
                        "2015年中欧双方进一步签署了《全面深化中欧区域政策合作联合声明》，开启了中欧区域合作的新篇章。</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>在合作机制和《联合声明》的指引下，中欧双方积极开展区域政策对话，"
                        "在重大理论课题研究、人员能力建设、案例城市合作等方面均取得了丰硕的合作成果。</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>作为中欧区域政策合作的重要组成部分，在国家发展改革委地区司和欧盟委员会地区与城市政策总司的"
                        "共同指导下，欧盟国际城市与区域合作项目（International Urban and Regional Cooperation-China，"
                        "以下简称IURC-China）致力于推动中欧在城市可持续发展和区域创新方面开展深入交流和务实合作。</p>"
                    ),
                },
                {
                    "type": "timeline",
                    "value": [
                        {
                            "year": "2006",
                            "title": "启动中欧区域政策对话机制",
                            "text": "中国国家发展和改革委员会与欧盟委员会正式启动中欧区域政策对话机制。",
                        },
                        {
                            "year": "2015",
                            "title": "签署《联合声明》",
                            "text": "中欧双方签署《全面深化中欧区域政策合作联合声明》，开启了中欧区域合作的新篇章。",
                        },
                        {
                            "year": "2017–2020",
                            "title": "IUC-Asia",
                            "text": "IUC-Asia为来自中国和欧盟各国的共计31个案例城市提供支持。",
                        },
                        {
                            "year": "2021–2023",
                            "title": "IURC-China",
                            "text": (
                                "IURC-China将合作范畴从城市可持续发展拓展至区域创新，"
                                "为案例城市和区域提供18–24个月的协调支持。"
                            ),
                        },
                    ],
                },
            ],
        },
    },
    "achievements": {
        "title": {"en": "Achievements", "zh_hans": "项目成果"},
        "summary": {
            "en": "What IUC-Asia, the predecessor of IURC-China, achieved with its 31 case cities from 2017 to 2020.",
            "zh_hans": "IURC-China的前身IUC-Asia在2017–2020年间的成功案例：31个案例城市及其合作成果。",
        },
        "body": {
            "en": [
                {"type": "heading", "value": {"text": "IUC-Asia: the predecessor of IURC-China", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>IURC-China's predecessor was the EU International Urban Cooperation Programme (Asia) "
                        "(International Urban Cooperation-Asia, hereafter IUC-Asia). Its aim was to turn the "
                        "high-level political will of China and the EU to promote communication and cooperation "
                        "between cities into concrete, practical action: in response to the common challenges of "
                        "sustainable urban development, it set out to build broad cooperation networks at city level, "
                        "pool the resources of all parties and explore sound solutions.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>During its 2017–2020 implementation period, IUC-Asia supported a total of 31 case cities "
                        "from China and EU countries, brokered a series of cooperation memoranda of understanding "
                        "(MoUs), launched a number of concrete pilot projects and achieved fruitful cooperation "
                        "results.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": [
                        {"value": "31", "label": "case cities supported"},
                        {"value": "18", "label": "Chinese case cities", "side": "cn"},
                        {"value": "13", "label": "European case cities", "side": "eu"},
                        {"value": "4", "label": "years of implementation (2017–2020)"},
                    ],
                },
            ],
            "zh_hans": [
                {"type": "heading", "value": {"text": "IUC-Asia：IURC-China的前身", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>IURC-China项目的前身为欧盟国际城镇合作项目（亚洲区）"
                        "（International Urban Cooperation-Asia, 以下简称IUC-Asia），"
                        "旨在将中欧关于促进城镇间沟通合作的高级别政治意愿转化为具体的实际行动，"
                        "围绕城市可持续发展面临的共同挑战，积极搭建城市层面广泛的合作网络，整合各方资源，"
                        "探索合理的解决方案。</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>在2017–2020项目执行期间，IUC-Asia为来自中国和欧盟各国的共计31个案例城市提供支持，"
                        "促成了一系列的合作谅解备忘录，启动若干具体的试点项目，取得了丰硕的合作成果。</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": [
                        {"value": "31", "label": "个案例城市获得支持"},
                        {"value": "18", "label": "中国案例城市", "side": "cn"},
                        {"value": "13", "label": "欧洲案例城市", "side": "eu"},
                        {"value": "4", "label": "年项目执行期（2017–2020）"},
                    ],
                },
            ],
        },
    },
    "iuc-to-iurc": {
        "title": {"en": "From IUC to IURC", "zh_hans": "从IUC到IURC"},
        "summary": {
            "en": (
                "IURC-China (2021–2023) is the successor of IUC-Asia (2017–2020) and is funded by the EU Partnership "
                "Instrument."
            ),
            "zh_hans": "IURC-China（2021–2023）是IUC-Asia（2017–2020）的后续项目，由欧盟伙伴关系工具项目资助。",
        },
        "body": {
            "en": [
                {"type": "heading", "value": {"text": "A broader scope of cooperation", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Building on a diversified cooperation model, IURC-China extends the scope of cooperation "
                        "between the two sides from sustainable urban development to regional innovation, creating a "
                        "platform for broader cooperation between China and Europe. During the project period "
                        "(2021–2023), IURC-China will provide 18–24 months of coordination support to case cities and "
                        "regions, and will encourage interested partners on both sides to continue investing resources "
                        "after the project ends, so as to achieve sustainable, long-term cooperation.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Funding and support", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The programme is funded by the EU Partnership Instrument and has the full support of the "
                        "European Commission's Directorate-General for Regional and Urban Policy (DG REGIO). It will "
                        "make a positive contribution to the goals set by the United Nations' <i>New Urban Agenda</i> "
                        "and the <i>2030 Agenda for Sustainable Development</i>.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": [
                        {"value": "2021–2023", "label": "project period"},
                        {"value": "18–24", "label": "months of coordination support for case cities and regions"},
                    ],
                },
            ],
            "zh_hans": [
                {"type": "heading", "value": {"text": "拓展合作范畴", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>在多元合作模式基础上，IURC-China将双方合作范畴从城市可持续发展拓展至区域创新，"
                        "为中欧双方更广泛的合作搭建平台。在项目期间（2021–2023），IURC-China将为案例城市和区域"
                        "提供18–24个月的协调支持，并鼓励有意向的合作双方在项目结束后继续投入资源，"
                        "以实现可持续的长期合作。</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "资助与支持", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>本项目由欧盟伙伴关系工具项目（EU Partnership Instrument）资助，"
                        "并获得欧盟地区与城市政策总司的全力支持，"
                        "将对联合国《新城市议程》、《2030年可持续发展议程》设定的目标作出积极贡献。</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": [
                        {"value": "2021–2023", "label": "项目期间"},
                        {"value": "18–24", "label": "个月的协调支持，面向案例城市和区域"},
                    ],
                },
            ],
        },
    },
    "cooperation-mechanism": {
        "title": {"en": "Cooperation Mechanism", "zh_hans": "合作机制"},
        "summary": {
            "en": (
                "How research institutions, enterprises and local governments work together in case cities, regions "
                "and concrete projects."
            ),
            "zh_hans": "科研机构、企业和地方政府如何在案例城市、区域及具体项目中协同合作。",
        },
        "body": {
            "en": [
                {"type": "heading", "value": {"text": "The triple-helix cooperation model", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>IURC-China builds the platform and organises and coordinates. The triple-helix cooperation "
                        "model integrates resources and matches needs.</p>"
                    ),
                },
                # The first item is IURC, at the centre of the triple helix; the other three are its strands.
                {
                    "type": "list",
                    "value": {
                        "title": "",
                        "style": "actors",
                        "items": [
                            {"title": "IURC", "text": "Builds the platform, organises and coordinates"},
                            {
                                "title": "Research institutions",
                                "text": "One strand of the triple-helix cooperation model",
                            },
                            {
                                "title": "Enterprises and institutions",
                                "text": "One strand of the triple-helix cooperation model",
                            },
                            {"title": "Local governments", "text": "One strand of the triple-helix cooperation model"},
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "Case cities, regions and concrete projects", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The triple-helix cooperation model acts on case cities, regions and concrete projects, "
                        "producing the following cooperation outputs.</p>"
                    ),
                },
                {
                    "type": "list",
                    "value": {
                        "title": "Cooperation outputs",
                        "style": "bullets",
                        "items": [
                            {"title": "Signing cooperation memoranda of understanding (MoUs)", "text": ""},
                            {"title": "Drawing up cooperation roadmaps", "text": ""},
                            {"title": "Enterprise cooperation agreements", "text": ""},
                            {"title": "Concrete pilot projects", "text": ""},
                            {"title": "Jointly established cooperation institutions", "text": ""},
                        ],
                    },
                },
            ],
            "zh_hans": [
                {"type": "heading", "value": {"text": "三重螺旋合作模式", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": "<p>IURC-China搭建平台，组织协调。三重螺旋合作模式—整合资源，对接需求。</p>",
                },
                {
                    "type": "list",
                    "value": {
                        "title": "",
                        "style": "actors",
                        "items": [
                            {"title": "IURC", "text": "搭建平台，组织协调"},
                            {"title": "科研机构", "text": "三重螺旋合作模式的一方"},
                            {"title": "企业、机构", "text": "三重螺旋合作模式的一方"},
                            {"title": "地方政府", "text": "三重螺旋合作模式的一方"},
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "案例城市、区域及具体项目", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": "<p>三重螺旋合作模式作用于案例城市、区域及具体项目，形成以下合作成果。</p>",
                },
                {
                    "type": "list",
                    "value": {
                        "title": "合作成果",
                        "style": "bullets",
                        "items": [
                            {"title": "签署合作谅解备忘录", "text": ""},
                            {"title": "制定合作路线图", "text": ""},
                            {"title": "企业合作协议", "text": ""},
                            {"title": "具体试点项目", "text": ""},
                            {"title": "共建合作机构", "text": ""},
                        ],
                    },
                },
            ],
        },
    },
    "support": {
        "title": {"en": "Support", "zh_hans": "相关支持"},
        "summary": {
            "en": (
                "IURC-China provides 18–24 months of coordination support to case cities and regions. The programme is "
                "funded by the EU Partnership Instrument and has the full support of DG REGIO."
            ),
            "zh_hans": (
                "IURC-China为案例城市和区域提供18–24个月的协调支持。本项目由欧盟伙伴关系工具项目"
                "（EU Partnership Instrument）资助，并获得欧盟地区与城市政策总司的全力支持。"
            ),
        },
        "body": {
            "en": [
                {"type": "heading", "value": {"text": "Support provided by IURC-China", "level": "h2"}},
                {
                    "type": "list",
                    "value": {
                        "title": "",
                        "style": "bullets",
                        "items": [
                            {
                                "title": "Coordination support",
                                "text": (
                                    "During the project period (2021–2023), IURC-China will provide 18–24 months of "
                                    "coordination support to case cities and regions."
                                ),
                            },
                            {
                                "title": "Platform building, organisation and coordination",
                                "text": (
                                    "IURC-China builds the platform and organises and coordinates, creating a platform "
                                    "for broader cooperation between China and Europe."
                                ),
                            },
                            {
                                "title": "Long-term cooperation",
                                "text": (
                                    "Interested partners on both sides are encouraged to continue investing resources "
                                    "after the project ends, so as to achieve sustainable, long-term cooperation."
                                ),
                            },
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "Funding and guidance", "level": "h2"}},
                {
                    "type": "list",
                    "value": {
                        "title": "",
                        "style": "bullets",
                        "items": [
                            {
                                "title": "Funding",
                                "text": "The programme is funded by the EU Partnership Instrument.",
                            },
                            {
                                "title": "Support",
                                "text": (
                                    "The programme has the full support of the European Commission's "
                                    "Directorate-General for Regional and Urban Policy (DG REGIO)."
                                ),
                            },
                            {
                                "title": "Guidance",
                                "text": (
                                    "IURC-China works under the joint guidance of the Department of Regional Economy "
                                    "of the National Development and Reform Commission (NDRC) and the European "
                                    "Commission's DG REGIO."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "text": "For more information, please contact IURC-China.",
                        "label": "Contact",
                        "url": "/contact/",
                    },
                },
            ],
            "zh_hans": [
                {"type": "heading", "value": {"text": "IURC-China提供的支持", "level": "h2"}},
                {
                    "type": "list",
                    "value": {
                        "title": "",
                        "style": "bullets",
                        "items": [
                            {
                                "title": "协调支持",
                                "text": (
                                    "在项目期间（2021–2023），IURC-China将为案例城市和区域提供18–24个月的协调支持。"
                                ),
                            },
                            {
                                "title": "搭建平台，组织协调",
                                "text": "IURC-China搭建平台，组织协调，为中欧双方更广泛的合作搭建平台。",
                            },
                            {
                                "title": "长期合作",
                                "text": "鼓励有意向的合作双方在项目结束后继续投入资源，以实现可持续的长期合作。",
                            },
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "项目资助与指导", "level": "h2"}},
                {
                    "type": "list",
                    "value": {
                        "title": "",
                        "style": "bullets",
                        "items": [
                            {
                                "title": "资助",
                                "text": "本项目由欧盟伙伴关系工具项目（EU Partnership Instrument）资助。",
                            },
                            {
                                "title": "支持",
                                "text": "本项目获得欧盟地区与城市政策总司的全力支持。",
                            },
                            {
                                "title": "指导",
                                "text": (
                                    "IURC-China在国家发展改革委地区司和欧盟委员会地区与城市政策总司的"
                                    "共同指导下开展工作。"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "text": "如需了解更多信息，请联系IURC-China。",
                        "label": "联系我们",
                        "url": "/contact/",
                    },
                },
            ],
        },
    },
    "un-goals": {
        "title": {"en": "UN Sustainable Development Goals", "zh_hans": "响应联合国可持续发展目标"},
        "summary": {
            "en": "IURC-China responds to the United Nations Sustainable Development Goals.",
            "zh_hans": "IURC-China 响应联合国可持续发展目标。",
        },
        "body": {
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The programme will make a positive contribution to the goals set by the United Nations' "
                        "<i>New Urban Agenda</i> and the <i>2030 Agenda for Sustainable Development</i>.</p>"
                    ),
                },
                {"type": "goals", "value": None},
            ],
            "zh_hans": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>本项目将对联合国《新城市议程》、《2030年可持续发展议程》设定的目标作出积极贡献。</p>"
                    ),
                },
                {"type": "goals", "value": None},
            ],
        },
    },
    "contact": {
        "title": {"en": "Contact", "zh_hans": "联系我们"},
        "summary": {
            "en": "Contact details of the EU International Urban and Regional Cooperation Programme.",
            "zh_hans": "欧盟国际城市与区域合作项目联系方式。",
        },
        "body": {"en": [], "zh_hans": []},  # the contact page renders the contact details from SiteSettings,
    },
    "cities": {
        "title": {"en": "Case cities", "zh_hans": "案例城市"},
        "summary": {
            "en": (
                "During its 2017–2020 implementation period, IUC-Asia supported a total of 31 case cities from China "
                "and EU countries: 18 Chinese and 13 European case cities."
            ),
            "zh_hans": (
                "在2017–2020项目执行期间，IUC-Asia为来自中国和欧盟各国的共计31个案例城市提供支持，"
                "其中中国案例城市18个，欧洲案例城市13个。"
            ),
        },
        "body": {"en": [], "zh_hans": []},
    },
    "cooperation": {
        "title": {"en": "Cooperation stories", "zh_hans": "合作故事"},
        "summary": {
            "en": (
                "IUC-Asia brokered a series of cooperation memoranda of understanding, launched a number of concrete "
                "pilot projects and achieved fruitful cooperation results."
            ),
            "zh_hans": "IUC-Asia促成了一系列的合作谅解备忘录，启动若干具体的试点项目，取得了丰硕的合作成果。",
        },
        "body": {"en": [], "zh_hans": []},
    },
}


def _paragraphs(*texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def _heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


# The pages every EU-funded website links from its footer. They state what this site does (what it stores, how it
# was tested); staff should review them before launch.
PAGES.update(
    {
        "legal-notice": {
            "title": {"en": "Legal notice", "zh_hans": "法律声明"},
            "summary": {
                "en": "Who publishes this website, and the responsibility for its content.",
                "zh_hans": "本网站的发布者及其内容的责任。",
            },
            "body": {
                "en": [
                    _heading("Publisher"),
                    *_paragraphs(
                        "This website is published by the EU International Urban and Regional Cooperation Programme "
                        "in China (IURC-China), Room 2138, 21st Floor, Shengfu Building, 37 Maizidian Street, Chaoyang "
                        "District, Beijing 100125. E-mail: China-office@iurc.eu.",
                    ),
                    _heading("Funding"),
                    *_paragraphs(
                        "IURC-China is funded by the European Union through the EU Partnership Instrument and has the "
                        "full support of the European Commission's Directorate-General for Regional and Urban Policy "
                        "(DG REGIO).",
                        "This website was produced with the financial support of the European Union. Its contents "
                        "are the sole responsibility of IURC-China and do not necessarily reflect the views of the "
                        "European Union.",
                    ),
                    _heading("Links to other websites"),
                    *_paragraphs(
                        "Links to other websites are provided for information. IURC-China has no control over their "
                        "content and accepts no responsibility for it.",
                    ),
                ],
                "zh_hans": [
                    _heading("发布者"),
                    *_paragraphs(
                        "本网站由欧盟国际城市与区域合作项目（IURC-China）发布，地址：北京市朝阳区麦子店街37号"
                        "盛福大厦21层2138室，邮编100125，邮箱：China-office@iurc.eu。",
                    ),
                    _heading("项目资助"),
                    *_paragraphs(
                        "IURC-China由欧盟伙伴关系工具项目（EU Partnership Instrument）资助，"
                        "并获得欧盟地区与城市政策总司的全力支持。",
                        "本网站在欧盟资助下制作。其内容由IURC-China全权负责，不一定代表欧盟的观点。",
                    ),
                    _heading("外部链接"),
                    *_paragraphs("指向其他网站的链接仅供参考。IURC-China无法控制其内容，对其内容不承担责任。"),
                ],
            },
        },
        "privacy": {
            "title": {"en": "Privacy statement", "zh_hans": "隐私声明"},
            "summary": {
                "en": "What this website stores about its visitors and its editors.",
                "zh_hans": "本网站对访客和编辑人员存储哪些信息。",
            },
            "body": {
                "en": [
                    _heading("Visitors"),
                    *_paragraphs(
                        "Reading this website sets no cookie and stores nothing in your browser. The site uses no "
                        "analytics or tracking, and its pages load nothing from other websites.",
                        "The server records each request (the address of the page asked for, the answer's status and "
                        "how long it took) to keep the site running; it does not record your IP address with it.",
                        "Searching the site sends your words to this server only, to find the pages; they are not "
                        "stored.",
                    ),
                    _heading("Editors"),
                    *_paragraphs(
                        "Programme staff who sign in to edit the site have an account (user name, name, e-mail address "
                        "and a protected form of the password). Signing in sets two cookies, a session cookie and a "
                        "security (CSRF) cookie, which end when the editor signs out or the session expires.",
                        "Every change to a page is kept in its history with the editor's name and the time. To protect "
                        "accounts, sign-in attempts are recorded with the user name, the IP address, the browser's "
                        "identification and the time; repeated failures lock that user name out from that address "
                        "for an hour.",
                    ),
                    _heading("Questions"),
                    *_paragraphs(
                        'For any question about this statement, write to <a href="mailto:China-office@iurc.eu">'
                        "China-office@iurc.eu</a>.",
                    ),
                ],
                "zh_hans": [
                    _heading("访客"),
                    *_paragraphs(
                        "浏览本网站不会设置任何Cookie，也不会在您的浏览器中存储任何信息。"
                        "本网站不使用任何统计分析或跟踪工具，页面不会从其他网站加载任何内容。",
                        "为保障网站运行，服务器会记录每次请求（所访问页面的地址、响应状态及用时），但不会同时记录您的IP地址。",
                        "站内搜索时，您输入的词语仅发送至本网站服务器用于查找页面，不会被存储。",
                    ),
                    _heading("编辑人员"),
                    *_paragraphs(
                        "登录编辑网站的项目人员拥有账户（用户名、姓名、电子邮箱及经过加密处理的密码）。"
                        "登录时会设置两个Cookie：会话Cookie和安全（CSRF）Cookie，在退出登录或会话过期后失效。",
                        "对页面的每次修改都会连同编辑人员姓名和时间保存在页面历史中。为保护账户安全，"
                        "登录尝试会连同用户名、IP地址、浏览器标识和时间一并记录；多次登录失败后，"
                        "该用户名将在该地址被锁定一小时。",
                    ),
                    _heading("咨询"),
                    *_paragraphs(
                        '如对本声明有任何疑问，请发送邮件至<a href="mailto:China-office@iurc.eu">'
                        "China-office@iurc.eu</a>。",
                    ),
                ],
            },
        },
        "accessibility": {
            "title": {"en": "Accessibility statement", "zh_hans": "无障碍声明"},
            "summary": {
                "en": "How accessible this website is, how it was tested, and how to tell us about a problem.",
                "zh_hans": "本网站的无障碍程度、测试方式，以及如何向我们反馈问题。",
            },
            "body": {
                "en": [
                    _heading("Conformance status"),
                    *_paragraphs(
                        "IURC-China wants everyone to be able to use this website, as the EU Web Accessibility "
                        "Directive (EU) 2016/2102 asks of public-sector websites. The website aims at the Web Content "
                        "Accessibility Guidelines (WCAG) 2.2, level AA. It is partially conformant: every automated "
                        "check passes, but no full manual audit by an independent expert has been made yet.",
                    ),
                    _heading("How it was tested"),
                    *_paragraphs(
                        "Each type of page, in English and in Chinese, on a desktop (1280 pixels wide) and a phone "
                        "(375 pixels) screen, is checked automatically with axe-core for the WCAG 2.2 A and AA rules "
                        "before every release; the tests also check keyboard use of the menus and that no page scrolls "
                        "sideways on a phone. Lighthouse's accessibility audit is run on the home page.",
                    ),
                    _heading("Known limitations"),
                    *_paragraphs(
                        "The map of the case cities is a drawing: the same cities and links are given as a text list "
                        "below it.",
                        "Documents that editors upload (for example PDF reports) may not be fully accessible; ask us "
                        "for another format.",
                        "A page that has not yet been translated is shown in English on the Chinese site, marked as "
                        "English for screen readers.",
                    ),
                    _heading("Feedback and contact"),
                    *_paragraphs(
                        "If you find a problem or need content in another format, write to "
                        '<a href="mailto:China-office@iurc.eu">China-office@iurc.eu</a>, naming the page. We will '
                        "answer and fix what we can.",
                    ),
                ],
                "zh_hans": [
                    _heading("符合情况"),
                    *_paragraphs(
                        "IURC-China希望每个人都能使用本网站，"
                        "这也是欧盟《网络无障碍指令》（(EU) 2016/2102）对公共部门网站的要求。"
                        "本网站以《网页内容无障碍指南》（WCAG）2.2 AA级为目标，目前部分符合："
                        "所有自动化检查均已通过，但尚未由独立专家进行全面人工审核。",
                    ),
                    _heading("测试方式"),
                    *_paragraphs(
                        "每次发布前，每种页面类型均以英文和中文、在桌面（1280像素宽）和手机（375像素宽）屏幕上，"
                        "使用axe-core按WCAG 2.2 A级和AA级规则进行自动检查；测试还检查菜单的键盘操作，"
                        "以及页面在手机上不会横向滚动。首页另用Lighthouse进行无障碍审核。",
                    ),
                    _heading("已知局限"),
                    *_paragraphs(
                        "案例城市地图为示意图，其下方以文字列表提供相同的城市和链接。",
                        "编辑上传的文件（例如PDF报告）可能不完全无障碍，如需其他格式请联系我们。",
                        "尚未翻译的页面在中文网站上以英文显示，并为读屏软件标明为英文。",
                    ),
                    _heading("反馈与联系"),
                    *_paragraphs(
                        '如发现问题或需要其他格式的内容，请发送邮件至<a href="mailto:China-office@iurc.eu">'
                        "China-office@iurc.eu</a>，并注明页面。我们会予以答复并尽力改进。",
                    ),
                ],
            },
        },
    }
)

# The news section, created empty: editors publish the articles.
PAGES.update(
    {
        "news": {
            "title": {"en": "News", "zh_hans": "新闻"},
            "summary": {
                "en": "News of the programme: visits, meetings and events of the case cities and their partners.",
                "zh_hans": "项目新闻：案例城市及其合作伙伴的访问、会议和活动。",
            },
        },
    }
)

# The sections created empty: editors publish the events and add the publications with their files (the
# brochure lists neither).
PAGES.update(
    {
        "events": {
            "title": {"en": "Events", "zh_hans": "活动"},
            "summary": {
                "en": "Delegation visits, working sessions between partner cities and launch events of the programme.",
                "zh_hans": "项目的代表团访问、伙伴城市工作会议和启动活动。",
            },
        },
        "publications": {
            "title": {"en": "Publications", "zh_hans": "出版物"},
            "summary": {
                "en": "Brochures, reports and action plans of the programme and its case cities, to read and download.",
                "zh_hans": "项目及其案例城市的宣传册、报告和行动计划，可在线阅读和下载。",
            },
        },
    }
)

# The main menu as the loader first writes it to Settings → Navigation; editors change it there. Each entry is a
# section page (by slug) or a group of them; `key` names it, so that an entry added here later (e.g. a new group) is
# added to an existing menu on the next load without touching the entries editors changed.
MAIN_MENU = [
    {
        "key": "about",
        "label": {"en": "About the programme", "zh_hans": "关于项目"},
        "pages": ["background", "iuc-to-iurc", "cooperation-mechanism", "support", "un-goals"],
    },
    {"key": "cities", "page": "cities"},
    {"key": "cooperation", "page": "cooperation"},
    {"key": "achievements", "page": "achievements"},
    # A section not (yet) on the site is left out of the group; the group itself only when none of its pages is.
    {
        "key": "news-events",
        "label": {"en": "News & events", "zh_hans": "新闻与活动"},
        "pages": ["news", "events", "publications"],
    },
    {"key": "contact", "page": "contact"},
]

# The footer's links, by slug: the pages every EU-funded website has.
FOOTER_LINKS = ["legal-notice", "privacy", "accessibility"]
