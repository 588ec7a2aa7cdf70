"""Floor 1: each kie.ai API family's create body and record, read as one task record with the provider's states."""

from __future__ import annotations

import json

import pytest

from kie_provider import wire
from kie_provider.config import KieConnectionConfig
from kie_provider.exceptions import KieValidationError
from kie_provider.families import FAMILIES, MARKET, get_family
from kie_provider.models import KieTaskState

CONFIG = KieConnectionConfig(api_key="k", base_url="https://api.example")


def read(family: str, data: dict) -> object:
    return get_family(family).read("t1", data)


def test_veo_record_as_documented():
    # docs.kie.ai/veo3-api/get-veo-3-video-details, the success example.
    data = {
        "taskId": "veo_task_abcdef123456",
        "paramJson": '{"prompt":"A futuristic city with flying cars at sunset.","waterMark":"KieAI"}',
        "completeTime": "2025-06-06 10:30:00",
        "response": {"taskId": "veo_task_abcdef123456", "resultUrls": ["http://example.com/video1.mp4"]},
        "successFlag": 1,
        "errorCode": None,
        "errorMessage": "",
        "createTime": "2025-06-06 10:25:00",
    }
    task = read("veo", data)
    assert (task.task_id, task.model, task.state) == ("veo_task_abcdef123456", "veo/generate", KieTaskState.SUCCESS)
    assert task.result_urls == ["http://example.com/video1.mp4"] and task.param["waterMark"] == "KieAI"
    assert task.complete_time.isoformat() == "2025-06-06T10:30:00+00:00"
    assert read("veo", {"successFlag": 0}).state is KieTaskState.GENERATING
    failed = read("veo", {"successFlag": 3, "errorCode": 501, "errorMessage": "upstream failed"})
    assert (failed.state, failed.fail_code, failed.fail_msg) == (KieTaskState.FAIL, "501", "upstream failed")
    assert read("veo_extend", {"successFlag": 0}).model == "veo/extend"


@pytest.mark.parametrize(
    ("status", "state"),
    [
        ("PENDING", KieTaskState.WAITING),
        ("TEXT_SUCCESS", KieTaskState.GENERATING),
        ("FIRST_SUCCESS", KieTaskState.GENERATING),
        ("SUCCESS", KieTaskState.SUCCESS),
        ("SENSITIVE_WORD_ERROR", KieTaskState.FAIL),
        ("GENERATE_AUDIO_FAILED", KieTaskState.FAIL),
        ("SOMETHING_NEW", KieTaskState.UNKNOWN),
    ],
)
def test_suno_statuses(status, state):
    data = {
        "status": status,
        "response": {"sunoData": [{"audioUrl": "https://f/a.mp3"}, {"audioUrl": "https://f/b.mp3"}]},
    }
    task = read("suno", data)
    assert task.state is state
    assert task.result_urls == (["https://f/a.mp3", "https://f/b.mp3"] if state is KieTaskState.SUCCESS else [])
    if state is KieTaskState.FAIL:
        assert task.fail_code == status  # the status says why when no errorCode does


def test_runway_4o_flux_and_midjourney_records():
    runway = read("runway", {"state": "queueing"})
    assert runway.state is KieTaskState.QUEUING
    done = read(
        "runway", {"state": "success", "videoInfo": {"videoUrl": "https://f/v.mp4", "imageUrl": "https://f/c.jpg"}}
    )
    assert done.result_urls == ["https://f/v.mp4"] and done.result["imageUrl"] == "https://f/c.jpg"
    fail = read("runway", {"state": "fail", "failCode": 400, "failMsg": "policy"})
    assert (fail.fail_code, fail.fail_msg) == ("400", "policy")
    gpt = read("gpt4o_image", {"status": "SUCCESS", "successFlag": 1, "response": {"resultUrls": ["https://f/1.png"]}})
    assert gpt.state is KieTaskState.SUCCESS and gpt.result_urls == ["https://f/1.png"]
    assert read("gpt4o_image", {"status": "GENERATE_FAILED"}).state is KieTaskState.FAIL
    flux = read("flux_kontext", {"successFlag": 1, "response": {"resultImageUrl": "https://f/k.jpg"}})
    assert flux.result_urls == ["https://f/k.jpg"]  # one URL, not one per character
    info = json.dumps({"resultUrls": [{"resultUrl": "https://f/m1.png"}, {"resultUrl": "https://f/m2.png"}]})
    assert read("midjourney", {"successFlag": 1, "resultInfoJson": info}).result_urls == [
        "https://f/m1.png",
        "https://f/m2.png",
    ]


