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
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests

from kie_provider import sources
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
    for text in addresses:
        address = ipaddress.ip_address(text.split("%")[0])
        mapped = getattr(address, "ipv4_mapped", None)
        address = mapped or address
        if not address.is_global or address.is_multicast:
            return True
    return False


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
