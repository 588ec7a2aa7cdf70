"""Extending a result on real Airflow: Runway's and Suno's extend APIs, polled like their generations, paid once.

Runway's ``/api/v1/runway/extend`` and Suno's ``/api/v1/generate/extend`` are families of their own (their
create path) that share their generation's record endpoint and reader. Each runs its typed operator under
``dag.test()`` against the emulator, which judges the bodies by the pages' own JSON Schemas.
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
CALLBACK = "callback_url='https://example.com/kie-callback'"
#: The generation each extension extends, and the extension, as a DAG author writes them (the docs' examples);
#: the extension is a ``str.format`` template (``{suffix}`` ends its prompt, ``{extra}`` adds arguments).
PAIRS = {
    "runway": (
        "KieRunwayGenerateOperator(task_id='gen', prompt='A fluffy orange cat dancing', aspect_ratio='9:16', "
        "duration=5, quality='720p', poll_interval=0.2)",
        "KieRunwayExtendOperator(task_id='ext', "
        "source_task_id=\"{{{{ ti.xcom_pull(task_ids='gen', key='kie_task_id') }}}}\", "
        "prompt='The cat continues dancing with more energy{suffix}', quality='720p', water_mark='kie.ai', "
        "poll_interval=0.2{extra})",
    ),
    "suno": (
        f"KieSunoGenerateOperator(task_id='gen', prompt='A calm piano track', custom_mode=False, instrumental=True, "
        f"model_version='V4', poll_interval=0.4, {CALLBACK})",
        "KieSunoExtendOperator(task_id='ext', default_param_flag=True, "
        "audio_id=\"{{{{ ti.xcom_pull(task_ids='gen')['result']['sunoData'][0]['id'] }}}}\", "
        "prompt='Extend the music with a gentle bridge{suffix}', style='Classical', title='Peaceful Piano Extended', "
        f"continue_at=20, model_version='V4', poll_interval=0.4, {CALLBACK}{{extra}})",
    ),
}


def run(capfd, dag_id: str, family: str, *, suffix: str = "", extra: str = "") -> tuple:
    generate, extend = PAIRS[family]
    body = f"gen = {generate}\next = {extend.format(suffix=suffix, extra=extra)}\ngen >> ext"
    capfd.readouterr()
    dag_run = run_dag(dag_source(dag_id, body), dag_id)
    out, err = capfd.readouterr()
    errors = _ERROR.findall(out + err)
    return dag_run, (errors[-1] if errors else (None, ""))


@pytest.mark.parametrize("family", list(PAIRS))
@pytest.mark.parametrize("deferrable", [False, True], ids=["sync", "deferrable"])
def test_a_result_is_extended_and_the_extension_collected(airflow_db, emulator, capfd, family, deferrable):
    dag_run, _ = run(capfd, f"extend_{family}_{deferrable}", family, extra=f", deferrable={deferrable}")
    assert task_states(dag_run) == {"gen": "success", "ext": "success"}
    made, extended = xcom(dag_run, "gen"), xcom(dag_run, "ext")
    assert extended["state"] == "success" and extended["result_urls"] and extended["task_id"] != made["task_id"]
    assert extended["model"] == f"{family}/extend"
    sent = emulator.created_requests()[-1]  # the extension's body, judged by its page's schema
    if family == "runway":
        assert sent == {
            "taskId": made["task_id"],
            "prompt": "The cat continues dancing with more energy",
            "quality": "720p",
            "waterMark": "kie.ai",
        }
    else:
        assert sent["audioId"] == made["result"]["sunoData"][0]["id"] and sent["defaultParamFlag"] is True
        assert sent["callBackUrl"] == "https://example.com/kie-callback" and sent["continueAt"] == 20
    assert emulator.stats()["tasks_created"] == 2  # the generation and its extension, each once


@pytest.mark.parametrize("family", list(PAIRS))
def test_a_retry_of_an_extension_reattaches_instead_of_paying_again(airflow_db, emulator, capfd, family):
    dag_run, (error, message) = run(
        capfd,
        f"extend_reattach_{family}",
        family,
        suffix=" [[hang]]",
        extra=", deferrable=True, timeout=1.2, retries=1, retry_delay=timedelta(seconds=0)",
    )
    assert task_states(dag_run)["ext"] == "failed" and tries(dag_run, "ext") == 2
    assert error == "KieTimeoutError" and "reattaches to the same task" in message
    # The generation and one extension: the retry waited for the same extension instead of creating another.
    assert emulator.stats()["tasks_created"] == (2 if DURABLE else 3)


@pytest.mark.parametrize("family", list(PAIRS))
def test_an_extension_whose_answer_was_lost_is_never_sent_again(airflow_db, emulator, capfd, family):
    emulator.add_fault(f"{family}/extend", Fault(kind="drop_after"))
    dag_run, (error, message) = run(capfd, f"extend_ambiguous_{family}", family, extra=", retries=2")
    assert task_states(dag_run)["ext"] == "failed" and tries(dag_run, "ext") == 1
    assert error == "KieTaskMaybeCreatedError" and "not sent again" in message
    assert emulator.stats()["create_requests"] == 2 and emulator.stats()["tasks_created"] == 2


def test_the_emulator_holds_an_extension_to_its_page_and_to_a_finished_parent(emulator):
    headers = {"Authorization": f"Bearer {TEST_API_KEY}"}
    url = f"{emulator.url}/api/v1/runway/extend"
    no_quality = requests.post(url, json={"prompt": "more"}, headers=headers, timeout=5).json()
    assert no_quality["code"] == 422 and "'quality' is a required property" in no_quality["msg"]
    body = {"taskId": "nope", "prompt": "more", "quality": "720p"}
    unknown = requests.post(url, json=body, headers=headers, timeout=5).json()
    assert unknown["code"] == 422 and emulator.stats()["tasks_created"] == 0
    suno = f"{emulator.url}/api/v1/generate/extend"
    no_model = requests.post(suno, json={"defaultParamFlag": False, "audioId": "a"}, headers=headers, timeout=5).json()
    assert no_model["code"] == 422 and "'model' is a required property" in no_model["msg"]
