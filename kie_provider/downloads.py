"""Where a result download may go and how much it may write: the guard of every file the provider fetches.

kie.ai hands back file-host URLs, and a file host's redirect is followed by the worker. Without a rule, a
redirect could make a worker fetch from its own machine or network (``127.0.0.1``, the cloud metadata
address ``169.254.169.254``, ``10.0.0.0/8``) and store the answer where a DAG reads it, and an endless body
could fill the disk. The rule: http(s) only; a redirect never leads into a loopback, link-local, private or
otherwise reserved address unless the original URL's host was one too (a local emulator, an internal
file host) or ``[kie] allow_private_downloads`` is set; at most :data:`MAX_REDIRECTS` hops; and no more
than ``[kie] max_download_bytes`` bytes per file.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from kie_provider import sources
from kie_provider.config import CONNECT_TIMEOUT
from kie_provider.exceptions import KieDownloadError
from kie_provider.urls import is_http_url

MAX_REDIRECTS = 5
DEFAULT_MAX_DOWNLOAD_BYTES = 2 * 1024**3


def resolve(host: str) -> list[str]:
    """
    The addresses ``host`` resolves to (the one seam tests replace to stand in for public DNS).

    :param host: a host name or address literal.
    """
    try:
        return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, None)})
    except (OSError, UnicodeError):
        return []


def is_internal(host: str) -> bool:
    """
    Whether ``host`` is, or resolves to, an address of this machine or a private network.

    Loopback, link-local (including ``169.254.169.254``), private, shared, reserved, multicast and
    unspecified addresses count; a host that does not resolve counts too (nothing to check it by).

    :param host: a host name or address literal.
    """
    addresses = resolve(host)
    if not addresses:
        return True
    return any(is_internal_address(text) for text in addresses)


def is_internal_address(text: str) -> bool:
    """
    Whether an address literal (a socket's peer) is loopback, link-local, private, reserved or multicast.

    :param text: an IPv4 or IPv6 address, as ``getpeername()`` gives it.
    """
    address = ipaddress.ip_address(text.split("%")[0])
    address = getattr(address, "ipv4_mapped", None) or address
    return not address.is_global or address.is_multicast


class PrivatePeerError(Exception):
    """A guarded connection reached an internal address (DNS answered differently at connect time)."""


def _checked(sock: Any, host: str) -> Any:
    peer = str(sock.getpeername()[0])
    if is_internal_address(peer):
        sock.close()
        raise PrivatePeerError(host)
    return sock


class _GuardedHTTPConnection(HTTPConnection):
    def _new_conn(self) -> Any:
        return _checked(super()._new_conn(), str(self.host))


class _GuardedHTTPSConnection(HTTPSConnection):
    def _new_conn(self) -> Any:
        return _checked(super()._new_conn(), str(self.host))


class _GuardedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _GuardedHTTPConnection


class _GuardedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _GuardedHTTPSConnection


def guarded_session() -> requests.Session:
    """
    A session whose every new connection is refused, before a byte is sent, when its peer is internal.

    The redirect rule checks a host's addresses before following it; the name is resolved again when the
    connection is made, and a DNS answer that changes in between (DNS rebinding) could still lead into this
    machine or its network. This session checks the address it actually connected to. It serves the hops a
    public original URL redirects to; through a proxy (``HTTPS_PROXY`` ...) the peer is the proxy, and the
    proxy decides where the request goes, so proxied hops are not sent through it.
    """
    session = requests.Session()
    adapter = HTTPAdapter(pool_connections=2, pool_maxsize=4, max_retries=0)
    adapter.poolmanager.pool_classes_by_scheme = {"http": _GuardedHTTPPool, "https": _GuardedHTTPSPool}
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session


def needs_guard(origin: str, target: str, *, allow_private: bool) -> bool:
    """
    Whether the hop to ``target`` must go through :func:`guarded_session`.

    :param origin: the URL the download started from.
    :param target: the URL of this hop.
    :param allow_private: ``[kie] allow_private_downloads``.
    """
    if allow_private or target == origin or is_internal(urlsplit(origin).hostname or ""):
        return False
    return not requests.utils.select_proxy(target, requests.utils.get_environ_proxies(target))


def private_peer_error(origin: str, host: str) -> KieDownloadError:
    """
    The error of a hop that connected to an internal address although its name had resolved to a public one.

    :param origin: the URL the download started from.
    :param host: the hop's host name.
    """
    where = urlsplit(origin).hostname or "?"
    return KieDownloadError(
        f"download of a result from {where}: {host!r} connected to an address of this machine or a private "
        "network (its DNS answer changed after the check); refused before anything was sent (set [kie] "
        "allow_private_downloads to allow it)"
    )


def next_hop(origin: str, current: str, location: str | None, hops: int, *, allow_private: bool) -> str:
    """
    The URL a redirect from ``current`` leads to, once it passes the rule; else a :class:`KieDownloadError`.

    :param origin: the URL the download started from (kie.ai's result URL).
    :param current: the URL that answered with the redirect.
    :param location: the redirect's ``Location`` header.
    :param hops: redirects followed so far, this one included.
    :param allow_private: ``[kie] allow_private_downloads``.
    """
    where = urlsplit(origin).hostname or "?"
    if not location:
        raise KieDownloadError(f"download of a result from {where}: a redirect without a Location")
    if hops > MAX_REDIRECTS:
        raise KieDownloadError(f"download of a result from {where}: more than {MAX_REDIRECTS} redirects")
    target = urljoin(current, location)
    if not is_http_url(target):
        raise KieDownloadError(f"download of a result from {where}: redirected to a URL that is not http(s)")
    host = urlsplit(target).hostname or ""
    if not allow_private and is_internal(host) and not is_internal(urlsplit(origin).hostname or ""):
        raise KieDownloadError(
            f"download of a result from {where}: redirected to {host!r}, an address of this machine or a private "
            "network; refused (set [kie] allow_private_downloads to allow it)"
        )
    return target


def fetch(
    fetch_url: str, url: str, session_for: Callable[[bool], requests.Session], timeout: float
) -> requests.Response:
    """
    GET ``fetch_url`` (streamed), following only the redirects :func:`next_hop` allows; return the last answer.

    A hop that :func:`needs_guard` goes through the guarded session, which refuses an internal peer.

    :param fetch_url: the URL to fetch (kie.ai's result URL, or its signed download link).
    :param url: the result's URL, for messages.
    :param session_for: the session of a hop: the guarded one when given ``True``.
    :param timeout: the read timeout in seconds.
    """
    allow_private, _ = settings()
    current, hops = fetch_url, 0
    while True:
        session = session_for(needs_guard(fetch_url, current, allow_private=allow_private))
        try:
            # No kie.ai headers: the API key goes to kie.ai only, never to a file host.
            response = session.get(current, stream=True, allow_redirects=False, timeout=(CONNECT_TIMEOUT, timeout))
        except PrivatePeerError as refused:
            raise private_peer_error(fetch_url, str(refused)) from None
        except requests.RequestException as exc:
            raise KieDownloadError(f"could not download {url} ({type(exc).__name__})", transient=True) from None
        if not response.is_redirect:
            return response
        response.close()
        hops += 1
        current = next_hop(fetch_url, current, response.headers.get("Location"), hops, allow_private=allow_private)


def check_size(url: str, written: int, limit: int) -> None:
    """
    Raise :class:`KieDownloadError` once a download has written more than ``limit`` bytes.

    :param url: the result's URL (only its host is named).
    :param written: bytes written so far.
    :param limit: ``[kie] max_download_bytes``.
    """
    if written > limit:
        where = urlsplit(url).hostname or "?"
        raise KieDownloadError(
            f"download of a result from {where} passed [kie] max_download_bytes ({limit} bytes); the partial "
            "file was removed"
        )


def settings() -> tuple[bool, int]:
    """The deployment's ``[kie] allow_private_downloads`` and ``[kie] max_download_bytes``."""
    from airflow.providers.common.compat.sdk import conf

    allow = conf.getboolean("kie", "allow_private_downloads", fallback=False)
    limit = conf.getint("kie", "max_download_bytes", fallback=DEFAULT_MAX_DOWNLOAD_BYTES)
    return allow, limit if limit > 0 else DEFAULT_MAX_DOWNLOAD_BYTES


def write_stream(response: requests.Response, folder: Any, name: str, url: str) -> tuple[str, int]:
    """
    Stream ``response`` into ``folder/name`` through a temporary name; return the path and size.

    At most ``[kie] max_download_bytes`` are written; a broken, short or oversized download leaves no file.

    :param response: the file host's streamed answer.
    :param folder: a local ``Path`` or an ``ObjectStoragePath``.
    :param name: the file's name.
    :param url: the result's URL, for messages.
    """
    temp_name = f".{name}.{uuid.uuid4().hex[:8]}.part"
    temp = folder / temp_name
    final = folder / name
    expected = response.headers.get("Content-Length")
    check_length = expected is not None and expected.isdigit() and not response.headers.get("Content-Encoding")
    written, limit = 0, settings()[1]
    try:
        sink = temp.open("wb")
        try:
            for chunk in response.iter_content(sources.CHUNK):
                check_size(url, written + len(chunk), limit)
                sink.write(chunk)
                written += len(chunk)
        finally:
            sink.close()
        if check_length and written != int(str(expected)):
            raise KieDownloadError(f"download of {url} broke off after {written} of {expected} bytes", transient=True)
        # Tested before Path: on universal-pathlib < 0.3 (Airflow 3.1) ObjectStoragePath subclasses Path.
        if sources.is_object_storage_path(folder):
            folder.joinpath(temp_name).rename(folder.joinpath(name))
        else:
            os.replace(folder / temp_name, folder / name)
    except requests.RequestException as exc:
        raise KieDownloadError(
            f"download of {url} broke off after {written} bytes ({type(exc).__name__})", transient=True
        ) from None
    except OSError as exc:
        raise KieDownloadError(f"could not write {final}: {exc}") from None
    finally:
        try:
            if temp.exists():
                temp.unlink()
        except OSError:
            pass
    return str(final), written
