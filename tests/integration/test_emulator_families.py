"""Tests of the emulator's dedicated API families over real HTTP: Veo, Suno, Runway, 4o Image, Flux Kontext, MJ."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import requests

from kie_provider.emulator import FAMILIES, FAULT_ENDPOINTS, Fault, KieEmulator
from kie_provider.families import FAMILIES as PROVIDER_FAMILIES

KEY = "test-key-families-42"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

VEO = ("/api/v1/veo/generate", "/api/v1/veo/record-info")
SUNO = ("/api/v1/generate", "/api/v1/generate/record-info")
RUNWAY = ("/api/v1/runway/generate", "/api/v1/runway/record-detail")
GPT4O = ("/api/v1/gpt4o-image/generate", "/api/v1/gpt4o-image/record-info")
FLUX = ("/api/v1/flux/kontext/generate", "/api/v1/flux/kontext/record-info")
MJ = ("/api/v1/mj/generate", "/api/v1/mj/record-info")

BODIES: dict[str, dict[str, Any]] = {
    "veo": {"prompt": "A dog playing in a park", "model": "veo3_fast", "aspect_ratio": "16:9"},
    # kie.ai's schema requires callBackUrl for Suno (port 9: refused at once, nothing listens)
    "suno": {
        "prompt": "A calm piano track",
        "customMode": False,
        "instrumental": True,
        "model": "V4",
        "callBackUrl": "http://127.0.0.1:9/suno",
    },
    "runway": {"prompt": "A cat dancing", "aspectRatio": "16:9", "duration": 5, "quality": "720p"},
    "gpt4o-image": {"prompt": "A sunset over the mountains", "size": "1:1", "nVariants": 2},
    "flux-kontext": {"prompt": "A serene mountain lake", "model": "flux-kontext-pro", "aspectRatio": "16:9"},
    "mj": {"taskType": "mj_txt2img", "prompt": "A sci-fi fighter jet", "speed": "fast", "aspectRatio": "16:9"},
}
PATHS = {"veo": VEO, "suno": SUNO, "runway": RUNWAY, "gpt4o-image": GPT4O, "flux-kontext": FLUX, "mj": MJ}
# The record interval that keeps under the 3 queries/s per task of Suno and 4o Image.
SLOW = 0.36


@pytest.fixture
def emu() -> Iterator[KieEmulator]:
    """An emulator whose tasks spend 0.1 s waiting, 0.1 s queuing and 0.8 s generating."""
    with KieEmulator(api_key=KEY, credits=1000.0, durations=(0.1, 0.1, 0.8)) as emulator:
        yield emulator


@pytest.fixture
def http() -> Iterator[requests.Session]:
    """A session that sends the emulator's API key."""
    with requests.Session() as session:
        session.headers["Authorization"] = f"Bearer {KEY}"
        yield session


def create(http: requests.Session, emu: KieEmulator, family: str, **changes: Any) -> str:
    """Create a task of ``family`` (its example body with ``changes``); return its taskId."""
    body = {**BODIES[family], **changes}
    answer = http.post(emu.url + PATHS[family][0], json=body, timeout=10)
    assert answer.status_code == 200, answer.text
    payload = answer.json()
    assert payload["code"] == 200 and payload["msg"] == "success", payload
    return str(payload["data"]["taskId"])


def record(http: requests.Session, emu: KieEmulator, family: str, task_id: str) -> dict[str, Any]:
    """The family's record answer (whole envelope)."""
    answer = http.get(emu.url + PATHS[family][1], params={"taskId": task_id}, timeout=10)
    assert answer.status_code == 200, answer.text
    payload: dict[str, Any] = answer.json()
    return payload


def poll(
    http: requests.Session,
    emu: KieEmulator,
    family: str,
    task_id: str,
    status: Callable[[dict[str, Any]], Any],
    done: Callable[[dict[str, Any]], bool],
    interval: float = 0.05,
) -> tuple[list[Any], dict[str, Any]]:
    """Poll until ``done(data)``; return the distinct statuses seen, in order, and the last data."""
    seen: list[Any] = []
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        payload = record(http, emu, family, task_id)
        assert payload["code"] == 200, payload
        data = payload["data"]
        if not seen or seen[-1] != status(data):
            seen.append(status(data))
        if done(data):
            return seen, data
        time.sleep(interval)
    raise AssertionError(f"{family} task {task_id} never finished; saw {seen}")


