"""Verify kie.ai's signed callbacks (``X-Webhook-Signature``) and read the task record they carry."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from collections.abc import Mapping
from typing import Any

from kie_provider.exceptions import KieWebhookVerificationError
from kie_provider.families import FAMILIES, MARKET
from kie_provider.models import KieTask
from kie_provider.records import load_json, read_callback

SIGNATURE_HEADER = "X-Webhook-Signature"
TIMESTAMP_HEADER = "X-Webhook-Timestamp"
DEFAULT_TOLERANCE = 300.0
#: The largest callback body read: kie.ai's records are a few kilobytes.
MAX_BODY_BYTES = 1024 * 1024


def _header(headers: Mapping[str, Any], name: str) -> str | None:
    """Read a header whatever its casing (HTTP header names are case-insensitive)."""
    wanted = name.lower()
    for key, value in headers.items():
        if str(key).lower() == wanted:
            if isinstance(value, (list, tuple)):
                value = value[0] if value else None
            if isinstance(value, bytes):
                value = value.decode("latin-1")
            return None if value is None else str(value).strip()
    return None


def _fail(check: str, message: str) -> KieWebhookVerificationError:
    return KieWebhookVerificationError(f"kie.ai callback rejected: {message}", check=check)


def _unix_time(stamp: str) -> int | None:
    """The header's Unix time, or ``None`` when it is not one (a number of more than 20 digits is not one)."""
    if len(stamp) > 20:
        return None
    try:
        return int(stamp)
    except ValueError:
        return None


def _signed_headers(headers: Mapping[str, Any], tolerance: float) -> tuple[str, str]:
    """The signature and timestamp headers, both present, the timestamp a Unix time within ``tolerance`` of now."""
    given = _header(headers, SIGNATURE_HEADER)
    stamp = _header(headers, TIMESTAMP_HEADER)
    for name, value in ((SIGNATURE_HEADER, given), (TIMESTAMP_HEADER, stamp)):
        if not value:
            raise _fail("missing_header", f"the {name} header is missing; is the account's webhook key set?")
    assert given is not None and stamp is not None
    sent_at = _unix_time(stamp)
    if sent_at is None:
        raise _fail("bad_timestamp", f"{TIMESTAMP_HEADER} {stamp[:40]!r} is not a Unix time in seconds")
    skew = time.time() - sent_at
    if abs(skew) > tolerance:
        when = "old" if skew > 0 else "in the future"
        raise _fail(
            "stale",
            f"{TIMESTAMP_HEADER} is {abs(skew):.0f}s {when}, more than the {tolerance:g}s allowed (a replay?)",
        )
    return given, stamp


def signature(hmac_key: str, task_id: str, timestamp: str) -> str:
    """
    The signature kie.ai sends for a callback: base64 of HMAC-SHA256(key, ``taskId + "." + timestamp``).

    :param hmac_key: the account's webhook HMAC key.
    :param task_id: the callback's taskId.
    :param timestamp: the ``X-Webhook-Timestamp`` header, as sent.
    """
    digest = hmac.new(hmac_key.encode(), f"{task_id}.{timestamp}".encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def verify_webhook(
    headers: Mapping[str, Any],
    body: bytes | str,
    hmac_key: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    family: str | None = None,
) -> KieTask:
    """
    Verify a kie.ai callback and return the task record it carries, read the way its family sends it.

    Every family's callback reads into the same record (see :func:`kie_provider.records.read_callback`):
    Market, Veo, Runway, Suno, 4o Image, Flux Kontext and Midjourney. A dedicated family's task gets its
    catalogue model. The family is told from the body's shape unless ``family`` names it.

    Checks, in order: both headers are present; the timestamp is a Unix time within ``tolerance``
    seconds of now (either way, so a replayed or forged-ahead callback is refused); the body is the
    JSON envelope with a ``data`` object naming the task (``data.taskId`` or ``data.task_id``); and
    the signature matches, compared in constant time. Any failure raises
    :class:`~kie_provider.exceptions.KieWebhookVerificationError` naming the check, never the key.

    :param headers: the request headers (any mapping; names are matched case-insensitively).
    :param body: the raw request body.
    :param hmac_key: the account's webhook HMAC key.
    :param tolerance: how far, in seconds, the timestamp may be from now.
    :param family: the task's API family (``market``, ``veo`` ...), if known.
    """
    if not hmac_key:
        raise _fail("no_key", "no webhook HMAC key is configured (connection extra webhook_hmac_secret)")
    given, stamp = _signed_headers(headers, tolerance)
    if len(body) > MAX_BODY_BYTES:
        raise _fail("malformed_body", f"the body is {len(body)} bytes, more than the {MAX_BODY_BYTES} allowed")
    try:
        envelope = load_json(body)
    except RecursionError:
        raise _fail("malformed_body", "the body is nested too deeply to be a kie.ai callback") from None
    except (TypeError, ValueError, UnicodeDecodeError):
        raise _fail("malformed_body", "the body is not JSON") from None
    data = envelope.get("data") if isinstance(envelope, dict) else None
    if not isinstance(data, dict):
        raise _fail("malformed_body", "the body has no data object")
    task_id = data.get("taskId") or data.get("task_id")
    if not isinstance(task_id, str) or not task_id:
        raise _fail("no_task_id", "the body's data has no taskId (or task_id)")
    try:
        decoded = base64.b64decode(given, validate=True)
    except (binascii.Error, ValueError):
        decoded = b""
    expected = hmac.new(hmac_key.encode(), f"{task_id}.{stamp}".encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(decoded, expected):
        raise _fail("bad_signature", f"the {SIGNATURE_HEADER} does not match task {task_id[:64]} and its timestamp")
    return _read(envelope, task_id, family)


def _read(envelope: dict[str, Any], task_id: str, family: str | None) -> KieTask:
    """The verified callback's record, with the family's catalogue model and the signed taskId."""
    task, name = read_callback(envelope, family)
    known = FAMILIES.get(name or "")
    if known is not None and known.name != MARKET and not task.model:
        task.model = known.model
    task.task_id = task_id
    return task
