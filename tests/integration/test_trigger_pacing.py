"""Waits resumed together (a triggerer restart) spread their polls: the pacer, against the emulator over real HTTP."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import TEST_API_KEY, connection_json

from kie_provider.emulator import KieEmulator
from kie_provider.hooks.kie import KieHook
from kie_provider.triggers.kie import KieTaskTrigger
from kie_provider.triggers.pacing import (
    DEFAULT_POLLS_PER_SECOND,
    WAKE_GRID,
    PollPacer,
    configured_rate,
    poll_pacer,
    sleep_on_grid,
)

MODEL = "bytedance/seedream-v4-text-to-image"


@pytest.fixture
def fast_emulator(monkeypatch: pytest.MonkeyPatch) -> Iterator[KieEmulator]:
    """An emulator without the createTask limit whose tasks finish in a fraction of a second."""
    with KieEmulator(api_key=TEST_API_KEY, rate_limit=None, durations=(0.02, 0.02, 0.1)) as emu:
        monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emu))
        yield emu


@pytest.fixture
def endless_emulator(monkeypatch: pytest.MonkeyPatch) -> Iterator[KieEmulator]:
    """An emulator whose tasks stay ``generating`` for ten minutes."""
    with KieEmulator(api_key=TEST_API_KEY, rate_limit=None, durations=(0.01, 0.01, 600.0)) as emu:
        monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emu))
        yield emu


def submit(n: int) -> list[str]:
    """Create ``n`` tasks on the emulator ``kie_default`` points at."""
    hook = KieHook()
    try:
        return [hook.create_task(MODEL, {"prompt": f"a kite number {i}"}) for i in range(n)]
    finally:
        hook.close()


async def events_of(trigger: KieTaskTrigger) -> list[dict[str, Any]]:
    """Every payload ``trigger.run()`` yields, until it returns."""
    return [event.payload async for event in trigger.run()]


def test_pacer_hands_out_send_times_one_gap_apart_in_order():
    pacer = PollPacer(50.0)
    delays = [pacer.reserve() for _ in range(100)]
    # A burst of 100 becomes 100 send times 20 ms apart: the last one two seconds out.
    assert delays[0] == pytest.approx(0.0, abs=0.01)
    assert all(b > a for a, b in zip(delays, delays[1:], strict=False))
    assert delays[-1] == pytest.approx(99 / 50, abs=0.05)
    assert PollPacer(0).reserve() == 0.0, "0 turns the pacing off"


def test_sleeping_waits_wake_together_on_the_grid_never_early_and_never_past_their_limit():
    async def wakes() -> list[tuple[float, float, float]]:
        loop = asyncio.get_running_loop()

        async def one(delay: float, limit: float | None) -> tuple[float, float, float]:
            start = loop.time()
            await sleep_on_grid(delay, limit)
            return start, loop.time(), delay if limit is None else min(delay, limit)

        cases = [(0.013 * i, None) for i in range(1, 12)] + [(5.0, 0.03)]
        return await asyncio.gather(*(one(delay, limit) for delay, limit in cases))

    results = asyncio.run(wakes())
    for start, woke, least in results[:-1]:
        assert woke - start >= least - 0.002, "woke before the delay asked for"
        # On (or, on a busy machine, just after) a multiple of the grid, so that waits wake together.
        assert (woke / WAKE_GRID) % 1 < 0.4, f"woke at {woke:.4f}, off the {WAKE_GRID} s grid"
    assert len({round(woke / WAKE_GRID) for _, woke, _ in results[:-1]}) <= 4, "11 sleeps over 0.14 s: few wake-ups"
    start, woke, _ = results[-1]
    assert woke - start < 1.0, "the limit (a deadline) cuts the sleep short"


def test_rate_comes_from_the_deployment_setting(monkeypatch):
    monkeypatch.delenv("AIRFLOW__KIE__TRIGGER_POLLS_PER_SECOND", raising=False)
    assert configured_rate() == DEFAULT_POLLS_PER_SECOND
    monkeypatch.setenv("AIRFLOW__KIE__TRIGGER_POLLS_PER_SECOND", "35")
    assert configured_rate() == 35.0

    async def rates() -> tuple[float, bool]:
        return poll_pacer().rate, poll_pacer() is poll_pacer()

    assert asyncio.run(rates()) == (35.0, True), "one pacer per event loop, with the configured rate"


def test_waits_resumed_at_once_spread_their_first_polls(fast_emulator, monkeypatch):
    # 100 waits resume in the same instant, as after a triggerer restart, with a 2 s interval. Without
    # pacing, all 100 first polls reach kie.ai at once; paced at 20 a second they take five seconds.
    rate, n = 20.0, 100
    monkeypatch.setenv("AIRFLOW__KIE__TRIGGER_POLLS_PER_SECOND", str(rate))
    task_ids = submit(n)
    time.sleep(0.3)  # every task has finished: each wait needs exactly one poll
    triggers = [KieTaskTrigger(t, poll_interval=2.0, timeout=120) for t in task_ids]
    before = fast_emulator.stats()["record_info"]

    async def resume_all() -> tuple[list[list[dict[str, Any]]], int, float]:
        started = time.monotonic()
        runs = asyncio.gather(*(events_of(t) for t in triggers))
        await asyncio.sleep(0.5)
        polls = (await asyncio.to_thread(fast_emulator.stats))["record_info"] - before
        # Measured after the counter came back: an upper bound of the time the polls had, whatever the load.
        elapsed = time.monotonic() - started
        return await runs, polls, elapsed

    results, early_polls, elapsed = asyncio.run(resume_all())
    # A slow machine only delays polls: the emulator can have seen at most one per 1/rate since the start.
    assert early_polls <= rate * elapsed + 2, f"{early_polls} polls arrived within {elapsed:.2f}s"
    assert early_polls < n, "the waits did not all poll in the first instant"
    # Each wait still fires its one event, and each needed one poll.
    assert [len(events) for events in results] == [1] * n
    assert [events[0]["status"] for events in results] == ["success"] * n
    assert sorted(events[0]["kie_task_id"] for events in results) == sorted(task_ids)
    assert fast_emulator.stats()["record_info"] - before == n


def test_a_wait_queued_behind_the_pace_still_ends_at_its_deadline(endless_emulator, monkeypatch):
    # 20 waits at 2 polls a second would need ten seconds for their first polls; each has one second.
    monkeypatch.setenv("AIRFLOW__KIE__TRIGGER_POLLS_PER_SECOND", "2")
    triggers = [KieTaskTrigger(t, poll_interval=0.5, timeout=1.0) for t in submit(20)]

    async def run_all() -> tuple[list[list[dict[str, Any]]], float]:
        started = time.monotonic()
        results = await asyncio.gather(*(events_of(t) for t in triggers))
        return list(results), time.monotonic() - started

    results, took = asyncio.run(run_all())
    assert [[e["status"] for e in events] for events in results] == [["timeout"]] * 20
    # Far less than the ten seconds the queue would take: the deadline wins over the pace.
    assert took < 8.0, f"the waits ended after {took:.1f}s"


def test_waits_started_together_read_their_connection_once(fast_emulator, monkeypatch):
    from kie_provider.hooks.kie import KieAsyncHook

    reads: list[str] = []
    real = KieAsyncHook.aget_connection

    async def counted(conn_id: str) -> Any:
        reads.append(conn_id)
        return await real(conn_id)

    # Counts the real lookups (the real one still runs): 50 waits resumed at once need one.
    monkeypatch.setattr(KieAsyncHook, "aget_connection", staticmethod(counted))
    monkeypatch.setenv("AIRFLOW__KIE__TRIGGER_POLLS_PER_SECOND", "0")
    triggers = [KieTaskTrigger(t, poll_interval=0.2, timeout=60) for t in submit(50)]

    async def run_all() -> list[list[dict[str, Any]]]:
        return list(await asyncio.gather(*(events_of(t) for t in triggers)))

    results = asyncio.run(run_all())
    assert [[e["status"] for e in events] for events in results] == [["success"]] * 50
    assert reads == ["kie_default"]


def test_a_missing_connection_is_not_remembered(fast_emulator, monkeypatch):
    monkeypatch.setenv("AIRFLOW__KIE__TRIGGER_POLLS_PER_SECOND", "0")
    (task_id,) = submit(1)
    connection = os.environ["AIRFLOW_CONN_KIE_DEFAULT"]

    async def missing_then_present() -> tuple[BaseException | None, list[dict[str, Any]]]:
        monkeypatch.delenv("AIRFLOW_CONN_KIE_DEFAULT")
        failure: BaseException | None = None
        try:
            await events_of(KieTaskTrigger(task_id, poll_interval=0.1, timeout=30))
        except Exception as error:  # what the trigger raised to Airflow
            failure = error
        monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection)
        return failure, await events_of(KieTaskTrigger(task_id, poll_interval=0.1, timeout=30))

    failure, events = asyncio.run(missing_then_present())
    assert failure is not None and "kie_default" in str(failure)
    assert [e["status"] for e in events] == ["success"], "the connection, once created, is read anew"
