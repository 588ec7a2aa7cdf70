"""An Airflow ``kie`` connection as data: kie.ai's addresses, the defaults, the connection form and the config."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

# The provider's metadata (get_provider_info) reads the connection form from here while Airflow is still
# being imported, so this module imports nothing of Airflow's at import time: errors are imported where
# they are raised.

API_BASE_URL = "https://api.kie.ai"
UPLOAD_BASE_URL = "https://kieai.redpandaai.co"
LOGS_URL = "https://kie.ai/logs"

CONN_TYPE = "kie"
DEFAULT_CONN_ID = "kie_default"

#: The connection extra holding the webhook HMAC key. Its name contains "secret", so Airflow masks it
#: wherever it masks passwords (REST answers, logs, the UI) with no deployment setting.
WEBHOOK_SECRET_EXTRA = "webhook_hmac_secret"
#: The extra's earlier name, still read; Airflow does not mask it by name, so the hook masks its value.
LEGACY_WEBHOOK_SECRET_EXTRA = "webhook_hmac_key"

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 3
CONNECT_TIMEOUT = 10.0
#: Retry backoff of one request: full jitter over ``base * 2**attempt``, at most ``cap`` (seconds).
DEFAULT_BACKOFF_BASE = 1.0
DEFAULT_BACKOFF_CAP = 30.0
#: The adaptive poll schedule: the first interval, growing by half each poll, to the cap (seconds).
#: kie.ai's documentation advises polling every 2-3 s and backing off.
DEFAULT_POLL_FIRST = 2.5
DEFAULT_POLL_CAP = 30.0

#: The connection form, for Airflow's UI: one definition, read by the provider metadata and the hook.
#: Defaults are placeholders only, so that a saved connection stores nothing the user did not type.
CONN_FIELDS: dict[str, dict[str, Any]] = {
    "upload_base_url": {
        "label": "Upload base URL",
        "schema": {"type": ["string", "null"]},
        "description": f"Base URL of kie.ai's File Upload API (default {UPLOAD_BASE_URL})",
    },
    "timeout": {
        "label": "Request timeout (s)",
        "schema": {"type": ["number", "null"], "minimum": 0},
        "description": f"Read timeout of one HTTP request (default {DEFAULT_TIMEOUT:g})",
    },
    "max_retries": {
        "label": "Max retries per request",
        "schema": {"type": ["integer", "null"], "minimum": 0},
        "description": f"Retries of a request that failed transiently (default {DEFAULT_MAX_RETRIES})",
    },
    WEBHOOK_SECRET_EXTRA: {
        "label": "Webhook HMAC key",
        "schema": {"type": ["string", "null"], "format": "password"},
        "description": "Verifies the signatures of kie.ai callbacks",
    },
}
UI_FIELD_BEHAVIOUR: dict[str, Any] = {
    "hidden_fields": ["schema", "login", "port"],
    "relabeling": {"password": "API Key", "host": "API base URL"},
    "placeholders": {
        "host": API_BASE_URL,
        "password": "your kie.ai API key",
        "upload_base_url": UPLOAD_BASE_URL,
        "timeout": str(int(DEFAULT_TIMEOUT)),
        "max_retries": str(DEFAULT_MAX_RETRIES),
    },
}


@dataclass(frozen=True)
class KieConnectionConfig:
    """
    Everything the transports need from an Airflow ``kie`` connection.

    :param api_key: the kie.ai API key (never shown in ``repr``).
    :param base_url: API base URL, with scheme (and port, if any).
    :param upload_base_url: File Upload API base URL.
    :param timeout: read timeout of one HTTP request, in seconds.
    :param max_retries: how many times a retryable request is sent again.
    :param webhook_hmac_key: the account's webhook HMAC key (never shown in ``repr``).
    :param backoff_base: the first retry backoff, in seconds.
    :param backoff_cap: the longest retry backoff, in seconds.
    :param poll_first: the first interval of the adaptive poll schedule, in seconds.
    :param poll_cap: the longest interval of the adaptive poll schedule, in seconds.
    """

    api_key: str = field(repr=False)
    base_url: str = API_BASE_URL
    upload_base_url: str = UPLOAD_BASE_URL
    timeout: float = DEFAULT_TIMEOUT
    max_retries: int = DEFAULT_MAX_RETRIES
    webhook_hmac_key: str | None = field(default=None, repr=False)
    backoff_base: float = DEFAULT_BACKOFF_BASE
    backoff_cap: float = DEFAULT_BACKOFF_CAP
    poll_first: float = DEFAULT_POLL_FIRST
    poll_cap: float = DEFAULT_POLL_CAP

    @property
    def headers(self) -> dict[str, str]:
        """Headers every request carries."""
        return {
            "Authorization": f"Bearer {self.api_key}",
            "Content-Type": "application/json",
            "Accept": "application/json",
            "User-Agent": "kie-provider-airflow",
        }

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values that must never appear in a message."""
        return tuple(s for s in (self.api_key, self.webhook_hmac_key) if s)


