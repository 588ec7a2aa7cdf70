"""
The task lifecycle: creating tasks, their phases over time (``waiting → queuing → generating →
success | fail``), the one scheduler thread that settles them when they end, credits, the shared
per-key create rate limit, and the signed callbacks.

What differs between kie.ai's API families (the Market API, Veo, Suno, Runway...) is not here: a
:class:`Family` is data (its endpoints) plus a small :class:`Adapter` that validates a create
request into a :class:`Spec` and renders a task's :class:`View` in the family's encoding (its
status values, result fields and callback shape). Phases are computed from the time since
creation, so nothing needs a thread per task.
"""

from __future__ import annotations

import contextlib
import dataclasses
import heapq
import itertools
import json
import math
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import deque
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from kie_provider.emulator.book import Family, Task, View
from kie_provider.emulator.counters import Counters
from kie_provider.emulator.faults import DEFAULT_MESSAGES
from kie_provider.emulator.httpd import ClientError, Headers, Response, json_response
from kie_provider.emulator.schemas import dedicated_problems
from kie_provider.webhooks import SIGNATURE_HEADER, TIMESTAMP_HEADER, signature

CALLBACK_TIMEOUT = 5.0
FAIL_MARKER = "[[fail]]"
HANG_MARKER = "[[hang]]"


@dataclass
class _FailOrder:
    remaining: int
    model: str | None
    fail_code: str
    fail_msg: str


