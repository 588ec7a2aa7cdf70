"""Veo 3.1's high-resolution calls as an operator: the 1080p or 4K version of a video a Veo task made.

A finished Veo generation (``KieVeoGenerateOperator``, ``KieVeoExtendOperator``) can be fetched again in
1080p (``GET /api/v1/veo/get-1080p-video``, a link once ready, 422 until then) or upgraded to 4K
(``POST /api/v1/veo/get-4k-video``: extra credits; kie.ai answers repeats for the same video with its
progress and charges nothing more). Both are awaited by asking again: on a worker, or with
``deferrable=True`` in the triggerer (:class:`~kie_provider.triggers.veo.KieVeoHighResolutionTrigger`).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

from airflow.providers.common.compat.sdk import conf
from airflow.sdk import BaseOperator

from kie_provider.config import DEFAULT_CONN_ID
from kie_provider.exceptions import KieTimeoutError, KieValidationError
from kie_provider.models import KieTask, KieTaskState
from kie_provider.transfers import literal_strings
from kie_provider.waiting import DEFER_SLACK, check_duration

if TYPE_CHECKING:
    from airflow.sdk import Context

    from kie_provider.hooks.kie import KieHook

RESOLUTIONS = ("1080p", "4k")


class KieVeoHighResolutionOperator(BaseOperator):
    """
    Get the 1080p or 4K version of a video a Veo 3.1 task made; return it as a finished kie.ai record.

    The return value is shaped like the generating operators' (``task_id``, ``model`` ``veo/1080p`` or
    ``veo/4k``, ``state``, ``result_urls``, and ``output_paths`` with ``output_path``), so downstream tasks
    read it the same way.

    :param source_task_id: the taskId of the finished Veo generation (e.g. the ``kie_task_id`` XCom of a
        ``KieVeoGenerateOperator``). Templated.
    :param resolution: ``"1080p"`` or ``"4k"`` (4K costs extra credits).
    :param index: which video of the task (kie.ai's ``index``), default the first.
    :param kie_conn_id: the Airflow connection of type ``kie``.
    :param callback_url: for 4K, an http(s) URL kie.ai POSTs to when it is ready. Templated.
    :param poll_interval: seconds between asks (> 0); kie.ai suggests 20-30 s for 1080p, minutes for 4K.
    :param timeout: seconds (> 0) to wait before failing with ``KieTimeoutError``; a retry asks again without
        paying again.
    :param output_path: a local folder, ``ObjectStoragePath`` or storage URI the video is streamed to. Templated.
    :param deferrable: ask in the triggerer instead of a worker slot (default from
        ``[operators] default_deferrable``), like every other kie.ai wait.
    :param kwargs: :class:`~airflow.sdk.BaseOperator` arguments.
    """

    template_fields: Sequence[str] = ("source_task_id", "callback_url", "output_path")
    ui_color = "#f3e8ff"

    def __init__(
        self,
        *,
        source_task_id: str,
        resolution: str = "1080p",
        index: int | None = None,
        kie_conn_id: str = DEFAULT_CONN_ID,
        callback_url: str | None = None,
        poll_interval: float = 20.0,
        timeout: float = 1800.0,
        output_path: Any = None,
        deferrable: bool = conf.getboolean("operators", "default_deferrable", fallback=False),
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if resolution not in RESOLUTIONS:
            raise KieValidationError(
                f"resolution={resolution!r} is not allowed: use one of {', '.join(map(repr, RESOLUTIONS))}",
                problems=[("resolution", resolution, "one of " + ", ".join(map(repr, RESOLUTIONS)))],
            )
        if index is not None and (not isinstance(index, int) or isinstance(index, bool) or index < 0):
            raise KieValidationError(
                f"index={index!r} is not allowed: use a video index >= 0",
                problems=[("index", index, "an integer >= 0")],
            )
        check_duration("poll_interval", poll_interval)
        check_duration("timeout", timeout)
        self.source_task_id = source_task_id
        self.resolution = resolution
        self.index = index
        self.kie_conn_id = kie_conn_id
        self.callback_url = callback_url
        self.poll_interval = poll_interval
        self.timeout = timeout
        self.output_path = output_path
        self.deferrable = deferrable
        # A path written in the DAG file is the author's own; a templated one must lie under the output roots.
        self._literal_output = frozenset(literal_strings(output_path))

    @cached_property
    def hook(self) -> KieHook:
        """The kie.ai hook of this task."""
        from kie_provider.hooks.kie import KieHook

        return KieHook(kie_conn_id=self.kie_conn_id)

    def execute(self, context: Context) -> dict[str, Any]:
        """
        Ask until the high-resolution video exists; return its record.

        :param context: the Airflow context.
        """
        from kie_provider.transfers import check_output_path

        mapped = getattr(self, "_BaseOperator__from_mapped", False)  # built from resolved, maybe XCom, values
        check_output_path(self.output_path, () if mapped else self._literal_output)  # before a 4K is paid
        task_id = str(self.source_task_id or "").strip()
        if not task_id:
            raise KieValidationError(
                f"source_task_id {self.source_task_id!r} is not a kie.ai taskId",
                problems=[("source_task_id", self.source_task_id, "the taskId of a finished Veo generation")],
            )
        if self.deferrable:
            from kie_provider.triggers.veo import KieVeoHighResolutionTrigger

            self.log.info("Deferring: the triggerer asks for the %s version of Veo task %s", self.resolution, task_id)
            self.defer(
                trigger=KieVeoHighResolutionTrigger(
                    source_task_id=task_id,
                    resolution=self.resolution,
                    deadline=time.time() + self.timeout,
                    poll_interval=self.poll_interval,
                    index=self.index,
                    kie_conn_id=self.kie_conn_id,
                    callback_url=self.callback_url,
                ),
                method_name="execute_complete",
                timeout=timedelta(seconds=self.timeout + DEFER_SLACK),
            )
        deadline = time.monotonic() + self.timeout
        while True:
            urls = self._ask(task_id)
            if urls:
                break
            if time.monotonic() + self.poll_interval > deadline:
                raise KieTimeoutError(
                    f"kie.ai's {self.resolution} version of Veo task {task_id} was not ready within "
                    f"{self.timeout:g}s; an Airflow retry asks again (a 4K upgrade is not charged twice)"
                )
            self.log.info("The %s version of Veo task %s is not ready yet", self.resolution, task_id)
            time.sleep(self.poll_interval)
        return self._finish(
            KieTask(task_id=task_id, model=f"veo/{self.resolution}", state=KieTaskState.SUCCESS, result_urls=urls)
        )

    def execute_complete(self, context: Context, event: dict[str, Any] | None = None) -> dict[str, Any]:
        """
        Resume after the trigger fired: return the high-resolution record, or raise the error it reports.

        :param context: the Airflow context.
        :param event: the trigger's event payload.
        """
        from kie_provider.outcomes import task_from_event

        return self._finish(task_from_event(event))  # raises KieTimeoutError, or the permanent error reported

    def _finish(self, task: KieTask) -> dict[str, Any]:
        """The record as the operator returns it, the video stored under ``output_path`` if one is given."""
        task_id, urls = task.task_id, task.result_urls
        result = task.to_dict()
        if self.output_path:
            from kie_provider.transfers import persist_results

            result["output_paths"] = persist_results(self.hook, task, self.output_path, ".mp4")
        self.log.info("The %s version of Veo task %s: %s", self.resolution, task_id, ", ".join(urls))
        return result

    def _ask(self, task_id: str) -> list[str]:
        """The video's URLs, or ``[]`` while kie.ai is still making it."""
        if self.resolution == "4k":
            return self.hook.request_veo_4k_video(task_id, self.index or 0, self.callback_url)
        try:
            return [self.hook.get_veo_1080p_video(task_id, self.index)]
        except KieValidationError as error:  # 422: not ready yet ("record status is not success" ...)
            self.log.info("kie.ai: %s", error.message)
            return []
