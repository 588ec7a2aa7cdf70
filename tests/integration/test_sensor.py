"""KieTaskSensor (poke, reschedule, deferrable) and the operators' deferrable path on real Airflow (dag.test())."""

from __future__ import annotations

import threading
import time

import pytest
from dagtest import run_dag, task_states, tries, xcom

from kie_provider.emulator import Fault
from kie_provider.hooks.kie import KieHook
from kie_provider.operators.base import DURABLE

HEADER = """
import pendulum
from datetime import timedelta
from airflow.sdk import DAG
from kie_provider.operators.kie import KieCreateTaskOperator
from kie_provider.sensors.kie import KieTaskSensor
"""

MODEL = "bytedance/seedream-v4-text-to-image"

SUBMIT = f"""
submit = KieCreateTaskOperator(
    task_id="submit", model={MODEL!r}, input={{"prompt": "{{{{ params.prompt }}}}"}}, wait_for_completion=False,
)
"""


def dag_source(dag_id: str, body: str, prompt: str = "a paper boat") -> str:
    lines = "\n".join("    " + line for line in body.strip().splitlines())
    return (
        HEADER
        + f"""
with DAG({dag_id!r}, schedule=None, start_date=pendulum.datetime(2025, 1, 1), params={{"prompt": {prompt!r}}}) as dag:
{lines}
"""
    )


def reschedules(dag_run, task_id: str) -> int:
    """How many times Airflow recorded a task instance as rescheduled (reschedule-mode sensors)."""
    from airflow.models import TaskInstance
    from airflow.models.taskreschedule import TaskReschedule
    from airflow.utils.session import create_session

    with create_session() as session:
        return (
            session.query(TaskReschedule)
            .join(TaskInstance, TaskInstance.id == TaskReschedule.ti_id)
            .filter(
                TaskInstance.dag_id == dag_run.dag_id,
                TaskInstance.run_id == dag_run.run_id,
                TaskInstance.task_id == task_id,
            )
            .count()
        )


MODES = {
    "poke": "mode='poke', poke_interval=0.1",
    "reschedule": "mode='reschedule', poke_interval=0.1",
    "deferrable": "deferrable=True, poll_interval=0.1",
}


@pytest.mark.parametrize("mode", list(MODES))
def test_sensor_waits_on_a_submit_only_operator_and_returns_the_record(airflow_db, emulator, mode):
    # Long enough that the kie.ai task is still running at the sensor's first poke even where a task
    # takes over a second to start (Airflow 3.1), so every mode has to wait in its own way.
    emulator.duration_fn = lambda model, input: 3.0
    dag_id = f"sensor_ok_{mode}"
    run = run_dag(
        dag_source(
            dag_id,
            SUBMIT
            + f"""
wait = KieTaskSensor(task_id="wait", kie_task_id="{{{{ ti.xcom_pull('submit')['task_id'] }}}}", {MODES[mode]})
submit >> wait
""",
        ),
        dag_id,
    )
    assert run.state == "success", task_states(run)
    submitted = xcom(run, "submit")
    assert submitted["model"] == MODEL and submitted["state"] != "success"  # returned before the task ended
    record = xcom(run, "wait")
    assert record["task_id"] == submitted["task_id"] == xcom(run, "submit", key="kie_task_id")
    assert record["state"] == "success" and record["model"] == MODEL
    assert record["result_urls"] and record["result_urls"][0].startswith(emulator.url)
    assert emulator.stats()["tasks_created"] == 1
    # Each mode really waited the way it says: reschedule released the slot between pokes.
    assert (reschedules(run, "wait") > 0) == (mode == "reschedule")


@pytest.mark.parametrize("mode", ["poke", "deferrable"])
def test_sensor_fails_with_the_tasks_fail_code_and_message(airflow_db, emulator, mode, capfd):
    emulator.fail_tasks(1, fail_code="400", fail_msg="prompt rejected by the content filter")
    dag_id = f"sensor_fail_{mode}"
    run = run_dag(
        dag_source(
            dag_id,
            SUBMIT
            + f"""
wait = KieTaskSensor(task_id="wait", kie_task_id="{{{{ ti.xcom_pull('submit', key='kie_task_id') }}}}", {MODES[mode]})
submit >> wait
""",
        ),
        dag_id,
    )
    assert run.state == "failed"
    assert task_states(run) == {"submit": "success", "wait": "failed"}
    assert xcom(run, "wait") is None
    # The task log (on the test's output here) names the error, the failCode and the failMsg.
    captured = capfd.readouterr()
    log = captured.out + captured.err
    assert "KieTaskFailedError" in log
    assert "failCode 400: prompt rejected by the content filter" in log


