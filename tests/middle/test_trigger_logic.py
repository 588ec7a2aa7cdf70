"""KieTaskTrigger's decisions in-process: kie.ai's answers are canned by a small aiohttp app in the same loop.

The middle layer for the deferrable wait: the trigger's real poll loop, the shared aiohttp client, the record
readers and the wait's decisions run unchanged against canned recordInfo answers, in milliseconds, with no
emulator and no thread. (httpx's MockTransport does not apply: the triggers run on aiohttp, chosen for its CPU
per poll, and aioresponses 0.7.9 does not work with aiohttp 3.14; aiohttp's own ``TestServer`` serves the
answers from the test's event loop over loopback.) What needs the emulator (dropped connections, pacing under
load, kie.ai's own behaviour) stays in tests/integration/test_trigger.py.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from conftest import TEST_API_KEY

from kie_provider.triggers.kie import KieTaskTrigger

PACING = {"backoff_base": 0.01, "backoff_cap": 0.05, "poll_first": 0.01, "poll_cap": 0.05}
MODEL = "bytedance/seedream-v4-text-to-image"


@pytest.fixture(autouse=True)
def pace(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIRFLOW__KIE__TRIGGER_POLLS_PER_SECOND", "0")


def record(state: str, **more: Any) -> dict[str, Any]:
    data = {"taskId": "task-1", "model": MODEL, "state": state, "resultJson": "", **more}
    return {"code": 200, "msg": "success", "data": data}


def done() -> dict[str, Any]:
    return record("success", resultJson=json.dumps({"resultUrls": ["https://files.test/a.png"]}))


def run(answers: list[dict[str, Any]], **trigger: Any) -> tuple[list[dict[str, Any]], int]:
    """
    The events of a trigger whose polls meet ``answers`` in order, and the polls sent.

    Each answer: ``payload`` (JSON) or ``body`` (text), ``status`` (200), and ``repeat`` to answer it for good.
    """
    polls: list[str] = []

    async def record_info(request: web.Request) -> web.Response:
        assert request.headers["Authorization"] == f"Bearer {TEST_API_KEY}"
        polls.append(request.query["taskId"])
        answer = answers[0] if len(answers) == 1 and answers[0].get("repeat") else answers.pop(0)
        body = answer["body"] if "body" in answer else json.dumps(answer["payload"])
        return web.Response(text=body, status=answer.get("status", 200), content_type="application/json")

    async def scenario() -> list[dict[str, Any]]:
        app = web.Application()
        app.router.add_get("/api/v1/jobs/recordInfo", record_info)
        async with TestServer(app) as kie:
            extra = {"max_retries": 0, **PACING}
            conn = {"conn_type": "kie", "host": str(kie.make_url("")), "password": TEST_API_KEY, "extra": extra}
            with pytest.MonkeyPatch.context() as patch:
                patch.setenv("AIRFLOW_CONN_KIE_DEFAULT", json.dumps(conn))
                waiting = KieTaskTrigger("task-1", timeout=trigger.pop("timeout", 10), **trigger)
                return [event.payload async for event in waiting.run()]

    events = asyncio.run(scenario())
    assert set(polls) <= {"task-1"}
    return events, len(polls)


def test_a_task_that_generates_then_succeeds_fires_one_success_event_with_its_urls():
    events, polls = run([{"payload": record("waiting")}, {"payload": record("generating")}, {"payload": done()}])
    assert [e["status"] for e in events] == ["success"]
    assert events[0]["task"]["result_urls"] == ["https://files.test/a.png"] and polls == 3


def test_a_failed_task_fires_failed_with_kie_s_code_and_message():
    failed = record("fail", failCode="500", failMsg="Internal server error")
    events, _ = run([{"payload": failed}])
    assert events[0]["status"] == "failed"
    assert events[0]["task"]["fail_code"] == "500" and "Internal server error" in events[0]["message"]


def test_transient_answers_are_ridden_out_and_a_bad_key_ends_the_wait_at_once():
    flaky = [{"status": 502, "body": "<html>bad gateway</html>"}, {"status": 429, "payload": {"code": 429}}]
    events, polls = run([*flaky, {"payload": record("queuing")}, {"payload": done()}])
    assert [e["status"] for e in events] == ["success"] and polls == 4
    events, polls = run([{"status": 401, "payload": {"code": 401, "msg": "Unauthorized"}}])
    assert events[0]["status"] == "error" and events[0]["error_type"] == "KieAuthError" and polls == 1
    assert TEST_API_KEY not in json.dumps(events)


def test_one_404_is_not_a_vanished_task_but_404s_for_the_grace_are():
    events, _ = run([{"status": 404, "payload": {"code": 404}}, {"payload": done()}], not_found_grace=5)
    assert events[0]["status"] == "success"
    gone = [{"status": 404, "payload": {"code": 404, "msg": "not found"}}] * 40
    events, _ = run(gone, not_found_grace=0.05)
    assert events[0]["status"] == "error" and events[0]["error_type"] == "KieNotFoundError"


def test_numbers_no_float_holds_read_as_absent_not_a_crash():
    huge = record("generating", costTime=10**400, progress=1e999)
    body = json.dumps(huge).replace("Infinity", "1e999")
    events, _ = run([{"body": body, "content_type": "application/json"}, {"payload": done()}])
    assert [e["status"] for e in events] == ["success"]


def test_an_undocumented_state_is_still_running_never_a_failure():
    events, polls = run([{"payload": record("paused-by-kie")}, {"payload": done()}])
    assert [e["status"] for e in events] == ["success"] and polls == 2


def test_the_deadline_ends_a_task_that_never_finishes_with_a_timeout_event():
    events, _ = run([{"payload": record("generating"), "repeat": True}], timeout=0.3)
    assert events[0]["status"] == "timeout" and "did not finish" in events[0]["message"]
    assert events[0]["task"]["state"] == "generating"
