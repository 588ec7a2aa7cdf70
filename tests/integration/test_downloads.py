"""Result downloads: http(s) only, never redirected into this machine or a private network, never past a size cap.

The file hosts here are small local HTTP servers. Where a test needs a *public* original host, only the
address classification of ``127.0.0.1`` is replaced (``downloads.resolve``): the requests still go over
real sockets to the local servers.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kie_provider import downloads
from kie_provider.exceptions import KieDownloadError
from kie_provider.hooks.kie import KieHook

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 5000


class FileHost:
    """A local file host: ``/file`` serves ``body`` as ``content_type``; ``/go?to=URL`` redirects there."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        self.content_type = "image/png"
        self.body = PNG
        host = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                host.hits.append(self.path)
                if self.path.startswith("/go?to="):
                    self.send_response(302)
                    self.send_header("Location", self.path.split("=", 1)[1])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", host.content_type)
                self.send_header("Content-Length", str(len(host.body)))
                self.end_headers()
                self.wfile.write(host.body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hosts() -> Iterator[tuple[FileHost, FileHost]]:
    first, second = FileHost(), FileHost()
    yield first, second
    first.close()
    second.close()


@pytest.fixture
def public_origin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Classify 127.0.0.1 as a public address (a documentation address stands in), ``localhost`` as it is."""
    real = downloads.resolve
    monkeypatch.setattr(downloads, "resolve", lambda host: ["93.184.216.34"] if host == "127.0.0.1" else real(host))


def _download(url: str, folder) -> str:
    return KieHook().download_file(url, folder, "result", ".png")


@pytest.mark.parametrize(
    "target",
    ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/file", "http://localhost:{port}/file"],
    ids=["cloud-metadata", "private-range", "loopback"],
)
def test_a_public_file_host_cannot_redirect_the_worker_into_its_own_network(
    emulator, hosts, public_origin, tmp_path, target
):
    origin, inside = hosts
    target = target.format(port=inside.port)
    with pytest.raises(KieDownloadError, match="private network") as raised:
        _download(f"http://127.0.0.1:{origin.port}/go?to={target}", tmp_path)
    assert "allow_private_downloads" in str(raised.value)
    assert inside.hits == [] and list(tmp_path.iterdir()) == []


def test_a_redirect_whose_name_rebinds_to_this_machine_is_refused_before_anything_is_sent(
    emulator, hosts, monkeypatch, tmp_path
):
    # DNS rebinding: when the redirect is checked, "localhost" answers a public address; when the worker
    # connects, it answers 127.0.0.1. The check of the connected address refuses the hop before the request.
    origin, inside = hosts
    monkeypatch.setattr(
        downloads, "resolve", lambda host: ["93.184.216.34"] if host in ("127.0.0.1", "localhost") else []
    )
    with pytest.raises(KieDownloadError, match="DNS answer changed") as raised:
        _download(f"http://127.0.0.1:{origin.port}/go?to=http://localhost:{inside.port}/file", tmp_path)
    assert "allow_private_downloads" in str(raised.value) and not raised.value.transient
    assert origin.hits and inside.hits == [] and list(tmp_path.iterdir()) == []


def test_a_public_redirect_target_is_fetched_through_the_guard(emulator, hosts, monkeypatch, tmp_path):
    # The guard only refuses internal peers: here every address counts as public, so the hop is followed.
    origin, inside = hosts
    monkeypatch.setattr(downloads, "is_internal_address", lambda text: False)
    path = _download(f"http://127.0.0.1:{origin.port}/go?to=http://localhost:{inside.port}/file", tmp_path)
    assert inside.hits == ["/file"] and open(path, "rb").read() == PNG


def test_the_deployment_may_allow_private_redirects(emulator, hosts, public_origin, tmp_path, monkeypatch):
    origin, inside = hosts
    monkeypatch.setenv("AIRFLOW__KIE__ALLOW_PRIVATE_DOWNLOADS", "True")
    path = _download(f"http://127.0.0.1:{origin.port}/go?to=http://localhost:{inside.port}/file", tmp_path)
    assert inside.hits == ["/file"] and open(path, "rb").read() == PNG


def test_a_local_file_host_may_redirect_locally(emulator, hosts, tmp_path):
    # An internal original (a local emulator, an internal file host) may redirect inside the same network.
    origin, inside = hosts
    path = _download(f"http://127.0.0.1:{origin.port}/go?to=http://localhost:{inside.port}/file", tmp_path)
    assert open(path, "rb").read() == PNG


def test_too_many_redirects_and_non_http_targets_are_refused(emulator, hosts, tmp_path):
    origin, _ = hosts
    with pytest.raises(KieDownloadError, match="not http"):
        _download(f"http://127.0.0.1:{origin.port}/go?to=file:///etc/passwd", tmp_path)
    loop = f"http://127.0.0.1:{origin.port}/go?to=" * 7 + f"http://127.0.0.1:{origin.port}/file"
    with pytest.raises(KieDownloadError, match="redirects"):
        _download(loop, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_download_larger_than_the_cap_fails_and_leaves_no_file(emulator, hosts, tmp_path, monkeypatch):
    origin, _ = hosts
    monkeypatch.setenv("AIRFLOW__KIE__MAX_DOWNLOAD_BYTES", "1000")
    with pytest.raises(KieDownloadError, match="max_download_bytes") as raised:
        _download(f"http://127.0.0.1:{origin.port}/file", tmp_path)
    assert "1000 bytes" in str(raised.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content_type", "path"),
    [("text/x-python", "/file"), ("application/x-sh", "/file"), ("application/octet-stream", "/file.sh")],
)
def test_the_stored_file_gets_a_media_extension_only(emulator, hosts, tmp_path, content_type, path):
    origin, _ = hosts
    origin.content_type = content_type
    stored = _download(f"http://127.0.0.1:{origin.port}{path}", tmp_path)
    assert stored.endswith("result.png")
