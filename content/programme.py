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

# All 18 Chinese and 13 European IUC-Asia case cities (2017–2020), in the brochure's order.
# Regions and coordinates (city centre, 2 decimals) are editorial additions for the map; they are not in the brochure.
CITIES = [
    # Chinese case cities, in the brochure's order.
    {
        "slug": "hohhot",
        "name": {"en": "Hohhot", "zh_hans": "呼和浩特"},
        "country": "CN",
        "region": {"en": "Inner Mongolia Autonomous Region", "zh_hans": "内蒙古自治区"},
        "lat": 40.84,
        "lon": 111.75,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Hohhot, in the Inner Mongolia Autonomous Region, China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "呼和浩特位于中国内蒙古自治区，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    {
        "slug": "ningbo",
        "name": {"en": "Ningbo", "zh_hans": "宁波"},
        "country": "CN",
        "region": {"en": "Zhejiang Province", "zh_hans": "浙江省"},
        "lat": 29.87,
        "lon": 121.54,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Ningbo, in Zhejiang Province, China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "宁波位于中国浙江省，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    {
        "slug": "panjin",
        "name": {"en": "Panjin", "zh_hans": "盘锦"},
        "country": "CN",
        "region": {"en": "Liaoning Province", "zh_hans": "辽宁省"},
        "lat": 41.12,
        "lon": 122.07,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Panjin, in Liaoning Province, China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "盘锦位于中国辽宁省，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    {
        "slug": "yangzhou",
        "name": {"en": "Yangzhou", "zh_hans": "扬州"},
        "country": "CN",
        "region": {"en": "Jiangsu Province", "zh_hans": "江苏省"},
        "lat": 32.39,
        "lon": 119.41,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Yangzhou, in Jiangsu Province, China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "扬州位于中国江苏省，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    {
        "slug": "haikou",
        "name": {"en": "Haikou", "zh_hans": "海口"},
        "country": "CN",
        "region": {"en": "Hainan Province", "zh_hans": "海南省"},
        "lat": 20.04,
        "lon": 110.33,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Haikou, in Hainan Province, China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "海口位于中国海南省，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    {
        "slug": "kunming",
        "name": {"en": "Kunming", "zh_hans": "昆明"},
        "country": "CN",
        "region": {"en": "Yunnan Province", "zh_hans": "云南省"},
        "lat": 25.04,
        "lon": 102.71,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Kunming, in Yunnan Province, China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "昆明位于中国云南省，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    {
        "slug": "liuzhou",
        "name": {"en": "Liuzhou", "zh_hans": "柳州"},
        "country": "CN",
        "region": {"en": "Guangxi Zhuang Autonomous Region", "zh_hans": "广西壮族自治区"},
        "lat": 24.33,
        "lon": 109.41,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Liuzhou, in the Guangxi Zhuang Autonomous Region, China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "柳州位于中国广西壮族自治区，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    {
        "slug": "weinan",
        "name": {"en": "Weinan", "zh_hans": "渭南"},
        "country": "CN",
        "region": {"en": "Shaanxi Province", "zh_hans": "陕西省"},
        "lat": 34.50,
        "lon": 109.51,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Weinan, in Shaanxi Province, China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "渭南位于中国陕西省，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    {
        "slug": "yantai",
        "name": {"en": "Yantai", "zh_hans": "烟台"},
        "country": "CN",
        "region": {"en": "Shandong Province", "zh_hans": "山东省"},
        "lat": 37.46,
        "lon": 121.45,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Yantai, in Shandong Province, China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "烟台位于中国山东省，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    {
        "slug": "changchun",
        "name": {"en": "Changchun", "zh_hans": "长春"},
        "country": "CN",
        "region": {"en": "Jilin Province", "zh_hans": "吉林省"},
        "lat": 43.82,
        "lon": 125.32,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Changchun, in Jilin Province, China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "长春位于中国吉林省，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    {
        "slug": "chongqing",
        "name": {"en": "Chongqing", "zh_hans": "重庆"},
        "country": "CN",
        "region": {"en": "Municipality directly under the central government", "zh_hans": "直辖市"},
        "lat": 29.56,
        "lon": 106.55,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Chongqing, a municipality directly under the central government of China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "重庆为中国直辖市，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    {
        "slug": "longyan",
        "name": {"en": "Longyan", "zh_hans": "龙岩"},
        "country": "CN",
        "region": {"en": "Fujian Province", "zh_hans": "福建省"},
        "lat": 25.08,
        "lon": 117.02,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Longyan, in Fujian Province, China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "龙岩位于中国福建省，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    {
        "slug": "shantou",
        "name": {"en": "Shantou", "zh_hans": "汕头"},
        "country": "CN",
        "region": {"en": "Guangdong Province", "zh_hans": "广东省"},
        "lat": 23.35,
        "lon": 116.68,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Shantou, in Guangdong Province, China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "汕头位于中国广东省，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    {
        "slug": "zhengzhou",
        "name": {"en": "Zhengzhou", "zh_hans": "郑州"},
        "country": "CN",
        "region": {"en": "Henan Province", "zh_hans": "河南省"},
        "lat": 34.75,
        "lon": 113.63,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Zhengzhou, in Henan Province, China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "郑州位于中国河南省，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    {
        "slug": "chengdu",
        "name": {"en": "Chengdu", "zh_hans": "成都"},
        "country": "CN",
        "region": {"en": "Sichuan Province", "zh_hans": "四川省"},
        "lat": 30.57,
        "lon": 104.07,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Chengdu, in Sichuan Province, China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "成都位于中国四川省，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    {
        "slug": "guangzhou",
        "name": {"en": "Guangzhou", "zh_hans": "广州"},
        "country": "CN",
        "region": {"en": "Guangdong Province", "zh_hans": "广东省"},
        "lat": 23.13,
        "lon": 113.26,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Guangzhou, in Guangdong Province, China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "广州位于中国广东省，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    {
        "slug": "tianjin",
        "name": {"en": "Tianjin", "zh_hans": "天津"},
        "country": "CN",
        "region": {"en": "Municipality directly under the central government", "zh_hans": "直辖市"},
        "lat": 39.13,
        "lon": 117.20,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Tianjin, a municipality directly under the central government of China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "天津为中国直辖市，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    {
        "slug": "wuhan",
        "name": {"en": "Wuhan", "zh_hans": "武汉"},
        "country": "CN",
        "region": {"en": "Hubei Province", "zh_hans": "湖北省"},
        "lat": 30.59,
        "lon": 114.31,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Wuhan, in Hubei Province, China, was one of "
                "the Chinese case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "武汉位于中国湖北省，是IUC-Asia在2017–2020项目执行期间支持的中国案例城市之一。",
        },
    },
    # European case cities, in the brochure's order.
    {
        "slug": "barcelona",
        "name": {"en": "Barcelona", "zh_hans": "巴塞罗那"},
        "country": "ES",
        "region": {"en": "Catalonia", "zh_hans": "加泰罗尼亚"},
        "lat": 41.39,
        "lon": 2.17,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Barcelona, in Catalonia, Spain, was one of "
                "the European case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "巴塞罗那位于西班牙加泰罗尼亚，是IUC-Asia在2017–2020项目执行期间支持的欧洲案例城市之一。",
        },
    },
    {
        "slug": "granada",
        "name": {"en": "Granada", "zh_hans": "格拉纳达"},
        "country": "ES",
        "region": {"en": "Andalusia", "zh_hans": "安达卢西亚"},
        "lat": 37.18,
        "lon": -3.60,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Granada, in Andalusia, Spain, was one of "
                "the European case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "格拉纳达位于西班牙安达卢西亚，是IUC-Asia在2017–2020项目执行期间支持的欧洲案例城市之一。",
        },
    },
    {
        "slug": "malaga",
        "name": {"en": "Málaga", "zh_hans": "马拉加"},
        "country": "ES",
        "region": {"en": "Andalusia", "zh_hans": "安达卢西亚"},
        "lat": 36.72,
        "lon": -4.42,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Málaga, in Andalusia, Spain, was one of "
                "the European case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "马拉加位于西班牙安达卢西亚，是IUC-Asia在2017–2020项目执行期间支持的欧洲案例城市之一。",
        },
    },
    {
        "slug": "rome",
        "name": {"en": "Rome", "zh_hans": "罗马"},
        "country": "IT",
        "region": {"en": "Lazio", "zh_hans": "拉齐奥大区"},
        "lat": 41.90,
        "lon": 12.50,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Rome, in Lazio, Italy, was one of "
                "the European case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "罗马位于意大利拉齐奥大区，是IUC-Asia在2017–2020项目执行期间支持的欧洲案例城市之一。",
        },
    },
    {
        "slug": "bologna",
        "name": {"en": "Bologna", "zh_hans": "博洛尼亚"},
        "country": "IT",
        "region": {"en": "Emilia-Romagna", "zh_hans": "艾米利亚-罗马涅大区"},
        "lat": 44.49,
        "lon": 11.34,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Bologna, in Emilia-Romagna, Italy, was one of "
                "the European case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": (
                "博洛尼亚位于意大利艾米利亚-罗马涅大区，是IUC-Asia在2017–2020项目执行期间支持的欧洲案例城市之一。"
            ),
        },
    },
    {
        "slug": "reggio-emilia",
        "name": {"en": "Reggio Emilia", "zh_hans": "瑞吉欧·艾米利亚"},
        "country": "IT",
        "region": {"en": "Emilia-Romagna", "zh_hans": "艾米利亚-罗马涅大区"},
        "lat": 44.70,
        "lon": 10.63,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Reggio Emilia, in Emilia-Romagna, Italy, was one of "
                "the European case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": (
                "瑞吉欧·艾米利亚位于意大利艾米利亚-罗马涅大区，"
                "是IUC-Asia在2017–2020项目执行期间支持的欧洲案例城市之一。"
            ),
        },
    },
    {
        "slug": "nice",
        "name": {"en": "Nice", "zh_hans": "尼斯"},
        "country": "FR",
        "region": {"en": "Provence-Alpes-Côte d'Azur", "zh_hans": "普罗旺斯-阿尔卑斯-蓝色海岸大区"},
        "lat": 43.70,
        "lon": 7.27,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Nice, in Provence-Alpes-Côte d'Azur, France, was one of "
                "the European case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": (
                "尼斯位于法国普罗旺斯-阿尔卑斯-蓝色海岸大区，是IUC-Asia在2017–2020项目执行期间支持的欧洲案例城市之一。"
            ),
        },
    },
    {
        "slug": "mannheim",
        "name": {"en": "Mannheim", "zh_hans": "曼海姆"},
        "country": "DE",
        "region": {"en": "Baden-Württemberg", "zh_hans": "巴登-符腾堡州"},
        "lat": 49.49,
        "lon": 8.47,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Mannheim, in Baden-Württemberg, Germany, was one of "
                "the European case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "曼海姆位于德国巴登-符腾堡州，是IUC-Asia在2017–2020项目执行期间支持的欧洲案例城市之一。",
        },
    },
    {
        "slug": "stuttgart-region",
        "name": {"en": "Stuttgart Region", "zh_hans": "斯图加特大区"},
        "country": "DE",
        "region": {"en": "Baden-Württemberg", "zh_hans": "巴登-符腾堡州"},
        "lat": 48.78,
        "lon": 9.18,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Stuttgart Region, in Baden-Württemberg, Germany, was one of "
                "the European case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "斯图加特大区位于德国巴登-符腾堡州，是IUC-Asia在2017–2020项目执行期间支持的欧洲案例城市之一。",
        },
    },
    # AAK: brochure gives only the acronym; location to be confirmed by staff
    {
        "slug": "aak",
        "name": {"en": "AAK", "zh_hans": "AAK"},
        "country": "GR",
        "region": {"en": "", "zh_hans": ""},
        "lat": 37.98,
        "lon": 23.73,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "AAK, in Greece, was one of "
                "the European case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "AAK位于希腊，是IUC-Asia在2017–2020项目执行期间支持的欧洲案例城市之一。",
        },
    },
    {
        "slug": "burgas",
        "name": {"en": "Burgas", "zh_hans": "布尔加斯"},
        "country": "BG",
        "region": {"en": "Burgas Province", "zh_hans": "布尔加斯州"},
        "lat": 42.50,
        "lon": 27.47,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Burgas, in Burgas Province, Bulgaria, was one of "
                "the European case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "布尔加斯位于保加利亚布尔加斯州，是IUC-Asia在2017–2020项目执行期间支持的欧洲案例城市之一。",
        },
    },
    {
        "slug": "greater-manchester",
        "name": {"en": "Greater Manchester", "zh_hans": "曼切斯特大区"},
        "country": "GB",
        "region": {"en": "North West England", "zh_hans": "英格兰西北部"},
        "lat": 53.48,
        "lon": -2.24,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Greater Manchester, in North West England, United Kingdom, was one of "
                "the European case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "曼切斯特大区位于英国英格兰西北部，是IUC-Asia在2017–2020项目执行期间支持的欧洲案例城市之一。",
        },
    },
    {
        "slug": "barnsley",
        "name": {"en": "Barnsley", "zh_hans": "巴恩斯利"},
        "country": "GB",
        "region": {"en": "South Yorkshire", "zh_hans": "南约克郡"},
        "lat": 53.55,
        "lon": -1.48,
        "phases": ["iuc-asia"],
        "summary": {
            "en": (
                "Barnsley, in South Yorkshire, United Kingdom, was one of "
                "the European case cities supported by IUC-Asia during its 2017–2020 implementation period."
            ),
            "zh_hans": "巴恩斯利位于英国南约克郡，是IUC-Asia在2017–2020项目执行期间支持的欧洲案例城市之一。",
        },
    },
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
            "en": (
                "Chongqing and Mannheim, Germany: China–Europe Railway Express services launched "
                "and a cooperation centre established."
            ),
            "zh_hans": "重庆与德国曼海姆：开通中欧班列，成立合作中心。",
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
            "en": (
                "Yangzhou's cooperation with Barcelona, Bologna, Stuttgart and Rome: "
                "the Yangzhou World Horticultural Expo."
            ),
            "zh_hans": "扬州与巴塞罗那、博洛尼亚、斯图加特、罗马：扬州世界园艺博览会。",
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
            "en": "Liuzhou and Barcelona, Spain: smart city cooperation.",
            "zh_hans": "柳州与西班牙巴塞罗那：智慧城市合作。",
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
            "en": "Yantai and Rome, Italy: cooperation in education and research.",
            "zh_hans": "烟台与意大利罗马：教育研究合作。",
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
                        {"value": "18", "label": "Chinese case cities"},
                        {"value": "13", "label": "European case cities"},
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
                        {"value": "18", "label": "中国案例城市"},
                        {"value": "13", "label": "欧洲案例城市"},
                        {"value": "18–24", "label": "个月的协调支持，面向案例城市和区域"},
                    ],
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "text": "了解IUC-Asia案例城市的合作案例。",
                        "label": "合作案例",
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
                "In 2006, China's National Development and Reform Commission (NDRC) and the European Commission "
                "formally launched the EU–China regional policy dialogue mechanism."
            ),
            "zh_hans": "2006年，中国国家发展和改革委员会与欧盟委员会正式启动中欧区域政策对话机制。",
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
        "title": {"en": "Achievements", "zh_hans": "成功案例"},
        "summary": {
            "en": (
                "During its 2017–2020 implementation period, IUC-Asia, the predecessor of IURC-China, supported a "
                "total of 31 case cities from China and EU countries."
            ),
            "zh_hans": "在2017–2020项目执行期间，IUC-Asia为来自中国和欧盟各国的共计31个案例城市提供支持。",
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
                        {"value": "18", "label": "Chinese case cities"},
                        {"value": "13", "label": "European case cities"},
                        {"value": "4", "label": "years of implementation (2017–2020)"},
                    ],
                },
                {"type": "heading", "value": {"text": "Cooperation stories", "level": "h2"}},
                {
                    "type": "list",
                    "value": {
                        "title": "Cooperation stories",
                        "style": "bullets",
                        "items": [
                            {
                                "title": "Chongqing – Mannheim, Germany",
                                "text": (
                                    "Launch of China–Europe Railway Express services and establishment of a "
                                    "cooperation centre"
                                ),
                            },
                            {
                                "title": "Yangzhou – Barcelona, Bologna, Stuttgart and Rome",
                                "text": "Yangzhou World Horticultural Expo",
                            },
                            {"title": "Liuzhou – Barcelona, Spain", "text": "Smart city cooperation"},
                            {"title": "Yantai – Rome, Italy", "text": "Cooperation in education and research"},
                        ],
                    },
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "text": "Read the cooperation stories of IUC-Asia's case cities.",
                        "label": "Cooperation stories",
                        "url": "/cooperation/",
                    },
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "text": "See all 31 case cities supported by IUC-Asia.",
                        "label": "Case cities",
                        "url": "/cities/",
                    },
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
                        {"value": "18", "label": "中国案例城市"},
                        {"value": "13", "label": "欧洲案例城市"},
                        {"value": "4", "label": "年项目执行期（2017–2020）"},
                    ],
                },
                {"type": "heading", "value": {"text": "合作案例", "level": "h2"}},
                {
                    "type": "list",
                    "value": {
                        "title": "合作案例",
                        "style": "bullets",
                        "items": [
                            {"title": "重庆 — 德国曼海姆", "text": "开通中欧班列，成立合作中心"},
                            {"title": "扬州 — 巴塞罗那、博洛尼亚、斯图加特、罗马", "text": "扬州世界园艺博览会"},
                            {"title": "柳州 — 西班牙巴塞罗那", "text": "智慧城市合作"},
                            {"title": "烟台 — 意大利罗马", "text": "教育研究合作"},
                        ],
                    },
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "text": "阅读IUC-Asia案例城市的合作案例。",
                        "label": "合作案例",
                        "url": "/cooperation/",
                    },
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "text": "查看IUC-Asia支持的全部31个案例城市。",
                        "label": "案例城市",
                        "url": "/cities/",
                    },
                },
            ],
        },
    },
    "iuc-to-iurc": {
        "title": {"en": "From IUC to IURC", "zh_hans": "从IUC到IURC"},
        "summary": {
            "en": (
                "IURC-China extends the scope of cooperation between the two sides from sustainable urban development "
                "to regional innovation, creating a platform for broader cooperation between China and Europe."
            ),
            "zh_hans": "IURC-China将双方合作范畴从城市可持续发展拓展至区域创新，为中欧双方更广泛的合作搭建平台。",
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
                "IURC-China builds the platform and organises and coordinates; the triple-helix cooperation model "
                "integrates resources and matches needs."
            ),
            "zh_hans": "IURC-China搭建平台，组织协调；三重螺旋合作模式整合资源，对接需求。",
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
                        "title": "The triple-helix cooperation model",
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
                        "title": "三重螺旋合作模式",
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
                        "title": "Support provided by IURC-China",
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
                        "title": "Funding and guidance",
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
                        "title": "IURC-China提供的支持",
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
                        "title": "项目资助与指导",
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
                        "<p>IURC-China responds to the United Nations Sustainable Development Goals. The programme "
                        "will make a positive contribution to the goals set by the United Nations' <i>New Urban "
                        "Agenda</i> and the <i>2030 Agenda for Sustainable Development</i>.</p>"
                    ),
                },
            ],
            "zh_hans": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>IURC-China 响应联合国可持续发展目标。"
                        "本项目将对联合国《新城市议程》、《2030年可持续发展议程》设定的目标作出积极贡献。</p>"
                    ),
                },
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
        "title": {"en": "Cooperation stories", "zh_hans": "合作案例"},
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
