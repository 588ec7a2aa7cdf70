"""The operators on real Airflow (``dag.test()``) against the emulator over real HTTP."""

from __future__ import annotations

import pytest
from dagtest import dag_source, load_dag, run_dag, task_states, tries, xcom

from kie_provider.catalogue import CATALOGUE
from kie_provider.exceptions import KieValidationError
from kie_provider.operators.base import DURABLE


@pytest.mark.parametrize("deferrable", [False, True], ids=["sync", "deferrable"])
def test_model_operator_returns_finished_record_and_pushes_task_id(airflow_db, emulator, deferrable):
    dag_id = f"ops_success_{'def' if deferrable else 'sync'}"
    run = run_dag(
        dag_source(
            dag_id,
            f"""
KieSeedreamV4TextToImageOperator(
    task_id="gen", prompt="two red apples", max_images="2", image_size="square_hd",
    poll_interval=0.1, deferrable={deferrable},
)
""",
        ),
        dag_id,
    )
    assert run.state == "success"
    record = xcom(run, "gen")
    assert record["state"] == "success"
    assert record["model"] == "bytedance/seedream-v4-text-to-image"
    assert len(record["result_urls"]) == 2
    assert all(u.startswith(emulator.url) for u in record["result_urls"])
    assert record["consume_credits"] == CATALOGUE["bytedance/seedream-v4-text-to-image"].credits
    assert xcom(run, "gen", key="kie_task_id") == record["task_id"]
    # max_images="2" went out as the number the API documents.
    assert emulator.created_requests()[0]["input"]["max_images"] == 2
    assert emulator.stats()["tasks_created"] == 1


def test_templated_fields_are_rendered_then_validated(airflow_db, emulator):
    dag_id = "ops_templated"
    run = run_dag(
        dag_source(
            dag_id,
            """
gen = KieSeedreamV4TextToImageOperator(task_id="gen", prompt="{{ params.prompt }}", poll_interval=0.1)
KieTopazImageUpscaleOperator(
    task_id="up",
    image_url="{{ ti.xcom_pull('gen')['result_urls'][0] }}",
    upscale_factor="{{ params.factor }}",
    poll_interval=0.1,
)
gen >> dag.get_task("up")
""",
            params='{"prompt": Param("a lighthouse"), "factor": Param(4)}',
        ),
        dag_id,
    )
    assert run.state == "success"
    sent = emulator.created_requests()
    assert sent[0]["input"]["prompt"] == "a lighthouse"
    assert sent[1]["input"] == {"image_url": xcom(run, "gen")["result_urls"][0], "upscale_factor": "4"}


def test_literal_bad_input_breaks_the_dag_at_parse_time(airflow_db, emulator):
    with pytest.raises(KieValidationError) as err:
        load_dag(
            dag_source(
                "ops_parse_error",
                'KieTopazImageUpscaleOperator(task_id="up", image_url="https:///no-host", upscale_factor=True)',
            ),
            "ops_parse_error",
        )
    assert set(err.value.fields) == {"image_url", "upscale_factor"}
    assert "'https:///no-host'" in str(err.value) and "one of '1', '2', '4', '8'" in str(err.value)
    assert emulator.stats()["create_requests"] == 0


BAD_RENDERED = {
    "wrong-type": ('image_url="{{ params.v }}", upscale_factor="2",', 'Param("https:///no-host")'),
    "strict-enum": (
        'image_url="https://example.com/a.png", upscale_factor="{{ params.v }}", strict_validation=True,',
        "Param(3)",
    ),
}


@pytest.mark.parametrize("case", list(BAD_RENDERED))
def test_templated_bad_input_fails_before_any_request_without_retries(airflow_db, emulator, case):
    dag_id = "ops_render_error"
    fields, param = BAD_RENDERED[case]
    run = run_dag(
        dag_source(
            dag_id,
            f"""
KieTopazImageUpscaleOperator(
    task_id="up", {fields}
    retries=3, retry_delay=timedelta(seconds=0),
)
""",
            params=f'{{"v": {param}}}',
        ),
        dag_id,
    )
    assert run.state == "failed"
    assert task_states(run) == {"up": "failed"}
    assert tries(run, "up") == 1  # permanent: no retry spent
    assert emulator.stats()["create_requests"] == 0


