"""The example DAGs: they import cleanly, and each runs green on real Airflow against the emulator."""

from __future__ import annotations

import importlib
import re
import shutil
import threading
import time
import warnings
from pathlib import Path
from typing import Any

import pytest
from airflow import __version__ as airflow_version
from dagtest import dags_folder, task_states, xcom

from kie_provider.catalogue import CATALOGUE

AIRFLOW = tuple(int(p) for p in airflow_version.split(".")[:2])
# Human-in-the-loop operators exist from Airflow 3.1; 3.3 parks such tasks in a state of their own.
HITL_AVAILABLE = AIRFLOW >= (3, 1)
HITL_PARKS = AIRFLOW >= (3, 3)
EXAMPLES = Path(__file__).resolve().parents[2] / "example_dags"

SINGLE_MODEL_DAGS = {
    # dag_id: (file, task_id, model)
    "kie_seedream_text_to_image": (
        "example_kie_seedream_text_to_image.py",
        "generate",
        "bytedance/seedream-v4-text-to-image",
    ),
    "kie_nano_banana_edit": ("example_kie_nano_banana_edit.py", "edit", "google/nano-banana-edit"),
    "kie_topaz_image_upscale": ("example_kie_topaz_image_upscale.py", "upscale", "topaz/image-upscale"),
    "kie_bytedance_image_to_video": (
        "example_kie_bytedance_image_to_video.py",
        "animate",
        "bytedance/v1-pro-fast-image-to-video",
    ),
    "kie_kling_avatar": ("example_kie_kling_avatar.py", "avatar", "kling/v1-avatar-standard"),
}
OTHER_DAGS = {
    "kie_creative_pipeline": "example_kie_creative_pipeline.py",
    "kie_batch_images": "example_kie_batch.py",
    "kie_human_review": "example_kie_human_review.py",
    "kie_video_with_soundtrack": "example_kie_video_with_soundtrack.py",
}


def dag_bag(path: Path, bundle: Path, **kwargs: Any) -> Any:
    """
    Parse DAG files as Airflow's dag-processor does (``BundleDagBag``; ``DagBag`` before Airflow 3.2).

    :param path: a DAG file or folder.
    :param bundle: the folder of the bundle it belongs to.
    :param kwargs: more arguments (``known_pools``).
    """
    try:
        from airflow.dag_processing.dagbag import BundleDagBag
    except ImportError:
        from airflow.models.dagbag import DagBag

        return DagBag(dag_folder=str(path), include_examples=False, bundle_path=bundle, **kwargs)
    return BundleDagBag(dag_folder=str(path), bundle_path=bundle, bundle_name="dags-folder", **kwargs)


def example_dag(file_name: str, dag_id: str) -> Any:
    """Copy an example into the DAGs folder (``dag.test()`` runs only bundled DAGs) and load it."""
    target = dags_folder() / file_name
    shutil.copy(EXAMPLES / file_name, target)
    bag = dag_bag(target, dags_folder())
    assert bag.import_errors == {}
    return bag.dags[dag_id]


# Before Airflow 3.2 the standard provider's HITL module (which the human-review example has to
# import for HITLOperator) gets BranchMixIn through common-compat, which falls back to the deprecated
# airflow.operators.branch because airflow.sdk.bases.branch only exists from 3.2. The warning is
# raised inside those packages whatever the example imports, so this one alone is allowed there.
STANDARD_PROVIDER_DEPRECATION = (
    "DeprecatedImportWarning",
    "The `airflow.operators.branch.BranchMixIn` attribute is deprecated. "
    "Please use `'airflow.providers.standard.operators.branch.BranchMixIn'`.",
    "/airflow/providers/common/compat/_compat_utils.py",
)


