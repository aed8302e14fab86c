"""The renditions a page shows of photos, fetched with the photos: one query for a whole list of cards.

Wagtail finds a rendition in its cache, else with one query per photo. Renditions prefetched on an image are the only
place it then looks, so the filters named here must be every rendition the templates show of those photos (a
rendition missing from them is made again, not read).
"""

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model

# A city, story or article card's photo (templates/includes/city_card.html, story_card.html, article_card.html).
CARD_PHOTO = "fill-640x400-c50"
# The page header's <picture> (templates/includes/page_media.html), as Wagtail names its renditions.
HEADER_PHOTO = tuple(
    f"format-{image_format}|fill-{size}-c50"
    for image_format in ("webp", "jpeg")
    for size in ("480x300", "960x600", "1440x900")
)
# A shared page's image: the OpenGraph card and the square for apps (partners.seo).
SHARE_PHOTO = {"card": "fill-1200x630", "square": "fill-300x300"}


def prefetch_renditions(images, filters):
    """Read the renditions in `filters` of `images` (None is skipped) in one query; none without an image."""
    images = [image for image in images if image is not None]
    if images:
        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=list(filters))
        prefetch_related_objects(images, Prefetch("renditions", queryset=renditions))


def with_card_photos(pages):
    """`pages` as a list, their photos' card renditions read in one query (their `image` loaded with them); a page
    showing several lists of cards passes them together."""
    pages = list(pages)
    prefetch_renditions([page.image for page in pages], [CARD_PHOTO])
    return pages
