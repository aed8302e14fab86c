"""Breadcrumbs: `{% breadcrumbs %}` below home; `{% breadcrumbs current=title %}` on other views and on routes."""

from django import template

from ..navigation import ancestors as page_ancestors

register = template.Library()

HOME_DEPTH = 2  # the tree root is depth 1; the site's home page sits just below it


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current=None):
    """Home, then the page's ancestors, then the page itself marked as the current location.

    `current` labels a view that is not a page (search, 404) or one of a page's own routes (an archive year):
    then the page, if any, is the last link before it.
    """
    request = context["request"]
    page = context.get("page")
    below_home = getattr(page, "depth", 0) > HOME_DEPTH
    if not below_home:
        return {"trail": [], "current_label": current} if current is not None else {}
    trail = [
        {"page": ancestor, "url": ancestor.get_url(request)}
        for ancestor in page_ancestors(page, request)
        if ancestor.depth > HOME_DEPTH
    ]
    if current is not None:
        return {"trail": [*trail, {"page": page, "url": page.get_url(request)}], "current_label": current}
    return {"trail": trail, "current_page": page}
