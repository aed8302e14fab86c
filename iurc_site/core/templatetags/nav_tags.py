"""Breadcrumbs: `{% breadcrumbs %}` on every page below home, `{% breadcrumbs current=title %}` on other views."""

from django import template

from ..navigation import ancestors as page_ancestors

register = template.Library()

HOME_DEPTH = 2  # the tree root is depth 1; the site's home page sits just below it


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current=None):
    """Home, then the page's ancestors, then the page itself (or `current`) marked as the current location."""
    request = context["request"]
    page = context.get("page")
    if current is not None:
        return {"trail": [], "current_label": current}
    if page is None or getattr(page, "depth", 0) <= HOME_DEPTH:
        return {}
    trail = [
        {"page": ancestor, "url": ancestor.get_url(request)}
        for ancestor in page_ancestors(page, request)
        if ancestor.depth > HOME_DEPTH
    ]
    return {"trail": trail, "current_page": page}
