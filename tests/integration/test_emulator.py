"""Tests of the kie.ai emulator, over real HTTP: the API, uploads, files, faults, callbacks and control."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests

from kie_provider.catalogue import CATALOGUE
from kie_provider.emulator import Fault, KieEmulator
from kie_provider.models import KieTask, KieTaskState

KEY = "test-key-0123456789"
TOPAZ = "topaz/image-upscale"
SEEDREAM = "bytedance/seedream-v4-text-to-image"
KLING = "kling/v1-avatar-standard"
VIDEO = "bytedance/v1-pro-fast-image-to-video"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def emu() -> Iterator[KieEmulator]:
    """A fast emulator: tasks finish in about 0.2 s."""
    with KieEmulator(api_key=KEY, credits=1000.0, durations=(0.05, 0.05, 0.1)) as emulator:
        yield emulator


@pytest.fixture
def http() -> Iterator[requests.Session]:
    """A session that sends the emulator's API key."""
    with requests.Session() as session:
        session.headers["Authorization"] = f"Bearer {KEY}"
        yield session


def example(model: str) -> dict[str, Any]:
    """The catalogue's documented example input of ``model``."""
    return json.loads(json.dumps(CATALOGUE[model].example_input))


def create(
    http: requests.Session, emu: KieEmulator, model: str = TOPAZ, inp: dict[str, Any] | None = None, **extra: Any
) -> requests.Response:
    """POST a createTask request; :param extra: more top-level fields, e.g. ``callBackUrl``."""
    body = {"model": model, **extra, "input": example(model) if inp is None else inp}
    return http.post(f"{emu.url}/api/v1/jobs/createTask", json=body, timeout=10)


def create_id(http: requests.Session, emu: KieEmulator, model: str = TOPAZ, **kw: Any) -> str:
    """Create a task and return its id, asserting it was accepted."""
    answer = create(http, emu, model, **kw).json()
    assert answer["code"] == 200, answer
    return str(answer["data"]["taskId"])


def record(http: requests.Session, emu: KieEmulator, task_id: str) -> dict[str, Any]:
    """recordInfo's whole answer."""
    answer: dict[str, Any] = http.get(
        f"{emu.url}/api/v1/jobs/recordInfo", params={"taskId": task_id}, timeout=10
    ).json()
    return answer


