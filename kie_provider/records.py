"""Every reader of kie.ai's records: the Market's recordInfo, each dedicated family's record-info, every callback.

Readers never raise on odd JSON: infinities, NaN, huge integers and wrong types read as "absent", and a status
value the docs do not list reads as ``UNKNOWN`` (still running), never as a failure, so that nothing is paid
twice on a guess. :mod:`kie_provider.families` maps each family to its reader; :mod:`kie_provider.wire` and
:mod:`kie_provider.webhooks` parse kie.ai's JSON with :func:`load_json`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from kie_provider.models import KieTask, KieTaskState


def _finite_or_none(text: str) -> float | None:
    value = float(text)
    return value if math.isfinite(value) else None


def load_json(text: str | bytes | bytearray) -> Any:
    """
    ``json.loads`` for kie.ai's answers: ``NaN``, ``Infinity`` and numbers beyond a float (``1e999``) read as
    ``None``, so that no record carries a value JSON cannot hold or that crashes arithmetic.

    Raises what ``json.loads`` raises for text that is not JSON (``ValueError``, ``TypeError``,
    ``RecursionError`` when nested too deeply).

    :param text: the JSON text.
    """
    return json.loads(text, parse_float=_finite_or_none, parse_constant=lambda _name: None)


def _json_field(value: Any) -> Any:
    """``param`` and ``resultJson`` are JSON strings inside the JSON body; tolerate dicts and junk."""
    if value is None or value == "":
        return None
    if isinstance(value, (dict, list)):
        return value
    try:
        return load_json(value)
    except (TypeError, ValueError, RecursionError):  # RecursionError: nested too deeply to be kie.ai's
        return None


def _ms_to_datetime(value: Any) -> datetime | None:
    """Unix milliseconds (a number or its digits) as an aware UTC time; anything else, or out of range, is ``None``."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)) or value in ("", 0):
        return None
    try:
        return datetime.fromtimestamp(float(value) / 1000.0, tz=timezone.utc)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _number(value: Any) -> float | None:
    """A finite number, or ``None`` (missing, not a number, NaN, infinite, or an integer beyond a float)."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _opt_str(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def read_market_record(data: Mapping[str, Any]) -> KieTask:
    """
    A Market record (recordInfo's ``data``, and a Market callback's) as a :class:`KieTask`.

    :param data: the record.
    """
    result = _json_field(data.get("resultJson"))
    result = result if isinstance(result, dict) else None
    urls = (result or {}).get("resultUrls") or []
    if isinstance(urls, str):  # one URL given as a string, not a list of them
        urls = [urls]
    elif not isinstance(urls, list):
        urls = []
    param = _json_field(data.get("param"))
    return KieTask(
        task_id=str(data.get("taskId") or data.get("task_id") or ""),
        model=_opt_str(data.get("model")),
        state=KieTaskState.parse(data.get("state")),
        param=param if isinstance(param, dict) else None,
        result_urls=[u.strip() for u in urls if isinstance(u, str) and u.strip()],
        result=result,
        fail_code=_opt_str(data.get("failCode")),
        fail_msg=_opt_str(data.get("failMsg")),
        cost_time=_number(data.get("costTime")),
        consume_credits=_number(data.get("consumeCredits")),
        remained_credits=_number(data.get("remainedCredits")),
        create_time=_ms_to_datetime(data.get("createTime")),
        update_time=_ms_to_datetime(data.get("updateTime")),
        complete_time=_ms_to_datetime(data.get("completeTime")),
    )


def _json(value: Any) -> Any:
    return _json_field(value)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _when(value: Any) -> datetime | None:
    """A time as a family reports it: Unix milliseconds, ISO 8601, or ``YYYY-MM-DD HH:MM:SS`` (UTC)."""
    if value in (None, "", 0):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _ms_to_datetime(value)
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
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


#: ``successFlag`` as the Veo, 4o Image, Flux Kontext and Midjourney record pages define it: 0 generating,
#: 1 success, 2 create task failed, 3 generation failed (https://docs.kie.ai/veo3-api/get-veo-3-video-details,
#: https://docs.kie.ai/flux-kontext-api/get-image-details, https://docs.kie.ai/mj-api/get-mj-task-details).
#: Any other value (Luma's 4 is "callback failed" after a good generation) is no failure: it reads as UNKNOWN.
_FLAG_STATES = {0: KieTaskState.GENERATING, 1: KieTaskState.SUCCESS, 2: KieTaskState.FAIL, 3: KieTaskState.FAIL}


def _flag_state(flag: Any) -> KieTaskState:
    """``successFlag`` (an integer, or its digits as a string) as a state; an undocumented value is UNKNOWN."""
    if isinstance(flag, str) and flag.strip().isascii() and flag.strip().isdigit() and len(flag.strip()) < 4:
        flag = int(flag.strip())
    elif isinstance(flag, float) and flag.is_integer():
        flag = int(flag)
    if not isinstance(flag, int) or isinstance(flag, bool):
        return KieTaskState.UNKNOWN
    return _FLAG_STATES.get(flag, KieTaskState.UNKNOWN)


def _base(task_id: str, data: Mapping[str, Any], model: str, state: KieTaskState, urls: list[str]) -> KieTask:
    """The fields the dedicated families share: taskId, paramJson, errorCode/errorMessage, times."""
    param = _json(data.get("paramJson") or data.get("param"))
    failed = state is KieTaskState.FAIL
    return KieTask(
        task_id=_task_id(data) or task_id,
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


def _task_id(data: Mapping[str, Any]) -> str:
    """The record's own taskId (``taskId`` or ``task_id``) when it is a string, else ``""``."""
    value = data.get("taskId") or data.get("task_id")
    return value.strip() if isinstance(value, str) else ""


