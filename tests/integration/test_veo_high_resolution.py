"""Veo 3.1's 1080p and 4K calls on real Airflow: asked again until ready, the 4K upgrade paid once."""

from __future__ import annotations

from pathlib import Path

import pytest
from dagtest import dag_source, run_dag, task_states, tries, xcom

from kie_provider.emulator.server import Fault
from kie_provider.exceptions import KieValidationError
from kie_provider.operators.veo import KieVeoHighResolutionOperator


def upgrade_dag(dag_id: str, hd_arguments: str) -> str:
    """A DAG that generates a Veo video, then asks for its high-resolution version with ``hd_arguments``."""
    return dag_source(
        dag_id,
        f"""
from kie_provider.operators.veo import KieVeoHighResolutionOperator
video = KieVeoGenerateOperator(task_id="video", prompt="a paper boat in the rain", poll_interval=0.1)
hd = KieVeoHighResolutionOperator(
    task_id="hd", source_task_id="{{{{ ti.xcom_pull(task_ids='video', key='kie_task_id') }}}}", {hd_arguments}
)
video >> hd
""",
    )


@pytest.mark.parametrize("deferrable", [False, True], ids=["sync", "deferrable"])
@pytest.mark.parametrize("resolution", ["1080p", "4k"])
def test_a_finished_veo_video_in_high_resolution(airflow_db, emulator, tmp_path, resolution, deferrable):
    # Deferred, the asking happens in the triggerer (KieVeoHighResolutionTrigger) like every other kie.ai wait.
    dag_id = f"veo_hd_{resolution}_{deferrable}"
    run = run_dag(
        upgrade_dag(
            dag_id,
            f"resolution={resolution!r}, poll_interval=0.2, timeout=30, output_path={str(tmp_path)!r}, "
            f"deferrable={deferrable}",
        ),
        dag_id,
    )
    assert run.state == "success", task_states(run)
    record, video = xcom(run, "hd"), xcom(run, "video")
    assert record["task_id"] == video["task_id"] and record["model"] == f"veo/{resolution}"
    assert record["state"] == "success" and record["result_urls"]
    saved = Path(record["output_paths"][0])
    assert saved.is_file() and saved.stat().st_size > 0 and saved.suffix == ".mp4"
    # One generation; a 4K upgrade is one more paid task at kie.ai, asked about again without a second charge.
    assert emulator.stats()["tasks_created"] == (2 if resolution == "4k" else 1)


def test_bad_arguments_are_refused_when_the_dag_is_parsed():
    with pytest.raises(KieValidationError, match="resolution='8k'"):
        KieVeoHighResolutionOperator(task_id="x", source_task_id="t", resolution="8k")
    with pytest.raises(KieValidationError, match="index=-1"):
        KieVeoHighResolutionOperator(task_id="x", source_task_id="t", index=-1)


def test_a_deferred_4k_upgrade_that_outlives_its_wait_is_asked_again_not_paid_again(airflow_db, emulator, tmp_path):
    # The 4K version takes longer than the first try's wait: the trigger times out, the retry asks again in the
    # triggerer, and kie.ai (the emulator) answers the repeat with progress, then the video, for one payment.
    emulator.durations = (0.05, 0.05, 1.5)
    dag_id = "veo_hd_4k_retry"
    run = run_dag(
        upgrade_dag(
            dag_id,
            'resolution="4k", poll_interval=0.3, timeout=1.0, deferrable=True, retries=4, '
            "retry_delay=timedelta(seconds=0)",
        ),
        dag_id,
    )
    assert run.state == "success", task_states(run)
    assert tries(run, "hd") >= 2 and xcom(run, "hd")["result_urls"]
    assert emulator.stats()["tasks_created"] == 2  # the generation and one 4K upgrade, whatever the tries


def test_a_deferred_ask_refused_for_good_fails_at_once_with_kie_s_answer(airflow_db, emulator, capfd):
    # A permanent answer (here a key kie.ai refuses) ends the wait in the triggerer at once, as the error it is.
    emulator.add_fault("veo/get-1080p-video", Fault(kind="code", code=401, status=401), times=None)
    dag_id = "veo_hd_refused"
    run = run_dag(
        upgrade_dag(dag_id, "deferrable=True, poll_interval=0.2, timeout=60"),
        dag_id,
    )
    assert task_states(run) == {"video": "success", "hd": "failed"} and tries(run, "hd") == 1
    assert "kie_provider.exceptions.KieAuthError" in capfd.readouterr().out
