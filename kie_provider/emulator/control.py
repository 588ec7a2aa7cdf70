"""
The control endpoints (``/_emulator/...``): the emulator's observation and control API over HTTP,
for a test or benchmark that runs the emulator in another process.
"""

from __future__ import annotations

import urllib.parse
from typing import Any, Protocol

from kie_provider.emulator.faults import DEFAULT_MESSAGES, Fault
from kie_provider.emulator.httpd import Body, ClientError, Response, json_response, number, read_json


class Controlled(Protocol):
    """The emulator's public API the control endpoints call."""

    def stats(self) -> dict[str, Any]:
        """Counters."""

    def tasks(self) -> dict[str, dict[str, Any]]:
        """Task records."""

    def created_requests(self) -> list[dict[str, Any]]:
        """Accepted create bodies."""

    def request_log(self) -> list[tuple[str, str, dict[str, str]]]:
        """Requests received."""

    @property
    def credits(self) -> float:
        """Remaining credits."""

    def add_fault(self, endpoint: str, fault: Fault, times: int | None = 1) -> None:
        """
        Queue a fault.

        :param endpoint: the endpoint name.
        :param fault: the fault.
        :param times: how many requests.
        """

    def clear_faults(self) -> None:
        """Remove every fault."""

    def reset(self) -> None:
        """Forget everything."""

    def fail_tasks(
        self, n: int = 1, model: str | None = None, fail_code: str = "500", fail_msg: str = "Internal server error"
    ) -> None:
        """
        Make the next tasks fail.

        :param n: how many.
        :param model: of this model only.
        :param fail_code: their failCode.
        :param fail_msg: their failMsg.
        """

    def set_credits(self, credits: float) -> None:
        """
        Set the credits.

        :param credits: the balance.
        """

    def forget_task(self, task_id: str) -> bool:
        """
        Forget a task.

        :param task_id: the taskId.
        """

    rate_limit: tuple[int, float] | None
    """``(creates, window seconds)`` per API key, or ``None``."""


def control(emu: Controlled, authorized: bool, method: str, raw_path: str, body: Body) -> Response:
    """
    Answer one ``/_emulator/...`` request.

    :param emu: the emulator.
    :param authorized: whether the request carried the API key.
    :param method: the HTTP method.
    :param raw_path: the path with its query.
    :param body: the request body.
    """
    if not authorized:
        return json_response(401, DEFAULT_MESSAGES[401], status=401)
    path = urllib.parse.urlsplit(raw_path).path
    route = (method, path[len("/_emulator/") :].strip("/"))
    if route == ("GET", "stats"):
        return json_response(200, "success", emu.stats())
    if route == ("GET", "tasks"):
        return json_response(200, "success", emu.tasks())
    if route == ("GET", "created-requests"):
        return json_response(200, "success", emu.created_requests())
    if route == ("GET", "request-log"):
        log = [{"method": m, "path": p, "headers": h} for m, p, h in emu.request_log()]
        return json_response(200, "success", log)
    if route == ("GET", "credits"):
        return json_response(200, "success", number(emu.credits))
    if method != "POST":
        return json_response(404, "not found", status=404)
    try:
        return _command(emu, route[1], read_json(body))
    except (ValueError, TypeError, KeyError) as exc:
        raise ClientError(422, f"bad control request: {exc}") from exc


def _command(emu: Controlled, name: str, data: dict[str, Any]) -> Response:
    """One ``POST /_emulator/<name>`` command with its JSON ``data``."""
    if name == "faults":
        fault = data.get("fault")
        if not isinstance(fault, dict):
            raise ValueError("fault must be an object with at least a kind")
        times = data.get("times", 1)
        endpoint = str(data.get("endpoint", "*"))
        emu.add_fault(endpoint, Fault.from_dict(fault), None if times is None else int(times))
    elif name == "clear-faults":
        emu.clear_faults()
    elif name == "reset":
        emu.reset()
    elif name == "fail-tasks":
        emu.fail_tasks(
            n=int(data.get("n", 1)),
            model=data.get("model"),
            fail_code=str(data.get("failCode", data.get("fail_code", "500"))),
            fail_msg=str(data.get("failMsg", data.get("fail_msg", "Internal server error"))),
        )
    elif name == "credits":
        emu.set_credits(float(data["credits"]))
    elif name == "rate-limit":  # {"creates": 3, "window": 0.5}, or {"creates": null} for none
        creates = data.get("creates")
        emu.rate_limit = None if creates is None else (int(creates), float(data.get("window", 10.0)))
    elif name == "forget-task":
        return json_response(200, "success", emu.forget_task(str(data.get("taskId", ""))))
    else:
        return json_response(404, "not found", status=404)
    return json_response(200, "success", None)
