"""kie.ai's HTTP API as data: requests built and answers read in one place for the sync and async paths.

Nothing here does I/O. The sync hook (``requests``) and the async client (``httpx``) send what
these functions build and hand back what they receive; the meaning of an answer, the retry rules
and the polling schedule are decided here once.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from kie_provider.exceptions import (
    KieConnectionError,
    KieError,
    KieInvalidResponseError,
    KieNotFoundError,
    KieRateLimitError,
    KieTaskFailedError,
    KieTaskMaybeCreatedError,
    KieValidationError,
    error_for_code,
)
from kie_provider.models import KieTask, KieTaskState

API_BASE_URL = "https://api.kie.ai"
UPLOAD_BASE_URL = "https://kieai.redpandaai.co"
LOGS_URL = "https://kie.ai/logs"

CREATE_TASK_PATH = "/api/v1/jobs/createTask"
RECORD_INFO_PATH = "/api/v1/jobs/recordInfo"
CREDIT_PATH = "/api/v1/chat/credit"
DOWNLOAD_URL_PATH = "/api/v1/common/download-url"
STREAM_UPLOAD_PATH = "/api/file-stream-upload"
URL_UPLOAD_PATH = "/api/file-url-upload"

#: The connection extra holding the webhook HMAC key. Its name contains "secret", so Airflow masks it
#: wherever it masks passwords (REST answers, logs, the UI) with no deployment setting.
WEBHOOK_SECRET_EXTRA = "webhook_hmac_secret"
#: The extra's earlier name, still read; Airflow does not mask it by name, so the hook masks its value.
LEGACY_WEBHOOK_SECRET_EXTRA = "webhook_hmac_key"

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 3
CONNECT_TIMEOUT = 10.0
# Backoff and polling bounds (seconds). Module-level so that tests can shrink them.
BACKOFF_BASE = 1.0
BACKOFF_CAP = 30.0
POLL_FIRST = 2.5
# A 429 may be retried this many times max_retries (see RetryPolicy.should_retry).
RATE_LIMIT_RETRY_FACTOR = 3
POLL_CAP = 30.0


@dataclass(frozen=True)
class KieConnectionConfig:
    """
    Everything the transports need from an Airflow ``kie`` connection.

    :param api_key: the kie.ai API key (never shown in ``repr``).
    :param base_url: API base URL, with scheme (and port, if any).
    :param upload_base_url: File Upload API base URL.
    :param timeout: read timeout of one HTTP request, in seconds.
    :param max_retries: how many times a retryable request is sent again.
    :param webhook_hmac_key: the account's webhook HMAC key (never shown in ``repr``).
    """

    api_key: str = field(repr=False)
    base_url: str = API_BASE_URL
    upload_base_url: str = UPLOAD_BASE_URL
    timeout: float = DEFAULT_TIMEOUT
    max_retries: int = DEFAULT_MAX_RETRIES
    webhook_hmac_key: str | None = field(default=None, repr=False)

    @property
    def headers(self) -> dict[str, str]:
        """Headers every request carries."""
        return {
            "Authorization": f"Bearer {self.api_key}",
            "Content-Type": "application/json",
            "Accept": "application/json",
            "User-Agent": "kie-provider-airflow",
        }

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values that must never appear in a message."""
        return tuple(s for s in (self.api_key, self.webhook_hmac_key) if s)


def normalise_base_url(host: str | None, port: int | None = None, default: str = API_BASE_URL) -> str:
    """
    Turn a connection's host (and port) into a base URL.

    A host with a scheme (``http://127.0.0.1:8765``) is taken as given; a bare host gets ``https://``.

    :param host: the connection's host field.
    :param port: the connection's port field, if set.
    :param default: the URL used when no host is set.
    """
    if not host or not host.strip():
        return default
    host = host.strip()
    # The scheme is judged before trailing slashes go: "https://" alone must not become host "https".
    if "://" not in host:
        host = "https://" + host
    host = host.rstrip("/")
    parts = urlsplit(host)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise KieValidationError(
            f"kie connection host {host!r} is not an http(s) URL; use e.g. https://api.kie.ai",
            problems=[("host", host, "an http(s) URL")],
        )
    if port and not parts.port:
        host = f"{parts.scheme}://{parts.netloc}:{port}{parts.path}"
    return host


