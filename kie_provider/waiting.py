"""Waiting for one kie.ai task: the poll schedule and the decisions of a wait (hook, trigger, sensor, reattach).

Nothing here does I/O: a caller polls, feeds each outcome to a :class:`TaskWaiter`, and sleeps for
as long as it says. The schedule's limits are constructor arguments.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kie_provider.config import DEFAULT_POLL_CAP, DEFAULT_POLL_FIRST, LOGS_URL, KieConnectionConfig
from kie_provider.exceptions import KieError, KieNotFoundError, KieValidationError
from kie_provider.families import get_family
from kie_provider.models import KieTask

#: How long an operator, sensor or trigger waits for a task by default (seconds).
DEFAULT_WAIT_TIMEOUT = 3600.0
#: How long kie.ai may answer 404 in a row for a task before it counts as gone (seconds).
DEFAULT_NOT_FOUND_GRACE = 30.0
#: Slack Airflow adds to a trigger's own deadline when deferring, so that the trigger's timeout event
#: (with its message) normally wins over Airflow's bare deferral timeout (seconds).
DEFER_SLACK = 120.0


@dataclass
class PollSchedule:
    """
    How long to wait between status polls: 2.5 s at first, growing by half each time to a cap.

    kie.ai's documentation advises polling at 2-3 s and backing off. A fixed ``interval`` overrides.

    :param interval: a fixed interval, in seconds, or ``None`` for the adaptive schedule.
    :param first: the first adaptive interval.
    :param factor: growth per poll.
    :param cap: the longest adaptive interval.
    """

    interval: float | None = None
    first: float = DEFAULT_POLL_FIRST
    factor: float = 1.5
    cap: float = DEFAULT_POLL_CAP
    _next: float = 0.0

    def next(self) -> float:
        """The next interval, in seconds."""
        if self.interval is not None:
            return float(self.interval)
        current = self._next or self.first
        self._next = min(self.cap, current * self.factor)
        return current


@dataclass
class TaskWaiter:
    """
    The decisions of waiting for one task, shared by the sync hook, the trigger and the sensor.

    Feed it each poll's outcome; it says whether the wait is over and how long to sleep next.
    Transient errors are ridden out until the deadline; 401-like errors end it at once; an unknown
    task ends it only when kie.ai has answered 404 for ``not_found_grace`` seconds in a row (counted
    from the first 404 of a run of them: any record in between starts the count again).

    :param task_id: the kie.ai taskId.
    :param deadline: absolute end of the wait, Unix seconds.
    :param poll_interval: a fixed poll interval, or ``None`` for the adaptive schedule.
    :param not_found_grace: seconds a run of 404s is tolerated (kie.ai may not show a task at once, and a
        gateway may answer one 404 for a task that exists).
    :param not_found_since: when the current run of 404s began (Unix seconds), e.g. as a sensor's earlier
        poke saw it; ``None`` when the last answer was a record.
    :param poll_first: the first interval of the adaptive schedule.
    :param poll_cap: the longest interval of the adaptive schedule.
    :param clock: the wall clock, Unix seconds (``time.time``; a test passes its own).
    :param min_interval: the shortest interval kie.ai allows between polls of one task (4o Image, Suno: 3/s).
    """

    task_id: str
    deadline: float
    poll_interval: float | None = None
    not_found_grace: float = DEFAULT_NOT_FOUND_GRACE
    not_found_since: float | None = None
    poll_first: float = DEFAULT_POLL_FIRST
    poll_cap: float = DEFAULT_POLL_CAP
    clock: Callable[[], float] = time.time
    min_interval: float = 0.0
    last_state: str | None = None
    polls: int = 0
    errors: int = 0
    schedule: PollSchedule = field(init=False)
    _retry_after: float | None = None

    def __post_init__(self) -> None:
        self.schedule = PollSchedule(self.poll_interval, first=self.poll_first, cap=self.poll_cap)

    @classmethod
    def for_connection(
        cls,
        task_id: str,
        config: KieConnectionConfig | None,
        *,
        deadline: float,
        family: str | None = None,
        poll_interval: float | None = None,
        not_found_grace: float = DEFAULT_NOT_FOUND_GRACE,
        not_found_since: float | None = None,
    ) -> TaskWaiter:
        """
        The waiter of one task, its schedule from the connection's settings and its family's least interval.

        The one place a wait (sync hook, trigger, sensor, reattach) is set up from the connection.

        :param task_id: the kie.ai taskId.
        :param config: the connection's settings (``poll_first``, ``poll_cap``); ``None`` for the defaults.
        :param deadline: absolute end of the wait, Unix seconds.
        :param family: the task's API family (``market`` when ``None``).
        :param poll_interval: a fixed poll interval, or ``None`` for the adaptive schedule.
        :param not_found_grace: seconds a run of 404s is tolerated.
        :param not_found_since: when the current run of 404s began, if it did before this waiter.
        """
        return cls(
            task_id,
            deadline=deadline,
            poll_interval=poll_interval,
            not_found_grace=not_found_grace,
            not_found_since=not_found_since,
            poll_first=config.poll_first if config is not None else DEFAULT_POLL_FIRST,
            poll_cap=config.poll_cap if config is not None else DEFAULT_POLL_CAP,
            min_interval=get_family(family).min_poll_interval,
        )

    @property
    def expired(self) -> bool:
        """Whether the deadline has passed."""
        return self.clock() >= self.deadline

    def remaining(self) -> float:
        """Seconds left until the deadline."""
        return max(0.0, self.deadline - self.clock())

    def on_task(self, task: KieTask) -> str | None:
        """
        Record a poll's answer; return the new state's name when it changed, else ``None``.

        :param task: the polled record.
        """
        self.polls += 1
        self.not_found_since = None
        state = task.state.value
        if state != self.last_state:
            self.last_state = state
            return state
        return None

    def on_error(self, error: KieError) -> None:
        """
        Record a failed poll; re-raise ``error`` when it should end the wait.

        :param error: the failure.
        """
        self.polls += 1
        self.errors += 1
        retry_after = getattr(error, "retry_after", None)
        # A wait honours Retry-After up to twice its poll cap (60 s by default): a larger one (kie.ai's
        # window is 10 s) would park the wait, possibly to its deadline, while the task may have finished.
        self._retry_after = None if retry_after is None else min(retry_after, 2 * self.schedule.cap)
        if isinstance(error, KieNotFoundError):
            now = self.clock()
            if self.not_found_since is None:
                self.not_found_since = now
            # At the deadline too: a vanished task must not be reported as merely slow.
            if now - self.not_found_since >= self.not_found_grace or self.expired:
                seen = f"it was {self.last_state}" if self.last_state else "it was never seen"
                gone = now - self.not_found_since
                raise KieNotFoundError(
                    f"kie.ai has no record of task {self.task_id} any more ({seen}; answered 404 for {gone:.0f}s "
                    f"in a row): it may have been lost on kie.ai's side. Look for it at {LOGS_URL}; an Airflow "
                    "retry submits a new task.",
                    code=error.code,
                ) from error
            return
        if not error.transient:
            raise error

    def next_sleep(self) -> float:
        """Seconds to sleep before the next poll (at least any ``Retry-After``), never past the deadline."""
        wait = max(self.schedule.next(), self._retry_after or 0.0, self.min_interval)
        self._retry_after = None
        return max(0.0, min(wait, self.remaining()))


def timed_out_message(task_id: str, waited: str, last_state: str | None) -> str:
    """
    What a wait that hit its deadline says (the sync hook's ``KieTimeoutError`` and the trigger's timeout event).

    :param task_id: the kie.ai taskId.
    :param waited: how the limit is named, e.g. ``"within 3600s"`` or ``"before its deadline"``.
    :param last_state: the last state seen, if any.
    """
    return (
        f"kie.ai task {task_id} did not finish {waited} (last state: {last_state or 'unknown'}); an Airflow "
        "retry of a durable operator (Airflow 3.3+) reattaches to the same task"
    )


def check_duration(name: str, value: Any, *, allow_none: bool = False, allow_zero: bool = False) -> None:
    """
    Refuse, when a task is built, a duration that is not a positive number (or ``None`` where allowed).

    :param name: the argument's name, for the message.
    :param value: the given value.
    :param allow_none: ``None`` is allowed (it means a default schedule).
    :param allow_zero: zero is allowed.
    """
    if value is None and allow_none:
        return
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and (value >= 0 if allow_zero else value > 0)
    if not ok:
        allowed = "a number of seconds" + (" >= 0" if allow_zero else " > 0") + (", or None" if allow_none else "")
        raise KieValidationError(f"{name}={value!r} is not allowed: use {allowed}", problems=[(name, value, allowed)])
