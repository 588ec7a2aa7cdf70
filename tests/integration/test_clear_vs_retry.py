"""Clear versus retry (issue 17, item 10): a clear makes a new generation even when retries were lowered."""

from __future__ import annotations

from types import SimpleNamespace

import pendulum
import pytest
from dagtest import dag_source, load_dag, stored_state, task_states, xcom

from kie_provider.operators.base import DURABLE, _generation

GEN = "gen = KieSeedreamV4TextToImageOperator(task_id='gen', prompt='a cat', poll_interval=0.1, {extra})"


def _sync_latest_version(dag_id: str) -> None:
    """Write the DAG files' current versions to the metadata database, as the DAG processor would."""
    from airflow.dag_processing.bundles.manager import DagBundlesManager
    from airflow.dag_processing.dagbag import BundleDagBag, sync_bag_to_db

    for bundle in DagBundlesManager().get_all_dag_bundles():
        if not bundle.is_initialized:
            bundle.initialize()
        bag = BundleDagBag(dag_folder=bundle.path, bundle_path=bundle.path, bundle_name=bundle.name)
        if dag_id in bag.dags:
            sync_bag_to_db(bag, bundle.name, bundle.version)


def _clear_on_latest_version(run) -> None:  # type: ignore[no-untyped-def]
    """Clear every task instance of ``run`` the way the UI's "run on latest version" clear does."""
    from airflow.models import TaskInstance
    from airflow.models.taskinstance import clear_task_instances
    from airflow.utils.session import create_session

    with create_session() as session:
        tis = session.query(TaskInstance).filter_by(dag_id=run.dag_id, run_id=run.run_id).all()
        clear_task_instances(tis, session, run_on_latest_version=True)


@pytest.mark.skipif(not DURABLE, reason="task_state_store (and so reattaching) exists from Airflow 3.3")
def test_clear_after_lowering_retries_generates_anew(airflow_db, emulator, monkeypatch):
    # dag.test() replaces a run rather than re-running it, so the run is made by dag.test(), cleared by
    # Airflow's own clear, and the next try's decision is taken on what Airflow then holds for it.
    from airflow.models import DagRun, TaskInstance
    from airflow.utils.session import create_session

    dag_id = "trust_clear_lowered_retries"
    when = pendulum.datetime(2025, 3, 1, tz="UTC")
    # retries=1: the try records max_tries 1 with its delivered task.
    run = load_dag(dag_source(dag_id, GEN.format(extra="retries=1")), dag_id).test(logical_date=when)
    assert task_states(run) == {"gen": "success"} and emulator.stats()["tasks_created"] == 1
    record = stored_state(run, "gen")
    assert record["delivered"] and record["task_id"] == xcom(run, "gen", key="kie_task_id")

    def next_try() -> dict:
        with create_session() as session:
            ti = session.query(TaskInstance).filter_by(dag_id=dag_id, run_id=run.run_id, task_id="gen").one()
            dr = session.query(DagRun).filter_by(dag_id=dag_id, run_id=run.run_id).one()
            return {
                "ti": SimpleNamespace(max_tries=ti.max_tries),
                "dag_run": SimpleNamespace(clear_number=dr.clear_number),
            }

    # What a retry sees (nothing cleared): the same generation, so it reattaches.
    assert {key: record[key] for key in ("max_tries", "clear_number")} == _generation(next_try())

    # retries lowered to 0, then cleared on the latest version: max_tries = try_number 1 + 0 = 1, the same.
    dag = load_dag(dag_source(dag_id, GEN.format(extra="retries=0")), dag_id)
    monkeypatch.setenv("AIRFLOW__CORE__MIN_SERIALIZED_DAG_UPDATE_INTERVAL", "0")  # as the processor would, later
    _sync_latest_version(dag_id)
    _clear_on_latest_version(run)
    after = next_try()
    assert after["ti"].max_tries == record["max_tries"], "the old signal collides"

    # The cleared try's decision, on the task's real stored record: submit anew (forget the old task).
    class Store(dict):
        def delete(self, key: str) -> None:
            del self[key]

    store = Store({"kie_task_id": record})
    assert dag.get_task("gen")._resume(after, store) is None, "a clear generates anew"
    assert store == {} and emulator.stats()["tasks_created"] == 1
