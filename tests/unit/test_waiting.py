"""Floor 1: the poll schedule and the decisions of a wait, on a clock the test moves."""

from __future__ import annotations

import pytest

from kie_provider.exceptions import KieAuthError, KieNotFoundError, KieRateLimitError, KieServiceUnavailableError
from kie_provider.models import KieTask, KieTaskState
from kie_provider.waiting import PollSchedule, TaskWaiter, timed_out_message


class Clock:
    """A clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def test_adaptive_schedule_backs_off_to_its_cap_and_a_fixed_one_does_not():
    schedule = PollSchedule(first=2.0, factor=1.5, cap=5.0)
    assert [schedule.next() for _ in range(5)] == [2.0, 3.0, 4.5, 5.0, 5.0]
    assert [PollSchedule(interval=4.0).next() for _ in range(3)] == [4.0, 4.0, 4.0]


def test_the_404_grace_counts_from_the_first_404_of_a_run():
    clock = Clock()
    waiter = TaskWaiter("t1", deadline=clock.now + 1000, not_found_grace=30, clock=clock)
    waiter.on_task(KieTask(task_id="t1", state=KieTaskState.GENERATING))
    clock.now += 500  # long into the wait: one 404 must not end it
    waiter.on_error(KieNotFoundError("404", code=404))
    clock.now += 29
    waiter.on_error(KieNotFoundError("404", code=404))
    waiter.on_task(KieTask(task_id="t1", state=KieTaskState.GENERATING))  # a record ends the run
    clock.now += 10
    waiter.on_error(KieNotFoundError("404", code=404))
    clock.now += 29.9
    waiter.on_error(KieNotFoundError("404", code=404))
    clock.now += 0.2
    with pytest.raises(KieNotFoundError, match="answered 404 for 30s in a row"):
        waiter.on_error(KieNotFoundError("404", code=404))


def test_a_run_of_404s_begun_earlier_carries_in():
    clock = Clock()
    waiter = TaskWaiter("t1", deadline=clock.now + 100, not_found_grace=30, not_found_since=clock.now - 31, clock=clock)
    with pytest.raises(KieNotFoundError):
        waiter.on_error(KieNotFoundError("404", code=404))


def test_transient_errors_are_ridden_out_and_permanent_ones_end_the_wait():
    waiter = TaskWaiter("t1", deadline=2_000.0, clock=Clock())
    waiter.on_error(KieServiceUnavailableError("503", code=503))
    assert waiter.errors == 1
    with pytest.raises(KieAuthError):
        waiter.on_error(KieAuthError("401", code=401))


def test_next_sleep_honours_retry_after_and_never_passes_the_deadline():
    clock = Clock()
    waiter = TaskWaiter("t1", deadline=clock.now + 10, poll_first=1.0, poll_cap=4.0, clock=clock)
    waiter.on_error(KieRateLimitError("429", retry_after=6.0))
    assert waiter.next_sleep() == 6.0
    assert waiter.next_sleep() == 1.5  # Retry-After applies once
    clock.now += 9.5
    assert waiter.next_sleep() == pytest.approx(0.5)
    clock.now += 1
    assert waiter.expired and waiter.next_sleep() == 0.0


def test_state_changes_are_reported_once():
    waiter = TaskWaiter("t1", deadline=2_000.0, clock=Clock())
    assert waiter.on_task(KieTask(task_id="t1", state=KieTaskState.WAITING)) == "waiting"
    assert waiter.on_task(KieTask(task_id="t1", state=KieTaskState.WAITING)) is None
    assert waiter.on_task(KieTask(task_id="t1", state=KieTaskState.SUCCESS)) == "success"


def test_timeout_message_names_the_task_and_the_way_out():
    text = timed_out_message("t9", "within 60s", "generating")
    assert "t9" in text and "generating" in text and "reattaches" in text


def test_retry_after_is_honoured_up_to_twice_the_poll_cap():
    # A Retry-After of an hour must not park a wait (possibly to its deadline) while the task may finish.
    clock = Clock()
    waiter = TaskWaiter("t1", deadline=clock.now + 7200, poll_first=1.0, poll_cap=30.0, clock=clock)
    waiter.on_error(KieRateLimitError("429", retry_after=3600.0))
    assert waiter.next_sleep() == 60.0
