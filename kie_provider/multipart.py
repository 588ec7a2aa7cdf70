"""The body of a file upload: ``multipart/form-data`` streamed from a :class:`~kie_provider.sources.FileSource`.

Built once per upload; every send of the request (a retry too) reads the file afresh from its start, in
chunks, so an upload of any size holds one chunk in memory.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Mapping
from typing import IO

from kie_provider.sources import CHUNK, FileSource


class MultipartBody:
    """
    A ``multipart/form-data`` body of text fields and one file, streamed from the file in chunks.

    Build it once; :meth:`open` gives a fresh reader for every send, so a retry re-reads the file
    from its start. The length is known in advance when the file's size is, so the request
    carries a ``Content-Length`` instead of being chunked.

    :param fields: the text fields, in order.
    :param source: the file.
    :param file_name: the file part's file name.
    :param mime: the file part's ``Content-Type``.
    :param file_field: the file part's form name.
    """

    def __init__(
        self,
        fields: Mapping[str, str],
        source: FileSource,
        file_name: str,
        mime: str = "application/octet-stream",
        file_field: str = "file",
    ) -> None:
        self.boundary = "kie-" + uuid.uuid4().hex
        quoted = re.sub(r'["\\\r\n]', "_", file_name)
        head = "".join(
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
            for name, value in fields.items()
        )
        head += (
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{quoted}"\r\n'
            f"Content-Type: {mime}\r\n\r\n"
        )
        self._head = head.encode("utf-8")
        self._tail = f"\r\n--{self.boundary}--\r\n".encode()
        self.source = source

    @property
    def content_type(self) -> str:
        """The request's ``Content-Type``, with the boundary."""
        return f"multipart/form-data; boundary={self.boundary}"

    @property
    def length(self) -> int | None:
        """The body's length in bytes, or ``None`` when the file's size is unknown."""
        if self.source.size is None:
            return None
        return len(self._head) + self.source.size + len(self._tail)

    def open(self) -> _MultipartReader:
        """A fresh reader of the whole body."""
        return _MultipartReader(self._head, self.source, self._tail, self.length)


class _MultipartReader:
    """A file-like, iterable view of one multipart body; ``requests`` streams it with ``read``."""

    def __init__(self, head: bytes, source: FileSource, tail: bytes, length: int | None) -> None:
        self._head = head
        self._tail = tail
        self._source = source
        self._length = length
        self._file: IO[bytes] | None = None
        self._stage = 0  # 0 head, 1 file, 2 tail, 3 done
        self._offset = 0
        self._file_read = 0

    def __len__(self) -> int:
        # 0 makes requests fall back to chunked transfer for a file of unknown size.
        return self._length or 0

    def __iter__(self) -> Iterator[bytes]:
        while chunk := self.read(CHUNK):
            yield chunk

    def read(self, n: int = -1) -> bytes:
        """
        Up to ``n`` bytes of the body (at most one chunk at a time when ``n`` is negative).

        :param n: how many bytes.
        """
        n = CHUNK if n is None or n < 0 else n
        while self._stage < 3:
            if self._stage == 0:
                piece = self._head[self._offset : self._offset + n]
                self._offset += len(piece)
                if piece:
                    return piece
                self._stage, self._offset = 1, 0
            elif self._stage == 1:
                if self._file is None:
                    self._file = self._source.open()
                want = n
                if self._source.size is not None:
                    want = min(n, self._source.size - self._file_read)
                piece = self._file.read(want) if want > 0 else b""
                self._file_read += len(piece)
                if piece:
                    return piece
                if self._source.size is not None and self._file_read != self._source.size:
                    raise OSError(
                        f"{self._source.label} changed while uploading: read {self._file_read} of "
                        f"{self._source.size} bytes"
                    )
                self._close_file()
                self._stage = 2
            else:
                piece = self._tail[self._offset : self._offset + n]
                self._offset += len(piece)
                if piece:
                    return piece
                self._stage = 3
        return b""

    def _close_file(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def close(self) -> None:
        """Close the file, if open."""
        self._close_file()
        self._stage = 3
