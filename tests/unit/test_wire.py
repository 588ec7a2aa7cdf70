"""Floor 1: requests built and answers read, with no I/O."""

from __future__ import annotations

import json

import pytest

from kie_provider import wire
from kie_provider.config import KieConnectionConfig
from kie_provider.exceptions import (
    KieAuthError,
    KieInvalidResponseError,
    KieNotFoundError,
    KieRateLimitError,
    KieServiceUnavailableError,
    KieTaskMaybeCreatedError,
    KieValidationError,
)
from kie_provider.models import KieTaskState
from kie_provider.outcomes import require_results

CONFIG = KieConnectionConfig(
    api_key="sk-unit-secret", base_url="https://api.example", upload_base_url="https://up.example"
)
CREATE = wire.create_task_request(
    CONFIG, "topaz/image-upscale", {"image_url": "https://a/b.png", "upscale_factor": "2"}
)
RECORD = wire.record_info_request(CONFIG, "t1")


def envelope(code: int, data=None, msg: str = "") -> bytes:
    return json.dumps({"code": code, "msg": msg, "data": data}).encode()


def test_create_request_is_kie_ai_s_body():
    request = wire.create_task_request(CONFIG, "m", {"a": 1}, callback_url=" https://hook.example/cb ")
    assert (request.method, request.url, request.creates) == (
        "POST",
        "https://api.example/api/v1/jobs/createTask",
        True,
    )
    assert request.json == {"model": "m", "callBackUrl": "https://hook.example/cb", "input": {"a": 1}}


@pytest.mark.parametrize("url", ["javascript:x", "ftp://a/b", "https://"])
def test_a_callback_url_must_be_http(url):
    with pytest.raises(KieValidationError) as err:
        wire.create_task_request(CONFIG, "m", {}, callback_url=url)
    assert err.value.fields == ["callback_url"]


def test_record_request_needs_a_task_id():
    assert RECORD.params == {"taskId": "t1"} and RECORD.returns_record
    with pytest.raises(KieValidationError):
        wire.record_info_request(CONFIG, "")


@pytest.mark.parametrize("path", ["", "/a", "a/", "a/../b", "a\\b", "a//b"])
def test_upload_paths_are_relative_folders(path):
    with pytest.raises(KieValidationError):
        wire.upload_fields(path)


def test_the_envelope_code_decides_whatever_the_http_status():
    assert wire.parse_response(CREATE, 200, envelope(200, {"taskId": "t1"}), {}) == {"taskId": "t1"}
    with pytest.raises(KieAuthError):
        wire.parse_response(CREATE, 200, envelope(401, None, "You do not have access permissions"), {})
    with pytest.raises(KieRateLimitError) as err:
        wire.parse_response(CREATE, 429, envelope(429), {"Retry-After": "7"})
    assert err.value.retry_after == 7.0


def test_a_gateway_page_keeps_its_status_meaning_and_a_broken_body_is_invalid():
    with pytest.raises(KieNotFoundError):
        wire.parse_response(RECORD, 404, b"<html>Not Found</html>", {})
    with pytest.raises(KieInvalidResponseError) as err:
        wire.parse_response(RECORD, 200, b'{"code": 200, "da', {})
    assert isinstance(err.value, KieServiceUnavailableError)


def test_messages_never_carry_the_key():
    with pytest.raises(KieInvalidResponseError) as err:
        wire.parse_response(RECORD, 502, b"upstream said Bearer sk-unit-secret", {}, CONFIG.secrets)
    assert "sk-unit-secret" not in err.value.message and "***" in err.value.message


def test_a_failed_record_sent_with_501_is_read_as_the_record():
    record = {"taskId": "t1", "state": "fail", "failCode": "500", "failMsg": "nsfw"}
    task = wire.read_task("t1", wire.parse_response(RECORD, 200, envelope(501, record, "generation failed"), {}))
    assert (task.state, task.fail_code, task.fail_msg) == (KieTaskState.FAIL, "500", "nsfw")


