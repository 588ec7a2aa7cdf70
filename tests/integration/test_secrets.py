"""The API key and the webhook key never leave the connection: not in logs, XCom, rendered fields, errors or reprs.

Every success and failure path runs on real Airflow (``dag.test()``) against the emulator, with keys
distinctive enough that any copy of them anywhere is found: in what Airflow printed, in the task
log files, in every XCom and rendered-template row, in the whole metadata database file, and in
the text, ``repr`` and pickled form of every error raised.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from conftest import connection_json
from dagtest import run_dag

from kie_provider.config import KieConnectionConfig
from kie_provider.emulator import KieEmulator
from kie_provider.emulator.server import Fault
from kie_provider.exceptions import KieError

API_KEY = "sk-LEAKCHECK-apikey-5e1f0a9c7d3b"
HMAC_KEY = "whk-LEAKCHECK-hmackey-8b2c4d6e0f"
WRONG_KEY = "sk-LEAKCHECK-wrongkey-1a2b3c4d5e"
SECRETS = (API_KEY, HMAC_KEY, WRONG_KEY)

HEADER = """
import pendulum
from datetime import timedelta
from airflow.sdk import DAG
from kie_provider.operators.kie import KieCreateTaskOperator, KieSeedreamV4TextToImageOperator
from kie_provider.sensors.kie import KieTaskSensor
"""

SEEDREAM = "bytedance/seedream-v4-text-to-image"


def dag(dag_id: str, body: str) -> str:
    lines = "\n".join("    " + line for line in body.strip().splitlines())
    return (
        HEADER + f"\nwith DAG({dag_id!r}, schedule=None, start_date=pendulum.datetime(2025, 1, 1)) as dag:\n{lines}\n"
    )


def gen(deferrable: bool = False, prompt: str = "a cat", **extra: object) -> str:
    args = "".join(f", {k}={v!r}" for k, v in extra.items())
    return (
        f"KieSeedreamV4TextToImageOperator(task_id='gen', prompt={prompt!r}, poll_interval=0.1, "
        f"deferrable={deferrable}, retries=0{args})"
    )


SENSOR = """
submit = KieCreateTaskOperator(task_id="submit", model="bytedance/seedream-v4-text-to-image",
    input={"prompt": "a dog"}, wait_for_completion=False)
wait = KieTaskSensor(task_id="wait", kie_task_id="{{ ti.xcom_pull('submit')['task_id'] }}",
    poke_interval=0.1, timeout=30, deferrable=%s, poll_interval=0.1)