def read_market(task_id: str, data: Mapping[str, Any], model: str = "") -> KieTask:
    """
    A Market record (``state`` waiting/queuing/generating/success/fail; ``resultJson.resultUrls``).

    :param task_id: the taskId asked for.
    :param model: the catalogue model the record belongs to.
    :param data: recordInfo's ``data``.
    """
    return read_market_record(data)


def read_veo(task_id: str, data: Mapping[str, Any], model: str = "") -> KieTask:
    """
    A Veo record: integer ``successFlag``; ``response.resultUrls``; ``errorCode``/``errorMessage``.

    :param task_id: the taskId asked for.
    :param model: the catalogue model the record belongs to.
    :param data: record-info's ``data``.
    """
    response = _dict(data.get("response"))
    return _base(task_id, data, model, _flag_state(data.get("successFlag")), _urls(response.get("resultUrls")))


#: Suno's ``status`` as https://docs.kie.ai/suno-api/get-music-details lists it. CREATE_TASK_FAILED ("Failed
#: to create the task"), GENERATE_AUDIO_FAILED ("Failed to generate audio") and SENSITIVE_WORD_ERROR
#: ("Content filtered due to sensitive words") are failures: nothing was made. CALLBACK_EXCEPTION is "Error
#: occurred during callback": kie.ai could not deliver its callback to the user's URL, which says nothing
#: against the music, so it is no failure (see :func:`read_suno`). Unlisted values read as UNKNOWN.
_SUNO_STATES = {
    "PENDING": KieTaskState.WAITING,
    "TEXT_SUCCESS": KieTaskState.GENERATING,
    "FIRST_SUCCESS": KieTaskState.GENERATING,
    "SUCCESS": KieTaskState.SUCCESS,
    "CREATE_TASK_FAILED": KieTaskState.FAIL,
    "GENERATE_AUDIO_FAILED": KieTaskState.FAIL,
    "SENSITIVE_WORD_ERROR": KieTaskState.FAIL,
}


def read_suno(task_id: str, data: Mapping[str, Any], model: str = "") -> KieTask:
    """
    A Suno record: ``status`` PENDING → TEXT_SUCCESS → FIRST_SUCCESS → SUCCESS, or a failure;
    the tracks in ``response.sunoData[].audioUrl``.

    ``CALLBACK_EXCEPTION`` (kie.ai failed to deliver its callback) with tracks is a success: the music was
    made and charged, so it is collected. Without tracks it is UNKNOWN: the wait goes on polling and a retry
    reattaches, so the generation is never paid again.

    :param task_id: the taskId asked for.
    :param model: the catalogue model the record belongs to.
    :param data: generate/record-info's ``data``.
    """
    status = data.get("status")
    status = status.strip().upper() if isinstance(status, str) else ""
    response = _dict(data.get("response"))
    tracks = response.get("sunoData")
    tracks = tracks if isinstance(tracks, list) else []
    urls = _urls([t.get("audioUrl") for t in tracks if isinstance(t, dict)])
    state = _SUNO_STATES.get(status, KieTaskState.UNKNOWN)
    if status == "CALLBACK_EXCEPTION" and urls:
        state = KieTaskState.SUCCESS
    task = _base(task_id, data, model, state, urls)
    if state is KieTaskState.FAIL and not task.fail_code:
        task.fail_code = status
    return task


