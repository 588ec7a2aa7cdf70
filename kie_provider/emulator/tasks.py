"""
The task lifecycle: creating tasks, their states over time (``waiting → queuing → generating →
success | fail``), the one scheduler thread that settles them when they end, credits, the
per-key create rate limit, and the signed callbacks sent on settlement.

States are computed from the time since creation, so nothing needs a thread per task.
"""

from __future__ import annotations

import contextlib
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
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from kie_provider.catalogue import CATALOGUE, validate_input
from kie_provider.emulator.counters import Counters
from kie_provider.emulator.faults import DEFAULT_MESSAGES
from kie_provider.emulator.httpd import ClientError, Headers, Response, is_http_url, json_response, number
from kie_provider.exceptions import KieValidationError
from kie_provider.webhooks import SIGNATURE_HEADER, TIMESTAMP_HEADER, signature

UNKNOWN_MODEL_PRICE = 10.0
CALLBACK_TIMEOUT = 5.0
FAIL_MARKER = "[[fail]]"
HANG_MARKER = "[[hang]]"


@dataclass
class _FailOrder:
    remaining: int
    model: str | None
    fail_code: str
    fail_msg: str


@dataclass
class Task:
    """One task and its timeline; its state at a moment is computed from ``created`` and the durations."""

    task_id: str
    model: str
    request: dict[str, Any]
    callback_url: str | None
    created: float
    waiting: float
    queuing: float
    generating: float
    hang: bool
    fail: tuple[str, str] | None
    price: float
    result_count: int
    extension: str
    output_type: str
    settled: bool = False
    complete: float | None = None
    consume: float = 0.0
    remained: float | None = None

    @property
    def end(self) -> float:
        """When the task settles (unless it hangs)."""
        return self.created + self.waiting + self.queuing + self.generating


def _ms(t: float) -> int:
    return int(round(t * 1000))


