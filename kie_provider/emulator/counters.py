"""
What the emulator observed: counters of requests, tasks, callbacks and connections, and the log of
requests received (control requests excluded), for tests and benchmarks to assert on.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import Any

REQUEST_LOG_MAX = 100_000

COUNTER_NAMES = (
    "create_requests",
    "tasks_created",
    "record_info",
    "credit",
    "download_url",
    "uploads",
    "file_downloads",
    "rate_limited",
    "connections",
    "callbacks_sent",
    "callbacks_failed",
)


class Counters:
    """
    Named counters and the request log, guarded by the emulator's lock.

    :param lock: the emulator's lock.
    """

    def __init__(self, lock: threading.RLock) -> None:
        self._lock = lock
        self.reset()

    def reset(self) -> None:
        """Every counter back to 0, the log emptied."""
        with self._lock:
            self._counters: dict[str, int] = dict.fromkeys(COUNTER_NAMES, 0)
            self._request_log: deque[tuple[str, str, dict[str, str]]] = deque(maxlen=REQUEST_LOG_MAX)

    def count(self, name: str, n: int = 1) -> None:
        """
        Add to a counter.

        :param name: the counter.
        :param n: how much.
        """
        with self._lock:
            self._counters[name] = self._counters.get(name, 0) + n

    def log(self, method: str, path: str, headers: dict[str, str]) -> None:
        """
        Log a request, unless it is a control request.

        :param method: the HTTP method.
        :param path: the path with its query.
        :param headers: the request headers.
        """
        if path.startswith("/_emulator/"):
            return
        with self._lock:
            self._request_log.append((method, path, headers))

    def snapshot(self) -> dict[str, Any]:
        """A copy of the counters."""
        with self._lock:
            return dict(self._counters)

    def request_log(self) -> list[tuple[str, str, dict[str, str]]]:
        """A copy of the request log: ``(method, path, headers)``."""
        with self._lock:
            return [(m, p, dict(h)) for m, p, h in self._request_log]
