"""Hooks for kie.ai: :class:`KieHook` (sync, ``requests``) and :class:`KieAsyncHook` (async, ``httpx``).

Both send the requests built by :mod:`kie_provider.api` and read the answers with it; only the
transport differs.
"""

from __future__ import annotations

import asyncio
import time
import urllib.request
import weakref
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx
import requests
from airflow.sdk import BaseHook
from requests.adapters import HTTPAdapter

from kie_provider import api
from kie_provider.api import ApiRequest, KieConnectionConfig, RetryPolicy, TaskWaiter
from kie_provider.catalogue import validate_input
from kie_provider.exceptions import (
    KieConnectionError,
    KieError,
    KieTimeoutError,
)
from kie_provider.models import KieTask

DEFAULT_WAIT_TIMEOUT = 3600.0


class CreateGuard(Protocol):
    """What a caller of :meth:`KieHook.create_task` is told about each send of the request."""

    def sending(self) -> None:
        """The request is about to leave the process: from here on kie.ai may create the task."""

    def not_created(self) -> None:
        """The answer proved that kie.ai created nothing (a rejection, or a connection that never opened)."""


def _never_connected(exc: BaseException) -> bool:
    """Whether a ``requests`` connection error happened before any byte of the request was sent."""
    from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError

    seen: set[int] = set()
    stack: list[Any] = [exc]
    while stack:
        item = stack.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, (NewConnectionError, ConnectTimeoutError, NameResolutionError)):
            return True
        if isinstance(item, BaseException):
            stack.extend([getattr(item, "reason", None), item.__cause__, item.__context__, *item.args])
    return False


