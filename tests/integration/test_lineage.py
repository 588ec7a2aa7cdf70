"""
OpenLineage events of kie tasks, as the OpenLineage provider emits them from a real ``dag.test()`` run.

The run happens in a child process whose Airflow has the provider's file transport configured (the
OpenLineage plugin reads its transport when it is loaded, so it cannot be switched on inside this test
process); the test reads the events it wrote.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from dagtest import dag_source, dags_folder

pytest.importorskip("airflow.providers.openlineage")

RUNNER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from dagtest import load_dag_file
    dag = load_dag_file({path!r}, {dag_id!r})
    dag.test()
    """
)


def _run_with_lineage(tmp_path: Path, dag_id: str, body: str) -> list[dict[str, Any]]:
    path = dags_folder() / f"{dag_id}.py"
    path.write_text(dag_source(dag_id, body))
    events_file = tmp_path / "lineage.jsonl"
    env = dict(os.environ)
    env["AIRFLOW__OPENLINEAGE__TRANSPORT"] = json.dumps(
        {"type": "file", "log_file_path": str(events_file), "append": True}
    )
    env["AIRFLOW__OPENLINEAGE__NAMESPACE"] = "kie-tests"
    script = RUNNER.format(tests=str(Path(__file__).resolve().parents[1]), path=str(path), dag_id=dag_id)
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert events_file.exists(), f"no OpenLineage events were written:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return [json.loads(line) for line in events_file.read_text().splitlines() if line.strip()]


def _task_events(events: list[dict[str, Any]], task_id: str) -> dict[str, dict[str, Any]]:
    return {e["eventType"]: e for e in events if e["job"]["name"].endswith(f".{task_id}")}


def test_a_generation_reports_its_inputs_outputs_task_id_and_cost(airflow_db, emulator, tmp_path):
    out = tmp_path / "out"
    body = f"""
KieTopazImageUpscaleOperator(
    task_id="upscale", image_url="https://example.com/in/a.png", upscale_factor="2", output_path={str(out)!r}
)
"""
    events = _task_events(_run_with_lineage(tmp_path, "kie_lineage_ok", body), "upscale")
    assert {"START", "COMPLETE"} <= set(events)
    start, complete = events["START"], events["COMPLETE"]
    assert {"namespace": "https://example.com", "name": "/in/a.png"} in [
        {"namespace": d["namespace"], "name": d["name"]} for d in start["inputs"]
    ]
    facets = complete["run"]["facets"]
    task_id = facets["externalQuery"]["externalQueryId"]
    assert facets["externalQuery"]["source"] == "kie.ai"
    record = emulator.tasks()[task_id]  # the taskId is the one kie.ai made
    assert facets["kie"]["model"] == "topaz/image-upscale"
    assert facets["kie"]["credits"] == pytest.approx(float(record["consumeCredits"]))
    assert facets["kie"]["generationSeconds"] is not None
    outputs = {(d["namespace"], d["name"]) for d in complete["outputs"]}
    result_url = json.loads(record["resultJson"])["resultUrls"][0]
    assert any(ns.startswith("http://127.0.0.1") and result_url.endswith(name) for ns, name in outputs)
    stored = [name for ns, name in outputs if ns == "file"]
    assert stored and all(Path(name).parent == out and Path(name).exists() for name in stored)


def test_a_failed_generation_reports_kies_fail_message(airflow_db, emulator, tmp_path):
    body = """
KieSeedreamV4TextToImageOperator(task_id="broken", prompt="[[fail]] a lost dream")
"""
    events = _task_events(_run_with_lineage(tmp_path, "kie_lineage_fail", body), "broken")
    assert "FAIL" in events
    facets = events["FAIL"]["run"]["facets"]
    assert "failCode" in facets["errorMessage"]["message"] and facets["kie"]["state"] == "fail"
    failed = [t for t in emulator.tasks().values() if t["state"] == "fail"]
    assert facets["externalQuery"]["externalQueryId"] == failed[0]["taskId"]
    assert failed[0]["failMsg"] in facets["errorMessage"]["message"]
