"""Record readers ride out odd but valid JSON (issue 17 item 8) and read no unknown status as a failure (item 13).

The answers here are valid JSON that kie.ai, a proxy or a bug could send: infinities, NaN, 400-digit numbers and
wrong types. Each reaches the readers through the same wire functions the sync hook, the trigger, the sensor,
reattach and the CLI use, and the sync wait and the trigger are driven end to end in-process.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
import requests
from requests.adapters import BaseAdapter

from kie_provider import config as kie_config
from kie_provider import wire
from kie_provider.exceptions import KieInvalidResponseError
from kie_provider.families import FAMILIES, get_family
from kie_provider.models import KieTask, KieTaskState

RECORD = wire.ApiRequest("recordInfo", "GET", "http://kie.test/x", returns_record=True)
HUGE = "9" * 400
DEDICATED_FLAG = ("veo", "veo_extend", "flux_kontext", "midjourney", "gpt4o_image")


def read(family: str, body: bytes | str) -> KieTask:
    raw = body.encode() if isinstance(body, str) else body
    return wire.read_task("t1", wire.parse_response(RECORD, 200, raw, {}), get_family(family))


def assert_json_safe(task: KieTask) -> None:
    json.dumps(task.to_dict(), allow_nan=False)  # trigger events and XCom hold only real JSON
    task.summary()


@pytest.mark.parametrize("code", ["1e999", "-1e999", "NaN", "Infinity", '"200"', "true", "null", "[200]"])
def test_an_envelope_code_that_is_no_number_is_named_not_crashed(code: str) -> None:
    with pytest.raises(KieInvalidResponseError, match="not kie.ai's JSON envelope"):
        wire.parse_response(RECORD, 200, f'{{"code": {code}, "data": {{"taskId": "t1"}}}}'.encode(), {})


def test_a_400_digit_code_is_an_error_naming_it() -> None:
    with pytest.raises(Exception) as info:
        wire.parse_response(RECORD, 200, f'{{"code": {HUGE}, "msg": "odd"}}'.encode(), {})
    assert "odd" in str(info.value)


@pytest.mark.parametrize("family", DEDICATED_FLAG)
@pytest.mark.parametrize("flag", ["1e999", "-1e999", "NaN", HUGE, "4", "-1", "1.5", '"x"', '"1e3"', "[1]", "{}"])
def test_an_undocumented_success_flag_is_still_running_not_failed(family: str, flag: str) -> None:
    task = read(family, f'{{"code": 200, "data": {{"taskId": "t1", "successFlag": {flag}}}}}')
    assert task.state is KieTaskState.UNKNOWN and not task.is_terminal
    assert_json_safe(task)


@pytest.mark.parametrize("family", ["veo", "flux_kontext", "midjourney"])
@pytest.mark.parametrize(
    ("flag", "state"), [(0, "generating"), (1, "success"), (2, "fail"), (3, "fail"), ('"3"', "fail")]
)
def test_the_documented_success_flags_keep_their_meaning(family: str, flag: Any, state: str) -> None:
    assert read(family, f'{{"code": 200, "data": {{"taskId": "t1", "successFlag": {flag}}}}}').state.value == state


@pytest.mark.parametrize("family", list(FAMILIES))
@pytest.mark.parametrize(
    "field", ["costTime", "consumeCredits", "remainedCredits", "createTime", "completeTime", "updateTime"]
)
@pytest.mark.parametrize("value", [HUGE, "1e999", "-1e999", "NaN", '"abc"', "[]", "{}", "true"])
def test_numbers_and_times_beyond_a_float_read_as_absent(family: str, field: str, value: str) -> None:
    task = read(family, f'{{"code": 200, "data": {{"taskId": "t1", "state": "generating", "{field}": {value}}}}}')
    assert task.cost_time is None and task.consume_credits is None and task.remained_credits is None
    assert task.create_time is None and task.complete_time is None
    assert_json_safe(task)


def test_a_result_json_with_infinities_is_stored_as_real_json() -> None:
    inner = json.dumps('{"resultUrls": ["https://f/1.png"], "score": NaN, "big": 1e999}')
    task = read("market", f'{{"code": 200, "data": {{"taskId": "t1", "state": "success", "resultJson": {inner}}}}}')
    assert task.succeeded and task.result_urls == ["https://f/1.png"]
    assert task.result == {"resultUrls": ["https://f/1.png"], "score": None, "big": None}
    assert_json_safe(task)


@pytest.mark.parametrize("family", list(FAMILIES))
@pytest.mark.parametrize("value", ["{}", "[]", "1e999", "NaN", "true", HUGE, '"  "'])
def test_status_fields_of_the_wrong_type_read_as_unknown(family: str, value: str) -> None:
    body = f'{{"code": 200, "data": {{"taskId": "t1", "state": {value}, "status": {value}, "successFlag": {value}}}}}'
    task = read(family, body)
    assert task.state is KieTaskState.UNKNOWN
    assert_json_safe(task)


@pytest.mark.parametrize("family", list(FAMILIES))
def test_an_unknown_status_word_is_never_a_failure(family: str) -> None:
    body = '{"code": 200, "data": {"taskId": "t1", "state": "PAUSED", "status": "PAUSED"}}'
    assert read(family, body).state is KieTaskState.UNKNOWN


SUNO_TRACKS = {"sunoData": [{"audioUrl": "https://f/a.mp3"}, {"audioUrl": "https://f/b.mp3"}]}


def test_suno_callback_exception_with_tracks_is_collected_not_paid_again() -> None:
    """https://docs.kie.ai/suno-api/get-music-details: CALLBACK_EXCEPTION is "Error occurred during callback"."""
    task = get_family("suno").read("t1", {"taskId": "t1", "status": "CALLBACK_EXCEPTION", "response": SUNO_TRACKS})
    assert task.succeeded and task.result_urls == ["https://f/a.mp3", "https://f/b.mp3"]


