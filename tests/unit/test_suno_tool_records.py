"""Floor 1: Suno's tools (WAV, vocal separation, video) as families: created on their page, read from their record."""

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


#: The success example of https://dog-test.kie.ai/cn/suno-api/get-vocal-separation-details-cn (the record page
#: https://docs.kie.ai/cn/suno-api/get-vocal-separation-details), a separate_vocal separation.
VOCAL_EXAMPLE = {
    "taskId": "3e63b4cc88d52611159371f6af5571e7",
    "musicId": "376c687e-d439-42c1-b1e4-bcb43b095ec2",
    "callbackUrl": "https://57312fc2e366.ngrok-free.app/api/v1/vocal-removal/test",
    "musicIndex": 0,
    "completeTime": 1753782937000,
    "response": {
        "id": None,
        "originUrl": None,
        "originData": [
            {"duration": 245.6, "audio_url": "https://example001.mp3", "stem_type_group_name": "Vocals", "id": "3d70"},
            {"duration": 245.6, "audio_url": "https://example002.mp3", "stem_type_group_name": "Instrumental"},
        ],
        "instrumentalUrl": "https://file.aiquickdraw.com/s/d92a13bf-c6f4-4ade-bb47-f69738435528_Instrumental.mp3",
        "vocalUrl": "https://file.aiquickdraw.com/s/3d7021c9-fa8b-4eda-91d1-3b9297ddb172_Vocals.mp3",
        "backingVocalsUrl": None,
        "drumsUrl": None,
        "bassUrl": None,
        "guitarUrl": None,
        "pianoUrl": None,
        "keyboardUrl": None,
        "percussionUrl": None,
        "stringsUrl": None,
        "synthUrl": None,
        "fxUrl": None,
        "brassUrl": None,
        "woodwindsUrl": None,
    },
    "successFlag": "SUCCESS",
    "createTime": 1753782854000,
    "errorCode": None,
    "errorMessage": None,
}


def test_the_vocal_separation_example_reads_as_a_success_with_vocals_and_instrumental():
    task = get_family("suno_vocal_removal").read("t1", VOCAL_EXAMPLE)
    assert (task.task_id, task.model, task.state) == (
        VOCAL_EXAMPLE["taskId"],
        "suno/vocal-removal",
        KieTaskState.SUCCESS,
    )
    assert task.result_urls == [VOCAL_EXAMPLE["response"]["vocalUrl"], VOCAL_EXAMPLE["response"]["instrumentalUrl"]]
    assert task.complete_time.year == 2025 and task.result["originUrl"] is None


def test_a_split_stem_separation_collects_its_stems_not_the_original_mix():
    response = {"originUrl": "https://f/mix.mp3", "instrumentalUrl": None, "vocalUrl": "https://f/v.mp3"}
    response |= {"drumsUrl": "https://f/d.mp3", "bassUrl": "https://f/b.mp3", "pianoUrl": None}
    task = get_family("suno_vocal_removal").read("t1", {"successFlag": "SUCCESS", "response": response})
    assert task.result_urls == ["https://f/v.mp3", "https://f/d.mp3", "https://f/b.mp3"]


@pytest.mark.parametrize(
    ("flag", "state"),
    [
        ("PENDING", KieTaskState.WAITING),
        ("CREATE_TASK_FAILED", KieTaskState.FAIL),
        ("GENERATE_AUDIO_FAILED", KieTaskState.FAIL),
        ("GENERATE_WAV_FAILED", KieTaskState.UNKNOWN),  # WAV's failure, not on this page: no failure here
        ("CALLBACK_EXCEPTION", KieTaskState.UNKNOWN),
        ("SEPARATING", KieTaskState.UNKNOWN),
    ],
)
def test_the_vocal_separation_statuses_read_as_the_page_lists_them(flag, state):
    assert get_family("suno_vocal_removal").read("t1", {"successFlag": flag}).state is state


def test_the_vocal_separation_family_is_created_on_its_page_and_needs_a_callback_url():
    api = get_family("suno_vocal_removal")
    body = {"taskId": "t0", "audioId": "a0", "type": "separate_vocal"}
    request = wire.create_task_request(CONFIG, api.model, body, "https://cb.example/x", api)
    assert request.url == CONFIG.base_url + "/api/v1/vocal-removal/generate" and request.creates
    assert wire.record_info_request(CONFIG, "t1", api).url.startswith(CONFIG.base_url + "/api/v1/vocal-removal/record")
    with pytest.raises(KieValidationError, match="callBackUrl"):
        wire.create_task_request(CONFIG, api.model, body, None, api)
    task, _ = read_callback({"code": 200, "data": {"task_id": "t1"}}, "suno_vocal_removal", api.model)
    assert task.state is KieTaskState.UNKNOWN


#: The success example of https://docs.kie.ai/suno-api/get-music-video-details.
MP4_EXAMPLE = {
    "taskId": "988e****c8d3",
    "musicId": "e231****-****-****-****-****8cadc7dc",
    "callbackUrl": "https://api.example.com/callback",
    "musicIndex": 0,
    "completeTime": "2025-01-01 00:10:00",
    "response": {"videoUrl": "https://example.com/s/04e6****e727.mp4"},
    "successFlag": "SUCCESS",
    "createTime": "2025-01-01 00:00:00",
    "errorCode": None,
    "errorMessage": None,
}


@pytest.mark.parametrize(
    ("flag", "state"),
    [
        ("SUCCESS", KieTaskState.SUCCESS),
        ("PENDING", KieTaskState.WAITING),
        ("CREATE_TASK_FAILED", KieTaskState.FAIL),
        ("GENERATE_MP4_FAILED", KieTaskState.FAIL),
        ("RENDERING", KieTaskState.UNKNOWN),
    ],
)
def test_the_music_video_record_reads_as_its_page_says(flag, state):
    api = get_family("suno_mp4")
    task = api.read("t1", {**MP4_EXAMPLE, "successFlag": flag})
    assert (task.task_id, task.model, task.state) == ("988e****c8d3", "suno/mp4", state)
    done = state is KieTaskState.SUCCESS
    assert task.result_urls == (["https://example.com/s/04e6****e727.mp4"] if done else [])
    assert (api.create_path, api.record_path) == ("/api/v1/mp4/generate", "/api/v1/mp4/record-info")
