"""The kie.ai task record, typed: one state enum and one :class:`KieTask` for every layer.

Every reader of kie.ai's records (the Market's, each dedicated family's and every callback) lives in
:mod:`kie_provider.records`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any


class KieTaskState(str, Enum):
    """The state of a kie.ai task: ``waiting → queuing → generating → success | fail``."""

    WAITING = "waiting"
    QUEUING = "queuing"
    GENERATING = "generating"
    SUCCESS = "success"
    FAIL = "fail"
    #: A state this provider does not know yet; treated as still running.
    UNKNOWN = "unknown"

    def is_terminal(self) -> bool:
        """Whether the task has ended (``success`` or ``fail``)."""
        return self in (KieTaskState.SUCCESS, KieTaskState.FAIL)

    @classmethod
    def parse(cls, value: Any) -> KieTaskState:
        """
        Read a state as kie.ai spells it; unknown or missing values give ``UNKNOWN``.

        :param value: the record's ``state``.
        """
        try:
            return cls(value.strip().lower()) if isinstance(value, str) else cls.UNKNOWN
        except ValueError:
            return cls.UNKNOWN


@dataclass
class KieTask:
    """
    One kie.ai task record (recordInfo's ``data`` and a callback's ``data``), typed.

    :param task_id: kie.ai's taskId.
    :param model: the model name.
    :param state: the task's state.
    :param param: the whole createTask request kie.ai recorded, parsed.
    :param result_urls: the generated files' URLs (on success).
    :param result: ``resultJson``, parsed.
    :param fail_code: ``failCode`` (a string) on failure.
    :param fail_msg: ``failMsg`` on failure.
    :param cost_time: generation time in seconds, as kie.ai reports it.
    :param consume_credits: credits this task consumed.
    :param remained_credits: credits left on the account afterwards.
    :param create_time: when kie.ai created the task (aware, UTC).
    :param update_time: last update (aware, UTC).
    :param complete_time: when it ended (aware, UTC).
    """

    task_id: str
    model: str | None = None
    state: KieTaskState = KieTaskState.UNKNOWN
    param: dict[str, Any] | None = None
    result_urls: list[str] = field(default_factory=list)
    result: dict[str, Any] | None = None
    fail_code: str | None = None
    fail_msg: str | None = None
    cost_time: float | None = None
    consume_credits: float | None = None
    remained_credits: float | None = None
    create_time: datetime | None = None
    update_time: datetime | None = None
    complete_time: datetime | None = None

    @property
    def is_terminal(self) -> bool:
        """Whether the task has ended."""
        return self.state.is_terminal()

    @property
    def succeeded(self) -> bool:
        """Whether the task ended in ``success``."""
        return self.state is KieTaskState.SUCCESS

    @property
    def input(self) -> dict[str, Any]:
        """The ``input`` object kie.ai recorded for this task (empty if unknown)."""
        value = (self.param or {}).get("input")
        return value if isinstance(value, dict) else {}

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> KieTask:
        """
        Build a task from kie.ai's camelCase Market record (see :func:`kie_provider.records.read_market_record`).

        :param data: recordInfo's ``data`` object.
        """
        from kie_provider.records import read_market_record  # the readers import this module

        return read_market_record(data)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict for XCom and trigger events (datetimes as ISO 8601, state as its value)."""
        out: dict[str, Any] = {}
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if isinstance(value, datetime):
                value = value.isoformat()
            elif isinstance(value, KieTaskState):
                value = value.value
            out[name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KieTask:
        """
        Rebuild a task from :meth:`to_dict`'s output.

        :param data: a dict made by :meth:`to_dict`.
        """
        kwargs = dict(data)
        kwargs["state"] = KieTaskState.parse(kwargs.get("state"))
        for name in ("create_time", "update_time", "complete_time"):
            if kwargs.get(name):
                kwargs[name] = datetime.fromisoformat(kwargs[name])
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in kwargs.items() if k in known})

    def summary(self) -> str:
        """One line for logs: taskId, model, state, time and credits."""
        parts = [f"task {self.task_id}", f"model {self.model}", f"state {self.state.value}"]
        if self.cost_time is not None:
            parts.append(f"{self.cost_time:g}s on kie.ai")
        if self.consume_credits is not None:
            parts.append(f"{self.consume_credits:g} credits used")
        if self.remained_credits is not None:
            parts.append(f"{self.remained_credits:g} left")
        if self.fail_code or self.fail_msg:
            parts.append(f"failCode {self.fail_code}: {self.fail_msg}")
        return ", ".join(parts)
