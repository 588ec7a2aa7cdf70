"""
Suno's tools on a track made earlier, each a family of its own with its own record endpoint: WAV conversion
(``POST /api/v1/wav/generate``, ``GET /api/v1/wav/record-info``) and vocal separation
(``/api/v1/vocal-removal/generate``, ``/api/v1/vocal-removal/record-info``) and music video
(``/api/v1/mp4/generate``, ``/api/v1/mp4/record-info``). Each takes the ``taskId`` and ``audioId``
of a finished Suno generation (or extension); its record reports ``successFlag`` as a string (PENDING,
SUCCESS or a failure), as https://docs.kie.ai/cn/suno-api/get-wav-details and
https://docs.kie.ai/cn/suno-api/get-vocal-separation-details print it. The bodies are judged
by the create page's JSON Schema (in the task book) before the parent is looked up here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from kie_provider.emulator.adapters import Dedicated, completed, finished_parent, plain_time
from kie_provider.emulator.book import Book, Spec, View
from kie_provider.emulator.httpd import ClientError, Headers, Response
from kie_provider.family_names import SUNO


class SunoToolAdapter(Dedicated):
    """
    A Suno tool's task: ``successFlag`` PENDING until it settles, then SUCCESS or one of ``failures``.

    :param failures: the failure values of ``successFlag`` (the last is used for a failure of any other code).
    :param result_fields: the fields of ``response`` that carry the result files' URLs, one file each.
    :param times: how the record writes its times (the WAV page prints ``2025-01-01 00:10:00``, the vocal
        separation page milliseconds).
    :param kwargs: :class:`~kie_provider.emulator.adapters.Dedicated`'s arguments.
    """

    def __init__(
        self,
        *,
        failures: tuple[str, ...],
        result_fields: tuple[str, ...],
        times: Callable[[float | None], Any] = plain_time,
        **kwargs: Any,
    ) -> None:
        super().__init__(required=(), model_field=None, **kwargs)
        self.failures = failures
        self.result_fields = result_fields
        self.times = times

    def files(self, request: dict[str, Any]) -> tuple[str, ...]:
        """
        The ``response`` fields a request fills, one file each; :param request: the JSON body.
        """
        return self.result_fields

    def result_count(self, request: dict[str, Any]) -> int:
        """One file per filled field; :param request: the JSON body."""
        return len(self.files(request))

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
            "completeTime": self.times(completed(view)),
            "response": self.response(request, view.urls) if view.urls else None,
            "successFlag": self.flag(view),
            "createTime": self.times(task.created),
            "errorCode": (int(task.fail[0]) if task.fail[0].isdigit() else 500) if failed and task.fail else None,
            "errorMessage": task.fail[1] if failed and task.fail else None,
        }

    def response(self, request: dict[str, Any], urls: list[str]) -> dict[str, Any]:
        """
        The record's ``response``: every field the tool reports, those the request fills with its files.

        :param request: the JSON body.
        :param urls: the result files' URLs.
        """
        return {name: None for name in self.result_fields} | dict(zip(self.files(request), urls, strict=False))

    def callback(self, view: View) -> dict[str, Any] | None:
        """
        No callback: these tools' callback bodies are not confirmed from a kie.ai page, so none is sent.

        :param view: the task at that moment.
        """
        return None


class VocalRemovalAdapter(SunoToolAdapter):
    """Vocal separation: ``separate_vocal`` (the default) fills vocalUrl and instrumentalUrl, the others stems."""

    STEMS = ("vocalUrl", "backingVocalsUrl", "drumsUrl", "bassUrl", "guitarUrl", "keyboardUrl")

    def files(self, request: dict[str, Any]) -> tuple[str, ...]:
        """
        The fields a separation fills, by its ``type``; :param request: the JSON body.
        """
        if request.get("type", "separate_vocal") == "separate_vocal":
            return ("vocalUrl", "instrumentalUrl")
        return self.STEMS

    def response(self, request: dict[str, Any], urls: list[str]) -> dict[str, Any]:
        """
        The page's ``response``: ``originUrl`` (null in its example) and every stem field.

        :param request: the JSON body.
        :param urls: the result files' URLs.
        """
        return {"originUrl": None, **super().response(request, urls)}


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
