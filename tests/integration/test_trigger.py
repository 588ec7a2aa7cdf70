"""KieTaskTrigger and KieAsyncHook driven by asyncio directly, against the emulator over real HTTP."""

from __future__ import annotations

import asyncio
import importlib
import json
import random
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import TEST_API_KEY, connection_json

from kie_provider import exceptions
from kie_provider.config import KieConnectionConfig
from kie_provider.emulator import Fault, KieEmulator
from kie_provider.hooks.kie import KieAsyncHook, KieHook
from kie_provider.hooks.pool import ASYNC_POOL_SIZE, shared_async_client
from kie_provider.models import KieTask
from kie_provider.operators.kie import KieCreateTaskOperator
from kie_provider.sensors.kie import KieTaskSensor
from kie_provider.triggers.kie import KieTaskTrigger, task_from_event
from kie_provider.waiting import PollSchedule

MODEL = "bytedance/seedream-v4-text-to-image"


def submit(prompt: str = "a red kite over the sea") -> str:
    """Create a task on the emulator ``kie_default`` points at; return its taskId."""
    return KieHook().create_task(MODEL, {"prompt": prompt})


async def events_of(trigger: KieTaskTrigger) -> list[dict[str, Any]]:
    """Every payload ``trigger.run()`` yields, until it returns."""
    return [event.payload async for event in trigger.run()]


def run_trigger(trigger: KieTaskTrigger) -> tuple[list[dict[str, Any]], float]:
    """Run a trigger to its end in a fresh event loop; return its events and the seconds it took."""
    start = time.monotonic()
    events = asyncio.run(events_of(trigger))
    return events, time.monotonic() - start


def only_event(events: list[dict[str, Any]]) -> dict[str, Any]:
    assert len(events) == 1, f"a trigger run must fire exactly one event, got {events}"
    # The event crosses the metadata database: it must be plain JSON.
    assert json.loads(json.dumps(events[0])) == events[0]
    return events[0]


# --- the four outcomes -------------------------------------------------------------------------


def test_success_fires_one_event_with_a_record_that_round_trips(emulator):
    task_id = submit()
    events, _ = run_trigger(KieTaskTrigger(task_id, poll_interval=0.05, timeout=30))
    event = only_event(events)
    assert event["status"] == "success"
    assert event["kie_task_id"] == task_id
    task = KieTask.from_dict(event["task"])
    assert task.to_dict() == event["task"]
    assert task.task_id == task_id and task.succeeded and task.model == MODEL
    assert task.result_urls and all(u.startswith(emulator.url) for u in task.result_urls)
    assert task.input == {"prompt": "a red kite over the sea"}
    assert task_id in event["message"] and "success" in event["message"]
    assert task_from_event(event) == task


def test_failed_task_fires_failed_with_fail_code_and_message(emulator):
    emulator.fail_tasks(1, fail_code="400", fail_msg="content policy violation")
    task_id = submit()
    event = only_event(run_trigger(KieTaskTrigger(task_id, poll_interval=0.05, timeout=30))[0])
    assert event["status"] == "failed"
    task = KieTask.from_dict(event["task"])
    assert (task.state.value, task.fail_code, task.fail_msg) == ("fail", "400", "content policy violation")
    assert "failCode 400: content policy violation" in event["message"]
    with pytest.raises(exceptions.KieTaskFailedError) as err:
        task_from_event(event)
    assert (err.value.fail_code, err.value.fail_msg) == ("400", "content policy violation")
    assert task_id in err.value.message


def test_fail_marker_in_prompt_also_fails(emulator):
    task_id = submit("a kite [[fail]]")
    event = only_event(run_trigger(KieTaskTrigger(task_id, poll_interval=0.05, timeout=30))[0])
    assert event["status"] == "failed" and event["task"]["state"] == "fail"


def test_task_that_never_ends_times_out_at_its_deadline(emulator):
    task_id = submit("a kite [[hang]]")
    events, took = run_trigger(KieTaskTrigger(task_id, poll_interval=0.2, deadline=time.time() + 0.8))
    event = only_event(events)
    assert event["status"] == "timeout"
    assert event["task"]["state"] not in ("success", "fail")  # the last record seen is kept
    assert "deadline" in event["message"] and event["task"]["state"] in event["message"]
    # The last sleep is cut to the deadline rather than overshooting it by a whole interval.
    assert 0.7 <= took < 1.5
    with pytest.raises(exceptions.KieTimeoutError):
        task_from_event(event)


