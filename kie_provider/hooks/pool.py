"""The triggerer's HTTP pool: one shared, bounded ``aiohttp`` session per event loop and kie connection.

A thousand deferred tasks must not mean a thousand TLS handshakes a minute: every trigger of a process
polls through one :class:`SharedAsyncClient`, whose connector holds at most :data:`ASYNC_POOL_SIZE`
keep-alive connections (and as many requests in flight).

The client is ``aiohttp``, not ``httpx``: a status poll is the triggerer's whole per-wait cost, and
``benchmarks/trigger_scale.py`` measured httpx's async stack (httpcore, anyio's TLS stream) at about
1.6 ms of CPU per HTTPS request against 0.18 ms for aiohttp's (a C HTTP parser on asyncio's own TLS
transport), on the same emulator and pool. TLS trust is httpx's (``certifi``, or ``SSL_CERT_FILE`` /
``SSL_CERT_DIR``), as for the requests the synchronous hook sends.
"""

from __future__ import annotations

import asyncio
import contextlib
import urllib.request
import weakref
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import httpx

from kie_provider.config import CONNECT_TIMEOUT, KieConnectionConfig

ASYNC_POOL_SIZE = 100
# How long an idle connection is kept: longer than a fixed 5 s poll interval, so that steady polling
# reuses connections instead of reopening them.
ASYNC_KEEPALIVE_EXPIRY = 30.0


class SharedAsyncClient:
    """
    The pooled async client the triggers of one event loop share for one connection configuration.

    It keeps no cookies (kie.ai's API sets none, and triggers sharing a client must not share any),
    sends the connection's headers with every request, and goes through the proxy the environment
    names for kie.ai's host (``HTTPS_PROXY``/``NO_PROXY``, as ``requests`` reads them).

    :param config: the connection's configuration.
    """

    def __init__(self, config: KieConnectionConfig) -> None:
        self._proxy = _environment_proxy(config.base_url)
        connector = aiohttp.TCPConnector(
            limit=ASYNC_POOL_SIZE,
            keepalive_timeout=ASYNC_KEEPALIVE_EXPIRY,
            ssl=httpx.create_ssl_context(),  # httpx's trust store: certifi unless SSL_CERT_FILE/DIR says otherwise
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            headers=dict(config.headers),
            cookie_jar=aiohttp.DummyCookieJar(),
            # Waiting for a free connection is not bounded (the pool bounds requests in flight, as before).
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=CONNECT_TIMEOUT, sock_read=config.timeout),
            auto_decompress=True,
        )

    def __del__(self) -> None:
        # A loop that ends (dag.test() runs each trigger in a loop of its own) drops its clients unclosed:
        # close the connector without awaiting, so that aiohttp logs no "Unclosed client session" at exit.
        connector = getattr(getattr(self, "_session", None), "connector", None)
        if connector is not None and not connector.closed:
            with contextlib.suppress(Exception):
                connector._close(abort_ssl=True)

    @property
    def is_closed(self) -> bool:
        """Whether :meth:`aclose` was called."""
        return self._session.closed

    async def request(
        self,
        method: str,
        url: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
    ) -> tuple[int, bytes, Mapping[str, str]]:
        """
        Send one request and read its whole answer; return the status, the body and the headers.

        Raises ``aiohttp.ClientError`` (or ``TimeoutError``) when no answer came.

        :param method: the HTTP method.
        :param url: the full URL.
        :param json: the JSON body, if any.
        :param params: the query parameters, if any.
        """
        async with self._session.request(method, url, json=json, params=params, proxy=self._proxy) as response:
            body = await response.read()
            return response.status, body, response.headers

    async def aclose(self) -> None:
        """Close the pooled connections."""
        await self._session.close()


# One pooled client per event loop and connection configuration, shared by every trigger in the
# triggerer process.
_ASYNC_CLIENTS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[KieConnectionConfig, SharedAsyncClient]] = (
    weakref.WeakKeyDictionary()
)


def _environment_proxy(url: str) -> str | None:
    """The proxy that ``HTTPS_PROXY``/``HTTP_PROXY``/``NO_PROXY`` set for ``url``, as ``requests`` reads them."""
    parts = urlsplit(url)
    proxies = urllib.request.getproxies_environment()
    if not parts.hostname or urllib.request.proxy_bypass(parts.hostname):
        return None
    return proxies.get(parts.scheme) or proxies.get("all")


def shared_async_client(config: KieConnectionConfig) -> SharedAsyncClient:
    """
    The pooled :class:`SharedAsyncClient` of the running event loop for ``config``.

    At most :data:`ASYNC_POOL_SIZE` connections are open (and requests in flight) per client.

    :param config: the connection's configuration.
    """
    loop = asyncio.get_running_loop()
    clients = _ASYNC_CLIENTS.setdefault(loop, {})
    client = clients.get(config)
    if client is None or client.is_closed:
        client = clients[config] = SharedAsyncClient(config)
    return client
