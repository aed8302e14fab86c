"""Page serving in a constant number of queries, whatever the depth of the page.

Wagtail routes level by level (two queries per level) and checks view restrictions with two more. ``BasePage``
uses these instead: the page at a URL path is loaded once per content generation, as its own type with its
foreign keys and many-to-many relations (country, phases, themes, …), and view restrictions are looked up only
while the site has any.
"""

import functools

from django.contrib.contenttypes.models import ContentType
from django.db.models import ManyToManyField, Prefetch, Q
from wagtail.models import Page, PageViewRestriction

from .data import generation_cached, has_view_restrictions


@functools.cache
def page_fields():
    return {field.name for field in Page._meta.get_fields()}


def own_fields(model):
    """The concrete fields a model adds to Wagtail's Page (not its owner, locale, …)."""
    return [field for field in model._meta.get_fields() if field.name not in page_fields() and field.concrete]


def own_foreign_keys(model):
    return [field.name for field in own_fields(model) if field.many_to_one]


def related_prefetch(field):
    """A many-to-many relation as a public page shows it: related pages only while live, with their foreign keys
    (a story's cities with their countries)."""
    target = field.related_model
    if not issubclass(target, Page):
        return field.name
    pages = target.objects.visible().select_related(*own_foreign_keys(target)).order_by("path")
    return Prefetch(field.name, queryset=pages)


def load_page(pk, content_type_id):
    """The page as its own type, with the relations of its own fields loaded."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    many_to_many = [related_prefetch(field) for field in own_fields(model) if isinstance(field, ManyToManyField)]
    return model.objects.select_related(*own_foreign_keys(model)).prefetch_related(*many_to_many).get(pk=pk)


def route_by_url_path(root, request, path_components):
    """The live page at ``root``'s URL path + components, or None to let Wagtail route level by level.

    None also when the path names no page, so that a routable page's sub-routes keep working.
    """
    if not path_components:
        return None
    url_path = root.url_path + "/".join(path_components) + "/"

    def find():
        row = Page.objects.filter(url_path=url_path, path__startswith=root.path).values_list("pk", "content_type")
        row = row.order_by("path").first()
        return load_page(*row) if row else None

    page = generation_cached(f"page:{root.pk}:{url_path}", find, keep_none=False)
    if page is None:
        return None
    return page.route(request, [])


def view_restrictions(page):
    """The restrictions on ``page`` and its ancestors (an alias inherits its source's): no query while the site
    has none, else one."""
    if not has_view_restrictions():
        return PageViewRestriction.objects.none()
    paths = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
    return PageViewRestriction.objects.filter(Q(page__path__in=paths) | Q(page__aliases__path__in=paths)).distinct()


def ancestors(page):
    """The page's ancestors from the home page down (site root first), kept per content generation."""
    return generation_cached(f"ancestors:{page.path}", lambda: list(page.get_ancestors().filter(depth__gte=2)))
