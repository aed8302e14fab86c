"""QR codes drawn on the server as SVG (segno: pure Python, no external service)."""

import functools
import io

import segno
from django.utils.safestring import mark_safe

# Error correction M survives a smudged or partly covered print; the 4-module quiet zone is the standard one.
ERROR_CORRECTION = "m"
QUIET_ZONE = 4


def make(url):
    return segno.make(url, error=ERROR_CORRECTION, micro=False)


@functools.lru_cache(maxsize=1024)  # a pure function of its arguments, and the slowest part of a page render
def svg_inline(url, title):
    """An `<svg>` element for the page: scalable (viewBox, no fixed size), with a title for screen readers."""
    svg = make(url).svg_inline(
        scale=1,
        border=QUIET_ZONE,
        omitsize=True,
        title=title,
        dark="#000",
        light="#fff",
        svgclass="link-kit__qr-code",
    )
    return mark_safe(svg.replace("<svg ", '<svg role="img" ', 1))


def svg_document(url, title):
    """A standalone SVG file (XML declaration, 10 px modules) for print and download."""
    out = io.BytesIO()
    make(url).save(out, kind="svg", scale=10, border=QUIET_ZONE, title=title, dark="#000", light="#fff")
    return out.getvalue()