def normalise_base_url(host: str | None, port: int | None = None, default: str = API_BASE_URL) -> str:
    """
    Turn a connection's host (and port) into a base URL.

    A host with a scheme (``http://127.0.0.1:8765``) is taken as given; a bare host gets ``https://``.

    :param host: the connection's host field.
    :param port: the connection's port field, if set.
    :param default: the URL used when no host is set.
    """
    from kie_provider.exceptions import KieValidationError

    if not host or not host.strip():
        return default
    host = host.strip()
    # The scheme is judged before trailing slashes go: "https://" alone must not become host "https".
    if "://" not in host:
        host = "https://" + host
    host = host.rstrip("/")
    parts = urlsplit(host)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise KieValidationError(
            f"kie connection host {host!r} is not an http(s) URL; use e.g. {API_BASE_URL}",
            problems=[("host", host, "an http(s) URL")],
        )
    if port and not parts.port:
        host = f"{parts.scheme}://{parts.netloc}:{port}{parts.path}"
    return host


#: Extras that must be above zero: a zero timeout fails every request before it leaves, a zero poll
#: interval makes a wait poll in a tight loop. The backoff knobs and max_retries may be zero.
POSITIVE_EXTRAS = frozenset({"timeout", "poll_first", "poll_cap"})


def _number(extra: Mapping[str, Any], name: str, given: Any, default: float, cast: type) -> Any:
    from kie_provider.exceptions import KieValidationError

    value = given if given is not None else extra.get(name)
    if value in (None, ""):
        return cast(default)
    positive = name in POSITIVE_EXTRAS
    allowed = "a finite number above zero" if positive else "a finite, non-negative number"
    if cast is int:
        allowed = "a whole number, zero or more"
    try:
        number = float(value)
        result = number if cast is float else cast(number)
        good = math.isfinite(number) and (number > 0 if positive else number >= 0)
        good = good and (cast is float or number.is_integer())
    except (TypeError, ValueError, OverflowError):
        good = False
    if not good:
        raise KieValidationError(
            f"kie connection extra {name}={value!r} is not allowed: it must be {allowed}",
            problems=[(name, value, allowed)],
        )
    return result


def _api_key(password: str | None) -> str:
    """The connection's API key, trimmed; refused (never quoted) when it cannot be sent in a header."""
    from kie_provider.exceptions import KieAuthError

    key = (password or "").strip()
    if not key:
        raise KieAuthError(
            "the kie connection has no API key: put the kie.ai API key in the connection's password",
            code=401,
        )
    if not key.isprintable() or not key.isascii() or any(c.isspace() for c in key):
        # An HTTP header carries latin-1 at most, and a key with a space or control character in it is
        # a paste error: refused here, before any request, instead of failing inside the HTTP client.
        raise KieAuthError(
            "the kie connection's API key (its password) holds a space, a control character or a "
            "non-ASCII character; kie.ai API keys are printable ASCII: paste the key again",
            code=401,
        )
    return key


def config_from_connection(
    *,
    password: str | None,
    host: str | None,
    port: int | None,
    extra: Mapping[str, Any],
    timeout: float | None = None,
    max_retries: int | None = None,
) -> KieConnectionConfig:
    """
    Build the transport configuration from the fields of an Airflow connection.

    :param password: the API key.
    :param host: the API base URL (default ``https://api.kie.ai``).
    :param port: the port, if not part of ``host``.
    :param extra: the connection's extra: ``upload_base_url``, ``timeout``, ``max_retries``,
        ``webhook_hmac_secret`` (or its older name ``webhook_hmac_key``), and the pacing knobs
        ``backoff_base``, ``backoff_cap``, ``poll_first``, ``poll_cap`` (seconds).
    :param timeout: overrides the connection's timeout.
    :param max_retries: overrides the connection's max_retries.
    """
    return KieConnectionConfig(
        api_key=_api_key(password),
        base_url=normalise_base_url(host, port),
        upload_base_url=normalise_base_url(extra.get("upload_base_url"), default=UPLOAD_BASE_URL),
        timeout=_number(extra, "timeout", timeout, DEFAULT_TIMEOUT, float),
        max_retries=_number(extra, "max_retries", max_retries, DEFAULT_MAX_RETRIES, int),
        webhook_hmac_key=extra.get(WEBHOOK_SECRET_EXTRA) or extra.get(LEGACY_WEBHOOK_SECRET_EXTRA) or None,
        backoff_base=_number(extra, "backoff_base", None, DEFAULT_BACKOFF_BASE, float),
        backoff_cap=_number(extra, "backoff_cap", None, DEFAULT_BACKOFF_CAP, float),
        poll_first=_number(extra, "poll_first", None, DEFAULT_POLL_FIRST, float),
        poll_cap=_number(extra, "poll_cap", None, DEFAULT_POLL_CAP, float),
    )
