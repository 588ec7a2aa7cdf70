"""What the emulator's task book is made of: a create request's :class:`Spec`, a :class:`Task`, its :class:`View`,
and the :class:`Family` and :class:`Adapter` that give each kie.ai API family its endpoints and encoding.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from kie_provider.emulator.httpd import Headers, Response


@dataclass(frozen=True)
class Spec:
    """
    What a validated create request asks for, in the family's terms.

    :param model: the model (the key of ``created_by_model`` and of :meth:`TaskBook.fail_next`).
    :param prompt: the prompt (where the ``[[fail]]`` and ``[[hang]]`` markers are looked for).
    :param callback_url: where to POST the callbacks, if anywhere.
    :param price: the credits charged when the task succeeds.
    :param output_type: the MIME type of the result files.
    :param extension: their extension.
    :param result_count: how many result files.
    :param recorded: the request as the family's records show it.
    :param duration_input: what ``duration_fn`` is given.
    :param side_files: more files per result, by extension (a cover image): ``{".png": "image/png"}``.
    """

    model: str
    prompt: str
    callback_url: str | None
    price: float
    output_type: str
    extension: str
    result_count: int
    recorded: dict[str, Any]
    duration_input: dict[str, Any]
    side_files: Mapping[str, str] = field(default_factory=dict)


@dataclass
class Task:
    """One task and its timeline; its phase at a moment is computed from ``created`` and the durations."""

    task_id: str
    family: str
    kind: str
    parent: str | None
    spec: Spec
    created: float
    waiting: float
    queuing: float
    generating: float
    hang: bool
    fail: tuple[str, str] | None
    settled: bool = False
    complete: float | None = None
    consume: float = 0.0
    remained: float | None = None
    queries: deque[float] = field(default_factory=deque)

    @property
    def end(self) -> float:
        """When the task settles (unless it hangs)."""
        return self.created + self.waiting + self.queuing + self.generating

    @property
    def generating_since(self) -> float:
        """When the task entered ``generating``."""
        return self.created + self.waiting + self.queuing


@dataclass(frozen=True)
class View:
    """
    A task at one moment, for an adapter to render.

    :param task: the task.
    :param phase: one of :data:`PHASES`.
    :param milestone: the last of the family's milestones passed in ``generating``, if any.
    :param updated: when the phase (or milestone) began.
    :param urls: the result files' URLs (empty unless the task succeeded).
    :param side_urls: the side files' URLs by extension.
    :param now: the moment.
    """

    task: Task
    phase: str
    milestone: str | None
    updated: float
    urls: list[str]
    side_urls: dict[str, list[str]]
    now: float


class Adapter(Protocol):
    """A family's encoding: how its create requests are read and its tasks written."""

    # ``(name, fraction of the generating time, result files ready)``: stages inside ``generating``
    # a record shows and a callback is sent for (Suno's text → first), in order.
    milestones: tuple[tuple[str, float, int], ...]

    def parse(self, request: dict[str, Any], kind: str) -> Spec:
        """
        Validate a create request (raise :class:`ClientError` 422 naming the field) into a spec.

        :param request: the JSON body.
        :param kind: which create endpoint (``generate``, ``extend``...).
        """

    def created(self, task: Task) -> Response:
        """
        The answer to an accepted create request.

        :param task: the new task.
        """

    def record(self, view: View) -> dict[str, Any]:
        """
        The record's ``data``, as the family's record endpoint answers it.

        :param view: the task now.
        """

    def callback(self, view: View) -> dict[str, Any] | None:
        """
        The callback body (``{code, msg, data}``) sent at a milestone or when the task settles.

        :param view: the task at that moment (``view.milestone`` says which stage while generating).
        """


class Book(Protocol):
    """
    What an extra endpoint's handler may ask of the task book (:class:`~kie_provider.emulator.tasks.TaskBook`
    implements it; declared here so that this module need not import that one).
    """

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
        Answer a create request.

        :param family: the family's name.
        :param request: the JSON body.
        :param headers: the request headers.
        :param kind: which create endpoint.
        :param parent: the task this one derives from.
        :param derive_key: the key :meth:`derived` finds the new task under.
        """

    def find(self, family: str, task_id: str) -> Task | None:
        """
        A known task of ``family``.

        :param family: the family's name.
        :param task_id: the taskId.
        """

    def derived(self, kind: str, parent: str, key: Any) -> Task | None:
        """
        The task derived from ``parent`` by ``kind`` under ``key``.

        :param kind: the endpoint.
        :param parent: the parent taskId.
        :param key: the derivation key.
        """

    def view(self, task: Task, now: float | None = None) -> View:
        """
        A task at ``now``.

        :param task: the task.
        :param now: the time (default: now).
        """


@dataclass(frozen=True)
class Family:
    """
    One kie.ai API family the emulator speaks: its endpoints, as data, and its adapter.

    :param name: the family's name, also the prefix of its endpoint names.
    :param create: ``{endpoint name: (method, path)}`` of the create endpoints (their ``kind`` is
        the name after the family prefix).
    :param record: ``(endpoint name, method, path)`` of the record endpoint (``?taskId=``).
    :param adapter: the family's encoding.
    :param record_per_second: at most this many record queries per second per task (429 beyond).
    :param statuses: the status value of each phase, as the family encodes it (for readers).
    :param status_field: where the record carries it.
    :param extra: ``{endpoint name: (method, path)}`` of more endpoints ``extra_handler`` answers.
    :param extra_handler: ``(tasks, kind, request, headers) -> response`` for the extra endpoints
        (``kind`` is the endpoint's name after the family prefix; a GET's request is its query).
    """

    name: str
    create: Mapping[str, tuple[str, str]]
    record: tuple[str, str, str]
    adapter: Adapter
    record_per_second: float | None = None
    statuses: Mapping[str, Any] = field(default_factory=dict)
    status_field: str = "state"
    extra: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    extra_handler: Callable[[Book, str, dict[str, Any], Headers], Response] | None = None
