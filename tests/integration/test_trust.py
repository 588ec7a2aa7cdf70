"""Trust under odd input: answers kie.ai or a gateway may send, untrusted templated files, bad durations, secrets.

Each test names a promise: no second charge, the result of the given input, nothing read on the worker that
the DAG did not ask for, and the webhook key masked wherever Airflow masks passwords.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from conftest import connection_json
from dagtest import ON_RETRY_CALLBACK, RETRY_HOOKS, dag_source, run_dag, task_states, tries, xcom

from kie_provider import config as kie_config
from kie_provider.emulator import Fault
from kie_provider.emulator.server import make_png
from kie_provider.exceptions import (
    KieInvalidResponseError,
    KieNotFoundError,
    KieServiceUnavailableError,
    KieTaskMaybeCreatedError,
    KieValidationError,
    KieWebhookVerificationError,
)
from kie_provider.hooks.kie import KieHook
from kie_provider.models import KieTask, KieTaskState
from kie_provider.operators.base import DURABLE
from kie_provider.operators.kie import KieSeedreamV4TextToImageOperator
from kie_provider.outcomes import require_results
from kie_provider.sensors.kie import KieTaskSensor
from kie_provider.sources import is_under_roots, safe_file_stem
from kie_provider.transfers import persist_results
from kie_provider.waiting import TaskWaiter
from kie_provider.webhooks import signature, verify_webhook
from kie_provider.wire import ApiRequest, parse_response, read_task, read_task_id

RECORD = ApiRequest("recordInfo", "GET", "https://api.kie.ai/x", returns_record=True)


def envelope(code: int, data: object, msg: str = "") -> bytes:
    return json.dumps({"code": code, "msg": msg, "data": data}).encode()


# --- createTask answers ---------------------------------------------------------------------------


@pytest.mark.parametrize("data", [{}, {"taskId": None}, {"taskId": ""}, {"taskId": "  "}, None, "abc", []])
def test_accepted_create_without_a_task_id_is_maybe_created_not_transient(data):
    with pytest.raises(KieTaskMaybeCreatedError, match="no readable taskId") as err:
        read_task_id(data)
    assert not err.value.transient  # never resent by the hook, never retried by Airflow


@pytest.mark.parametrize("data", [{"taskId": "t1"}, {"task_id": "t1"}, {"taskId": " t1 "}])
def test_create_answer_task_id_is_read_in_either_spelling(data):
    assert read_task_id(data) == "t1"


# --- recordInfo answers ----------------------------------------------------------------------------


def test_failed_record_under_code_501_is_the_record_with_its_fail_code():
    record = {"taskId": "t1", "model": "m", "state": "fail", "failCode": "422", "failMsg": "nsfw prompt"}
    task = read_task("t1", parse_response(RECORD, 200, envelope(501, record, "generation failed"), {}))
    assert task.state is KieTaskState.FAIL and (task.fail_code, task.fail_msg) == ("422", "nsfw prompt")


def test_record_under_code_501_without_a_state_is_a_failed_task():
    task = read_task("t1", parse_response(RECORD, 200, envelope(501, {"taskId": "t1", "failMsg": "x"}, "failed"), {}))
    assert task.state is KieTaskState.FAIL and task.fail_code == "501" and task.fail_msg == "x"


def test_non_200_code_without_a_record_is_still_the_typed_error():
    with pytest.raises(KieNotFoundError):
        parse_response(RECORD, 200, envelope(404, None, "not found"), {})
    with pytest.raises(KieServiceUnavailableError):  # the error payload of another endpoint is not a record
        parse_response(ApiRequest("credit", "GET", "x"), 200, envelope(500, {"taskId": "t1", "state": "x"}), {})


def test_result_urls_given_as_one_string_are_one_url():
    task = KieTask.from_record({"taskId": "t", "state": "success", "resultJson": '{"resultUrls": "https://a/b.png"}'})
    assert task.result_urls == ["https://a/b.png"]


@pytest.mark.parametrize("result", ["{}", '{"resultUrls": []}', '{"resultUrls": [1, null]}', "not json", ""])
def test_success_without_readable_urls_is_refused_naming_the_task(result):
    task = KieTask.from_record({"taskId": "t9", "model": "m", "state": "success", "resultJson": result})
    with pytest.raises(KieInvalidResponseError, match="kie.ai task t9 \\(m\\) reports success"):
        require_results(task)


def test_a_record_nested_too_deeply_is_read_without_recursion_error():
    deep = "[" * 100_000 + "]" * 100_000
    task = KieTask.from_record({"taskId": "t", "state": "success", "resultJson": deep, "param": deep})
    assert task.result_urls == [] and task.param is None


# --- the 404 grace ---------------------------------------------------------------------------------


def test_waiter_counts_the_grace_from_the_first_404_of_a_run():
    waiter = TaskWaiter("t", deadline=time.time() + 100, not_found_grace=0.2)
    waiter.on_task(KieTask(task_id="t", state=KieTaskState.GENERATING))
    time.sleep(0.3)
    waiter.on_error(KieNotFoundError("404"))  # the first 404 of a run, 0.3 s into the wait: tolerated
    time.sleep(0.1)
    waiter.on_error(KieNotFoundError("404"))
    waiter.on_task(KieTask(task_id="t", state=KieTaskState.GENERATING))  # a record ends the run
    waiter.on_error(KieNotFoundError("404"))
    time.sleep(0.25)
    with pytest.raises(KieNotFoundError, match="answered 404 for 0s in a row"):
        waiter.on_error(KieNotFoundError("404"))


# --- durations are refused when the task is built --------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"poll_interval": 0}, "poll_interval"),
        ({"poll_interval": -1}, "poll_interval"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": -5}, "timeout"),
        ({"not_found_grace": -1}, "not_found_grace"),
    ],
)
def test_operator_refuses_zero_or_negative_durations(kwargs, name):
    with pytest.raises(KieValidationError, match=f"{name}=") as err:
        KieSeedreamV4TextToImageOperator(task_id="t", prompt="a cat", **kwargs)
    assert err.value.problems[0][0] == name


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"poke_interval": 0}, "poke_interval"),
        ({"poke_interval": -1}, "poke_interval"),
        ({"timeout": 0}, "timeout"),
        ({"poll_interval": 0}, "poll_interval"),
        ({"not_found_grace": -0.5}, "not_found_grace"),
    ],
)
def test_sensor_refuses_zero_or_negative_intervals(kwargs, name):
    with pytest.raises(KieValidationError, match=f"{name}="):
        KieTaskSensor(task_id="s", kie_task_id="t", **kwargs)


# --- webhooks --------------------------------------------------------------------------------------


def signed(body: bytes, key: str = "hmac-key-123456", task_id: str = "t1") -> dict[str, str]:
    stamp = str(int(time.time()))
    return {"X-Webhook-Timestamp": stamp, "X-Webhook-Signature": signature(key, task_id, stamp)}


def test_webhook_nested_too_deeply_is_a_verification_error_not_a_recursion_error():
    body = b'{"data": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    with pytest.raises(KieWebhookVerificationError) as err:
        verify_webhook(signed(body), body, "hmac-key-123456")
    assert err.value.check == "malformed_body"


def test_webhook_larger_than_any_callback_is_refused_before_parsing():
    body = b'{"data": {"taskId": "t1", "pad": "' + b"x" * (2 * 1024 * 1024) + b'"}}'
    with pytest.raises(KieWebhookVerificationError, match="more than") as err:
        verify_webhook(signed(body), body, "hmac-key-123456")
    assert err.value.check == "malformed_body"


def test_webhook_secret_is_masked_by_airflow_under_its_connection_extra_name():
    from airflow.providers.common.compat.sdk import redact

    from kie_provider.get_provider_info import get_provider_info

    fields = get_provider_info()["connection-types"][0]["conn-fields"]
    assert kie_config.WEBHOOK_SECRET_EXTRA in fields and kie_config.LEGACY_WEBHOOK_SECRET_EXTRA not in fields
    extra = {kie_config.WEBHOOK_SECRET_EXTRA: "whsec-0123456789", "timeout": 30}
    assert redact(extra) == {kie_config.WEBHOOK_SECRET_EXTRA: "***", "timeout": 30}


def test_legacy_webhook_key_extra_is_read_and_masked_in_logs(emulator, monkeypatch):
    from airflow.providers.common.compat.sdk import redact

    secret = "legacy-hmac-0123456789"
    monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emulator, webhook_hmac_key=secret))
    hook = KieHook()
    assert hook.config.webhook_hmac_key == secret
    assert secret not in str(redact(f"the key is {secret}"))


# --- files -----------------------------------------------------------------------------------------


def test_roots_admit_paths_under_them_only(tmp_path):
    root = tmp_path / "inputs"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.png").write_bytes(b"x")
    (tmp_path / "secret.png").write_bytes(b"x")
    (root / "link.png").symlink_to(tmp_path / "secret.png")
    roots = (str(root), "s3://aws_default@bucket/inputs")
    assert is_under_roots(str(root / "sub" / "a.png"), roots)
    assert is_under_roots(f"file://{root / 'sub' / 'a.png'}", roots)
    assert not is_under_roots(str(root / ".." / "secret.png"), roots)
    assert not is_under_roots(str(root / "link.png"), roots)  # a symlink out of the root
    assert not is_under_roots(str(tmp_path / "inputs-other" / "a.png"), roots)
    assert is_under_roots("s3://aws_default@bucket/inputs/a.png", roots)
    assert not is_under_roots("s3://aws_default@bucket/inputs/../private/a.png", roots)
    assert not is_under_roots("s3://aws_default@bucket/inputsx/a.png", roots)
    assert not is_under_roots("gs://bucket/inputs/a.png", roots)


@pytest.mark.parametrize("task_id", ["../../etc/passwd", "a/b\\c", "..", "", "t:1?*<>|"])
def test_output_file_names_from_an_odd_task_id_stay_in_the_folder(emulator, tmp_path, task_id):
    url = KieHook().upload_file(make_png("cat"))
    task = KieTask(task_id=task_id, model="m", state=KieTaskState.SUCCESS, result_urls=[url])
    folder = tmp_path / "out"
    [path] = persist_results(KieHook(), task, folder, ".png")
    assert Path(path).parent == folder and Path(path).read_bytes()[:4] == b"\x89PNG"
    assert set(Path(path).name) <= set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")
    assert safe_file_stem(task_id)


TOPAZ = """
KieTopazImageUpscaleOperator(
    task_id="up", image_url={value}, upscale_factor="2", poll_interval=0.1, {extra}
)
"""


@pytest.mark.parametrize("form", ["path", "file-uri"])
def test_templated_worker_file_is_refused_and_nothing_is_read_or_sent(airflow_db, emulator, tmp_path, capfd, form):
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"TOP-SECRET-CONTENT " * 10)
    value = str(secret) if form == "path" else f"file://{secret}"
    dag_id = f"trust_templated_file_{form.replace('-', '_')}"
    body = TOPAZ.format(value="\"{{ dag_run.conf.get('image') }}\"", extra="")
    run = run_dag(dag_source(dag_id, body), dag_id, run_conf={"image": value})
    out = "".join(capfd.readouterr())
    assert task_states(run) == {"up": "failed"}
    assert "KieValidationError" in out and "image_url" in out and "templated_file_roots" in out
    assert "TOP-SECRET" not in out
    assert emulator.stats()["uploads"] == 0 and emulator.stats()["create_requests"] == 0


def test_templated_file_under_an_allowed_root_is_uploaded(airflow_db, emulator, tmp_path, monkeypatch):
    root = tmp_path / "allowed"
    root.mkdir()
    (root / "cat.png").write_bytes(make_png("cat"))
    monkeypatch.setenv("AIRFLOW__KIE__TEMPLATED_FILE_ROOTS", f"/nonexistent-root,{root}")
    dag_id = "trust_templated_file_allowed"
    body = TOPAZ.format(value="\"{{ dag_run.conf.get('image') }}\"", extra="")
    run = run_dag(dag_source(dag_id, body), dag_id, run_conf={"image": str(root / "cat.png")})
    assert task_states(run) == {"up": "success"}
    assert emulator.stats()["uploads"] == 1 and emulator.stats()["tasks_created"] == 1


def test_mapped_files_from_xcom_are_refused_but_literal_expand_values_are_read(airflow_db, emulator, tmp_path):
    literal, from_xcom = tmp_path / "literal.png", tmp_path / "xcom.png"
    literal.write_bytes(make_png("literal"))
    from_xcom.write_bytes(make_png("xcom"))
    dag_id = "trust_mapped_files"
    body = f"""
