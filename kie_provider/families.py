"""kie.ai's API families as data: where each creates and polls its tasks, and how its records read as a KieTask.

The Market (``/api/v1/jobs/...``) serves most models; Veo, Suno, Runway, 4o Image, Flux Kontext and
Midjourney each have their own endpoints and their own way of reporting status. A family is a small
adapter: its paths, the shape of its create body, and a reader that maps its record (its status
field and values, where results and failures live) onto the provider's states. The hook, trigger,
sensor, durable reattach and money-safe create are the same for every family. Nothing here does I/O.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from kie_provider.exceptions import KieValidationError
from kie_provider.family_names import FLUX_KONTEXT, GPT4O_IMAGE, MIDJOURNEY, RUNWAY, SUNO, VEO, VEO_EXTEND
from kie_provider.family_names import MARKET as MARKET  # re-exported: wire and others import it from here
from kie_provider.models import KieTask, KieTaskState
from kie_provider.urls import is_http_url


@dataclass(frozen=True)
class ApiFamily:
    """
    One kie.ai API family.

    :param name: the family's short name (``market``, ``veo`` ...), used in trigger and sensor arguments.
    :param title: how people call it.
    :param create_path: the endpoint that creates (and charges) a task.
    :param record_path: the endpoint that reports a task's status, with ``?taskId=``.
    :param docs: the family's kie.ai documentation page.
    :param reader: reads the record endpoint's ``data`` into a :class:`KieTask`.
    :param wraps_input: the create body is ``{"model", "input", "callBackUrl"}`` (Market) rather than the
        input's fields themselves next to ``callBackUrl``.
    :param min_poll_interval: the shortest interval kie.ai allows between polls of one task (seconds).
    :param callback_required: kie.ai refuses a create without ``callBackUrl``.
    :param model: the catalogue model a dedicated family's records belong to (their records name none).
    """

    name: str
    title: str
    create_path: str
    record_path: str
    docs: str
    reader: Callable[[str, Mapping[str, Any], str], KieTask]
    wraps_input: bool = False
    min_poll_interval: float = 0.0
    callback_required: bool = False
    model: str = ""

    def create_body(self, model: str, input: Mapping[str, Any], callback_url: str | None) -> dict[str, Any]:
        """
        The createTask body for this family.

        :param model: the catalogue model (sent as ``model`` by the Market only).
        :param input: the validated input, wire names as keys.
        :param callback_url: the checked callback URL, if any.
        """
        if self.wraps_input:
            body: dict[str, Any] = {"model": model}
            if callback_url:
                body["callBackUrl"] = callback_url
            body["input"] = dict(input)
            return body
        body = dict(input)
        if callback_url:
            body["callBackUrl"] = callback_url
        return body

    def read(self, task_id: str, data: Mapping[str, Any]) -> KieTask:
        """
        The record as a :class:`KieTask`; the asked-for taskId fills in a record that names none.

        :param task_id: the taskId asked for.
        :param data: the record endpoint's ``data``.
        """
        task = self.reader(task_id, data, self.model)
        if not task.task_id:
            task.task_id = task_id
        return task


def _json(value: Any) -> Any:
    if isinstance(value, (dict, list)) or value is None:
        return value
    try:
        return json.loads(value)
    except (TypeError, ValueError, RecursionError):
        return None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _when(value: Any) -> datetime | None:
    """A time as a family reports it: Unix milliseconds, ISO 8601, or ``YYYY-MM-DD HH:MM:SS`` (UTC)."""
    if value in (None, "", 0):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(float(value) / 1000.0, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    try:
        parsed = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _urls(value: Any) -> list[str]:
    """URLs from a list of strings, one string, or a list of ``{"resultUrl": ...}`` objects."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    out = []
    for item in value:
        if isinstance(item, dict):
            item = item.get("resultUrl") or item.get("url") or item.get("audioUrl")
        if isinstance(item, str) and item.strip():
            out.append(item.strip())
    return out


def _flag_state(flag: Any) -> KieTaskState:
    """``successFlag``: 0 generating, 1 success, 2 create failed, 3 generation failed."""
    try:
        value = int(flag)
    except (TypeError, ValueError):
        return KieTaskState.UNKNOWN
    return {0: KieTaskState.GENERATING, 1: KieTaskState.SUCCESS}.get(value, KieTaskState.FAIL)


def _base(task_id: str, data: Mapping[str, Any], model: str, state: KieTaskState, urls: list[str]) -> KieTask:
    """The fields the dedicated families share: taskId, paramJson, errorCode/errorMessage, times."""
    param = _json(data.get("paramJson") or data.get("param"))
    failed = state is KieTaskState.FAIL
    return KieTask(
        task_id=str(data.get("taskId") or data.get("task_id") or task_id),
        model=model,
        state=state,
        param=param if isinstance(param, dict) else None,
        result_urls=urls if state is KieTaskState.SUCCESS else [],
        result=_dict(data.get("response")) or None,
        fail_code=_text(data.get("errorCode") or data.get("failCode")) if failed else None,
        fail_msg=_text(data.get("errorMessage") or data.get("failMsg")) if failed else None,
        create_time=_when(data.get("createTime")),
        complete_time=_when(data.get("completeTime")),
    )


