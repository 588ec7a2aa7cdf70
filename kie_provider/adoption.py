"""Whether a task may adopt a kie.ai taskId it did not just create: the same model, or nothing at all.

A retry reattaches to the taskId stored by an earlier try, and ``airflow kie reattach`` stores one a
person typed. Either may name another model's task (a typo, a taskId copied from another DAG): adopting
it would hand back that DAG's result as this task's, and refusing it only after a grace of 404s would
pay for a new task. A Market record names its model, so the check is exact there; a dedicated family's
record is read from that family's own endpoint, which does not know another family's taskIds.
"""

from __future__ import annotations

from kie_provider.exceptions import KieValidationError
from kie_provider.models import KieTask


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
