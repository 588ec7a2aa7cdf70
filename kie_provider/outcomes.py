"""
The outcome rules of a kie.ai task, in one place: what counts as done, as failed, and what a wait reports.

- A succeeded task must name its results (:func:`require_results`): a ``success`` without result URLs is an
  odd, transient answer, never an ``IndexError`` downstream.
- A failed task raises :class:`~kie_provider.exceptions.KieTaskFailedError` with its ``failCode`` and
  ``failMsg`` (:func:`task_failed_error`); nothing was charged, and a retry submits again.
- A deferred wait ends with one event (``success``, ``failed``, ``timeout`` or ``error``) carrying the record;
  :func:`task_from_event` turns it back into the task, or raises what a synchronous wait would have raised.

Used by the operators (sync and deferred), the sensor (poke and deferred) and the triggers. No I/O.
"""

from __future__ import annotations

from typing import Any

from kie_provider.config import LOGS_URL
from kie_provider.exceptions import KieError, KieInvalidResponseError, KieTaskFailedError
from kie_provider.models import KieTask
from kie_provider.wire import excerpt

#: The statuses a kie.ai wait's trigger event may carry.
EVENT_STATUSES = ("success", "failed", "timeout", "error")


def require_results(task: KieTask) -> KieTask:
    """
    Return a succeeded task if it names its results; raise :class:`KieInvalidResponseError` if it names none.

    A ``success`` without result URLs is an odd answer (kie.ai's record can lag its state): failing here,
    naming the task, beats an ``IndexError`` in a downstream task. The error is transient, so an Airflow
    retry of a durable operator reattaches and reads the record again, without a new generation.

    :param task: a succeeded task.
    """
    if task.succeeded and not task.result_urls:
        raise KieInvalidResponseError(
            f"kie.ai task {task.task_id} ({task.model or 'unknown model'}) reports success but its record names no "
            f"readable result URL (resultJson: {excerpt(str(task.result))!r}). An Airflow retry reads the record "
            f"again without generating anew; see the task at {LOGS_URL}."
        )
    return task


def task_failed_error(task: KieTask) -> KieTaskFailedError:
    """
    The error for a task that ended in ``fail`` on kie.ai's side.

    :param task: the failed task's record.
    """
    return KieTaskFailedError(
        f"kie.ai task {task.task_id} ({task.model}) failed: failCode {task.fail_code or '?'}: "
        f"{task.fail_msg or 'no message'}. No credits were charged; an Airflow retry submits it again.",
        fail_code=task.fail_code,
        fail_msg=task.fail_msg,
        task=task,
    )


def task_from_event(event: Any) -> KieTask:
    """
    Check a :class:`KieTaskTrigger` event and return the succeeded task, or raise what it reports.

    Raises the same typed errors a synchronous wait raises: ``KieTaskFailedError``,
    ``KieTimeoutError``, or the error class the trigger names (e.g. ``KieAuthError``).

    :param event: the event's payload, as ``execute_complete`` receives it.
    """
    from kie_provider import exceptions

    if not isinstance(event, dict) or event.get("status") not in EVENT_STATUSES:
        raise KieError(f"kie.ai trigger sent an event this provider does not understand: {str(event)[:200]!r}")
    status = event["status"]
    record = event.get("task")
    task = KieTask.from_dict(record) if isinstance(record, dict) else None
    message = str(event.get("message") or status)
    if status == "success":
        if task is None or not task.succeeded:
            raise KieError(f"kie.ai trigger reported success without a succeeded task record: {message}")
        return task
    if status == "failed":
        if task is None:
            raise exceptions.KieTaskFailedError(message)
        raise task_failed_error(task)
    if status == "timeout":
        raise exceptions.KieTimeoutError(message)
    cls = getattr(exceptions, str(event.get("error_type")), KieError)
    if not (isinstance(cls, type) and issubclass(cls, KieError)):
        cls = KieError
    code = event.get("code")
    raise cls(message, code=code if isinstance(code, int) else None)
