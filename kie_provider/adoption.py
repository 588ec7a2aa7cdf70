"""Whether a task may adopt a kie.ai taskId it did not just create: the same model, or nothing at all.

A retry reattaches to the taskId stored by an earlier try, and ``airflow kie reattach`` stores one a
person typed. Either may name another model's task (a typo, a taskId copied from another DAG): adopting
it would hand back that DAG's result as this task's, and refusing it only after a grace of 404s would
pay for a new task. A Market record names its model, so the check is exact there; a dedicated family's
record is read from that family's own endpoint, which does not know another family's taskIds.

Where kie.ai's record carries the request it was made with (``param``), the input must match too: a retry
after the DAG file's prompt was changed, or a taskId of another run of the same model, is not this task's
work. Only what is certainly different counts: a field given here and recorded there with another value.
Files this task uploads are not compared (each upload gets a new URL), nor fields kie.ai did not record.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from kie_provider.catalogue import CATALOGUE, validate_input
from kie_provider.exceptions import KieError, KieValidationError
from kie_provider.families import ApiFamily
from kie_provider.models import KieTask
from kie_provider.sources import is_upload_source


def check_adoptable(task: KieTask, model: str | None, family: str, key: str) -> None:
    """
    Refuse to adopt ``task`` when kie.ai records it for another model than ``model``.

    :param task: kie.ai's record of the stored (or given) taskId.
    :param model: the model the adopting task runs.
    :param family: the adopting task's API family.
    :param key: where the taskId was stored, for the message.
    """
    if family != "market" or not model or not task.model or task.model == model:
        return
    raise KieValidationError(
        f"kie.ai task {task.task_id} was made for model {task.model!r}, but this task runs {model!r}: it is not "
        "this task's work, so it is neither adopted nor replaced by a new one. Check the stored taskId; "
        "`airflow kie forget` lets the task submit anew.",
        problems=[(key, task.task_id, f"a taskId of model {model!r}")],
    )


def _same(ours: Any, theirs: Any) -> bool:
    """Whether a value as this task sends it and as kie.ai recorded it are the same (``2`` and ``"2"`` are)."""
    if isinstance(ours, list) and isinstance(theirs, list):
        return len(ours) == len(theirs) and all(_same(a, b) for a, b in zip(ours, theirs, strict=True))
    if ours == theirs:
        return True
    if isinstance(ours, Mapping) and isinstance(theirs, Mapping):  # only what both hold can differ for certain
        return all(_same(ours[key], theirs[key]) for key in ours.keys() & theirs.keys())
    if isinstance(ours, (Mapping, list)) or isinstance(theirs, (Mapping, list)):
        return False
    if isinstance(ours, bool) or isinstance(theirs, bool):
        return str(ours).lower() == str(theirs).lower()
    try:
        a, b = float(ours), float(theirs)
    except (TypeError, ValueError, OverflowError):
        return str(ours).strip() == str(theirs).strip()
    return a == b or (math.isnan(a) and math.isnan(b))


def _uploads(value: Any) -> bool:
    return any(is_upload_source(item) for item in (value if isinstance(value, list) else [value]))


def input_differences(task: KieTask, family: ApiFamily, model: str, values: Any) -> list[tuple[str, Any, Any]]:
    """
    The fields given in ``values`` that kie.ai recorded for ``task`` with another value: ``(field, ours, theirs)``.

    :param task: kie.ai's record of the taskId to adopt.
    :param family: the adopting task's API family (the Market records the input under ``input``).
    :param model: the model the adopting task runs.
    :param values: the adopting task's rendered input.
    """
    param = task.param if isinstance(task.param, Mapping) else None
    recorded = param.get("input") if param is not None and family.wraps_input else param
    if not isinstance(recorded, Mapping) or not isinstance(values, Mapping):
        return []
    try:
        checked = validate_input(model, values, uploadable=is_upload_source, strict=False)
        # As it goes on the wire (a tuple is a JSON array); only the fields given here (no filled-in defaults).
        wire = json.loads(json.dumps({k: v for k, v in checked.items() if values.get(k) is not None}, default=str))
    except (KieError, TypeError, ValueError):
        return []  # the input is refused on its own when it is sent; nothing to compare it by
    spec = CATALOGUE.get(model)
    files = {f.name for f in spec.fields if f.is_file} if spec else set()
    return [
        (name, value, recorded[name])
        for name, value in wire.items()
        if name in recorded and not (name in files and _uploads(value)) and not _same(value, recorded[name])
    ]


def _clip(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def check_same_input(task: KieTask, family: ApiFamily, model: str, values: Any, key: str) -> None:
    """
    Refuse to adopt ``task`` when kie.ai recorded it with another value of a field this task gives.

    :param task: kie.ai's record of the stored (or given) taskId.
    :param family: the adopting task's API family.
    :param model: the model the adopting task runs.
    :param values: the adopting task's rendered input.
    :param key: where the taskId was stored, for the message.
    """
    differences = input_differences(task, family, model, values)
    if not differences:
        return
    lines = "\n".join(
        f"  - {name}: this task sends {_clip(ours)}, kie.ai recorded {_clip(theirs)}"
        for name, ours, theirs in differences
    )
    raise KieValidationError(
        f"kie.ai task {task.task_id} was made with another input than this task's, so it is not this task's "
        f"work: it is neither adopted nor replaced by a new one.\n{lines}\nIf the input was changed on purpose, "
        "`airflow kie forget` lets the task submit anew.",
        problems=[(key, task.task_id, f"a taskId made with this task's {name!r}") for name, _, _ in differences],
    )
