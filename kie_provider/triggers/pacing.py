"""What the triggers of one triggerer share: the pace of their polls, and one lookup per connection.

**Pace.** At most ``[kie] trigger_polls_per_second`` polls per triggerer.

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

**Wake-ups on a grid.** Every sleep of a wait (its pace turn, its schedule's interval) ends on the next
multiple of :data:`WAKE_GRID` seconds of the loop's clock, never earlier than asked. The polls that fall
in one grid step then run in one turn of the event loop, one wake-up of the process for all of them
instead of one each: a triggerer holding thousands of waits spends most of a poll's CPU on wake-ups
otherwise. A poll is at most :data:`WAKE_GRID` late, and the pace still holds (a send only moves later).

**Connection lookups.** 10,000 waits resumed at once would otherwise read their connection 10,000 times
(each a hop to a worker thread, a secrets-backend or database read). :func:`connection_config` reads each
connection once per event loop for every trigger that starts at the same time, and again after
:data:`CONFIG_TTL` seconds, so a rotated key reaches triggers that start later.
"""

from __future__ import annotations

import asyncio
import math
import time
import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kie_provider.config import KieConnectionConfig
    from kie_provider.hooks.kie import KieAsyncHook

#: Polls per second one triggerer sends at most, unless ``[kie] trigger_polls_per_second`` says otherwise.
DEFAULT_POLLS_PER_SECOND = 200.0

#: Seconds between the instants at which sleeping waits wake up (see :func:`sleep_on_grid`).
WAKE_GRID = 0.05

#: Seconds a connection's configuration, once read, serves the triggers that start after it.
CONFIG_TTL = 60.0

_PACERS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, PollPacer] = weakref.WeakKeyDictionary()
_CONFIGS: weakref.WeakKeyDictionary[
    asyncio.AbstractEventLoop, dict[str, tuple[float, asyncio.Future[KieConnectionConfig]]]
] = weakref.WeakKeyDictionary()


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
        if delay > 0:
            await sleep_on_grid(delay, limit)


async def sleep_on_grid(delay: float, limit: float | None = None) -> None:
    """
    Sleep at least ``delay`` seconds, until the next multiple of :data:`WAKE_GRID` of the loop's clock.

    :param delay: the least to sleep, seconds.
    :param limit: the most to sleep (a wait's time left before its deadline); ``None`` for no limit.
    """
    loop = asyncio.get_running_loop()
    now = loop.time()
    seconds = math.ceil((now + max(0.0, delay)) / WAKE_GRID) * WAKE_GRID - now
    if limit is not None:
        seconds = min(seconds, max(0.0, limit))
    await asyncio.sleep(seconds)


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


async def connection_config(hook: KieAsyncHook) -> KieConnectionConfig:
    """
    ``hook``'s connection configuration, read once for every trigger of this event loop that needs it now.

    Callers that ask while a read is under way wait for that read; a failed read is not kept (the next
    caller reads again), and a good one serves for :data:`CONFIG_TTL` seconds.

    :param hook: the trigger's hook; its ``kie_conn_id`` names the connection.
    """
    loop = asyncio.get_running_loop()
    cache = _CONFIGS.setdefault(loop, {})
    entry = cache.get(hook.kie_conn_id)
    now = time.monotonic()
    if entry is None or entry[0] <= now or (entry[1].done() and entry[1].exception() is not None):
        future: asyncio.Future[KieConnectionConfig] = loop.create_future()
        cache[hook.kie_conn_id] = (now + CONFIG_TTL, future)
        try:
            future.set_result(await hook.get_config())
        except BaseException as error:
            cache.pop(hook.kie_conn_id, None)
            future.set_exception(error)
            future.exception()  # retrieved: waiters re-raise it, no "never retrieved" warning
            raise
        return future.result()
    return await asyncio.shield(entry[1])
