"""Where results may be written: a templated ``output_path`` only under ``[kie] templated_output_roots``.

A value from ``params``, ``dag_run.conf`` or XCom is untrusted: it must not make a worker create folders or
write files wherever it can write, nor name any Airflow connection's storage. The refusal comes before
createTask, so nothing is paid, and before any folder is created. A path written in the DAG file and an
``ObjectStoragePath`` object stay free.
"""

from __future__ import annotations

import json

import pytest
from dagtest import dag_source, run_dag, task_states, xcom

from kie_provider.exceptions import KieValidationError
from kie_provider.transfers import check_output_path

SEEDREAM = """
KieSeedreamV4TextToImageOperator(
    task_id="gen", prompt="a pear", output_path={value}, poll_interval=0.1, deferrable={deferrable}
)
"""


@pytest.mark.parametrize("where", ["outside", "outside-deferrable", "dotdot", "symlink"])
def test_templated_output_path_outside_the_roots_fails_before_create_and_makes_no_folder(
    airflow_db, emulator, tmp_path, monkeypatch, capfd, where
):
    root = tmp_path / "results"
    root.mkdir()
    (root / "escape").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    monkeypatch.setenv("AIRFLOW__KIE__TEMPLATED_OUTPUT_ROOTS", str(root))
    target = {
        "outside": str(tmp_path / "elsewhere" / "new"),
        "outside-deferrable": str(tmp_path / "elsewhere" / "new"),
        "dotdot": f"{root}/../elsewhere/new",
        "symlink": f"{root}/escape/new",
    }[where]
    dag_id = f"out_roots_refused_{where.replace('-', '_')}"
    body = SEEDREAM.format(value='"{{ params.out }}"', deferrable="deferrable" in where)
    run = run_dag(dag_source(dag_id, body, params=json.dumps({"out": target})), dag_id)
    out = "".join(capfd.readouterr())
    assert task_states(run) == {"gen": "failed"}
    assert "KieValidationError" in out and "output_path" in out and "templated_output_roots" in out
    assert emulator.stats()["create_requests"] == 0
    assert not (tmp_path / "elsewhere").exists()


def test_templated_output_path_under_the_roots_stores_the_files(airflow_db, emulator, tmp_path, monkeypatch):
    root = tmp_path / "results"
    monkeypatch.setenv("AIRFLOW__KIE__TEMPLATED_OUTPUT_ROOTS", f"s3://aws_default@bucket/out,{root}")
    dag_id = "out_roots_allowed"
    out = root / "day1"
    run = run_dag(
        dag_source(
            dag_id, SEEDREAM.format(value='"{{ params.out }}"', deferrable=True), params=json.dumps({"out": str(out)})
        ),
        dag_id,
    )
    assert task_states(run) == {"gen": "success"}
    (path,) = xcom(run, "gen")["output_paths"]
    assert path.startswith(str(out)) and (out / path.rsplit("/", 1)[1]).read_bytes()[:4] == b"\x89PNG"


def test_literal_output_path_in_the_dag_file_stays_free(airflow_db, emulator, tmp_path, monkeypatch):
    monkeypatch.delenv("AIRFLOW__KIE__TEMPLATED_OUTPUT_ROOTS", raising=False)
    out = tmp_path / "mine"
    dag_id = "out_roots_literal"
    run = run_dag(dag_source(dag_id, SEEDREAM.format(value=repr(str(out)), deferrable=False)), dag_id)
    assert task_states(run) == {"gen": "success"}
    assert len(list(out.iterdir())) == 1


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("s3://aws_default@bucket/out/run1", True),
        ("s3://aws_default@bucket/out", True),
        ("s3://other_conn@bucket/out/run1", False),  # another connection
        ("s3://bucket/out/run1", False),  # the default connection, not listed
        ("s3://aws_default@bucket/outside", False),
        ("s3://aws_default@bucket/out/../private", False),
        ("gs://aws_default@bucket/out/run1", False),
    ],
)
def test_templated_storage_uri_may_name_only_the_listed_connections_and_prefixes(value, ok):
    roots = ("s3://aws_default@bucket/out",)
    if ok:
        check_output_path(value, trusted=(), roots=roots)
        return
    with pytest.raises(KieValidationError) as info:
        check_output_path(value, trusted=(), roots=roots)
    assert info.value.problems[0][:2] == ("output_path", value)
    assert "s3://aws_default@bucket/out" in str(info.value)


def test_literal_values_and_path_objects_are_not_checked(tmp_path):
    check_output_path(str(tmp_path), trusted=[str(tmp_path)], roots=())
    check_output_path(tmp_path, trusted=(), roots=())
    check_output_path(None, trusted=(), roots=())
    with pytest.raises(KieValidationError, match="none are set"):
        check_output_path(str(tmp_path), trusted=(), roots=())
