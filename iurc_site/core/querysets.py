"""`visible()`: the pages the public may see — live and under no view restriction (login, password, groups).

Every public listing, count, map, related list, feed, sitemap, API and search reads pages through it:

    CityPage.objects.visible()                     # any page type of the site (their manager is BasePageManager)
    CityPage.objects.child_of(index).visible()      # chains like Wagtail's own filters
    visible_pages().descendant_of(site.root_page)   # pages of every type (wagtailcore.Page)

Wagtail's `.public()` reads the restrictions in a query of its own each time; this filter is one subquery in
the same statement, so a listing costs no extra query whether or not the site has restrictions.
"""

from django.db.models import BooleanField, F, Func
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

# What a link to a page reads of it: its title, and its URL (its place in the tree, URL path, locale and type).
# A listing's `.only()` starts from these and adds what its cards show; the other columns stay unread.
LINK_FIELDS = ("title", "path", "depth", "url_path", "content_type", "locale")


class RestrictionOver(Func):
    """`EXISTS`: a view restriction on the page at `path` or an ancestor (and, with `aliases`, on the source of an
    alias among them), as the SQL text Django would compile from a subquery, written once: a listing compiles
    this condition in a fraction of the time a subquery of two models takes."""

    arity = 1
    output_field = BooleanField()

    def __init__(self, path, aliases=False):
        super().__init__(path)
        self.aliases = aliases

    def as_sql(self, compiler, connection, **extra_context):
        path, params = compiler.compile(self.source_expressions[0])
        quote = connection.ops.quote_name
        restriction, page = PageViewRestriction._meta, Page._meta
        pages = quote(page.db_table)
        page_path = quote(page.get_field("path").column)
        on_page = quote(restriction.get_field("page").column)
        sql = (
            f"EXISTS(SELECT 1 FROM {quote(restriction.db_table)} vr INNER JOIN {pages} vr_page "
            f"ON (vr.{on_page} = vr_page.{quote(page.pk.column)})"
        )
        condition = f"vr_page.{page_path} = SUBSTR({path}, 1, LENGTH(vr_page.{page_path}))"
        if not self.aliases:
            return f"{sql} WHERE {condition})", params
        alias_of = quote(page.get_field("alias_of").column)
        alias_condition = f"vr_alias.{page_path} = SUBSTR({path}, 1, LENGTH(vr_alias.{page_path}))"
        sql += f" LEFT OUTER JOIN {pages} vr_alias ON (vr_page.{quote(page.pk.column)} = vr_alias.{alias_of})"
        return f"{sql} WHERE ({condition} OR {alias_condition}))", (*params, *params)


def restricted():
    """True for a page at or below a page with a view restriction (tree paths: the restricted page's is a prefix)."""
    return RestrictionOver(F("path"))


def under_view_restriction():
    """True for a page that Wagtail's view-restriction check would find restrictions for: a restriction on the page
    or an ancestor, or on the source of an alias among them (`BasePage.get_view_restrictions`)."""
    return RestrictionOver(F("path"), aliases=True)


class BasePageQuerySet(PageQuerySet):
    def visible(self):
        """Live pages that need no login or password."""
        return self.live().exclude(restricted())


class BasePageManager(PageManager.from_queryset(BasePageQuerySet)):
    pass


def visible_pages():
    """`visible()` over pages of every type."""
    return BasePageQuerySet(Page).visible()