def _suno_tool(task_id: str, data: Mapping[str, Any], model: str, failures: frozenset[str], urls: list[str]) -> KieTask:
    """
    A record of one of Suno's tools (WAV, vocal separation, video): ``successFlag`` a string, PENDING, SUCCESS or a
    failure.

    ``CALLBACK_EXCEPTION`` ("Error occurred during callback") with results is a success, without them UNKNOWN
    (as for a generation, :func:`read_suno`); any value the page does not list is UNKNOWN, never a failure.

    :param task_id: the taskId asked for.
    :param data: the record's ``data``.
    :param model: the catalogue model the record belongs to.
    :param failures: the ``successFlag`` values the page calls failures.
    :param urls: the result URLs the record carries.
    """
    flag = data.get("successFlag")
    flag = flag.strip().upper() if isinstance(flag, str) else ""
    state = KieTaskState.UNKNOWN
    if flag == "PENDING":
        state = KieTaskState.WAITING
    elif flag == "SUCCESS" or (flag == "CALLBACK_EXCEPTION" and urls):
        state = KieTaskState.SUCCESS
    elif flag in failures:
        state = KieTaskState.FAIL
    task = _base(task_id, data, model, state, urls)
    if state is KieTaskState.FAIL and not task.fail_code:
        task.fail_code = flag
    return task


#: WAV conversion's ``successFlag`` failures, as https://docs.kie.ai/cn/suno-api/get-wav-details (English:
#: https://dog-test.kie.ai/suno-api/get-wav-details) lists them: "Failed to create the conversion task",
#: "Failed during WAV file generation".
_WAV_FAILURES = frozenset({"CREATE_TASK_FAILED", "GENERATE_WAV_FAILED"})


def read_suno_wav(task_id: str, data: Mapping[str, Any], model: str = "") -> KieTask:
    """
    A WAV conversion record (``GET /api/v1/wav/record-info``, https://docs.kie.ai/cn/suno-api/get-wav-details,
    English https://dog-test.kie.ai/suno-api/get-wav-details): ``successFlag`` PENDING, SUCCESS,
    CREATE_TASK_FAILED, GENERATE_WAV_FAILED or CALLBACK_EXCEPTION; the file in ``response.audioWavUrl``.

    :param task_id: the taskId asked for.
    :param model: the catalogue model the record belongs to.
    :param data: wav/record-info's ``data``.
    """
    response = _dict(data.get("response"))
    return _suno_tool(task_id, data, model, _WAV_FAILURES, _urls(response.get("audioWavUrl")))


#: Vocal separation's ``successFlag`` failures, as https://docs.kie.ai/cn/suno-api/get-vocal-separation-details
#: lists them: "Failed to create the separation task", "Failed during audio processing".
_VOCAL_REMOVAL_FAILURES = frozenset({"CREATE_TASK_FAILED", "GENERATE_AUDIO_FAILED"})
#: The files of a separation, in this order: ``separate_vocal`` fills vocalUrl and instrumentalUrl, ``split_stem``
#: the stems (instrumentalUrl null). ``originUrl``, the original mix, is no result.
VOCAL_REMOVAL_FIELDS = (
    "vocalUrl",
    "instrumentalUrl",
    "backingVocalsUrl",
    "drumsUrl",
    "bassUrl",
    "guitarUrl",
    "pianoUrl",
    "keyboardUrl",
    "percussionUrl",
    "stringsUrl",
    "synthUrl",
    "fxUrl",
    "brassUrl",
    "woodwindsUrl",
)


def read_suno_vocal_removal(task_id: str, data: Mapping[str, Any], model: str = "") -> KieTask:
    """
    A vocal separation record (``GET /api/v1/vocal-removal/record-info``,
    https://docs.kie.ai/cn/suno-api/get-vocal-separation-details, its example on
    https://dog-test.kie.ai/cn/suno-api/get-vocal-separation-details-cn): ``successFlag`` PENDING, SUCCESS,
    CREATE_TASK_FAILED, GENERATE_AUDIO_FAILED or CALLBACK_EXCEPTION; the files in ``response``'s
    :data:`VOCAL_REMOVAL_FIELDS` that are set.

    :param task_id: the taskId asked for.
    :param model: the catalogue model the record belongs to.
    :param data: vocal-removal/record-info's ``data``.
    """
    response = _dict(data.get("response"))
    urls = _urls([response.get(name) for name in VOCAL_REMOVAL_FIELDS if isinstance(response.get(name), str)])
    return _suno_tool(task_id, data, model, _VOCAL_REMOVAL_FAILURES, urls)


