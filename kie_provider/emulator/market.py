"""
The Market API family (``/api/v1/jobs/createTask`` and ``recordInfo``): requests judged against
kie.ai's published schemas (:mod:`kie_provider.emulator.schemas`, not the provider's
validation), records with ``state`` strings and ``resultJson``, Playground callbacks.
"""

from __future__ import annotations

import json
from typing import Any

from kie_provider import family_names
from kie_provider.catalogue import CATALOGUE
from kie_provider.emulator.book import Family, Spec, Task, View
from kie_provider.emulator.httpd import ClientError, Response, json_response, number
from kie_provider.emulator.schemas import market_problems, seed_defaults
from kie_provider.urls import is_http_url

UNKNOWN_MODEL_PRICE = 10.0


def _ms(t: float) -> int:
    return int(round(t * 1000))


class MarketAdapter:
    """The Market encoding: ``{model, input, callBackUrl}`` in, ``state``/``resultJson`` records out."""

    milestones: tuple[tuple[str, float, int], ...] = ()

    def parse(self, request: dict[str, Any], kind: str) -> Spec:
        """
        Judge a createTask body against its model's documented schemas (a model documented nowhere
        is accepted as sent; its price is :data:`UNKNOWN_MODEL_PRICE`).

        :param request: the JSON body.
        :param kind: always ``createTask``.
        """
        model = request.get("model")
        if not isinstance(model, str) or not model.strip():
            raise ClientError(422, "model is required")
        callback = request.get("callBackUrl")
        if callback is not None and not is_http_url(callback):
            raise ClientError(422, f"callBackUrl must be an http(s) URL, got {callback!r}")
        raw_input = request.get("input")
        if not isinstance(raw_input, dict):
            raise ClientError(422, "input is required and must be a JSON object")
        problems = market_problems(request)
        if problems:
            raise ClientError(422, f"invalid request for model {model!r}: " + "; ".join(problems))
        wire_input = dict(raw_input)
        spec = CATALOGUE.get(model)
        count = 1
        if isinstance(wire_input.get("max_images"), int):
            count = max(1, int(wire_input["max_images"]))
        recorded = {**request, "input": {**seed_defaults(model), **raw_input}}
        return Spec(
            model=model,
            prompt=str(wire_input.get("prompt") or ""),
            callback_url=callback,
            price=float(spec.credits) if spec else UNKNOWN_MODEL_PRICE,
            output_type=spec.output_type if spec else "image/png",
            extension=spec.output_extension if spec else ".png",
            result_count=count,
            recorded=recorded,
            duration_input=wire_input,
        )

    def created(self, task: Task) -> Response:
        """
        createTask's answer (its message key is ``message``).

        :param task: the new task.
        """
        return json_response(200, "success", {"taskId": task.task_id}, key="message")

    def record(self, view: View) -> dict[str, Any]:
        """
        recordInfo's ``data``.

        :param view: the task now.
        """
        task = view.task
        record: dict[str, Any] = {
            "taskId": task.task_id,
            "model": task.spec.model,
            "state": view.phase,
            "param": json.dumps(task.spec.recorded, ensure_ascii=False, separators=(",", ":")),
            "createTime": _ms(task.created),
            "updateTime": _ms(view.updated),
        }
        if task.settled:
            if task.fail:
                record["failCode"], record["failMsg"] = task.fail
            else:
                record["resultJson"] = json.dumps({"resultUrls": view.urls}, separators=(",", ":"))
            record["costTime"] = 0 if task.fail else max(1, int(round(task.end - task.created)))
            record["consumeCredits"] = number(task.consume)
            record["remainedCredits"] = number(task.remained or 0.0)
            record["completeTime"] = _ms(task.complete or task.end)
        else:
            record["resultJson"] = ""
            record["failCode"] = ""
            record["failMsg"] = ""
        return record

    def callback(self, view: View) -> dict[str, Any] | None:
        """
        The Playground callback: the record under code 200 or 501.

        :param view: the settled task.
        """
        code, msg = (
            (501, "Playground task failed.") if view.task.fail else (200, "Playground task completed successfully.")
        )
        return {"code": code, "msg": msg, "data": self.record(view)}


MARKET = Family(
    name=family_names.MARKET,
    create={"createTask": ("POST", "/api/v1/jobs/createTask")},
    record=("recordInfo", "GET", "/api/v1/jobs/recordInfo"),
    adapter=MarketAdapter(),
    statuses={phase: phase for phase in ("waiting", "queuing", "generating", "success", "fail")},
)