def read_market(task_id: str, data: Mapping[str, Any], model: str = "") -> KieTask:
    """
    A Market record (``state`` waiting/queuing/generating/success/fail; ``resultJson.resultUrls``).

    :param task_id: the taskId asked for.
    :param model: the catalogue model the record belongs to.
    :param data: recordInfo's ``data``.
    """
    return KieTask.from_record(dict(data))


def read_veo(task_id: str, data: Mapping[str, Any], model: str = "") -> KieTask:
    """
    A Veo record: integer ``successFlag``; ``response.resultUrls``; ``errorCode``/``errorMessage``.

    :param task_id: the taskId asked for.
    :param model: the catalogue model the record belongs to.
    :param data: record-info's ``data``.
    """
    response = _dict(data.get("response"))
    return _base(task_id, data, model, _flag_state(data.get("successFlag")), _urls(response.get("resultUrls")))


_SUNO_STATES = {
    "PENDING": KieTaskState.WAITING,
    "TEXT_SUCCESS": KieTaskState.GENERATING,
    "FIRST_SUCCESS": KieTaskState.GENERATING,
    "SUCCESS": KieTaskState.SUCCESS,
    "CREATE_TASK_FAILED": KieTaskState.FAIL,
    "GENERATE_AUDIO_FAILED": KieTaskState.FAIL,
    "CALLBACK_EXCEPTION": KieTaskState.FAIL,
    "SENSITIVE_WORD_ERROR": KieTaskState.FAIL,
}


def read_suno(task_id: str, data: Mapping[str, Any], model: str = "") -> KieTask:
    """
    A Suno record: ``status`` PENDING → TEXT_SUCCESS → FIRST_SUCCESS → SUCCESS, or a failure;
    the tracks in ``response.sunoData[].audioUrl``.

    :param task_id: the taskId asked for.
    :param model: the catalogue model the record belongs to.
    :param data: generate/record-info's ``data``.
    """
    state = _SUNO_STATES.get(str(data.get("status") or "").upper(), KieTaskState.UNKNOWN)
    response = _dict(data.get("response"))
    tracks = response.get("sunoData")
    tracks = tracks if isinstance(tracks, list) else []
    urls = [str(t["audioUrl"]).strip() for t in tracks if isinstance(t, dict) and t.get("audioUrl")]
    task = _base(task_id, data, model, state, urls)
    if state is KieTaskState.FAIL and not task.fail_code:
        task.fail_code = str(data.get("status"))
    return task


_RUNWAY_STATES = {
    "wait": KieTaskState.WAITING,
    "queueing": KieTaskState.QUEUING,
    "generating": KieTaskState.GENERATING,
    "success": KieTaskState.SUCCESS,
    "fail": KieTaskState.FAIL,
}


def read_runway(task_id: str, data: Mapping[str, Any], model: str = "") -> KieTask:
    """
    A Runway record: ``state`` wait/queueing/generating/success/fail; ``videoInfo.videoUrl``;
    ``failCode``/``failMsg``.

    :param task_id: the taskId asked for.
    :param model: the catalogue model the record belongs to.
    :param data: record-detail's ``data``.
    """
    state = _RUNWAY_STATES.get(str(data.get("state") or "").lower(), KieTaskState.UNKNOWN)
    video = _dict(data.get("videoInfo"))
    task = _base(task_id, data, model, state, _urls(video.get("videoUrl")))
    task.result = dict(video) or None
    return task


_GPT4O_STATES = {
    "GENERATING": KieTaskState.GENERATING,
    "SUCCESS": KieTaskState.SUCCESS,
    "CREATE_TASK_FAILED": KieTaskState.FAIL,
    "GENERATE_FAILED": KieTaskState.FAIL,
}


def read_gpt4o_image(task_id: str, data: Mapping[str, Any], model: str = "") -> KieTask:
    """
    A 4o Image record: ``status`` GENERATING/SUCCESS/CREATE_TASK_FAILED/GENERATE_FAILED (``successFlag``
    when the status is missing); ``response.resultUrls``.

    :param task_id: the taskId asked for.
    :param model: the catalogue model the record belongs to.
    :param data: gpt4o-image/record-info's ``data``.
    """
    status = str(data.get("status") or "").upper()
    state = _GPT4O_STATES.get(status) or _flag_state(data.get("successFlag"))
    response = _dict(data.get("response"))
    return _base(task_id, data, model, state, _urls(response.get("resultUrls")))