def read_suno_mp4(task_id: str, data: Mapping[str, Any], model: str = "") -> KieTask:
    """
    A music video record (``GET /api/v1/mp4/record-info``, https://docs.kie.ai/suno-api/get-music-video-details):
    ``successFlag`` PENDING, SUCCESS, CREATE_TASK_FAILED or GENERATE_MP4_FAILED; the video in ``response.videoUrl``.

    :param task_id: the taskId asked for.
    :param model: the catalogue model the record belongs to.
    :param data: mp4/record-info's ``data``.
    """
    urls = _urls(_dict(data.get("response")).get("videoUrl"))
    return _suno_tool(task_id, data, model, frozenset({"CREATE_TASK_FAILED", "GENERATE_MP4_FAILED"}), urls)


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
    raw = data.get("state")
    state = _RUNWAY_STATES.get(raw.strip().lower() if isinstance(raw, str) else "", KieTaskState.UNKNOWN)
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
    status = data.get("status")
    status = status.strip().upper() if isinstance(status, str) else ""
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


def record_with_code(data: dict[str, Any], code: int | None, message: str) -> dict[str, Any]:
    """
    A Market record kie.ai sent with a non-200 ``code``: a 501 ("generation failed") without a state is a failed task.

    The record's own ``failCode``/``failMsg`` win; the envelope's code and message fill them in when absent.
    Used for recordInfo answers and for Market callbacks, which carry the same record.

    :param data: the record.
    :param code: the envelope's code.
    :param message: the envelope's message.
    """
    record = dict(data)
    if KieTaskState.parse(record.get("state")) is KieTaskState.UNKNOWN and code == 501:
        record["state"] = KieTaskState.FAIL.value
    if KieTaskState.parse(record.get("state")) is KieTaskState.FAIL:
        if record.get("failCode") in (None, "") and code is not None:
            record["failCode"] = str(code)
        if record.get("failMsg") in (None, "") and message:
            record["failMsg"] = message
    return record


# -- callbacks -----------------------------------------------------------------------------------------------------

#: The envelope codes each family's callback page calls a failure (any other non-200 code is no failure:
#: UNKNOWN). Veo https://docs.kie.ai/veo3-api/generate-veo-3-video-callbacks; Suno
#: https://docs.kie.ai/suno-api/generate-music-callbacks; Runway https://docs.kie.ai/runway-api/generate-ai-video-callbacks;
#: 4o Image https://docs.kie.ai/4o-image-api/generate-4-o-image-callbacks; Flux Kontext
#: https://docs.kie.ai/flux-kontext-api/generate-or-edit-image-callbacks; Midjourney
#: https://docs.kie.ai/mj-api/generate-mj-image-callbacks. The Market's 501 is "generation failed".
CALLBACK_FAILURE_CODES: dict[str, frozenset[int]] = {
    "market": frozenset({501}),
    "veo": frozenset({400, 422, 500, 501}),
    "suno": frozenset({400, 408, 413, 500, 501, 531}),
    "runway": frozenset({400, 500}),
    "gpt4o_image": frozenset({400, 451, 500}),
    "flux_kontext": frozenset({400, 500, 501}),
    "midjourney": frozenset({500}),
}
#: A callback whose shape names no family (a failure callback carries little more than the taskId).
_ANY_FAILURE_CODE = frozenset().union(*CALLBACK_FAILURE_CODES.values())
#: Extensions call back in the shape of what they extend: Suno's extend page names the same three stages
#: (text, first, complete) as its generate page (https://docs.kie.ai/suno-api/extend-music); Runway's extend
#: page describes its callback in its generate page's words ("video URLs, cover images, and task information",
#: https://docs.kie.ai/runway-api/extend-ai-video). Neither page prints a body or its failure codes in the
#: docs snapshot: the generation's are used, so an undocumented code still reads as UNKNOWN, never a failure.
CALLBACK_SHAPES = {"veo_extend": "veo", "suno_extend": "suno", "runway_extend": "runway"}
#: Families whose callbacks are only wake-up hints: their callback bodies are not confirmed from a kie.ai page
#: here, so a callback never settles their task (it reads as UNKNOWN); the record endpoint, polled, does.
HINT_ONLY_CALLBACKS = frozenset({"suno_wav", "suno_vocal_removal", "suno_mp4"})


