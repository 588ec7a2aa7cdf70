"""kie.ai's HTTP API as data: each request built and each answer read in one place, for the sync and async hooks.

Nothing here does I/O. The sync hook (``requests``) and the async hook (``httpx``) send what these
functions build and hand back what they receive; what an answer means is decided here once.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kie_provider.config import LOGS_URL, KieConnectionConfig
from kie_provider.exceptions import (
    KieInvalidResponseError,
    KieNotFoundError,
    KieTaskMaybeCreatedError,
    KieValidationError,
    error_for_code,
)
from kie_provider.families import MARKET, ApiFamily, check_callback_url, get_family
from kie_provider.models import KieTask
from kie_provider.records import load_json, record_with_code
from kie_provider.urls import is_http_url

CREDIT_PATH = "/api/v1/chat/credit"
DOWNLOAD_URL_PATH = "/api/v1/common/download-url"
STREAM_UPLOAD_PATH = "/api/file-stream-upload"
URL_UPLOAD_PATH = "/api/file-url-upload"


@dataclass(frozen=True)
class ApiRequest:
    """
    One request to kie.ai, independent of the HTTP library that sends it.

    :param name: the endpoint's name, for messages (``createTask``, ``recordInfo`` ...).
    :param method: HTTP method.
    :param url: full URL.
    :param json: JSON body, if any.
    :param params: query parameters, if any.
    :param creates: whether the request starts a paid generation; such a request is sent again
        only when kie.ai provably did not accept it.
    :param body: for a streamed (non-JSON) body, a function that opens it afresh for every send, so
        that a retry re-reads it from its start; the transport closes what it opened.
    :param headers: headers that replace the connection's defaults (e.g. a multipart ``Content-Type``).
    :param returns_record: the answer's ``data`` is a task record, which kie.ai may send with a non-200
        ``code`` (a failed task's record comes with 501, as in its failure callback): such a record is
        read, not turned into an error.
    :param envelope_codes: envelope codes whose whole envelope (``code``, ``msg``, ``data``) is the
        answer rather than an error (Veo's get-4k-video reports progress with 422).
    """

    name: str
    method: str
    url: str
    json: dict[str, Any] | None = None
    params: dict[str, str] | None = None
    creates: bool = False
    body: Callable[[], Any] | None = None
    headers: Mapping[str, str] | None = None
    returns_record: bool = False
    envelope_codes: frozenset[int] = frozenset()


def create_task_request(
    config: KieConnectionConfig,
    model: str,
    input: Mapping[str, Any],
    callback_url: str | None = None,
    family: ApiFamily | None = None,
) -> ApiRequest:
    """
    Build the request that creates (and charges) a task: the Market's createTask, or a family's generate.

    :param config: the connection's configuration.
    :param model: the model name.
    :param input: the model's input, already validated and in wire form.
    :param callback_url: an http(s) URL kie.ai POSTs the record to when the task ends.
    :param family: the model's API family (default: the Market).
    """
    family = family or get_family(MARKET)
    body = family.create_body(model, input, check_callback_url(callback_url, family))
    name = "createTask" if family.name == MARKET else f"{family.name} generate"
    return ApiRequest(name, "POST", config.base_url + family.create_path, json=body, creates=True)


def record_info_request(config: KieConnectionConfig, task_id: str, family: ApiFamily | None = None) -> ApiRequest:
    """
    Build a task status request: the Market's recordInfo, or a family's record-info.

    :param config: the connection's configuration.
    :param task_id: kie.ai's taskId.
    :param family: the task's API family (default: the Market).
    """
    if not task_id or not isinstance(task_id, str):
        raise KieValidationError(
            f"task_id {task_id!r} is not a kie.ai taskId",
            problems=[("task_id", task_id, "a non-empty string")],
        )
    family = family or get_family(MARKET)
    name = "recordInfo" if family.name == MARKET else f"{family.name} record-info"
    return ApiRequest(
        name, "GET", config.base_url + family.record_path, params={"taskId": task_id}, returns_record=True
    )


def credit_request(config: KieConnectionConfig) -> ApiRequest:
    """
    Build a request for the account's remaining credits.

    :param config: the connection's configuration.
    """
    return ApiRequest("credit", "GET", config.base_url + CREDIT_PATH)


def download_url_request(config: KieConnectionConfig, url: str) -> ApiRequest:
    """
    Build a download-url request, which turns a generated file's URL into a 20-minute link.

    :param config: the connection's configuration.
    :param url: a kie.ai-generated file URL.
    """
    return ApiRequest("download-url", "POST", config.base_url + DOWNLOAD_URL_PATH, json={"url": url})


def upload_fields(upload_path: str, file_name: str | None = None) -> dict[str, str]:
    """
    The ``uploadPath`` and optional ``fileName`` every File Upload API request carries, checked.

    :param upload_path: the folder on kie.ai's upload storage, without leading or trailing slash.
    :param file_name: the stored file's name (a repeated name overwrites the earlier file).
    """
    path = str(upload_path or "").strip()
    if (
        not path
        or path.startswith("/")
        or path.endswith("/")
        or "\\" in path
        or any(part in ("", ".", "..") for part in path.split("/"))
    ):
        raise KieValidationError(
            f"upload_path {upload_path!r} is not a valid kie.ai upload path",
            problems=[("upload_path", upload_path, "a relative folder path without leading or trailing slash")],
        )
    fields = {"uploadPath": path}
    if file_name is not None:
        if not file_name or file_name in (".", "..") or any(ch in file_name for ch in '/\\"\r\n\x00'):
            raise KieValidationError(
                f"file_name {file_name!r} is not a valid file name",
                problems=[("file_name", file_name, "a file name without slashes, quotes or line breaks")],
            )
        fields["fileName"] = file_name
    return fields


def stream_upload_request(config: KieConnectionConfig, open_body: Callable[[], Any], content_type: str) -> ApiRequest:
    """
    Build a file-stream-upload request: a multipart body with ``file``, ``uploadPath`` and ``fileName``.

    :param config: the connection's configuration.
    :param open_body: opens the multipart body afresh (see :class:`kie_provider.multipart.MultipartBody`).
    :param content_type: the body's ``multipart/form-data`` type, with its boundary.
    """
    return ApiRequest(
        "file-stream-upload",
        "POST",
        config.upload_base_url + STREAM_UPLOAD_PATH,
        body=open_body,
        headers={"Content-Type": content_type},
    )


def url_upload_request(
    config: KieConnectionConfig, file_url: str, upload_path: str, file_name: str | None = None
) -> ApiRequest:
    """
    Build a file-url-upload request: kie.ai downloads ``file_url`` itself and stores it.

    :param config: the connection's configuration.
    :param file_url: the http(s) URL of the file.
    :param upload_path: the folder on kie.ai's upload storage.
    :param file_name: the stored file's name.
    """
    if not is_http_url(file_url):
        raise KieValidationError(
            f"file_url {file_url!r} is not an http(s) URL",
            problems=[("file_url", file_url, "an http(s) URL")],
        )
    body: dict[str, Any] = {"fileUrl": file_url.strip(), **upload_fields(upload_path, file_name)}
    return ApiRequest("file-url-upload", "POST", config.upload_base_url + URL_UPLOAD_PATH, json=body)


def read_upload_url(data: Any) -> str:
    """
    The stored file's URL (``downloadUrl``) of an upload answer's ``data``.

    :param data: the envelope's data.
    """
    url = data.get("downloadUrl") if isinstance(data, dict) else None
    if not is_http_url(url):
        raise KieInvalidResponseError(f"kie.ai upload succeeded without a downloadUrl: {excerpt(str(data))!r}")
    return str(url).strip()


def read_download_url(data: Any) -> str:
    """
    The temporary link of a download-url answer's ``data``.

    :param data: the envelope's data.
    """
    if not is_http_url(data):
        raise KieInvalidResponseError(f"kie.ai download-url answered no http(s) link: {excerpt(str(data))!r}")
    return str(data).strip()


def excerpt(body: bytes | str, secrets: tuple[str, ...] = (), limit: int = 160) -> str:
    """
    A short, printable, key-free excerpt of a response body for error messages.

    :param body: the raw body.
    :param secrets: values to mask wherever they occur.
    :param limit: the longest excerpt, in characters.
    """
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def parse_retry_after(value: str | None) -> float | None:
    """
    Read a ``Retry-After`` header: seconds or an HTTP date; ``None`` when it is neither, or no finite number
    (``inf``, ``nan`` and ``1e999`` are no wait at all).

    :param value: the header's value.
    """
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        # "inf", "nan" or 1e999 are no wait a client can honour: read as not said (the backoff applies).
        return max(0.0, seconds) if math.isfinite(seconds) else None
    from email.utils import parsedate_to_datetime  # rare: imported when a date is met

    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError, IndexError):
        return None


def parse_response(
    request: ApiRequest,
    status: int,
    body: bytes,
    headers: Mapping[str, str],
    secrets: tuple[str, ...] = (),
) -> Any:
    """
    Read kie.ai's envelope and return its ``data``, or raise the typed error it means.

    The body's ``code`` decides, whatever the HTTP status; ``msg`` and ``message`` are both read.
    A body that is not the JSON envelope raises :class:`KieInvalidResponseError` quoting a short,
    key-free excerpt.

    :param request: the request this answers.
    :param status: the HTTP status.
    :param body: the raw body.
    :param headers: the response headers (case-insensitive mapping).
    :param secrets: values to mask in any message.
    """
    retry_after = parse_retry_after(headers.get("Retry-After") or headers.get("retry-after"))
    try:
        envelope = load_json(body) if body else None
    except (ValueError, RecursionError):  # RecursionError: nested too deeply to be kie.ai's envelope
        envelope = None
    code_value = envelope.get("code") if isinstance(envelope, dict) else None
    if not isinstance(code_value, (int, float)) or isinstance(code_value, bool):
        if status in (401, 402, 404, 422, 429, 455, 505):
            # A proxy or gateway answered for kie.ai without its envelope; its status still means it.
            raise error_for_code(status, f"HTTP {status}, body: {excerpt(body, secrets)}", retry_after=retry_after)
        raise KieInvalidResponseError(
            f"kie.ai {request.name} answered HTTP {status} with a body that is not kie.ai's JSON envelope: "
            f"{excerpt(body, secrets)!r}",
            code=status if status >= 400 else None,
        )
    assert isinstance(envelope, dict)
    code = int(code_value)  # load_json has made every float finite
    message = str(envelope.get("msg") or envelope.get("message") or "")
    if code in request.envelope_codes:
        return {"code": code, "msg": message, "data": envelope.get("data")}
    if code != 200:
        data = envelope.get("data")
        if request.returns_record and isinstance(data, dict) and is_task_record(data):
            return record_with_code(data, code, excerpt(message, secrets))
        raise error_for_code(code, excerpt(message, secrets), retry_after=retry_after)
    return envelope.get("data")


def is_task_record(data: Any) -> bool:
    """
    Whether ``data`` is a task record (names a task and says something about it), not an error's payload.

    :param data: an envelope's ``data``.
    """
    if not isinstance(data, dict) or not (data.get("taskId") or data.get("task_id")):
        return False
    return any(data.get(name) not in (None, "") for name in _RECORD_KEYS)


#: Fields that make ``data`` a task record, across the families (Market ``state``, ``successFlag``, ``status`` ...).
_RECORD_KEYS = ("state", "failCode", "failMsg", "resultJson", "successFlag", "status", "errorCode", "errorMessage")


def read_task_id(data: Any) -> str:
    """
    The taskId of a createTask answer's ``data`` (``taskId``, or ``task_id`` as some answers spell it).

    The answer's ``code`` was 200, so kie.ai accepted (and charges) the task: an answer without a
    readable taskId raises :class:`KieTaskMaybeCreatedError`, never an error that a retry would resend.

    :param data: the envelope's data.
    """
    task_id = None
    if isinstance(data, dict):
        task_id = data.get("taskId") or data.get("task_id")
    if isinstance(task_id, (int, float)) and not isinstance(task_id, bool):
        task_id = str(task_id)
    if not isinstance(task_id, str) or not task_id.strip():
        raise KieTaskMaybeCreatedError(
            "kie.ai accepted createTask (code 200), so the task exists and is charged, but its answer carries no "
            f"readable taskId ({excerpt(str(data))!r}). It is not sent again, so that the generation is not paid "
            f"twice. Find the task at {LOGS_URL}.",
            code=200,
        )
    return task_id.strip()


def read_task(task_id: str, data: Any, family: ApiFamily | None = None) -> KieTask:
    """
    The task record of a status answer's ``data``, read the way the task's family reports it.

    :param task_id: the taskId asked for (kie.ai may answer without data for an unknown one).
    :param data: the envelope's data.
    :param family: the task's API family (default: the Market).
    """
    if not isinstance(data, dict):
        raise KieNotFoundError(f"kie.ai has no record of task {task_id}", code=404)
    return (family or get_family(MARKET)).read(task_id, data)


VEO_1080P_PATH = "/api/v1/veo/get-1080p-video"
VEO_4K_PATH = "/api/v1/veo/get-4k-video"


def veo_1080p_request(config: KieConnectionConfig, task_id: str, index: int | None = None) -> ApiRequest:
    """
    Build Veo's get-1080p-video request (answers the 1080p link of a finished video, or 422 while not ready).

    :param config: the connection's configuration.
    :param task_id: the finished Veo generation's taskId.
    :param index: which video of the task (kie.ai's ``index``), if not the first.
    """
    params = {"taskId": task_id} | ({"index": str(index)} if index is not None else {})
    return ApiRequest("veo get-1080p-video", "GET", config.base_url + VEO_1080P_PATH, params=params)


def veo_4k_request(
    config: KieConnectionConfig, task_id: str, index: int = 0, callback_url: str | None = None
) -> ApiRequest:
    """
    Build Veo's get-4k-video request. Its answer is the envelope: 200 when accepted, 422 with a message while
    it is made, and 422 "generated successfully" with ``resultUrls`` once done; a repeat charges nothing more.

    :param config: the connection's configuration.
    :param task_id: the finished Veo generation's taskId.
    :param index: which video of the task.
    :param callback_url: an http(s) URL kie.ai POSTs to when the 4K video is ready.
    """
    body: dict[str, Any] = {"taskId": task_id, "index": index}
    url = check_callback_url(callback_url)
    if url:
        body["callBackUrl"] = url
    return ApiRequest(
        "veo get-4k-video", "POST", config.base_url + VEO_4K_PATH, json=body, envelope_codes=frozenset({200, 422})
    )


def read_veo_4k(answer: Mapping[str, Any]) -> list[str]:
    """
    The 4K video's URLs once get-4k-video reports them, else ``[]`` (still being made).

    :param answer: the envelope :func:`veo_4k_request` asked for.
    """
    data = answer.get("data") if isinstance(answer.get("data"), dict) else {}
    urls = data.get("resultUrls") if isinstance(data, dict) else None
    return [u.strip() for u in urls if is_http_url(u)] if isinstance(urls, list) else []


def veo_high_resolution_request(
    config: KieConnectionConfig,
    resolution: str,
    task_id: str,
    index: int | None = None,
    callback_url: str | None = None,
) -> ApiRequest:
    """
    Build the request that asks for a finished Veo video in ``1080p`` (get-1080p-video) or ``4k`` (get-4k-video).

    :param config: the connection's configuration.
    :param resolution: ``"1080p"`` or ``"4k"``.
    :param task_id: the finished Veo generation's taskId.
    :param index: which video of the task, if not the first.
    :param callback_url: for 4K, an http(s) URL kie.ai POSTs to when it is ready.
    """
    if resolution == "4k":
        return veo_4k_request(config, task_id, index or 0, callback_url)
    return veo_1080p_request(config, task_id, index)


def read_veo_high_resolution(resolution: str, answer: Any) -> list[str]:
    """
    The high-resolution video's URLs, or ``[]`` while kie.ai is still making it.

    :param resolution: ``"1080p"`` (``answer`` is get-1080p-video's ``data``, ``{"resultUrl": ...}``) or ``"4k"``
        (``answer`` is get-4k-video's envelope, see :func:`read_veo_4k`).
    :param answer: what :func:`parse_response` returned for :func:`veo_high_resolution_request`.
    """
    if resolution == "4k":
        return read_veo_4k(answer if isinstance(answer, Mapping) else {})
    url = answer.get("resultUrl") if isinstance(answer, dict) else None
    if not is_http_url(url):
        raise KieInvalidResponseError(f"kie.ai get-1080p-video answered no http(s) link: {excerpt(str(answer))!r}")
    return [str(url).strip()]


def read_credits(data: Any) -> float:
    """
    The remaining credits of a chat/credit answer's ``data``.

    :param data: the envelope's data.
    """
    try:
        credits = float(data) if not isinstance(data, bool) else math.nan
    except (TypeError, ValueError, OverflowError):  # OverflowError: an integer beyond a float
        credits = math.nan
    if not math.isfinite(credits):
        raise KieInvalidResponseError(f"kie.ai credit answered no finite number: {excerpt(str(data))!r}")
    return credits
