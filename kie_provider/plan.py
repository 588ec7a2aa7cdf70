"""
One try's plan: what a kie.ai operator resolves once in ``execute``, and everything below it takes.

``execute`` makes a :class:`TaskPlan` from the operator's rendered arguments (the model's catalogue entry, its
API family as an object, the wait's settings) before it looks for a task an earlier try made; once it knows it
must submit, it completes the plan with the one prepared wire input and the callBackUrl (and whether kie.ai's
callback wakes the wait). Submitting, the synchronous wait, the deferred wait's trigger and reattaching read
the plan instead of looking the model, the family or the callback up again. The plan is immutable: completing
it makes a new one.

The flow of one deferrable generation, in five hops::

    execute ─▶ TaskPlan.of (spec, family)            ─▶ reattach? (task_state_store, get_job_status)
            ─▶ plan.prepared(prepare_input, resolve_callback) ─▶ submit_job: hook.create_task(plan)
            ─▶ plan.trigger(task_id): KieTaskTrigger (triggerer: poll, or a callback's hint)
            ─▶ execute_complete: outcomes.task_from_event ─▶ _finish (outcomes; files stored, asset events)
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kie_provider.catalogue import CATALOGUE, ModelSpec, family_of
from kie_provider.families import ApiFamily

if TYPE_CHECKING:
    from kie_provider.triggers.kie import KieTaskTrigger


@dataclass(frozen=True)
class TaskPlan:
    """
    What one try of a kie.ai operator sends and how it waits.

    :param model: the kie.ai model name.
    :param spec: its catalogue entry (``None`` for a model the catalogue does not know).
    :param family: the API family that creates and polls it.
    :param kie_conn_id: the Airflow connection.
    :param timeout: seconds to wait for the task.
    :param poll_interval: a fixed poll interval, or ``None`` for the adaptive schedule.
    :param not_found_grace: seconds kie.ai may answer 404 in a row before the task counts as gone.
    :param wire_input: the input as sent (validated, files uploaded), once prepared.
    :param callback_url: the callBackUrl sent, if any, once prepared.
    :param woken: whether kie.ai's callback wakes the deferred wait (the deployment's own route).
    """

    model: str
    spec: ModelSpec | None
    family: ApiFamily
    kie_conn_id: str
    timeout: float
    poll_interval: float | None
    not_found_grace: float
    wire_input: Mapping[str, Any] | None = None
    callback_url: str | None = None
    woken: bool = False

    @classmethod
    def of(
        cls, model: str, kie_conn_id: str, *, timeout: float, poll_interval: float | None, not_found_grace: float
    ) -> TaskPlan:
        """
        The plan of a try of ``model``, before its input is prepared.

        :param model: the kie.ai model name.
        :param kie_conn_id: the Airflow connection.
        :param timeout: seconds to wait for the task.
        :param poll_interval: a fixed poll interval, or ``None``.
        :param not_found_grace: seconds of 404s tolerated.
        """
        return cls(
            model=model,
            spec=CATALOGUE.get(model),
            family=family_of(model),
            kie_conn_id=kie_conn_id,
            timeout=timeout,
            poll_interval=poll_interval,
            not_found_grace=not_found_grace,
        )

    def prepared(self, wire_input: Mapping[str, Any], callback_url: str | None, woken: bool) -> TaskPlan:
        """
        This plan completed with what is sent: the wire input and the callBackUrl.

        :param wire_input: the prepared input.
        :param callback_url: the callBackUrl, if any.
        :param woken: whether kie.ai's callback wakes the deferred wait.
        """
        return dataclasses.replace(self, wire_input=wire_input, callback_url=callback_url, woken=woken)

    def trigger(self, task_id: str) -> KieTaskTrigger:
        """
        The trigger that waits for ``task_id`` in the triggerer, its deadline ``timeout`` from now.

        :param task_id: the kie.ai taskId.
        """
        from kie_provider.triggers.kie import KieTaskTrigger

        return KieTaskTrigger(
            kie_task_id=task_id,
            kie_conn_id=self.kie_conn_id,
            deadline=time.time() + self.timeout,
            poll_interval=self.poll_interval,
            not_found_grace=self.not_found_grace,
            family=self.family.name,
            hinted=self.woken,
        )
