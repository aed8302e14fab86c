"""Reading the site's pages in tests: parsed HTML and a page's path without the language prefix."""

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def path_of(page):
    """`/cities/chongqing/` for a page: its URL without the language prefix."""
    return page.url_path[len("/home") :]
