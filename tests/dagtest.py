"""Run DAGs for real with ``dag.test()`` and read back what Airflow recorded (states, XCom)."""

from __future__ import annotations

import importlib.util
import os
import textwrap
import uuid
from pathlib import Path
from typing import Any

DAG_HEADER = """
import pendulum
from datetime import timedelta
from airflow.sdk import DAG, Asset, ObjectStoragePath, Param
from kie_provider.operators.kie import *
"""


def dag_source(dag_id: str, body: str, params: str = "{}") -> str:
    """
    The source of a one-DAG file whose body uses the kie.ai operators.

    :param dag_id: the DAG's id.
    :param body: the statements inside ``with DAG(...)``, unindented.
    :param params: the DAG's ``params`` as Python source.
    """
    lines = "\n".join("    " + line for line in body.strip().splitlines())
    return (
        DAG_HEADER
        + f"""
with DAG({dag_id!r}, schedule=None, start_date=pendulum.datetime(2025, 1, 1), params={params}) as dag:
{lines}
"""
    )


def dags_folder() -> Path:
    """The session's DAGs folder (``dag.test()`` only runs DAGs that live in a bundle)."""
    folder = Path(os.environ["AIRFLOW__CORE__DAGS_FOLDER"])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def load_dag(source: str, dag_id: str, folder: Path | None = None) -> Any:
    """
    Write ``source`` as a DAG file and import it; return the DAG called ``dag_id``.

    :param source: the DAG file's Python source (dedented here).
    :param dag_id: the id of the DAG it defines.
    :param folder: where to write it (default: the session's DAGs folder).
    """
    path = (folder or dags_folder()) / f"{dag_id}.py"
    path.write_text(textwrap.dedent(source))
    return load_dag_file(path, dag_id)


def load_dag_file(path: Path, dag_id: str) -> Any:
    """
    Import a DAG file and return the DAG called ``dag_id``.

    :param path: the file.
    :param dag_id: the DAG's id.
    """
    from airflow.sdk import DAG

    spec = importlib.util.spec_from_file_location(f"dag_{uuid.uuid4().hex}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for value in vars(module).values():
        if isinstance(value, DAG) and value.dag_id == dag_id:
            return value
    raise LookupError(f"{path} defines no DAG {dag_id!r}")


def run_dag(source: str, dag_id: str, **test_kwargs: Any) -> Any:
    """
    Write, import and ``dag.test()`` a DAG; return the finished DagRun.

    :param source: the DAG file's source.
    :param dag_id: the id of the DAG it defines.
    :param test_kwargs: passed to ``dag.test()`` (``run_conf`` ...).
    """
    return load_dag(source, dag_id).test(**test_kwargs)


def task_states(dag_run: Any) -> dict[str, str]:
    """
    Final state of every task instance of a run (mapped ones as ``task_id[i]``).

    :param dag_run: the run ``dag.test()`` returned.
    """
    from airflow.models import TaskInstance
    from airflow.utils.session import create_session

    with create_session() as session:
        tis = (
            session.query(TaskInstance)
            .filter(TaskInstance.dag_id == dag_run.dag_id, TaskInstance.run_id == dag_run.run_id)
            .all()
        )
        return {(ti.task_id if ti.map_index < 0 else f"{ti.task_id}[{ti.map_index}]"): str(ti.state) for ti in tis}


def tries(dag_run: Any, task_id: str) -> int:
    """
    How many tries a task instance used.

    :param dag_run: the run.
    :param task_id: the task.
    """
    from airflow.models import TaskInstance
    from airflow.utils.session import create_session

    with create_session() as session:
        ti = (
            session.query(TaskInstance)
            .filter(
                TaskInstance.dag_id == dag_run.dag_id,
                TaskInstance.run_id == dag_run.run_id,
                TaskInstance.task_id == task_id,
            )
            .one()
        )
        return int(ti.try_number)


def xcom(dag_run: Any, task_id: str, key: str = "return_value", map_index: int = -1) -> Any:
    """
    An XCom value of a run, deserialised.

    :param dag_run: the run.
    :param task_id: the task that pushed it.
    :param key: the XCom key.
    :param map_index: the mapped instance, or -1.
    """
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session

    with create_session() as session:
        row = (
            session.query(XComModel)
            .filter(
                XComModel.dag_id == dag_run.dag_id,
                XComModel.run_id == dag_run.run_id,
                XComModel.task_id == task_id,
                XComModel.key == key,
                XComModel.map_index == map_index,
            )
            .one_or_none()
        )
        return None if row is None else XComModel.deserialize_value(row)


def stored_state(dag_run: Any, task_id: str, key: str = "kie_task_id", map_index: int = -1) -> Any:
    """
    What a task instance keeps in its ``task_state_store`` under ``key`` (Airflow 3.3+), deserialised.

    :param dag_run: the run.
    :param task_id: the task.
    :param key: the key.
    :param map_index: the mapped instance, or -1.
    """
    import json

    from airflow.state import TaskScope, get_state_backend

    scope = TaskScope(dag_id=dag_run.dag_id, run_id=dag_run.run_id, task_id=task_id, map_index=map_index)
    value = get_state_backend().get(scope, key)
    return None if value is None else json.loads(value)


#: Called by the ``on_retry_callback`` of DAGs made with ``ON_RETRY_CALLBACK``: lets a test change what
#: kie.ai does between two tries of a task (``dag.test()`` runs callbacks in the test's process).
RETRY_HOOKS: list[Any] = []


def fire_retry_hooks(context: Any) -> None:
    """
    Run the hooks a test queued for the moment a try has failed and the next one is scheduled.

    :param context: the failed try's context.
    """
    while RETRY_HOOKS:
        RETRY_HOOKS.pop(0)()


ON_RETRY_CALLBACK = "on_retry_callback=__import__('dagtest').fire_retry_hooks"