def test_wrong_key_ends_at_once_with_a_permanent_auth_error(emulator, monkeypatch):
    task_id = submit()
    wrong = json.loads(connection_json(emulator))
    wrong["password"] = "sk-wrong-key-also-secret"
    monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", json.dumps(wrong))
    events, took = run_trigger(KieTaskTrigger(task_id, poll_interval=0.05, timeout=30))
    event = only_event(events)
    assert event["status"] == "error"
    assert (event["error_type"], event["code"]) == ("KieAuthError", 401)
    assert took < 5  # not ridden out until the 30 s deadline
    assert emulator.stats()["record_info"] == 1  # a 401 is not polled again
    assert "sk-wrong-key-also-secret" not in json.dumps(event) and TEST_API_KEY not in json.dumps(event)
    with pytest.raises(exceptions.KieAuthError) as err:
        task_from_event(event)
    assert isinstance(err.value, exceptions.KiePermanentError) and err.value.code == 401


def test_unknown_task_ends_after_the_not_found_grace(emulator):
    events, took = run_trigger(KieTaskTrigger("no-such-task", poll_interval=0.05, timeout=30, not_found_grace=0.5))
    event = only_event(events)
    assert (event["status"], event["error_type"], event["code"]) == ("error", "KieNotFoundError", 404)
    assert event["task"] is None
    assert 0.5 <= took < 5
    assert emulator.stats()["record_info"] >= 5  # tolerated during the grace, not fatal at once
    with pytest.raises(exceptions.KieNotFoundError):
        task_from_event(event)


def test_task_that_appears_within_the_grace_is_followed(emulator):
    # kie.ai may answer "unknown" for a moment after createTask: the grace must cover that.
    task_id = submit()
    emulator.add_fault("recordInfo", Fault(kind="code", code=404, message="record not found"), times=3)
    event = only_event(run_trigger(KieTaskTrigger(task_id, poll_interval=0.05, timeout=30, not_found_grace=5))[0])
    assert event["status"] == "success"


# --- transient failures are ridden out -----------------------------------------------------------

TRANSIENT_FAULTS = {
    "429": Fault(kind="code", code=429),
    "429_retry_after": Fault(kind="code", code=429, status=429, retry_after=1),
    "455": Fault(kind="code", code=455),
    "500": Fault(kind="code", code=500, status=500),
    "502_html": Fault(kind="html"),
    "truncated_json": Fault(kind="truncated"),
    "malformed": Fault(kind="malformed"),
    "dropped": Fault(kind="drop"),
    "reset": Fault(kind="reset"),
    "slower_than_timeout": Fault(kind="latency", delay=1.0),
}


@pytest.mark.parametrize("name", list(TRANSIENT_FAULTS))
def test_transient_failures_are_ridden_out(emulator, monkeypatch, name):
    # A 0.5 s read timeout makes the 1 s latency fault a client-side timeout.
    monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emulator, timeout=0.5))
    task_id = submit()
    emulator.add_fault("recordInfo", TRANSIENT_FAULTS[name], times=2)
    events, took = run_trigger(KieTaskTrigger(task_id, poll_interval=0.05, timeout=30))
    event = only_event(events)
    assert event["status"] == "success", event
    assert event["kie_task_id"] == task_id
    # Both faults were met and followed by real polls, each poll one request (no hidden retries).
    assert emulator.stats()["record_info"] >= 3
    if name == "429_retry_after":
        assert took >= 2 * 0.9  # Retry-After: 1 honoured twice over a 0.05 s poll interval


def test_persistent_server_errors_end_in_timeout_not_in_error(emulator):
    task_id = submit()
    emulator.add_fault("recordInfo", Fault(kind="code", code=500, status=500), times=None)
    events, took = run_trigger(KieTaskTrigger(task_id, poll_interval=0.05, deadline=time.time() + 0.6))
    event = only_event(events)
    assert event["status"] == "timeout"
    assert event["task"] is None and "unknown" in event["message"]
    assert took < 2
    assert emulator.stats()["record_info"] >= 5


# --- the deadline is absolute and survives serialisation ---------------------------------------