def is_allowed_warning(category: str, message: str, filename: str) -> bool:
    """
    Whether a warning is the one third-party deprecation allowed before Airflow 3.2.

    :param category: the warning's class name.
    :param message: its text.
    :param filename: the file it is attributed to.
    """
    allowed_category, allowed_message, allowed_file = STANDARD_PROVIDER_DEPRECATION
    return (
        AIRFLOW < (3, 2)
        and category == allowed_category
        and message == allowed_message
        and filename.replace("\\", "/").endswith(allowed_file)
    )


def import_dag_parser() -> None:
    """Import Airflow's DAG parser, so the warnings Airflow raises importing itself are not put on a DAG file."""
    try:
        importlib.import_module("airflow.dag_processing.dagbag")
    except ImportError:
        importlib.import_module("airflow.models.dagbag")


def test_every_example_dag_imports_without_errors_or_warnings():
    # Airflow 3.1's own import of its standard provider warns (BaseBranchOperator through common-compat)
    # the first time the parser is imported: not something a DAG file does.
    import_dag_parser()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        bag = dag_bag(EXAMPLES, EXAMPLES, known_pools={"default_pool", "kie_submissions"})
    if HITL_AVAILABLE:
        assert bag.import_errors == {}
    else:
        # Human-in-the-loop arrived in Airflow 3.1: only that example cannot load before it.
        assert list(bag.import_errors) == [str(EXAMPLES / OTHER_DAGS["kie_human_review"])]
    # The DAG bag records "file:line: module.Category: message" per DAG file.
    captured = {
        dag_file: [
            text
            for text in texts
            if not (
                dag_file == str(EXAMPLES / OTHER_DAGS["kie_human_review"])
                and (parts := re.fullmatch(r"(.+):\d+: (?:[\w.]+\.)?(\w+): (.*)", text, re.S))
                and is_allowed_warning(parts[2], parts[3], parts[1])
            )
        ]
        for dag_file, texts in getattr(bag, "captured_warnings", {}).items()
    }
    assert {dag_file: texts for dag_file, texts in captured.items() if texts} == {}
    assert [
        f"{w.category.__name__}: {w.message} ({w.filename}:{w.lineno})"
        for w in caught
        if not is_allowed_warning(w.category.__name__, str(w.message), w.filename)
    ] == []
    expected = set(SINGLE_MODEL_DAGS) | set(OTHER_DAGS)
    assert (expected if HITL_AVAILABLE else expected - {"kie_human_review"}) <= set(bag.dag_ids)
    for dag_id in [*SINGLE_MODEL_DAGS, *OTHER_DAGS]:
        if dag_id == "kie_human_review" and not HITL_AVAILABLE:
            continue
        dag = bag.dags[dag_id]
        assert "kie.ai" in dag.tags
        assert dag.doc_md, f"{dag_id} explains itself in the UI"
        assert all(t.retries >= 1 for t in dag.tasks if t.task_type.startswith("Kie")), dag_id


SEED_MODELS = {
    "topaz/image-upscale",
    "google/nano-banana-edit",
    "bytedance/seedream-v4-text-to-image",
    "bytedance/v1-pro-fast-image-to-video",
    "kling/v1-avatar-standard",
}


def test_example_params_say_what_they_are_and_refuse_a_url_that_is_not_one():
    from airflow.sdk.definitions.param import ParamValidationError

    from kie_provider.urls import HTTP_URL_PATTERN

    bag = dag_bag(EXAMPLES, EXAMPLES, known_pools={"default_pool", "kie_submissions"})
    url_params = 0
    for dag_id in sorted(bag.dag_ids):
        params = bag.dags[dag_id].params
        for name in params:
            param = params.get_param(name)
            assert param.description, f"{dag_id}: Param {name!r} has no description for the trigger form"
            schema = param.schema.get("items", param.schema) if param.schema.get("type") == "array" else param.schema
            if schema.get("pattern") == HTTP_URL_PATTERN:
                url_params += 1
                # Airflow enforces pattern (not format: uri) when a run is triggered: refused before it starts.
                bad = ["not a url"] if param.schema.get("type") == "array" else "not a url"
                with pytest.raises(ParamValidationError):
                    param.resolve(bad)
                param.resolve(param.value)
    assert url_params >= 7