class _KieHookBase(BaseHook):
    """What the sync and async hooks share: the connection's configuration and the retry policy."""

    conn_name_attr = "kie_conn_id"
    default_conn_name = "kie_default"
    conn_type = "kie"
    hook_name = "kie.ai"

    def __init__(
        self,
        kie_conn_id: str = default_conn_name,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.kie_conn_id = kie_conn_id
        self._timeout = timeout
        self._max_retries = max_retries

    def _config_from(self, conn: Any) -> KieConnectionConfig:
        config = api.config_from_connection(
            password=conn.password,
            host=conn.host,
            port=conn.port,
            extra=conn.extra_dejson or {},
            timeout=self._timeout,
            max_retries=self._max_retries,
        )
        # Airflow masks the password and extras named like secrets; the legacy extra name is not one.
        from airflow.providers.common.compat.sdk import mask_secret

        for secret in config.secrets:
            mask_secret(secret)
        return config

    @staticmethod
    def _policy(config: KieConnectionConfig) -> RetryPolicy:
        return RetryPolicy(max_retries=config.max_retries)

    def _retry_decision(self, request: ApiRequest, error: KieError, attempt: int, policy: RetryPolicy) -> float:
        """Return seconds to wait before resending, or raise the error the caller must see."""
        if request.creates and not api.provably_not_created(error):
            # Whatever else it is, a create that may have made a task is never sent again.
            raise api.ambiguous_create_error(error) from error
        if policy.should_retry(request, error, attempt):
            delay = policy.delay(attempt, error)
            self.log.warning(
                "kie.ai %s failed (%s); retry %d of %d in %.1fs",
                request.name,
                error.message,
                attempt,
                policy.retries_for(error),
                delay,
            )
            return delay
        raise error


class KieHook(_KieHookBase):
    """
    Talk to kie.ai synchronously over one pooled ``requests`` session.

    The connection (type ``kie``) holds the API key in its password, the API base URL in its host
    (default ``https://api.kie.ai``; ``http://127.0.0.1:8765`` works for a local emulator) and, in
    its extra, ``upload_base_url``, ``timeout`` and ``max_retries``.

    Reads are retried on connection errors, timeouts, 429, 455 and 5xx with exponential backoff and
    jitter, honouring ``Retry-After``. createTask is retried only when kie.ai provably did not accept
    it; after an ambiguous failure it raises :class:`~kie_provider.exceptions.KieTaskMaybeCreatedError`.

    :param kie_conn_id: the Airflow connection id.
    :param timeout: read timeout per request in seconds (overrides the connection's extra).
    :param max_retries: retries per request (overrides the connection's extra).
    """

    @classmethod
    def get_ui_field_behaviour(cls) -> dict[str, Any]:
        """The connection form: only host and the API key, labelled as kie.ai names them."""
        # Defined on KieHook itself: Airflow before 3.2 looks for it in the hook class's own __dict__.
        return {
            "hidden_fields": ["schema", "login", "port"],
            "relabeling": {"password": "API Key", "host": "API base URL"},
            "placeholders": {
                "host": api.API_BASE_URL,
                "password": "your kie.ai API key",
                "extra": '{"upload_base_url": "https://kieai.redpandaai.co", "timeout": 30, "max_retries": 3}',
            },
        }

    @cached_property
    def config(self) -> KieConnectionConfig:
        """The connection's configuration, read once."""
        return self._config_from(self.get_connection(self.kie_conn_id))

    @cached_property
    def session(self) -> requests.Session:
        """One pooled HTTP session for every call of this hook."""
        session = requests.Session()
        adapter = HTTPAdapter(pool_connections=4, pool_maxsize=16, max_retries=0)
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        return session

    def close(self) -> None:
        """Close the pooled session."""
        if "session" in self.__dict__:
            self.session.close()
            del self.__dict__["session"]

    def _send_once(self, request: ApiRequest) -> Any:
        config = self.config
        where = f"kie.ai {request.name}"
        # A streamed body is opened anew for every send, so that a retry re-reads it from its start.
        data = request.body() if request.body is not None else None
        try:
            response = self.session.request(
                request.method,
                request.url,
                json=request.json,
                params=request.params,
                data=data,
                headers={**config.headers, **request.headers} if request.headers else config.headers,
                timeout=(api.CONNECT_TIMEOUT, config.timeout),
            )
            body = response.content
        except requests.exceptions.ConnectTimeout:
            raise KieConnectionError(f"{where}: could not connect (timed out)", sent=False) from None
        except requests.exceptions.ReadTimeout:
            raise KieConnectionError(f"{where}: no answer within {config.timeout:g}s", sent=True) from None
        except requests.exceptions.ConnectionError as exc:
            sent = not _never_connected(exc)
            what = "connection lost before the answer" if sent else "could not connect"
            raise KieConnectionError(f"{where}: {what} ({type(exc).__name__})", sent=sent) from None
        except requests.exceptions.RequestException as exc:
            raise KieConnectionError(f"{where}: {type(exc).__name__}", sent=True) from None
        finally:
            if data is not None:
                data.close()
        return api.parse_response(request, response.status_code, body, response.headers, config.secrets)

    def _send(self, request: ApiRequest, guard: CreateGuard | None = None) -> Any:
        policy = self._policy(self.config)
        attempt = 0
        while True:
            attempt += 1
            if guard is not None:
                guard.sending()
            try:
                return self._send_once(request)
            except KieError as error:
                if guard is not None and api.provably_not_created(error):
                    guard.not_created()
                time.sleep(self._retry_decision(request, error, attempt, policy))

    def create_task(
        self,
        model: str,
        input: Mapping[str, Any],
        callback_url: str | None = None,
        *,
        guard: CreateGuard | None = None,
    ) -> str:
        """
        Validate ``input`` against the catalogue and create a kie.ai task; return its taskId.

        Sent again only when kie.ai provably did not accept it (429, 455, a connection that never
        opened); any failure that may have created the task raises
        :class:`~kie_provider.exceptions.KieTaskMaybeCreatedError`, as does an accepted answer
        without a readable taskId.

        :param model: the kie.ai model name.
        :param input: the model's input fields (wire names).
        :param callback_url: an http(s) URL kie.ai POSTs the record to when the task ends.
        :param guard: told right before each send leaves the process, and again when an answer proves
            nothing was created (the operator's in-flight marker).
        """
        wire = validate_input(model, input)
        request = api.create_task_request(self.config, model, wire, callback_url)
        return api.read_task_id(self._send(request, guard))

    def get_task(self, task_id: str) -> KieTask:
        """
        Fetch one task's record.

        :param task_id: kie.ai's taskId.
        """
        return api.read_task(task_id, self._send(api.record_info_request(self.config, task_id)))

    def wait_for_task(
        self,
        task_id: str,
        poll_interval: float | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_state_change: Callable[[KieTask], None] | None = None,
        not_found_grace: float = 30.0,
    ) -> KieTask:
        """
        Poll until the task ends and return its final record (``success`` or ``fail``).

        Polls start at 2.5 s and back off to 30 s unless ``poll_interval`` fixes them. Transient
        errors are ridden out until the deadline.

        :param task_id: kie.ai's taskId.
        :param poll_interval: a fixed poll interval in seconds.
        :param timeout: seconds to wait before raising :class:`~kie_provider.exceptions.KieTimeoutError`.
        :param on_state_change: called with the record whenever the state changes.
        :param not_found_grace: seconds kie.ai may answer 404 in a row before the task counts as gone.
        """
        waiter = TaskWaiter(
            task_id, deadline=time.time() + timeout, poll_interval=poll_interval, not_found_grace=not_found_grace
        )
        while True:
            try:
                task = self.get_task(task_id)
            except KieError as error:
                waiter.on_error(error)
                self.log.warning("kie.ai task %s: poll failed (%s); still waiting", task_id, error.message)
            else:
                if waiter.on_task(task) and on_state_change is not None:
                    on_state_change(task)
                if task.is_terminal:
                    return task
            if waiter.expired:
                raise KieTimeoutError(
                    f"kie.ai task {task_id} did not finish within {timeout:g}s (last state: "
                    f"{waiter.last_state or 'unknown'}); an Airflow retry of a durable operator (Airflow 3.3+) "
                    "reattaches to the same task",
                )
            time.sleep(waiter.next_sleep())

    def get_credits(self) -> float:
        """The account's remaining credits."""
        return api.read_credits(self._send(api.credit_request(self.config)))

    def get_download_url(self, url: str) -> str:
        """
        Turn a kie.ai-generated file URL into a temporary download link (valid 20 minutes).

        :param url: the generated file's URL.
        """
        data = self._send(api.download_url_request(self.config, url))
        if not isinstance(data, str) or not data.lower().startswith(("http://", "https://")):
            raise KieError(f"kie.ai download-url answered no http(s) link: {api.excerpt(str(data))!r}")
        return data

    def upload_file(self, source: Any, upload_path: str = "kie-provider", file_name: str | None = None) -> str:
        """
        Stream a file to kie.ai's File Upload API (file-stream-upload) and return the stored file's URL.

        The file is streamed as multipart, never read whole into memory. Without ``file_name`` it is
        stored as ``{name}-{content hash}{ext}``, so a retried upload overwrites only itself. kie.ai
        deletes uploads after 3 days.

        :param source: a local path, an ``ObjectStoragePath``, a storage URI (``file://``, ``s3://`` ...)
            or bytes.
        :param upload_path: the folder on kie.ai's upload storage, without leading or trailing slash.
        :param file_name: the stored file's name (a repeated name overwrites the earlier file).
        """
        from kie_provider import files

        src = source if isinstance(source, files.FileSource) else files.open_source(source)
        mime = (files.sniff_types(src.head()) or ("application/octet-stream",))[0]
        name = file_name or files.upload_file_name(src, mime)
        body = files.MultipartBody(api.upload_fields(upload_path, name), src, name, mime)
        data = self._send(api.stream_upload_request(self.config, body.open, body.content_type))
        return api.read_upload_url(data)

    def upload_from_url(self, url: str, upload_path: str = "kie-provider", file_name: str | None = None) -> str:
        """
        Have kie.ai fetch an http(s) URL into its upload storage (file-url-upload); return the stored URL.

        :param url: the file's http(s) URL (kie.ai downloads it: 30 s timeout, about 100 MB).
        :param upload_path: the folder on kie.ai's upload storage, without leading or trailing slash.
        :param file_name: the stored file's name (a repeated name overwrites the earlier file).
        """
        data = self._send(api.url_upload_request(self.config, url, upload_path, file_name))
        return api.read_upload_url(data)

    def test_connection(self) -> tuple[bool, str]:
        """Check the API key against kie.ai (the UI's Test button and ``airflow connections test``)."""
        try:
            credits = self.get_credits()
        except Exception as exc:  # the UI shows the message; it must not raise
            message = getattr(exc, "message", None) or f"{type(exc).__name__}"
            return False, f"kie.ai connection failed: {message}"
        return True, f"Connected to kie.ai at {self.config.base_url}: {credits:g} credits left"

    def verify_webhook(self, headers: Mapping[str, Any], body: bytes | str, tolerance: float = 300) -> KieTask:
        """
        Verify a kie.ai callback with the connection's ``webhook_hmac_secret``; return its task record.

        See :func:`kie_provider.webhooks.verify_webhook`.

        :param headers: the callback's request headers.
        :param body: the callback's raw body.
        :param tolerance: how far, in seconds, its timestamp may be from now.
        """
        from kie_provider.webhooks import verify_webhook

        return verify_webhook(headers, body, self.config.webhook_hmac_key or "", tolerance=tolerance)


# One pooled httpx client per event loop and connection configuration, shared by every trigger in
# the triggerer process: a thousand deferred tasks must not mean a thousand TLS handshakes a minute.
_ASYNC_CLIENTS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[KieConnectionConfig, httpx.AsyncClient]] = (
    weakref.WeakKeyDictionary()
)
ASYNC_POOL_SIZE = 100
# Connections per sub-pool of ShardedPoolTransport, and how long an idle one is kept (longer than
# a fixed 5 s poll interval, so that steady polling reuses connections instead of reopening them).
ASYNC_SHARD_SIZE = 2
ASYNC_KEEPALIVE_EXPIRY = 30.0