def test_serialize_round_trips_to_an_equal_trigger():
    trigger = KieTaskTrigger("abc123", kie_conn_id="kie_other", timeout=600, poll_interval=7.5, not_found_grace=12)
    classpath, kwargs = trigger.serialize()
    module, _, name = classpath.rpartition(".")
    cls = getattr(importlib.import_module(module), name)
    assert cls is KieTaskTrigger
    assert json.loads(json.dumps(kwargs)) == kwargs  # plain JSON only
    rebuilt = cls(**kwargs)
    assert rebuilt == trigger and hash(rebuilt) == hash(trigger)
    assert rebuilt.serialize() == (classpath, kwargs)
    assert (rebuilt.kie_conn_id, rebuilt.poll_interval, rebuilt.not_found_grace) == ("kie_other", 7.5, 12)
    assert KieTaskTrigger("other", timeout=600) != trigger


def test_timeout_sets_an_absolute_deadline_that_a_rebuilt_trigger_keeps():
    before = time.time()
    trigger = KieTaskTrigger("abc123", timeout=600)
    assert before + 600 <= trigger.deadline <= time.time() + 600
    _, kwargs = trigger.serialize()
    time.sleep(0.3)
    later = KieTaskTrigger(**kwargs)
    assert later.deadline == trigger.deadline
    assert later.deadline - time.time() <= 600 - 0.3


def test_zero_timeout_means_now_not_the_default():
    assert KieTaskTrigger("abc123", timeout=0).deadline <= time.time()


def test_a_trigger_rebuilt_later_only_waits_for_the_time_left(emulator):
    # As when a triggerer restarts: the new trigger must not start a fresh timeout.
    task_id = submit("a kite [[hang]]")
    _, kwargs = KieTaskTrigger(task_id, timeout=1.2, poll_interval=0.05).serialize()
    time.sleep(0.8)
    events, took = run_trigger(KieTaskTrigger(**kwargs))
    assert only_event(events)["status"] == "timeout"
    assert took < 0.8


# --- polling schedule ------------------------------------------------------------------------------


def test_adaptive_schedule_starts_at_2_5_s_and_backs_off_to_a_cap():
    schedule = PollSchedule(first=2.5, cap=30.0)
    intervals = [schedule.next() for _ in range(12)]
    assert intervals[0] == 2.5
    assert all(b >= a for a, b in zip(intervals, intervals[1:], strict=False))
    assert intervals[1] > intervals[0] and intervals[-1] == 30.0
    fixed = PollSchedule(interval=4.0)
    assert [fixed.next() for _ in range(5)] == [4.0] * 5


async def poll_times(emu: KieEmulator, trigger: KieTaskTrigger) -> list[float]:
    """Run ``trigger`` while watching the emulator's recordInfo counter; return when each poll arrived."""
    seen: list[float] = []
    done = asyncio.Event()

    async def watch() -> None:
        count = 0
        while not done.is_set():
            now = emu.stats()["record_info"]
            seen.extend([time.monotonic()] * (now - count))
            count = now
            await asyncio.sleep(0.005)

    watcher = asyncio.create_task(watch())
    await events_of(trigger)
    await asyncio.sleep(0.02)
    done.set()
    await watcher
    return seen


def test_adaptive_intervals_grow_to_the_cap_while_fixed_ones_stay(emulator):
    # The autouse fixture shrinks the schedule to 0.1 s growing to 0.5 s.
    task_id = submit("a kite [[hang]]")
    times = asyncio.run(poll_times(emulator, KieTaskTrigger(task_id, deadline=time.time() + 2.6)))
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert 0.06 <= gaps[0] <= 0.2
    assert gaps[2] > gaps[0] * 1.5  # 0.1 -> 0.15 -> 0.225
    assert all(0.4 <= g <= 0.65 for g in gaps[4:-1])  # capped at 0.5 (the last one is cut by the deadline)

    emulator.reset()
    task_id = submit("a kite [[hang]]")
    times = asyncio.run(poll_times(emulator, KieTaskTrigger(task_id, poll_interval=0.25, deadline=time.time() + 1.6)))
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert len(gaps) >= 4
    assert all(0.2 <= g <= 0.35 for g in gaps[:-1])


# --- many triggers, one loop -------------------------------------------------------------------------


@pytest.fixture
def busy_emulator(monkeypatch: pytest.MonkeyPatch) -> Iterator[KieEmulator]:
    """An emulator without the createTask rate limit, tasks lasting 2-3 s."""
    rng = random.Random(7)
    with KieEmulator(
        api_key=TEST_API_KEY, rate_limit=None, duration_fn=lambda model, data: rng.uniform(2.0, 3.0)
    ) as emu:
        monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emu))
        yield emu