def test_every_seed_model_has_an_example_dag():
    assert {model for _, _, model in SINGLE_MODEL_DAGS.values()} == SEED_MODELS <= set(CATALOGUE)


@pytest.mark.parametrize("dag_id", sorted(SINGLE_MODEL_DAGS))
def test_single_model_example_runs_with_the_documented_example_input(airflow_db, emulator, dag_id):
    file_name, task_id, model = SINGLE_MODEL_DAGS[dag_id]
    run = example_dag(file_name, dag_id).test()

    assert run.state == "success", task_states(run)
    record = xcom(run, task_id)
    assert record["state"] == "success"
    assert record["model"] == model
    assert record["result_urls"] and all(u.startswith(emulator.url) for u in record["result_urls"])
    # The Params' defaults are the seed document's own example: it reaches kie.ai unchanged.
    (sent,) = emulator.created_requests()
    assert sent["model"] == model
    expected = dict(CATALOGUE[model].example_input)
    if model == "kling/v1-avatar-standard":
        expected["prompt"] = ""
    assert sent["input"] == expected


def test_creative_pipeline_chains_results_and_saves_files(airflow_db, emulator, tmp_path, monkeypatch):
    monkeypatch.setenv("AIRFLOW__KIE__TEMPLATED_OUTPUT_ROOTS", str(tmp_path))  # output_dir is a Param
    run = example_dag(OTHER_DAGS["kie_creative_pipeline"], "kie_creative_pipeline").test(
        run_conf={"output_dir": str(tmp_path / "out")}
    )

    assert run.state == "success", task_states(run)
    assert set(task_states(run).values()) == {"success"}
    sent = {r["model"]: r["input"] for r in emulator.created_requests()}
    assert len(sent) == 5 and emulator.stats()["tasks_created"] == 5
    generate, edit, upscale, animate, avatar = (
        xcom(run, t) for t in ("generate", "edit", "upscale", "animate", "avatar")
    )
    # Each step was fed the previous step's result through XCom.
    assert sent["google/nano-banana-edit"]["image_urls"] == generate["result_urls"][:1]
    assert sent["topaz/image-upscale"]["image_url"] == edit["result_urls"][0]
    assert sent["bytedance/v1-pro-fast-image-to-video"]["image_url"] == upscale["result_urls"][0]
    assert (
        sent["kling/v1-avatar-standard"]["audio_url"]
        == CATALOGUE["kling/v1-avatar-standard"].example_input["audio_url"]
    )
    summary = xcom(run, "collect")
    assert set(summary) == {"generate", "edit", "upscale", "animate", "avatar"}
    assert summary["animate"]["result_urls"] == animate["result_urls"]
    assert summary["avatar"]["model"] == avatar["model"] == "kling/v1-avatar-standard"
    # Every result file was saved under the output_dir Param.
    for step, entry in summary.items():
        assert len(entry["output_paths"]) == len(entry["result_urls"]), step
        for path in entry["output_paths"]:
            saved = Path(path)
            assert saved.is_file() and saved.stat().st_size > 0, path
            assert (tmp_path / "out") in saved.parents, path