def callback_family(data: Mapping[str, Any]) -> str | None:
    """
    The API family a callback's ``data`` comes from, told by its shape; ``None`` when it shows none.

    :param data: the callback's ``data`` object.
    """
    info = data.get("info")
    if isinstance(info, dict):
        if "resultImageUrl" in info or "originImageUrl" in info:
            return "flux_kontext"
        if "result_urls" in info:
            return "gpt4o_image"
        return "veo"
    if "callbackType" in data:
        return "suno"
    if "video_url" in data or "video_id" in data:
        return "runway"
    if "promptJson" in data or "resultUrls" in data:
        return "midjourney"
    if any(key in data for key in ("state", "resultJson", "failCode")):
        return "market"
    if "fallbackFlag" in data:
        return "veo"
    return None


def _callback_urls(family: str | None, data: Mapping[str, Any]) -> list[str]:
    info = _dict(data.get("info"))
    if family == "suno":
        tracks = data.get("data")
        return _urls([t.get("audio_url") for t in tracks if isinstance(t, dict)] if isinstance(tracks, list) else [])
    if family == "runway":
        return _urls(data.get("video_url"))
    if family == "flux_kontext":
        return _urls(info.get("resultImageUrl"))
    if family == "gpt4o_image":
        return _urls(info.get("result_urls"))
    if family == "veo":
        return _urls(info.get("resultUrls"))
    return _urls(data.get("resultUrls"))


#: Suno's ``callbackType`` stages (https://docs.kie.ai/suno-api/generate-music-callbacks): text, first, complete.
_SUNO_STAGES = {"text": KieTaskState.GENERATING, "first": KieTaskState.GENERATING, "complete": KieTaskState.SUCCESS}


def _callback_state(family: str | None, code: int | None, data: Mapping[str, Any]) -> KieTaskState:
    """200 is success (Suno: only ``callbackType`` complete); a code the family's page calls a failure is a failure."""
    if family in HINT_ONLY_CALLBACKS:
        return KieTaskState.UNKNOWN
    if family == "suno":
        stage = data.get("callbackType")
        stage = stage.strip().lower() if isinstance(stage, str) else ""
        if stage == "error":
            return KieTaskState.FAIL
        if code == 200:
            return _SUNO_STAGES.get(stage, KieTaskState.UNKNOWN)
    elif code == 200:
        return KieTaskState.SUCCESS
    failures = CALLBACK_FAILURE_CODES.get(family or "", _ANY_FAILURE_CODE)
    return KieTaskState.FAIL if code in failures else KieTaskState.UNKNOWN


def read_callback(
    envelope: Mapping[str, Any], family: str | None = None, model: str | None = None
) -> tuple[KieTask, str | None]:
    """
    Read a callback body (``{code, msg, data}``) of any family into a :class:`KieTask`, and name its family.

    The Market's callback carries its record (read as recordInfo's). The dedicated families' callbacks carry
    their results where their pages print them: Veo ``data.info.resultUrls``, Runway ``data.video_url``,
    Suno ``data.data[].audio_url`` by ``callbackType``, 4o Image ``data.info.result_urls``, Flux Kontext
    ``data.info.resultImageUrl``, Midjourney ``data.resultUrls``. The envelope ``code`` gives the outcome:
    200 a success, a code the family's page calls a failure a failure (``fail_code`` the code, ``fail_msg``
    the message), any other code ``UNKNOWN``.

    :param envelope: the parsed body; its ``data`` must be an object.
    :param family: the family, when the caller knows it (otherwise told from the shape); an extension
        (``suno_extend`` ...) reads as what it extends (:data:`CALLBACK_SHAPES`).
    :param model: the catalogue model of a dedicated family's task (their callbacks name none).
    """
    data = envelope.get("data")
    data = data if isinstance(data, Mapping) else {}
    raw_code = envelope.get("code")
    code = raw_code if isinstance(raw_code, int) and not isinstance(raw_code, bool) else None
    message = envelope.get("msg") or envelope.get("message")
    message = message if isinstance(message, str) else None
    family = family or callback_family(data)
    if family == "market":
        task = read_market_record(record_with_code(dict(data), code, message or "") if code != 200 else data)
        return task, family
    shape = CALLBACK_SHAPES.get(family or "", family)
    state = _callback_state(shape, code, data)
    task = KieTask(task_id=_task_id(data), model=model or None, state=state)
    if state is KieTaskState.SUCCESS:
        task.result_urls = _callback_urls(shape, data)
    elif state is KieTaskState.FAIL:
        task.fail_code, task.fail_msg = (str(code) if code is not None else None), message
    task.result = {key: value for key, value in data.items() if key != "data"} or None
    return task, family