def fetch(url: str) -> requests.Response:
    """GET a served result file, asserting it is there."""
    answer = requests.get(url, timeout=10)
    assert answer.status_code == 200, (url, answer.text)
    return answer


class _Receiver:
    """A local HTTP server that records the callbacks it receives."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], dict[str, Any]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.received.append((dict(self.headers.items()), json.loads(body)))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait_for(self, n: int, limit: float = 10.0) -> None:
        deadline = time.monotonic() + limit
        while len(self.received) < n and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(self.received) >= n, self.received

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    """A callback receiver."""
    hook = _Receiver()
    yield hook
    hook.close()


def signed_ok(headers: dict[str, str], secret: str, task_id: str) -> bool:
    """Whether a callback carries kie.ai's signature of ``task_id``, computed here independently."""
    timestamp = headers["X-Webhook-Timestamp"]
    digest = hmac.new(secret.encode(), f"{task_id}.{timestamp}".encode(), hashlib.sha256).digest()
    return hmac.compare_digest(headers["X-Webhook-Signature"], base64.b64encode(digest).decode())


# --- the families as data ---------------------------------------------------------------------


def test_families_are_exposed_as_data() -> None:
    # The provider's family names (one definition, kie_provider.family_names), less the extensions, which
    # the emulator serves as more endpoints of the family they extend.
    assert set(FAMILIES) == set(PROVIDER_FAMILIES) - {"veo_extend", "runway_extend", "suno_extend"}
    assert FAMILIES["veo"].record == ("veo/record-info", "GET", "/api/v1/veo/record-info")
    assert FAMILIES["runway"].statuses["queuing"] == "queueing"
    assert FAMILIES["suno"].status_field == "status" and FAMILIES["gpt4o_image"].record_per_second == 3
    for family in FAMILIES.values():
        for name in (*family.create, family.record[0], *family.extra):
            assert name in FAULT_ENDPOINTS


# --- Veo 3.1 ----------------------------------------------------------------------------------


def test_veo_generates_polls_to_success_and_serves_the_mp4(http: requests.Session, emu: KieEmulator) -> None:
    task_id = create(http, emu, "veo")
    first = record(http, emu, "veo", task_id)["data"]
    assert first["successFlag"] == 0 and first["response"] is None and first["completeTime"] is None
    assert json.loads(first["paramJson"])["prompt"] == BODIES["veo"]["prompt"]
    seen, data = poll(http, emu, "veo", task_id, lambda d: d["successFlag"], lambda d: d["successFlag"] != 0)
    assert seen == [0, 1]
    assert data["errorCode"] is None and data["fallbackFlag"] is False
    assert data["response"]["taskId"] == task_id and data["response"]["resolution"] == "1080p"
    (url,) = data["response"]["resultUrls"]
    video = fetch(url)
    assert video.headers["Content-Type"] == "video/mp4" and video.content[4:8] == b"ftyp"
    stats = emu.stats()
    assert stats["tasks_created"] == 1 and stats["create_requests"] == 1
    assert stats["created_by_model"] == {"veo3_fast": 1}
    assert emu.credits == 1000.0 - 60


def test_veo_failure_is_encoded_as_success_flag_3(http: requests.Session, emu: KieEmulator) -> None:
    emu.fail_tasks(1, model="veo3_fast", fail_code="501", fail_msg="Generation failed upstream")
    task_id = create(http, emu, "veo")
    seen, data = poll(http, emu, "veo", task_id, lambda d: d["successFlag"], lambda d: d["successFlag"] != 0)
    assert seen == [0, 3]
    assert data["errorCode"] == 501 and data["errorMessage"] == "Generation failed upstream"
    assert data["response"] is None
    answer = http.get(f"{emu.url}/api/v1/veo/get-1080p-video", params={"taskId": task_id}, timeout=10).json()
    assert answer["code"] == 422 and answer["msg"] == "record status is not success"
    assert emu.credits == 1000.0, "a failed task is not charged"


