"""Values computed once per request and kept beside it, not as attributes set on Django's request object.

Django has no per-request store for template tags that run several times in one response (a menu, the story
index's URL behind every tag link); a weak mapping keyed by the request forgets each value with its request.
"""

import weakref

_values = weakref.WeakKeyDictionary()


def once_per_request(request, key, compute):
    """`compute()`, called once per `request` and `key` (every time when there is no request)."""
    if request is None:
        return compute()
    values = _values.setdefault(request, {})
    if key not in values:
        values[key] = compute()
    return values[key]
