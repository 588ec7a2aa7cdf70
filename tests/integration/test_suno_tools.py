"""Suno's tools on a track made earlier, on real Airflow: WAV, vocal separation and music video, each created once.

``/api/v1/wav/generate``, ``/api/v1/vocal-removal/generate`` and ``/api/v1/mp4/generate`` are families of
their own, each polled on its own record endpoint (``.../record-info``). A Suno generation makes the track;
the tool's typed operator takes its taskId and one of its audioIds under ``dag.test()`` against the emulator,
which judges the body by the page's own JSON Schema.
"""

from __future__ import annotations

import re

import pytest
import requests
from conftest import TEST_API_KEY
from dagtest import dag_source, run_dag, task_states, tries, xcom

from kie_provider.emulator.server import Fault
from kie_provider.operators.base import DURABLE

_ERROR = re.compile(r"^kie_provider\.exceptions\.(\w+): (.*)$", re.M)
GENERATE = (
    "KieSunoGenerateOperator(task_id='gen', prompt='A calm piano track', custom_mode=False, instrumental=True, "
    "model_version='V4', poll_interval=0.4, callback_url='https://example.com/kie-callback')"
)
#: Templates, doubled for the ``str.format`` of :data:`TOOLS`.
PARENT = "source_task_id=\"{{{{ ti.xcom_pull(task_ids='gen', key='kie_task_id') }}}}\""
TRACK = "audio_id=\"{{{{ ti.xcom_pull(task_ids='gen')['result']['sunoData'][0]['id'] }}}}\""
#: Each tool as a DAG author writes it; ``{marker}`` ends its callback URL (where the emulator's markers ride).
TOOLS = {
    "wav": f"KieSunoWavOperator(task_id='tool', {PARENT}, {TRACK}, poll_interval=0.2, "
    "callback_url='https://example.com/kie-callback{marker}'{extra})",
    "vocal-removal": f"KieSunoVocalRemovalOperator(task_id='tool', {PARENT}, {TRACK}, poll_interval=0.2, "
    "callback_url='https://example.com/kie-callback{marker}'{extra})",
    "mp4": f"KieSunoMusicVideoOperator(task_id='tool', {PARENT}, {TRACK}, poll_interval=0.2, "
    "callback_url='https://example.com/kie-callback{marker}'{extra})",
}
#: Where each tool's record carries its files (vocal separation's default type, separate_vocal: two).
RESULT_FIELDS = {"wav": ("audioWavUrl",), "vocal-removal": ("vocalUrl", "instrumentalUrl"), "mp4": ("videoUrl",)}


def run(capfd, dag_id: str, tool: str, *, marker: str = "", extra: str = "") -> tuple:
    body = f"gen = {GENERATE}\ntool = {TOOLS[tool].format(marker=marker, extra=extra)}\ngen >> tool"
    capfd.readouterr()
    dag_run = run_dag(dag_source(dag_id, body), dag_id)
    out, err = capfd.readouterr()
    errors = _ERROR.findall(out + err)
    return dag_run, (errors[-1] if errors else (None, ""))


@pytest.mark.parametrize("tool", list(TOOLS))
@pytest.mark.parametrize("deferrable", [False, True], ids=["sync", "deferrable"])
def test_a_track_is_converted_and_the_file_collected(airflow_db, emulator, capfd, tool, deferrable):
    dag_run, error = run(capfd, f"suno_{tool}_{deferrable}", tool, extra=f", deferrable={deferrable}")
    assert task_states(dag_run) == {"gen": "success", "tool": "success"}, error
    made, converted = xcom(dag_run, "gen"), xcom(dag_run, "tool")
    assert converted["state"] == "success" and converted["model"] == f"suno/{tool}"
    assert converted["result_urls"] == [converted["result"][name] for name in RESULT_FIELDS[tool]]
    assert converted["task_id"] != made["task_id"]
    sent = emulator.created_requests()[-1]  # the tool's body, judged by its page's schema
    assert sent == {
        "taskId": made["task_id"],
        "audioId": made["result"]["sunoData"][0]["id"],
        "callBackUrl": "https://example.com/kie-callback",
    }
    # The generation and the tool, each created once.
    assert emulator.stats()["tasks_created"] == 2 and emulator.stats()["create_requests"] == 2


@pytest.mark.parametrize("tool", list(TOOLS))
def test_a_retry_of_a_tool_reattaches_instead_of_paying_again(airflow_db, emulator, capfd, tool):
    dag_run, (error, message) = run(
        capfd,
        f"suno_{tool}_reattach",
        tool,
        marker="?[[hang]]",
        extra=", deferrable=True, timeout=1.2, retries=1, retry_delay=timedelta(seconds=0)",
    )
    assert task_states(dag_run)["tool"] == "failed" and tries(dag_run, "tool") == 2
    assert error == "KieTimeoutError" and "reattaches to the same task" in message
    assert emulator.stats()["tasks_created"] == (2 if DURABLE else 3)


@pytest.mark.parametrize("tool", list(TOOLS))
def test_a_tool_whose_answer_was_lost_is_never_sent_again(airflow_db, emulator, capfd, tool):
    emulator.add_fault(f"{tool}/generate", Fault(kind="drop_after"))
    dag_run, (error, message) = run(capfd, f"suno_{tool}_ambiguous", tool, extra=", retries=2")
    assert task_states(dag_run)["tool"] == "failed" and tries(dag_run, "tool") == 1
    assert error == "KieTaskMaybeCreatedError" and "not sent again" in message
    assert emulator.stats()["create_requests"] == 2 and emulator.stats()["tasks_created"] == 2


@pytest.mark.parametrize("tool", list(TOOLS))
def test_the_emulator_holds_a_tool_to_its_page_and_to_a_finished_track(emulator, tool):
    headers = {"Authorization": f"Bearer {TEST_API_KEY}"}
    url = f"{emulator.url}/api/v1/{tool}/generate"
    no_parent = requests.post(url, json={"audioId": "a"}, headers=headers, timeout=5).json()
    assert no_parent["code"] == 422 and f"invalid request for /api/v1/{tool}/generate" in no_parent["msg"]
    body = {"taskId": "nope", "audioId": "a", "callBackUrl": "https://example.com/cb"}
    unknown = requests.post(url, json=body, headers=headers, timeout=5).json()
    assert unknown["code"] == 422 and emulator.stats()["tasks_created"] == 0
