"""The triggerer's HTTP pool: one shared, bounded ``httpx.AsyncClient`` per event loop and kie connection.

A thousand deferred tasks must not mean a thousand TLS handshakes a minute, nor a connection pool
whose bookkeeping grows with its size: every trigger of a process polls through one client whose
transport holds at most :data:`ASYNC_POOL_SIZE` connections in small sub-pools.
"""

from __future__ import annotations

import asyncio
import urllib.request
import weakref
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx

from kie_provider.config import CONNECT_TIMEOUT, KieConnectionConfig

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
            timeout=httpx.Timeout(config.timeout, connect=CONNECT_TIMEOUT),
            transport=ShardedPoolTransport(
                ASYNC_POOL_SIZE, ASYNC_SHARD_SIZE, ASYNC_KEEPALIVE_EXPIRY, proxy=_environment_proxy(config.base_url)
            ),
            headers=config.headers,
        )
        clients[config] = client
    return client