class _ReleasingStream(httpx.AsyncByteStream):
    """A response body that gives its connection slot back when it is closed."""

    def __init__(self, stream: Any, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release: Callable[[], None] | None = release

    async def __aiter__(self) -> Any:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()


class ShardedPoolTransport(httpx.AsyncBaseTransport):
    """
    An ``httpx`` transport holding at most ``max_connections`` connections, in small sub-pools.

    httpcore's pool does work quadratic in its number of connections on every request and response;
    with a hundred connections that is milliseconds of CPU per poll. Spreading them over sub-pools of
    ``shard_size`` keeps that cost small for the same bound. A semaphore admits at most
    ``max_connections`` requests at once and each goes to the sub-pool with the most free slots, so
    no request ever waits in httpcore's own (linearly scanned) queue.

    :param max_connections: the most connections (and requests in flight) in all.
    :param shard_size: connections per sub-pool.
    :param keepalive_expiry: seconds an idle connection is kept.
    :param proxy: an HTTP(S) proxy URL, if requests must go through one.
    """

    def __init__(
        self, max_connections: int, shard_size: int, keepalive_expiry: float, proxy: str | None = None
    ) -> None:
        shards = max(1, -(-max_connections // max(1, shard_size)))
        self._sizes = [max_connections // shards + (i < max_connections % shards) for i in range(shards)]
        ssl_context = httpx.create_ssl_context()  # loading the CA bundle once, not once per sub-pool
        self._pools = [
            httpx.AsyncHTTPTransport(
                verify=ssl_context,
                proxy=proxy,
                limits=httpx.Limits(max_connections=n, max_keepalive_connections=n, keepalive_expiry=keepalive_expiry),
            )
            for n in self._sizes
        ]
        self._busy = [0] * shards
        self._slots = asyncio.Semaphore(max_connections)
        self._next = 0

    def _pick(self) -> int:
        # Most free slots; ties rotate, so that every sub-pool keeps its connections warm.
        count = len(self._pools)
        best = self._next
        for step in range(1, count):
            i = (self._next + step) % count
            if self._sizes[i] - self._busy[i] > self._sizes[best] - self._busy[best]:
                best = i
        self._next = (best + 1) % count
        return best

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """
        Send ``request`` on a sub-pool once a slot is free.

        :param request: the request.
        """
        await self._slots.acquire()
        shard = self._pick()
        self._busy[shard] += 1

        def release() -> None:
            self._busy[shard] -= 1
            self._slots.release()

        try:
            response = await self._pools[shard].handle_async_request(request)
        except BaseException:
            release()
            raise
        response.stream = _ReleasingStream(response.stream, release)
        return response

    async def aclose(self) -> None:
        """Close every sub-pool."""
        for pool in self._pools:
            await pool.aclose()


class _NoCookies(httpx.Cookies):
    """An always empty cookie store: kie.ai's API sets no cookies, and triggers sharing a client must not share any."""

    def extract_cookies(self, response: httpx.Response) -> None:
        """
        Keep nothing, and skip the cookie parsing ``httpx`` otherwise does on every response.

        :param response: the response.
        """


class _SharedAsyncClient(httpx.AsyncClient):
    """The shared client: an ``httpx.AsyncClient`` that keeps no cookies."""

    _no_cookies = _NoCookies()

    @property
    def cookies(self) -> httpx.Cookies:
        """Always empty."""
        return self._no_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        raise TypeError("the shared kie.ai client keeps no cookies")


def _environment_proxy(url: str) -> str | None:
    """The proxy that ``HTTPS_PROXY``/``HTTP_PROXY``/``NO_PROXY`` set for ``url``, as ``requests`` reads them."""
    parts = urlsplit(url)
    proxies = urllib.request.getproxies_environment()
    if not parts.hostname or urllib.request.proxy_bypass(parts.hostname):
        return None
    return proxies.get(parts.scheme) or proxies.get("all")


def shared_async_client(config: KieConnectionConfig) -> httpx.AsyncClient:
    """
    The pooled ``httpx.AsyncClient`` of the running event loop for ``config``.

    At most :data:`ASYNC_POOL_SIZE` connections are open (and requests in flight) per client.

    :param config: the connection's configuration.
    """
    loop = asyncio.get_running_loop()
    clients = _ASYNC_CLIENTS.setdefault(loop, {})
    client = clients.get(config)
    if client is None or client.is_closed:
        client = _SharedAsyncClient(
            timeout=httpx.Timeout(config.timeout, connect=api.CONNECT_TIMEOUT),
            transport=ShardedPoolTransport(
                ASYNC_POOL_SIZE, ASYNC_SHARD_SIZE, ASYNC_KEEPALIVE_EXPIRY, proxy=_environment_proxy(config.base_url)
            ),
            headers=config.headers,
        )
        clients[config] = client
    return client


class KieAsyncHook(_KieHookBase):
    """
    The async twin of :class:`KieHook` for triggers: same requests, same answers, ``httpx`` transport.

    :param kie_conn_id: the Airflow connection id.
    :param timeout: read timeout per request in seconds (overrides the connection's extra).
    :param max_retries: retries per request (overrides the connection's extra).
    """

    _config: KieConnectionConfig | None = None

    async def get_config(self) -> KieConnectionConfig:
        """The connection's configuration, read once without blocking the event loop."""
        if self._config is None:
            self._config = self._config_from(await self.aget_connection(self.kie_conn_id))
        return self._config

    async def _send_once(self, request: ApiRequest, config: KieConnectionConfig) -> Any:
        client = shared_async_client(config)
        where = f"kie.ai {request.name}"
        try:
            response = await client.request(request.method, request.url, json=request.json, params=request.params)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise KieConnectionError(f"{where}: could not connect ({type(exc).__name__})", sent=False) from None
        except httpx.TimeoutException:
            raise KieConnectionError(f"{where}: no answer within {config.timeout:g}s", sent=True) from None
        except httpx.HTTPError as exc:
            raise KieConnectionError(
                f"{where}: connection lost before the answer ({type(exc).__name__})", sent=True
            ) from None
        return api.parse_response(request, response.status_code, response.content, response.headers, config.secrets)

    async def _send(self, request: ApiRequest, config: KieConnectionConfig) -> Any:
        policy = self._policy(config)
        attempt = 0
        while True:
            attempt += 1
            try:
                return await self._send_once(request, config)
            except KieError as error:
                await asyncio.sleep(self._retry_decision(request, error, attempt, policy))

    async def get_task(self, task_id: str, *, retry: bool = True) -> KieTask:
        """
        Fetch one task's record.

        :param task_id: kie.ai's taskId.
        :param retry: retry transient failures inside this call (a trigger that polls anyway may not).
        """
        config = await self.get_config()
        request = api.record_info_request(config, task_id)
        data = await (self._send(request, config) if retry else self._send_once(request, config))
        return api.read_task(task_id, data)