@pytest.mark.parametrize("data", [None, {}, {"taskId": None}, {"taskId": ""}, {"taskId": "  "}, "t1"])
def test_an_accepted_create_without_a_readable_task_id_is_maybe_created(data):
    with pytest.raises(KieTaskMaybeCreatedError, match="not sent again"):
        wire.read_task_id(data)


def test_task_id_spellings():
    assert wire.read_task_id({"taskId": " t1 "}) == "t1"
    assert wire.read_task_id({"task_id": "t2"}) == "t2"
    assert wire.read_task_id({"taskId": 12345}) == "12345"


def test_no_record_is_not_found_and_success_needs_result_urls():
    with pytest.raises(KieNotFoundError):
        wire.read_task("t1", None)
    task = wire.read_task("t1", {"taskId": "t1", "state": "success", "resultJson": json.dumps({"resultUrls": []})})
    with pytest.raises(KieInvalidResponseError, match="t1"):
        require_results(task)


def test_result_urls_given_as_one_string_are_one_url():
    data = {"taskId": "t1", "state": "success", "resultJson": json.dumps({"resultUrls": "https://f/a.png"})}
    assert wire.read_task("t1", data).result_urls == ["https://f/a.png"]


def test_small_answers():
    assert wire.read_credits("12.5") == 12.5
    assert wire.read_download_url(" https://f/x?sig=1 ") == "https://f/x?sig=1"
    assert wire.read_upload_url({"downloadUrl": "https://f/u.png"}) == "https://f/u.png"
    for bad in ("javascript:x", None):
        with pytest.raises(KieInvalidResponseError):
            wire.read_download_url(bad)
    with pytest.raises(KieInvalidResponseError):
        wire.read_credits("lots")


def test_retry_after_reads_seconds_and_dates():
    assert wire.parse_retry_after("3") == 3.0
    assert wire.parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert wire.parse_retry_after("soon") is None and wire.parse_retry_after(None) is None


@pytest.mark.parametrize("resolution", ["1080p", "4k"])
def test_veo_high_resolution_asks_and_reads_as_each_page_answers(resolution):
    request = wire.veo_high_resolution_request(CONFIG, resolution, "veo_task_abcdef123456", 1, "https://cb.example/4k")
    if resolution == "4k":  # POST with a body; its 422 progress answers are the answer, not an error
        assert request.url.endswith("/api/v1/veo/get-4k-video") and request.method == "POST"
        assert request.json == {"taskId": "veo_task_abcdef123456", "index": 1, "callBackUrl": "https://cb.example/4k"}
        assert 422 in request.envelope_codes
        made = {"code": 422, "msg": "done", "data": {"resultUrls": ["https://f/4k.mp4"]}}
        assert wire.read_veo_high_resolution("4k", made) == ["https://f/4k.mp4"]
        assert wire.read_veo_high_resolution("4k", {"code": 422, "msg": "processing", "data": None}) == []
    else:  # GET with the query; 422 until ready is an error the caller reads as "not yet"
        assert request.url.endswith("/api/v1/veo/get-1080p-video") and request.method == "GET"
        assert request.params == {"taskId": "veo_task_abcdef123456", "index": "1"}
        assert wire.read_veo_high_resolution("1080p", {"resultUrl": " https://f/hd.mp4 "}) == ["https://f/hd.mp4"]
        with pytest.raises(KieInvalidResponseError):
            wire.read_veo_high_resolution("1080p", {"resultUrl": None})


def test_the_veo_high_resolution_trigger_serializes_to_plain_json():
    from kie_provider.triggers.veo import KieVeoHighResolutionTrigger

    trigger = KieVeoHighResolutionTrigger("t1", "4k", deadline=1e9, poll_interval=20, index=0, callback_url=None)
    path, kwargs = trigger.serialize()
    assert path == "kie_provider.triggers.veo.KieVeoHighResolutionTrigger"
    assert json.loads(json.dumps(kwargs)) == kwargs and KieVeoHighResolutionTrigger(**kwargs).serialize() == (
        path,
        kwargs,
    )
