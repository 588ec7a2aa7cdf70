"""Floor 1: what a file input is, how its type and size are checked, and how names and bodies are made."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kie_provider.catalogue import IMAGE_TYPES, FieldSpec
from kie_provider.multipart import MultipartBody
from kie_provider.sources import (
    check_source,
    is_under_roots,
    is_upload_source,
    open_source,
    result_extension,
    safe_file_stem,
    sniff_types,
    upload_file_name,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
IMAGE = FieldSpec("image_url", "url", "An image.", accept=IMAGE_TYPES, max_bytes=100)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://a/b.png", False),
        ("/data/a.png", True),
        ("./a.png", True),
        ("folder/a.png", True),
        ("a.png", True),
        ("s3://conn@bucket/a.png", True),
        ("file:///tmp/a.png", True),
        ("just words", False),
        (b"bytes", True),
        (Path("a.png"), True),
        (42, False),
    ],
)
def test_what_counts_as_a_file_to_upload(value, expected):
    assert is_upload_source(value) is expected


def test_types_are_told_by_content_not_by_name():
    assert sniff_types(PNG) == ("image/png",)
    assert sniff_types(b"\xff\xd8\xff\xe0") == ("image/jpeg",)
    assert sniff_types(b"RIFF\x00\x00\x00\x00WAVEfmt ") == ("audio/wav", "audio/x-wav")
    assert sniff_types(b"ID3\x04") == ("audio/mpeg",)
    assert sniff_types(b"\x00\x00\x00\x18ftypisom") == ("video/mp4", "audio/mp4")
    assert sniff_types(b"hello") == ()


def test_checks_report_size_and_type_without_the_bytes(tmp_path):
    (tmp_path / "a.png").write_bytes(PNG)
    assert check_source(IMAGE, open_source(str(tmp_path / "a.png"))) == ("image/png", None)
    (tmp_path / "secret.png").write_text("password=hunter2")
    mime, problem = check_source(IMAGE, open_source(tmp_path / "secret.png"))
    assert mime is None and "text" in problem and "hunter2" not in problem
    mime, problem = check_source(IMAGE, open_source(b"\x89PNG" + b"0" * 200))
    assert mime is None and "larger than" in problem
    assert check_source(IMAGE, open_source(b""))[1] == "the file is empty"


def test_missing_files_name_themselves():
    with pytest.raises(FileNotFoundError, match="nope.png"):
        open_source("/no/such/dir/nope.png")
    with pytest.raises(ValueError):
        open_source("https://a/b.png")


def test_upload_names_come_from_the_content():
    a = upload_file_name(open_source(PNG), "image/png")
    assert a == upload_file_name(open_source(PNG), "image/png") and a.endswith(".png")
    assert a != upload_file_name(open_source(PNG + b"1"), "image/png")


def test_the_multipart_body_is_streamed_whole_and_its_length_is_known():
    body = MultipartBody({"uploadPath": "p"}, open_source(PNG), "a.png", "image/png")
    reader = body.open()
    data = b"".join(iter(lambda: reader.read(7), b""))
    assert len(data) == body.length and PNG in data and b'name="uploadPath"\r\n\r\np\r\n' in data
    assert data.endswith(f"--{body.boundary}--\r\n".encode())
    assert b"".join(body.open()) == data  # a retry re-reads from the start


def test_roots(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    os.symlink(tmp_path, root / "escape")
    roots = (str(root), "s3://c@b/in")
    assert is_under_roots(str(root / "a.png"), roots)
    assert not is_under_roots(str(root / "escape" / "a.png"), roots)
    assert not is_under_roots(str(root / ".." / "a.png"), roots)
    assert is_under_roots("s3://c@b/in/x/a.png", roots) and not is_under_roots("s3://c@b/in/../a.png", roots)
    assert not is_under_roots("s3://c@b/inx/a.png", roots)


def test_names_and_extensions_of_results():
    assert safe_file_stem("../../etc/passwd") == "etc_passwd"
    assert safe_file_stem("///") == "result"
    assert result_extension("image/webp; q=1", "https://f/x", ".png") == ".webp"
    assert result_extension("application/octet-stream", "https://f/x.JPG?sig", ".png") == ".jpg"
    assert result_extension(None, "https://f/x", ".mp4") == ".mp4"
