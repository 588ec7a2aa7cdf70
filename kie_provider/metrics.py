"""The provider's metrics, sent through Airflow's own Stats (StatsD, Datadog or OpenTelemetry, as configured).

Names (``[metrics] statsd_prefix`` is prepended by the backend):

- ``kie.task.created`` (counter, tag ``model``): a kie.ai task was created.
- ``kie.task.succeeded`` / ``kie.task.failed`` (counters, tag ``model``): a task ended.
- ``kie.task.generation_seconds`` (timer, tag ``model``): time from creation to the end, as kie.ai reports it.
- ``kie.credits.consumed`` (counter, tag ``model``): credits a finished task consumed.
- ``kie.credits.remaining`` (gauge): the account's balance, when kie.ai reports it.

Metrics never fail a task: a broken backend is logged and ignored.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from airflow.providers.common.compat.sdk import Stats

from kie_provider.models import KieTask

TASK_CREATED = "kie.task.created"
TASK_SUCCEEDED = "kie.task.succeeded"
TASK_FAILED = "kie.task.failed"
GENERATION_SECONDS = "kie.task.generation_seconds"
CREDITS_CONSUMED = "kie.credits.consumed"
CREDITS_REMAINING = "kie.credits.remaining"

log = logging.getLogger(__name__)


def _tags(model: str | None) -> dict[str, Any]:
    return {"model": model or "unknown"}


def _safely(emit: Any, *args: Any, **kwargs: Any) -> None:
    try:
        emit(*args, **kwargs)
    except Exception:  # a metrics backend must never fail a generation that worked
        log.warning("could not emit a kie.ai metric", exc_info=True)


def task_created(model: str) -> None:
    """
    Count a created task.

    :param model: the kie.ai model name.
    """
    _safely(Stats.incr, TASK_CREATED, tags=_tags(model))


def credits_remaining(credits: float | None) -> None:
    """
    Report the account's balance.

    :param credits: remaining credits; ``None`` (unknown) sends nothing.
    """
    if credits is not None:
        _safely(Stats.gauge, CREDITS_REMAINING, float(credits))


def task_finished(task: KieTask) -> None:
    """
    Count a task that ended, with its generation time and credits.

    :param task: the finished task's record.
    """
    tags = _tags(task.model)
    _safely(Stats.incr, TASK_SUCCEEDED if task.succeeded else TASK_FAILED, tags=tags)
    seconds = task.cost_time
    if task.create_time and task.complete_time and (not seconds):
        seconds = (task.complete_time - task.create_time).total_seconds()
    if seconds is not None and seconds >= 0:
        _safely(Stats.timing, GENERATION_SECONDS, timedelta(seconds=seconds), tags=tags)
    if task.consume_credits:
        consumed = task.consume_credits
        _safely(Stats.incr, CREDITS_CONSUMED, int(consumed) if consumed.is_integer() else consumed, tags=tags)
    credits_remaining(task.remained_credits)
