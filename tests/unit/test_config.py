"""Floor 1: a kie connection's fields become the config the hooks use, with clear errors for bad values."""

from __future__ import annotations

import pytest

from kie_provider.config import (
    API_BASE_URL,
    CONN_FIELDS,
    UI_FIELD_BEHAVIOUR,
    UPLOAD_BASE_URL,
    KieConnectionConfig,
    config_from_connection,
    normalise_base_url,
)
from kie_provider.exceptions import KieAuthError, KieValidationError


@pytest.mark.parametrize(
    ("host", "port", "expected"),
    [
        (None, None, API_BASE_URL),
        ("  ", None, API_BASE_URL),
        ("api.kie.ai", None, "https://api.kie.ai"),
        ("http://127.0.0.1:8765/", None, "http://127.0.0.1:8765"),
        ("http://127.0.0.1", 8765, "http://127.0.0.1:8765"),
        ("http://127.0.0.1:9000", 8765, "http://127.0.0.1:9000"),
    ],
)
def test_host_and_port_become_a_base_url(host, port, expected):
    assert normalise_base_url(host, port) == expected


@pytest.mark.parametrize("host", ["https://", "ftp://api.kie.ai", "file:///tmp", "ws://x:1"])
def test_host_that_is_not_an_http_url_is_refused_naming_it(host):
    with pytest.raises(KieValidationError) as err:
        normalise_base_url(host)
    assert err.value.fields == ["host"] and "http(s)" in err.value.message


def test_extras_are_read_and_defaults_fill_the_rest():
    config = config_from_connection(
        password="k",
        host=None,
        port=None,
        extra={"timeout": "12.5", "max_retries": 5, "backoff_base": 0.1, "poll_first": 1, "webhook_hmac_key": "old"},
    )
    assert (config.base_url, config.upload_base_url) == (API_BASE_URL, UPLOAD_BASE_URL)
    assert (config.timeout, config.max_retries) == (12.5, 5)
    assert (config.backoff_base, config.backoff_cap, config.poll_first, config.poll_cap) == (0.1, 30.0, 1.0, 30.0)
    assert config.webhook_hmac_key == "old"
    # Explicit hook arguments win over the connection's extras.
    again = config_from_connection(password="k", host=None, port=None, extra={"timeout": 3}, timeout=7, max_retries=0)
    assert (again.timeout, again.max_retries) == (7.0, 0)


@pytest.mark.parametrize(("name", "value"), [("timeout", "soon"), ("max_retries", -1), ("poll_cap", -2)])
def test_bad_numbers_in_the_extra_name_the_extra(name, value):
    with pytest.raises(KieValidationError) as err:
        config_from_connection(password="k", host=None, port=None, extra={name: value})
    assert err.value.fields == [name] and repr(value) in err.value.message


def test_a_connection_without_a_key_says_where_the_key_goes():
    with pytest.raises(KieAuthError, match="password"):
        config_from_connection(password="", host=None, port=None, extra={})


def test_secrets_stay_out_of_repr_but_are_known_for_masking():
    config = KieConnectionConfig(api_key="sk-secret-1", webhook_hmac_key="whsec-2")
    assert "sk-secret-1" not in repr(config) and "whsec-2" not in repr(config)
    assert config.secrets == ("sk-secret-1", "whsec-2")
    assert config.headers["Authorization"] == "Bearer sk-secret-1"


def test_the_connection_form_stores_no_defaults():
    # A saved connection must hold only what the user typed: defaults are placeholders.
    assert all("default" not in spec["schema"] for spec in CONN_FIELDS.values())
    assert set(UI_FIELD_BEHAVIOUR["placeholders"]) >= {"host", "password", "upload_base_url"}
