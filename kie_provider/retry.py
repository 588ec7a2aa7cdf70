"""When a failed request is sent again, and after how long: one retry policy for every request, upload and download.

A request that may start a paid generation (createTask) is sent again only when kie.ai provably did
not accept it; everything else that a retry can fix is retried with exponential backoff and full
jitter, honouring ``Retry-After``. Nothing here does I/O; the limits are constructor arguments.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from kie_provider.config import (
    DEFAULT_BACKOFF_BASE,
    DEFAULT_BACKOFF_CAP,
    DEFAULT_MAX_RETRIES,
    LOGS_URL,
    KieConnectionConfig,
)
from kie_provider.exceptions import KieConnectionError, KieError, KieRateLimitError, KieTaskMaybeCreatedError

#: A 429 may be retried this many times ``max_retries`` (see :meth:`RetryPolicy.retries_for`).
#: A 429 is never charged, and many workers sharing one key may each lose the race for a freed slot several
#: windows in a row (seen at 200 mapped tasks on two Celery workers): the budget is generous on purpose.
RATE_LIMIT_RETRY_FACTOR = 10


@dataclass(frozen=True)
class RetryPolicy:
    """
    Exponential backoff with full jitter, honouring ``Retry-After``.

    :param max_retries: sends after the first one.
    :param base: the first backoff, in seconds.
    :param cap: the longest backoff, in seconds.
    :param rate_limit_factor: a 429 gets this many times ``max_retries`` retries.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    base: float = DEFAULT_BACKOFF_BASE
    cap: float = DEFAULT_BACKOFF_CAP
    rate_limit_factor: int = RATE_LIMIT_RETRY_FACTOR

    @classmethod
    def from_config(cls, config: KieConnectionConfig) -> RetryPolicy:
        """
        The policy a connection asks for (its ``max_retries``, ``backoff_base`` and ``backoff_cap``).

        :param config: the connection's configuration.
        """
        return cls(max_retries=config.max_retries, base=config.backoff_base, cap=config.backoff_cap)

    def delay(self, attempt: int, error: KieError) -> float:
        """
        Seconds to wait before send number ``attempt + 1``.

        :param attempt: sends made so far (1 after the first failure).
        :param error: the failure.
        """
        retry_after = getattr(error, "retry_after", None)
        backoff = random.uniform(0.5, 1.0) * min(self.cap, self.base * 2 ** (attempt - 1))
        if retry_after is not None:
            # A little later than asked, by a random share: clients told the same Retry-After do not all come
            # back in the same instant (and lose to each other again).
            return min(max(retry_after, backoff * 0.1) * random.uniform(1.0, 1.2), self.cap * 4)
        return backoff

    def retries_for(self, error: KieError) -> int:
        """
        How many retries a request that failed with ``error`` gets.

        :param error: the failure.
        """
        if isinstance(error, KieRateLimitError):
            # A 429 is never charged and kie.ai's window is 10 s: many workers sharing one key can
            # need several windows before their turn, so it gets more tries than other failures.
            return self.max_retries * self.rate_limit_factor
        return self.max_retries

    def should_retry(self, error: KieError, attempt: int, *, creates: bool = False) -> bool:
        """
        Whether to send a request again after ``error``.

        :param error: what went wrong.
        :param attempt: sends made so far.
        :param creates: the request may start a paid generation (createTask).
        """
        if attempt > self.retries_for(error) or not error.transient:
            return False
        if creates:
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


def never_connected(exc: BaseException) -> bool:
    """
    Whether a ``requests`` connection error happened before any byte of the request was sent.

    :param exc: the error ``requests`` raised.
    """
    from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError

    seen: set[int] = set()
    stack: list[Any] = [exc]
    while stack:
        item = stack.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, (NewConnectionError, ConnectTimeoutError, NameResolutionError)):
            return True
        if isinstance(item, BaseException):
            stack.extend([getattr(item, "reason", None), item.__cause__, item.__context__, *item.args])
    return False
