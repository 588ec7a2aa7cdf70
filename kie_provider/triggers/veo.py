"""Deferrable waiting for Veo 3.1's 1080p and 4K versions: asked again in the triggerer until ready.

A finished Veo video's 1080p link (``GET /api/v1/veo/get-1080p-video``, 422 until it is ready) and its 4K
upgrade (``POST /api/v1/veo/get-4k-video``: the first request is paid, kie.ai answers every repeat with
progress and charges nothing more) are no task records of a family: they are awaited by asking again.
:class:`KieVeoHighResolutionTrigger` asks on the shared async client, in the triggerer's pace, and fires one
event shaped like :class:`~kie_provider.triggers.kie.KieTaskTrigger`'s, so the operator reads it with
:func:`~kie_provider.triggers.kie.task_from_event`.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

from airflow.triggers.base import BaseTrigger, TriggerEvent

from kie_provider.config import DEFAULT_CONN_ID
from kie_provider.exceptions import KieError
from kie_provider.hooks.kie import KieAsyncHook
from kie_provider.models import KieTask, KieTaskState
from kie_provider.triggers.kie import error_event
from kie_provider.triggers.pacing import connection_config, poll_pacer, sleep_on_grid


class KieVeoHighResolutionTrigger(BaseTrigger):
    """
    Ask for the 1080p or 4K version of a finished Veo video until kie.ai has it, without a worker slot.

    The event's ``status`` is ``success`` (``task`` is a succeeded record, model ``veo/1080p`` or ``veo/4k``,
    with the video's URLs), ``timeout`` or ``error`` (a permanent error: a bad key, no credits for the 4K
    upgrade, a video kie.ai will not upgrade). Transient failures are ridden out until the deadline.

    :param source_task_id: the taskId of the finished Veo generation.
    :param resolution: ``"1080p"`` or ``"4k"``.
    :param index: which video of the task, if not the first.
    :param kie_conn_id: the Airflow connection id.
    :param callback_url: for 4K, an http(s) URL kie.ai POSTs to when it is ready.
    :param deadline: when to give up, Unix seconds (absolute, so a trigger restored elsewhere keeps its time).
    :param poll_interval: seconds between asks.
    """

    def __init__(
        self,
        source_task_id: str,
        resolution: str,
        deadline: float,
        poll_interval: float,
        index: int | None = None,
        kie_conn_id: str = DEFAULT_CONN_ID,
        callback_url: str | None = None,
    ) -> None:
        super().__init__()
        self.source_task_id = source_task_id
        self.resolution = resolution
        self.deadline = float(deadline)
        self.poll_interval = float(poll_interval)
        self.index = index
        self.kie_conn_id = kie_conn_id
        self.callback_url = callback_url

    def serialize(self) -> tuple[str, dict[str, Any]]:
        """Import path and plain JSON kwargs."""
        return (
            f"{type(self).__module__}.{type(self).__qualname__}",
            {
                "source_task_id": self.source_task_id,
                "resolution": self.resolution,
                "deadline": self.deadline,
                "poll_interval": self.poll_interval,
                "index": self.index,
                "kie_conn_id": self.kie_conn_id,
                "callback_url": self.callback_url,
            },
        )

    async def run(self) -> AsyncIterator[TriggerEvent]:
        """Ask until the video exists, the deadline passes, or a permanent error; yield one event."""
        task_id, hook, pacer = self.source_task_id, KieAsyncHook(self.kie_conn_id), poll_pacer()
        try:
            hook.use_config(await connection_config(hook))
        except KieError as error:  # no API key, a host that is not a URL: nothing to ask with
            yield error_event(task_id, error)
            return
        while True:
            await pacer.wait(max(0.0, self.deadline - time.time()))
            try:
                urls = await hook.ask_veo_high_resolution(task_id, self.resolution, self.index, self.callback_url)
            except KieError as error:
                if not error.transient:
                    yield error_event(task_id, error)
                    return
                self.log.warning("The %s version of Veo task %s: %s; asking again", self.resolution, task_id, error)
                urls = []
            if urls:
                model = f"veo/{self.resolution}"
                task = KieTask(task_id=task_id, model=model, state=KieTaskState.SUCCESS, result_urls=urls)
                message = f"the {self.resolution} version of Veo task {task_id} is ready"
                yield TriggerEvent(
                    {"status": "success", "kie_task_id": task_id, "task": task.to_dict(), "message": message}
                )
                return
            remaining = self.deadline - time.time()
            if remaining < self.poll_interval:
                message = (
                    f"kie.ai's {self.resolution} version of Veo task {task_id} was not ready before the deadline; "
                    "an Airflow retry asks again (a 4K upgrade is not charged twice)"
                )
                yield TriggerEvent({"status": "timeout", "kie_task_id": task_id, "task": None, "message": message})
                return
            self.log.info("The %s version of Veo task %s is not ready yet", self.resolution, task_id)
            await sleep_on_grid(self.poll_interval, remaining)
