"""What a file input or output is, and how it is checked: sources, type sniffing, multipart bodies, safe names, roots.

A file field of the catalogue takes an http(s) URL (sent as it is), or a local path, an
``ObjectStoragePath``, a storage URI (``file://``, ``s3://`` ...) or bytes, which are checked here
(type by content, size) and streamed as multipart by the hook. Nothing here sends a request; files
are opened only when a caller asks for their bytes.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import re
import stat
import sys
import tempfile
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import urlsplit

from kie_provider.exceptions import KieValidationError
from kie_provider.urls import has_http_scheme

if TYPE_CHECKING:
    from kie_provider.catalogue import FieldSpec

CHUNK = 256 * 1024
DEFAULT_UPLOAD_PATH = "kie-provider"
SNIFF_BYTES = 64

_STORAGE_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_BARE_FILE_NAME = re.compile(r"^[^\s/\\]+\.[A-Za-z0-9]{1,5}$")
_URL_EXTENSION = re.compile(r"^\.[A-Za-z0-9]{1,5}$")
EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
    "video/webm": ".webm",
    "audio/mpeg": ".mp3",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "audio/aac": ".aac",
    "audio/mp4": ".m4a",
    "audio/ogg": ".ogg",
}
#: Answers of a file host that are an error page, not the file.
NOT_A_FILE = ("application/json", "text/html", "text/plain", "application/xml", "text/xml")
#: Every extension a downloaded result may get: the media types above and their common spellings.
MEDIA_EXTENSIONS = frozenset({*EXTENSIONS.values(), ".jpeg", ".jfif", ".m4v", ".flac", ".opus", ".weba", ".avif"})
_STORAGE_PATH_MODULES = ("airflow.sdk.io.path", "airflow.io.path")


def _object_storage_path() -> type:
    # Imported when first needed: airflow.sdk's ObjectStoragePath pulls in fsspec and universal-pathlib,
    # which a DAG file that only names http(s) URLs should not pay for.
    from airflow.sdk import ObjectStoragePath

    return ObjectStoragePath


def is_object_storage_path(value: Any) -> bool:
    """
    Whether ``value`` is an ``ObjectStoragePath``, without importing it when nothing has made one yet.

    :param value: anything.
    """
    if not any(name in sys.modules for name in _STORAGE_PATH_MODULES):
        return False  # nothing imported the class, so nothing can be an instance of it
    return isinstance(value, _object_storage_path())


def is_storage_uri(text: str) -> bool:
    """
    Whether ``text`` starts with a URI scheme (``s3://``, ``file://``, ``https://`` ...).

    :param text: a path or URI.
    """
    return bool(_STORAGE_URI.match(text))


def is_upload_source(value: Any) -> bool:
    """
    Whether ``value`` is a file to upload rather than a URL: bytes, a path object or a path-like string.

    Purely syntactic (no file system or network access), so it can run when a DAG is parsed. A
    string counts when it is a storage URI other than http(s) (``file://``, ``s3://`` ...), an
    absolute or ``~``/``./``-relative path, a relative path with a folder, or a bare file name with
    an extension.

    :param value: the value of a file field.
    """
    if isinstance(value, (bytes, bytearray, memoryview, os.PathLike)) or is_object_storage_path(value):
        return True
    if not isinstance(value, str):
        return False
    text = value.strip()
    if not text or text.lower().startswith(("http:", "https:")):
        return False
    if is_storage_uri(text) or text.startswith(("/", "~", "./", "../")):
        return True
    return "/" in text or "\\" in text or bool(_BARE_FILE_NAME.match(text))


@dataclass(frozen=True)
class FileSource:
    """
    One input file to upload: how to open it, what to call it and how big it is.

    :param label: how messages name it (the path or URI, or ``<N bytes>``).
    :param name: its file name, if it has one.
    :param size: its size in bytes, if known.
    :param opener: opens a fresh binary reader at the start of the file.
    :param closer: releases what the source holds open (a local file's one handle), if anything.
    """

    label: str
    name: str | None
    size: int | None
    opener: Callable[[], IO[bytes]]
    closer: Callable[[], Any] | None = None

    def open(self) -> IO[bytes]:
        """A fresh binary reader at the start of the file."""
        return self.opener()

    def close(self) -> None:
        """Release the source's open handle, if it holds one (further reads then fail)."""
        if self.closer is not None:
            self.closer()

    def head(self, n: int = SNIFF_BYTES) -> bytes:
        """
        The first bytes of the file, to tell its type.

        :param n: how many bytes.
        """
        with self.open() as fh:
            return fh.read(n)

    def sha256(self) -> str:
        """The file's SHA-256, read in chunks."""
        digest = hashlib.sha256()
        with self.open() as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest()


class _HandleReader(io.RawIOBase):
    """A reader of its own over one open file handle: reads at its own offset, closing it leaves the handle open."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd
        self._offset = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = os.pread(self._fd, len(buffer), self._offset)
        buffer[: len(data)] = data
        self._offset += len(data)
        return len(data)


def handle_path(fd: int) -> str:
    """
    The real path of the file an open handle refers to, as the kernel knows it (not as a name resolves now).

    :param fd: the open file descriptor.
    """
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        import fcntl

        if not hasattr(fcntl, "F_GETPATH"):  # neither /proc nor macOS's F_GETPATH: the path cannot be told
            raise PermissionError("cannot tell which file the opened handle refers to") from None
        return fcntl.fcntl(fd, fcntl.F_GETPATH, bytes(1024)).rstrip(b"\0").decode()


def check_handle_under_roots(fd: int, label: str, roots: tuple[str, ...]) -> None:
    """
    Refuse an opened file unless the file the handle refers to lies under one of ``roots``.

    The check reads the handle's own path, so a name re-pointed (a symlink swapped) after the open
    changes nothing: every later read uses the same handle.

    :param fd: the open file descriptor.
    :param label: how messages name the file.
    :param roots: local folders (storage URI prefixes are skipped).
    """
    if not _real_under_roots(handle_path(fd), roots):
        raise PermissionError(f"{label!r} opens a file outside [kie] templated_file_roots")


def _open_handle(path: Path, label: str, roots: tuple[str, ...] | None) -> tuple[int, int]:
    """Open a local file once (no symlink as the last component when ``roots`` apply); return ``(fd, size)``."""
    flags = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0)  # a FIFO never blocks
    if roots is not None:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise FileNotFoundError(f"no such local file {label!r}") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP and roots is not None:
            raise PermissionError(
                f"{label!r} is a symbolic link; a templated value must name the file itself"
            ) from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise IsADirectoryError(f"{label!r} is not a file")
        if roots is not None:
            check_handle_under_roots(fd, label, roots)
    except BaseException:
        os.close(fd)
        raise
    return fd, info.st_size


def _local_source(path: Path, label: str, roots: tuple[str, ...] | None = None) -> FileSource:
    """A local file opened once: the root check (if ``roots`` apply), sniffing, hashing and upload share one handle."""
    fd, size = _open_handle(path.expanduser(), label, roots)
    holder = _HandleReader(fd)  # owns the handle: closed by close(), or when the source is collected
    release = weakref.finalize(holder, os.close, fd)

    def reader() -> IO[bytes]:
        if not release.alive:  # never read a closed descriptor's number: another file may hold it now
            raise ValueError(f"{label!r} was closed")
        return _HandleReader(holder._fd)  # type: ignore[return-value]

    return FileSource(label, path.name, size, reader, release)


def _storage_source(path: Any, max_bytes: int | None = None) -> FileSource:
    """
    An object in storage, read once into an unnamed local spool file: sniffing, hashing and upload read the spool.

    Reading the object again for each of them could read another object than the one checked (replaced in
    between). An object larger than ``max_bytes`` is not read at all: its size alone refuses it.
    """
    label = str(path)
    if not path.exists():
        raise FileNotFoundError(f"no such file {label!r} in object storage")
    if not path.is_file():
        raise IsADirectoryError(f"{label!r} is not a file")
    listed = int(path.stat().st_size)
    if max_bytes is not None and listed > max_bytes:
        return FileSource(label, path.name, listed, lambda: io.BytesIO(b""))
    spool = tempfile.TemporaryFile()  # no name: nothing can re-point it
    try:
        with path.open("rb") as remote:
            while chunk := remote.read(CHUNK):
                spool.write(chunk)
                if spool.tell() > listed:
                    raise ValueError(f"{label!r} changed while it was read (more than its {listed} bytes)")
        spool.flush()
        size = spool.tell()
    except BaseException:
        spool.close()
        raise
    holder = _HandleReader(spool.fileno())
    release = weakref.finalize(holder, spool.close)

    def reader() -> IO[bytes]:
        if not release.alive:
            raise ValueError(f"{label!r} was closed")
        return _HandleReader(holder._fd)  # type: ignore[return-value]

    return FileSource(label, path.name, size, reader, release)


def open_source(value: Any, roots: tuple[str, ...] | None = None, max_bytes: int | None = None) -> FileSource:
    """
    Resolve an input file given as bytes, a path, an ``ObjectStoragePath`` or a storage URI.

    Raises ``OSError`` (no such file ...) or ``ValueError`` (not a file source) with a message
    naming it. A local file is opened here, once; every later read uses that handle.

    :param value: the file.
    :param roots: for a value that templating produced: the folders its local file must lie in, checked on
        the opened handle (a symlink as the last component is refused). ``None``: not checked.
    :param max_bytes: the largest file the field takes: an object in storage listed larger is not read.
    """
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        return FileSource(f"<{len(data)} bytes>", None, len(data), lambda: io.BytesIO(data))
    if is_object_storage_path(value):
        return _storage_source(value, max_bytes)
    if isinstance(value, os.PathLike):
        return _local_source(Path(os.fspath(value)), str(os.fspath(value)))
    if isinstance(value, str) and is_upload_source(value):
        text = value.strip()
        if roots is not None and text.lower().startswith("file://"):
            return _local_source(Path(text[len("file://") :]), text, roots)
        if is_storage_uri(text):
            return _storage_source(_object_storage_path()(text), max_bytes)
        return _local_source(Path(text), text, roots)
    raise ValueError(f"{value!r} is neither an http(s) URL nor a file to upload")


def sniff_types(head: bytes) -> tuple[str, ...]:
    """
    The MIME types a file can be, told from its first bytes (its magic numbers), not its name.

    :param head: the file's first bytes (64 are plenty).
    """
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return ("image/png",)
    if head.startswith(b"\xff\xd8\xff"):
        return ("image/jpeg",)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return ("image/webp",)
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return ("image/gif",)
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return ("audio/wav", "audio/x-wav")
    if head.startswith(b"OggS"):
        return ("audio/ogg",)
    if head.startswith(b"ID3"):
        return ("audio/mpeg",)
    if len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xF6) == 0xF0:
        return ("audio/aac",)  # ADTS: frame sync with layer bits 00
    if len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0:
        return ("audio/mpeg",)
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand.startswith((b"M4A", b"M4B")):
            return ("audio/mp4",)
        if brand == b"qt  ":
            return ("video/quicktime",)
        return ("video/mp4", "audio/mp4")
    return ()


def _describe(head: bytes, types: tuple[str, ...]) -> str:
    if types:
        return types[0]
    if not head:
        return "empty"
    # Never the bytes themselves: a message must not publish what a file holds.
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return "unrecognised binary data"
    if all(ch.isprintable() or ch in "\r\n\t" for ch in text):
        return "text"
    return "unrecognised data"


def check_source(spec: FieldSpec, source: FileSource) -> tuple[str | None, str | None]:
    """
    Check one input file against its catalogue field: size and type by content.

    Returns ``(mime_type, None)`` when it may be uploaded, else ``(None, problem)``.

    :param spec: the file field.
    :param source: the file.
    """
    if source.size == 0:
        return None, "the file is empty"
    if spec.max_bytes is not None and source.size is not None and source.size > spec.max_bytes:
        return None, (
            f"{source.size} bytes is larger than kie.ai's limit of {spec.max_bytes} bytes "
            f"({spec.max_bytes / 1024 / 1024:g} MB)"
        )
    try:
        head = source.head()
    except OSError as exc:
        return None, f"cannot read it: {exc}"
    types = sniff_types(head)
    if spec.accept and not any(t in spec.accept for t in types):
        return None, f"its content is {_describe(head, types)}, not one of {', '.join(spec.accept)}"
    accepted = [t for t in types if not spec.accept or t in spec.accept]
    return (accepted[0] if accepted else "application/octet-stream"), None


def _safe_stem(name: str | None) -> str:
    stem = os.path.splitext(name or "")[0]
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem)[:48].strip("-.")
    return stem or "upload"


def upload_file_name(source: FileSource, mime: str | None = None) -> str:
    """
    The fileName a source is uploaded as: ``{stem}-{content hash}{ext}``.

    kie.ai overwrites a repeated fileName, so the name is derived from the content: a retry
    overwrites its own earlier upload with the same bytes, and two different files never collide.

    :param source: the file.
    :param mime: its MIME type, for the extension (else the source name's extension).
    """
    ext = EXTENSIONS.get(mime or "", "")
    if not ext and source.name:
        suffix = os.path.splitext(source.name)[1]
        ext = suffix if _URL_EXTENSION.match(suffix) else ""
    return f"{_safe_stem(source.name)}-{source.sha256()[:16]}{ext}"


def is_under_roots(value: str, roots: tuple[str, ...]) -> bool:
    """
    Whether a local path or storage URI lies under one of ``roots`` (after resolving ``..`` and symlinks).

    :param value: the path or URI a file field names.
    :param roots: local folders and storage URI prefixes.
    """
    text = value.strip()
    local = not is_storage_uri(text) or text.lower().startswith("file://")
    if local:
        path = text[len("file://") :] if text.lower().startswith("file://") else text
        return _real_under_roots(os.path.realpath(os.path.expanduser(path)), roots)
    scheme, rest = text.split("://", 1)
    if any(part in (".", "..") for part in rest.split("/")):
        return False
    for root in roots:
        if "://" not in root:
            continue
        root_scheme, root_rest = root.split("://", 1)
        prefix = root_rest.rstrip("/") + "/"
        if root_scheme.lower() == scheme.lower() and (rest + "/").startswith(prefix):
            return True
    return False


def _real_under_roots(real: str, roots: tuple[str, ...]) -> bool:
    """Whether an already resolved local path lies in one of the local ``roots`` (resolved here)."""
    for root in roots:
        if is_storage_uri(root) and not root.lower().startswith("file://"):
            continue
        base = os.path.realpath(os.path.expanduser(root[len("file://") :] if "://" in root else root))
        if real == base or real.startswith(base.rstrip(os.sep) + os.sep):
            return True
    return False


def safe_file_stem(text: str) -> str:
    """
    A file name stem made of safe characters only, from a taskId or URL that kie.ai (or a gateway) sent.

    :param text: the untrusted name.
    """
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_")[:120]
    return stem or "result"


def result_extension(content_type: str | None, url: str, default: str) -> str:
    """
    The extension of a downloaded result: from its ``Content-Type``, else its URL, else ``default``.

    :param content_type: the response's ``Content-Type``.
    :param url: the result's URL.
    :param default: the catalogue's extension for the model's output.
    """
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in EXTENSIONS:
        return EXTENSIONS[mime]
    # Only a media extension is ever written: a file host's Content-Type or URL naming .py, .sh or .html
    # must not make a worker write an executable or a page.
    suffix = os.path.splitext(urlsplit(url).path)[1].lower()
    if suffix in MEDIA_EXTENSIONS:
        return suffix
    return default


def resolve_output_path(value: Any) -> Any:
    """
    The folder results are written to: a local ``Path``, or an ``ObjectStoragePath`` for a storage URI.

    :param value: a local path (string or path object), a storage URI or an ``ObjectStoragePath``.
    """
    if is_object_storage_path(value):
        return value
    if isinstance(value, os.PathLike):
        return Path(os.fspath(value)).expanduser().absolute()
    if isinstance(value, str) and value.strip():
        text = value.strip()
        if is_storage_uri(text):
            if has_http_scheme(text):
                raise KieValidationError(
                    f"output_path {text!r} is an http(s) URL; give a local folder or a storage URI",
                    problems=[("output_path", text, "a local folder, a storage URI or an ObjectStoragePath")],
                )
            return _object_storage_path()(text)
        return Path(text).expanduser().absolute()
    raise KieValidationError(
        f"output_path {value!r} is not a folder",
        problems=[("output_path", value, "a local folder, a storage URI or an ObjectStoragePath")],
    )
