"""
A local kie.ai emulator: a real HTTP server speaking kie.ai's API, with fault injection.

It serves the Market API (createTask, recordInfo, credit, download-url), the File Upload API
and the generated files from one ``http.server.ThreadingHTTPServer``. The standard library server
is used on purpose: it gives full control of the socket, so a fault can drop or reset a
connection at exactly the moment a real network would.

Task states are computed from the time since creation (``waiting → queuing → generating →
success | fail``); one scheduler thread settles tasks when they end, debits credits and sends the
callbacks, so nothing needs a thread per task.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import email.message
import functools
import hashlib
import heapq
import hmac
import http
import io
import itertools
import json
import math
import os
import re
import secrets
import shutil
import socket
import socketserver
import struct
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import IO, Any

from kie_provider.catalogue import CATALOGUE, validate_input
from kie_provider.exceptions import KieValidationError

__all__ = ["DEFAULT_API_KEY", "FAULT_ENDPOINTS", "FAULT_KINDS", "Fault", "KieEmulator"]

DEFAULT_API_KEY = "test-key"
CHUNK = 64 * 1024
DOWNLOAD_URL_TTL = 20 * 60
UNKNOWN_MODEL_PRICE = 10.0
CALLBACK_TIMEOUT = 5.0
URL_UPLOAD_TIMEOUT = 30.0
URL_UPLOAD_MAX_BYTES = 100 * 1024 * 1024
MAX_JSON_BODY = 64 * 1024 * 1024
REQUEST_LOG_MAX = 100_000
FAIL_MARKER = "[[fail]]"
HANG_MARKER = "[[hang]]"

FAULT_KINDS = ("code", "latency", "drop", "drop_after", "reset", "html", "truncated", "malformed", "body")
FAULT_ENDPOINTS = ("createTask", "recordInfo", "credit", "download-url", "upload", "files", "uploads", "*")

_DEFAULT_MESSAGES = {
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


def _html_error_page(status: int) -> bytes:
    """The error page nginx in front of a service sends."""
    try:
        title = f"{status} {http.HTTPStatus(status).phrase}"
    except ValueError:
        title = f"{status} Error"
    return (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
        f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    ).encode()


def _templated_answer(real: _Response, fault: Fault) -> _Response:
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

    return _Response(status=fault.status, body=json.dumps(fill(fault.body)).encode())


_UPLOAD_PATHS = ("/api/file-stream-upload", "/api/file-url-upload", "/api/file-base64-upload")
_COUNTERS = {
    "createTask": "create_requests",
    "recordInfo": "record_info",
    "credit": "credit",
    "download-url": "download_url",
    "upload": "uploads",
    "files": "file_downloads",
}
_FILES_RE = re.compile(r"^/files/([0-9a-f]{32})/(\d+)(\.[A-Za-z0-9]+)$")


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


@dataclass
class _FailOrder:
    remaining: int
    model: str | None
    fail_code: str
    fail_msg: str


@dataclass
class _Task:
    task_id: str
    model: str
    request: dict[str, Any]
    callback_url: str | None
    created: float
    waiting: float
    queuing: float
    generating: float
    hang: bool
    fail: tuple[str, str] | None
    price: float
    result_count: int
    extension: str
    output_type: str
    settled: bool = False
    complete: float | None = None
    consume: float = 0.0
    remained: float | None = None

    @property
    def end(self) -> float:
        return self.created + self.waiting + self.queuing + self.generating


@dataclass
class _Response:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    # A streamed body (large files): ``length`` bytes produced in chunks by ``stream``.
    stream: Iterable[bytes] | None = None
    length: int = 0


class _ClientError(Exception):
    """A problem with the request, answered as an envelope with ``code``."""

    def __init__(self, code: int, message: str, status: int = 200) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _envelope(code: int, msg: str, data: Any = None, *, key: str = "msg") -> bytes:
    return json.dumps({"code": code, key: msg, "data": data}, ensure_ascii=False).encode()


def _json_response(code: int, msg: str, data: Any = None, *, status: int = 200, key: str = "msg") -> _Response:
    return _Response(status=status, body=_envelope(code, msg, data, key=key))


def _is_http_url(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    parts = urllib.parse.urlsplit(value.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _ms(t: float) -> int:
    return int(round(t * 1000))


def sniff_mime(head: bytes) -> str:
    """
    Guess a file's MIME type from its first bytes, as kie.ai's upload API reports it.

    :param head: at least the first 12 bytes of the file (fewer for tiny files).
    """
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"ID3") or (len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0):
        return "audio/mpeg"
    if head[4:8] == b"ftyp":
        return "video/mp4"
    return "application/octet-stream"


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


@functools.lru_cache(maxsize=512)
def make_png(seed: str, size: int = 64) -> bytes:
    """
    Build a valid ``size`` x ``size`` RGB PNG whose pixels depend on ``seed``.

    :param seed: any text (the emulator uses ``taskId/index``) that decides the colours.
    :param size: width and height in pixels.
    """
    digest = hashlib.sha256(seed.encode()).digest()
    r0, g0, b0, dx, dy = digest[0], digest[1], digest[2], digest[3] % 7 + 1, digest[4] % 7 + 1
    rows = bytearray()
    for y in range(size):
        rows.append(0)  # filter type "None" for every scanline
        for x in range(size):
            rows += bytes(((r0 + x * dx) & 255, (g0 + y * dy) & 255, (b0 + (x ^ y)) & 255))
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", zlib.compress(bytes(rows), 6))
        + _png_chunk(b"IEND", b"")
    )


def _mp4_head() -> bytes:
    return struct.pack(">I", 32) + b"ftyp" + b"isom" + struct.pack(">I", 512) + b"isomiso2avc1mp41"


def _generated_file(seed: str, output_type: str, total: int | None) -> tuple[int, Iterator[bytes]]:
    """Return ``(length, chunks)`` of one generated file, padded to ``total`` bytes if given."""
    if output_type.startswith("video/"):
        head = _mp4_head()
        natural_body = hashlib.sha256(seed.encode()).digest() * 32
        length = len(head) + 8 + len(natural_body) if total is None else max(total, len(head) + 16)
        free_size = length - len(head)
        if free_size < 2**32:
            free_header = struct.pack(">I", free_size) + b"free"
        else:  # 64-bit "largesize" box for files over 4 GiB
            free_header = struct.pack(">I", 1) + b"free" + struct.pack(">Q", free_size)
        first = head + free_header
        filler = natural_body if total is None else b""
        return length, _chunks(first + filler, length)
    png = make_png(seed)
    length = len(png) if total is None else max(total, len(png))
    return length, _chunks(png, length)


_ZEROS = bytes(CHUNK)


def _chunks(first: bytes, length: int) -> Iterator[bytes]:
    """Yield ``first`` then zero padding, ``length`` bytes in all, in chunks of at most 64 KiB."""
    sent = 0
    for start in range(0, min(len(first), length), CHUNK):
        piece = first[start : min(start + CHUNK, length)]
        sent += len(piece)
        yield piece
    while sent < length:
        n = min(CHUNK, length - sent)
        yield _ZEROS if n == CHUNK else _ZEROS[:n]
        sent += n


def _file_chunks(path: str) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(CHUNK)
            if not chunk:
                return
            yield chunk


class _Body:
    """The request body, read on demand: ``Content-Length`` or chunked transfer encoding."""

    def __init__(self, rfile: IO[bytes] | io.BufferedIOBase, headers: _Headers) -> None:
        self._rfile = rfile
        self._chunked = "chunked" in (headers.get("Transfer-Encoding") or "").lower()
        self._chunk_left = 0
        self._done = False
        length = headers.get("Content-Length")
        try:
            self._left = int(length) if length else 0
        except ValueError as exc:
            raise _ClientError(400, "bad Content-Length", status=400) from exc
        if self._left < 0:
            raise _ClientError(400, "bad Content-Length", status=400)
        self.declared_length = None if self._chunked else self._left

    def read(self, n: int = CHUNK) -> bytes:
        """Return up to ``n`` bytes; ``b""`` at the end of the body."""
        if self._chunked:
            return self._read_chunked(n)
        if self._left <= 0:
            return b""
        data = self._rfile.read(min(n, self._left))
        if not data:
            raise _ClientError(400, "request body ended early", status=400)
        self._left -= len(data)
        return data

    def _read_chunked(self, n: int) -> bytes:
        if self._done:
            return b""
        if self._chunk_left == 0:
            line = self._rfile.readline(1024)
            try:
                self._chunk_left = int(line.split(b";", 1)[0].strip() or b"x", 16)
            except ValueError as exc:
                raise _ClientError(400, "bad chunked encoding", status=400) from exc
            if self._chunk_left == 0:
                while self._rfile.readline(1024).strip():  # trailers
                    pass
                self._done = True
                return b""
        data = self._rfile.read(min(n, self._chunk_left))
        if not data:
            raise _ClientError(400, "request body ended early", status=400)
        self._chunk_left -= len(data)
        if self._chunk_left == 0:
            self._rfile.readline(1024)
        return data

    def read_all(self, limit: int = MAX_JSON_BODY) -> bytes:
        """Read the whole (small) body into memory; :param limit: the most bytes accepted."""
        out = bytearray()
        while True:
            chunk = self.read(CHUNK)
            if not chunk:
                return bytes(out)
            out += chunk
            if len(out) > limit:
                raise _ClientError(413, "request body too large", status=413)

    def drain(self) -> None:
        """Read and discard what is left, so the connection stays in step for the next request."""
        while self.read(CHUNK):
            pass


def _read_json(body: _Body) -> dict[str, Any]:
    raw = body.read_all()
    try:
        data = json.loads(raw or b"{}")
    except ValueError as exc:
        raise _ClientError(422, f"request body is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise _ClientError(422, "request body must be a JSON object")
    return data


class _Part:
    """One multipart part: a file part goes to ``sink``; a text field is kept whole in ``head``."""

    def __init__(self, name: str, sink: IO[bytes] | None) -> None:
        self.name = name
        self.sink = sink
        self.size = 0
        self.head = bytearray()

    def write(self, data: bytes | bytearray) -> None:
        if self.sink is None:
            if self.size + len(data) > 1024 * 1024:
                raise _ClientError(422, f"form field {self.name!r} is too large")
            self.head.extend(data)
        else:
            if len(self.head) < 64:
                self.head.extend(data[: 64 - len(self.head)])
            self.sink.write(data)
        self.size += len(data)


def _parse_multipart(
    body: _Body, boundary: bytes, file_sink: Callable[[], IO[bytes]]
) -> tuple[dict[str, str], dict[str, Any] | None]:
    """
    Stream a multipart/form-data body: text fields into memory, the ``file`` part into ``file_sink()``.

    Only a window of about 64 KiB of the body is in memory at any time.
    Returns ``(fields, file_info)``; ``file_info`` has ``filename``, ``size`` and ``head`` (first bytes).
    """
    delim = b"--" + boundary
    sep = b"\r\n" + delim
    buf = bytearray()

    def fill() -> bool:
        chunk = body.read(CHUNK)
        if not chunk:
            return False
        buf.extend(chunk)
        return True

    while True:
        idx = buf.find(delim)
        if idx >= 0:
            del buf[: idx + len(delim)]
            break
        if len(buf) > 1024 * 1024 or not fill():
            raise _ClientError(422, "malformed multipart body: no boundary found")

    fields: dict[str, str] = {}
    file_info: dict[str, Any] | None = None
    while True:
        while len(buf) < 2 and fill():
            pass
        if buf[:2] == b"--":
            return fields, file_info
        while b"\r\n\r\n" not in buf:
            if len(buf) > 64 * 1024 or not fill():
                raise _ClientError(422, "malformed multipart body: bad part headers")
        header_end = buf.find(b"\r\n\r\n")
        raw_headers = bytes(buf[:header_end]).decode("utf-8", "replace")
        del buf[: header_end + 4]
        msg = email.message.Message()
        for line in raw_headers.split("\r\n"):
            if ":" in line:
                name, value = line.split(":", 1)
                msg[name.strip()] = value.strip()
        param = msg.get_param("name", header="content-disposition")
        name = param if isinstance(param, str) else ""
        part = _Part(name, file_sink() if name == "file" else None)
        while True:
            idx = buf.find(sep)
            if idx >= 0:
                part.write(buf[:idx])
                del buf[: idx + len(sep)]
                break
            keep = len(sep) - 1
            if len(buf) > keep:
                part.write(buf[:-keep])
                del buf[:-keep]
            if not fill():
                raise _ClientError(422, "malformed multipart body: unterminated part")
        if part.sink is not None:
            file_info = {"filename": msg.get_filename(), "size": part.size, "head": bytes(part.head)}
        else:
            fields[name] = bytes(part.head).decode("utf-8", "replace")


# Request headers: an ``email.message.Message`` from http.server, or a plain mapping.
_Headers = Any


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024
    emulator: KieEmulator

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls getfqdn(), which can stall for seconds on a machine without DNS.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "kie-emulator/1.0"
    sys_version = ""
    server: _Server

    # --- connection bookkeeping -------------------------------------------------------------
    def setup(self) -> None:
        super().setup()
        # Headers and body go out as separate writes; without NODELAY, Nagle plus the client's
        # delayed ACK add ~40 ms to every answer.
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.emulator._connection_opened(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        finally:
            self.server.emulator._connection_closed(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        # Quiet unless asked; never headers, so an API key cannot reach a log.
        if self.server.emulator.verbose:
            super().log_message(format, *args)

    # --- methods ----------------------------------------------------------------------------
    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    def do_PATCH(self) -> None:
        self._dispatch("PATCH")

    def _dispatch(self, method: str) -> None:
        emu = self.server.emulator
        emu._log_request(method, self.path, dict(self.headers.items()))
        try:
            body = _Body(self.rfile, self.headers)
        except _ClientError as exc:
            self.close_connection = True
            self._write(_json_response(exc.code, exc.message, status=exc.status))
            return
        path = urllib.parse.urlsplit(self.path).path
        response: _Response | None
        try:
            if path.startswith("/_emulator/"):
                response = emu._control(method, self.path, self.headers, body)
            else:
                response = self._serve(method, path, body)
            if response is None:
                return
            body.drain()
        except (ConnectionError, TimeoutError):
            self.close_connection = True
            return
        except Exception as exc:
            if isinstance(exc, _ClientError):
                response = _json_response(exc.code, exc.message, status=exc.status)
            else:
                # An emulator bug must still look like a server error to the client, not a hang.
                response = _json_response(500, f"emulator error: {type(exc).__name__}: {exc}", status=500)
            try:
                body.drain()
            except (_ClientError, OSError):
                self.close_connection = True
        self._write(response)

    def _serve(self, method: str, path: str, body: _Body) -> _Response | None:
        """Route one API request, applying any pending fault; ``None`` means no answer is sent."""
        emu = self.server.emulator
        endpoint = emu._endpoint_for(method, path)
        if endpoint in _COUNTERS:
            # Counted before any fault: these count requests received, answered or not.
            emu._count(_COUNTERS[endpoint])
        fault = emu._take_fault(endpoint) if endpoint else None

        def handle() -> _Response:
            return emu._handle(method, self.path, path, self.headers, body, endpoint)

        if fault is None:
            return handle()
        if fault.delay > 0:
            time.sleep(fault.delay)
        kind = fault.kind
        if kind == "latency":
            return handle()
        if kind == "code":
            body.drain()
            code = fault.envelope_code
            response = _json_response(code, fault.message or _DEFAULT_MESSAGES.get(code, "error"), status=fault.status)
            if fault.retry_after is not None:
                response.headers["Retry-After"] = str(max(0, math.ceil(fault.retry_after)))
            return response
        if kind in ("drop", "reset", "drop_after"):
            if kind == "drop_after":
                handle()
            body.drain()
            self.close_connection = True
            if kind == "reset":
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
            return None
        if kind == "html":
            body.drain()
            status = fault.status if fault.status != 200 else 502
            return _Response(status=status, body=_html_error_page(status), content_type="text/html")
        if kind == "body":
            return _templated_answer(handle(), fault)
        if kind == "truncated":
            real = handle()
            payload = real.body if real.stream is None and real.body else _envelope(200, "success")
            return _Response(status=200, body=payload[: len(payload) // 2])
        # malformed
        body.drain()
        return _Response(status=200, body=b"upstream error")

    def _write(self, response: _Response) -> None:
        length = response.length if response.stream is not None else len(response.body)
        phrase = self.responses.get(response.status, ("",))[0]
        lines = [
            f"{self.protocol_version} {response.status} {phrase}",
            f"Server: {self.server_version}",
            f"Date: {self.date_time_string()}",
            f"Content-Type: {response.content_type}",
            f"Content-Length: {length}",
            *(f"{name}: {value}" for name, value in response.headers.items()),
        ]
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.log_request(response.status, length)
        try:
            if response.stream is None:
                # One write for headers and body: one packet for a small answer.
                self.wfile.write(head + response.body)
                return
            self.wfile.write(head)
            for chunk in response.stream:
                self.wfile.write(chunk)
        except OSError:
            self.close_connection = True


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
    :param rate_limit: ``(creates, window seconds)`` allowed per API key; ``None`` disables it.
    :param retry_after_header: whether a 429 carries ``Retry-After``.
    :param webhook_hmac_key: if set, callbacks are signed (``X-Webhook-Timestamp``/``X-Webhook-Signature``).
    :param result_bytes: if set, every generated file is padded to this many bytes and streamed.
    :param require_download_token: if true, ``/files/...`` needs a token from ``download-url`` (else 403).
    :param verbose: log one line per request (method and path only) to stderr.
    """

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
        self.initial_credits = float(credits)
        self.durations = tuple(float(d) for d in durations)
        self.duration_fn = duration_fn
        self.rate_limit = rate_limit
        self.retry_after_header = retry_after_header
        self.webhook_hmac_key = webhook_hmac_key
        self.result_bytes = result_bytes
        self.require_download_token = require_download_token
        self.verbose = verbose

        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        self._server: _Server | None = None
        self._threads: list[threading.Thread] = []
        self._sender: ThreadPoolExecutor | None = None
        self._stopping = False
        self._tmpdir: str | None = None
        self._connections: set[socket.socket] = set()
        self._seq = itertools.count()
        self._init_state()

    def _init_state(self) -> None:
        self._credits = self.initial_credits
        self._tasks: dict[str, _Task] = {}
        # Generated files outlive forget_task, as kie.ai keeps media 14 days after the record.
        self._outputs: dict[str, _Task] = {}
        self._heap: list[tuple[float, int, str]] = []
        self._faults: list[_FaultEntry] = []
        self._fail_orders: list[_FailOrder] = []
        self._windows: dict[str, deque[float]] = {}
        self._tokens: dict[str, tuple[str, float]] = {}
        self._uploads: dict[str, str] = {}
        self._created_requests: list[dict[str, Any]] = []
        self._request_log: deque[tuple[str, str, dict[str, str]]] = deque(maxlen=REQUEST_LOG_MAX)
        self._counters: dict[str, int] = dict.fromkeys(
            (
                "create_requests",
                "tasks_created",
                "record_info",
                "credit",
                "download_url",
                "uploads",
                "file_downloads",
                "rate_limited",
                "connections",
                "callbacks_sent",
                "callbacks_failed",
            ),
            0,
        )
        self._by_model: dict[str, int] = {}

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
        self._stopping = False
        self._tmpdir = tempfile.mkdtemp(prefix="kie-emulator-")
        os.makedirs(os.path.join(self._tmpdir, "uploads"))
        os.makedirs(os.path.join(self._tmpdir, "incoming"))
        server = _Server((self.host, self.port), _Handler)
        server.emulator = self
        self._server = server
        self.port = server.server_port
        self._sender = ThreadPoolExecutor(max_workers=8, thread_name_prefix="kie-emulator-callback")
        serve = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1}, name="kie-emulator-http", daemon=True
        )
        scheduler = threading.Thread(target=self._scheduler_loop, name="kie-emulator-scheduler", daemon=True)
        self._threads = [serve, scheduler]
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, close open connections, join the threads and delete uploaded files."""
        server = self._server
        if server is None:
            return
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        server.shutdown()
        server.server_close()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            # Idle keep-alive connections would otherwise keep their handler threads blocked.
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(timeout=10)
        self._threads = []
        if self._sender is not None:
            self._sender.shutdown(wait=True, cancel_futures=True)
            self._sender = None
        if self._tmpdir:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None
        self._server = None

    def __enter__(self) -> KieEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def reset(self) -> None:
        """Forget all tasks, counters, faults, uploads and logs; credits go back to the starting value."""
        with self._lock:
            self._init_state()
            if self._tmpdir:
                uploads = os.path.join(self._tmpdir, "uploads")
                shutil.rmtree(uploads, ignore_errors=True)
                os.makedirs(uploads, exist_ok=True)
            self._cond.notify_all()

    # --- observation ----------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """Counters of requests received, tasks created, callbacks sent, connections accepted (and open now)."""
        with self._lock:
            out: dict[str, Any] = dict(self._counters)
            out["created_by_model"] = dict(self._by_model)
            out["open_connections"] = len(self._connections)
            return out

    def created_requests(self) -> list[dict[str, Any]]:
        """The JSON bodies of the accepted createTask requests, in order, exactly as received."""
        with self._lock:
            copied: list[dict[str, Any]] = json.loads(json.dumps(self._created_requests))
            return copied

    def request_log(self) -> list[tuple[str, str, dict[str, str]]]:
        """``(method, path, headers)`` of every request received (control requests excluded)."""
        with self._lock:
            return [(m, p, dict(h)) for m, p, h in self._request_log]

    def tasks(self) -> dict[str, dict[str, Any]]:
        """Every known task's current record, by taskId."""
        jobs = self._settle_due()
        with self._lock:
            now = time.time()
            out = {tid: self._record(task, now) for tid, task in self._tasks.items()}
        self._send_callbacks(jobs)
        return out

    @property
    def credits(self) -> float:
        """The account's remaining credits."""
        jobs = self._settle_due()
        self._send_callbacks(jobs)
        with self._lock:
            return self._credits

    def set_credits(self, credits: float) -> None:
        """
        Set the account's remaining credits.

        :param credits: the new balance.
        """
        with self._lock:
            self._credits = float(credits)

    # --- control --------------------------------------------------------------------------
    def add_fault(self, endpoint: str, fault: Fault, times: int | None = 1) -> None:
        """
        Queue a fault for an endpoint; queued faults are used in order.

        :param endpoint: one of ``createTask``, ``recordInfo``, ``credit``, ``download-url``,
            ``upload``, ``files``, ``uploads`` (the uploaded files) or ``*`` (any of them).
        :param fault: what to do.
        :param times: how many matching requests it applies to; ``None`` means until
            :meth:`clear_faults`.
        """
        if endpoint not in FAULT_ENDPOINTS:
            raise ValueError(f"unknown endpoint {endpoint!r}; known: {', '.join(FAULT_ENDPOINTS)}")
        if times is not None and times < 1:
            raise ValueError("times must be at least 1, or None for ever")
        with self._lock:
            self._faults.append(_FaultEntry(endpoint, fault, times))

    def clear_faults(self) -> None:
        """Remove every queued fault."""
        with self._lock:
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
        with self._lock:
            self._fail_orders.append(_FailOrder(int(n), model, str(fail_code), fail_msg))

    def forget_task(self, task_id: str) -> bool:
        """
        Make a task disappear: recordInfo answers 404 for it afterwards. Returns whether it existed.

        :param task_id: the taskId.
        """
        with self._lock:
            return self._tasks.pop(task_id, None) is not None

    # --- internals: bookkeeping -----------------------------------------------------------
    def _count(self, name: str, n: int = 1) -> None:
        with self._lock:
            self._counters[name] = self._counters.get(name, 0) + n

    def _connection_opened(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.add(conn)
            self._counters["connections"] += 1

    def _connection_closed(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.discard(conn)

    def _log_request(self, method: str, path: str, headers: dict[str, str]) -> None:
        if path.startswith("/_emulator/"):
            return
        with self._lock:
            self._request_log.append((method, path, headers))

    def _take_fault(self, endpoint: str) -> Fault | None:
        with self._lock:
            for i, entry in enumerate(self._faults):
                if entry.endpoint in (endpoint, "*"):
                    if entry.remaining is not None:
                        entry.remaining -= 1
                        if entry.remaining <= 0:
                            del self._faults[i]
                    return entry.fault
        return None

    @staticmethod
    def _endpoint_for(method: str, path: str) -> str | None:
        if method == "POST" and path == "/api/v1/jobs/createTask":
            return "createTask"
        if method == "GET" and path == "/api/v1/jobs/recordInfo":
            return "recordInfo"
        if method == "GET" and path == "/api/v1/chat/credit":
            return "credit"
        if method == "POST" and path == "/api/v1/common/download-url":
            return "download-url"
        if method == "POST" and path in _UPLOAD_PATHS:
            return "upload"
        if method == "GET" and path.startswith("/files/"):
            return "files"
        if method == "GET" and path.startswith("/uploads/"):
            return "uploads"
        return None

    def _authorized(self, headers: _Headers) -> bool:
        value = headers.get("Authorization") or ""
        scheme, _, token = value.partition(" ")
        given = token.strip().encode()
        return scheme.lower() == "bearer" and hmac.compare_digest(given, self.api_key.encode())

    # --- internals: request handling ------------------------------------------------------
    def _handle(
        self,
        method: str,
        raw_path: str,
        path: str,
        headers: _Headers,
        body: _Body,
        endpoint: str | None,
    ) -> _Response:
        if endpoint == "files":
            return self._serve_generated(raw_path, path)
        if endpoint == "uploads":
            return self._serve_upload(path)
        if endpoint is None:
            return _json_response(404, "not found", status=404)
        if not self._authorized(headers):
            return _json_response(401, _DEFAULT_MESSAGES[401], status=401)
        if endpoint == "createTask":
            return self._create_task(_read_json(body), headers)
        if endpoint == "recordInfo":
            return self._record_info(raw_path)
        if endpoint == "credit":
            return _json_response(200, "success", _number(self.credits))
        if endpoint == "download-url":
            return self._download_url(_read_json(body))
        return self._upload(path, headers, body)

    def _create_task(self, request: dict[str, Any], headers: _Headers) -> _Response:
        key = (headers.get("Authorization") or "").partition(" ")[2].strip()
        limited = self._check_rate(key)
        if limited is not None:
            return limited
        model = request.get("model")
        if not isinstance(model, str) or not model.strip():
            raise _ClientError(422, "model is required")
        callback = request.get("callBackUrl")
        if callback is not None and not _is_http_url(callback):
            raise _ClientError(422, f"callBackUrl must be an http(s) URL, got {callback!r}")
        raw_input = request.get("input")
        if not isinstance(raw_input, dict):
            raise _ClientError(422, "input is required and must be a JSON object")
        wire_input = self._strict_input(model, raw_input)
        spec = CATALOGUE.get(model)
        price = float(spec.credits) if spec else UNKNOWN_MODEL_PRICE
        output_type = spec.output_type if spec else "image/png"
        extension = spec.output_extension if spec else ".png"
        count = 1
        if isinstance(wire_input.get("max_images"), int):
            count = max(1, int(wire_input["max_images"]))
        recorded = dict(request)
        recorded["input"] = wire_input
        prompt = str(wire_input.get("prompt") or "")
        total = self.duration_fn(model, wire_input) if self.duration_fn else None
        waiting, queuing, generating = self.durations
        if total is not None:
            natural = waiting + queuing + generating
            scale = (total / natural) if natural > 0 else 0.0
            waiting, queuing, generating = (
                (waiting * scale, queuing * scale, generating * scale) if natural > 0 else (0.0, 0.0, total)
            )
        with self._cond:
            if self._credits < price:
                raise _ClientError(402, _DEFAULT_MESSAGES[402])
            fail: tuple[str, str] | None = None
            if FAIL_MARKER in prompt:
                fail = ("500", "Internal server error")
            for order in self._fail_orders:
                if order.remaining > 0 and order.model in (None, model):
                    order.remaining -= 1
                    fail = (order.fail_code, order.fail_msg)
                    break
            self._fail_orders = [o for o in self._fail_orders if o.remaining > 0]
            task = _Task(
                task_id=uuid.uuid4().hex,
                model=model,
                request=recorded,
                callback_url=callback,
                created=time.time(),
                waiting=waiting,
                queuing=queuing,
                generating=generating,
                hang=HANG_MARKER in prompt,
                fail=fail,
                price=price,
                result_count=count,
                extension=extension,
                output_type=output_type,
            )
            self._tasks[task.task_id] = task
            self._outputs[task.task_id] = task
            if not task.hang:
                heapq.heappush(self._heap, (task.end, next(self._seq), task.task_id))
                self._cond.notify_all()
            self._counters["tasks_created"] += 1
            self._by_model[model] = self._by_model.get(model, 0) + 1
            self._created_requests.append(json.loads(json.dumps(request)))
        return _json_response(200, "success", {"taskId": task.task_id}, key="message")

    def _check_rate(self, key: str) -> _Response | None:
        if self.rate_limit is None:
            return None
        limit, window = self.rate_limit
        now = time.monotonic()
        with self._lock:
            stamps = self._windows.setdefault(key, deque())
            while stamps and stamps[0] <= now - window:
                stamps.popleft()
            if len(stamps) < limit:
                stamps.append(now)
                return None
            self._counters["rate_limited"] += 1
            wait = max(1, math.ceil(stamps[0] + window - now))
        response = _json_response(429, _DEFAULT_MESSAGES[429], status=429)
        if self.retry_after_header:
            response.headers["Retry-After"] = str(wait)
        return response

    @staticmethod
    def _strict_input(model: str, raw: dict[str, Any]) -> dict[str, Any]:
        """Accept only input already in wire form; return it with kie.ai's own defaults filled in."""
        spec = CATALOGUE.get(model)
        if spec is None:
            return dict(raw)
        try:
            wire = validate_input(model, raw)
        except KieValidationError as exc:
            raise _ClientError(422, exc.message) from exc
        problems = []
        for name in raw:
            # A name only in ``wire`` is a default the catalogue filled in, which kie.ai does too.
            if name not in wire:
                problems.append(f"{name}: got {raw[name]!r}; leave an optional field out instead of null")
                continue
            if json.dumps(wire[name], sort_keys=True) != json.dumps(raw[name], sort_keys=True):
                problems.append(
                    f"{name}: got {raw[name]!r} ({type(raw[name]).__name__}); "
                    f"kie.ai expects {wire[name]!r} ({type(wire[name]).__name__})"
                )
        if problems:
            raise _ClientError(422, f"invalid input for model {model!r}: " + "; ".join(problems))
        return {**raw, **{k: v for k, v in wire.items() if k not in raw}}

    def _record_info(self, raw_path: str) -> _Response:
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(raw_path).query)
        task_id = (query.get("taskId") or [""])[0]
        if not task_id:
            raise _ClientError(422, "taskId is required")
        jobs = self._settle_due()
        self._send_callbacks(jobs)
        with self._lock:
            task = self._tasks.get(task_id)
            if task is None:
                return _json_response(404, "task not found")
            record = self._record(task, time.time())
        return _json_response(200, "success", record)

    def _download_url(self, request: dict[str, Any]) -> _Response:
        url = request.get("url")
        if not isinstance(url, str) or not url:
            raise _ClientError(422, "url is required")
        path = urllib.parse.urlsplit(url).path
        if self._generated_target(path) is None:
            raise _ClientError(422, "url is not a file generated by kie.ai")
        token = secrets.token_urlsafe(18)
        expires = time.time() + DOWNLOAD_URL_TTL
        with self._lock:
            now = time.time()
            self._tokens = {t: v for t, v in self._tokens.items() if v[1] > now}
            self._tokens[token] = (path, expires)
        query = urllib.parse.urlencode({"token": token, "expires": int(expires)})
        return _json_response(200, "success", f"{self.url}{path}?{query}")

    def _generated_target(self, path: str) -> tuple[_Task, int] | None:
        match = _FILES_RE.match(path)
        if not match:
            return None
        task_id, index, ext = match.group(1), int(match.group(2)), match.group(3)
        self._send_callbacks(self._settle_due())
        with self._lock:
            task = self._outputs.get(task_id)
            if task is None or not task.settled or task.fail is not None:
                return None
            if index >= task.result_count or ext != task.extension:
                return None
            return task, index

    def _serve_generated(self, raw_path: str, path: str) -> _Response:
        target = self._generated_target(path)
        if target is None:
            return _json_response(404, "not found", status=404)
        if self.require_download_token:
            query = urllib.parse.parse_qs(urllib.parse.urlsplit(raw_path).query)
            token = (query.get("token") or [""])[0]
            with self._lock:
                entry = self._tokens.get(token)
            if entry is None or entry[0] != path or entry[1] < time.time():
                return _json_response(403, "download token missing, invalid or expired", status=403)
        task, index = target
        length, chunks = _generated_file(f"{task.task_id}/{index}", task.output_type, self.result_bytes)
        return _Response(content_type=task.output_type, stream=chunks, length=length)

    def _serve_upload(self, path: str) -> _Response:
        rel = urllib.parse.unquote(path[len("/uploads/") :])
        with self._lock:
            mime = self._uploads.get(rel)
        if mime is None or self._tmpdir is None:
            return _json_response(404, "not found", status=404)
        full = os.path.join(self._tmpdir, "uploads", *rel.split("/"))
        try:
            size = os.path.getsize(full)
        except OSError:
            return _json_response(404, "not found", status=404)
        return _Response(content_type=mime, stream=_file_chunks(full), length=size)

    # --- uploads --------------------------------------------------------------------------
    def _upload(self, path: str, headers: _Headers, body: _Body) -> _Response:
        assert self._tmpdir is not None
        incoming = tempfile.NamedTemporaryFile(dir=os.path.join(self._tmpdir, "incoming"), delete=False)
        try:
            if path == "/api/file-stream-upload":
                fields, info = self._receive_multipart(headers, body, incoming)
                default_name = (info or {}).get("filename")
                if info is None:
                    raise _ClientError(422, "file is required")
                head = info["head"]
            else:
                fields_any = _read_json(body)
                fields = {k: v for k, v in fields_any.items() if isinstance(v, str)}
                # Before a fetch that may take up to 30 s.
                self._check_upload_path(fields.get("uploadPath"))
                if path == "/api/file-url-upload":
                    default_name, head = self._receive_url(fields_any.get("fileUrl"), incoming)
                else:
                    default_name, head = self._receive_base64(fields_any.get("base64Data"), incoming)
            upload_path = fields.get("uploadPath")
            file_name = fields.get("fileName") or default_name or uuid.uuid4().hex
            incoming.close()
            self._check_upload_path(upload_path)
            assert upload_path is not None
            self._check_file_name(file_name)
            mime = sniff_mime(head)
            rel = f"{upload_path}/{file_name}"
            target = os.path.join(self._tmpdir, "uploads", *rel.split("/"))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            size = os.path.getsize(incoming.name)
            with self._lock:
                os.replace(incoming.name, target)
                self._uploads[rel] = mime
        finally:
            incoming.close()
            with contextlib.suppress(OSError):
                os.unlink(incoming.name)
        data = {
            "fileName": file_name,
            "filePath": rel,
            "downloadUrl": f"{self.url}/uploads/{urllib.parse.quote(rel)}",
            "fileSize": size,
            "mimeType": mime,
            "uploadedAt": datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        }
        answer = {"success": True, "code": 200, "msg": "File uploaded successfully", "data": data}
        return _Response(body=json.dumps(answer).encode())

    @staticmethod
    def _receive_multipart(
        headers: _Headers, body: _Body, sink: IO[bytes]
    ) -> tuple[dict[str, str], dict[str, Any] | None]:
        msg = email.message.Message()
        msg["content-type"] = headers.get("Content-Type") or ""
        boundary = msg.get_param("boundary")
        if msg.get_content_type() != "multipart/form-data" or not isinstance(boundary, str) or not boundary:
            raise _ClientError(422, "file-stream-upload needs a multipart/form-data body with file and uploadPath")
        return _parse_multipart(body, boundary.encode(), lambda: sink)

    @staticmethod
    def _receive_url(url: Any, sink: IO[bytes]) -> tuple[str | None, bytes]:
        if not url:
            raise _ClientError(422, "fileUrl is required")
        if not _is_http_url(url):
            raise _ClientError(422, f"fileUrl must be an http(s) URL, got {url!r}")
        head = bytearray()
        size = 0
        try:
            with urllib.request.urlopen(url, timeout=URL_UPLOAD_TIMEOUT) as remote:
                while True:
                    chunk = remote.read(CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > URL_UPLOAD_MAX_BYTES:
                        raise _ClientError(422, "the file at fileUrl is larger than 100 MB")
                    if len(head) < 64:
                        head.extend(chunk[: 64 - len(head)])
                    sink.write(chunk)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise _ClientError(422, f"could not download fileUrl: {exc}") from exc
        name = os.path.basename(urllib.parse.unquote(urllib.parse.urlsplit(url).path)) or None
        return name, bytes(head)

    @staticmethod
    def _receive_base64(data: Any, sink: IO[bytes]) -> tuple[str | None, bytes]:
        if not data or not isinstance(data, str):
            raise _ClientError(422, "base64Data is required")
        if data.startswith("data:"):
            header, sep, data = data.partition(",")
            if not sep or ";base64" not in header:
                raise _ClientError(422, "base64Data data: URL must be base64-encoded")
        try:
            raw = base64.b64decode("".join(data.split()), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise _ClientError(422, f"base64Data is not valid base64: {exc}") from exc
        sink.write(raw)
        return None, raw[:64]

    @staticmethod
    def _check_upload_path(upload_path: str | None) -> None:
        if not upload_path:
            raise _ClientError(422, "uploadPath is required")
        if upload_path.startswith("/") or upload_path.endswith("/"):
            raise _ClientError(422, "uploadPath must not start or end with a slash")
        if any(part in ("", ".", "..") for part in upload_path.split("/")) or "\\" in upload_path:
            raise _ClientError(422, f"uploadPath {upload_path!r} is not a valid path")

    @staticmethod
    def _check_file_name(name: str) -> None:
        if name in (".", "..") or "/" in name or "\\" in name or "\x00" in name:
            raise _ClientError(422, f"fileName {name!r} is not a valid file name")

    # --- task records, settlement and callbacks -------------------------------------------
    def _record(self, task: _Task, now: float) -> dict[str, Any]:
        elapsed = now - task.created
        if task.settled:
            state = "fail" if task.fail else "success"
            updated = task.complete or task.end
        elif elapsed < task.waiting:
            state, updated = "waiting", task.created
        elif elapsed < task.waiting + task.queuing:
            state, updated = "queuing", task.created + task.waiting
        else:
            state, updated = "generating", task.created + task.waiting + task.queuing
        record: dict[str, Any] = {
            "taskId": task.task_id,
            "model": task.model,
            "state": state,
            "param": json.dumps(task.request, ensure_ascii=False, separators=(",", ":")),
            "createTime": _ms(task.created),
            "updateTime": _ms(updated),
        }
        if task.settled:
            if task.fail:
                record["failCode"], record["failMsg"] = task.fail
            else:
                urls = [f"{self.url}/files/{task.task_id}/{i}{task.extension}" for i in range(task.result_count)]
                record["resultJson"] = json.dumps({"resultUrls": urls}, separators=(",", ":"))
            record["costTime"] = 0 if task.fail else max(1, int(round(task.end - task.created)))
            record["consumeCredits"] = _number(task.consume)
            record["remainedCredits"] = _number(task.remained if task.remained is not None else self._credits)
            record["completeTime"] = _ms(task.complete or task.end)
        else:
            record["resultJson"] = ""
            record["failCode"] = ""
            record["failMsg"] = ""
        return record

    def _settle_due(self) -> list[tuple[str, dict[str, Any], str]]:
        """Settle every task whose end has passed; return the callbacks to send."""
        jobs: list[tuple[str, dict[str, Any], str]] = []
        with self._lock:
            now = time.time()
            while self._heap and self._heap[0][0] <= now:
                _, _, task_id = heapq.heappop(self._heap)
                task = self._tasks.get(task_id)
                if task is None or task.settled:
                    continue
                task.settled = True
                task.complete = task.end
                if task.fail is None:
                    self._credits -= task.price
                    task.consume = task.price
                task.remained = self._credits
                if task.callback_url:
                    record = self._record(task, now)
                    code, msg = (
                        (501, "Playground task failed.")
                        if task.fail
                        else (200, "Playground task completed successfully.")
                    )
                    payload = {"code": code, "msg": msg, "data": record}
                    jobs.append((task.callback_url, payload, task_id))
        return jobs

    def _send_callbacks(self, jobs: list[tuple[str, dict[str, Any], str]]) -> None:
        sender = self._sender
        if sender is None:
            return
        for job in jobs:
            with contextlib.suppress(RuntimeError):  # the pool is shutting down
                sender.submit(self._post_callback, *job)

    def _post_callback(self, url: str, payload: dict[str, Any], task_id: str) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode()
        request = urllib.request.Request(url, data=body, method="POST")
        request.add_header("Content-Type", "application/json")
        if self.webhook_hmac_key:
            timestamp = str(int(time.time()))
            digest = hmac.new(
                self.webhook_hmac_key.encode(), f"{task_id}.{timestamp}".encode(), hashlib.sha256
            ).digest()
            request.add_header("X-Webhook-Timestamp", timestamp)
            request.add_header("X-Webhook-Signature", base64.b64encode(digest).decode())
        try:
            with urllib.request.urlopen(request, timeout=CALLBACK_TIMEOUT) as answer:
                answer.read()
            self._count("callbacks_sent")
        except urllib.error.HTTPError:
            # The receiver answered (with an error status): the callback was still delivered.
            self._count("callbacks_sent")
        except (OSError, ValueError):
            self._count("callbacks_failed")

    def _scheduler_loop(self) -> None:
        while True:
            with self._cond:
                if self._stopping:
                    return
                jobs = self._settle_due()
                if not jobs:
                    timeout = max(0.0, self._heap[0][0] - time.time()) if self._heap else None
                    self._cond.wait(timeout)
                    continue
            self._send_callbacks(jobs)

    # --- HTTP control (/_emulator/...) ----------------------------------------------------
    def _control(self, method: str, raw_path: str, headers: _Headers, body: _Body) -> _Response:
        if not self._authorized(headers):
            return _json_response(401, _DEFAULT_MESSAGES[401], status=401)
        path = urllib.parse.urlsplit(raw_path).path
        route = (method, path[len("/_emulator/") :].strip("/"))
        if route == ("GET", "stats"):
            return _json_response(200, "success", self.stats())
        if route == ("GET", "tasks"):
            return _json_response(200, "success", self.tasks())
        if route == ("GET", "created-requests"):
            return _json_response(200, "success", self.created_requests())
        if route == ("GET", "request-log"):
            log = [{"method": m, "path": p, "headers": h} for m, p, h in self.request_log()]
            return _json_response(200, "success", log)
        if route == ("GET", "credits"):
            return _json_response(200, "success", _number(self.credits))
        if method != "POST":
            return _json_response(404, "not found", status=404)
        data = _read_json(body)
        name = route[1]
        try:
            if name == "faults":
                fault = data.get("fault")
                if not isinstance(fault, dict):
                    raise ValueError("fault must be an object with at least a kind")
                times = data.get("times", 1)
                endpoint = str(data.get("endpoint", "*"))
                self.add_fault(endpoint, Fault.from_dict(fault), None if times is None else int(times))
            elif name == "clear-faults":
                self.clear_faults()
            elif name == "reset":
                self.reset()
            elif name == "fail-tasks":
                self.fail_tasks(
                    n=int(data.get("n", 1)),
                    model=data.get("model"),
                    fail_code=str(data.get("failCode", data.get("fail_code", "500"))),
                    fail_msg=str(data.get("failMsg", data.get("fail_msg", "Internal server error"))),
                )
            elif name == "credits":
                self.set_credits(float(data["credits"]))
            elif name == "forget-task":
                found = self.forget_task(str(data.get("taskId", "")))
                return _json_response(200, "success", found)
            else:
                return _json_response(404, "not found", status=404)
        except (ValueError, TypeError, KeyError) as exc:
            raise _ClientError(422, f"bad control request: {exc}") from exc
        return _json_response(200, "success", None)