def test_suno_callback_exception_without_tracks_keeps_waiting() -> None:
    task = get_family("suno").read("t1", {"taskId": "t1", "status": "CALLBACK_EXCEPTION", "response": None})
    assert task.state is KieTaskState.UNKNOWN and not task.is_terminal


@pytest.mark.parametrize("status", ["CREATE_TASK_FAILED", "GENERATE_AUDIO_FAILED", "SENSITIVE_WORD_ERROR"])
def test_suno_documented_failures_stay_failures(status: str) -> None:
    task = get_family("suno").read("t1", {"taskId": "t1", "status": status, "errorMessage": "no"})
    assert task.state is KieTaskState.FAIL and task.fail_code == status


def test_suno_tracks_that_are_not_urls_are_not_results() -> None:
    response = {"sunoData": [{"audioUrl": 5}, {"audioUrl": ["x"]}, {"audioUrl": "https://f/ok.mp3"}]}
    task = get_family("suno").read("t1", {"taskId": "t1", "status": "SUCCESS", "response": response})
    assert task.result_urls == ["https://f/ok.mp3"]


# -- the synchronous wait and the trigger, end to end in-process -------------------------------------------------

ANSWERS = [
    b'{"code": 1e999, "data": null}',
    b'{"code": 200, "data": {"taskId": "t1", "successFlag": 1e999}}',
    b'{"code": 200, "data": {"taskId": "t1", "successFlag": 4}}',  # undocumented: still running, not a failure
    b'{"code": 200, "data": {"taskId": "t1", "successFlag": "PAUSED", "createTime": true}}',
    b'{"code": 200, "data": {"taskId": "t1", "successFlag": NaN, "costTime": ' + HUGE.encode() + b"}}",
    b'{"code": 200, "data": {"taskId": "t1", "successFlag": 1, "response": {"resultUrls": ["https://f/v.mp4"]}}}',
]


def _config() -> kie_config.KieConnectionConfig:
    return kie_config.config_from_connection(password="k", host="http://kie.test", port=None, extra={})


class _Canned(BaseAdapter):
    """A requests transport that answers each request with the next canned body."""

    def __init__(self, bodies: list[bytes]) -> None:
        super().__init__()
        self.bodies = list(bodies)

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        response = requests.Response()
        response.status_code, response._content = 200, self.bodies.pop(0)
        response.headers["Content-Type"] = "application/json"
        response.request = request
        return response

    def close(self) -> None:
        pass


def test_the_synchronous_wait_rides_out_huge_numbers() -> None:
    from kie_provider.hooks.kie import KieHook

    hook = KieHook()
    session = requests.Session()
    session.mount("http://", _Canned(ANSWERS))
    hook.__dict__.update(config=_config(), session=session)
    task = hook.wait_for_task("t1", poll_interval=0.001, timeout=30, family="veo")
    assert task.succeeded and task.result_urls == ["https://f/v.mp4"]


def test_the_trigger_rides_out_huge_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    import kie_provider.hooks.kie as hooks
    import kie_provider.triggers.kie as triggers

    bodies = list(ANSWERS)

    class Client:
        """Stands in for the triggerer's shared client (``hooks.pool.SharedAsyncClient``): canned answers."""

        async def request(self, method: str, url: str, **kwargs: Any) -> tuple[int, bytes, dict[str, str]]:
            return 200, bodies.pop(0), {"Content-Type": "application/json"}

    async def config(hook: Any) -> kie_config.KieConnectionConfig:
        return _config()

    monkeypatch.setattr(triggers, "connection_config", config)
    monkeypatch.setattr(hooks, "shared_async_client", lambda cfg: Client())

    async def first_event() -> Any:
        trigger = triggers.KieTaskTrigger("t1", timeout=30, poll_interval=0.001, family="veo")
        async for event in trigger.run():
            return event.payload

    payload = asyncio.run(first_event())
    assert payload["status"] == "success", payload
    assert payload["task"]["result_urls"] == ["https://f/v.mp4"] and payload["task"]["cost_time"] is None
    json.dumps(payload, allow_nan=False)


@pytest.mark.parametrize("data", [10**400, "1e999", float("nan"), float("inf"), True, "many"])
def test_credits_beyond_a_float_are_named_not_crashed(data: Any) -> None:
    with pytest.raises(KieInvalidResponseError, match="credit answered no finite number"):
        wire.read_credits(data)


@pytest.mark.parametrize("value", ["inf", "1e999", "nan", "-inf", "9" * 400])
def test_a_retry_after_that_is_no_finite_number_is_no_wait(value: str) -> None:
    assert wire.parse_retry_after(value) is None
