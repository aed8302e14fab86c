"""`visible()`: the pages the public may see — live and under no view restriction (login, password, groups).

Every public listing, count, map, related list, feed, sitemap, API and search reads pages through it:

    CityPage.objects.visible()                     # any page type of the site (their manager is BasePageManager)
    CityPage.objects.child_of(index).visible()      # chains like Wagtail's own filters
    visible_pages().descendant_of(site.root_page)   # pages of every type (wagtailcore.Page)

Wagtail's `.public()` reads the restrictions in a query of its own each time; this filter is one subquery in
the same statement, so a listing costs no extra query whether or not the site has restrictions.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet


def restricted():
    """True for a page at or below a page with a view restriction (tree paths: the restricted page's is a prefix)."""
    return Exists(PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path"))))


def under_view_restriction():
    """True for a page that Wagtail's view-restriction check would find restrictions for: a restriction on the page
    or an ancestor, or on the source of an alias among them (`BasePage.get_view_restrictions`)."""
    return Exists(
        PageViewRestriction.objects.filter(
            Q(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
            | Q(page__aliases__path=Substr(OuterRef("path"), 1, Length("page__aliases__path")))
        )
    )


class BasePageQuerySet(PageQuerySet):
    def visible(self):
        """Live pages that need no login or password."""
        return self.live().exclude(restricted())


class BasePageManager(PageManager.from_queryset(BasePageQuerySet)):
    pass


def visible_pages():
    """`visible()` over pages of every type."""
    return BasePageQuerySet(Page).visible()
