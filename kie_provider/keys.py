"""The names under which the provider keeps what it knows about a kie.ai task: its XCom keys and its state key.

Defined here once; the operators write them, the UI plugin's queries, lineage and ``airflow kie reattach``
read them.
"""

from __future__ import annotations

#: The kie.ai taskId: the XCom key the operators push it under (the UI plugin finds kie tasks by it), and the
#: key of the task state store (Airflow 3.3+) a retry reattaches from.
TASK_ID_KEY = "kie_task_id"
#: A failed task's record (its failCode and failMsg), pushed for the UI plugin and lineage.
FAILURE_KEY = "kie_failure"
#: The operators' return value: the finished task's record.
RESULT_KEY = "return_value"
#: In the stored record: the taskId was given with ``airflow kie reattach --any-input``, so adopting it does not
#: compare kie.ai's recorded input with the task's (the model is still compared).
ANY_INPUT = "any_input"
