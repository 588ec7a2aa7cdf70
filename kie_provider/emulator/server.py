"""
The emulator's front: :class:`KieEmulator` puts the parts together (HTTP server, task lifecycle,
API families, files, faults, control endpoints), routes each request to its endpoint, and is the
public API.

It serves the Market API (createTask, recordInfo), the dedicated API families of
:mod:`kie_provider.emulator.families` (Veo, Suno, Runway, 4o Image, Flux Kontext, Midjourney),
credit, download-url, the File Upload API and the generated files from one HTTP server.
"""

from __future__ import annotations

import contextlib
import hmac
import socket
import threading
import urllib.parse
from collections.abc import Callable
from typing import Any

from kie_provider.emulator.control import control
from kie_provider.emulator.counters import Counters
from kie_provider.emulator.families import FAMILIES
from kie_provider.emulator.faults import DEFAULT_MESSAGES, FAULT_KINDS, Fault, FaultQueue, apply_fault
from kie_provider.emulator.files import UPLOAD_PATHS, FileStore
from kie_provider.emulator.httpd import (
    Body,
    Channel,
    Handler,
    Headers,
    Response,
    Server,
    json_response,
    number,
    query_param,
    read_json,
)
from kie_provider.emulator.media import make_png
from kie_provider.emulator.schemas import documented_models
from kie_provider.emulator.tasks import TaskBook

__all__ = ["DEFAULT_API_KEY", "FAMILIES", "FAULT_ENDPOINTS", "FAULT_KINDS", "Fault", "KieEmulator", "make_png"]

DEFAULT_API_KEY = "test-key"

# (method, path) -> (endpoint name, family, role): role is "create", "record" or "extra".
_FAMILY_ROUTES: dict[tuple[str, str], tuple[str, str, str]] = {}
for _family in FAMILIES.values():
    for _name, (_method, _path) in _family.create.items():
        _FAMILY_ROUTES[(_method, _path)] = (_name, _family.name, "create")
    _FAMILY_ROUTES[_family.record[1:]] = (_family.record[0], _family.name, "record")
    for _name, (_method, _path) in _family.extra.items():
        _FAMILY_ROUTES[(_method, _path)] = (_name, _family.name, "extra")

_BASE_ENDPOINTS = ("createTask", "recordInfo", "credit", "download-url", "upload", "files", "uploads")
FAULT_ENDPOINTS = (
    *_BASE_ENDPOINTS,
    *(name for name, _, _ in _FAMILY_ROUTES.values() if name not in _BASE_ENDPOINTS),
    "*",
)

# The counter each endpoint's requests are counted in (before any fault): every family's creates
# count as create requests, its record (and GET extra) queries as record queries.
_COUNTERS = {
    "credit": "credit",
    "download-url": "download_url",
    "upload": "uploads",
    "files": "file_downloads",
    **{
        name: "create_requests" if role == "create" or method == "POST" else "record_info"
        for (method, _), (name, _, role) in _FAMILY_ROUTES.items()
    },
}


def _endpoint_for(method: str, path: str) -> str | None:
    route = _FAMILY_ROUTES.get((method, path))
    if route is not None:
        return route[0]
    if method == "GET" and path == "/api/v1/chat/credit":
        return "credit"
    if method == "POST" and path == "/api/v1/common/download-url":
        return "download-url"
    if method == "POST" and path in UPLOAD_PATHS:
        return "upload"
    if method == "GET" and path.startswith("/files/"):
        return "files"
    if method == "GET" and path.startswith("/uploads/"):
        return "uploads"
    return None


def _query(raw_path: str) -> dict[str, Any]:
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(raw_path).query)
    return {name: values[0] for name, values in query.items()}


class _Setting:
    """An attribute of the emulator kept by one of its parts (so setting it later still takes effect)."""

    def __init__(self, part: str) -> None:
        self.part = part

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        return getattr(getattr(obj, self.part), self.name)

    def __set__(self, obj: Any, value: Any) -> None:
        setattr(getattr(obj, self.part), self.name, value)