def test_veo_1080p_4k_and_extend(http: requests.Session, receiver: _Receiver) -> None:
    with KieEmulator(api_key=KEY, durations=(0, 0, 1.0), webhook_hmac_key="whsec-veo") as emu:
        task_id = create(http, emu, "veo", callBackUrl=receiver.url)
        _, original = poll(http, emu, "veo", task_id, lambda d: d["successFlag"], lambda d: d["successFlag"] == 1)
        answer = http.get(f"{emu.url}/api/v1/veo/get-1080p-video", params={"taskId": task_id, "index": 0}, timeout=10)
        assert answer.json()["code"] == 200
        assert fetch(answer.json()["data"]["resultUrl"]).content[4:8] == b"ftyp"

        fourk = http.post(f"{emu.url}/api/v1/veo/get-4k-video", json={"taskId": task_id, "callBackUrl": receiver.url})
        assert fourk.json() == {
            "code": 200,
            "msg": "success",
            "data": {"taskId": task_id, "resultUrls": None, "imageUrls": None},
        }
        again = http.post(f"{emu.url}/api/v1/veo/get-4k-video", json={"taskId": task_id}).json()
        assert again["code"] == 422 and again["msg"].startswith("4k is processing")
        deadline = time.monotonic() + 10
        while again["code"] == 422 and again["msg"].startswith("4k is processing") and time.monotonic() < deadline:
            time.sleep(0.05)
            again = http.post(f"{emu.url}/api/v1/veo/get-4k-video", json={"taskId": task_id}).json()
        assert again["code"] == 422 and again["msg"] == "The video has been generated successfully"
        assert fetch(again["data"]["resultUrls"][0]).content[4:8] == b"ftyp"
        assert fetch(again["data"]["imageUrls"][0]).content.startswith(PNG_SIGNATURE)

        extended = http.post(
            f"{emu.url}/api/v1/veo/extend", json={"taskId": task_id, "prompt": "The dog keeps running", "model": "fast"}
        ).json()
        assert extended["code"] == 200 and extended["data"]["taskId"] != task_id
        _, data = poll(
            http, emu, "veo", extended["data"]["taskId"], lambda d: d["successFlag"], lambda d: d["successFlag"] == 1
        )
        assert fetch(data["response"]["resultUrls"][0]).content[4:8] == b"ftyp"
        missing = http.post(f"{emu.url}/api/v1/veo/extend", json={"taskId": "nope", "prompt": "x"}).json()
        assert missing["code"] == 422 and missing["msg"] == "record is null"

        receiver.wait_for(2)
        by_msg = {body["msg"]: (headers, body) for headers, body in receiver.received}
        headers, body = by_msg["Veo3.1 video generated successfully."]
        assert body["code"] == 200 and body["data"]["taskId"] == task_id and body["data"]["fallbackFlag"] is False
        assert body["data"]["info"]["resultUrls"] == original["response"]["resultUrls"]
        assert signed_ok(headers, "whsec-veo", task_id)
        headers, body = by_msg["4K Video generated successfully."]
        assert body["data"]["taskId"] == task_id and body["data"]["info"]["resultUrls"] == again["data"]["resultUrls"]
        assert signed_ok(headers, "whsec-veo", task_id)
        stats = emu.stats()
        assert stats["tasks_created"] == 3 and stats["created_by_model"] == {"veo3_fast": 2, "veo3-4k": 1}


# --- Suno -------------------------------------------------------------------------------------


def test_suno_moves_through_its_stages_with_staged_callbacks(http: requests.Session, receiver: _Receiver) -> None:
    with KieEmulator(api_key=KEY, durations=(0.1, 0.1, 1.8), webhook_hmac_key="whsec-suno") as emu:
        task_id = create(http, emu, "suno", callBackUrl=receiver.url)
        seen, data = poll(http, emu, "suno", task_id, lambda d: d["status"], lambda d: d["status"] == "SUCCESS", SLOW)
        assert seen == ["PENDING", "TEXT_SUCCESS", "FIRST_SUCCESS", "SUCCESS"]
        assert data["type"] == "GENERATE" and data["errorCode"] is None
        assert json.loads(data["param"])["model"] == "V4"
        tracks = data["response"]["sunoData"]
        assert len(tracks) == 2 and data["response"]["taskId"] == task_id
        for track in tracks:
            audio = fetch(track["audioUrl"])
            assert audio.headers["Content-Type"] == "audio/mpeg" and audio.content.startswith(b"ID3")
            assert audio.content[10:12] == b"\xff\xfb", "an MPEG audio frame follows the ID3 tag"
            assert fetch(track["imageUrl"]).content.startswith(PNG_SIGNATURE)
            assert track["duration"] > 0 and track["streamAudioUrl"]

        receiver.wait_for(3)
        stages = [body["data"]["callbackType"] for _, body in receiver.received]
        assert stages == ["text", "first", "complete"]
        text, first, complete = (body for _, body in receiver.received)
        assert text["data"]["data"] == [] and len(first["data"]["data"]) == 1 and len(complete["data"]["data"]) == 2
        assert complete["msg"] == "All generated successfully." and complete["data"]["task_id"] == task_id
        assert complete["data"]["data"][1]["audio_url"] == tracks[1]["audioUrl"]
        assert all(signed_ok(headers, "whsec-suno", task_id) for headers, _ in receiver.received)