class TaskBook:
    """
    Every task of every family, the settle schedule, the credits and the rate-limit windows.

    :param lock: the emulator's lock.
    :param counters: where to count tasks, rate-limited creates and callbacks.
    :param base_url: returns the emulator's URL (for result URLs).
    :param families: the families, by name.
    :param credits: the starting credits.
    :param durations: seconds a task spends ``(waiting, queuing, generating)``.
    :param duration_fn: ``(model, input) -> total seconds or None``.
    :param rate_limit: ``(creates, window seconds)`` per API key, shared by all families; ``None``
        disables it.
    :param retry_after_header: whether a 429 carries ``Retry-After``.
    :param webhook_hmac_key: if set, callbacks are signed.
    """

    def __init__(
        self,
        *,
        lock: threading.RLock,
        counters: Counters,
        base_url: Callable[[], str],
        families: Mapping[str, Family],
        credits: float,
        durations: tuple[float, ...],
        duration_fn: Callable[[str, dict[str, Any]], float | None] | None,
        rate_limit: tuple[int, float] | None,
        retry_after_header: bool,
        webhook_hmac_key: str | None,
    ) -> None:
        self._lock = lock
        self._cond = threading.Condition(lock)
        self._counters = counters
        self._base_url = base_url
        self.families = families
        self.initial_credits = float(credits)
        self.durations = durations
        self.duration_fn = duration_fn
        self.rate_limit = rate_limit
        self.retry_after_header = retry_after_header
        self.webhook_hmac_key = webhook_hmac_key
        self._seq = itertools.count()
        self._sender: ThreadPoolExecutor | None = None
        self._scheduler: threading.Thread | None = None
        self._stopping = False
        self.reset()

    def reset(self) -> None:
        """Forget every task, order and window; credits back to the starting value."""
        with self._cond:
            self._credits = self.initial_credits
            self._tasks: dict[str, Task] = {}
            # Generated files outlive forget_task, as kie.ai keeps media 14 days after the record.
            self._outputs: dict[str, Task] = {}
            # (when, seq, taskId, milestone or None for the settlement)
            self._heap: list[tuple[float, int, str, str | None]] = []
            self._fail_orders: list[_FailOrder] = []
            self._windows: dict[str, deque[float]] = {}
            self._created_requests: list[dict[str, Any]] = []
            self._by_model: dict[str, int] = {}
            # (kind, parent taskId, key) -> taskId of a derived task (a Veo 4K upgrade)
            self._derived: dict[tuple[str, str, Any], str] = {}
            self._cond.notify_all()

    # --- the scheduler thread and the callback pool -----------------------------------------
    def start(self) -> None:
        """Start the scheduler thread and the callback sender pool."""
        self._stopping = False
        self._sender = ThreadPoolExecutor(max_workers=8, thread_name_prefix="kie-emulator-callback")
        self._scheduler = threading.Thread(target=self._scheduler_loop, name="kie-emulator-scheduler", daemon=True)
        self._scheduler.start()

    def signal_stop(self) -> None:
        """Tell the scheduler thread to end."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()

    def join(self) -> None:
        """Wait for the scheduler thread, then for the callbacks in flight."""
        if self._scheduler is not None:
            self._scheduler.join(timeout=10)
            self._scheduler = None
        if self._sender is not None:
            self._sender.shutdown(wait=True, cancel_futures=True)
            self._sender = None

    def _scheduler_loop(self) -> None:
        while True:
            with self._cond:
                if self._stopping:
                    return
                jobs = self._settle_due()
                if not jobs:
                    timeout = max(0.0, self._heap[0][0] - time.time()) if self._heap else None
                    self._cond.wait(timeout)
                    continue
            self._send_callbacks(jobs)

    def settle(self) -> None:
        """Settle every task whose end has passed and send their callbacks, before answering about them."""
        self._send_callbacks(self._settle_due())

    # --- observation ------------------------------------------------------------------------
    def by_model(self) -> dict[str, int]:
        """Tasks created per model."""
        with self._lock:
            return dict(self._by_model)

    def created_requests(self) -> list[dict[str, Any]]:
        """The JSON bodies of the accepted create requests, in order, exactly as received."""
        with self._lock:
            copied: list[dict[str, Any]] = json.loads(json.dumps(self._created_requests))
            return copied

    def records(self) -> dict[str, dict[str, Any]]:
        """Every known task's current record in its family's encoding, by taskId."""
        self.settle()
        with self._lock:
            now = time.time()
            return {tid: self._record(task, now) for tid, task in self._tasks.items()}

    @property
    def credits(self) -> float:
        """The account's remaining credits."""
        self.settle()
        with self._lock:
            return self._credits

    @credits.setter
    def credits(self, value: float) -> None:
        """
        Set the account's credits.

        :param value: the new balance.
        """
        with self._lock:
            self._credits = float(value)

    def output(self, task_id: str) -> tuple[Task, int] | None:
        """
        The task whose files are served under ``task_id`` and how many are ready (records may be forgotten).

        :param task_id: the taskId.
        """
        self.settle()
        with self._lock:
            task = self._outputs.get(task_id)
            if task is None:
                return None
            ready = len(self._view(task, time.time()).urls)
            return (task, ready) if ready else None

    def derived(self, kind: str, parent: str, key: Any) -> Task | None:
        """
        The task derived from ``parent`` by ``kind`` under ``key``, if one was created.

        :param kind: the create endpoint that derived it.
        :param parent: the original taskId.
        :param key: what distinguishes it (an index).
        """
        with self._lock:
            task_id = self._derived.get((kind, parent, key))
            return None if task_id is None else self._tasks.get(task_id)

    def find(self, family: str, task_id: str) -> Task | None:
        """
        A known task of ``family``, settled first if due.

        :param family: the family's name.
        :param task_id: the taskId.
        """
        self.settle()
        with self._lock:
            task = self._tasks.get(task_id)
            return task if task is not None and task.family == family else None

    def view(self, task: Task, now: float | None = None) -> View:
        """
        A task at ``now`` (default: this moment), as adapters render it.

        :param task: the task.
        :param now: the moment.
        """
        return self._view(task, time.time() if now is None else now)

    # --- control ----------------------------------------------------------------------------
    def fail_next(self, n: int, model: str | None, fail_code: str, fail_msg: str) -> None:
        """
        Make the next ``n`` created tasks (of ``model``, if given) fail.

        :param n: how many tasks.
        :param model: only tasks of this model; ``None`` for any.
        :param fail_code: the records' ``failCode``.
        :param fail_msg: the records' ``failMsg``.
        """
        with self._lock:
            self._fail_orders.append(_FailOrder(int(n), model, str(fail_code), fail_msg))

    def forget(self, task_id: str) -> bool:
        """
        Forget a task's record; returns whether it existed.

        :param task_id: the taskId.
        """
        with self._lock:
            return self._tasks.pop(task_id, None) is not None

    # --- create and record ------------------------------------------------------------------
    def create(
        self,
        family: str,
        request: dict[str, Any],
        headers: Headers,
        kind: str = "generate",
        parent: str | None = None,
        derive_key: Any = None,
    ) -> Response:
        """
        Answer a create request of ``family``: rate limit, validation, credits, then a new task.

        :param family: the family's name.
        :param request: the JSON body.
        :param headers: the request headers (the API key keys the rate limit).
        :param kind: which create endpoint.
        :param parent: the task this one derives from (an extension, an upgrade).
        :param derive_key: if set, :meth:`derived` finds the new task under ``(kind, parent, derive_key)``.
        """
        key = (headers.get("Authorization") or "").partition(" ")[2].strip()
        limited = self._check_rate(key)
        if limited is not None:
            return limited
        adapter = self.families[family].adapter
        self._judge(family, kind, request)
        spec = adapter.parse(request, kind)
        waiting, queuing, generating = self._phases(spec)
        with self._cond:
            if self._credits < spec.price:
                raise ClientError(402, DEFAULT_MESSAGES[402])
            fail = self._ordered_failure(spec)
            task = Task(
                task_id=uuid.uuid4().hex,
                family=family,
                kind=kind,
                parent=parent,
                spec=spec,
                created=time.time(),
                waiting=waiting,
                queuing=queuing,
                generating=generating,
                hang=HANG_MARKER in spec.prompt,
                fail=fail,
            )
            self._tasks[task.task_id] = task
            self._outputs[task.task_id] = task
            if parent is not None and derive_key is not None:
                self._derived[(kind, parent, derive_key)] = task.task_id
            if not task.hang:
                heapq.heappush(self._heap, (task.end, next(self._seq), task.task_id, None))
                if fail is None:
                    for name, fraction, _ in adapter.milestones:
                        when = task.generating_since + fraction * task.generating
                        heapq.heappush(self._heap, (when, next(self._seq), task.task_id, name))
                self._cond.notify_all()
            self._counters.count("tasks_created")
            self._by_model[spec.model] = self._by_model.get(spec.model, 0) + 1
            self._created_requests.append(json.loads(json.dumps(request)))
        return adapter.created(task)

    def _judge(self, family: str, kind: str, request: dict[str, Any]) -> None:
        """Refuse (422 naming each problem) a dedicated API's body its documented schema refuses."""
        entry = self.families[family]
        routes = {**entry.create, **entry.extra}
        route = next((r for name, r in routes.items() if name.rpartition("/")[2] == kind), None)
        if route is None or route[0] != "POST":
            return
        problems = dedicated_problems(route[1], request)
        if problems:
            raise ClientError(422, f"invalid request for {route[1]}: " + "; ".join(problems))

    def _check_rate(self, key: str) -> Response | None:
        if self.rate_limit is None:
            return None
        limit, window = self.rate_limit
        now = time.monotonic()
        with self._lock:
            stamps = self._windows.setdefault(key, deque())
            while stamps and stamps[0] <= now - window:
                stamps.popleft()
            if len(stamps) < limit:
                stamps.append(now)
                return None
            self._counters.count("rate_limited")
            wait = max(1, math.ceil(stamps[0] + window - now))
        response = json_response(429, DEFAULT_MESSAGES[429], status=429)
        if self.retry_after_header:
            response.headers["Retry-After"] = str(wait)
        return response

    def record_info(self, family: str, task_id: str) -> Response:
        """
        Answer a record request of ``family``.

        :param family: the family's name.
        :param task_id: the ``taskId`` query parameter.
        """
        if not task_id:
            raise ClientError(422, "taskId is required")
        self.settle()
        per_second = self.families[family].record_per_second
        with self._lock:
            task = self._tasks.get(task_id)
            if task is None or task.family != family:
                return json_response(404, "task not found")
            now = time.time()
            if per_second is not None:
                while task.queries and task.queries[0] <= now - 1.0:
                    task.queries.popleft()
                if len(task.queries) >= per_second:
                    self._counters.count("rate_limited")
                    response = json_response(429, f"at most {per_second:g} queries per second per task", status=429)
                    if self.retry_after_header:
                        response.headers["Retry-After"] = "1"
                    return response
                task.queries.append(now)
            record = self._record(task, now)
        return json_response(200, "success", record)

    def _view(self, task: Task, now: float) -> View:
        elapsed = now - task.created
        milestone: str | None = None
        ready = 0
        if task.settled:
            phase = "fail" if task.fail else "success"
            updated = task.complete or task.end
        elif elapsed < task.waiting:
            phase, updated = "waiting", task.created
        elif elapsed < task.waiting + task.queuing:
            phase, updated = "queuing", task.created + task.waiting
        else:
            phase, updated = "generating", task.generating_since
            if task.fail is None and not task.hang:
                for name, fraction, files in self.families[task.family].adapter.milestones:
                    when = task.generating_since + fraction * task.generating
                    if when <= now:
                        milestone, updated, ready = name, when, files
        if phase == "success":
            ready = task.spec.result_count
        urls: list[str] = []
        side_urls: dict[str, list[str]] = {}
        if ready:
            base = f"{self._base_url()}/files/{task.task_id}/"
            count = ready
            urls = [f"{base}{i}{task.spec.extension}" for i in range(count)]
            side_urls = {ext: [f"{base}{i}{ext}" for i in range(count)] for ext in task.spec.side_files}
        return View(task, phase, milestone, updated, urls, side_urls, now)

    def _record(self, task: Task, now: float) -> dict[str, Any]:
        return self.families[task.family].adapter.record(self._view(task, now))

    def _phases(self, spec: Any) -> tuple[float, float, float]:
        """Seconds the task spends waiting, queuing and generating (``duration_fn`` scales the total)."""
        total = self.duration_fn(spec.model, spec.duration_input) if self.duration_fn else None
        waiting, queuing, generating = self.durations
        if total is None:
            return waiting, queuing, generating
        natural = waiting + queuing + generating
        if natural <= 0:
            return 0.0, 0.0, total
        scale = total / natural
        return waiting * scale, queuing * scale, generating * scale

    def _ordered_failure(self, spec: Any) -> tuple[str, str] | None:
        """The failure a new task of ``spec`` is to end with (a marker in its prompt, or a fail order), if any."""
        fail: tuple[str, str] | None = None
        if FAIL_MARKER in spec.prompt:
            fail = ("500", "Internal server error")
        for order in self._fail_orders:
            if order.remaining > 0 and order.model in (None, spec.model):
                order.remaining -= 1
                fail = (order.fail_code, order.fail_msg)
                break
        self._fail_orders = [o for o in self._fail_orders if o.remaining > 0]
        return fail

    # --- settlement and callbacks -----------------------------------------------------------
    def _settle_due(self) -> list[tuple[str, dict[str, Any], str]]:
        """Settle every task whose end has passed (and pass due milestones); return the callbacks to send."""
        jobs: list[tuple[str, dict[str, Any], str]] = []
        with self._lock:
            now = time.time()
            while self._heap and self._heap[0][0] <= now:
                _, _, task_id, milestone = heapq.heappop(self._heap)
                task = self._tasks.get(task_id)
                if task is None or task.settled:
                    continue
                if milestone is None:
                    task.settled = True
                    task.complete = task.end
                    if task.fail is None:
                        self._credits -= task.spec.price
                        task.consume = task.spec.price
                    task.remained = self._credits
                if task.spec.callback_url:
                    view = dataclasses.replace(self._view(task, now), milestone=milestone)
                    payload = self.families[task.family].adapter.callback(view)
                    if payload is not None:
                        # Signed with the taskId the body names (a 4K callback names the original).
                        data = payload.get("data")
                        data = data if isinstance(data, dict) else {}
                        signed = str(data.get("taskId") or data.get("task_id") or task_id)
                        jobs.append((task.spec.callback_url, payload, signed))
        return jobs

    def _send_callbacks(self, jobs: list[tuple[str, dict[str, Any], str]]) -> None:
        sender = self._sender
        if sender is None:
            return
        for job in jobs:
            with contextlib.suppress(RuntimeError):  # the pool is shutting down
                sender.submit(self._post_callback, *job)

    def _post_callback(self, url: str, payload: dict[str, Any], task_id: str) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode()
        request = urllib.request.Request(url, data=body, method="POST")
        request.add_header("Content-Type", "application/json")
        if self.webhook_hmac_key:
            timestamp = str(int(time.time()))
            request.add_header(TIMESTAMP_HEADER, timestamp)
            request.add_header(SIGNATURE_HEADER, signature(self.webhook_hmac_key, task_id, timestamp))
        try:
            with urllib.request.urlopen(request, timeout=CALLBACK_TIMEOUT) as answer:
                answer.read()
            self._counters.count("callbacks_sent")
        except urllib.error.HTTPError:
            # The receiver answered (with an error status): the callback was still delivered.
            self._counters.count("callbacks_sent")
        except (OSError, ValueError):
            self._counters.count("callbacks_failed")