class TaskBook:
    """
    Every task, the settle schedule, the credits and the rate-limit windows.

    :param lock: the emulator's lock.
    :param counters: where to count tasks, rate-limited creates and callbacks.
    :param base_url: returns the emulator's URL (for result URLs).
    :param credits: the starting credits.
    :param durations: seconds a task spends ``(waiting, queuing, generating)``.
    :param duration_fn: ``(model, input) -> total seconds or None``.
    :param rate_limit: ``(creates, window seconds)`` per API key; ``None`` disables it.
    :param retry_after_header: whether a 429 carries ``Retry-After``.
    :param webhook_hmac_key: if set, callbacks are signed.
    """

    def __init__(
        self,
        *,
        lock: threading.RLock,
        counters: Counters,
        base_url: Callable[[], str],
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
            self._heap: list[tuple[float, int, str]] = []
            self._fail_orders: list[_FailOrder] = []
            self._windows: dict[str, deque[float]] = {}
            self._created_requests: list[dict[str, Any]] = []
            self._by_model: dict[str, int] = {}
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
        """Every known task's current record, by taskId."""
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
        with self._lock:
            self._credits = float(value)

    def output(self, task_id: str) -> Task | None:
        """
        The task whose files are served under ``task_id``, if it succeeded (records may be forgotten).

        :param task_id: the taskId.
        """
        self.settle()
        with self._lock:
            task = self._outputs.get(task_id)
            if task is None or not task.settled or task.fail is not None:
                return None
            return task

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

    # --- createTask and recordInfo ----------------------------------------------------------
    def create(self, request: dict[str, Any], headers: Headers) -> Response:
        """
        Answer a createTask request.

        :param request: the JSON body.
        :param headers: the request headers (the API key keys the rate limit).
        """
        key = (headers.get("Authorization") or "").partition(" ")[2].strip()
        limited = self._check_rate(key)
        if limited is not None:
            return limited
        model = request.get("model")
        if not isinstance(model, str) or not model.strip():
            raise ClientError(422, "model is required")
        callback = request.get("callBackUrl")
        if callback is not None and not is_http_url(callback):
            raise ClientError(422, f"callBackUrl must be an http(s) URL, got {callback!r}")
        raw_input = request.get("input")
        if not isinstance(raw_input, dict):
            raise ClientError(422, "input is required and must be a JSON object")
        wire_input = _strict_input(model, raw_input)
        spec = CATALOGUE.get(model)
        price = float(spec.credits) if spec else UNKNOWN_MODEL_PRICE
        output_type = spec.output_type if spec else "image/png"
        extension = spec.output_extension if spec else ".png"
        count = 1
        if isinstance(wire_input.get("max_images"), int):
            count = max(1, int(wire_input["max_images"]))
        recorded = dict(request)
        recorded["input"] = wire_input
        prompt = str(wire_input.get("prompt") or "")
        total = self.duration_fn(model, wire_input) if self.duration_fn else None
        waiting, queuing, generating = self.durations
        if total is not None:
            natural = waiting + queuing + generating
            scale = (total / natural) if natural > 0 else 0.0
            waiting, queuing, generating = (
                (waiting * scale, queuing * scale, generating * scale) if natural > 0 else (0.0, 0.0, total)
            )
        with self._cond:
            if self._credits < price:
                raise ClientError(402, DEFAULT_MESSAGES[402])
            fail: tuple[str, str] | None = None
            if FAIL_MARKER in prompt:
                fail = ("500", "Internal server error")
            for order in self._fail_orders:
                if order.remaining > 0 and order.model in (None, model):
                    order.remaining -= 1
                    fail = (order.fail_code, order.fail_msg)
                    break
            self._fail_orders = [o for o in self._fail_orders if o.remaining > 0]
            task = Task(
                task_id=uuid.uuid4().hex,
                model=model,
                request=recorded,
                callback_url=callback,
                created=time.time(),
                waiting=waiting,
                queuing=queuing,
                generating=generating,
                hang=HANG_MARKER in prompt,
                fail=fail,
                price=price,
                result_count=count,
                extension=extension,
                output_type=output_type,
            )
            self._tasks[task.task_id] = task
            self._outputs[task.task_id] = task
            if not task.hang:
                heapq.heappush(self._heap, (task.end, next(self._seq), task.task_id))
                self._cond.notify_all()
            self._counters.count("tasks_created")
            self._by_model[model] = self._by_model.get(model, 0) + 1
            self._created_requests.append(json.loads(json.dumps(request)))
        return json_response(200, "success", {"taskId": task.task_id}, key="message")

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

    def record_info(self, task_id: str) -> Response:
        """
        Answer a recordInfo request.

        :param task_id: the ``taskId`` query parameter.
        """
        if not task_id:
            raise ClientError(422, "taskId is required")
        self.settle()
        with self._lock:
            task = self._tasks.get(task_id)
            if task is None:
                return json_response(404, "task not found")
            record = self._record(task, time.time())
        return json_response(200, "success", record)

    def _record(self, task: Task, now: float) -> dict[str, Any]:
        elapsed = now - task.created
        if task.settled:
            state = "fail" if task.fail else "success"
            updated = task.complete or task.end
        elif elapsed < task.waiting:
            state, updated = "waiting", task.created
        elif elapsed < task.waiting + task.queuing:
            state, updated = "queuing", task.created + task.waiting
        else:
            state, updated = "generating", task.created + task.waiting + task.queuing
        record: dict[str, Any] = {
            "taskId": task.task_id,
            "model": task.model,
            "state": state,
            "param": json.dumps(task.request, ensure_ascii=False, separators=(",", ":")),
            "createTime": _ms(task.created),
            "updateTime": _ms(updated),
        }
        if task.settled:
            if task.fail:
                record["failCode"], record["failMsg"] = task.fail
            else:
                base = self._base_url()
                urls = [f"{base}/files/{task.task_id}/{i}{task.extension}" for i in range(task.result_count)]
                record["resultJson"] = json.dumps({"resultUrls": urls}, separators=(",", ":"))
            record["costTime"] = 0 if task.fail else max(1, int(round(task.end - task.created)))
            record["consumeCredits"] = number(task.consume)
            record["remainedCredits"] = number(task.remained if task.remained is not None else self._credits)
            record["completeTime"] = _ms(task.complete or task.end)
        else:
            record["resultJson"] = ""
            record["failCode"] = ""
            record["failMsg"] = ""
        return record

    # --- settlement and callbacks -----------------------------------------------------------
    def _settle_due(self) -> list[tuple[str, dict[str, Any], str]]:
        """Settle every task whose end has passed; return the callbacks to send."""
        jobs: list[tuple[str, dict[str, Any], str]] = []
        with self._lock:
            now = time.time()
            while self._heap and self._heap[0][0] <= now:
                _, _, task_id = heapq.heappop(self._heap)
                task = self._tasks.get(task_id)
                if task is None or task.settled:
                    continue
                task.settled = True
                task.complete = task.end
                if task.fail is None:
                    self._credits -= task.price
                    task.consume = task.price
                task.remained = self._credits
                if task.callback_url:
                    record = self._record(task, now)
                    code, msg = (
                        (501, "Playground task failed.")
                        if task.fail
                        else (200, "Playground task completed successfully.")
                    )
                    payload = {"code": code, "msg": msg, "data": record}
                    jobs.append((task.callback_url, payload, task_id))
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


def _strict_input(model: str, raw: dict[str, Any]) -> dict[str, Any]:
    """Accept only input already in wire form; return it with kie.ai's own defaults filled in."""
    spec = CATALOGUE.get(model)
    if spec is None:
        return dict(raw)
    try:
        wire = validate_input(model, raw)
    except KieValidationError as exc:
        raise ClientError(422, exc.message) from exc
    problems = []
    for name in raw:
        # A name only in ``wire`` is a default the catalogue filled in, which kie.ai does too.
        if name not in wire:
            problems.append(f"{name}: got {raw[name]!r}; leave an optional field out instead of null")
            continue
        if json.dumps(wire[name], sort_keys=True) != json.dumps(raw[name], sort_keys=True):
            problems.append(
                f"{name}: got {raw[name]!r} ({type(raw[name]).__name__}); "
                f"kie.ai expects {wire[name]!r} ({type(wire[name]).__name__})"
            )
    if problems:
        raise ClientError(422, f"invalid input for model {model!r}: " + "; ".join(problems))
    return {**raw, **{k: v for k, v in wire.items() if k not in raw}}
