"""
The emulator's HTTP plumbing: the threading server, the request handler, reading request bodies
(``Content-Length`` or chunked, multipart streamed to disk), and writing responses.

It knows nothing of kie.ai: the handler hands every request to an :class:`App` and writes what
comes back. The standard library server is used on purpose: it gives full control of the socket,
so a fault can drop or reset a connection at exactly the moment a real network would.
"""

from __future__ import annotations

import contextlib
import email.message
import io
import json
import socket
import socketserver
import struct
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import IO, Any, Protocol

from kie_provider.emulator.media import CHUNK

MAX_JSON_BODY = 64 * 1024 * 1024

# Request headers: an ``email.message.Message`` from http.server, or a plain mapping.
Headers = Any


@dataclass
class Response:
    """One answer: a small ``body``, or ``length`` bytes produced in chunks by ``stream`` (large files)."""

    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    stream: Iterable[bytes] | None = None
    length: int = 0


class ClientError(Exception):
    """
    A problem with the request, answered as an envelope with ``code``.

    :param code: the envelope code.
    :param message: the envelope ``msg``.
    :param status: the HTTP status.
    """

    def __init__(self, code: int, message: str, status: int = 200) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


def envelope(code: int, msg: str, data: Any = None, *, key: str = "msg") -> bytes:
    """
    kie.ai's JSON envelope ``{"code", "msg", "data"}`` as bytes.

    :param code: the envelope code.
    :param msg: the message.
    :param data: the payload.
    :param key: the message's key (createTask says ``message``).
    """
    return json.dumps({"code": code, key: msg, "data": data}, ensure_ascii=False).encode()


def json_response(code: int, msg: str, data: Any = None, *, status: int = 200, key: str = "msg") -> Response:
    """
    An envelope answer.

    :param code: the envelope code.
    :param msg: the message.
    :param data: the payload.
    :param status: the HTTP status.
    :param key: the message's key.
    """
    return Response(status=status, body=envelope(code, msg, data, key=key))


class Body:
    """
    The request body, read on demand: ``Content-Length`` or chunked transfer encoding.

    :param rfile: the connection's input stream.
    :param headers: the request headers.
    """

    def __init__(self, rfile: IO[bytes] | io.BufferedIOBase, headers: Headers) -> None:
        self._rfile = rfile
        self._chunked = "chunked" in (headers.get("Transfer-Encoding") or "").lower()
        self._chunk_left = 0
        self._done = False
        length = headers.get("Content-Length")
        try:
            self._left = int(length) if length else 0
        except ValueError as exc:
            raise ClientError(400, "bad Content-Length", status=400) from exc
        if self._left < 0:
            raise ClientError(400, "bad Content-Length", status=400)

    def read(self, n: int = CHUNK) -> bytes:
        """Return up to ``n`` bytes; ``b""`` at the end of the body; :param n: the most bytes returned."""
        if self._chunked:
            return self._read_chunked(n)
        if self._left <= 0:
            return b""
        data = self._rfile.read(min(n, self._left))
        if not data:
            raise ClientError(400, "request body ended early", status=400)
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
                raise ClientError(400, "bad chunked encoding", status=400) from exc
            if self._chunk_left == 0:
                while self._rfile.readline(1024).strip():  # trailers
                    pass
                self._done = True
                return b""
        data = self._rfile.read(min(n, self._chunk_left))
        if not data:
            raise ClientError(400, "request body ended early", status=400)
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
                raise ClientError(413, "request body too large", status=413)

    def drain(self) -> None:
        """Read and discard what is left, so the connection stays in step for the next request."""
        while self.read(CHUNK):
            pass


