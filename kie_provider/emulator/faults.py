"""
Fault injection: the :class:`Fault` description, the queue of pending faults per endpoint, and
how each kind of fault turns a request's real answer into a bad one (an error envelope, an HTML
error page, a templated odd answer, a truncated or malformed body, a dropped or reset connection).
"""

from __future__ import annotations

import http
import json
import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kie_provider.emulator.httpd import Body, Channel, Response, envelope, json_response

FAULT_KINDS = ("code", "latency", "drop", "drop_after", "reset", "html", "truncated", "malformed", "body")

DEFAULT_MESSAGES = {
    401: "You do not have access permissions",
    402: "insufficient credits",
    404: "not found",
    422: "validation error",
    429: "rate limited: too many requests, please slow down",
    455: "service unavailable: system maintenance",
    500: "Internal server error",
    501: "generation failed",
    502: "bad gateway",
    503: "service unavailable",
    505: "feature disabled",
}


@dataclass
class Fault:
    """
    One injected fault, applied to the next matching request (see :meth:`KieEmulator.add_fault`).

    Kinds:

    - ``code``: answer ``{"code": code, "msg": message}`` with HTTP ``status``; nothing is created.
    - ``latency``: sleep ``delay`` seconds, then handle the request normally (a createTask still
      creates its task, even if the client gave up waiting).
    - ``drop``: read the request, then close the connection without answering; nothing is created.
    - ``drop_after``: handle the request for real (a task is created), then close without answering.
    - ``reset``: like ``drop``, but the connection is reset (TCP RST) instead of closed.
    - ``html``: an HTML error page with HTTP ``status`` (502 when left at 200), as a proxy in front of
      kie.ai would send.
    - ``truncated``: handle the request for real, then send only the first half of the JSON answer
      (HTTP 200, ``Content-Length`` matching the bytes sent).
    - ``malformed``: HTTP 200, ``Content-Type: application/json``, a body that is not JSON.
    - ``body``: handle the request for real (a createTask creates its task), then answer HTTP ``status``
      with the JSON ``body``, in which the string ``"$data"`` stands for the real answer's ``data`` and
      ``"$taskId"`` for its taskId: odd but plausible answers (an accepted create without a taskId, a
      failed record under code 501, ``data: null``).

    :param kind: one of :data:`FAULT_KINDS`.
    :param code: the envelope code of a ``code`` fault (defaults to ``status`` if that is not 200,
        else 500).
    :param status: the HTTP status of a ``code`` fault.
    :param delay: seconds to sleep, for ``latency`` (other kinds also sleep this long first).
    :param retry_after: if set, a ``Retry-After`` header (seconds) on a ``code`` fault.
    :param message: the envelope ``msg`` of a ``code`` fault.
    :param body: the JSON answer of a ``body`` fault.
    """

    kind: str
    code: int | None = None
    status: int = 200
    delay: float = 0.0
    retry_after: float | None = None
    message: str | None = None
    body: Any = None

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; known: {', '.join(FAULT_KINDS)}")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fault:
        """
        Build a fault from its JSON form, as sent to ``POST /_emulator/faults``.

        :param data: a mapping with ``kind`` and optionally ``code``, ``status``, ``delay``,
            ``retry_after`` (or ``retryAfter``), ``message`` and ``body``.
        """
        retry_after = data.get("retry_after", data.get("retryAfter"))
        return cls(
            kind=str(data.get("kind", "")),
            code=None if data.get("code") is None else int(data["code"]),
            status=int(data.get("status", 200)),
            delay=float(data.get("delay", 0.0)),
            retry_after=None if retry_after is None else float(retry_after),
            message=None if data.get("message") is None else str(data["message"]),
            body=data.get("body"),
        )

    @property
    def envelope_code(self) -> int:
        """The envelope code a ``code`` fault answers with."""
        if self.code is not None:
            return self.code
        return self.status if self.status != 200 else 500


@dataclass
class _FaultEntry:
    endpoint: str
    fault: Fault
    remaining: int | None