def test_suno_failure_and_validation(http: requests.Session, emu: KieEmulator) -> None:
    emu.fail_tasks(1, model="V4", fail_code="SENSITIVE_WORD_ERROR", fail_msg="lyrics contain a sensitive word")
    task_id = create(http, emu, "suno")
    seen, data = poll(http, emu, "suno", task_id, lambda d: d["status"], lambda d: d["status"] != "PENDING", SLOW)
    assert seen == ["PENDING", "SENSITIVE_WORD_ERROR"]
    assert data["errorMessage"] == "lyrics contain a sensitive word" and data["response"] is None
    base = BODIES["suno"]
    for body, field in (
        ({k: v for k, v in base.items() if k != "customMode"}, "customMode"),
        ({**base, "customMode": True, "style": "Jazz"}, "title"),
        ({k: v for k, v in base.items() if k != "prompt"} | {"instrumental": False}, "prompt"),
        ({**base, "model": "V9"}, "model"),
        ({k: v for k, v in base.items() if k != "callBackUrl"}, "callBackUrl"),
    ):
        answer = http.post(emu.url + SUNO[0], json=body, timeout=10).json()
        assert answer["code"] == 422 and field in answer["msg"], (body, answer)
    assert emu.stats()["tasks_created"] == 1


# --- Runway -----------------------------------------------------------------------------------


def test_runway_states_video_info_and_failure(http: requests.Session, emu: KieEmulator) -> None:
    task_id = create(http, emu, "runway")
    seen, data = poll(http, emu, "runway", task_id, lambda d: d["state"], lambda d: d["state"] in ("success", "fail"))
    assert seen == ["wait", "queueing", "generating", "success"]
    assert data["videoInfo"]["taskId"] == task_id and data["failMsg"] == "" and data["expireFlag"] == 0
    video = fetch(data["videoInfo"]["videoUrl"])
    assert video.content[4:8] == b"ftyp"
    assert fetch(data["videoInfo"]["imageUrl"]).content.startswith(PNG_SIGNATURE)

    emu.fail_tasks(1, fail_code="400", fail_msg="Inappropriate content detected.")
    failed = create(http, emu, "runway")
    _, data = poll(http, emu, "runway", failed, lambda d: d["state"], lambda d: d["state"] in ("success", "fail"))
    assert data["state"] == "fail" and data["failCode"] == 400 and data["failMsg"] == "Inappropriate content detected."
    assert data["videoInfo"] is None
    answer = http.post(emu.url + RUNWAY[0], json={"prompt": "no ratio", "duration": 5, "quality": "720p"}).json()
    assert answer["code"] == 422 and "aspectRatio" in answer["msg"]


# --- 4o Image ---------------------------------------------------------------------------------


def test_gpt4o_image_progress_success_and_three_queries_per_second(http: requests.Session, emu: KieEmulator) -> None:
    task_id = create(http, emu, "gpt4o-image")
    progress: list[float] = []

    def status(data: dict[str, Any]) -> Any:
        progress.append(float(data["progress"]))
        return (data["status"], data["successFlag"])

    seen, data = poll(http, emu, "gpt4o-image", task_id, status, lambda d: d["status"] != "GENERATING", SLOW)
    assert seen == [("GENERATING", 0), ("SUCCESS", 1)]
    assert progress == sorted(progress) and progress[-1] == 1.0 and data["progress"] == "1.00"
    assert isinstance(data["createTime"], int) and data["completeTime"] >= data["createTime"]
    urls = data["response"]["resultUrls"]
    assert len(urls) == 2 and all(fetch(url).content.startswith(PNG_SIGNATURE) for url in urls)

    time.sleep(1.05)
    answers = [http.get(emu.url + GPT4O[1], params={"taskId": task_id}, timeout=10) for _ in range(4)]
    assert [a.status_code for a in answers[:3]] == [200, 200, 200]
    assert answers[3].status_code == 429 and answers[3].json()["code"] == 429
    time.sleep(1.05)
    assert http.get(emu.url + GPT4O[1], params={"taskId": task_id}, timeout=10).status_code == 200