def read_json(body: Body) -> dict[str, Any]:
    """
    Read a JSON object body (an empty body is ``{}``).

    :param body: the request body.
    """
    raw = body.read_all()
    try:
        data = json.loads(raw or b"{}")
    except ValueError as exc:
        raise ClientError(422, f"request body is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ClientError(422, "request body must be a JSON object")
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
                raise ClientError(422, f"form field {self.name!r} is too large")
            self.head.extend(data)
        else:
            if len(self.head) < 64:
                self.head.extend(data[: 64 - len(self.head)])
            self.sink.write(data)
        self.size += len(data)


class _Multipart:
    """A multipart/form-data body read through a window of about 64 KiB (see :func:`parse_multipart`)."""

    def __init__(self, body: Body, boundary: bytes) -> None:
        self.body = body
        self.delim = b"--" + boundary
        self.sep = b"\r\n" + self.delim
        self.buf = bytearray()

    def fill(self) -> bool:
        chunk = self.body.read(CHUNK)
        if not chunk:
            return False
        self.buf.extend(chunk)
        return True

    def skip_preamble(self) -> None:
        while True:
            idx = self.buf.find(self.delim)
            if idx >= 0:
                del self.buf[: idx + len(self.delim)]
                return
            if len(self.buf) > 1024 * 1024 or not self.fill():
                raise ClientError(422, "malformed multipart body: no boundary found")

    def at_end(self) -> bool:
        while len(self.buf) < 2 and self.fill():
            pass
        return self.buf[:2] == b"--"

    def headers(self) -> email.message.Message:
        while b"\r\n\r\n" not in self.buf:
            if len(self.buf) > 64 * 1024 or not self.fill():
                raise ClientError(422, "malformed multipart body: bad part headers")
        header_end = self.buf.find(b"\r\n\r\n")
        raw_headers = bytes(self.buf[:header_end]).decode("utf-8", "replace")
        del self.buf[: header_end + 4]
        msg = email.message.Message()
        for line in raw_headers.split("\r\n"):
            if ":" in line:
                name, value = line.split(":", 1)
                msg[name.strip()] = value.strip()
        return msg

    def content(self, part: _Part) -> None:
        while True:
            idx = self.buf.find(self.sep)
            if idx >= 0:
                part.write(self.buf[:idx])
                del self.buf[: idx + len(self.sep)]
                return
            keep = len(self.sep) - 1
            if len(self.buf) > keep:
                part.write(self.buf[:-keep])
                del self.buf[:-keep]
            if not self.fill():
                raise ClientError(422, "malformed multipart body: unterminated part")


def parse_multipart(
    body: Body, boundary: bytes, file_sink: Callable[[], IO[bytes]]
) -> tuple[dict[str, str], dict[str, Any] | None]:
    """
    Stream a multipart/form-data body: text fields into memory, the ``file`` part into ``file_sink()``.

    Only a window of about 64 KiB of the body is in memory at any time.
    Returns ``(fields, file_info)``; ``file_info`` has ``filename``, ``size`` and ``head`` (first bytes).

    :param body: the request body.
    :param boundary: the multipart boundary.
    :param file_sink: returns the open file the ``file`` part is written to.
    """
    reader = _Multipart(body, boundary)
    reader.skip_preamble()
    fields: dict[str, str] = {}
    file_info: dict[str, Any] | None = None
    while not reader.at_end():
        msg = reader.headers()
        param = msg.get_param("name", header="content-disposition")
        name = param if isinstance(param, str) else ""
        part = _Part(name, file_sink() if name == "file" else None)
        reader.content(part)
        if part.sink is not None:
            file_info = {"filename": msg.get_filename(), "size": part.size, "head": bytes(part.head)}
        else:
            fields[name] = bytes(part.head).decode("utf-8", "replace")
    return fields, file_info


class Channel(Protocol):
    """The connection a request came on, as an :class:`App` sees it."""

    def drop(self, reset: bool) -> None:
        """Send no answer and close the connection; :param reset: reset it (TCP RST) instead."""


class App(Protocol):
    """What the handler serves: the emulator."""

    verbose: bool

    def connection_opened(self, conn: socket.socket) -> None:
        """A client connected; :param conn: its socket."""

    def connection_closed(self, conn: socket.socket) -> None:
        """A client's connection ended; :param conn: its socket."""

    def log_request(self, method: str, path: str, headers: dict[str, str]) -> None:
        """
        A request arrived.

        :param method: the HTTP method.
        :param path: the path with its query.
        :param headers: the request headers.
        """

    def respond(self, method: str, raw_path: str, headers: Headers, body: Body, channel: Channel) -> Response | None:
        """
        Answer one request; ``None`` when the connection was dropped instead.

        :param method: the HTTP method.
        :param raw_path: the path with its query.
        :param headers: the request headers.
        :param body: the request body.
        :param channel: the connection, to drop it.
        """


class Server(ThreadingHTTPServer):
    """A threading HTTP server serving :attr:`app`."""

    daemon_threads = True
    request_queue_size = 1024
    app: App

    def server_bind(self) -> None:
        """Bind without ``getfqdn()``."""
        # HTTPServer.server_bind calls getfqdn(), which can stall for seconds on a machine without DNS.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)


class Handler(BaseHTTPRequestHandler):
    """Reads each request, asks the app for the answer, writes it (HTTP/1.1, keep-alive)."""

    protocol_version = "HTTP/1.1"
    server_version = "kie-emulator/1.0"
    sys_version = ""
    server: Server

    # --- connection bookkeeping -------------------------------------------------------------
    def setup(self) -> None:
        """Count the connection and turn Nagle off."""
        super().setup()
        # Headers and body go out as separate writes; without NODELAY, Nagle plus the client's
        # delayed ACK add ~40 ms to every answer.
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.app.connection_opened(self.connection)

    def finish(self) -> None:
        """Count the connection closed, whatever happened to it."""
        try:
            super().finish()
        except OSError:
            pass
        finally:
            self.server.app.connection_closed(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        """
        Log one request line when the emulator is verbose.

        :param format: the message format.
        :param args: its values.
        """
        # Quiet unless asked; never headers, so an API key cannot reach a log.
        if self.server.app.verbose:
            super().log_message(format, *args)

    def drop(self, reset: bool) -> None:
        """Send no answer and close the connection; :param reset: reset it (TCP RST) instead."""
        self.close_connection = True
        if reset:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()

    # --- methods ----------------------------------------------------------------------------
    def do_GET(self) -> None:
        """Serve a GET request."""
        self._dispatch("GET")

    def do_POST(self) -> None:
        """Serve a POST request."""
        self._dispatch("POST")

    def do_PUT(self) -> None:
        """Serve a PUT request."""
        self._dispatch("PUT")

    def do_DELETE(self) -> None:
        """Serve a DELETE request."""
        self._dispatch("DELETE")

    def do_PATCH(self) -> None:
        """Serve a PATCH request."""
        self._dispatch("PATCH")

    def _dispatch(self, method: str) -> None:
        app = self.server.app
        app.log_request(method, self.path, dict(self.headers.items()))
        try:
            body = Body(self.rfile, self.headers)
        except ClientError as exc:
            self.close_connection = True
            self._write(json_response(exc.code, exc.message, status=exc.status))
            return
        response: Response | None
        try:
            response = app.respond(method, self.path, self.headers, body, self)
            if response is None:
                return
            body.drain()
        except (ConnectionError, TimeoutError):
            self.close_connection = True
            return
        except Exception as exc:
            if isinstance(exc, ClientError):
                response = json_response(exc.code, exc.message, status=exc.status)
            else:
                # An emulator bug must still look like a server error to the client, not a hang.
                response = json_response(500, f"emulator error: {type(exc).__name__}: {exc}", status=500)
            try:
                body.drain()
            except (ClientError, OSError):
                self.close_connection = True
        self._write(response)

    def _write(self, response: Response) -> None:
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


def query_param(raw_path: str, name: str) -> str:
    """
    One query parameter of a request path (``""`` when absent).

    :param raw_path: the path with its query.
    :param name: the parameter.
    """
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(raw_path).query)
    return (query.get(name) or [""])[0]


def number(value: float) -> float | int:
    """
    A number as kie.ai writes it: an int when whole.

    :param value: the number.
    """
    return int(value) if float(value).is_integer() else value
