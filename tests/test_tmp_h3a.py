import math, pytest
from django.utils import translation
from iurc_site.core import geo, maps
@pytest.mark.django_db
def test_q(rf):
    with translation.override("en"):
        data = maps.city_map(rf.get("/en/"))
    worst = 0
    for c in data["cities"]:
        x, y = geo.project(float(c.page.latitude), float(c.page.longitude))
        d = math.hypot(c.x - x, c.y - y); worst = max(worst, d)
        if d > 0.2: print(c.page.slug, round(d, 1))
    cs = data["cities"]
    print("worst", worst, "min dist", min(math.hypot(a.x-b.x, a.y-b.y) for i, a in enumerate(cs) for b in cs[i+1:]))
