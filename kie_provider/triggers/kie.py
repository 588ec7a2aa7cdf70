"""Deferrable waiting: :class:`KieTaskTrigger` polls a kie.ai task in the triggerer, on the shared async client."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

from airflow.triggers.base import BaseTrigger, TriggerEvent

from kie_provider.config import DEFAULT_CONN_ID
from kie_provider.exceptions import KieError
from kie_provider.families import get_family
from kie_provider.hints import hint_reader, safety_poll_seconds
from kie_provider.hooks.kie import KieAsyncHook
from kie_provider.models import KieTask
from kie_provider.outcomes import EVENT_STATUSES, task_from_event  # noqa: F401  (re-exported)
from kie_provider.triggers.pacing import connection_config, poll_pacer, sleep_on_grid
from kie_provider.waiting import DEFAULT_NOT_FOUND_GRACE, DEFAULT_WAIT_TIMEOUT, TaskWaiter, timed_out_message


def error_event(task_id: str, error: KieError, task: KieTask | None = None) -> TriggerEvent:
    """
    The event that reports a wait ended by an error (a bad key, an unknown task).

    :param task_id: the kie.ai taskId.
    :param error: the error that ended the wait.
    :param task: the last record seen, if any.
    """
    return TriggerEvent(
        {
            "status": "error",
            "kie_task_id": task_id,
            "task": task.to_dict() if task else None,
            "message": error.message,
            "error_type": type(error).__name__,
            "code": error.code,
        }
    )


class KieTaskTrigger(BaseTrigger):
    """
    Wait for a kie.ai task without holding a worker slot, and fire exactly one event.

    The event's ``status`` is ``success``, ``failed``, ``timeout`` or ``error``; it carries the
    task's JSON-safe record (``task``), ``kie_task_id`` and a human ``message``. Transient failures
    (timeouts, connection errors, 429, 455, 5xx, malformed bodies) are ridden out until the
    deadline; 401 and a task still unknown after a short grace end the wait early.

    The deadline is absolute (Unix seconds), so a trigger restored on another triggerer keeps its
    remaining time rather than starting afresh.

    :param kie_task_id: the kie.ai taskId.
    :param kie_conn_id: the Airflow connection id.
    :param deadline: when to give up, Unix seconds; defaults to now + ``timeout``.
    :param timeout: seconds to wait, used only when ``deadline`` is not given.
    :param poll_interval: a fixed poll interval; ``None`` polls at 2.5 s and backs off to 30 s.
    :param not_found_grace: seconds an unknown taskId is tolerated.
    :param family: the task's kie.ai API family (``market`` when ``None``; see :mod:`kie_provider.families`).
    :param hinted: kie.ai calls back the deployment's own route for this task (see :mod:`kie_provider.hints`):
        a callback wakes the wait at once, and polling slows to ``[kie] callback_safety_poll_seconds``.
    :param listen: a callback for this task, if one comes to the deployment's route, wakes the wait; polling
        keeps its schedule (a sensor's wait: whether kie.ai calls the route back is not known to it).
    """

    def __init__(
        self,
        kie_task_id: str,
        kie_conn_id: str = DEFAULT_CONN_ID,
        deadline: float | None = None,
        timeout: float | None = None,
        poll_interval: float | None = None,
        not_found_grace: float = DEFAULT_NOT_FOUND_GRACE,
        family: str | None = None,
        hinted: bool = False,
        listen: bool = False,
    ) -> None:
        super().__init__()
        self.hinted = bool(hinted)
        self.listen = bool(listen)
        self.family = get_family(family).name  # an unknown family fails here, when the task defers
        self.kie_task_id = kie_task_id
        self.kie_conn_id = kie_conn_id
        self.deadline = (
            float(deadline)
            if deadline is not None
            else time.time() + (DEFAULT_WAIT_TIMEOUT if timeout is None else float(timeout))
        )
        self.poll_interval = poll_interval
        self.not_found_grace = not_found_grace

    def serialize(self) -> tuple[str, dict[str, Any]]:
        """Import path and plain JSON kwargs; the deadline travels as an absolute time."""
        return (
            f"{type(self).__module__}.{type(self).__qualname__}",
            {
                "kie_task_id": self.kie_task_id,
                "kie_conn_id": self.kie_conn_id,
                "deadline": self.deadline,
                "poll_interval": self.poll_interval,
                "not_found_grace": self.not_found_grace,
                "family": self.family,
                "hinted": self.hinted,
                "listen": self.listen,
            },
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, KieTaskTrigger) and self.serialize() == other.serialize()

    def __hash__(self) -> int:
        return hash((self.kie_task_id, self.kie_conn_id, self.deadline))

    async def run(self) -> AsyncIterator[TriggerEvent]:
        """Poll until the task ends, the deadline passes, or a permanent error; yield one event."""
        # Registered before the first poll: a callback that came earlier finds the task ended at that poll.
        reader = None
        if self.hinted or self.listen:
            try:
                reader = hint_reader()
            except ValueError as error:  # a misconfigured channel: this wait polls, as without callbacks
                self.log.warning("kie.ai callbacks ignored: %s", error)
        if reader is None:
            async for event in self._wait(None):
                yield event
            return
        hint = reader.watch(self.kie_task_id)
        try:
            # Once the reader listens, a callback wakes this wait whether it comes later (NOTIFY) or came before
            # (the reader looks the task up among the callbacks received): no first poll is needed. Without the
            # channel, the wait polls first, as without callbacks.
            listening = await reader.ready()
            async for event in self._wait(hint, poll_first=not (listening and self.hinted)):
                yield event
        finally:
            reader.unwatch(self.kie_task_id, hint)

    async def _start(self) -> tuple[KieAsyncHook, TaskWaiter]:
        """The wait's hook and its decisions, from the connection (read once for the triggers starting together)."""
        hook = KieAsyncHook(self.kie_conn_id)
        config = await connection_config(hook)
        hook.use_config(config)
        waiter = TaskWaiter.for_connection(
            self.kie_task_id,
            config,
            deadline=self.deadline,
            family=self.family,
            poll_interval=self.poll_interval,
            not_found_grace=self.not_found_grace,
        )
        return hook, waiter

    async def _wait(self, hint: asyncio.Event | None, poll_first: bool = True) -> AsyncIterator[TriggerEvent]:
        """The poll loop; with a ``hint``, it sleeps until a callback or the safety interval (also first)."""
        task_id = self.kie_task_id
        safety = safety_poll_seconds() if hint is not None and self.hinted else None
        eager = 0  # polls on the normal schedule still to come after a callback found the task unfinished
        hook: KieAsyncHook | None = None
        waiter: TaskWaiter | None = None
        last: KieTask | None = None
        pacer = poll_pacer()
        if hint is not None and not poll_first:
            try:
                hook, waiter = await self._start()
            except KieError as error:
                yield error_event(task_id, error)
                return
            eager = await _sleep_hinted(hint, waiter, safety, eager, False)
        while True:
            # Every poll takes its turn in the triggerer's pace, so that waits resumed together spread out.
            await pacer.wait(waiter.remaining() if waiter is not None else max(0.0, self.deadline - time.time()))
            if hook is None or waiter is None:
                # Made at the first turn, not at the start: 10,000 waits resumed at once start in one instant.
                try:
                    hook, waiter = await self._start()
                except KieError as error:  # no API key, a host that is not a URL: nothing to wait with
                    yield error_event(task_id, error)
                    return
            if hint is not None:
                hint.clear()  # a callback arriving during this poll wakes the next sleep
            failed = False
            try:
                task = await hook.get_task(task_id, retry=False, family=self.family)
            except KieError as error:
                failed = True
                try:
                    waiter.on_error(error)
                except KieError as fatal:
                    yield error_event(task_id, fatal, last)
                    return
                self.log.warning("kie.ai task %s: poll failed (%s); still waiting", task_id, error.message)
            else:
                last = task
                if waiter.on_task(task):
                    self.log.info("kie.ai task %s is %s", task_id, task.state.value)
                if task.is_terminal:
                    status = "success" if task.succeeded else "failed"
                    yield TriggerEvent(
                        {"status": status, "kie_task_id": task_id, "task": task.to_dict(), "message": task.summary()}
                    )
                    return
            if waiter.expired:
                message = timed_out_message(task_id, "before its deadline", waiter.last_state)
                task_dict = last.to_dict() if last else None
                yield TriggerEvent({"status": "timeout", "kie_task_id": task_id, "task": task_dict, "message": message})
                return
            if hint is None:
                await sleep_on_grid(waiter.next_sleep(), waiter.remaining())
            else:
                eager = await _sleep_hinted(hint, waiter, safety, eager, failed)


async def _sleep_hinted(hint: asyncio.Event, waiter: TaskWaiter, safety: float | None, eager: int, failed: bool) -> int:
    """
    A woken wait's sleep: until a callback, or the safety interval; return how many eager polls remain.

    A callback is a hint: its wait polls at once and takes the record from kie.ai. After one, three polls on the
    normal schedule cover a record that lags its callback; after a failed poll, the normal back-off applies.

    :param hint: set when a callback for the task arrives.
    :param waiter: the wait's decisions (its schedule and deadline).
    :param safety: the safety interval, seconds (``None``: the normal schedule, a wait that only listens).
    :param eager: polls on the normal schedule still to come.
    :param failed: whether the last poll failed.
    """
    slow = safety is not None and not failed and eager <= 0
    seconds = min(safety, waiter.remaining()) if slow and safety is not None else waiter.next_sleep()
    if not hint.is_set():
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(hint.wait(), seconds)
    return 3 if hint.is_set() else max(0, eager - 1)