def test_fail_marker_in_the_prompt_fails_the_sensor(airflow_db, emulator):
    dag_id = "sensor_fail_marker"
    run = run_dag(
        dag_source(
            dag_id,
            SUBMIT
            + """
wait = KieTaskSensor(task_id="wait", kie_task_id="{{ ti.xcom_pull('submit')['task_id'] }}", mode="reschedule",
                     poke_interval=0.1)
submit >> wait
""",
            prompt="a paper boat [[fail]]",
        ),
        dag_id,
    )
    assert task_states(run) == {"submit": "success", "wait": "failed"}


@pytest.mark.parametrize("deferrable", [False, True], ids=["poke", "deferrable"])
def test_sensor_waits_on_a_task_created_outside_airflow(airflow_db, emulator, deferrable):
    task_id = KieHook().create_task(MODEL, {"prompt": "made by a script"})
    dag_id = f"sensor_external_{'def' if deferrable else 'poke'}"
    run = run_dag(
        dag_source(
            dag_id,
            f'KieTaskSensor(task_id="wait", kie_task_id={task_id!r}, deferrable={deferrable}, poll_interval=0.1, '
            "poke_interval=0.1)",
        ),
        dag_id,
    )
    assert run.state == "success"
    record = xcom(run, "wait")
    assert record["task_id"] == task_id and record["state"] == "success"
    assert record["param"]["input"] == {"prompt": "made by a script"}
    assert emulator.stats()["tasks_created"] == 1


def test_sensor_rides_out_transient_errors(airflow_db, emulator):
    task_id = KieHook().create_task(MODEL, {"prompt": "through the storm"})
    emulator.add_fault("recordInfo", Fault(kind="code", code=500, status=500), times=6)
    dag_id = "sensor_transient"
    run = run_dag(
        dag_source(dag_id, f'KieTaskSensor(task_id="wait", kie_task_id={task_id!r}, poke_interval=0.1, retries=0)'),
        dag_id,
    )
    assert run.state == "success"
    assert xcom(run, "wait")["state"] == "success"


@pytest.mark.parametrize("mode", ["poke", "deferrable"])
def test_unknown_task_is_tolerated_for_the_grace_then_fails(airflow_db, emulator, mode):
    dag_id = f"sensor_unknown_{mode}"
    run = run_dag(
        dag_source(
            dag_id,
            f"""KieTaskSensor(task_id="wait", kie_task_id="no-such-task", not_found_grace=1.0, {MODES[mode]},
               retries=0)""",
        ),
        dag_id,
    )
    assert task_states(run) == {"wait": "failed"}
    # It kept asking during the grace instead of failing on the first 404.
    assert emulator.stats()["record_info"] >= 3


@pytest.mark.parametrize("mode", ["poke", "reschedule"])
def test_grace_of_404s_carries_across_pokes_and_counts_from_the_first_404(airflow_db, emulator, mode):
    # A task kie.ai knows at first, then answers 404 for, persistently: the sensor fails after the grace
    # even in reschedule mode, where every poke is a new run of the sensor (Airflow 3.3+ keeps the count).
    emulator.durations = (0.05, 0.05, 30.0)
    task_id = KieHook().create_task(MODEL, {"prompt": "soon gone"})
    threading.Timer(1.2, lambda: emulator.add_fault("recordInfo", Fault(kind="html", status=404), times=None)).start()
    dag_id = f"sensor_404_run_{mode}"
    started = time.monotonic()
    run = run_dag(
        dag_source(
            dag_id,
            f"""KieTaskSensor(task_id="wait", kie_task_id={task_id!r}, not_found_grace=1.0, {MODES[mode]},
               timeout=25, retries=0)""",
        ),
        dag_id,
    )
    assert task_states(run) == {"wait": "failed"}
    if mode == "poke" or DURABLE:  # failed for the vanished task, not at the sensor's timeout
        assert time.monotonic() - started < 20
    else:  # before Airflow 3.3 each rescheduled poke starts the count anew: only the timeout ends it
        assert time.monotonic() - started >= 25