async def run_with_ticker(triggers: list[KieTaskTrigger]) -> tuple[list[list[dict[str, Any]]], list[float]]:
    """Run triggers concurrently while a 10 ms ticker measures how late the loop wakes it."""
    lags: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        while not done.is_set():
            start = time.perf_counter()
            await asyncio.sleep(0.01)
            lags.append(time.perf_counter() - start - 0.01)

    tick = asyncio.create_task(ticker())
    results = await asyncio.gather(*(events_of(t) for t in triggers))
    done.set()
    await tick
    return list(results), lags


def test_fifty_triggers_share_one_pooled_client_and_never_block_the_loop(busy_emulator):
    hook = KieHook()
    task_ids = [hook.create_task(MODEL, {"prompt": f"kite {i}"}) for i in range(50)]
    hook.close()
    before = busy_emulator.stats()["connections"]
    results, lags = asyncio.run(run_with_ticker([KieTaskTrigger(t, poll_interval=0.25, timeout=60) for t in task_ids]))
    stats = busy_emulator.stats()
    assert [only_event(events)["status"] for events in results] == ["success"] * 50
    assert sorted(only_event(events)["kie_task_id"] for events in results) == sorted(task_ids)
    polls, connections = stats["record_info"], stats["connections"] - before
    assert polls >= 50 * 4
    # Connections are bounded by the pool, not by the number of triggers times polls.
    assert connections <= ASYNC_POOL_SIZE
    assert connections * 4 <= polls
    lags.sort()
    p99 = lags[int(len(lags) * 0.99)]
    assert p99 < 0.2, f"event loop lag p99 {p99 * 1000:.0f} ms: something blocks inside run()"


def test_one_client_per_loop_and_configuration(emulator):
    async def clients() -> tuple[Any, Any, Any]:
        a, b = KieAsyncHook(), KieAsyncHook()
        config = await a.get_config()
        other = KieConnectionConfig(api_key="k2", base_url=emulator.url)
        return (
            shared_async_client(config),
            shared_async_client(await b.get_config()),
            shared_async_client(other),
        )

    first, same, other = asyncio.run(clients())
    assert first is same and other is not first
    assert asyncio.run(clients())[0] is not first  # a new loop gets its own client


def test_pool_bound_holds_and_slots_come_back_after_errors(emulator, monkeypatch):
    from kie_provider.hooks import pool

    monkeypatch.setattr(pool, "ASYNC_POOL_SIZE", 4)
    monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emulator, timeout=0.5, max_retries=5))
    task_id = submit()
    # Client-side timeouts first (the slot must be given back on that error path), then slow answers.
    emulator.add_fault("recordInfo", Fault(kind="latency", delay=1.0), times=4)
    emulator.add_fault("recordInfo", Fault(kind="latency", delay=0.1), times=30)
    before = emulator.stats()["connections"]

    async def many() -> list[KieTask]:
        hook = KieAsyncHook()
        return await asyncio.wait_for(asyncio.gather(*(hook.get_task(task_id) for _ in range(30))), 30)

    start = time.monotonic()
    tasks = asyncio.run(many())
    took = time.monotonic() - start
    assert [t.task_id for t in tasks] == [task_id] * 30
    # At most 4 at a time: 30 answers of 0.1 s take at least 30 * 0.1 / 4 s.
    assert took >= 0.7
    # Four connections, plus one for each that a timeout closed.
    assert emulator.stats()["connections"] - before <= 4 + 4


# --- the async hook ------------------------------------------------------------------------------------


def test_async_hook_tells_a_refused_connection_from_a_request_that_got_no_answer(emulator, monkeypatch):
    # Whether a request may have reached kie.ai decides whether a create may be sent again.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    refused = json.loads(connection_json(emulator, timeout=0.5))
    refused["host"] = f"http://127.0.0.1:{closed_port}"
    monkeypatch.setenv("AIRFLOW_CONN_KIE_REFUSED", json.dumps(refused))
    monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emulator, timeout=0.5))
    task_id = submit()
    emulator.add_fault("recordInfo", Fault(kind="latency", delay=1.5), times=1)

    async def both() -> list[BaseException]:
        calls = (
            KieAsyncHook("kie_refused").get_task(task_id, retry=False),
            KieAsyncHook().get_task(task_id, retry=False),
        )
        return await asyncio.gather(*calls, return_exceptions=True)

    never_sent, unanswered = asyncio.run(both())
    assert isinstance(never_sent, exceptions.KieConnectionError) and never_sent.sent is False, never_sent
    assert "could not connect" in never_sent.message
    assert isinstance(unanswered, exceptions.KieConnectionError) and unanswered.sent is True, unanswered
    assert "no answer within 0.5s" in unanswered.message
    assert TEST_API_KEY not in never_sent.message + unanswered.message