from airflow.sdk import task

@task
def paths():
    return [{str(from_xcom)!r}]

KieTopazImageUpscaleOperator.partial(task_id="lit", upscale_factor="2", poll_interval=0.1).expand(
    image_url=[{str(literal)!r}]
)
KieTopazImageUpscaleOperator.partial(task_id="xc", upscale_factor="2", poll_interval=0.1).expand(
    image_url=paths()
)
"""
    run = run_dag(dag_source(dag_id, body), dag_id)
    states = task_states(run)
    assert states["lit[0]"] == "success" and states["xc[0]"] == "failed"
    assert emulator.stats()["uploads"] == 1 and emulator.stats()["tasks_created"] == 1


def test_unreadable_binary_is_described_without_its_bytes(airflow_db, emulator, tmp_path, capfd):
    blob = tmp_path / "blob.png"
    blob.write_bytes(b"\x00\x01SECRETBYTES" * 8)
    dag_id = "trust_binary_not_echoed"
    run = run_dag(dag_source(dag_id, TOPAZ.format(value=repr(str(blob)), extra="")), dag_id)
    out = "".join(capfd.readouterr())
    assert task_states(run) == {"up": "failed"}
    assert "unrecognised" in out and "SECRETBYTES" not in out and "\\x00\\x01" not in out


# --- reattach before anything else -----------------------------------------------------------------


def test_retry_reattaches_before_reading_inputs_even_when_the_local_file_is_gone(airflow_db, emulator, tmp_path, capfd):
    image = tmp_path / "scratch" / "cat.png"
    image.parent.mkdir()
    image.write_bytes(make_png("cat"))
    emulator.durations = (0.05, 0.05, 1.0)
    # Try 1 uploads and submits, then sees kie.ai answer 404 past its grace and fails.
    emulator.add_fault("recordInfo", Fault(kind="code", code=404, status=404), times=None)

    def scratch_cleaned() -> None:
        emulator.clear_faults()
        image.unlink()

    RETRY_HOOKS.append(scratch_cleaned)
    dag_id = "trust_reattach_first"
    body = TOPAZ.format(
        value=repr(str(image)),
        extra=f"retries=1, retry_delay=timedelta(seconds=0), not_found_grace=0.3, {ON_RETRY_CALLBACK}",
    )
    run = run_dag(dag_source(dag_id, body), dag_id)
    assert tries(run, "up") == 2
    if DURABLE:  # the retry collected the paid task without looking at its inputs
        assert task_states(run) == {"up": "success"}
        assert emulator.stats()["uploads"] == 1 and emulator.stats()["tasks_created"] == 1
        assert xcom(run, "up")["task_id"] == xcom(run, "up", key="kie_task_id")
    else:  # no task_state_store before Airflow 3.3: the retry must submit anew, and its input is gone
        assert task_states(run) == {"up": "failed"} and emulator.stats()["tasks_created"] == 1


# --- issue 17 item 2: a stored taskId of another model is not adopted, and nothing new is paid for -----


@pytest.mark.skipif(not DURABLE, reason="a stored taskId needs task_state_store (Airflow 3.3+)")
def test_stored_task_id_of_another_model_is_refused_and_nothing_is_created(airflow_db, emulator, tmp_path, capfd):
    from argparse import Namespace

    from airflow.models import DagRun
    from airflow.utils.session import create_session

    from kie_provider import cli
    from kie_provider.hooks.kie import KieHook

    dag_id = "trust_foreign_task_id"
    emulator.add_fault("recordInfo", Fault(kind="code", code=404, status=404), times=None)
    foreign: list[str] = []

    def store_a_foreign_task_id() -> None:
        emulator.clear_faults()
        foreign.append(KieHook().create_task("google/nano-banana", {"prompt": "another DAG's picture"}))
        with create_session() as session:
            run_id = session.query(DagRun.run_id).filter(DagRun.dag_id == dag_id).order_by(DagRun.id.desc()).first()[0]
        args = Namespace(dag_id=dag_id, run_id=run_id, task_id="up", map_index=-1, no_clear=True)
        cli._change(args, foreign[0])

    RETRY_HOOKS.append(store_a_foreign_task_id)
    body = TOPAZ.format(
        value='"https://example.com/cat.png"',
        extra=f"retries=1, retry_delay=timedelta(seconds=0), not_found_grace=0.3, {ON_RETRY_CALLBACK}",
    )
    run = run_dag(dag_source(dag_id, body), dag_id)
    assert tries(run, "up") == 2
    assert task_states(run) == {"up": "failed"}
    # Try 1's task and the foreign one: the retry neither adopted the foreign task nor paid for a third.
    assert emulator.stats()["tasks_created"] == 2
    assert "google/nano-banana" in capfd.readouterr().out + capfd.readouterr().err


@pytest.mark.skipif(not DURABLE, reason="a stored taskId needs task_state_store (Airflow 3.3+)")
@pytest.mark.parametrize("any_input", [False, True], ids=["compared", "any-input"])
def test_stored_task_id_made_with_another_input_is_refused_and_nothing_is_created(
    airflow_db, emulator, capfd, any_input
):
    # The same model, but kie.ai's record (param) names another image: another run's task, not this one's,
    # unless the person who stored it said so (`airflow kie reattach --any-input`): then it is adopted.
    from argparse import Namespace

    from airflow.models import DagRun
    from airflow.utils.session import create_session

    from kie_provider import cli

    dag_id = f"trust_other_input_task_id_{any_input}"
    emulator.add_fault("recordInfo", Fault(kind="code", code=404, status=404), times=None)
    stored: list[str] = []

    def store_a_task_id_of_another_input() -> None:
        emulator.clear_faults()
        other = KieHook().create_task(
            "topaz/image-upscale", {"image_url": "https://example.com/dog.png", "upscale_factor": "2"}
        )
        stored.append(other)
        with create_session() as session:
            run_id = session.query(DagRun.run_id).filter(DagRun.dag_id == dag_id).order_by(DagRun.id.desc()).first()[0]
        value = {"task_id": other, "any_input": True} if any_input else other
        cli._change(Namespace(dag_id=dag_id, run_id=run_id, task_id="up", map_index=-1, no_clear=True), value)

    RETRY_HOOKS.append(store_a_task_id_of_another_input)
    body = TOPAZ.format(
        value='"https://example.com/cat.png"',
        extra=f"retries=1, retry_delay=timedelta(seconds=0), not_found_grace=0.3, {ON_RETRY_CALLBACK}",
    )
    run = run_dag(dag_source(dag_id, body), dag_id)
    assert emulator.stats()["tasks_created"] == 2  # try 1's and the other one: nothing paid for on the retry
    if any_input:
        assert tries(run, "up") == 2 and task_states(run) == {"up": "success"}
        assert xcom(run, "up")["task_id"] == stored[0]
        return
    assert tries(run, "up") == 2 and task_states(run) == {"up": "failed"}
    out = capfd.readouterr()
    assert (
        "image_url: this task sends 'https://example.com/cat.png', kie.ai recorded 'https://example.com/dog.png'"
        in (out.out + out.err)
    )


@pytest.mark.skipif(not DURABLE, reason="reattaching stores the taskId in task_state_store (Airflow 3.3+)")
def test_cli_reattach_refuses_a_task_of_another_model_or_input_before_anything_is_written(airflow_db, emulator):
    from kie_provider import cli

    dag_id = "trust_cli_fits"
    body = TOPAZ.format(value='"https://example.com/cat.png"', extra="")
    run = run_dag(dag_source(dag_id, body), dag_id)
    assert task_states(run) == {"up": "success"}
    own = xcom(run, "up", key="kie_task_id")
    where = [dag_id, run.run_id, "up", "--no-clear"]

    def stored() -> object:
        from contextlib import redirect_stdout
        from io import StringIO

        printed = StringIO()
        with redirect_stdout(printed):
            cli.main(["show", dag_id, run.run_id, "up"])
        return json.loads(printed.getvalue().strip().splitlines()[-1])

    before = stored()
    hook = KieHook()
    other_model = hook.create_task("google/nano-banana", {"prompt": "another DAG's picture"})
    other_input = hook.create_task(
        "topaz/image-upscale", {"image_url": "https://example.com/dog.png", "upscale_factor": "4"}
    )
    with pytest.raises(SystemExit, match="made for model 'google/nano-banana'"):
        cli.main(["reattach", *where, "--kie-task-id", other_model])
    with pytest.raises(SystemExit, match="image_url: this task sends") as raised:
        cli.main(["reattach", *where, "--kie-task-id", other_input])
    assert "upscale_factor: this task sends '2', kie.ai recorded '4'" in str(raised.value)
    assert "pass --any-input" in str(raised.value)
    assert stored() == before  # nothing was written
    # --any-input adopts another input (never another model), and the flag travels with the taskId.
    with pytest.raises(SystemExit, match="made for model 'google/nano-banana'"):
        cli.main(["reattach", *where, "--kie-task-id", other_model, "--any-input"])
    assert cli.main(["reattach", *where, "--kie-task-id", other_input, "--any-input"]) in (0, None)
    assert stored() == {"task_id": other_input, "any_input": True}
    # The task's own taskId fits: it is stored.
    assert cli.main(["reattach", *where, "--kie-task-id", own]) in (0, None)
    assert stored() == own


def test_cli_reattach_to_a_task_id_kie_does_not_know_is_refused_before_anything_is_written(emulator):
    from kie_provider import cli

    # No DAG run exists either: the lookup at kie.ai comes before any Airflow state is read or written.
    with pytest.raises(SystemExit, match="kie.ai has no record of task 'mistyped123'"):
        cli.main(["reattach", "some_dag", "some_run", "up", "--kie-task-id", "mistyped123"])
    assert emulator.stats()["tasks_created"] == 0
