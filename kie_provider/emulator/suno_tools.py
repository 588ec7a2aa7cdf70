"""
Suno's tools on a track made earlier, each a family of its own with its own record endpoint: WAV conversion
(``POST /api/v1/wav/generate``, ``GET /api/v1/wav/record-info``). Each takes the ``taskId`` and ``audioId``
of a finished Suno generation (or extension); its record reports ``successFlag`` as a string (PENDING,
SUCCESS or a failure), as https://docs.kie.ai/cn/suno-api/get-wav-details prints it. The bodies are judged
by the create page's JSON Schema (in the task book) before the parent is looked up here.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from kie_provider.emulator.adapters import Dedicated, completed, finished_parent, plain_time
from kie_provider.emulator.book import Book, Spec, View
from kie_provider.emulator.httpd import ClientError, Headers, Response
from kie_provider.family_names import SUNO


class SunoToolAdapter(Dedicated):
    """
    A Suno tool's task: ``successFlag`` PENDING until it settles, then SUCCESS or one of ``failures``.

    :param failures: the failure values of ``successFlag`` (the first is used for a failure of any other code).
    :param result_field: the field of ``response`` that carries the result file's URL.
    :param kwargs: :class:`~kie_provider.emulator.adapters.Dedicated`'s arguments.
    """

    def __init__(self, *, failures: tuple[str, ...], result_field: str, **kwargs: Any) -> None:
        super().__init__(required=(), model_field=None, **kwargs)
        self.failures = failures
        self.result_field = result_field

    def parse(self, request: dict[str, Any], kind: str) -> Spec:
        """
        The task spec of a tool's create body (its page's schema has judged it already).

        :param request: the JSON body.
        :param kind: which create endpoint.
        """
        # A tool takes no prompt: the emulator's [[hang]] and [[fail]] markers ride in its callBackUrl.
        return dataclasses.replace(super().parse(request, kind), prompt=str(request.get("callBackUrl") or ""))

    def flag(self, view: View) -> str:
        """
        The ``successFlag`` value now; :param view: the task now.
        """
        if view.phase == "success":
            return "SUCCESS"
        if view.phase == "fail":
            code = view.task.fail[0] if view.task.fail else ""
            return code if code in self.failures else self.failures[-1]
        return "PENDING"

    def record(self, view: View) -> dict[str, Any]:
        """
        The record endpoint's ``data``, shaped as the page's example; :param view: the task now.
        """
        task = view.task
        request = task.spec.recorded
        audio_id = str(request.get("audioId") or "")
        failed = view.phase == "fail" and task.fail is not None
        return {
            "taskId": task.task_id,
            "musicId": audio_id,
            "callbackUrl": request.get("callBackUrl"),
            "musicIndex": int(audio_id.rpartition("-")[2]) if audio_id.rpartition("-")[2].isdigit() else 0,
            "completeTime": plain_time(completed(view)),
            "response": {self.result_field: view.urls[0]} if view.urls else None,
            "successFlag": self.flag(view),
            "createTime": plain_time(task.created),
            "errorCode": (int(task.fail[0]) if task.fail[0].isdigit() else 500) if failed and task.fail else None,
            "errorMessage": task.fail[1] if failed and task.fail else None,
        }

    def callback(self, view: View) -> dict[str, Any] | None:
        """
        No callback: these tools' callback bodies are not confirmed from a kie.ai page, so none is sent.

        :param view: the task at that moment.
        """
        return None


def suno_tool_extra(family: str) -> Any:
    """
    The create handler of the Suno tool ``family``: its ``taskId``/``audioId`` must name a finished Suno track.

    :param family: the tool's family name.
    """

    def create(book: Book, kind: str, request: dict[str, Any], headers: Headers) -> Response:
        """
        Answer the tool's create: a new task of the tool's family from a finished Suno task's track.

        :param book: the tasks.
        :param kind: the endpoint (``generate``).
        :param request: the JSON body.
        :param headers: the request headers.
        """
        if "taskId" in request and "audioId" in request:  # else the page's schema refuses it (in ``create``)
            parent = finished_parent(book, SUNO, request["taskId"])
            tracks = {f"{parent.task_id}-{i}" for i in range(parent.spec.result_count)}
            if request["audioId"] not in tracks:
                raise ClientError(422, "audioId is not a track of that task")
        return book.create(family, request, headers, kind=kind, parent=request.get("taskId"))

    return create
