"""
The adapters of kie.ai's dedicated API families (Suno and Runway, with their extensions, 4o Image,
Flux Kontext, Midjourney; Veo has its own module): each reads its family's create body into a task
spec and writes the task in the family's own encoding (status values, result fields, callback shape).
Validation is minimal (required fields, a 422 naming the field); the provider validates fully.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from kie_provider.emulator.book import Book, Spec, Task, View
from kie_provider.emulator.httpd import ClientError, Headers, Response, json_response
from kie_provider.family_names import RUNWAY
from kie_provider.urls import is_http_url


def iso(t: float | None) -> str | None:
    """
    A time as ISO 8601 UTC (``2024-03-20T10:30:00Z``); :param t: seconds since the epoch, or ``None``.
    """
    return None if t is None else datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def plain_time(t: float | None) -> str | None:
    """
    A time as ``2025-06-06 10:30:00`` (UTC); :param t: seconds since the epoch, or ``None``.
    """
    return None if t is None else datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M:%S")


def ms(t: float | None) -> int | None:
    """
    A time in milliseconds since the epoch; :param t: seconds since the epoch, or ``None``.
    """
    return None if t is None else int(round(t * 1000))


def compact(value: Any) -> str:
    """
    JSON text as kie.ai embeds it in records (``paramJson``); :param value: any JSON value.
    """
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def error_code(fail: tuple[str, str] | None) -> int | None:
    """
    The integer ``errorCode`` of a failed task (500 when its fail code is not a number).

    :param fail: the task's ``(fail_code, fail_msg)``.
    """
    if fail is None:
        return None
    return int(fail[0]) if fail[0].isdigit() else 500


def completed(view: View) -> float | None:
    """
    When the task settled, or ``None``; :param view: the task now.
    """
    return (view.task.complete or view.task.end) if view.task.settled else None


class Dedicated:
    """
    What the dedicated families share: a flat JSON create body, ``{code, msg, data: {taskId}}``.

    :param required: fields that must be present and non-empty.
    :param enums: allowed values of some fields.
    :param prices: credits by model (``"*"`` for any other).
    :param model_field: the body's field naming the model, if any.
    :param default_model: the model when the body names none (kie.ai's own spelling: ``gpt4o-image``, ``mj``).
    :param output_type: MIME type of the result files.
    :param extension: their extension.
    :param side_files: more files per result by extension.
    """

    milestones: tuple[tuple[str, float, int], ...] = ()

    def __init__(
        self,
        *,
        required: Iterable[str] = ("prompt",),
        enums: Mapping[str, Iterable[Any]] | None = None,
        prices: Mapping[str, float],
        model_field: str | None = "model",
        default_model: str,
        output_type: str = "image/png",
        extension: str = ".png",
        side_files: Mapping[str, str] | None = None,
    ) -> None:
        self.required = tuple(required)
        self.enums = {k: tuple(v) for k, v in (enums or {}).items()}
        self.prices = dict(prices)
        self.model_field = model_field
        self.default_model = default_model
        self.output_type = output_type
        self.extension = extension
        self.side_files = dict(side_files or {})

    def check(self, request: dict[str, Any], kind: str) -> None:
        """
        Check the required fields, the enumerations and the callback URL (422 naming the field).

        :param request: the JSON body.
        :param kind: which create endpoint.
        """
        for name in self.required:
            value = request.get(name)
            if value is None or (isinstance(value, str) and not value.strip()):
                raise ClientError(422, f"{name} is required")
        for name, allowed in self.enums.items():
            if name in request and request[name] not in allowed:
                raise ClientError(422, f"{name} must be one of {', '.join(map(str, allowed))}; got {request[name]!r}")
        callback = request.get("callBackUrl")
        if callback is not None and not is_http_url(callback):
            raise ClientError(422, f"callBackUrl must be an http(s) URL, got {callback!r}")

    def result_count(self, request: dict[str, Any]) -> int:
        """How many result files a request makes; :param request: the JSON body."""
        return 1

    def output(self, request: dict[str, Any]) -> tuple[str, str]:
        """``(MIME type, extension)`` of a request's results; :param request: the JSON body."""
        return self.output_type, self.extension

    def parse(self, request: dict[str, Any], kind: str) -> Spec:
        """
        Validate a create body into a spec.

        :param request: the JSON body.
        :param kind: which create endpoint.
        """
        self.check(request, kind)
        model = str(request.get(self.model_field) or self.default_model) if self.model_field else self.default_model
        output_type, extension = self.output(request)
        return Spec(
            model=model,
            prompt=str(request.get("prompt") or ""),
            callback_url=request.get("callBackUrl"),
            price=float(self.prices.get(model, self.prices["*"])),
            output_type=output_type,
            extension=extension,
            result_count=self.result_count(request),
            recorded=dict(request),
            duration_input=dict(request),
            side_files=self.side_files,
        )

    def created(self, task: Task) -> Response:
        """
        The answer to an accepted create: ``{code: 200, msg: "success", data: {taskId}}``.

        :param task: the new task.
        """
        return json_response(200, "success", {"taskId": task.task_id})

    def success_flag(self, view: View) -> int:
        """
        ``successFlag``: 0 generating, 1 success, 2 create failed, 3 generation failed.

        :param view: the task now.
        """
        if view.phase == "success":
            return 1
        if view.phase == "fail":
            return 2 if view.task.fail and view.task.fail[0] == "CREATE_TASK_FAILED" else 3
        return 0


class SunoAdapter(Dedicated):
    """Suno music: ``status`` PENDING → TEXT_SUCCESS → FIRST_SUCCESS → SUCCESS, tracks in ``sunoData``."""

    milestones: tuple[tuple[str, float, int], ...] = (("text", 1 / 3, 0), ("first", 2 / 3, 1))
    FAILURES = ("CREATE_TASK_FAILED", "GENERATE_AUDIO_FAILED", "CALLBACK_EXCEPTION", "SENSITIVE_WORD_ERROR")
    _STATUS = {"text": "TEXT_SUCCESS", "first": "FIRST_SUCCESS"}

    def check(self, request: dict[str, Any], kind: str) -> None:
        """
        Suno's rules for a generation: ``customMode`` and ``instrumental`` are booleans; custom mode needs
        ``style`` and ``title`` (and ``prompt`` unless instrumental); non-custom mode needs ``prompt``. An
        extension (``kind`` ``extend``) is held to its page's schema only.

        :param request: the JSON body.
        :param kind: which create endpoint.
        """
        super().check(request, kind)
        if kind == "extend":
            return  # the extend page's own schema (judged before this) is all the emulator holds it to
        for name in ("customMode", "instrumental"):
            if not isinstance(request.get(name), bool):
                raise ClientError(422, f"{name} is required and must be a boolean")
        needed = ["style", "title"] if request["customMode"] else ["prompt"]
        if request["customMode"] and not request["instrumental"]:
            needed.append("prompt")
        for name in needed:
            if not isinstance(request.get(name), str) or not request[name].strip():
                raise ClientError(422, f"{name} is required")

    def result_count(self, request: dict[str, Any]) -> int:
        """Two tracks per request; :param request: the JSON body."""
        return 2

    def status(self, view: View) -> str:
        """
        The ``status`` value now; :param view: the task now.
        """
        if view.phase == "success":
            return "SUCCESS"
        if view.phase == "fail":
            code = view.task.fail[0] if view.task.fail else ""
            return code if code in self.FAILURES else "GENERATE_AUDIO_FAILED"
        return self._STATUS.get(view.milestone or "", "PENDING")

    def _tracks(self, view: View, snake: bool) -> list[dict[str, Any]]:
        task = view.task
        request = task.spec.recorded
        covers = view.side_urls.get(".png", [])
        tracks = []
        for i in range(task.spec.result_count):
            ready = i < len(view.urls)
            audio = view.urls[i] if ready else ""
            fields = {
                "id": f"{task.task_id}-{i}",
                "audioUrl": audio,
                "streamAudioUrl": audio,
                "imageUrl": covers[i] if ready and i < len(covers) else "",
                "prompt": str(request.get("prompt") or ""),
                "modelName": f"chirp-{task.spec.model.lower().replace('_', '-')}",
                "title": str(request.get("title") or ""),
                "tags": str(request.get("style") or ""),
                "createTime": plain_time(task.created),
                "duration": 30.0 + i if ready else None,
            }
            if snake:
                renames = {"audioUrl": "audio_url", "streamAudioUrl": "stream_audio_url"}
                renames |= {"imageUrl": "image_url", "modelName": "model_name"}
                fields = {renames.get(k, k): v for k, v in fields.items()}
            tracks.append(fields)
        return tracks

    def record(self, view: View) -> dict[str, Any]:
        """
        ``GET /api/v1/generate/record-info``'s data; :param view: the task now.
        """
        task = view.task
        status = self.status(view)
        response = None
        if status not in ("PENDING", *self.FAILURES):
            response = {"taskId": task.task_id, "sunoData": self._tracks(view, snake=False)}
        return {
            "taskId": task.task_id,
            "parentMusicId": "",
            "param": compact(task.spec.recorded),
            "response": response,
            "status": status,
            "type": "GENERATE",
            "operationType": task.kind,
            "errorCode": error_code(task.fail) if view.phase == "fail" else None,
            "errorMessage": task.fail[1] if view.phase == "fail" and task.fail else None,
        }

    def callback(self, view: View) -> dict[str, Any] | None:
        """
        The staged callbacks: ``text`` (no tracks) → ``first`` (one track) → ``complete`` (all), or ``error``.

        :param view: the task at that stage.
        """
        task_id = view.task.task_id
        if view.phase == "fail":
            code = error_code(view.task.fail) or 501
            msg = view.task.fail[1] if view.task.fail else "Audio generation failed"
            return {"code": code, "msg": msg, "data": {"callbackType": "error", "task_id": task_id, "data": None}}
        stage = {"text": "text", "first": "first"}.get(view.milestone or "", "complete")
        messages = {
            "text": "Text generation completed.",
            "first": "First track generated successfully.",
            "complete": "All generated successfully.",
        }
        tracks = [t for t in self._tracks(view, snake=True) if t["audio_url"]] if stage != "text" else []
        data = {"callbackType": stage, "task_id": task_id, "data": tracks}
        return {"code": 200, "msg": messages[stage], "data": data}


class RunwayAdapter(Dedicated):
    """Runway video: ``state`` wait/queueing/generating/success/fail, the result in ``videoInfo``."""

    STATES = {
        "waiting": "wait",
        "queuing": "queueing",
        "generating": "generating",
        "success": "success",
        "fail": "fail",
    }

    def check(self, request: dict[str, Any], kind: str) -> None:
        """
        Runway's rules: ``prompt``; ``aspectRatio`` when a generation has no ``imageUrl``.

        :param request: the JSON body.
        :param kind: which create endpoint.
        """
        super().check(request, kind)
        if kind == "extend":
            return  # an extension has its parent's picture: no imageUrl or aspectRatio of its own
        if not request.get("imageUrl") and not request.get("aspectRatio"):
            raise ClientError(422, "aspectRatio is required when there is no imageUrl")

    def record(self, view: View) -> dict[str, Any]:
        """
        ``GET /api/v1/runway/record-detail``'s data; :param view: the task now.
        """
        task = view.task
        video = None
        if view.urls:
            video = {
                "videoId": f"{task.task_id}-0",
                "taskId": task.task_id,
                "videoUrl": view.urls[0],
                "imageUrl": view.side_urls[".png"][0],
            }
        failed = view.phase == "fail" and task.fail is not None
        param = {k: task.spec.recorded[k] for k in ("prompt", "imageUrl") if k in task.spec.recorded}
        return {
            "taskId": task.task_id,
            "parentTaskId": task.parent or "",
            "generateParam": {**param, "expandPrompt": True},
            "state": self.STATES[view.phase],
            "generateTime": plain_time(task.created),
            "videoInfo": video,
            "failCode": error_code(task.fail) if failed else "",
            "failMsg": task.fail[1] if failed and task.fail else "",
            "expireFlag": 0,
        }

    def callback(self, view: View) -> dict[str, Any] | None:
        """
        ``{code, msg, data: {task_id, video_id, video_url, image_url}}``; :param view: the settled task.
        """
        task = view.task
        if view.phase == "fail":
            data = {"task_id": task.task_id, "video_id": "", "video_url": "", "image_url": ""}
            return {"code": error_code(task.fail) or 500, "msg": task.fail[1] if task.fail else "failed", "data": data}
        data = {
            "task_id": task.task_id,
            "video_id": f"{task.task_id}-0",
            "video_url": view.urls[0],
            "image_url": view.side_urls[".png"][0],
        }
        return {"code": 200, "msg": "All generated successfully.", "data": data}


def finished_parent(book: Book, family: str, task_id: Any) -> Task:
    """
    The succeeded task of ``family`` an extension names, else a 422 (kie.ai words Veo's as below).

    :param book: the tasks.
    :param family: the family the parent belongs to.
    :param task_id: the ``taskId`` the extension sends.
    """
    task = book.find(family, task_id) if isinstance(task_id, str) and task_id else None
    if task is None:
        raise ClientError(422, "record is null")
    if not task.settled or task.fail is not None:
        raise ClientError(422, "record status is not success")
    return task


def runway_extra(book: Book, kind: str, request: dict[str, Any], headers: Headers) -> Response:
    """
    Answer ``POST /api/v1/runway/extend``: a new Runway task from a finished one (its ``taskId``).

    :param book: the tasks.
    :param kind: the endpoint (``extend``).
    :param request: the JSON body.
    :param headers: the request headers.
    """
    if "taskId" in request:  # without one, the page's schema refuses the body (in ``create``)
        finished_parent(book, RUNWAY, request["taskId"])
    return book.create(RUNWAY, request, headers, kind=kind, parent=request.get("taskId"))


class Gpt4oImageAdapter(Dedicated):
    """4o Image: ``status`` GENERATING/SUCCESS/CREATE_TASK_FAILED/GENERATE_FAILED, ``successFlag``, ``progress``."""

    def check(self, request: dict[str, Any], kind: str) -> None:
        """
        4o's rules: ``size``; a ``prompt`` or ``filesUrl``.

        :param request: the JSON body.
        :param kind: which create endpoint.
        """
        super().check(request, kind)
        if not request.get("prompt") and not request.get("filesUrl"):
            raise ClientError(422, "prompt is required (or filesUrl)")

    def result_count(self, request: dict[str, Any]) -> int:
        """``nVariants`` images; :param request: the JSON body."""
        return int(request.get("nVariants") or 1)

    def success_flag(self, view: View) -> int:
        """
        0 generating, 1 success, 2 failed; :param view: the task now.
        """
        return {"success": 1, "fail": 2}.get(view.phase, 0)

    def record(self, view: View) -> dict[str, Any]:
        """
        ``GET /api/v1/gpt4o-image/record-info``'s data; :param view: the task now.
        """
        task = view.task
        if view.phase == "success":
            status, progress = "SUCCESS", 1.0
        elif view.phase == "fail":
            created_failed = task.fail is not None and task.fail[0] == "CREATE_TASK_FAILED"
            status, progress = ("CREATE_TASK_FAILED" if created_failed else "GENERATE_FAILED"), 0.0
        else:
            status = "GENERATING"
            progress = 0.0 if task.generating <= 0 else (view.now - task.generating_since) / task.generating
        return {
            "taskId": task.task_id,
            "paramJson": compact(task.spec.recorded),
            "completeTime": ms(completed(view)),
            "response": {"resultUrls": view.urls} if view.urls else None,
            "successFlag": self.success_flag(view),
            "status": status,
            "errorCode": error_code(task.fail) if view.phase == "fail" else None,
            "errorMessage": task.fail[1] if view.phase == "fail" and task.fail else "",
            "createTime": ms(task.created),
            "progress": f"{min(1.0, max(0.0, progress)):.2f}",
        }

    def callback(self, view: View) -> dict[str, Any] | None:
        """
        ``{code, msg, data: {taskId, info: {result_urls}}}``; :param view: the settled task.
        """
        task = view.task
        if view.phase == "fail":
            data = {"taskId": task.task_id, "info": None}
            return {"code": error_code(task.fail) or 500, "msg": task.fail[1] if task.fail else "failed", "data": data}
        return {"code": 200, "msg": "success", "data": {"taskId": task.task_id, "info": {"result_urls": view.urls}}}


class FluxKontextAdapter(Dedicated):
    """Flux Kontext: ``successFlag`` 0/1/2/3, one image in ``response.resultImageUrl``."""

    def record(self, view: View) -> dict[str, Any]:
        """
        ``GET /api/v1/flux/kontext/record-info``'s data; :param view: the task now.
        """
        task = view.task
        response = None
        if view.urls:
            response = {"originImageUrl": task.spec.recorded.get("inputImage"), "resultImageUrl": view.urls[0]}
        return {
            "taskId": task.task_id,
            "paramJson": compact(task.spec.recorded),
            "completeTime": iso(completed(view)),
            "response": response,
            "successFlag": self.success_flag(view),
            "errorCode": error_code(task.fail) if view.phase == "fail" else None,
            "errorMessage": task.fail[1] if view.phase == "fail" and task.fail else "",
            "createTime": iso(task.created),
        }

    def callback(self, view: View) -> dict[str, Any] | None:
        """
        ``{code, msg: "BFL image generated successfully.", data: {taskId, info}}``; :param view: the settled task.
        """
        task = view.task
        if view.phase == "fail":
            data = {"taskId": task.task_id, "info": None}
            return {"code": error_code(task.fail) or 501, "msg": task.fail[1] if task.fail else "failed", "data": data}
        info = {"originImageUrl": task.spec.recorded.get("inputImage"), "resultImageUrl": view.urls[0]}
        return {"code": 200, "msg": "BFL image generated successfully.", "data": {"taskId": task.task_id, "info": info}}


class MidjourneyAdapter(Dedicated):
    """Midjourney: ``successFlag``, four images in ``resultInfoJson.resultUrls[].resultUrl`` (videos for mj_video)."""

    def result_count(self, request: dict[str, Any]) -> int:
        """Four images, or ``videoBatchSize`` videos; :param request: the JSON body."""
        if request.get("taskType") == "mj_video":
            return int(request.get("videoBatchSize") or 1)
        return 4

    def output(self, request: dict[str, Any]) -> tuple[str, str]:
        """MP4 for ``mj_video``, else PNG; :param request: the JSON body."""
        return ("video/mp4", ".mp4") if request.get("taskType") == "mj_video" else ("image/png", ".png")

    def record(self, view: View) -> dict[str, Any]:
        """
        ``GET /api/v1/mj/record-info``'s data; :param view: the task now.
        """
        task = view.task
        return {
            "taskId": task.task_id,
            "taskType": task.spec.recorded.get("taskType"),
            "paramJson": compact(task.spec.recorded),
            "completeTime": iso(completed(view)),
            "resultInfoJson": {"resultUrls": [{"resultUrl": url} for url in view.urls]} if view.urls else None,
            "successFlag": self.success_flag(view),
            "createTime": iso(task.created),
            "errorCode": error_code(task.fail) if view.phase == "fail" else None,
            "errorMessage": task.fail[1] if view.phase == "fail" and task.fail else None,
        }

    def callback(self, view: View) -> dict[str, Any] | None:
        """
        ``{code, msg, data: {taskId, promptJson, resultUrls}}``; :param view: the settled task.
        """
        task = view.task
        if view.phase == "fail":
            data = {"taskId": task.task_id, "resultUrls": []}
            return {"code": error_code(task.fail) or 500, "msg": task.fail[1] if task.fail else "failed", "data": data}
        data = {"taskId": task.task_id, "promptJson": compact(task.spec.recorded), "resultUrls": view.urls}
        return {"code": 200, "msg": "success", "data": data}