def test_video_with_soundtrack_pairs_a_veo_video_and_a_suno_track(airflow_db, emulator, tmp_path, monkeypatch):
    monkeypatch.setenv("AIRFLOW__KIE__TEMPLATED_OUTPUT_ROOTS", str(tmp_path))  # output_dir is a Param
    run = example_dag(OTHER_DAGS["kie_video_with_soundtrack"], "kie_video_with_soundtrack").test(
        run_conf={"output_dir": str(tmp_path / "teaser")}
    )
    assert run.state == "success", task_states(run)
    video, music, teaser = xcom(run, "video"), xcom(run, "music"), xcom(run, "pair")
    assert (video["model"], music["model"]) == ("veo/generate", "suno/generate")
    assert len(music["result_urls"]) == 2  # Suno makes two tracks
    sent = emulator.created_requests()
    assert emulator.stats()["tasks_created"] == 2
    veo_body = next(r for r in sent if r.get("model") == "veo3_fast")
    suno_body = next(r for r in sent if r.get("model") == "V4_5")
    assert veo_body["prompt"].startswith("A paper boat") and veo_body["aspect_ratio"] == "16:9"
    assert suno_body["customMode"] is False and suno_body["instrumental"] is True
    assert suno_body["callBackUrl"] == "https://example.com/kie-callbacks"
    for key in ("video", "soundtrack"):
        saved = Path(teaser[key])
        assert saved.is_file() and saved.stat().st_size > 0 and (tmp_path / "teaser") in saved.parents
    assert Path(teaser["video"]).suffix == ".mp4" and Path(teaser["soundtrack"]).suffix == ".mp3"


def test_batch_example_maps_one_task_per_prompt(airflow_db, emulator):
    from airflow.models.pool import Pool

    Pool.create_or_update_pool("kie_submissions", slots=4, description="kie.ai createTask", include_deferred=False)
    prompts = ["a red kite", "a blue door", "a green teapot"]
    run = example_dag(OTHER_DAGS["kie_batch_images"], "kie_batch_images").test(run_conf={"prompts": prompts})

    assert run.state == "success", task_states(run)
    states = task_states(run)
    assert [states[f"generate[{i}]"] for i in range(3)] == ["success"] * 3
    assert "generate[3]" not in states
    images = xcom(run, "gather")
    assert sorted(images) == sorted(prompts)
    assert all(len(urls) == 1 for urls in images.values())
    assert sorted(r["input"]["prompt"] for r in emulator.created_requests()) == sorted(prompts)


def respond_when_asked(dag_id: str, task_id: str, choice: str, errors: list[BaseException], seen: dict) -> None:
    """
    Play the reviewer: wait for the HITL request, then answer it through Airflow's own REST handler.

    :param dag_id: the DAG.
    :param task_id: the HITL task.
    :param choice: the option to choose.
    :param errors: collects an exception, for the test to re-raise.
    :param seen: receives the request's subject, body and options as shown to the reviewer.
    """
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser
    from airflow.api_fastapi.core_api.datamodels.hitl import UpdateHITLDetailPayload
    from airflow.api_fastapi.core_api.routes.public.hitl import update_hitl_detail
    from airflow.models.dagrun import DagRun
    from airflow.models.hitl import HITLDetail
    from airflow.models.taskinstance import TaskInstance
    from airflow.utils.session import create_session
    from airflow.utils.state import DagRunState, TaskInstanceState
    from sqlalchemy import select, update

    # Airflow 3.3 parks the task in AWAITING_INPUT; 3.1 and 3.2 defer it to a trigger, which
    # dag.test() runs inline with the task instance set back to QUEUED.
    WAITING_FOR_INPUT = [
        TaskInstanceState.DEFERRED,
        TaskInstanceState("awaiting_input") if HITL_PARKS else TaskInstanceState.QUEUED,
    ]
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with create_session() as session:
                ti = session.scalars(
                    select(TaskInstance).where(
                        TaskInstance.dag_id == dag_id,
                        TaskInstance.task_id == task_id,
                        TaskInstance.state.in_(WAITING_FOR_INPUT),
                    )
                ).first()
                detail = None if ti is None else session.get(HITLDetail, ti.id)
                if ti is not None and detail is not None:
                    seen.update(subject=detail.subject, body=detail.body, options=list(detail.options))
                    run_id = ti.run_id
            if ti is not None and detail is not None:
                # A session of its own, as a REST request has: one that already holds the task
                # instance would not load its HITL detail (a "noload" relationship on Airflow 3.1).
                with create_session() as session:
                    update_hitl_detail(
                        dag_id=dag_id,
                        dag_run_id=run_id,
                        task_id=task_id,
                        update_hitl_detail_payload=UpdateHITLDetailPayload(chosen_options=[choice]),
                        user=SimpleAuthManagerUser(username="reviewer", role="admin"),
                        session=session,
                        map_index=-1,
                    )
                return
            time.sleep(0.2)
        raise TimeoutError(f"{dag_id}.{task_id} never asked for input")
    except BaseException as exc:
        errors.append(exc)
        # Fail the run, or dag.test() would wait for an answer for ever.
        with create_session() as session:
            session.execute(update(DagRun).where(DagRun.dag_id == dag_id).values(state=DagRunState.FAILED))


