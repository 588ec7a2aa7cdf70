"""Process-wide pacing of the triggers' polls: at most ``[kie] trigger_polls_per_second`` per triggerer.

When a triggerer (re)starts it resumes every deferred kie.ai wait at once, and without pacing each of
them sends its first poll in the same instant: thousands of requests in one burst, which block the
triggerer's event loop (every other trigger in the process waits) and hit kie.ai as a spike. A
:class:`PollPacer` hands out send times at least ``1 / rate`` seconds apart, in the order they were
asked for, so a burst of N waits becomes N polls spread over ``N / rate`` seconds; under the rate it
adds no delay at all. The same bound keeps the steady load polite: however many waits one triggerer
holds, it sends kie.ai at most ``rate`` polls a second (each wait still polls no faster than its own
schedule says, and then less often as the waits outnumber the rate).

There is one pacer per event loop (the triggerer runs all its triggers in one), shared by every
:class:`~kie_provider.triggers.kie.KieTaskTrigger` in it.
"""

from __future__ import annotations

import asyncio
import time
import weakref

#: Polls per second one triggerer sends at most, unless ``[kie] trigger_polls_per_second`` says otherwise.
DEFAULT_POLLS_PER_SECOND = 200.0

_PACERS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, PollPacer] = weakref.WeakKeyDictionary()


class PollPacer:
    """
    Hand out send times at least ``1 / rate`` apart, first come first served.

    :param rate: polls per second at most; 0 or less turns pacing off.
    """

    def __init__(self, rate: float) -> None:
        self.rate = float(rate)
        self._gap = 1.0 / self.rate if self.rate > 0 else 0.0
        self._next = 0.0

    def reserve(self) -> float:
        """Take the next free send time; return the seconds to wait for it (0 when it is now)."""
        if self._gap <= 0:
            return 0.0
        now = time.monotonic()
        slot = max(now, self._next)
        self._next = slot + self._gap
        return slot - now

    async def wait(self, limit: float | None = None) -> None:
        """
        Wait for this caller's send time, but never longer than ``limit`` seconds.

        :param limit: the most to wait (a trigger's time left before its deadline); ``None`` for no limit.
        """
        delay = self.reserve()
        if limit is not None:
            delay = min(delay, max(0.0, limit))
        if delay > 0:
            await asyncio.sleep(delay)


def configured_rate() -> float:
    """The deployment's ``[kie] trigger_polls_per_second``, or :data:`DEFAULT_POLLS_PER_SECOND`."""
    from airflow.providers.common.compat.sdk import conf

    value = conf.get("kie", "trigger_polls_per_second", fallback="") or ""
    try:
        return float(value) if value.strip() else DEFAULT_POLLS_PER_SECOND
    except ValueError:
        return DEFAULT_POLLS_PER_SECOND


def poll_pacer() -> PollPacer:
    """The pacer of the running event loop, made on first use with the configured rate."""
    loop = asyncio.get_running_loop()
    pacer = _PACERS.get(loop)
    if pacer is None:
        pacer = _PACERS[loop] = PollPacer(configured_rate())
    return pacer
