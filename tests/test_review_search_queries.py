"""Site search runs a fixed number of queries, however many pages match."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def search_queries(client, language, query):
    """The queries of a warm search request, and the number of results it reports."""
    url = f"/{language}/search/"
    assert client.get(url, {"q": query}).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"q": query})
    assert response.status_code == 200
    return len(queries), response.context["paginator"].count


@pytest.mark.parametrize(("language", "word"), [("en", "demo"), ("zh-hans", "示例")])
def test_search_queries_do_not_grow_with_the_results(client, language, word):
    call_command("generate_demo_content", cities=60, stories=5, stdout=io.StringIO())
    # Both searches find generated cities and stories (one query per page type fetches the hits).
    few, few_results = search_queries(client, language, f"{word} 3")  # city 3, the cities of region 3, story 3
    many, many_results = search_queries(client, language, word)  # every generated city and story
    assert few_results < 10 and many_results == 65
    assert many == few