@pytest.fixture
def inline_hitl_trigger(monkeypatch: pytest.MonkeyPatch) -> None:
    """
    Let ``dag.test()`` run the human-in-the-loop trigger in-process before Airflow 3.3.

    Before 3.3, ``dag.test()`` runs a deferred HITL task's trigger inline, but the in-process
    supervisor it uses has no handler for the trigger's one request (``GetHITLDetailResponse``), so
    the trigger crashes on ``None`` however the DAG is written; the real triggerer answers it by
    reading the response through the execution API. This adds exactly that handler (the
    triggerer's own code), so the trigger still reads the reviewer's answer from the metadata DB
    through Airflow's execution API. From 3.3 ``dag.test()`` parks the task instead and needs nothing.

    :param monkeypatch: pytest's monkeypatch, which undoes the patch after the test.
    """
    if HITL_PARKS:
        return
    from airflow.jobs.triggerer_job_runner import HITLDetailResponseResult
    from airflow.sdk.execution_time.comms import GetHITLDetailResponse
    from airflow.sdk.execution_time.supervisor import InProcessTestSupervisor

    handle_request = InProcessTestSupervisor._handle_request

    def handle(self: Any, msg: Any, log: Any, req_id: int) -> None:
        if not isinstance(msg, GetHITLDetailResponse):
            return handle_request(self, msg, log, req_id)
        response = self.client.hitl.get_detail_response(ti_id=msg.ti_id)
        self.send_msg(HITLDetailResponseResult.from_api_response(response=response), request_id=req_id)
        return None

    monkeypatch.setattr(InProcessTestSupervisor, "_handle_request", handle)


@pytest.mark.timeout(240)
@pytest.mark.parametrize("choice", ["Image 2", "Reject all"])
def test_human_review_example_animates_only_the_picked_image(airflow_db, emulator, inline_hitl_trigger, choice):
    if not HITL_AVAILABLE:
        with pytest.raises(AssertionError):
            example_dag(OTHER_DAGS["kie_human_review"], "kie_human_review")
        return
    dag = example_dag(OTHER_DAGS["kie_human_review"], "kie_human_review")
    errors: list[BaseException] = []
    seen: dict[str, Any] = {}
    reviewer = threading.Thread(
        target=respond_when_asked, args=("kie_human_review", "review", choice, errors, seen), daemon=True
    )
    reviewer.start()
    run = dag.test()
    reviewer.join(timeout=10)
    assert not errors, errors

    assert run.state == "success", task_states(run)
    candidates = xcom(run, "generate")["result_urls"]
    assert len(candidates) == 3
    # The reviewer saw every candidate image and the choices.
    assert all(url in seen["body"] for url in candidates)
    assert seen["options"] == ["Image 1", "Image 2", "Image 3", "Reject all"]
    models = [r["model"] for r in emulator.created_requests()]
    states = task_states(run)
    if choice == "Reject all":
        assert states["animate"] == "skipped"
        assert models == ["bytedance/seedream-v4-text-to-image"], "a rejection must not pay for a video"
    else:
        assert states["animate"] == "success"
        assert models == ["bytedance/seedream-v4-text-to-image", "bytedance/v1-pro-fast-image-to-video"]
        assert emulator.created_requests()[1]["input"]["image_url"] == candidates[1]
