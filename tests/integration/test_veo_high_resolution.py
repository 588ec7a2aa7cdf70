"""Veo 3.1's 1080p and 4K calls on real Airflow: asked again until ready, the 4K upgrade paid once."""

from __future__ import annotations

from pathlib import Path

import pytest
from dagtest import dag_source, run_dag, task_states, xcom

from kie_provider.exceptions import KieValidationError
from kie_provider.operators.veo import KieVeoHighResolutionOperator


@pytest.mark.parametrize("resolution", ["1080p", "4k"])
def test_a_finished_veo_video_in_high_resolution(airflow_db, emulator, tmp_path, resolution):
    dag_id = f"veo_hd_{resolution}"
    run = run_dag(
        dag_source(
            dag_id,
            f"""
from kie_provider.operators.veo import KieVeoHighResolutionOperator
video = KieVeoGenerateOperator(task_id="video", prompt="a paper boat in the rain", poll_interval=0.1)
hd = KieVeoHighResolutionOperator(
    task_id="hd", source_task_id="{{{{ ti.xcom_pull(task_ids='video', key='kie_task_id') }}}}",
    resolution={resolution!r}, poll_interval=0.2, timeout=30, output_path={str(tmp_path)!r},
)
video >> hd
""",
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
