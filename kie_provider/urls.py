"""What counts as an http(s) URL: the one check every layer uses (validation, uploads, links, downloads)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit


def is_http_url(value: Any) -> bool:
    """
    Whether ``value`` is an absolute http(s) URL with a host, which kie.ai can fetch and a browser can open.

    Surrounding whitespace is allowed (it is stripped before sending). ``javascript:``, ``file:``,
    ``https://`` without a host and unparseable URLs (an unbalanced IPv6 bracket) are not URLs here.

    :param value: anything.
    """
    if not isinstance(value, str):
        return False
    try:
        parts = urlsplit(value.strip())
        return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        return False


def has_http_scheme(value: str) -> bool:
    """
    Whether ``value`` names the http(s) scheme, well formed or not (what can never be a folder or storage URI).

    :param value: a string.
    """
    return value.strip().lower().startswith(("http://", "https://"))


#: A JSON-schema ``pattern`` for an http(s) URL, for DAG ``Param`` s: Airflow enforces ``pattern`` when a run
#: is triggered (it does not assert ``format: uri``), so "not a url" is refused before a run starts.
HTTP_URL_PATTERN = r"^\s*[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+\S*\s*$"
