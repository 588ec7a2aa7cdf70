"""Waiting for a kie.ai task created elsewhere: :class:`KieTaskSensor`."""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

from airflow.providers.common.compat.sdk import conf
from airflow.sdk import BaseSensorOperator, PokeReturnValue

from kie_provider.api import task_failed_error
from kie_provider.exceptions import KieError, KieNotFoundError, KieValidationError
from kie_provider.hooks.kie import KieHook
from kie_provider.models import KieTaskState
from kie_provider.triggers.kie import KieTaskTrigger, task_from_event

if TYPE_CHECKING:
    from airflow.sdk import Context


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
    :param not_found_grace: seconds an unknown taskId is tolerated (kie.ai may not show a new task at
        once) before the sensor fails with ``KieNotFoundError``. In reschedule mode each poke starts it anew.
    :param kwargs: :class:`~airflow.sdk.BaseSensorOperator` arguments (``mode``, ``poke_interval``,
        ``timeout`` ...).
    """

    template_fields: Sequence[str] = ("kie_task_id",)
    ui_color = "#f3e8ff"

    def __init__(
        self,
        *,
        kie_task_id: str,
        kie_conn_id: str = KieHook.default_conn_name,
        deferrable: bool = conf.getboolean("operators", "default_deferrable", fallback=False),
        poll_interval: float | None = None,
        not_found_grace: float = 30.0,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("poke_interval", 5.0)
        super().__init__(**kwargs)
        self.kie_task_id = kie_task_id
        self.kie_conn_id = kie_conn_id
        self.deferrable = deferrable
        self.poll_interval = poll_interval
        self.not_found_grace = not_found_grace
        self._first_poke: float | None = None

    @cached_property
    def hook(self) -> KieHook:
        """The kie.ai hook of this sensor."""
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
        task_id = self._task_id()
        self.defer(
            trigger=KieTaskTrigger(
                kie_task_id=task_id,
                kie_conn_id=self.kie_conn_id,
                timeout=float(self.timeout),
                poll_interval=self.poll_interval,
                not_found_grace=self.not_found_grace,
            ),
            method_name="execute_complete",
            timeout=timedelta(seconds=float(self.timeout) + 120),
        )

    def poke(self, context: Context) -> PokeReturnValue:
        """
        One look at the task: done with its record on success, raise on failure.

        :param context: the Airflow context.
        """
        task_id = self._task_id()
        if self._first_poke is None:
            self._first_poke = time.monotonic()
        try:
            task = self.hook.get_task(task_id)
        except KieNotFoundError:
            if time.monotonic() - self._first_poke < self.not_found_grace:
                self.log.warning("kie.ai has no record of task %s yet; will poke again", task_id)
                return PokeReturnValue(is_done=False)
            raise
        except KieError as error:
            if error.transient:
                self.log.warning("kie.ai task %s: poll failed (%s); will poke again", task_id, error.message)
                return PokeReturnValue(is_done=False)
            raise
        self.log.info("kie.ai task %s is %s", task_id, task.state.value)
        if task.state is KieTaskState.FAIL:
            raise task_failed_error(task)
        if task.succeeded:
            self.log.info("kie.ai %s", task.summary())
            return PokeReturnValue(is_done=True, xcom_value=task.to_dict())
        return PokeReturnValue(is_done=False)

    def execute_complete(self, context: Context, event: dict[str, Any] | None = None) -> Any:
        """
        Resume after the trigger fired: return the record or raise the event's typed error.

        :param context: the Airflow context.
        :param event: the trigger's event payload.
        """
        task = task_from_event(event)
        self.log.info("kie.ai %s", task.summary())
        return task.to_dict()
