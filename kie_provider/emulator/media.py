"""
The emulator's media: the files it "generates" (a valid PNG, an MP4 head, an MP3 stream) and
MIME sniffing of uploaded bytes. Pure functions, no state.
"""

from __future__ import annotations

import functools
import hashlib
import struct
import zlib
from collections.abc import Iterator

CHUNK = 64 * 1024
_ZEROS = bytes(CHUNK)


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


def _mp3(seed: str, frames: int = 40) -> bytes:
    """An ID3v2 tag, then ``frames`` MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz; ~1 s) of ``seed``'s bytes."""
    tag = b"ID3\x04\x00\x00" + bytes(4)  # ID3v2.4 header, no frames in the tag
    header = bytes((0xFF, 0xFB, 0x90, 0x64))  # sync, MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, no padding
    frame_length = 144 * 128_000 // 44_100  # 417 bytes
    payload = (hashlib.sha256(seed.encode()).digest() * 14)[: frame_length - len(header)]
    return tag + (header + payload) * frames


def generated_file(seed: str, output_type: str, total: int | None) -> tuple[int, Iterator[bytes]]:
    """
    Return ``(length, chunks)`` of one generated file, padded to ``total`` bytes if given.

    :param seed: decides the content (the emulator uses ``taskId/index``).
    :param output_type: the MIME type to produce; ``video/...`` gives an MP4, ``audio/...`` an MP3,
        anything else a PNG.
    :param total: pad the file with zeros to this many bytes; ``None`` for its natural size.
    """
    if output_type.startswith("audio/"):
        mp3 = _mp3(seed)
        length = len(mp3) if total is None else max(total, len(mp3))
        return length, _chunks(mp3, length)
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


def file_chunks(path: str) -> Iterator[bytes]:
    """
    Yield a file on disk in chunks of 64 KiB.

    :param path: the file.
    """
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(CHUNK)
            if not chunk:
                return
            yield chunk
