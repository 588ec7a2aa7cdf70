"""Floor 1: Suno's tools (WAV conversion) as families: created on their page, read from their own record endpoint."""

from __future__ import annotations

import pytest

from kie_provider import wire
from kie_provider.config import KieConnectionConfig
from kie_provider.exceptions import KieValidationError
from kie_provider.families import get_family
from kie_provider.models import KieTaskState
from kie_provider.records import read_callback

CONFIG = KieConnectionConfig(api_key="k", base_url="https://api.example")

#: The success example of https://docs.kie.ai/cn/suno-api/get-wav-details (https://dog-test.kie.ai/suno-api/get-wav-details).
WAV_EXAMPLE = {
    "taskId": "988e****c8d3",
    "musicId": "e231****-****-****-****-****8cadc7dc",
    "callbackUrl": "https://api.example.com/callback",
    "musicIndex": 0,
    "completeTime": "2025-01-01 00:10:00",
    "response": {"audioWavUrl": "https://example.com/s/04e6****e727.wav"},
    "successFlag": "SUCCESS",
    "createTime": "2025-01-01 00:00:00",
    "errorCode": None,
    "errorMessage": None,
}


def test_the_wav_record_example_reads_as_a_success_with_its_file():
    task = get_family("suno_wav").read("t1", WAV_EXAMPLE)
    assert (task.task_id, task.model, task.state) == ("988e****c8d3", "suno/wav", KieTaskState.SUCCESS)
    assert task.result_urls == ["https://example.com/s/04e6****e727.wav"]
    assert task.complete_time.isoformat() == "2025-01-01T00:10:00+00:00" and task.fail_code is None


@pytest.mark.parametrize(
    ("flag", "state"),
    [
        ("PENDING", KieTaskState.WAITING),
        ("CREATE_TASK_FAILED", KieTaskState.FAIL),
        ("GENERATE_WAV_FAILED", KieTaskState.FAIL),
        ("CALLBACK_EXCEPTION", KieTaskState.UNKNOWN),  # no file: the conversion's outcome is not known
        ("CONVERTING", KieTaskState.UNKNOWN),  # not on the page: still running, never a failure
        (None, KieTaskState.UNKNOWN),
        (1, KieTaskState.UNKNOWN),
    ],
)
def test_the_wav_record_statuses_read_as_the_page_lists_them(flag, state):
    task = get_family("suno_wav").read("t1", {"successFlag": flag, "response": None, "errorCode": 500})
    assert task.state is state and task.result_urls == []
    if state is KieTaskState.FAIL:
        assert task.fail_code == "500"


def test_a_wav_failure_without_an_error_code_names_its_status():
    task = get_family("suno_wav").read("t1", {"successFlag": "GENERATE_WAV_FAILED"})
    assert (task.state, task.fail_code) == (KieTaskState.FAIL, "GENERATE_WAV_FAILED")


def test_a_callback_exception_with_the_file_is_collected():
    data = {**WAV_EXAMPLE, "successFlag": "CALLBACK_EXCEPTION"}
    task = get_family("suno_wav").read("t1", data)
    assert task.state is KieTaskState.SUCCESS and task.result_urls


def test_the_wav_family_is_created_on_its_page_and_polled_on_its_record_endpoint():
    api = get_family("suno_wav")
    body = {"taskId": "t0", "audioId": "a0"}
    request = wire.create_task_request(CONFIG, api.model, body, "https://cb.example/x", api)
    assert request.url == CONFIG.base_url + "/api/v1/wav/generate" and request.creates
    assert request.json == {"taskId": "t0", "audioId": "a0", "callBackUrl": "https://cb.example/x"}
    assert wire.record_info_request(CONFIG, "t1", api).url.startswith(CONFIG.base_url + "/api/v1/wav/record-info")
    with pytest.raises(KieValidationError, match="callBackUrl"):
        wire.create_task_request(CONFIG, api.model, body, None, api)


def test_a_wav_callback_only_wakes_the_wait():
    # Its callback body is not confirmed from a kie.ai page: even a 200 leaves the outcome to the record.
    envelope = {"code": 200, "msg": "success", "data": {"task_id": "t1", "audio_wav_url": "https://f/a.wav"}}
    task, family = read_callback(envelope, "suno_wav", "suno/wav")
    assert (task.state, family, task.result_urls) == (KieTaskState.UNKNOWN, "suno_wav", [])
