"""
The Veo 3.1 family: ``POST /api/v1/veo/generate``, ``GET /api/v1/veo/record-info`` (integer
``successFlag``, results in ``data.response.resultUrls``), and its extras: the 1080p URL of a
finished video, a 4K upgrade (a task of its own, with its own callback) and extending a video.
"""

from __future__ import annotations

from typing import Any

from kie_provider.emulator.adapters import Dedicated, compact, completed, error_code, finished_parent, plain_time
from kie_provider.emulator.book import Book, Spec, Task, View
from kie_provider.emulator.httpd import ClientError, Headers, Response, json_response
from kie_provider.family_names import VEO

FOURK_PROCESSING = "4k is processing. It should be ready in 5-10 minutes. Please check back shortly."


class VeoAdapter(Dedicated):
    """Veo 3.1: generate, extend and 4K tasks; ``successFlag`` 0/1/2/3; callbacks with ``info``."""

    def check(self, request: dict[str, Any], kind: str) -> None:
        """
        Veo's rules: ``prompt`` (and ``taskId`` to extend); ``imageUrls`` at most 3; the model's enum.

        :param request: the JSON body.
        :param kind: ``generate``, ``extend`` or ``get-4k-video``.
        """
        if kind == "get-4k-video":
            if not request.get("taskId"):
                raise ClientError(422, "taskId is required")
            return
        super().check(request, kind)
        models = ("fast", "quality") if kind == "extend" else ("veo3", "veo3_fast", "veo3_lite")
        if "model" in request and request["model"] not in models:
            raise ClientError(422, f"model must be one of {', '.join(models)}; got {request['model']!r}")
        if kind == "extend" and not request.get("taskId"):
            raise ClientError(422, "taskId is required")
        images = request.get("imageUrls")
        if images is not None and (not isinstance(images, list) or len(images) > 3):
            raise ClientError(422, "imageUrls must be a list of at most 3 image URLs")

    def parse(self, request: dict[str, Any], kind: str) -> Spec:
        """
        Validate a Veo create body (generate, extend or 4K) into a spec.

        :param request: the JSON body.
        :param kind: which endpoint.
        """
        self.check(request, kind)
        if kind == "get-4k-video":
            model = "veo3-4k"
        elif kind == "extend":
            model = "veo3" if request.get("model") == "quality" else "veo3_fast"
        else:
            model = str(request.get("model") or "veo3_fast")
        return Spec(
            model=model,
            prompt=str(request.get("prompt") or ""),
            callback_url=request.get("callBackUrl"),
            price=float(self.prices.get(model, self.prices["*"])),
            output_type="video/mp4",
            extension=".mp4",
            result_count=1,
            recorded=dict(request),
            duration_input=dict(request),
            side_files={".png": "image/png"} if kind == "get-4k-video" else {},
        )

    def created(self, task: Task) -> Response:
        """
        ``{taskId}``; for a 4K upgrade, the original's taskId with ``resultUrls``/``imageUrls`` null.

        :param task: the new task.
        """
        if task.kind == "get-4k-video":
            return json_response(200, "success", {"taskId": task.parent, "resultUrls": None, "imageUrls": None})
        return json_response(200, "success", {"taskId": task.task_id})

    def record(self, view: View) -> dict[str, Any]:
        """
        ``GET /api/v1/veo/record-info``'s data; :param view: the task now.
        """
        task = view.task
        response = None
        if view.urls:
            response = {"taskId": task.task_id, "resultUrls": view.urls, "originUrls": None, "resolution": "1080p"}
        return {
            "taskId": task.task_id,
            "paramJson": compact(task.spec.recorded),
            "completeTime": plain_time(completed(view)),
            "response": response,
            "successFlag": self.success_flag(view),
            "errorCode": error_code(task.fail) if view.phase == "fail" else None,
            "errorMessage": task.fail[1] if view.phase == "fail" and task.fail else "",
            "createTime": plain_time(task.created),
            "fallbackFlag": False,
        }

    def callback(self, view: View) -> dict[str, Any] | None:
        """
        The generation, extension or 4K callback; :param view: the settled task.
        """
        task = view.task
        fourk = task.kind == "get-4k-video"
        task_id = task.parent if fourk and task.parent else task.task_id
        if view.phase == "fail":
            code = error_code(task.fail) or 500
            msg = task.fail[1] if task.fail else "failed"
            data: dict[str, Any] = {"taskId": task_id} if fourk else {"taskId": task_id, "fallbackFlag": False}
            return {"code": code, "msg": msg, "data": data}
        if fourk:
            info: dict[str, Any] = {"resultUrls": view.urls, "imageUrls": view.side_urls[".png"]}
            return {"code": 200, "msg": "4K Video generated successfully.", "data": {"taskId": task_id, "info": info}}
        msg = "Veo3.1 video extension successful." if task.kind == "extend" else "Veo3.1 video generated successfully."
        info = {"resultUrls": view.urls, "originUrls": None, "resolution": "1080p"}
        data = {"taskId": task_id, "info": info, "promptJson": task.spec.recorded, "fallbackFlag": False}
        return {"code": 200, "msg": msg, "data": data}


def _finished(book: Book, task_id: Any) -> Task:
    """The succeeded Veo generation ``task_id`` names, else a 422 as kie.ai words it."""
    if not isinstance(task_id, str) or not task_id:
        raise ClientError(422, "taskId is required")
    return finished_parent(book, VEO, task_id)


def veo_extra(book: Book, kind: str, request: dict[str, Any], headers: Headers) -> Response:
    """
    Answer Veo's extra endpoints: ``get-1080p-video``, ``get-4k-video`` and ``extend``.

    :param book: the tasks.
    :param kind: the endpoint (its name after ``veo/``).
    :param request: the JSON body, or the query parameters of a GET.
    :param headers: the request headers.
    """
    if kind == "extend":
        _finished(book, request.get("taskId"))
        return book.create(VEO, request, headers, kind="extend", parent=request["taskId"])
    original = _finished(book, request.get("taskId"))
    try:
        index = int(request.get("index") or 0)
    except (TypeError, ValueError) as exc:
        raise ClientError(422, "index must be an integer") from exc
    view = book.view(original)
    if not 0 <= index < len(view.urls):
        raise ClientError(422, f"index {index} is out of range")
    if kind == "get-1080p-video":
        return json_response(200, "success", {"resultUrl": view.urls[index]})
    upgrade = book.derived("get-4k-video", original.task_id, index)
    if upgrade is None:
        return book.create(
            VEO, {**request, "index": index}, headers, kind="get-4k-video", parent=original.task_id, derive_key=index
        )
    done = book.view(upgrade)
    if done.phase == "success":
        data = {"taskId": original.task_id, "resultUrls": done.urls, "imageUrls": done.side_urls[".png"]}
        return json_response(422, "The video has been generated successfully", data)
    if done.phase == "fail":
        return json_response(500, "The 4K version of this video is unavailable. Please try a different video.")
    return json_response(422, FOURK_PROCESSING, {"taskId": original.task_id, "resultUrls": None, "imageUrls": None})