def wait_done(http: requests.Session, emu: KieEmulator, task_id: str, limit: float = 5.0) -> dict[str, Any]:
    """Poll until the task ends; return its record."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        data: dict[str, Any] = record(http, emu, task_id)["data"]
        if data["state"] in ("success", "fail"):
            return data
        time.sleep(0.03)
    raise AssertionError(f"task {task_id} did not finish in {limit} s")


def parse_png(blob: bytes) -> tuple[int, int, bytes]:
    """Check a PNG's structure and CRCs; return width, height and the decompressed image data."""
    assert blob[:8] == PNG_SIGNATURE
    pos, chunks = 8, []
    while pos < len(blob):
        (length,) = struct.unpack(">I", blob[pos : pos + 4])
        kind, data = blob[pos + 4 : pos + 8], blob[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", blob[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + data) & 0xFFFFFFFF, kind
        chunks.append((kind, data))
        pos += 12 + length
        if kind == b"IEND":
            break
    assert chunks[0][0] == b"IHDR" and chunks[-1][0] == b"IEND"
    width, height, depth, colour = struct.unpack(">IIBB", chunks[0][1][:10])
    assert (depth, colour) == (8, 2)
    raw = zlib.decompress(b"".join(d for k, d in chunks if k == b"IDAT"))
    return width, height, raw


# --- authentication and routing -------------------------------------------------------------


def test_missing_or_wrong_key_is_401(emu: KieEmulator) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": KEY}):
        for method, path in (
            ("POST", "/api/v1/jobs/createTask"),
            ("GET", "/api/v1/jobs/recordInfo?taskId=x"),
            ("GET", "/api/v1/chat/credit"),
            ("POST", "/api/v1/common/download-url"),
            ("POST", "/api/file-base64-upload"),
            ("GET", "/_emulator/stats"),
        ):
            answer = requests.request(method, emu.url + path, headers=headers, json={}, timeout=5)
            assert answer.status_code == 401, path
            assert answer.json() == {"code": 401, "msg": "You do not have access permissions", "data": None}
    assert emu.stats()["tasks_created"] == 0


def test_unknown_path_and_task(emu: KieEmulator, http: requests.Session) -> None:
    answer = http.get(f"{emu.url}/api/v1/nothing", timeout=5)
    assert answer.status_code == 404 and answer.json()["code"] == 404 and answer.json()["msg"] == "not found"
    missing = http.get(f"{emu.url}/api/v1/jobs/recordInfo", params={"taskId": "f" * 32}, timeout=5)
    assert missing.status_code == 200 and missing.json()["code"] == 404
    assert missing.json()["msg"] == "task not found"


# --- the task lifecycle ---------------------------------------------------------------------


def test_states_progress_to_success_with_a_valid_png(http: requests.Session) -> None:
    with KieEmulator(api_key=KEY, credits=100, durations=(0.3, 0.3, 0.3)) as emu:
        before = time.time()
        answer = create(http, emu, TOPAZ)
        assert answer.status_code == 200
        body = answer.json()
        assert body["code"] == 200 and body["message"] == "success" and "msg" not in body
        task_id = body["data"]["taskId"]
        assert len(task_id) == 32 and int(task_id, 16) >= 0

        seen = []
        for at in (0.1, 0.45, 0.75, 1.1):
            time.sleep(max(0.0, before + at - time.time()))
            seen.append(record(http, emu, task_id)["data"]["state"])
        assert seen == ["waiting", "queuing", "generating", "success"]

        answer_json = record(http, emu, task_id)
        assert answer_json["code"] == 200 and answer_json["msg"] == "success"
        data = answer_json["data"]
        assert isinstance(data["param"], str) and isinstance(data["resultJson"], str)
        assert json.loads(data["param"]) == {"model": TOPAZ, "input": example(TOPAZ)}
        urls = json.loads(data["resultJson"])["resultUrls"]
        assert len(urls) == 1 and urls[0].startswith(emu.url) and urls[0].endswith(".png")
        assert data["consumeCredits"] == 10 and data["remainedCredits"] == 90
        assert data["createTime"] <= data["updateTime"] <= data["completeTime"]
        assert abs(data["createTime"] / 1000 - before) < 1
        assert isinstance(data["costTime"], int)
        assert "failCode" not in data

        task = KieTask.from_record(data)
        assert task.state is KieTaskState.SUCCESS and task.result_urls == urls
        assert task.input == example(TOPAZ)

        image = requests.get(urls[0], timeout=5)  # public: no key
        assert image.status_code == 200 and image.headers["Content-Type"] == "image/png"
        assert int(image.headers["Content-Length"]) == len(image.content)
        width, height, raw = parse_png(image.content)
        assert (width, height) == (64, 64) and len(raw) == 64 * (1 + 64 * 3)
        assert emu.stats()["file_downloads"] == 1


def test_images_differ_between_tasks_and_seedream_makes_max_images(emu: KieEmulator, http: requests.Session) -> None:
    inp = example(SEEDREAM) | {"max_images": 3}
    first = wait_done(http, emu, create_id(http, emu, SEEDREAM, inp=inp))
    second = wait_done(http, emu, create_id(http, emu, SEEDREAM))
    urls = json.loads(first["resultJson"])["resultUrls"]
    assert len(urls) == 3 and len(json.loads(second["resultJson"])["resultUrls"]) == 1
    blobs = [requests.get(u, timeout=5).content for u in urls]
    blobs.append(requests.get(json.loads(second["resultJson"])["resultUrls"][0], timeout=5).content)
    assert len({hashlib.sha256(b).hexdigest() for b in blobs}) == 4
    assert requests.get(urls[0].replace("/0.png", "/3.png"), timeout=5).status_code == 404


def test_video_models_serve_mp4(emu: KieEmulator, http: requests.Session) -> None:
    for model in (VIDEO, KLING):
        data = wait_done(http, emu, create_id(http, emu, model))
        (url,) = json.loads(data["resultJson"])["resultUrls"]
        assert url.endswith(".mp4")
        video = requests.get(url, timeout=5)
        assert video.headers["Content-Type"] == "video/mp4"
        size, box, brand = struct.unpack(">I4s4s", video.content[:12])
        assert box == b"ftyp" and brand == b"isom" and size >= 16


def test_unknown_model_is_a_generic_image_model(emu: KieEmulator, http: requests.Session) -> None:
    task_id = create_id(http, emu, "someone/new-model", inp={"prompt": "a cat", "whatever": 3})
    data = wait_done(http, emu, task_id)
    assert data["state"] == "success" and data["consumeCredits"] == 10
    (url,) = json.loads(data["resultJson"])["resultUrls"]
    parse_png(requests.get(url, timeout=5).content)


def test_duration_fn_sets_the_total_time(http: requests.Session) -> None:
    def durations(model: str, inp: dict[str, Any]) -> float | None:
        return 0.0 if "now" in str(inp.get("prompt")) else None

    with KieEmulator(api_key=KEY, durations=(5, 5, 5), duration_fn=durations) as emu:
        quick = create_id(http, emu, "x/y", inp={"prompt": "now"})
        slow = create_id(http, emu, "x/y", inp={"prompt": "later"})
        time.sleep(0.05)
        assert record(http, emu, quick)["data"]["state"] == "success"
        assert record(http, emu, slow)["data"]["state"] == "waiting"


# --- failures, hangs and forgotten tasks ----------------------------------------------------


def test_fail_tasks_and_fail_marker(emu: KieEmulator, http: requests.Session) -> None:
    emu.fail_tasks(1, model=KLING, fail_code="422", fail_msg="bad audio")
    emu.fail_tasks(1)
    generic = create_id(http, emu, TOPAZ)  # matches the second order (any model)
    ok = create_id(http, emu, TOPAZ)
    kling = create_id(http, emu, KLING)
    marked = create_id(http, emu, SEEDREAM, inp=example(SEEDREAM) | {"prompt": "please [[fail]] now"})
    records = {tid: wait_done(http, emu, tid) for tid in (generic, ok, kling, marked)}
    assert records[ok]["state"] == "success"
    expected = ((generic, "500", "Internal server error"), (kling, "422", "bad audio"), (marked, "500", None))
    for tid, code, msg in expected:
        data = records[tid]
        assert data["state"] == "fail" and data["failCode"] == code and isinstance(data["failCode"], str)
        assert msg is None or data["failMsg"] == msg
        assert data["consumeCredits"] == 0 and "resultJson" not in data and data["completeTime"]
        assert KieTask.from_record(data).fail_code == code
    assert emu.credits == 1000 - 10  # only the successful topaz task was charged


def test_hang_and_forget(emu: KieEmulator, http: requests.Session) -> None:
    hung = create_id(http, emu, SEEDREAM, inp=example(SEEDREAM) | {"prompt": "[[hang]]"})
    time.sleep(0.4)
    data = record(http, emu, hung)["data"]
    assert data["state"] == "generating" and "completeTime" not in data
    assert emu.forget_task(hung) is True
    assert record(http, emu, hung) == {"code": 404, "msg": "task not found", "data": None}
    assert hung not in emu.tasks()
    assert emu.forget_task(hung) is False


# --- strict wire validation -----------------------------------------------------------------


def test_catalogue_examples_are_accepted_exactly_as_sent(emu: KieEmulator, http: requests.Session) -> None:
    emu.rate_limit = None  # every Market model's example, in one burst
    market = [model for model, spec in CATALOGUE.items() if spec.family == "market"]
    emu.set_credits(10_000.0)
    sent = []
    for model in market:
        body = {"model": model, "callBackUrl": "https://your-domain.com/api/callback", "input": example(model)}
        answer = http.post(f"{emu.url}/api/v1/jobs/createTask", json=body, timeout=5).json()
        assert answer["code"] == 200, (model, answer)
        sent.append(body)
    assert emu.created_requests() == sent
    assert len(sent) == len(market) >= 50 and emu.stats()["created_by_model"] == dict.fromkeys(market, 1)
    # kling's example leaves out the prompt; kie.ai records it as "".
    kling = next(r for r in emu.tasks().values() if r["model"] == KLING)
    assert json.loads(kling["param"])["input"]["prompt"] == ""
    assert "prompt" not in next(r for r in emu.created_requests() if r["model"] == KLING)["input"]


@pytest.mark.parametrize(
    ("model", "change", "field"),
    [
        (TOPAZ, {"upscale_factor": 2}, "upscale_factor"),
        (TOPAZ, {"upscale_factor": "3"}, "upscale_factor"),
        (TOPAZ, {"image_url": None}, "image_url"),
        (SEEDREAM, {"max_images": "2"}, "max_images"),
        (SEEDREAM, {"seed": None}, "seed"),
        (VIDEO, {"duration": 5}, "duration"),
        ("google/nano-banana-edit", {"image_urls": "https://a.example/x.png"}, "image_urls"),
    ],
)
def test_input_not_in_wire_form_is_422(
    emu: KieEmulator, http: requests.Session, model: str, change: dict[str, Any], field: str
) -> None:
    answer = create(http, emu, model, inp=example(model) | change).json()
    assert answer["code"] == 422 and f"input.{field}" in answer["msg"] and model in answer["msg"]
    assert emu.stats()["tasks_created"] == 0 and emu.stats()["create_requests"] == 1


def test_requests_are_judged_by_kie_ai_schemas_not_the_catalogue(emu: KieEmulator, http: requests.Session) -> None:
    # Only the docs list nsfw_checker for seedream-v4-text-to-image, only the seeds upscale_factor "8":
    # kie.ai takes both, so the emulator does, whatever the provider's catalogue says.
    assert create(http, emu, SEEDREAM, inp=example(SEEDREAM) | {"nsfw_checker": False}).json()["code"] == 200
    assert create(http, emu, TOPAZ, inp=example(TOPAZ) | {"upscale_factor": "8"}).json()["code"] == 200
    # A field the docs' schema does not forbid is taken; one a page forbids (additionalProperties) is not.
    assert create(http, emu, TOPAZ, inp=example(TOPAZ) | {"colour": "red"}).json()["code"] == 200
    horse = {"image_urls": ["https://a.example/x.png"], "colour": "red"}
    refused = create(http, emu, "happyhorse-1-1/image-to-video", inp=horse).json()
    assert refused["code"] == 422 and "'colour' was unexpected" in refused["msg"]
    # A value outside the documented range names the field, the value and the bound.
    horse.pop("colour")
    refused = create(http, emu, "happyhorse-1-1/image-to-video", inp={**horse, "duration": 30}).json()
    assert refused["code"] == 422 and "input.duration: got 30; maximum 15" in refused["msg"]
    assert emu.stats()["tasks_created"] == 3


def test_dedicated_apis_are_judged_by_their_documented_schema(emu: KieEmulator, http: requests.Session) -> None:
    answer = http.post(f"{emu.url}/api/v1/veo/generate", json={"prompt": "a cat", "duration": 5}, timeout=5)
    assert answer.json()["code"] == 422 and "duration: got 5; enum [4, 6, 8]" in answer.json()["msg"]
    assert emu.stats()["tasks_created"] == 0


def test_request_shape_errors_are_422(emu: KieEmulator, http: requests.Session) -> None:
    url = f"{emu.url}/api/v1/jobs/createTask"
    for body, word in (
        ({"input": {}}, "model"),
        ({"model": TOPAZ}, "input"),
        ({"model": TOPAZ, "input": example(TOPAZ), "callBackUrl": "ftp://x/y"}, "callBackUrl"),
    ):
        answer = http.post(url, json=body, timeout=5).json()
        assert answer["code"] == 422 and word in answer["msg"]
    answer = http.post(url, data=b"{not json", timeout=5).json()
    assert answer["code"] == 422
    assert emu.stats()["tasks_created"] == 0


# --- credits and rate limit -----------------------------------------------------------------


def test_credits_debited_on_success_and_402_when_out(http: requests.Session) -> None:
    with KieEmulator(api_key=KEY, credits=15, durations=(0, 0, 0.05)) as emu:
        credit = http.get(f"{emu.url}/api/v1/chat/credit", timeout=5).json()
        assert credit == {"code": 200, "msg": "success", "data": 15}
        task_id = create_id(http, emu, TOPAZ)
        assert http.get(f"{emu.url}/api/v1/chat/credit", timeout=5).json()["data"] == 15  # not yet
        wait_done(http, emu, task_id)
        assert http.get(f"{emu.url}/api/v1/chat/credit", timeout=5).json()["data"] == 5
        answer = create(http, emu, TOPAZ).json()
        assert answer["code"] == 402 and "credits" in answer["msg"]
        assert create(http, emu, "google/nano-banana-edit").json()["code"] == 200  # 4 credits: fits
        emu.set_credits(2.5)
        assert emu.credits == 2.5
        assert http.get(f"{emu.url}/api/v1/chat/credit", timeout=5).json()["data"] == 2.5
        assert emu.stats()["credit"] == 4


def test_rate_limit_small_window(http: requests.Session) -> None:
    with KieEmulator(api_key=KEY, rate_limit=(3, 1.0)) as emu:
        for _ in range(3):
            assert create(http, emu).json()["code"] == 200
        limited = create(http, emu)
        assert limited.status_code == 429 and limited.json()["code"] == 429 and limited.json()["msg"]
        assert limited.headers["Retry-After"] == "1"
        stats = emu.stats()
        assert stats["tasks_created"] == 3 and stats["rate_limited"] == 1 and stats["create_requests"] == 4
        time.sleep(1.05)
        assert create(http, emu).json()["code"] == 200


def test_rate_limit_is_set_through_the_control_api(http: requests.Session) -> None:
    with KieEmulator(api_key=KEY) as emu:
        auth = {"Authorization": f"Bearer {KEY}"}
        answer = http.post(f"{emu.url}/_emulator/rate-limit", json={"creates": 2, "window": 0.3}, headers=auth)
        assert answer.json()["code"] == 200 and emu.rate_limit == (2, 0.3)
        assert [create(http, emu).json()["code"] for _ in range(3)] == [200, 200, 429]
        time.sleep(0.35)  # a short window: the test waits 0.35 s, not kie.ai's 10
        assert create(http, emu).json()["code"] == 200
        http.post(f"{emu.url}/_emulator/rate-limit", json={"creates": None}, headers=auth)
        assert emu.rate_limit is None


def test_rate_limit_default_is_20_per_10_seconds(http: requests.Session) -> None:
    with KieEmulator(api_key=KEY) as emu:
        for _ in range(20):
            assert create(http, emu, "x/cheap", inp={}).status_code == 200
        limited = create(http, emu, "x/cheap", inp={})
        assert limited.status_code == 429 and 9 <= int(limited.headers["Retry-After"]) <= 10
        assert emu.stats()["tasks_created"] == 20
    with KieEmulator(api_key=KEY, rate_limit=(1, 10.0), retry_after_header=False) as emu:
        create(http, emu)
        limited = create(http, emu)
        assert limited.status_code == 429 and "Retry-After" not in limited.headers
    with KieEmulator(api_key=KEY, rate_limit=None) as emu:
        assert all(create(http, emu, "x/cheap", inp={}).status_code == 200 for _ in range(25))


# --- faults ---------------------------------------------------------------------------------


def test_fault_code_answers_envelope_and_creates_nothing(emu: KieEmulator, http: requests.Session) -> None:
    emu.add_fault("createTask", Fault("code", code=500))
    emu.add_fault("createTask", Fault("code", code=503, status=503, retry_after=2.2, message="busy"))
    emu.add_fault("createTask", Fault("code", code=455))
    first = create(http, emu)
    assert first.status_code == 200 and first.json()["code"] == 500
    second = create(http, emu)
    assert second.status_code == 503 and second.json() == {"code": 503, "msg": "busy", "data": None}
    assert second.headers["Retry-After"] == "3"
    third = create(http, emu)
    assert third.status_code == 200 and third.json()["code"] == 455 and "Retry-After" not in third.headers
    assert emu.stats()["tasks_created"] == 0 and emu.stats()["create_requests"] == 3
    assert create(http, emu).json()["code"] == 200  # faults used up


def test_fault_latency_still_creates(emu: KieEmulator, http: requests.Session) -> None:
    emu.add_fault("createTask", Fault("latency", delay=0.5))
    with pytest.raises(requests.exceptions.ReadTimeout):
        http.post(f"{emu.url}/api/v1/jobs/createTask", json={"model": TOPAZ, "input": example(TOPAZ)}, timeout=0.2)
    time.sleep(0.5)
    assert emu.stats()["tasks_created"] == 1  # the ambiguous case: created though the client gave up
    emu.add_fault("credit", Fault("latency", delay=0.2))
    started = time.monotonic()
    assert http.get(f"{emu.url}/api/v1/chat/credit", timeout=5).json()["code"] == 200
    assert time.monotonic() - started >= 0.2


@pytest.mark.parametrize(("kind", "created"), [("drop", 0), ("drop_after", 1), ("reset", 0)])
def test_fault_connection_loss(emu: KieEmulator, http: requests.Session, kind: str, created: int) -> None:
    assert http.get(f"{emu.url}/api/v1/chat/credit", timeout=5).ok  # a pooled keep-alive connection
    emu.add_fault("createTask", Fault(kind))
    with pytest.raises(requests.exceptions.ConnectionError):
        create(http, emu)
    stats = emu.stats()
    assert stats["create_requests"] == 1 and stats["tasks_created"] == created
    assert len(emu.tasks()) == created
    assert create(http, emu).json()["code"] == 200  # the next request works again


def test_fault_bodies_html_truncated_malformed(emu: KieEmulator, http: requests.Session) -> None:
    emu.add_fault("recordInfo", Fault("html"))
    emu.add_fault("recordInfo", Fault("truncated"))
    emu.add_fault("recordInfo", Fault("malformed"))
    task_id = create_id(http, emu)
    html = http.get(f"{emu.url}/api/v1/jobs/recordInfo", params={"taskId": task_id}, timeout=5)
    assert html.status_code == 502 and html.headers["Content-Type"].startswith("text/html")
    assert "<html>" in html.text
    cut = http.get(f"{emu.url}/api/v1/jobs/recordInfo", params={"taskId": task_id}, timeout=5)
    assert cut.status_code == 200 and cut.headers["Content-Type"] == "application/json"
    assert int(cut.headers["Content-Length"]) == len(cut.content) > 10
    assert cut.text.startswith('{"code": 200')
    with pytest.raises(ValueError):
        json.loads(cut.text)
    bad = http.get(f"{emu.url}/api/v1/jobs/recordInfo", params={"taskId": task_id}, timeout=5)
    assert bad.status_code == 200 and bad.text == "upstream error"
    with pytest.raises(ValueError):
        bad.json()
    assert record(http, emu, task_id)["code"] == 200
    assert emu.stats()["record_info"] == 4


def test_faults_order_times_wildcard_and_clear(emu: KieEmulator, http: requests.Session) -> None:
    credit = f"{emu.url}/api/v1/chat/credit"
    emu.add_fault("credit", Fault("code", code=500), times=2)
    emu.add_fault("*", Fault("code", code=455))
    codes = [http.get(credit, timeout=5).json()["code"] for _ in range(4)]
    assert codes == [500, 500, 455, 200]
    emu.add_fault("*", Fault("code", code=505), times=None)
    assert [http.get(credit, timeout=5).json()["code"] for _ in range(3)] == [505] * 3
    assert create(http, emu).json()["code"] == 505
    emu.clear_faults()
    assert http.get(credit, timeout=5).json()["code"] == 200
    with pytest.raises(ValueError):
        emu.add_fault("nowhere", Fault("drop"))
    with pytest.raises(ValueError):
        Fault("explode")


# --- uploads and downloads ------------------------------------------------------------------


def _stream(blob: bytes, piece: int = 100_000) -> Iterator[bytes]:
    for start in range(0, len(blob), piece):
        yield blob[start : start + piece]


def _multipart(blob: bytes, fields: dict[str, str], boundary: str = "kieBoundary7MA4YWxk") -> Iterator[bytes]:
    for name, value in fields.items():
        yield f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
    yield (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\n'
        "Content-Type: image/png\r\n\r\n"
    ).encode()
    yield from _stream(blob)
    yield f"\r\n--{boundary}--\r\n".encode()


def test_stream_upload_is_streamed_and_served_back(emu: KieEmulator, http: requests.Session) -> None:
    blob = PNG_SIGNATURE + os.urandom(12 * 1024 * 1024)
    boundary = "kieBoundary7MA4YWxk"
    tracemalloc.start()
    try:
        answer = http.post(
            f"{emu.url}/api/file-stream-upload",
            data=_multipart(blob, {"uploadPath": "kie/inputs", "fileName": "photo.png"}, boundary),
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
            timeout=30,
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The test itself holds the 12 MB blob; the server must not add another copy of it.
    assert peak < 4 * 1024 * 1024, peak
    body = answer.json()
    assert body["success"] is True and body["code"] == 200 and body["msg"] == "File uploaded successfully"
    data = body["data"]
    assert data["fileName"] == "photo.png" and data["filePath"] == "kie/inputs/photo.png"
    assert data["fileSize"] == len(blob) and data["mimeType"] == "image/png" and data["uploadedAt"]
    served = requests.get(data["downloadUrl"], timeout=30)
    assert served.headers["Content-Type"] == "image/png" and served.content == blob
    assert emu.stats()["uploads"] == 1

    # With requests' own multipart encoder; the same fileName overwrites.
    jpeg = b"\xff\xd8\xff\xe0" + os.urandom(5000)
    again = http.post(
        f"{emu.url}/api/file-stream-upload",
        files={"file": ("x.jpg", jpeg, "image/jpeg")},
        data={"uploadPath": "kie/inputs", "fileName": "photo.png"},
        timeout=10,
    ).json()["data"]
    assert again["downloadUrl"] == data["downloadUrl"] and again["mimeType"] == "image/jpeg"
    assert requests.get(data["downloadUrl"], timeout=5).content == jpeg
    unnamed = http.post(
        f"{emu.url}/api/file-stream-upload",
        files={"file": ("voice.ogg", b"OggS" + b"\0" * 100)},
        data={"uploadPath": "a"},
        timeout=10,
    ).json()["data"]
    assert unnamed["fileName"] == "voice.ogg" and unnamed["mimeType"] == "audio/ogg"


def test_stream_upload_missing_parts_is_422(emu: KieEmulator, http: requests.Session) -> None:
    url = f"{emu.url}/api/file-stream-upload"
    no_path = http.post(url, files={"file": ("a.png", b"abc")}, timeout=5).json()
    assert no_path["code"] == 422 and "uploadPath" in no_path["msg"]
    no_file = http.post(url, files={"uploadPath": (None, "x")}, timeout=5).json()
    assert no_file["code"] == 422 and "file" in no_file["msg"]
    slash = http.post(url, files={"file": ("a.png", b"abc")}, data={"uploadPath": "/x/"}, timeout=5).json()
    assert slash["code"] == 422 and "slash" in slash["msg"]
    up = http.post(url, files={"file": ("a.png", b"abc")}, data={"uploadPath": "a/../b"}, timeout=5).json()
    assert up["code"] == 422
    not_multipart = http.post(url, json={"uploadPath": "x"}, timeout=5).json()
    assert not_multipart["code"] == 422


def test_base64_and_url_uploads(emu: KieEmulator, http: requests.Session) -> None:
    wav = b"RIFF\x24\x00\x00\x00WAVEfmt " + os.urandom(200)
    plain = http.post(
        f"{emu.url}/api/file-base64-upload",
        json={"base64Data": base64.b64encode(wav).decode(), "uploadPath": "audio", "fileName": "v.wav"},
        timeout=5,
    ).json()["data"]
    assert plain["mimeType"] == "audio/wav" and plain["fileSize"] == len(wav)
    assert requests.get(plain["downloadUrl"], timeout=5).content == wav

    webp = b"RIFF\x10\x00\x00\x00WEBPVP8 " + os.urandom(50)
    data_url = "data:image/webp;base64," + base64.b64encode(webp).decode()
    uploaded = http.post(
        f"{emu.url}/api/file-base64-upload", json={"base64Data": data_url, "uploadPath": "img"}, timeout=5
    ).json()["data"]
    assert uploaded["mimeType"] == "image/webp" and uploaded["filePath"].startswith("img/")
    assert requests.get(uploaded["downloadUrl"], timeout=5).content == webp

    mp3 = b"ID3\x04" + os.urandom(300)
    source = http.post(
        f"{emu.url}/api/file-base64-upload",
        json={"base64Data": base64.b64encode(mp3).decode(), "uploadPath": "src", "fileName": "song.mp3"},
        timeout=5,
    ).json()["data"]
    copied = http.post(
        f"{emu.url}/api/file-url-upload",
        json={"fileUrl": source["downloadUrl"], "uploadPath": "copies"},
        timeout=35,
    ).json()["data"]
    assert copied["fileName"] == "song.mp3" and copied["mimeType"] == "audio/mpeg"
    assert requests.get(copied["downloadUrl"], timeout=5).content == mp3

    for url, body in (
        ("file-base64-upload", {"base64Data": "!!!", "uploadPath": "x"}),
        ("file-base64-upload", {"base64Data": base64.b64encode(b"abc").decode()}),
        ("file-base64-upload", {"uploadPath": "x"}),
        ("file-url-upload", {"fileUrl": "file:///etc/passwd", "uploadPath": "x"}),
        ("file-url-upload", {"uploadPath": "x"}),
        ("file-url-upload", {"fileUrl": f"{emu.url}/uploads/none/here.png", "uploadPath": "x"}),
    ):
        answer = http.post(f"{emu.url}/api/{url}", json=body, timeout=35).json()
        assert answer["code"] == 422, (url, body, answer)
    assert requests.get(f"{emu.url}/uploads/../../etc/passwd", timeout=5).status_code == 404


def test_download_url_and_required_token(http: requests.Session) -> None:
    with KieEmulator(api_key=KEY, durations=(0, 0, 0.05), require_download_token=True) as emu:
        data = wait_done(http, emu, create_id(http, emu))
        (url,) = json.loads(data["resultJson"])["resultUrls"]
        assert requests.get(url, timeout=5).status_code == 403
        answer = http.post(f"{emu.url}/api/v1/common/download-url", json={"url": url}, timeout=5).json()
        assert answer["code"] == 200 and answer["msg"] == "success"
        temporary = answer["data"]
        assert temporary.startswith(url + "?") and "token=" in temporary
        image = requests.get(temporary, timeout=5)
        assert image.status_code == 200
        parse_png(image.content)
        assert requests.get(url + "?token=forged", timeout=5).status_code == 403
        for bad in ("https://elsewhere.example/x.png", f"{emu.url}/files/{'0' * 32}/0.png", ""):
            refused = http.post(f"{emu.url}/api/v1/common/download-url", json={"url": bad}, timeout=5).json()
            assert refused["code"] == 422
        assert emu.stats()["download_url"] == 4


def test_result_bytes_pads_and_streams(http: requests.Session) -> None:
    size = 5 * 1024 * 1024 + 123
    with KieEmulator(api_key=KEY, durations=(0, 0, 0.05), result_bytes=size) as emu:
        image_task = create_id(http, emu)
        video_task = create_id(http, emu, VIDEO)
        for task_id, check in ((image_task, b"\x89PNG"), (video_task, b"ftyp")):
            (url,) = json.loads(wait_done(http, emu, task_id)["resultJson"])["resultUrls"]
            with requests.get(url, stream=True, timeout=10) as answer:
                assert int(answer.headers["Content-Length"]) == size
                total, first = 0, b""
                for chunk in answer.iter_content(256 * 1024):
                    first = first or chunk
                    total += len(chunk)
            assert total == size and check in first[:8]
            if check == b"\x89PNG":
                blob = requests.get(url, timeout=10).content
                assert parse_png(blob)[:2] == (64, 64)


# --- callbacks ------------------------------------------------------------------------------


class _Receiver:
    """A tiny local HTTP server that records the callbacks it receives."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], dict[str, Any]]] = []
        self.event = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.received.append((dict(self.headers.items()), json.loads(body)))
                outer.event.set()
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wait_for(self, n: int, limit: float = 5.0) -> None:
        deadline = time.monotonic() + limit
        while len(self.received) < n and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(self.received) >= n, self.received

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_callbacks_are_sent_once_and_signed(http: requests.Session) -> None:
    receiver = _Receiver()
    secret = "whsec-abc"
    try:
        with KieEmulator(api_key=KEY, durations=(0, 0, 0.1), webhook_hmac_key=secret) as emu:
            emu.fail_tasks(1, model=KLING)
            ok = create_id(http, emu, TOPAZ, callBackUrl=receiver.url)
            failed = create_id(http, emu, KLING, callBackUrl=receiver.url)
            create_id(http, emu, TOPAZ)  # no callback
            receiver.wait_for(2)  # nobody polls: the scheduler settles tasks and sends on its own
            time.sleep(0.3)
            assert len(receiver.received) == 2
            by_task = {body["data"]["taskId"]: (headers, body) for headers, body in receiver.received}
            headers, body = by_task[ok]
            assert body["code"] == 200 and body["msg"] and body["data"]["state"] == "success"
            assert json.loads(body["data"]["param"])["callBackUrl"] == receiver.url
            timestamp = headers["X-Webhook-Timestamp"]
            assert abs(int(timestamp) - time.time()) < 5
            expected = base64.b64encode(
                hmac.new(secret.encode(), f"{ok}.{timestamp}".encode(), "sha256").digest()
            ).decode()
            assert hmac.compare_digest(headers["X-Webhook-Signature"], expected)
            assert "Authorization" not in headers
            headers, body = by_task[failed]
            assert body["code"] == 501 and body["data"]["state"] == "fail" and body["data"]["failCode"] == "500"
            assert body["data"] == record(http, emu, failed)["data"]
            assert emu.stats()["callbacks_sent"] == 2
    finally:
        receiver.close()


def test_unsigned_callbacks_and_unreachable_receivers(http: requests.Session) -> None:
    receiver = _Receiver()
    try:
        with KieEmulator(api_key=KEY, durations=(0, 0, 0.05)) as emu:
            create_id(http, emu, TOPAZ, callBackUrl=receiver.url)
            with socket.socket() as sock:
                sock.bind(("127.0.0.1", 0))
                dead = f"http://127.0.0.1:{sock.getsockname()[1]}/nobody"
            create_id(http, emu, TOPAZ, callBackUrl=dead)
            receiver.wait_for(1)
            assert "X-Webhook-Signature" not in receiver.received[0][0]
            deadline = time.monotonic() + 5
            while emu.stats()["callbacks_failed"] < 1 and time.monotonic() < deadline:
                time.sleep(0.02)
            assert emu.stats()["callbacks_sent"] == 1 and emu.stats()["callbacks_failed"] == 1
    finally:
        receiver.close()


# --- observation and control ----------------------------------------------------------------


def test_stats_request_log_and_reset(emu: KieEmulator, http: requests.Session) -> None:
    task_id = create_id(http, emu)
    record(http, emu, task_id)
    http.get(f"{emu.url}/api/v1/chat/credit", timeout=5)
    stats = emu.stats()
    assert stats["create_requests"] == 1 and stats["tasks_created"] == 1 and stats["record_info"] == 1
    assert stats["credit"] == 1 and stats["connections"] >= 1
    assert stats["created_by_model"] == {TOPAZ: 1}
    log = emu.request_log()
    assert [(m, p.split("?")[0]) for m, p, _ in log] == [
        ("POST", "/api/v1/jobs/createTask"),
        ("GET", "/api/v1/jobs/recordInfo"),
        ("GET", "/api/v1/chat/credit"),
    ]
    assert all(h["Authorization"] == f"Bearer {KEY}" for _, _, h in log)
    assert set(emu.tasks()) == {task_id}

    emu.add_fault("credit", Fault("drop"))
    emu.fail_tasks(3)
    emu.set_credits(1)
    emu.reset()
    assert emu.tasks() == {} and emu.created_requests() == [] and emu.request_log() == []
    assert emu.stats()["tasks_created"] == 0 and emu.credits == 1000
    assert http.get(f"{emu.url}/api/v1/chat/credit", timeout=5).json()["code"] == 200
    assert wait_done(http, emu, create_id(http, emu))["state"] == "success"


def test_http_control_endpoints(emu: KieEmulator, http: requests.Session) -> None:
    control = f"{emu.url}/_emulator"

    def post(name: str, body: dict[str, Any]) -> dict[str, Any]:
        answer: dict[str, Any] = http.post(f"{control}/{name}", json=body, timeout=5).json()
        assert answer["code"] == 200, answer
        return answer

    post("faults", {"endpoint": "credit", "fault": {"kind": "code", "code": 455, "status": 503}, "times": 2})
    for _ in range(2):
        assert http.get(f"{emu.url}/api/v1/chat/credit", timeout=5).status_code == 503
    assert http.get(f"{emu.url}/api/v1/chat/credit", timeout=5).json()["code"] == 200
    post("faults", {"endpoint": "createTask", "fault": {"kind": "drop_after"}})
    with pytest.raises(requests.exceptions.ConnectionError):
        create(http, emu)
    stats = http.get(f"{control}/stats", timeout=5).json()["data"]
    assert stats["tasks_created"] == 1 and stats["credit"] == 3 and stats["created_by_model"] == {TOPAZ: 1}

    post("fail-tasks", {"n": 1, "model": TOPAZ})
    failed = create_id(http, emu)
    assert wait_done(http, emu, failed)["state"] == "fail"
    tasks = http.get(f"{control}/tasks", timeout=5).json()["data"]
    assert tasks[failed]["failCode"] == "500"
    assert len(http.get(f"{control}/created-requests", timeout=5).json()["data"]) == 2
    log = http.get(f"{control}/request-log", timeout=5).json()["data"]
    assert not any(entry["path"].startswith("/_emulator") for entry in log)

    post("credits", {"credits": 7})
    assert emu.credits == 7
    assert post("forget-task", {"taskId": failed})["data"] is True
    assert record(http, emu, failed)["code"] == 404
    post("faults", {"endpoint": "*", "fault": {"kind": "code", "code": 500}, "times": None})
    post("clear-faults", {})
    assert http.get(f"{emu.url}/api/v1/chat/credit", timeout=5).json()["code"] == 200
    post("reset", {})
    assert emu.stats()["tasks_created"] == 0 and emu.credits == 1000

    bad = http.post(f"{control}/faults", json={"endpoint": "credit", "fault": {"kind": "nope"}}, timeout=5)
    assert bad.json()["code"] == 422
    assert http.get(f"{control}/nothing", timeout=5).json()["code"] == 404
    assert requests.get(f"{control}/stats", timeout=5).status_code == 401


def test_many_concurrent_connections(emu: KieEmulator) -> None:
    sockets = [socket.create_connection(("127.0.0.1", emu.port)) for _ in range(300)]
    try:

        def ask(sock: socket.socket) -> bytes:
            sock.sendall(f"GET /api/v1/chat/credit HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {KEY}\r\n\r\n".encode())
            data = b""
            while b"\r\n\r\n" not in data or not data.endswith(b"}"):
                data += sock.recv(4096)
            return data

        with ThreadPoolExecutor(max_workers=64) as pool:
            answers = list(pool.map(ask, sockets))
        assert all(a.startswith(b"HTTP/1.1 200") and b"Content-Length:" in a for a in answers)
        assert emu.stats()["connections"] >= 300 and emu.stats()["credit"] == 300
    finally:
        for sock in sockets:
            sock.close()


def test_stop_is_idempotent_and_closes_idle_connections() -> None:
    emu = KieEmulator(api_key=KEY).start()
    url = emu.url
    idle = socket.create_connection(("127.0.0.1", emu.port))
    time.sleep(0.05)
    started = time.monotonic()
    emu.stop()
    emu.stop()
    assert time.monotonic() - started < 3
    idle.settimeout(2)
    assert idle.recv(10) == b""
    idle.close()
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(url + "/api/v1/chat/credit", timeout=2)
    with pytest.raises(RuntimeError):
        _ = emu.url


def test_command_line_runs_and_stops_on_sigterm() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    secret = "cli-secret-key-42"
    proc = subprocess.Popen(
        [sys.executable, "-m", "kie_provider.emulator", "--port", str(port), "--api-key", secret, "--credits", "77"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line == f"kie.ai emulator on http://127.0.0.1:{port}"
        answer = requests.get(
            f"http://127.0.0.1:{port}/api/v1/chat/credit", headers={"Authorization": f"Bearer {secret}"}, timeout=5
        )
        assert answer.json() == {"code": 200, "msg": "success", "data": 77}
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=10)
        assert proc.returncode == 0, err
        assert secret not in out + err + line
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