ENVELOPE_ERRORS = [
    (401, 200, exceptions.KieAuthError),
    (402, 200, exceptions.KieInsufficientCreditsError),
    (404, 200, exceptions.KieNotFoundError),
    (422, 200, exceptions.KieValidationError),
    (429, 200, exceptions.KieRateLimitError),
    (455, 200, exceptions.KieServiceUnavailableError),
    (500, 500, exceptions.KieServiceUnavailableError),
    (501, 200, exceptions.KieTaskFailedError),
    (505, 200, exceptions.KieFeatureDisabledError),
]


@pytest.mark.parametrize(("code", "status", "error"), ENVELOPE_ERRORS, ids=[str(c) for c, _, _ in ENVELOPE_ERRORS])
def test_async_hook_raises_the_typed_error_of_the_envelope_code(emulator, code, status, error):
    task_id = submit()
    emulator.add_fault("recordInfo", Fault(kind="code", code=code, status=status, message=f"says {code}"))

    async def get() -> KieTask:
        return await KieAsyncHook().get_task(task_id, retry=False)

    with pytest.raises(exceptions.KieError) as err:
        asyncio.run(get())
    assert type(err.value) is error
    assert err.value.code == code and f"says {code}" in err.value.message
    assert TEST_API_KEY not in str(err.value)


def test_async_hook_reads_retry_after_and_html_pages(emulator):
    task_id = submit()
    emulator.add_fault("recordInfo", Fault(kind="code", code=429, status=429, retry_after=3))
    emulator.add_fault("recordInfo", Fault(kind="html"))

    async def get() -> KieTask:
        return await KieAsyncHook().get_task(task_id, retry=False)

    with pytest.raises(exceptions.KieRateLimitError) as rate:
        asyncio.run(get())
    assert rate.value.retry_after == 3
    with pytest.raises(exceptions.KieInvalidResponseError) as html:
        asyncio.run(get())
    assert "502" in html.value.message and "Bad Gateway" in html.value.message


def test_async_hook_retries_transient_errors_when_asked(emulator):
    task_id = submit()
    emulator.add_fault("recordInfo", Fault(kind="code", code=500, status=500), times=2)
    task = asyncio.run(KieAsyncHook().get_task(task_id))
    assert task.task_id == task_id
    assert emulator.stats()["record_info"] == 3


# --- what consumes the event ---------------------------------------------------------------------------

GARBAGE_EVENTS = [
    None,
    "success",
    {},
    {"status": "done"},
    {"status": "success", "task": None},
    {"status": "success", "task": {"task_id": "x", "state": "generating"}},
]


@pytest.mark.parametrize("event", GARBAGE_EVENTS, ids=range(len(GARBAGE_EVENTS)))
def test_execute_complete_rejects_events_it_does_not_understand(event):
    operator = KieCreateTaskOperator(task_id="gen", model=MODEL, input={"prompt": "x"})
    sensor = KieTaskSensor(task_id="wait", kie_task_id="abc")
    for consumer in (operator, sensor):
        with pytest.raises(exceptions.KieError) as err:
            consumer.execute_complete({}, event)
        assert type(err.value) is exceptions.KieError


@pytest.mark.parametrize(
    "error_type",
    ["KieAuthError", "KieInsufficientCreditsError", "KieNotFoundError", "KieFeatureDisabledError"],
)
def test_error_events_rebuild_the_typed_error(error_type):
    cls = getattr(exceptions, error_type)
    event = {"status": "error", "kie_task_id": "abc", "task": None, "message": "m", "error_type": error_type, "code": 7}
    with pytest.raises(cls) as err:
        task_from_event(event)
    assert type(err.value) is cls and err.value.code == 7 and err.value.message == "m"


def test_error_events_naming_no_kie_error_fall_back_to_kie_error():
    for name in ("ValueError", "SystemExit", "nonsense", None):
        with pytest.raises(exceptions.KieError) as err:
            task_from_event({"status": "error", "message": "m", "error_type": name})
        assert type(err.value) is exceptions.KieError