def test_gpt4o_image_failure_and_validation(http: requests.Session, emu: KieEmulator) -> None:
    emu.fail_tasks(1, fail_code="400", fail_msg="Your content was flagged by OpenAI")
    task_id = create(http, emu, "gpt4o-image")
    _, data = poll(
        http, emu, "gpt4o-image", task_id, lambda d: d["status"], lambda d: d["status"] != "GENERATING", SLOW
    )
    assert data["status"] == "GENERATE_FAILED" and data["successFlag"] == 2 and data["errorCode"] == 400
    assert data["errorMessage"] == "Your content was flagged by OpenAI" and data["response"] is None
    answer = http.post(emu.url + GPT4O[0], json={"prompt": "no size"}).json()
    assert answer["code"] == 422 and "size" in answer["msg"]


# --- Flux Kontext and Midjourney --------------------------------------------------------------


def test_flux_kontext_success_and_failure(http: requests.Session, emu: KieEmulator) -> None:
    task_id = create(http, emu, "flux-kontext", inputImage="https://example.com/in.png")
    seen, data = poll(http, emu, "flux-kontext", task_id, lambda d: d["successFlag"], lambda d: d["successFlag"] != 0)
    assert seen == [0, 1]
    assert data["response"]["originImageUrl"] == "https://example.com/in.png"
    assert fetch(data["response"]["resultImageUrl"]).content.startswith(PNG_SIGNATURE)
    assert data["createTime"].endswith("Z") and data["completeTime"].endswith("Z")

    emu.fail_tasks(1, model="flux-kontext-max", fail_code="501", fail_msg="Generation Failed")
    failed = create(http, emu, "flux-kontext", model="flux-kontext-max")
    _, data = poll(http, emu, "flux-kontext", failed, lambda d: d["successFlag"], lambda d: d["successFlag"] != 0)
    assert data["successFlag"] == 3 and data["errorCode"] == 501 and data["response"] is None
    assert emu.credits == 1000.0 - 5, "only the pro task was charged"


def test_midjourney_four_images_and_failure(http: requests.Session, emu: KieEmulator) -> None:
    task_id = create(http, emu, "mj")
    seen, data = poll(http, emu, "mj", task_id, lambda d: d["successFlag"], lambda d: d["successFlag"] != 0)
    assert seen == [0, 1] and data["taskType"] == "mj_txt2img"
    results = data["resultInfoJson"]["resultUrls"]
    assert len(results) == 4 and all(fetch(r["resultUrl"]).content.startswith(PNG_SIGNATURE) for r in results)

    emu.fail_tasks(1, model="mj_txt2img", fail_code="CREATE_TASK_FAILED", fail_msg="queue full")
    failed = create(http, emu, "mj")
    _, data = poll(http, emu, "mj", failed, lambda d: d["successFlag"], lambda d: d["successFlag"] != 0)
    assert data["successFlag"] == 2 and data["errorMessage"] == "queue full" and data["resultInfoJson"] is None
    answer = http.post(emu.url + MJ[0], json={"prompt": "no task type"}).json()
    assert answer["code"] == 422 and "taskType" in answer["msg"]


# --- what every family shares -----------------------------------------------------------------


@pytest.mark.parametrize("family", sorted(BODIES))
def test_auth_prompt_and_unknown_tasks(family: str, http: requests.Session, emu: KieEmulator) -> None:
    create_path, record_path = PATHS[family]
    for headers in ({}, {"Authorization": "Bearer wrong-key"}):
        answer = requests.post(emu.url + create_path, json=BODIES[family], headers=headers, timeout=10)
        assert answer.status_code == 401 and answer.json()["code"] == 401
        answer = requests.get(emu.url + record_path, params={"taskId": "x"}, headers=headers, timeout=10)
        assert answer.status_code == 401
    if family != "suno":  # Suno's non-custom mode needs a prompt too, checked in its own test
        body = {k: v for k, v in BODIES[family].items() if k != "prompt"}
        if family == "gpt4o-image":
            body["prompt"] = ""
        answer = http.post(emu.url + create_path, json=body, timeout=10).json()
        assert answer["code"] == 422 and "prompt" in answer["msg"], answer
    assert record(http, emu, family, "no-such-task")["code"] == 404
    bad_callback = http.post(emu.url + create_path, json={**BODIES[family], "callBackUrl": "ftp://x"}).json()
    assert bad_callback["code"] == 422 and "callBackUrl" in bad_callback["msg"]
    assert emu.stats()["tasks_created"] == 0


