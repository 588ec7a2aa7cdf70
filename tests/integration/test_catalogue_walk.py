"""The whole catalogue, run: every model's example input validates and runs through its typed operator."""

from __future__ import annotations

import pytest
from dagtest import dag_source, run_dag, task_states, xcom

from kie_provider.catalogue import CATALOGUE, validate_input

#: The models that extend a result made earlier, and the model that makes it.
EXTENDS = {
    "veo/extend": "veo/generate",
    "runway/extend": "runway/generate",
    "suno/wav": "suno/generate",
    "suno/vocal-removal": "suno/generate",
    "suno/mp4": "suno/generate",
}
#: Of those, the models that name one of the made task's tracks too (``audioId``): its first track.
TRACKS = {"suno/wav", "suno/vocal-removal", "suno/mp4"}


def _track(model: str) -> str:
    return f"{{{{ ti.xcom_pull(task_ids='{_task_id(EXTENDS[model])}')['result']['sunoData'][0]['id'] }}}}"


def _task_id(model: str) -> str:
    return "m_" + "".join(ch if ch.isalnum() else "_" for ch in model)


def _example(model: str) -> dict:
    """The catalogue's example, with what kie.ai's schema requires and the catalogue may still leave out."""
    example = dict(CATALOGUE[model].example_input)
    if model == "runway/generate":  # the docs require duration and quality (issue 19)
        example = {"duration": 5, "quality": "720p", **example}
    return example


def _call(model: str, deferrable: bool) -> str:
    """The operator call a DAG author writes for the model's documented example (fields by argument name)."""
    spec = CATALOGUE[model]
    example = _example(model)
    if model in EXTENDS:
        # Extending needs a finished video: the one the walk's generation task made.
        example["taskId"] = f"{{{{ ti.xcom_pull(task_ids='{_task_id(EXTENDS[model])}', key='kie_task_id') }}}}"
    if model in TRACKS:
        example["audioId"] = _track(model)
    args = "".join(f", {spec.field(name).arg}={value!r}" for name, value in example.items())
    # kie.ai's examples all send a callBackUrl, and some pages (Suno, kling-3.0/motion-control) require it.
    callback = ", callback_url='https://example.com/kie-callback'"
    return f"{spec.operator_name}(task_id={_task_id(model)!r}{args}{callback}, deferrable={deferrable})"


@pytest.mark.parametrize("deferrable", [False, True], ids=["sync", "deferrable"])
def test_every_model_runs_its_example_through_its_operator(airflow_db, emulator, deferrable):
    dag_id = f"catalogue_walk_{'def' if deferrable else 'sync'}"
    body = "\n".join(_call(model, deferrable) for model in sorted(CATALOGUE))
    body += "".join(f"\ndag.get_task({_task_id(p)!r}) >> dag.get_task({_task_id(m)!r})" for m, p in EXTENDS.items())
    run = run_dag(dag_source(dag_id, body), dag_id)
    states = task_states(run)
    assert states == {_task_id(m): "success" for m in CATALOGUE}, {t: s for t, s in states.items() if s != "success"}
    created = emulator.created_requests()
    assert emulator.stats()["tasks_created"] == len(CATALOGUE)  # one generation per model, nothing twice
    for model, spec in CATALOGUE.items():
        record = xcom(run, _task_id(model))
        assert record["state"] == "success" and record["result_urls"], model
        assert record["model"] == model
        # What went out is the example, validated (normalised) once, in the family's body shape.
        expected = dict(validate_input(model, _example(model)))
        # Jinja drops a rendered string's one trailing newline (keep_trailing_newline is off in Airflow).
        expected = {k: v[:-1] if isinstance(v, str) and v.endswith("\n") else v for k, v in expected.items()}
        if model in EXTENDS:
            expected["taskId"] = xcom(run, _task_id(EXTENDS[model]), key="kie_task_id")
        if model in TRACKS:
            expected["audioId"] = xcom(run, _task_id(EXTENDS[model]))["result"]["sunoData"][0]["id"]
        if spec.family == "market":
            bodies = [r["input"] for r in created if r.get("model") == model]
        else:
            bodies = [{k: v for k, v in r.items() if k in spec.field_names} for r in created if "input" not in r]
        assert expected in bodies, f"no create for {model} carried its example {expected}"