def config_from_connection(
    *,
    password: str | None,
    host: str | None,
    port: int | None,
    extra: Mapping[str, Any],
    timeout: float | None = None,
    max_retries: int | None = None,
) -> KieConnectionConfig:
    """
    Build the transport configuration from the fields of an Airflow connection.

    :param password: the API key.
    :param host: the API base URL (default ``https://api.kie.ai``).
    :param port: the port, if not part of ``host``.
    :param extra: the connection's extra: ``upload_base_url``, ``timeout``, ``max_retries``,
        ``webhook_hmac_secret`` (or its older name ``webhook_hmac_key``).
    :param timeout: overrides the connection's timeout.
    :param max_retries: overrides the connection's max_retries.
    """
    if not password:
        from kie_provider.exceptions import KieAuthError

        raise KieAuthError(
            "the kie connection has no API key: put the kie.ai API key in the connection's password",
            code=401,
        )

    def number(name: str, given: Any, default: float, cast: type) -> Any:
        value = given if given is not None else extra.get(name)
        if value in (None, ""):
            return cast(default)
        try:
            result = cast(value)
        except (TypeError, ValueError):
            raise KieValidationError(
                f"kie connection extra {name}={value!r} is not a number",
                problems=[(name, value, "a non-negative number")],
            ) from None
        if result < 0:
            raise KieValidationError(
                f"kie connection extra {name}={value!r} must not be negative",
                problems=[(name, value, "a non-negative number")],
            )
        return result

    return KieConnectionConfig(
        api_key=password,
        base_url=normalise_base_url(host, port),
        upload_base_url=normalise_base_url(extra.get("upload_base_url"), default=UPLOAD_BASE_URL),
        timeout=number("timeout", timeout, DEFAULT_TIMEOUT, float),
        max_retries=number("max_retries", max_retries, DEFAULT_MAX_RETRIES, int),
        webhook_hmac_key=extra.get(WEBHOOK_SECRET_EXTRA) or extra.get(LEGACY_WEBHOOK_SECRET_EXTRA) or None,
    )


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


def create_task_request(
    config: KieConnectionConfig, model: str, input: Mapping[str, Any], callback_url: str | None = None
) -> ApiRequest:
    """
    Build a createTask request.

    :param config: the connection's configuration.
    :param model: the model name.
    :param input: the model's input, already validated and in wire form.
    :param callback_url: an http(s) URL kie.ai POSTs the record to when the task ends.
    """
    body: dict[str, Any] = {"model": model}
    if callback_url:
        if not str(callback_url).lower().startswith(("http://", "https://")):
            raise KieValidationError(
                f"callback_url {callback_url!r} is not an http(s) URL",
                problems=[("callback_url", callback_url, "an http(s) URL")],
            )
        body["callBackUrl"] = callback_url
    body["input"] = dict(input)
    return ApiRequest("createTask", "POST", config.base_url + CREATE_TASK_PATH, json=body, creates=True)


