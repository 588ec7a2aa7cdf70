"""Hooks for kie.ai: :class:`KieHook` (sync, ``requests``) and :class:`KieAsyncHook` (async, ``aiohttp``).

They own every byte on the wire: requests, uploads and downloads. Both send what
:mod:`kie_provider.wire` builds, read answers with it and retry on one :class:`~kie_provider.retry.RetryPolicy`;
only the transport differs. The triggerer's shared client lives in :mod:`kie_provider.hooks.pool`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any, Protocol, TypeVar

import aiohttp
import requests
from airflow.sdk import BaseHook
from requests.adapters import HTTPAdapter

from kie_provider import config as kie_config
from kie_provider import downloads, sources, wire
from kie_provider.catalogue import family_of, validate_input
from kie_provider.config import CONNECT_TIMEOUT, KieConnectionConfig
from kie_provider.exceptions import KieConnectionError, KieDownloadError, KieError, KieTimeoutError, KieValidationError
from kie_provider.families import get_family
from kie_provider.hooks.pool import shared_async_client
from kie_provider.models import KieTask
from kie_provider.multipart import MultipartBody
from kie_provider.retry import RetryPolicy, ambiguous_create_error, never_connected, provably_not_created
from kie_provider.urls import is_http_url
from kie_provider.waiting import DEFAULT_NOT_FOUND_GRACE, DEFAULT_WAIT_TIMEOUT, TaskWaiter, timed_out_message
from kie_provider.wire import ApiRequest

T = TypeVar("T")


class CreateGuard(Protocol):
    """What a caller of :meth:`KieHook.create_task` is told about each send of the request."""

    def sending(self) -> None:
        """The request is about to leave the process: from here on kie.ai may create the task."""

    def not_created(self) -> None:
        """The answer proved that kie.ai created nothing (a rejection, or a connection that never opened)."""


class _KieHookBase(BaseHook):
    """What the sync and async hooks share: the connection's configuration and the retry policy."""

    conn_name_attr = "kie_conn_id"
    default_conn_name = kie_config.DEFAULT_CONN_ID
    conn_type = kie_config.CONN_TYPE
    hook_name = "kie.ai"

    def __init__(
        self,
        kie_conn_id: str = default_conn_name,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.kie_conn_id = kie_conn_id
        self._timeout = timeout
        self._max_retries = max_retries

    def _config_from(self, conn: Any) -> KieConnectionConfig:
        config = kie_config.config_from_connection(
            password=conn.password,
            host=conn.host,
            port=conn.port,
            extra=conn.extra_dejson or {},
            timeout=self._timeout,
            max_retries=self._max_retries,
        )
        # Airflow masks the password and extras named like secrets; the legacy extra name is not one.
        from airflow.providers.common.compat.sdk import mask_secret

        for secret in config.secrets:
            mask_secret(secret)
        return config

    def _retry_decision(
        self, name: str, error: KieError, attempt: int, policy: RetryPolicy, *, creates: bool = False
    ) -> float:
        """Return seconds to wait before sending again, or raise the error the caller must see."""
        if creates and not provably_not_created(error):
            # Whatever else it is, a create that may have made a task is never sent again.
            raise ambiguous_create_error(error) from error
        if policy.should_retry(error, attempt, creates=creates):
            delay = policy.delay(attempt, error)
            self.log.warning(
                "kie.ai %s failed (%s); retry %d of %d in %.1fs",
                name,
                error.message,
                attempt,
                policy.retries_for(error),
                delay,
            )
            return delay
        raise error

    def _within_deadline(self, name: str, error: KieError, delay: float, deadline: float | None) -> float:
        """``delay`` when the retry after it starts before ``deadline`` (Unix seconds); else raise ``error``."""
        if deadline is not None and time.time() + delay >= deadline:
            self.log.warning(
                "kie.ai %s: not sent again: the next try, in %.1fs, would start after the task's timeout", name, delay
            )
            raise error
        return delay


class KieHook(_KieHookBase):
    """
    Talk to kie.ai synchronously over one pooled ``requests`` session.

    The connection (type ``kie``) holds the API key in its password, the API base URL in its host
    (default ``https://api.kie.ai``; ``http://127.0.0.1:8765`` works for a local emulator) and, in
    its extra, ``upload_base_url``, ``timeout`` and ``max_retries``.

    Reads are retried on connection errors, timeouts, 429, 455 and 5xx with exponential backoff and
    jitter, honouring ``Retry-After``. createTask is retried only when kie.ai provably did not accept
    it; after an ambiguous failure it raises :class:`~kie_provider.exceptions.KieTaskMaybeCreatedError`.

    :param kie_conn_id: the Airflow connection id.
    :param timeout: read timeout per request in seconds (overrides the connection's extra).
    :param max_retries: retries per request (overrides the connection's extra).
    """

    @classmethod
    def get_ui_field_behaviour(cls) -> dict[str, Any]:
        """The connection form: only host and the API key, labelled as kie.ai names them."""
        # Defined on KieHook itself: Airflow before 3.2 looks for it in the hook class's own __dict__.
        return kie_config.UI_FIELD_BEHAVIOUR

    @cached_property
    def config(self) -> KieConnectionConfig:
        """The connection's configuration, read once."""
        return self._config_from(self.get_connection(self.kie_conn_id))

    @cached_property
    def session(self) -> requests.Session:
        """One pooled HTTP session for every call of this hook."""
        session = requests.Session()
        adapter = HTTPAdapter(pool_connections=4, pool_maxsize=16, max_retries=0)
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        return session

    @cached_property
    def _guarded_session(self) -> requests.Session:
        """The session of download hops a public file host redirected to (:func:`downloads.guarded_session`)."""
        return downloads.guarded_session()

    def close(self) -> None:
        """Close the pooled sessions."""
        for name in ("session", "_guarded_session"):
            if name in self.__dict__:
                self.__dict__.pop(name).close()

    def _send_once(self, request: ApiRequest) -> Any:
        config = self.config
        where = f"kie.ai {request.name}"
        # A streamed body is opened anew for every send, so that a retry re-reads it from its start.
        data = request.body() if request.body is not None else None
        try:
            response = self.session.request(
                request.method,
                request.url,
                json=request.json,
                params=request.params,
                data=data,
                headers={**config.headers, **request.headers} if request.headers else config.headers,
                timeout=(CONNECT_TIMEOUT, config.timeout),
            )
            body = response.content
        except (requests.exceptions.InvalidHeader, requests.exceptions.InvalidURL, UnicodeError) as exc:
            # Raised while the request is being prepared: nothing left the process.
            raise KieConnectionError(f"{where}: request not sent ({type(exc).__name__})", sent=False) from None
        except requests.exceptions.ConnectTimeout:
            raise KieConnectionError(f"{where}: could not connect (timed out)", sent=False) from None
        except requests.exceptions.ReadTimeout:
            raise KieConnectionError(f"{where}: no answer within {config.timeout:g}s", sent=True) from None
        except requests.exceptions.ConnectionError as exc:
            sent = not never_connected(exc)
            what = "connection lost before the answer" if sent else "could not connect"
            raise KieConnectionError(f"{where}: {what} ({type(exc).__name__})", sent=sent) from None
        except requests.exceptions.RequestException as exc:
            raise KieConnectionError(f"{where}: {type(exc).__name__}", sent=True) from None
        finally:
            if data is not None:
                data.close()
        return wire.parse_response(request, response.status_code, body, response.headers, config.secrets)

    def _with_retries(
        self,
        name: str,
        once: Callable[[], T],
        *,
        creates: bool = False,
        guard: CreateGuard | None = None,
        deadline: float | None = None,
    ) -> T:
        """
        Run ``once`` (one send) until it succeeds or the retry policy gives up; the one sync retry loop.

        A wait before the next send that would end after ``deadline`` (Unix seconds) is not made: the
        last error is raised instead, so that no 429 loop or ``Retry-After`` outlasts the caller's timeout.
        """
        policy = RetryPolicy.from_config(self.config)
        attempt = 0
        while True:
            attempt += 1
            if guard is not None:
                guard.sending()
            try:
                return once()
            except KieError as error:
                if guard is not None and provably_not_created(error):
                    guard.not_created()
                delay = self._retry_decision(name, error, attempt, policy, creates=creates)
                time.sleep(self._within_deadline(name, error, delay, deadline))

    def _send(self, request: ApiRequest, guard: CreateGuard | None = None, deadline: float | None = None) -> Any:
        return self._with_retries(
            request.name, lambda: self._send_once(request), creates=request.creates, guard=guard, deadline=deadline
        )

    def create_task(
        self,
        model: str,
        input: Mapping[str, Any],
        callback_url: str | None = None,
        *,
        guard: CreateGuard | None = None,
        deadline: float | None = None,
    ) -> str:
        """
        Create a kie.ai task and return its taskId; ``input`` is validated unless it is a prepared
        :class:`~kie_provider.catalogue.WireInput`.

        Sent again only when kie.ai provably did not accept it (429, 455, a connection that never
        opened); any failure that may have created the task raises
        :class:`~kie_provider.exceptions.KieTaskMaybeCreatedError`, as does an accepted answer
        without a readable taskId.

        :param model: the kie.ai model name.
        :param input: the model's input fields (wire names).
        :param callback_url: an http(s) URL kie.ai POSTs the record to when the task ends.
        :param guard: told right before each send leaves the process, and again when an answer proves
            nothing was created (the operator's in-flight marker).
        :param deadline: Unix seconds; no retry wait (429, ``Retry-After``) ends after it.
        """
        family = family_of(model)
        request = wire.create_task_request(self.config, model, validate_input(model, input), callback_url, family)
        return wire.read_task_id(self._send(request, guard, deadline))

    def get_task(self, task_id: str, family: str | None = None) -> KieTask:
        """
        Fetch one task's record.

        :param task_id: kie.ai's taskId.
        :param family: the task's API family (``market`` when ``None``; see :mod:`kie_provider.families`).
        """
        api = get_family(family)
        return wire.read_task(task_id, self._send(wire.record_info_request(self.config, task_id, api)), api)

    def wait_for_task(
        self,
        task_id: str,
        poll_interval: float | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_state_change: Callable[[KieTask], None] | None = None,
        not_found_grace: float = DEFAULT_NOT_FOUND_GRACE,
        family: str | None = None,
        sleep: Callable[[float], Any] = time.sleep,
    ) -> KieTask:
        """
        Poll until the task ends and return its final record (``success`` or ``fail``).

        Polls start at 2.5 s and back off to 30 s unless ``poll_interval`` fixes them. Transient
        errors are ridden out until the deadline.

        :param task_id: kie.ai's taskId.
        :param poll_interval: a fixed poll interval in seconds.
        :param timeout: seconds to wait before raising :class:`~kie_provider.exceptions.KieTimeoutError`.
        :param on_state_change: called with the record whenever the state changes.
        :param not_found_grace: seconds kie.ai may answer 404 in a row before the task counts as gone.
        :param family: the task's API family (``market`` when ``None``).
        :param sleep: sleeps between polls (a :class:`~kie_provider.hints.SyncHintListener` ends one early).
        """
        config = self.config
        waiter = TaskWaiter.for_connection(
            task_id,
            config,
            deadline=time.time() + timeout,
            family=family,
            poll_interval=poll_interval,
            not_found_grace=not_found_grace,
        )
        api = get_family(family)
        while True:
            try:
                # One send per poll: the waiter rides out a failed poll within the timeout, so no retry loop
                # (429s, Retry-After) of the request itself can outlast it.
                task = wire.read_task(task_id, self._send_once(wire.record_info_request(config, task_id, api)), api)
            except KieError as error:
                waiter.on_error(error)
                self.log.warning("kie.ai task %s: poll failed (%s); still waiting", task_id, error.message)
            else:
                if waiter.on_task(task) and on_state_change is not None:
                    on_state_change(task)
                if task.is_terminal:
                    return task
            if waiter.expired:
                raise KieTimeoutError(timed_out_message(task_id, f"within {timeout:g}s", waiter.last_state))
            sleep(waiter.next_sleep())

    def get_veo_1080p_video(self, task_id: str, index: int | None = None) -> str:
        """
        The 1080p link of a finished Veo 3.1 video; kie.ai answers 422 (``KieValidationError``) until it is ready.

        :param task_id: the Veo generation's taskId.
        :param index: which video of the task, if not the first.
        """
        data = self._send(wire.veo_1080p_request(self.config, task_id, index))
        return wire.read_veo_high_resolution("1080p", data)[0]

    def request_veo_4k_video(self, task_id: str, index: int = 0, callback_url: str | None = None) -> list[str]:
        """
        Ask for (or after) the 4K version of a finished Veo 3.1 video: its URLs once made, ``[]`` while it is made.

        The first request starts the upgrade (and costs credits); kie.ai answers every repeat for the same
        video with its progress, charging nothing more, so asking again is how the upgrade is awaited.

        :param task_id: the Veo generation's taskId.
        :param index: which video of the task.
        :param callback_url: an http(s) URL kie.ai POSTs to when the 4K video is ready.
        """
        return wire.read_veo_4k(self._send(wire.veo_4k_request(self.config, task_id, index, callback_url)))

    def get_credits(self) -> float:
        """The account's remaining credits."""
        return wire.read_credits(self._send(wire.credit_request(self.config)))

    def get_download_url(self, url: str) -> str:
        """
        Turn a kie.ai-generated file URL into a temporary download link (valid 20 minutes).

        :param url: the generated file's URL.
        """
        return wire.read_download_url(self._send(wire.download_url_request(self.config, url)))

    def upload_file(
        self, source: Any, upload_path: str = sources.DEFAULT_UPLOAD_PATH, file_name: str | None = None
    ) -> str:
        """
        Stream a file to kie.ai's File Upload API (file-stream-upload) and return the stored file's URL.

        The file is streamed as multipart, never read whole into memory. Without ``file_name`` it is
        stored as ``{name}-{content hash}{ext}``, so a retried upload overwrites only itself. kie.ai
        deletes uploads after 3 days.

        :param source: a local path, an ``ObjectStoragePath``, a storage URI (``file://``, ``s3://`` ...)
            or bytes.
        :param upload_path: the folder on kie.ai's upload storage, without leading or trailing slash.
        :param file_name: the stored file's name (a repeated name overwrites the earlier file).
        """
        src = source if isinstance(source, sources.FileSource) else sources.open_source(source)
        mime = (sources.sniff_types(src.head()) or ("application/octet-stream",))[0]
        name = file_name or sources.upload_file_name(src, mime)
        body = MultipartBody(wire.upload_fields(upload_path, name), src, name, mime)
        data = self._send(wire.stream_upload_request(self.config, body.open, body.content_type))
        return wire.read_upload_url(data)

    def upload_from_url(
        self, url: str, upload_path: str = sources.DEFAULT_UPLOAD_PATH, file_name: str | None = None
    ) -> str:
        """
        Have kie.ai fetch an http(s) URL into its upload storage (file-url-upload); return the stored URL.

        :param url: the file's http(s) URL (kie.ai downloads it: 30 s timeout, about 100 MB).
        :param upload_path: the folder on kie.ai's upload storage, without leading or trailing slash.
        :param file_name: the stored file's name (a repeated name overwrites the earlier file).
        """
        data = self._send(wire.url_upload_request(self.config, url, upload_path, file_name))
        return wire.read_upload_url(data)

    def download_file(self, url: str, folder: Any, stem: str, default_ext: str) -> str:
        """
        Stream one generated file into ``folder`` as ``{stem}{ext}``; return where it was stored.

        The file is written through a hidden temporary name and renamed, so a broken download never
        leaves a partial file under the final name. A refused download (HTTP 401/403/404) is tried again
        once with kie.ai's download-url link; connection errors, 429, 5xx and broken transfers are
        retried on the connection's retry policy. Only http(s) URLs are fetched, and never with the
        API key: it goes to kie.ai only, not to a file host.

        :param url: the generated file's URL.
        :param folder: a local ``Path`` or an ``ObjectStoragePath``
            (see :func:`kie_provider.sources.resolve_output_path`).
        :param stem: the file name without extension.
        :param default_ext: the extension when neither the answer nor the URL tells one.
        """
        if not is_http_url(url):
            raise KieDownloadError(f"result {url!r} is not an http(s) URL; only http(s) URLs are downloaded")
        fetch_url, signed = url, False
        while True:
            link = fetch_url

            def once(link: str = link) -> tuple[str, int]:
                return self._download_once(link, url, folder, stem, default_ext)

            try:
                path, size = self._with_retries("download", once)
            except _Refused as refused:
                if signed:
                    raise KieDownloadError(
                        f"could not download {url}: HTTP {refused.status} even with kie.ai's download-url link",
                        code=refused.status,
                    ) from None
                self.log.info("%s answered HTTP %s; asking kie.ai for a download link", url, refused.status)
                try:
                    fetch_url = self.get_download_url(url)
                except KieError as exc:
                    raise KieDownloadError(
                        f"could not download {url} (HTTP {refused.status}) and kie.ai's download-url gave no "
                        f"link: {exc.message}",
                        code=refused.status,
                    ) from None
                signed = True
                continue
            self.log.info("Stored %s (%d bytes) as %s", url, size, path)
            return path

    def _fetch(self, fetch_url: str, url: str) -> requests.Response:
        """GET ``fetch_url``, following only the redirects :func:`downloads.fetch` allows."""
        return downloads.fetch(
            fetch_url, url, lambda guard: self._guarded_session if guard else self.session, self.config.timeout
        )

    def _download_once(self, fetch_url: str, url: str, folder: Any, stem: str, default_ext: str) -> tuple[str, int]:
        response = self._fetch(fetch_url, url)
        with response:
            status = response.status_code
            if status in (401, 403, 404):
                raise _Refused(status)
            if status != 200:
                raise KieDownloadError(
                    f"could not download {url}: the file host answered HTTP {status}",
                    transient=status == 429 or status >= 500,
                    code=status,
                )
            content_type = response.headers.get("Content-Type")
            mime = (content_type or "").split(";")[0].strip().lower()
            if mime in sources.NOT_A_FILE:
                raise KieDownloadError(
                    f"could not download {url}: the file host answered {mime} instead of the file "
                    f"({wire.excerpt(response.raw.read(200, decode_content=True) or b'')!r})",
                    transient=True,
                )
            name = stem + sources.result_extension(content_type, url, default_ext)
            return downloads.write_stream(response, folder, name, url)

    def test_connection(self) -> tuple[bool, str]:
        """Check the API key against kie.ai (the UI's Test button and ``airflow connections test``)."""
        try:
            credits = self.get_credits()
        except Exception as exc:  # the UI shows the message; it must not raise
            message = getattr(exc, "message", None) or f"{type(exc).__name__}"
            return False, f"kie.ai connection failed: {message}"
        return True, f"Connected to kie.ai at {self.config.base_url}: {credits:g} credits left"

    def verify_webhook(self, headers: Mapping[str, Any], body: bytes | str, tolerance: float = 300) -> KieTask:
        """
        Verify a kie.ai callback with the connection's ``webhook_hmac_secret``; return its task record.

        See :func:`kie_provider.webhooks.verify_webhook`.

        :param headers: the callback's request headers.
        :param body: the callback's raw body.
        :param tolerance: how far, in seconds, its timestamp may be from now.
        """
        from kie_provider.webhooks import verify_webhook

        return verify_webhook(headers, body, self.config.webhook_hmac_key or "", tolerance=tolerance)


class _Refused(Exception):
    """A file host refused a download (401/403/404): not retried as such, but tried once via download-url."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class KieAsyncHook(_KieHookBase):
    """
    The async twin of :class:`KieHook` for triggers: same requests, same answers, ``aiohttp`` transport.

    :param kie_conn_id: the Airflow connection id.
    :param timeout: read timeout per request in seconds (overrides the connection's extra).
    :param max_retries: retries per request (overrides the connection's extra).
    """

    _config: KieConnectionConfig | None = None

    def use_config(self, config: KieConnectionConfig) -> None:
        """
        Use a configuration already read: the triggerer reads a connection once for the waits that start together.

        :param config: the connection's configuration.
        """
        self._config = config

    async def get_config(self) -> KieConnectionConfig:
        """The connection's configuration, read once without blocking the event loop."""
        if self._config is None:
            self._config = self._config_from(await self.aget_connection(self.kie_conn_id))
        return self._config

    async def _send_once(self, request: ApiRequest, config: KieConnectionConfig) -> Any:
        client = shared_async_client(config)
        where = f"kie.ai {request.name}"
        try:
            status, body, headers = await client.request(
                request.method, request.url, json=request.json, params=request.params
            )
        except (aiohttp.InvalidURL, UnicodeError) as exc:
            # Raised while the request is being prepared: nothing left the process.
            raise KieConnectionError(f"{where}: request not sent ({type(exc).__name__})", sent=False) from None
        except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as exc:
            raise KieConnectionError(f"{where}: could not connect ({type(exc).__name__})", sent=False) from None
        except TimeoutError:
            raise KieConnectionError(f"{where}: no answer within {config.timeout:g}s", sent=True) from None
        except aiohttp.ClientError as exc:
            raise KieConnectionError(
                f"{where}: connection lost before the answer ({type(exc).__name__})", sent=True
            ) from None
        return wire.parse_response(request, status, body, headers, config.secrets)

    async def _send(self, request: ApiRequest, config: KieConnectionConfig, deadline: float | None = None) -> Any:
        # The async twin of KieHook._with_retries: the same decisions, awaited instead of slept.
        policy = RetryPolicy.from_config(config)
        attempt = 0
        while True:
            attempt += 1
            try:
                return await self._send_once(request, config)
            except KieError as error:
                delay = self._retry_decision(request.name, error, attempt, policy, creates=request.creates)
                await asyncio.sleep(self._within_deadline(request.name, error, delay, deadline))

    async def get_task(self, task_id: str, *, retry: bool = True, family: str | None = None) -> KieTask:
        """
        Fetch one task's record.

        :param task_id: kie.ai's taskId.
        :param retry: retry transient failures inside this call (a trigger that polls anyway may not).
        :param family: the task's API family (``market`` when ``None``).
        """
        config = await self.get_config()
        api = get_family(family)
        request = wire.record_info_request(config, task_id, api)
        data = await (self._send(request, config) if retry else self._send_once(request, config))
        return wire.read_task(task_id, data, api)

    async def ask_veo_high_resolution(
        self, task_id: str, resolution: str, index: int | None = None, callback_url: str | None = None
    ) -> list[str]:
        """
        Ask once for the 1080p or 4K version of a finished Veo video: its URLs, or ``[]`` while it is made.

        A 4K upgrade is paid by its first request; kie.ai answers repeats with progress and charges nothing more.

        :param task_id: the Veo generation's taskId.
        :param resolution: ``"1080p"`` or ``"4k"``.
        :param index: which video of the task, if not the first.
        :param callback_url: for 4K, an http(s) URL kie.ai POSTs to when it is ready.
        """
        config = await self.get_config()
        request = wire.veo_high_resolution_request(config, resolution, task_id, index, callback_url)
        try:
            return wire.read_veo_high_resolution(resolution, await self._send(request, config))
        except KieValidationError as error:  # get-1080p-video answers 422 until the 1080p version is ready
            if resolution == "4k":
                raise
            self.log.info("kie.ai: %s", error.message)
            return []