class FaultQueue:
    """
    The pending faults, used in order; each applies to one endpoint name (or ``*``) a number of times.

    :param endpoints: the endpoint names a fault may name (``*`` included).
    :param lock: the emulator's lock.
    """

    def __init__(self, endpoints: tuple[str, ...], lock: threading.RLock) -> None:
        self.endpoints = endpoints
        self._lock = lock
        self._faults: list[_FaultEntry] = []

    def add(self, endpoint: str, fault: Fault, times: int | None) -> None:
        """
        Queue a fault.

        :param endpoint: the endpoint name, or ``*``.
        :param fault: what to do.
        :param times: how many matching requests it applies to; ``None`` for ever.
        """
        if endpoint not in self.endpoints:
            raise ValueError(f"unknown endpoint {endpoint!r}; known: {', '.join(self.endpoints)}")
        if times is not None and times < 1:
            raise ValueError("times must be at least 1, or None for ever")
        with self._lock:
            self._faults.append(_FaultEntry(endpoint, fault, times))

    def clear(self) -> None:
        """Remove every queued fault."""
        with self._lock:
            self._faults.clear()

    def take(self, endpoint: str) -> Fault | None:
        """
        The fault for this request to ``endpoint``, if one is queued (used up once).

        :param endpoint: the endpoint name.
        """
        with self._lock:
            for i, entry in enumerate(self._faults):
                if entry.endpoint in (endpoint, "*"):
                    if entry.remaining is not None:
                        entry.remaining -= 1
                        if entry.remaining <= 0:
                            del self._faults[i]
                    return entry.fault
        return None


def html_error_page(status: int) -> bytes:
    """
    The error page nginx in front of a service sends.

    :param status: the HTTP status.
    """
    try:
        title = f"{status} {http.HTTPStatus(status).phrase}"
    except ValueError:
        title = f"{status} Error"
    return (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
        f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    ).encode()


def _templated_answer(real: Response, fault: Fault) -> Response:
    """A ``body`` fault's answer: its JSON template filled with the real answer's data and taskId."""
    data: Any = None
    if real.stream is None and real.body:
        try:
            data = json.loads(real.body).get("data")
        except (ValueError, AttributeError):
            data = None
    task_id = data.get("taskId") if isinstance(data, dict) else None

    def fill(value: Any) -> Any:
        if value == "$data":
            return data
        if value == "$taskId":
            return task_id
        if isinstance(value, dict):
            return {k: fill(v) for k, v in value.items()}
        if isinstance(value, list):
            return [fill(v) for v in value]
        return value

    return Response(status=fault.status, body=json.dumps(fill(fault.body)).encode())


def apply_fault(fault: Fault, handle: Callable[[], Response], body: Body, channel: Channel) -> Response | None:
    """
    Answer a request under ``fault``; ``None`` when the connection was dropped instead.

    :param fault: the fault taken for this request.
    :param handle: handles the request for real and returns the real answer.
    :param body: the request body (drained when the request is not handled).
    :param channel: the connection, to drop or reset it.
    """
    if fault.delay > 0:
        time.sleep(fault.delay)
    kind = fault.kind
    if kind == "latency":
        return handle()
    if kind == "code":
        body.drain()
        code = fault.envelope_code
        response = json_response(code, fault.message or DEFAULT_MESSAGES.get(code, "error"), status=fault.status)
        if fault.retry_after is not None:
            response.headers["Retry-After"] = str(max(0, math.ceil(fault.retry_after)))
        return response
    if kind in ("drop", "reset", "drop_after"):
        if kind == "drop_after":
            handle()
        body.drain()
        channel.drop(reset=kind == "reset")
        return None
    if kind == "html":
        body.drain()
        status = fault.status if fault.status != 200 else 502
        return Response(status=status, body=html_error_page(status), content_type="text/html")
    if kind == "body":
        return _templated_answer(handle(), fault)
    if kind == "truncated":
        real = handle()
        payload = real.body if real.stream is None and real.body else envelope(200, "success")
        return Response(status=200, body=payload[: len(payload) // 2])
    # malformed
    body.drain()
    return Response(status=200, body=b"upstream error")