def record_info_request(config: KieConnectionConfig, task_id: str) -> ApiRequest:
    """
    Build a recordInfo (task status) request.

    :param config: the connection's configuration.
    :param task_id: kie.ai's taskId.
    """
    if not task_id or not isinstance(task_id, str):
        raise KieValidationError(
            f"task_id {task_id!r} is not a kie.ai taskId",
            problems=[("task_id", task_id, "a non-empty string")],
        )
    return ApiRequest(
        "recordInfo", "GET", config.base_url + RECORD_INFO_PATH, params={"taskId": task_id}, returns_record=True
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
    :param open_body: opens the multipart body afresh (see :class:`kie_provider.files.MultipartBody`).
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
    if not isinstance(file_url, str) or not file_url.strip().lower().startswith(("http://", "https://")):
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
    if not isinstance(url, str) or not url.lower().startswith(("http://", "https://")):
        raise KieInvalidResponseError(f"kie.ai upload succeeded without a downloadUrl: {excerpt(str(data))!r}")
    return url


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
    Read a ``Retry-After`` header: seconds or an HTTP date.

    :param value: the header's value.
    """
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
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
        envelope = json.loads(body) if body else None
    except ValueError:
        envelope = None
    if not isinstance(envelope, dict) or not isinstance(envelope.get("code"), (int, float)):
        if status in (401, 402, 404, 422, 429, 455, 505):
            # A proxy or gateway answered for kie.ai without its envelope; its status still means it.
            raise error_for_code(status, f"HTTP {status}, body: {excerpt(body, secrets)}", retry_after=retry_after)
        raise KieInvalidResponseError(
            f"kie.ai {request.name} answered HTTP {status} with a body that is not kie.ai's JSON envelope: "
            f"{excerpt(body, secrets)!r}",
            code=status if status >= 400 else None,
        )
    code = int(envelope["code"])
    message = str(envelope.get("msg") or envelope.get("message") or "")
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
    return any(data.get(name) not in (None, "") for name in ("state", "failCode", "failMsg", "resultJson"))


def record_with_code(data: dict[str, Any], code: int, message: str) -> dict[str, Any]:
    """
    A record kie.ai sent with a non-200 ``code``: a 501 ("generation failed") without a state is a failed task.

    The record's own ``failCode``/``failMsg`` win; the envelope's code and message fill them in when absent.

    :param data: the record.
    :param code: the envelope's code.
    :param message: the envelope's message.
    """
    record = dict(data)
    if KieTaskState.parse(record.get("state")) is KieTaskState.UNKNOWN and code == 501:
        record["state"] = KieTaskState.FAIL.value
    if KieTaskState.parse(record.get("state")) is KieTaskState.FAIL:
        if record.get("failCode") in (None, ""):
            record["failCode"] = str(code)
        if record.get("failMsg") in (None, "") and message:
            record["failMsg"] = message
    return record


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


def read_task(task_id: str, data: Any) -> KieTask:
    """
    The task record of a recordInfo answer's ``data``.

    :param task_id: the taskId asked for (kie.ai may answer without data for an unknown one).
    :param data: the envelope's data.
    """
    if not isinstance(data, dict):
        raise KieNotFoundError(f"kie.ai has no record of task {task_id}", code=404)
    task = KieTask.from_record(data)
    if not task.task_id:
        task.task_id = task_id
    return task


def require_results(task: KieTask) -> KieTask:
    """
    Return a succeeded task if it names its results; raise :class:`KieInvalidResponseError` if it names none.

    A ``success`` without result URLs is an odd answer (kie.ai's record can lag its state): failing here,
    naming the task, beats an ``IndexError`` in a downstream task. The error is transient, so an Airflow
    retry of a durable operator reattaches and reads the record again, without a new generation.

    :param task: a succeeded task.
    """
    if task.succeeded and not task.result_urls:
        raise KieInvalidResponseError(
            f"kie.ai task {task.task_id} ({task.model or 'unknown model'}) reports success but its record names no "
            f"readable result URL (resultJson: {excerpt(str(task.result))!r}). An Airflow retry reads the record "
            f"again without generating anew; see the task at {LOGS_URL}."
        )
    return task


def read_credits(data: Any) -> float:
    """
    The remaining credits of a chat/credit answer's ``data``.

    :param data: the envelope's data.
    """
    try:
        return float(data)
    except (TypeError, ValueError):
        raise KieInvalidResponseError(f"kie.ai credit answered a non-number: {excerpt(str(data))!r}") from None


@dataclass
class RetryPolicy:
    """
    Exponential backoff with full jitter, honouring ``Retry-After``.

    :param max_retries: sends after the first one.
    :param base: the first backoff, in seconds.
    :param cap: the longest backoff, in seconds.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    base: float = field(default_factory=lambda: BACKOFF_BASE)
    cap: float = field(default_factory=lambda: BACKOFF_CAP)

    def delay(self, attempt: int, error: KieError) -> float:
        """
        Seconds to wait before send number ``attempt + 1``.

        :param attempt: sends made so far (1 after the first failure).
        :param error: the failure.
        """
        retry_after = getattr(error, "retry_after", None)
        backoff = random.uniform(0.5, 1.0) * min(self.cap, self.base * 2 ** (attempt - 1))
        if retry_after is not None:
            return min(max(retry_after, backoff * 0.1), self.cap * 4)
        return backoff

    def retries_for(self, error: KieError) -> int:
        """
        How many retries a request that failed with ``error`` gets.

        :param error: the failure.
        """
        if isinstance(error, KieRateLimitError):
            # A 429 is never charged and kie.ai's window is 10 s: many workers sharing one key can
            # need several windows before their turn, so it gets more tries than other failures.
            return self.max_retries * RATE_LIMIT_RETRY_FACTOR
        return self.max_retries

    def should_retry(self, request: ApiRequest, error: KieError, attempt: int) -> bool:
        """
        Whether to send ``request`` again after ``error``.

        :param request: the failed request.
        :param error: what went wrong.
        :param attempt: sends made so far.
        """
        if attempt > self.retries_for(error) or not error.transient:
            return False
        if request.creates:
            return provably_not_accepted(error)
        return True


def provably_not_accepted(error: KieError) -> bool:
    """
    Whether kie.ai certainly did not accept a createTask that failed with ``error``.

    True for 429 (rejected, not queued), 455 (maintenance) and a connection that never opened.

    :param error: the failure of the createTask request.
    """
    if isinstance(error, KieRateLimitError) or error.code == 455:
        return True
    return isinstance(error, KieConnectionError) and not error.sent


#: Answers to a createTask that reject it: kie.ai refused the request, so nothing was created or charged.
#: 408 is left out on purpose (an upstream timeout says nothing about the task).
REJECTION_CODES = frozenset({400, 401, 402, 403, 404, 405, 413, 415, 422, 433, 451, 505})


def provably_not_created(error: KieError) -> bool:
    """
    Whether a createTask that failed with ``error`` certainly created no task (and charged nothing).

    True when kie.ai did not accept it (:func:`provably_not_accepted`) or answered with a rejection
    (401, 402, 422, 505, other 4xx but 408). Everything else may have created a task.

    :param error: the failure of the createTask request.
    """
    if isinstance(error, KieTaskMaybeCreatedError):
        return False
    return provably_not_accepted(error) or error.code in REJECTION_CODES


def ambiguous_create_error(error: KieError) -> KieTaskMaybeCreatedError:
    """
    The error raised when a createTask failed in a way that may have created the task.

    :param error: the transport or server error.
    """
    return KieTaskMaybeCreatedError(
        f"createTask may have been accepted by kie.ai but no answer came back ({error.message}). "
        f"It is not sent again, so that the generation is not paid twice. Check {LOGS_URL} for the "
        "task before running this Airflow task again.",
        code=error.code,
    )


@dataclass
class PollSchedule:
    """
    How long to wait between status polls: 2.5 s at first, growing by half each time to a cap.

    kie.ai's documentation advises polling at 2-3 s and backing off. A fixed ``interval`` overrides.

    :param interval: a fixed interval, in seconds, or ``None`` for the adaptive schedule.
    :param first: the first adaptive interval.
    :param factor: growth per poll.
    :param cap: the longest adaptive interval.
    """

    interval: float | None = None
    first: float = field(default_factory=lambda: POLL_FIRST)
    factor: float = 1.5
    cap: float = field(default_factory=lambda: POLL_CAP)
    _next: float = 0.0

    def next(self) -> float:
        """The next interval, in seconds."""
        if self.interval is not None:
            return float(self.interval)
        current = self._next or self.first
        self._next = min(self.cap, current * self.factor)
        return current


@dataclass
class TaskWaiter:
    """
    The decisions of waiting for one task, shared by the sync hook, the trigger and the sensor.

    Feed it each poll's outcome; it says whether the wait is over and how long to sleep next.
    Transient errors are ridden out until the deadline; 401-like errors end it at once; an unknown
    task ends it only when kie.ai has answered 404 for ``not_found_grace`` seconds in a row (counted
    from the first 404 of a run of them: any record in between starts the count again).

    :param task_id: the kie.ai taskId.
    :param deadline: absolute end of the wait, Unix seconds.
    :param poll_interval: a fixed poll interval, or ``None`` for the adaptive schedule.
    :param not_found_grace: seconds a run of 404s is tolerated (kie.ai may not show a task at once, and a
        gateway may answer one 404 for a task that exists).
    :param not_found_since: when the current run of 404s began (Unix seconds), e.g. as a sensor's earlier
        poke saw it; ``None`` when the last answer was a record.
    """

    task_id: str
    deadline: float
    poll_interval: float | None = None
    not_found_grace: float = 30.0
    not_found_since: float | None = None
    last_state: str | None = None
    polls: int = 0
    errors: int = 0
    schedule: PollSchedule = field(init=False)
    _retry_after: float | None = None

    def __post_init__(self) -> None:
        self.schedule = PollSchedule(self.poll_interval)

    @property
    def expired(self) -> bool:
        """Whether the deadline has passed."""
        return time.time() >= self.deadline

    def remaining(self) -> float:
        """Seconds left until the deadline."""
        return max(0.0, self.deadline - time.time())

    def on_task(self, task: KieTask) -> str | None:
        """
        Record a poll's answer; return the new state's name when it changed, else ``None``.

        :param task: the polled record.
        """
        self.polls += 1
        self.not_found_since = None
        state = task.state.value
        if state != self.last_state:
            self.last_state = state
            return state
        return None

    def on_error(self, error: KieError) -> None:
        """
        Record a failed poll; re-raise ``error`` when it should end the wait.

        :param error: the failure.
        """
        self.polls += 1
        self.errors += 1
        self._retry_after = getattr(error, "retry_after", None)
        if isinstance(error, KieNotFoundError):
            now = time.time()
            if self.not_found_since is None:
                self.not_found_since = now
            # At the deadline too: a vanished task must not be reported as merely slow.
            if now - self.not_found_since >= self.not_found_grace or self.expired:
                seen = f"it was {self.last_state}" if self.last_state else "it was never seen"
                gone = now - self.not_found_since
                raise KieNotFoundError(
                    f"kie.ai has no record of task {self.task_id} any more ({seen}; answered 404 for {gone:.0f}s "
                    f"in a row): it may have been lost on kie.ai's side. Look for it at {LOGS_URL}; an Airflow "
                    "retry submits a new task.",
                    code=error.code,
                ) from error
            return
        if not error.transient:
            raise error

    def next_sleep(self) -> float:
        """Seconds to sleep before the next poll (at least any ``Retry-After``), never past the deadline."""
        wait = max(self.schedule.next(), self._retry_after or 0.0)
        self._retry_after = None
        return max(0.0, min(wait, self.remaining()))


def task_failed_error(task: KieTask) -> KieTaskFailedError:
    """
    The error for a task that ended in ``fail`` on kie.ai's side.

    :param task: the failed task's record.
    """
    return KieTaskFailedError(
        f"kie.ai task {task.task_id} ({task.model}) failed: failCode {task.fail_code or '?'}: "
        f"{task.fail_msg or 'no message'}. No credits were charged; an Airflow retry submits it again.",
        fail_code=task.fail_code,
        fail_msg=task.fail_msg,
        task=task,
    )