def read_flux_kontext(task_id: str, data: Mapping[str, Any], model: str = "") -> KieTask:
    """
    A Flux Kontext record: integer ``successFlag``; one ``response.resultImageUrl``.

    :param task_id: the taskId asked for.
    :param model: the catalogue model the record belongs to.
    :param data: flux/kontext/record-info's ``data``.
    """
    response = _dict(data.get("response"))
    state = _flag_state(data.get("successFlag"))
    return _base(task_id, data, model, state, _urls(response.get("resultImageUrl")))


def read_midjourney(task_id: str, data: Mapping[str, Any], model: str = "") -> KieTask:
    """
    A Midjourney record: integer ``successFlag``; ``resultInfoJson.resultUrls[].resultUrl``.

    :param task_id: the taskId asked for.
    :param model: the catalogue model the record belongs to.
    :param data: mj/record-info's ``data``.
    """
    info = _json(data.get("resultInfoJson"))
    urls = _urls(info.get("resultUrls")) if isinstance(info, dict) else []
    task = _base(task_id, data, model, _flag_state(data.get("successFlag")), urls)
    task.result = info if isinstance(info, dict) else None
    return task


FAMILIES: dict[str, ApiFamily] = {
    family.name: family
    for family in (
        ApiFamily(
            MARKET,
            "Market",
            "/api/v1/jobs/createTask",
            "/api/v1/jobs/recordInfo",
            "https://docs.kie.ai/market/common/get-task-detail",
            read_market,
            wraps_input=True,
        ),
        ApiFamily(
            VEO,
            "Veo 3.1",
            "/api/v1/veo/generate",
            "/api/v1/veo/record-info",
            "https://docs.kie.ai/veo3-api/generate-veo-3-video",
            read_veo,
            model="veo/generate",
        ),
        ApiFamily(
            VEO_EXTEND,
            "Veo 3.1 extend",
            "/api/v1/veo/extend",
            "/api/v1/veo/record-info",
            "https://docs.kie.ai/veo3-api/extend-video",
            read_veo,
            model="veo/extend",
        ),
        ApiFamily(
            SUNO,
            "Suno",
            "/api/v1/generate",
            "/api/v1/generate/record-info",
            "https://docs.kie.ai/suno-api/generate-music",
            read_suno,
            min_poll_interval=0.34,
            callback_required=True,
            model="suno/generate",
        ),
        ApiFamily(
            RUNWAY,
            "Runway",
            "/api/v1/runway/generate",
            "/api/v1/runway/record-detail",
            "https://docs.kie.ai/runway-api/generate-ai-video",
            read_runway,
            model="runway/generate",
        ),
        ApiFamily(
            GPT4O_IMAGE,
            "4o Image",
            "/api/v1/gpt4o-image/generate",
            "/api/v1/gpt4o-image/record-info",
            "https://docs.kie.ai/4o-image-api/generate-4-o-image",
            read_gpt4o_image,
            min_poll_interval=0.34,  # "Maximum query rate is 3 times per second per task"
            model="gpt4o-image/generate",
        ),
        ApiFamily(
            FLUX_KONTEXT,
            "Flux Kontext",
            "/api/v1/flux/kontext/generate",
            "/api/v1/flux/kontext/record-info",
            "https://docs.kie.ai/flux-kontext-api/generate-or-edit-image",
            read_flux_kontext,
            model="flux-kontext/generate",
        ),
        ApiFamily(
            MIDJOURNEY,
            "Midjourney",
            "/api/v1/mj/generate",
            "/api/v1/mj/record-info",
            "https://docs.kie.ai/mj-api/generate-mj-image",
            read_midjourney,
            model="mj/generate",
        ),
    )
}


def check_callback_url(callback_url: Any, family: ApiFamily | None = None) -> str | None:
    """
    The callback URL to send (stripped), or ``None``; refuse one that is not http(s), or a missing one a family needs.

    :param callback_url: the operator's ``callback_url``.
    :param family: the task's API family.
    """
    if callback_url in (None, ""):
        if family is not None and family.callback_required:
            raise KieValidationError(
                f"kie.ai's {family.title} API refuses a task without callBackUrl: give callback_url, an http(s) "
                "URL kie.ai can POST to (the provider polls for the result all the same)",
                problems=[("callback_url", callback_url, "an http(s) URL")],
            )
        return None
    if not is_http_url(callback_url):
        raise KieValidationError(
            f"callback_url {callback_url!r} is not an http(s) URL",
            problems=[("callback_url", callback_url, "an http(s) URL")],
        )
    return str(callback_url).strip()


def get_family(name: str | None) -> ApiFamily:
    """
    The family called ``name`` (``None`` means the Market); an unknown name raises ``ValueError`` listing them.

    :param name: a family's short name.
    """
    family = FAMILIES.get(name or MARKET)
    if family is None:
        raise ValueError(f"unknown kie.ai API family {name!r}; known: {', '.join(FAMILIES)}")
    return family