class KieEmulator:
    """
    An in-process kie.ai server for tests and benchmarks, on a real socket.

    Use it as a context manager (``with KieEmulator() as emu: ... emu.url``) or call
    :meth:`start` and :meth:`stop`.

    :param api_key: the one API key accepted as ``Authorization: Bearer <key>``.
    :param host: interface to listen on.
    :param port: TCP port; 0 picks a free one.
    :param credits: the account's starting credits.
    :param durations: seconds a task spends ``(waiting, queuing, generating)``.
    :param duration_fn: ``(model, input) -> total seconds or None``; overrides the total duration
        of a task (split over the three states in the proportions of ``durations``).
    :param rate_limit: ``(creates, window seconds)`` allowed per API key (kie.ai's is 20 per 10 s);
        ``None`` disables it. Settable later as ``emu.rate_limit`` or ``POST /_emulator/rate-limit``
        (``{"creates": 3, "window": 0.5}``), so a test need not wait out a real 10-second window.
    :param retry_after_header: whether a 429 carries ``Retry-After``.
    :param webhook_hmac_key: if set, callbacks are signed (``X-Webhook-Timestamp``/``X-Webhook-Signature``).
    :param result_bytes: if set, every generated file is padded to this many bytes and streamed.
    :param require_download_token: if true, ``/files/...`` needs a token from ``download-url`` (else 403).
    :param verbose: log one line per request (method and path only) to stderr.
    """

    initial_credits = _Setting("_tasks")
    durations = _Setting("_tasks")
    duration_fn = _Setting("_tasks")
    rate_limit = _Setting("_tasks")
    retry_after_header = _Setting("_tasks")
    webhook_hmac_key = _Setting("_tasks")
    result_bytes = _Setting("_files")
    require_download_token = _Setting("_files")

    def __init__(
        self,
        *,
        api_key: str = DEFAULT_API_KEY,
        host: str = "127.0.0.1",
        port: int = 0,
        credits: float = 10_000.0,
        durations: tuple[float, float, float] = (0.1, 0.1, 0.5),
        duration_fn: Callable[[str, dict[str, Any]], float | None] | None = None,
        rate_limit: tuple[int, float] | None = (20, 10.0),
        retry_after_header: bool = True,
        webhook_hmac_key: str | None = None,
        result_bytes: int | None = None,
        require_download_token: bool = False,
        verbose: bool = False,
    ) -> None:
        self.api_key = api_key
        self.host = host
        self.port = port
        self.verbose = verbose
        self._lock = threading.RLock()
        self._server: Server | None = None
        self._serve_thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self._counters = Counters(self._lock)
        self._faults = FaultQueue(FAULT_ENDPOINTS, self._lock)
        self._tasks = TaskBook(
            lock=self._lock,
            counters=self._counters,
            base_url=lambda: self.url,
            families=FAMILIES,
            credits=credits,
            durations=tuple(float(d) for d in durations),
            duration_fn=duration_fn,
            rate_limit=rate_limit,
            retry_after_header=retry_after_header,
            webhook_hmac_key=webhook_hmac_key,
        )
        documented_models()  # read kie.ai's schemas now, not during the first timed request
        self._files = FileStore(
            lock=self._lock,
            base_url=lambda: self.url,
            output=self._tasks.output,
            result_bytes=result_bytes,
            require_download_token=require_download_token,
        )

    # --- lifecycle ------------------------------------------------------------------------
    @property
    def url(self) -> str:
        """Base URL of the API, the upload API and the files, e.g. ``http://127.0.0.1:PORT``."""
        if self._server is None:
            raise RuntimeError("the emulator is not started")
        return f"http://{self.host}:{self.port}"

    def start(self) -> KieEmulator:
        """Bind the socket and start serving in background threads; returns ``self``."""
        if self._server is not None:
            return self
        self._files.open()
        server = Server((self.host, self.port), Handler)
        server.app = self
        self._server = server
        self.port = server.server_port
        self._tasks.start()
        self._serve_thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1}, name="kie-emulator-http", daemon=True
        )
        self._serve_thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, close open connections, join the threads and delete uploaded files."""
        server = self._server
        if server is None:
            return
        self._tasks.signal_stop()
        server.shutdown()
        server.server_close()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            # Idle keep-alive connections would otherwise keep their handler threads blocked.
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        if self._serve_thread is not None:
            self._serve_thread.join(timeout=10)
            self._serve_thread = None
        self._tasks.join()
        self._files.close()
        self._server = None

    def __enter__(self) -> KieEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def reset(self) -> None:
        """Forget all tasks, counters, faults, uploads and logs; credits go back to the starting value."""
        with self._lock:
            self._counters.reset()
            self._faults.clear()
            self._files.reset()
            self._tasks.reset()

    # --- observation ----------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """Counters of requests received, tasks created, callbacks sent, connections accepted (and open now)."""
        with self._lock:
            out = self._counters.snapshot()
            out["created_by_model"] = self._tasks.by_model()
            out["open_connections"] = len(self._connections)
            return out

    def created_requests(self) -> list[dict[str, Any]]:
        """The JSON bodies of the accepted createTask requests, in order, exactly as received."""
        return self._tasks.created_requests()

    def request_log(self) -> list[tuple[str, str, dict[str, str]]]:
        """``(method, path, headers)`` of every request received (control requests excluded)."""
        return self._counters.request_log()

    def tasks(self) -> dict[str, dict[str, Any]]:
        """Every known task's current record, by taskId."""
        return self._tasks.records()

    @property
    def credits(self) -> float:
        """The account's remaining credits."""
        return self._tasks.credits

    def set_credits(self, credits: float) -> None:
        """
        Set the account's remaining credits.

        :param credits: the new balance.
        """
        self._tasks.credits = credits

    # --- control --------------------------------------------------------------------------
    def add_fault(self, endpoint: str, fault: Fault, times: int | None = 1) -> None:
        """
        Queue a fault for an endpoint; queued faults are used in order.

        :param endpoint: one of ``createTask``, ``recordInfo``, ``credit``, ``download-url``,
            ``upload``, ``files``, ``uploads`` (the uploaded files), a family's endpoint
            (``veo/generate``, ``suno/record-info``...; see :data:`FAULT_ENDPOINTS`) or ``*`` (any of them).
        :param fault: what to do.
        :param times: how many matching requests it applies to; ``None`` means until
            :meth:`clear_faults`.
        """
        self._faults.add(endpoint, fault, times)

    def clear_faults(self) -> None:
        """Remove every queued fault."""
        self._faults.clear()

    def fail_tasks(
        self,
        n: int = 1,
        model: str | None = None,
        fail_code: str = "500",
        fail_msg: str = "Internal server error",
    ) -> None:
        """
        Make the next ``n`` created tasks (of ``model``, if given) end in state ``fail``.

        :param n: how many tasks.
        :param model: only tasks of this model; ``None`` for any.
        :param fail_code: the records' ``failCode`` (a string, as kie.ai sends it).
        :param fail_msg: the records' ``failMsg``.
        """
        self._tasks.fail_next(n, model, fail_code, fail_msg)

    def forget_task(self, task_id: str) -> bool:
        """
        Make a task disappear: recordInfo answers 404 for it afterwards. Returns whether it existed.

        :param task_id: the taskId.
        """
        return self._tasks.forget(task_id)

    # --- serving (the httpd.App protocol) -----------------------------------------------------
    def connection_opened(self, conn: socket.socket) -> None:
        """A client connected; :param conn: its socket."""
        with self._lock:
            self._connections.add(conn)
        self._counters.count("connections")

    def connection_closed(self, conn: socket.socket) -> None:
        """A client's connection ended; :param conn: its socket."""
        with self._lock:
            self._connections.discard(conn)

    def log_request(self, method: str, path: str, headers: dict[str, str]) -> None:
        """
        Log a request (control requests excluded).

        :param method: the HTTP method.
        :param path: the path with its query.
        :param headers: the request headers.
        """
        self._counters.log(method, path, headers)

    def respond(self, method: str, raw_path: str, headers: Headers, body: Body, channel: Channel) -> Response | None:
        """
        Route one request, applying any pending fault; ``None`` means no answer is sent.

        :param method: the HTTP method.
        :param raw_path: the path with its query.
        :param headers: the request headers.
        :param body: the request body.
        :param channel: the connection, for faults that drop it.
        """
        path = urllib.parse.urlsplit(raw_path).path
        if path.startswith("/_emulator/"):
            return control(self, self._authorized(headers), method, raw_path, body)
        endpoint = _endpoint_for(method, path)
        if endpoint in _COUNTERS:
            # Counted before any fault: these count requests received, answered or not.
            self._counters.count(_COUNTERS[endpoint])
        fault = self._faults.take(endpoint) if endpoint else None

        def handle() -> Response:
            return self._handle(method, raw_path, path, headers, body, endpoint)

        if fault is None:
            return handle()
        return apply_fault(fault, handle, body, channel)

    def _authorized(self, headers: Headers) -> bool:
        value = headers.get("Authorization") or ""
        scheme, _, token = value.partition(" ")
        given = token.strip().encode()
        return scheme.lower() == "bearer" and hmac.compare_digest(given, self.api_key.encode())

    def _handle(
        self, method: str, raw_path: str, path: str, headers: Headers, body: Body, endpoint: str | None
    ) -> Response:
        if endpoint == "files":
            return self._files.serve_generated(raw_path, path)
        if endpoint == "uploads":
            return self._files.serve_upload(path)
        if endpoint is None:
            return json_response(404, "not found", status=404)
        if not self._authorized(headers):
            return json_response(401, DEFAULT_MESSAGES[401], status=401)
        route = _FAMILY_ROUTES.get((method, path))
        if route is not None:
            name, family, role = route
            kind = name.rpartition("/")[2]
            if role == "create":
                return self._tasks.create(family, read_json(body), headers, kind=kind)
            if role == "record":
                return self._tasks.record_info(family, query_param(raw_path, "taskId"))
            handler = FAMILIES[family].extra_handler
            assert handler is not None
            request = read_json(body) if method == "POST" else _query(raw_path)
            return handler(self._tasks, kind, request, headers)
        if endpoint == "credit":
            return json_response(200, "success", number(self.credits))
        if endpoint == "download-url":
            return self._files.download_url(read_json(body))
        return self._files.upload(path, headers, body)