def test_one_rate_limit_one_credit_balance_and_counters_across_families(http: requests.Session) -> None:
    with KieEmulator(api_key=KEY, credits=100.0, durations=(0, 0, 0.1), rate_limit=(4, 10.0)) as emu:
        ids = [create(http, emu, family) for family in ("veo", "runway", "mj")]
        market = http.post(
            f"{emu.url}/api/v1/jobs/createTask", json={"model": "unknown/model", "input": {"prompt": "x"}}
        ).json()
        assert market["code"] == 200
        limited = http.post(emu.url + FLUX[0], json=BODIES["flux-kontext"], timeout=10)
        assert limited.status_code == 429 and "Retry-After" in limited.headers
        stats = emu.stats()
        assert stats["tasks_created"] == 4 and stats["create_requests"] == 5 and stats["rate_limited"] == 1
        assert len(emu.created_requests()) == 4 and set(emu.tasks()) >= set(ids)
    with KieEmulator(api_key=KEY, credits=100.0, durations=(0, 0, 0.1)) as emu:
        answer = http.post(emu.url + VEO[0], json={**BODIES["veo"], "model": "veo3"}, timeout=10).json()
        assert answer["code"] == 402, "veo3 costs more than the 100 credits left"
        create(http, emu, "veo")  # veo3_fast costs 60
        deadline = time.monotonic() + 5
        while emu.credits != 40.0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert emu.credits == 40.0
        assert http.get(f"{emu.url}/api/v1/chat/credit", timeout=10).json()["data"] == 40


def test_faults_are_keyed_by_the_family_endpoint(http: requests.Session, emu: KieEmulator) -> None:
    emu.add_fault("veo/generate", Fault("code", status=503, message="veo is down"))
    answer = http.post(emu.url + VEO[0], json=BODIES["veo"], timeout=10)
    assert answer.status_code == 503 and answer.json() == {"code": 503, "msg": "veo is down", "data": None}
    assert emu.stats()["tasks_created"] == 0
    task_id = create(http, emu, "veo")  # the fault was used once
    emu.add_fault("veo/record-info", Fault("drop"))
    with pytest.raises(requests.ConnectionError):
        requests.get(
            emu.url + VEO[1], params={"taskId": task_id}, headers={"Authorization": f"Bearer {KEY}"}, timeout=5
        )
    assert record(http, emu, "veo", task_id)["code"] == 200
    emu.add_fault("suno/generate", Fault("body", body={"code": 200, "msg": "success", "data": None}))
    odd = http.post(emu.url + SUNO[0], json=BODIES["suno"], timeout=10).json()
    assert odd == {"code": 200, "msg": "success", "data": None}
    assert emu.stats()["tasks_created"] == 2, "a body fault answers oddly but the task was created"
    with pytest.raises(ValueError):
        emu.add_fault("veo/nothing", Fault("drop"))


@pytest.mark.parametrize(
    ("family", "shape"),
    [
        ("runway", lambda d: d["video_url"]),
        ("gpt4o-image", lambda d: d["info"]["result_urls"][0]),
        ("flux-kontext", lambda d: d["info"]["resultImageUrl"]),
        ("mj", lambda d: d["resultUrls"][3]),
    ],
)
def test_signed_callbacks_in_each_family_shape(
    family: str, shape: Callable[[dict[str, Any]], str], http: requests.Session, receiver: _Receiver
) -> None:
    with KieEmulator(api_key=KEY, durations=(0, 0, 0.1), webhook_hmac_key="whsec-fam") as emu:
        task_id = create(http, emu, family, callBackUrl=receiver.url)
        receiver.wait_for(1)
        headers, body = receiver.received[0]
        assert body["code"] == 200
        assert body["data"].get("taskId", body["data"].get("task_id")) == task_id
        assert fetch(shape(body["data"])).content.startswith((PNG_SIGNATURE, b"\x00\x00\x00 ftyp"))
        assert signed_ok(headers, "whsec-fam", task_id) and "Authorization" not in headers
        assert emu.stats()["callbacks_sent"] == 1
