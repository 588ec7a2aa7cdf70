"""Waiting for a kie.ai task created elsewhere: :class:`KieTaskSensor`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

from airflow.providers.common.compat.sdk import conf
from airflow.sdk import BaseSensorOperator, PokeReturnValue

from kie_provider.config import DEFAULT_CONN_ID
from kie_provider.exceptions import KieError, KieNotFoundError, KieValidationError
from kie_provider.families import get_family
from kie_provider.models import KieTaskState
from kie_provider.operators.base import DURABLE
from kie_provider.outcomes import require_results, task_failed_error
from kie_provider.waiting import DEFAULT_NOT_FOUND_GRACE, DEFER_SLACK, TaskWaiter, check_duration

#: The ``task_state_store`` key under which a rescheduled sensor remembers when its run of 404s began.
NOT_FOUND_SINCE_KEY = "kie_not_found_since"

if TYPE_CHECKING:
    from airflow.sdk import Context

    from kie_provider.hooks.kie import KieHook


class KieTaskSensor(BaseSensorOperator):
    """
    Wait for a kie.ai task to end; return its record through XCom when it succeeds.

    Typically waits on the XCom of a submit-only operator
    (``wait_for_completion=False``) or on a taskId created outside Airflow. Fails with the task's
    ``failCode``/``failMsg`` when it fails. Works in ``poke`` and ``reschedule`` modes and with
    ``deferrable=True`` (the triggerer polls; no worker slot is held).

    :param kie_task_id: the kie.ai taskId. Templated.
    :param kie_conn_id: the Airflow connection of type ``kie``.
    :param deferrable: wait in the triggerer (default from ``[operators] default_deferrable``).
    :param poll_interval: poll interval of the deferred wait; ``None`` is adaptive (2.5 s to 30 s).
        In poke/reschedule mode ``poke_interval`` applies.
    :param not_found_grace: seconds kie.ai may answer 404 in a row for the task (it may not show a new
        task at once; a gateway may answer one stray 404) before the sensor fails with
        ``KieNotFoundError``; any record in between starts the count again. In reschedule mode the
        count carries across pokes on Airflow 3.3+ (``task_state_store``); before, each poke starts it anew.
    :param family: the task's kie.ai API family: ``market`` (default), ``veo``, ``suno``, ``runway``,
        ``gpt4o_image``, ``flux_kontext`` or ``midjourney`` (see :mod:`kie_provider.families`).
    :param kwargs: :class:`~airflow.sdk.BaseSensorOperator` arguments (``mode``, ``poke_interval``,
        ``timeout`` ...).
    """

    template_fields: Sequence[str] = ("kie_task_id",)
    ui_color = "#f3e8ff"

    def __init__(
        self,
        *,
        kie_task_id: str,
        kie_conn_id: str = DEFAULT_CONN_ID,
        deferrable: bool = conf.getboolean("operators", "default_deferrable", fallback=False),
        poll_interval: float | None = None,
        not_found_grace: float = DEFAULT_NOT_FOUND_GRACE,
        family: str | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("poke_interval", 5.0)
        check_duration("poke_interval", kwargs["poke_interval"])
        if "timeout" in kwargs:
            check_duration("timeout", kwargs["timeout"])
        check_duration("poll_interval", poll_interval, allow_none=True)
        check_duration("not_found_grace", not_found_grace, allow_zero=True)
        try:
            self.family = get_family(family).name
        except ValueError as exc:
            raise KieValidationError(str(exc), problems=[("family", family, "a kie.ai API family")]) from None
        super().__init__(**kwargs)
        self.kie_task_id = kie_task_id
        self.kie_conn_id = kie_conn_id
        self.deferrable = deferrable
        self.poll_interval = poll_interval
        self.not_found_grace = not_found_grace
        self._not_found_since: float | None = None

    @cached_property
    def hook(self) -> KieHook:
        """The kie.ai hook of this sensor."""
        from kie_provider.hooks.kie import KieHook

        return KieHook(kie_conn_id=self.kie_conn_id)

    def _task_id(self) -> str:
        value = self.kie_task_id
        if isinstance(value, dict):  # the whole return value of a submit-only operator
            value = value.get("task_id")
        if not isinstance(value, str) or not value.strip():
            raise KieValidationError(
                f"kie_task_id {value!r} is not a kie.ai taskId",
                problems=[("kie_task_id", value, "a non-empty taskId string")],
            )
        return value.strip()

    def execute(self, context: Context) -> Any:
        """
        Poke (or defer) until the task ends.

        :param context: the Airflow context.
        """
        if not self.deferrable:
            return super().execute(context)
        from kie_provider.hints import listening_configured
        from kie_provider.triggers.kie import KieTaskTrigger

        task_id = self._task_id()
        self.defer(
            trigger=KieTaskTrigger(
                kie_task_id=task_id,
                kie_conn_id=self.kie_conn_id,
                timeout=float(self.timeout),
                poll_interval=self.poll_interval,
                not_found_grace=self.not_found_grace,
                family=self.family,
                listen=listening_configured(),  # a callback to the deployment's route wakes this wait
            ),
            method_name="execute_complete",
            timeout=timedelta(seconds=float(self.timeout) + DEFER_SLACK),
        )

    def poke(self, context: Context) -> PokeReturnValue:
        """
        One look at the task: done with its record on success, raise on failure.

        :param context: the Airflow context.
        """
        task_id = self._task_id()
        # In reschedule mode each poke runs anew, so the start of a run of 404s is kept in the state store.
        store = context.get("task_state_store") if DURABLE and self.reschedule else None
        since = store.get(NOT_FOUND_SINCE_KEY) if store is not None else self._not_found_since
        waiter = TaskWaiter.for_connection(
            task_id,
            None,  # one poke: only the 404 count matters, not the schedule
            deadline=float("inf"),
            family=self.family,
            not_found_grace=self.not_found_grace,
            not_found_since=float(since) if isinstance(since, (int, float)) else None,
        )
        try:
            task = self.hook.get_task(task_id, self.family)
        except KieNotFoundError as error:
            try:
                waiter.on_error(error)  # raises once the 404s have lasted the grace
            except KieNotFoundError:
                self._remember_not_found(store, None)  # a clear of this sensor starts its count anew
                raise
            self._remember_not_found(store, waiter.not_found_since)
            self.log.warning("kie.ai has no record of task %s right now; will poke again", task_id)
            return PokeReturnValue(is_done=False)
        except KieError as error:
            if error.transient:
                self.log.warning("kie.ai task %s: poll failed (%s); will poke again", task_id, error.message)
                return PokeReturnValue(is_done=False)
            raise
        if since is not None:
            self._remember_not_found(store, None)
        self.log.info("kie.ai task %s is %s", task_id, task.state.value)
        if task.state is KieTaskState.FAIL:
            raise task_failed_error(task)
        if task.succeeded:
            require_results(task)
            self.log.info("kie.ai %s", task.summary())
            return PokeReturnValue(is_done=True, xcom_value=task.to_dict())
        return PokeReturnValue(is_done=False)

    def _remember_not_found(self, store: Any, since: float | None) -> None:
        self._not_found_since = since
        if store is not None:
            if since is None:
                store.delete(NOT_FOUND_SINCE_KEY)
            else:
                store.set(NOT_FOUND_SINCE_KEY, since)

    def execute_complete(self, context: Context, event: dict[str, Any] | None = None) -> Any:
        """
        Resume after the trigger fired: return the record or raise the event's typed error.

        :param context: the Airflow context.
        :param event: the trigger's event payload.
        """
        from kie_provider.outcomes import task_from_event

        task = require_results(task_from_event(event))
        self.log.info("kie.ai %s", task.summary())
        return task.to_dict()
