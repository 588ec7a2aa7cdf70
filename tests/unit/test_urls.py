"""Floor 1: the one http(s) URL check."""

from __future__ import annotations

import pytest

from kie_provider.urls import is_http_url


@pytest.mark.parametrize("value", ["https://a.b/c.png", " http://127.0.0.1:8765/x ", "HTTPS://A.B"])
def test_http_urls(value):
    assert is_http_url(value)


@pytest.mark.parametrize(
    "value",
    [
        "https://",
        "http:///x",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "s3://b/k",
        "/tmp/a.png",
        "http://[::1",
        None,
        3,
    ],
)
def test_not_http_urls(value):
    assert not is_http_url(value)