submit >> wait
"""

# name -> (DAG body, how to set up the emulator and connection, expected run state)
PATHS = {
    "success_sync": (gen(False), None, "success"),
    "success_deferrable": (gen(True), None, "success"),
    "task_failed": (gen(False), "fail_task", "failed"),
    "task_failed_deferrable": (gen(True), "fail_task", "failed"),
    "wrong_key_401": (gen(False), "wrong_key", "failed"),
    "no_credits_402": (gen(False), "no_credits", "failed"),
    "invalid_422_echoing_the_key": (gen(False), "echo_422", "failed"),
    "rate_limited_429_exhausted": (gen(False), "rate_limited", "failed"),
    "malformed_body": (gen(False, timeout=1.0), "malformed", "failed"),
    "server_error_echoing_the_key": (gen(False), "echo_500", "failed"),
    "timeout": (gen(False, prompt="a cat [[hang]]", timeout=0.4), None, "failed"),
    "timeout_deferrable": (gen(True, prompt="a cat [[hang]]", timeout=0.4), None, "failed"),
    "sensor_poke": (SENSOR % False, None, "success"),
    "sensor_deferrable": (SENSOR % True, None, "success"),
    "bad_input_templated": (gen(False, max_images="{{ 7 }}"), None, "failed"),
}


@pytest.fixture
def keyed_emulator(monkeypatch: pytest.MonkeyPatch):
    with KieEmulator(api_key=API_KEY, webhook_hmac_key=HMAC_KEY, durations=(0.05, 0.05, 0.2)) as emu:
        monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emu, webhook_hmac_secret=HMAC_KEY))
        yield emu


def arrange(emu: KieEmulator, how: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    if how == "fail_task":
        emu.fail_tasks(1, fail_code="500", fail_msg="internal error")
    elif how == "wrong_key":
        conn = json.loads(connection_json(emu, webhook_hmac_secret=HMAC_KEY))
        conn["password"] = WRONG_KEY
        monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", json.dumps(conn))
    elif how == "no_credits":
        emu.set_credits(0)
    elif how == "echo_422":
        emu.add_fault("createTask", Fault(kind="code", code=422, message=f"bad request from Bearer {API_KEY}"))
    elif how == "echo_500":
        emu.add_fault("createTask", Fault(kind="code", code=500, status=500, message=f"crash; key={API_KEY}"))
    elif how == "rate_limited":
        emu.add_fault("createTask", Fault(kind="code", code=429, status=429), times=None)
    elif how == "malformed":
        emu.add_fault("recordInfo", Fault(kind="malformed"), times=None)


def database_rows(run) -> list[str]:
    """Every XCom value and rendered-template row of a run, as text."""
    from airflow.models.renderedtifields import RenderedTaskInstanceFields
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session

    with create_session() as session:
        xcoms = session.query(XComModel).filter(XComModel.run_id == run.run_id).all()
        rendered = (
            session.query(RenderedTaskInstanceFields).filter(RenderedTaskInstanceFields.run_id == run.run_id).all()
        )
        rows = [f"{x.key}={x.value!r} {XComModel.deserialize_value(x)!r}" for x in xcoms]
        rows += [json.dumps(r.rendered_fields, default=str) + repr(r.k8s_pod_yaml) for r in rendered]
    return rows


def database_dump() -> str:
    """Every row of every table of the metadata database, as SQL text (read through SQLite, never as raw bytes:
    opening and closing the file by other means would drop SQLite's locks on it)."""
    import sqlite3

    from conftest import current_database

    cells: list[str] = []
    with sqlite3.connect(current_database()) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                cells += [v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in row]
    return "\n".join(cells)


def assert_no_secret(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"a key leaked into {where}"
        # A key cut at a line break or quoted would still be a leak: look for its distinctive middle too.
        assert secret[3:-4] not in text, f"part of a key leaked into {where}"


@pytest.mark.parametrize("name", list(PATHS))
def test_no_key_in_logs_xcom_rendered_fields_or_database(airflow_db, keyed_emulator, capfd, caplog, monkeypatch, name):
    body, how, expected = PATHS[name]
    arrange(keyed_emulator, how, monkeypatch)
    dag_id = f"secrets_{name}"
    capfd.readouterr()
    run = run_dag(dag(dag_id, body), dag_id)
    out, err = capfd.readouterr()
    assert str(run.state) == expected
    # The run did reach kie.ai with the key (so there was something to leak) ...
    if name != "bad_input_templated":
        sent = [h.get("Authorization", "") for _, _, h in keyed_emulator.request_log()]
        assert any(API_KEY in h or WRONG_KEY in h for h in sent)
    # ... and printed something (the test would pass vacuously on an empty capture).
    assert f"dag_id={dag_id}" in out + err
    assert_no_secret(out + err, "the output of dag.test()")
    assert_no_secret(caplog.text, "the log records of dag.test()")
    rows = database_rows(run)
    assert rows
    for row in rows:
        assert_no_secret(row, "an XCom or rendered-fields row")
    home = Path(__import__("os").environ["AIRFLOW_HOME"])
    for path in (home / "logs").rglob("*") if (home / "logs").exists() else []:
        if path.is_file():
            assert_no_secret(path.read_text(errors="replace"), f"the log file {path.name}")
    dump = database_dump()
    assert dag_id in dump, "the dump holds this run's rows"
    assert_no_secret(dump, "the metadata database")


def _errors_raised(emu: KieEmulator) -> list[KieError]:
    """Provoke each error kind through the real hook and collect what it raised."""
    from kie_provider.hooks.kie import KieHook

    found: list[KieError] = []

    def attempt(fn) -> None:
        try:
            fn()
        except KieError as error:
            found.append(error)

    hook = KieHook(max_retries=0)
    emu.add_fault("createTask", Fault(kind="code", code=422, message=f"echo {API_KEY} {HMAC_KEY}"))
    attempt(lambda: hook.create_task(SEEDREAM, {"prompt": "x"}))
    emu.add_fault("createTask", Fault(kind="code", code=500, status=500, message=f"echo {API_KEY}"))
    attempt(lambda: hook.create_task(SEEDREAM, {"prompt": "x"}))
    emu.add_fault("recordInfo", Fault(kind="code", code=503, status=503, message=f"echo {API_KEY}"))
    attempt(lambda: hook.get_task("abc"))
    emu.add_fault("credit", Fault(kind="malformed"))
    attempt(hook.get_credits)
    attempt(lambda: hook.get_task("no-such-task"))
    attempt(lambda: hook.verify_webhook({"X-Webhook-Timestamp": "1", "X-Webhook-Signature": HMAC_KEY}, b"{}"))
    wrong = KieHook(max_retries=0)
    wrong.config  # noqa: B018 - read the right connection once, then point the key elsewhere
    wrong.__dict__["config"] = KieConnectionConfig(api_key=WRONG_KEY, base_url=emu.url)
    attempt(lambda: wrong.create_task(SEEDREAM, {"prompt": "x"}))
    return found


def test_errors_and_reprs_carry_no_key(keyed_emulator, monkeypatch):
    from kie_provider.hooks.kie import KieHook

    errors = _errors_raised(keyed_emulator)
    assert len(errors) == 7, [type(e).__name__ for e in errors]
    for error in errors:
        assert_no_secret(str(error), f"str() of {type(error).__name__}")
        assert_no_secret(repr(error), f"repr() of {type(error).__name__}")
        assert_no_secret(repr(error.args), f"the args of {type(error).__name__}")
        assert_no_secret(pickle.dumps(error).decode("latin-1"), f"the pickled {type(error).__name__}")
        assert_no_secret(repr(vars(error)), f"the attributes of {type(error).__name__}")
    hook = KieHook()
    config = hook.config
    assert config.api_key == API_KEY and config.webhook_hmac_key == HMAC_KEY  # the keys are there ...
    for obj in (hook, config):
        assert_no_secret(repr(obj), f"repr() of {type(obj).__name__}")  # ... but never shown
        assert_no_secret(str(obj), f"str() of {type(obj).__name__}")