@pytest.mark.parametrize("mode", ["poke", "reschedule"])
def test_one_404_late_in_a_long_sensor_wait_is_ridden_out(airflow_db, emulator, mode):
    emulator.durations = (0.05, 0.05, 4.0)
    task_id = KieHook().create_task(MODEL, {"prompt": "a stray 404"})
    # One 404 once the sensor has been polling for longer than its grace.
    late = later_in_the_wait(emulator, 0.8, lambda: emulator.add_fault("recordInfo", Fault(kind="html", status=404)))
    dag_id = f"sensor_late_404_{mode}"
    run = run_dag(
        dag_source(
            dag_id, f'KieTaskSensor(task_id="wait", kie_task_id={task_id!r}, not_found_grace=0.5, {MODES[mode]})'
        ),
        dag_id,
    )
    late.join()
    assert task_states(run) == {"wait": "success"}
    assert xcom(run, "wait")["task_id"] == task_id


def later_in_the_wait(emulator, seconds: float, action) -> threading.Thread:
    """Run ``action`` in a thread ``seconds`` after the emulator answered the wait's first recordInfo."""

    def watch() -> None:
        deadline = time.monotonic() + 60
        while emulator.stats()["record_info"] < 1 and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(seconds)
        action()

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


def test_sensor_rejects_an_empty_task_id_before_any_request(airflow_db, emulator):
    dag_id = "sensor_empty_id"
    run = run_dag(
        dag_source(
            dag_id,
            """KieTaskSensor(task_id="wait", kie_task_id="{{ params.get('missing', '') }}", poke_interval=0.1,
               retries=2, retry_delay=timedelta(seconds=0))""",
        ),
        dag_id,
    )
    assert task_states(run) == {"wait": "failed"}
    assert tries(run, "wait") == 1  # a validation error is permanent
    assert emulator.stats()["record_info"] == 0


# --- the operators' deferrable path -------------------------------------------------------------------


def test_deferrable_and_sync_operators_return_the_same_record_shape(airflow_db, emulator):
    dag_id = "ops_same_shape"
    run = run_dag(
        dag_source(
            dag_id,
            f"""
KieCreateTaskOperator(task_id="sync", model={MODEL!r}, input={{"prompt": "a"}}, poll_interval=0.1)
KieCreateTaskOperator(task_id="deferred", model={MODEL!r}, input={{"prompt": "b"}}, poll_interval=0.1,
                      deferrable=True)
KieTaskSensor(task_id="sensed", kie_task_id="{{{{ ti.xcom_pull('sync', key='kie_task_id') }}}}", deferrable=True,
              poll_interval=0.1)
dag.get_task("sync") >> dag.get_task("sensed")
""",
        ),
        dag_id,
    )
    assert run.state == "success"
    sync, deferred, sensed = xcom(run, "sync"), xcom(run, "deferred"), xcom(run, "sensed")
    assert set(sync) == set(deferred) == set(sensed)
    assert sync["state"] == deferred["state"] == "success"
    # Same values apart from what differs between two tasks.
    assert {k: type(v) for k, v in sync.items()} == {k: type(v) for k, v in deferred.items()}
    assert sensed == sync
    assert xcom(run, "deferred", key="kie_task_id") == deferred["task_id"]


@pytest.mark.parametrize("waiter", ["operator", "sensor"])
def test_auth_error_in_the_trigger_stays_permanent(airflow_db, emulator, waiter, capfd):
    # createTask succeeds, then every recordInfo says 401: the deferred wait must fail at once,
    # without spending the Airflow retries, and without submitting again.
    emulator.add_fault("recordInfo", Fault(kind="code", code=401), times=None)
    dag_id = f"deferred_auth_{waiter}"
    if waiter == "operator":
        body = f"""
KieCreateTaskOperator(task_id="wait", model={MODEL!r}, input={{"prompt": "a"}}, poll_interval=0.1, deferrable=True,
                      retries=2, retry_delay=timedelta(seconds=0))
"""
    else:
        task_id = KieHook().create_task(MODEL, {"prompt": "a"})
        body = f"""
KieTaskSensor(task_id="wait", kie_task_id={task_id!r}, deferrable=True, poll_interval=0.1, retries=2,
              retry_delay=timedelta(seconds=0))
"""
    run = run_dag(dag_source(dag_id, body), dag_id)
    assert task_states(run) == {"wait": "failed"}
    assert tries(run, "wait") == 1
    assert emulator.stats()["tasks_created"] == 1
    assert emulator.stats()["record_info"] == 1
    captured = capfd.readouterr()
    assert "KieAuthError" in captured.out + captured.err
