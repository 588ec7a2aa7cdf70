"""The money rules for every kie.ai API family: no ambiguous create resent, retries reattach, one 404 is not gone.

Each family runs its own catalogue model's example through its typed operator on real Airflow
(``dag.test()``), against the emulator speaking that family's endpoints and status encoding.
"""

from __future__ import annotations

import re

import pytest
from dagtest import ON_RETRY_CALLBACK, RETRY_HOOKS, dag_source, run_dag, stored_state, tries, xcom

from kie_provider.catalogue import CATALOGUE
from kie_provider.emulator.server import Fault
from kie_provider.families import FAMILIES
from kie_provider.operators.base import DURABLE, SUBMITTING

#: One model per family (the Market's is a seed model); the extensions (Veo, Runway, Suno) and Suno's tools
#: (WAV, vocal separation, video) need a result first, so they are left out: the extensions share their generation's
#: record endpoint and reader, and tests/integration/test_suno_tools.py drives the tools' faults.
MODELS = {
    "market": "bytedance/seedream-v4-text-to-image",
    "veo": "veo/generate",
    "suno": "suno/generate",
    "runway": "runway/generate",
    "gpt4o_image": "gpt4o-image/generate",
    "flux_kontext": "flux-kontext/generate",
    "midjourney": "mj/generate",
}
#: The emulator's fault names of each family's create and record endpoints.
ENDPOINTS = {
    "market": ("createTask", "recordInfo"),
    "veo": ("veo/generate", "veo/record-info"),
    "suno": ("suno/generate", "suno/record-info"),
    "runway": ("runway/generate", "runway/record-detail"),
    "gpt4o_image": ("gpt4o-image/generate", "gpt4o-image/record-info"),
    "flux_kontext": ("flux-kontext/generate", "flux-kontext/record-info"),
    "midjourney": ("mj/generate", "mj/record-info"),
}
FAMILY = pytest.mark.parametrize("family", list(MODELS))
MODES = pytest.mark.parametrize("deferrable", [False, True], ids=["sync", "deferrable"])
_ERROR = re.compile(r"^kie_provider\.exceptions\.(\w+): (.*)$", re.M)


def test_every_family_is_covered():
    assert set(MODELS) | {
        "veo_extend",
        "runway_extend",
        "suno_extend",
        "suno_wav",
        "suno_vocal_removal",
        "suno_mp4",
    } == set(FAMILIES)
    assert {CATALOGUE[m].family for m in MODELS.values()} == set(MODELS)


def run(capfd, dag_id: str, family: str, deferrable: bool, *, prompt_suffix: str = "", extra: str = "") -> tuple:
    spec = CATALOGUE[MODELS[family]]
    example = dict(spec.example_input)
    if family == "runway":  # kie.ai's schema requires both (issue 19); the catalogue's example may leave them out
        example = {"duration": 5, "quality": "720p", **example}
    example["prompt"] = example["prompt"] + prompt_suffix
    args = ", ".join(f"{spec.field(name).arg}={value!r}" for name, value in example.items())
    callback = "callback_url='https://example.com/kie-callback', " if FAMILIES[family].callback_required else ""
    body = (
        f"{spec.operator_name}(task_id='gen', {args}, {callback}deferrable={deferrable}, poll_interval=0.4, "
        f"retry_delay=timedelta(seconds=0), {extra})"
    )
    capfd.readouterr()
    dag_run = run_dag(dag_source(dag_id, body), dag_id)
    out, err = capfd.readouterr()
    errors = _ERROR.findall(out + err)
    return dag_run, (errors[-1] if errors else (None, ""))


@FAMILY
@MODES
def test_an_ambiguous_create_is_never_sent_again(airflow_db, emulator, capfd, family, deferrable):
    # The task is created, then the answer is lost: kie.ai charges it, the provider cannot know its id.
    emulator.add_fault(ENDPOINTS[family][0], Fault(kind="drop_after"))
    dag_run, (error, message) = run(
        capfd, f"fam_ambiguous_{family}_{deferrable}", family, deferrable, extra="retries=3"
    )
    assert str(dag_run.state) == "failed" and tries(dag_run, "gen") == 1
    assert error == "KieTaskMaybeCreatedError" and "not sent again" in message
    assert emulator.stats()["create_requests"] == 1 and emulator.stats()["tasks_created"] == 1
    if DURABLE:  # the marker stays, so that a clear does not send it again either
        assert SUBMITTING in stored_state(dag_run, "gen")


@FAMILY
@MODES
def test_a_retry_reattaches_to_the_task_instead_of_paying_again(airflow_db, emulator, capfd, family, deferrable):
    dag_run, (error, message) = run(
        capfd,
        f"fam_reattach_{family}_{deferrable}",
        family,
        deferrable,
        prompt_suffix=" [[hang]]",
        extra="timeout=1.2, retries=1",
    )
    assert str(dag_run.state) == "failed" and tries(dag_run, "gen") == 2
    assert error == "KieTimeoutError" and "reattaches to the same task" in message
    if DURABLE:
        assert emulator.stats()["create_requests"] == 1 and emulator.stats()["tasks_created"] == 1
    else:  # no task_state_store before Airflow 3.3: each try submits, as documented
        assert emulator.stats()["tasks_created"] == 2


@FAMILY
@MODES
def test_one_404_while_a_retry_decides_does_not_pay_again(airflow_db, emulator, capfd, family, deferrable):
    # Try 1 sees 404s past its grace and fails; its retry meets one more 404 while it decides whether to
    # reattach: that is not "gone", so it must not submit a new, paid task.
    record = ENDPOINTS[family][1]
    emulator.durations = (0.05, 0.05, 1.5)
    emulator.add_fault(record, Fault(kind="code", code=404, status=404), times=None)

    def one_more_404() -> None:
        emulator.clear_faults()
        emulator.add_fault(record, Fault(kind="html", status=404))

    RETRY_HOOKS.append(one_more_404)
    dag_run, _ = run(
        capfd,
        f"fam_404_{family}_{deferrable}",
        family,
        deferrable,
        extra=f"retries=1, not_found_grace=0.5, {ON_RETRY_CALLBACK}",
    )
    assert str(dag_run.state) == "success" and tries(dag_run, "gen") == 2
    record_value = xcom(dag_run, "gen")
    assert record_value["state"] == "success" and record_value["result_urls"]
    assert emulator.stats()["tasks_created"] == (1 if DURABLE else 2)
