"""
The plugin's one public route: ``POST /kie/callback/{conn_id}``, where kie.ai calls back when a task ends.

It needs no Airflow login; what it trusts is kie.ai's signature. Each request is checked, in order: a
connection of that id with a ``webhook_hmac_secret`` (else 404, the same for both cases, so the route does not
tell which connections exist); a body of at most :data:`MAX_CALLBACK_BYTES` (413); then
:func:`kie_provider.webhooks.verify_webhook` (both headers, a timestamp within
:data:`~kie_provider.webhooks.DEFAULT_TOLERANCE` seconds of now, the JSON envelope naming a taskId, the
HMAC-SHA256 signature compared in constant time: 401 naming the failed check, never the key); and the
replay guard (the same signed callback twice: 409). A verified callback goes to the triggerers as a
wake-up hint (:class:`kie_provider.hints.HintPublisher`): its content is never used as a result, because
kie.ai's signature covers only the taskId and the timestamp. 503 when the channel is down (kie.ai may try
again; the waits' safety polls carry on).
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from kie_provider.exceptions import KieWebhookVerificationError
from kie_provider.hints import HintPublisher, channel_dsn, replay_digest
from kie_provider.webhooks import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify_webhook

log = logging.getLogger(__name__)

#: The largest callback body read (kie.ai's records are a few kilobytes; Suno's lyrics the largest).
MAX_CALLBACK_BYTES = 256 * 1024
#: Seconds a connection's webhook secret is served from memory, so a burst of callbacks reads it once.
SECRET_TTL = 30.0


class _Secrets:
    """The connections' webhook secrets, read through Airflow's secrets backends and kept briefly."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[float, str | None]] = {}

    def get(self, conn_id: str) -> str | None:
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(conn_id)
        if hit is not None and hit[0] > now:
            return hit[1]
        secret = _read_secret(conn_id)
        with self._lock:
            self._cache[conn_id] = (now + SECRET_TTL, secret)
        return secret


def _read_secret(conn_id: str) -> str | None:
    from airflow.exceptions import AirflowNotFoundException
    from airflow.models.connection import Connection

    from kie_provider.config import LEGACY_WEBHOOK_SECRET_EXTRA, WEBHOOK_SECRET_EXTRA

    try:
        extra = Connection.get_connection_from_secrets(conn_id).extra_dejson
    except AirflowNotFoundException:
        return None
    secret = extra.get(WEBHOOK_SECRET_EXTRA) or extra.get(LEGACY_WEBHOOK_SECRET_EXTRA)
    return str(secret) if secret else None


async def _body(request: Request) -> bytes | None:
    """The body, or ``None`` once it passes :data:`MAX_CALLBACK_BYTES` (read no further)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_CALLBACK_BYTES:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_CALLBACK_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _answer(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"code": status, "msg": message, **extra}, status_code=status)


def add_callback_route(app: FastAPI, publisher: HintPublisher | None = None) -> None:
    """
    Add ``POST /callback/{conn_id}`` to the plugin's app.

    :param app: the plugin's FastAPI app.
    :param publisher: where verified callbacks go (default: the ``[kie] callback_channel``, read per request
        until one is configured).
    """
    secrets = _Secrets()
    publishers: dict[str, HintPublisher] = {}
    if publisher is not None:
        publishers[publisher.dsn] = publisher

    def channel() -> HintPublisher | None:
        if publisher is not None:
            return publisher
        dsn = channel_dsn()
        if dsn is None:
            return None
        return publishers.setdefault(dsn, HintPublisher(dsn))

    @app.post("/callback/{conn_id}", include_in_schema=False)
    async def kie_callback(conn_id: str, request: Request) -> JSONResponse:
        secret = await run_in_threadpool(secrets.get, conn_id) if len(conn_id) <= 250 else None
        if not secret:
            return _answer(404, "no such callback route")
        body = await _body(request)
        if body is None:
            return _answer(413, f"a kie.ai callback is at most {MAX_CALLBACK_BYTES} bytes")
        try:
            task = verify_webhook(request.headers, body, secret)
        except KieWebhookVerificationError as error:
            log.warning("kie.ai callback on %s refused: %s", conn_id, error.check)
            return _answer(401, error.message, check=error.check)
        target = channel()
        if target is None:
            return _answer(503, "[kie] callback_channel is not configured: no triggerer can be told")
        digest = replay_digest(
            conn_id, task.task_id, request.headers[TIMESTAMP_HEADER], request.headers[SIGNATURE_HEADER]
        )
        try:
            fresh = await run_in_threadpool(target.publish, digest, task.task_id)
        except Exception as error:
            log.warning("kie.ai callback for %s not passed on: %s", task.task_id, type(error).__name__)
            return _answer(503, "the callback channel is unavailable; the wait's polls carry on")
        if not fresh:
            return _answer(409, "this signed callback was already received (a replay)")
        return _answer(200, "success", taskId=task.task_id)
