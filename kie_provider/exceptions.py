"""Typed errors of the kie.ai provider: one class per kind of failure, all under :class:`KieError`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from airflow.providers.common.compat.sdk import AirflowException, AirflowFailException

if TYPE_CHECKING:
    from kie_provider.models import KieTask


class KieError(AirflowException):
    """
    Base class of every kie.ai error.

    :param message: what happened and what to do about it; never contains the API key.
    :param code: kie.ai's envelope code (or HTTP status) when there is one.
    """

    #: Whether retrying the same call later can succeed (used by the hook's own retries).
    transient: bool = False

    def __init__(self, message: str, *, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        # Keep keyword-only arguments across pickling (Airflow ships exceptions between processes).
        return (_rebuild, (type(self), self.message, dict(self.__dict__)))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={self.message!r})"


def _rebuild(cls: type[KieError], message: str, state: dict[str, Any]) -> KieError:
    err = cls.__new__(cls)
    Exception.__init__(err, message)
    err.__dict__.update(state)
    return err


class KiePermanentError(KieError, AirflowFailException):
    """An error that a retry cannot fix: the Airflow task fails at once, without spending its retries."""


class KieAuthError(KiePermanentError):
    """401: the API key is missing or wrong. Fix the ``kie`` connection's password (the API key)."""


class KieInsufficientCreditsError(KiePermanentError):
    """402: the account has too few credits. Top up at https://kie.ai/billing and re-run."""


class KieNotFoundError(KieError):
    """404: the task ID or endpoint is unknown to kie.ai."""


class KieValidationError(KiePermanentError):
    """
    422 from kie.ai, or input rejected before any request was sent.

    :param message: the whole report, one line per problem.
    :param code: 422 when kie.ai said it, ``None`` when found client-side.
    :param problems: ``(field, given value, what is allowed)`` for each problem found client-side.
    """

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        problems: list[tuple[str, Any, str]] | None = None,
    ) -> None:
        super().__init__(message, code=code)
        self.problems = problems or []

    @property
    def fields(self) -> list[str]:
        """Names of the fields that have a problem."""
        return [name for name, _, _ in self.problems]


class KieRateLimitError(KieError):
    """
    429: more than kie.ai's rate limit (20 new tasks per 10 s). The request was rejected, not queued.

    :param message: what happened.
    :param code: 429.
    :param retry_after: seconds the server asked to wait, if it said.
    """

    transient = True

    def __init__(self, message: str, *, code: int | None = 429, retry_after: float | None = None) -> None:
        super().__init__(message, code=code)
        self.retry_after = retry_after


class KieServiceUnavailableError(KieError):
    """455 (maintenance), 5xx, a connection that failed or timed out: kie.ai could not answer now."""

    transient = True


class KieInvalidResponseError(KieServiceUnavailableError):
    """kie.ai answered with something that is not its JSON envelope (an HTML error page, truncated JSON)."""


class KieTaskMaybeCreatedError(KiePermanentError):
    """
    A createTask request reached kie.ai but no answer came back: the task may exist and be charged.

    It is not retried, so that one piece of work is never paid twice. Look for the task in the kie.ai
    logs (https://kie.ai/logs) before running the Airflow task again.
    """


class KieFeatureDisabledError(KiePermanentError):
    """505: the feature or model is disabled for this account."""


class KieTaskFailedError(KieError):
    """
    The generation ended in state ``fail`` on kie.ai's side.

    An Airflow retry submits a new generation (the failed one was not charged).

    :param message: a summary naming the task, its ``failCode`` and ``failMsg``.
    :param code: the envelope code, if any.
    :param fail_code: kie.ai's ``failCode``.
    :param fail_msg: kie.ai's ``failMsg``.
    :param task: the task record.
    """

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        fail_code: str | None = None,
        fail_msg: str | None = None,
        task: KieTask | None = None,
    ) -> None:
        super().__init__(message, code=code)
        self.fail_code = fail_code
        self.fail_msg = fail_msg
        self.task = task


class KieTimeoutError(KieError):
    """The task did not finish within the allowed time. A durable operator's retry reattaches to the same task."""


ERRORS_BY_CODE: dict[int, type[KieError]] = {
    401: KieAuthError,
    402: KieInsufficientCreditsError,
    404: KieNotFoundError,
    422: KieValidationError,
    429: KieRateLimitError,
    455: KieServiceUnavailableError,
    501: KieTaskFailedError,
    505: KieFeatureDisabledError,
}

ADVICE_BY_CODE: dict[int, str] = {
    401: "check the API key in the password of the kie connection",
    402: "add credits to the kie.ai account, then re-run",
    404: "check the task ID; kie.ai keeps task records for 2 months",
    422: "fix the input named in the message",
    429: "too many new tasks: kie.ai allows 20 per 10 seconds; use an Airflow pool to pace submissions",
    455: "kie.ai is under maintenance; this is retried",
    505: "the feature is disabled for this account; contact kie.ai support",
}


def error_for_code(code: int, message: str, *, retry_after: float | None = None) -> KieError:
    """
    Build the typed error for a kie.ai envelope ``code``.

    :param code: the envelope code (or the HTTP status where the body has none).
    :param message: kie.ai's ``msg``/``message``.
    :param retry_after: ``Retry-After`` in seconds, for 429.
    """
    cls: type[KieError]
    if code in ERRORS_BY_CODE:
        cls = ERRORS_BY_CODE[code]
    elif code >= 500:
        cls = KieServiceUnavailableError
    else:
        cls = KieError
    # Neutral on purpose: a 5xx read is retried, but a 5xx createTask is not (it may have been accepted).
    advice = ADVICE_BY_CODE.get(code) or ("a kie.ai server error, usually temporary" if code >= 500 else "")
    text = f"kie.ai answered {code}: {message or 'no message'}" + (f" ({advice})" if advice else "")
    if cls is KieRateLimitError:
        return KieRateLimitError(text, code=code, retry_after=retry_after)
    return cls(text, code=code)


class KieConnectionError(KieServiceUnavailableError):
    """
    The HTTP exchange with kie.ai failed: no connection, a timeout, or a connection cut mid-answer.

    :param message: what failed.
    :param sent: ``False`` only when the request provably never reached kie.ai (the connection could
        not be opened), which is what makes a createTask safe to send again.
    :param code: an HTTP status, if one was seen.
    """

    def __init__(self, message: str, *, sent: bool = True, code: int | None = None) -> None:
        super().__init__(message, code=code)
        self.sent = sent


class KieWebhookVerificationError(KiePermanentError):
    """
    A kie.ai callback failed verification: a missing header, a bad or stale timestamp, a wrong signature,
    a malformed body or no taskId. Do not trust its content; answer it with 401.

    :param message: which check failed (never the key, never the expected signature).
    :param check: a short name of the failed check (``missing_header``, ``bad_timestamp``, ``stale``,
        ``bad_signature``, ``malformed_body``, ``no_task_id``, ``no_key``).
    :param code: unused by the verifier; kept so the error rebuilds like every ``KieError``.
    """

    def __init__(self, message: str, *, check: str, code: int | None = None) -> None:
        super().__init__(message, code=code)
        self.check = check


class KieDownloadError(KieError):
    """
    A generated file could not be fetched or stored; an Airflow retry downloads it again (no new generation).

    :param message: which file, from where, to where and what went wrong.
    :param transient: whether fetching again soon may succeed (the download is retried inline).
    :param code: the file host's HTTP status, if any.
    """

    def __init__(self, message: str, *, transient: bool = False, code: int | None = None) -> None:
        super().__init__(message, code=code)
        self.transient = transient