def test_an_enum_value_the_catalogue_does_not_list_is_sent_as_given(airflow_db, emulator, caplog):
    # The catalogue may lag kie.ai, so an unlisted value is sent (with a warning naming it), and kie.ai is the
    # judge: here (its schema lists no "16") it answers 422, a permanent error that created and charged nothing.
    dag_id = "ops_unlisted_enum"
    source = dag_source(
        dag_id,
        'KieTopazImageUpscaleOperator(task_id="up", image_url="https://example.com/a.png", upscale_factor="16", '
        "retries=2)",
    )
    run = run_dag(source, dag_id)
    assert task_states(run) == {"up": "failed"} and tries(run, "up") == 1
    assert "upscale_factor = '16'" in caplog.text and "sent as given" in caplog.text
    assert emulator.stats()["create_requests"] == 1 and emulator.stats()["tasks_created"] == 0


SEED_MODELS = (
    "topaz/image-upscale",
    "google/nano-banana-edit",
    "bytedance/seedream-v4-text-to-image",
    "bytedance/v1-pro-fast-image-to-video",
    "kling/v1-avatar-standard",
)


def test_seed_examples_are_sent_exactly_as_documented(airflow_db, emulator):
    seeds = [CATALOGUE[model] for model in SEED_MODELS]
    body = "\n".join(
        f"KieCreateTaskOperator(task_id='m{i}', model={spec.model!r}, input={dict(spec.example_input)!r}, "
        "callback_url='https://your-domain.com/api/callback', poll_interval=0.1)"
        for i, spec in enumerate(seeds)
    )
    run = run_dag(dag_source("ops_seed_examples", body), "ops_seed_examples")
    assert run.state == "success"
    sent = {req["model"]: req for req in emulator.created_requests()}
    for spec in seeds:
        expected = {
            "model": spec.model,
            "callBackUrl": "https://your-domain.com/api/callback",
            "input": dict(spec.example_input),
        }
        if spec.model == "kling/v1-avatar-standard":
            expected["input"]["prompt"] = ""  # documented required; kie.ai records it as ""
        assert sent[spec.model] == expected


def test_failed_generation_raises_with_fail_code_and_retry_submits_again(airflow_db, emulator):
    emulator.fail_tasks(1, fail_code="500", fail_msg="Internal server error")
    dag_id = "ops_fail_then_retry"
    run = run_dag(
        dag_source(
            dag_id,
            """
KieTopazImageUpscaleOperator(
    task_id="up", image_url="https://example.com/a.png", upscale_factor="2",
    poll_interval=0.1, retries=1, retry_delay=timedelta(seconds=0),
)
""",
        ),
        dag_id,
    )
    assert run.state == "success"
    assert tries(run, "up") == 2
    # The failed task cost nothing and the retry made exactly one new one.
    assert emulator.stats()["tasks_created"] == 2


def test_timeout_then_retry_reattaches_to_the_same_task(airflow_db, emulator):
    emulator.durations = (0.05, 0.05, 2.0)
    dag_id = "ops_timeout_reattach"
    run = run_dag(
        dag_source(
            dag_id,
            """
KieTopazImageUpscaleOperator(
    task_id="up", image_url="https://example.com/a.png", upscale_factor="2",
    poll_interval=0.1, timeout=0.5, retries=5, retry_delay=timedelta(seconds=0),
)
""",
        ),
        dag_id,
    )
    if DURABLE:
        assert run.state == "success"
        assert tries(run, "up") >= 2
        assert emulator.stats()["tasks_created"] == 1
        assert list(emulator.tasks()) == [xcom(run, "up")["task_id"]]
    else:  # before Airflow 3.3 there is no task_state_store: every try submits anew, as documented
        assert run.state == "failed"
        assert emulator.stats()["tasks_created"] == tries(run, "up") == 6


def test_a_templated_list_is_rendered_and_stored_as_a_list(airflow_db, emulator):
    from airflow.models.renderedtifields import RenderedTaskInstanceFields
    from airflow.utils.session import create_session

    dag_id = "ops_rendered_list"
    run = run_dag(
        dag_source(
            dag_id,
            """
gen = KieSeedreamV4TextToImageOperator(task_id="gen", prompt="a red kite", max_images=2, poll_interval=0.1)
edit = KieNanoBananaEditOperator(
    task_id="edit", prompt="make it blue", image_urls="{{ ti.xcom_pull('gen')['result_urls'] }}", poll_interval=0.1
)
gen >> edit
""",
        ),
        dag_id,
    )
    assert run.state == "success"
    urls = xcom(run, "gen")["result_urls"]
    with create_session() as session:
        row = (
            session.query(RenderedTaskInstanceFields)
            .filter(RenderedTaskInstanceFields.run_id == run.run_id, RenderedTaskInstanceFields.task_id == "edit")
            .one()
        )
    # What the Rendered Template view shows: the list, not its Python text.
    assert row.rendered_fields["input"]["image_urls"] == urls
    assert emulator.created_requests()[-1]["input"]["image_urls"] == urls
