"""Publications where other pages show them: `{% publications_about page as publications %}` on city and story
pages, and a publication's file facts."""

from django import template
from django.db.models import Q
from django.utils.http import urlencode

from iurc_site.core.documents import meta_html

from ..models import PublicationPage, card_queryset, with_renditions

register = template.Library()


@register.simple_tag
def publications_about(page):
    """Visible publications about `page` (a case city or a cooperation story), newest first: two queries."""
    about = Q(cities=page.pk) | Q(stories=page.pk)
    return with_renditions(card_queryset(PublicationPage.objects.visible().filter(about).distinct()))


@register.simple_tag
def file_meta(publication):
    """ "PDF, 1.2 MB, <span lang="zh-Hans">中文</span> / <span lang="en">English</span>" of a publication's file."""
    facts = ", ".join(part for part in (publication.file_format, publication.size) if part)
    return meta_html(facts, publication.file_language)


@register.simple_tag(takes_context=True)
def page_query(context, number):
    """The current query string with `page` set to `number` (the filters kept), for pagination links."""
    params = context["request"].GET.copy()
    params["page"] = number
    return "?" + urlencode(sorted((key, value) for key, value in params.items()))