def test_results_of_a_task_still_running_are_not_results():
    assert read("veo", {"successFlag": 0, "response": {"resultUrls": ["https://f/partial.mp4"]}}).result_urls == []


def test_create_bodies_and_paths():
    market = wire.create_task_request(CONFIG, "m", {"a": 1}, "https://cb/x")
    assert market.url.endswith("/api/v1/jobs/createTask") and market.json == {
        "model": "m",
        "callBackUrl": "https://cb/x",
        "input": {"a": 1},
    }
    veo = wire.create_task_request(CONFIG, "veo/generate", {"prompt": "p", "model": "veo3"}, None, get_family("veo"))
    assert veo.url.endswith("/api/v1/veo/generate") and veo.json == {"prompt": "p", "model": "veo3"} and veo.creates
    record = wire.record_info_request(CONFIG, "t1", get_family("runway"))
    assert record.url.endswith("/api/v1/runway/record-detail") and record.params == {"taskId": "t1"}


def test_suno_needs_a_callback_url_before_anything_is_sent():
    with pytest.raises(KieValidationError) as err:
        wire.create_task_request(CONFIG, "suno/generate", {"prompt": "p"}, None, get_family("suno"))
    assert err.value.fields == ["callback_url"] and "Suno" in err.value.message


def test_every_family_is_known_by_name_and_an_unknown_one_is_refused():
    assert get_family(None).name == MARKET and set(FAMILIES) >= {
        "veo",
        "suno",
        "runway",
        "gpt4o_image",
        "flux_kontext",
        "midjourney",
    }
    assert get_family("gpt4o_image").min_poll_interval >= 1 / 3  # "3 queries per second per task"
    with pytest.raises(ValueError, match="known: market"):
        get_family("dalle")


@pytest.mark.parametrize(
    ("family", "create", "record", "generation"),
    [
        ("suno_extend", "/api/v1/generate/extend", "/api/v1/generate/record-info", "suno"),
        ("runway_extend", "/api/v1/runway/extend", "/api/v1/runway/record-detail", "runway"),
    ],
)
def test_an_extension_is_created_on_its_page_and_polled_like_its_generation(family, create, record, generation):
    # https://docs.kie.ai/suno-api/get-music-details takes "a taskId from a Generate Music or an Extend Music
    # task"; https://docs.kie.ai/runway-api/get-ai-video-details "the video generation or extension task".
    api = get_family(family)
    assert (api.create_path, api.record_path) == (create, record)
    assert api.record_path == get_family(generation).record_path and api.reader is get_family(generation).reader
    request = wire.create_task_request(CONFIG, api.model, {"taskId": "t0"}, "https://cb.example/x", api)
    assert request.url == CONFIG.base_url + create and request.creates
    assert request.json == {"taskId": "t0", "callBackUrl": "https://cb.example/x"}
    assert wire.record_info_request(CONFIG, "t1", api).url == CONFIG.base_url + record
    done = {"status": "SUCCESS", "response": {"sunoData": [{"audioUrl": "https://f/a.mp3"}]}}
    if generation == "runway":
        done = {"state": "success", "videoInfo": {"videoUrl": "https://f/v.mp4"}}
    task = read(family, done)
    assert task.succeeded and task.result_urls and task.model == api.model
    # A status the docs do not list is no failure: nothing is paid twice on a guess.
    assert read(family, {"status": "NEW", "state": "new"}).state is KieTaskState.UNKNOWN


def test_suno_extend_needs_a_callback_url_as_its_page_says():
    with pytest.raises(KieValidationError, match="callBackUrl"):
        wire.create_task_request(CONFIG, "suno/extend", {"audioId": "a"}, None, get_family("suno_extend"))
