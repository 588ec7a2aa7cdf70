"""
kie.ai's callbacks as wake-up hints, end to end: the emulator calls back the plugin's route (served by uvicorn
over real HTTP), the route verifies and passes the hint through PostgreSQL (LISTEN/NOTIFY, the server
``scripts/production_services.sh`` starts), and the deferred wait polls at once. Also the route's refusals,
and waits that stay correct when callbacks never come, come twice, early, or for tasks nobody waits for.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import select
import socket
import threading
import time
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import TEST_API_KEY, connection_json
from dagtest import run_dag, task_states, xcom

from kie_provider.emulator import KieEmulator
from kie_provider.hints import CHANNEL, HintPublisher, replay_digest
from kie_provider.hooks.kie import KieHook
from kie_provider.triggers.kie import KieTaskTrigger
from kie_provider.webhooks import signature

HMAC = "cb-hint-secret-9f1e2d3c4b5a-never-log-me"
MODEL = "bytedance/seedream-v4-text-to-image"
GENERATION = 1.5  # seconds each task takes


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def channel() -> Iterator[str]:
    """A PostgreSQL database of this module's own on the server the production services run (dropped after)."""
    server = os.environ.get("KIE_PRODUCTION_POSTGRES")
    if not server:
        pytest.fail('KIE_PRODUCTION_POSTGRES is not set: eval "$(bash scripts/production_services.sh)" starts it')
    import psycopg2

    server = server.replace("postgresql+psycopg2", "postgresql")
    name = f"kie_cb_{os.getpid()}_{random.randrange(10**6)}"
    admin = psycopg2.connect(server + "/postgres")
    admin.autocommit = True
    admin.cursor().execute(f"CREATE DATABASE {name}")
    try:
        yield f"{server}/{name}"
    finally:
        admin.cursor().execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.close()


@pytest.fixture(scope="module")
def api_server(channel: str) -> Iterator[str]:
    """The plugin's app mounted at /kie, as the api-server mounts it, served by uvicorn on a free port."""
    import uvicorn
    from fastapi import FastAPI

    from kie_provider.plugins.app import create_app

    outer = FastAPI()
    outer.mount("/kie", create_app())
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(outer, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def deployment(airflow_db, channel, api_server, monkeypatch) -> Iterator[SimpleNamespace]:
    """A signing emulator, kie_default with its webhook secret, and [kie] callbacks pointing at the route."""
    with KieEmulator(
        api_key=TEST_API_KEY, webhook_hmac_key=HMAC, durations=(0.05, 0.05, GENERATION), rate_limit=(20, 1.0)
    ) as emu:
        monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emu, webhook_hmac_secret=HMAC))
        monkeypatch.setenv("AIRFLOW__KIE__CALLBACK_BASE_URL", api_server)
        monkeypatch.setenv("AIRFLOW__KIE__CALLBACK_CHANNEL", channel)
        monkeypatch.delenv("AIRFLOW__KIE__CALLBACK_SAFETY_POLL_SECONDS", raising=False)
        yield SimpleNamespace(emu=emu, url=api_server, channel=channel)


def dag(dag_id: str, extra: str = "", deferrable: bool = True) -> str:
    return f"""
import pendulum
from airflow.sdk import DAG
from kie_provider.operators.kie import KieSeedreamV4TextToImageOperator

with DAG({dag_id!r}, schedule=None, start_date=pendulum.datetime(2025, 1, 1)) as dag:
    KieSeedreamV4TextToImageOperator(task_id="gen", prompt="a kite", deferrable={deferrable}, timeout=120, {extra})
"""


def run(dag_id: str, extra: str = "", deferrable: bool = True) -> tuple[Any, float]:
    started = time.monotonic()
    result = run_dag(dag(dag_id, extra, deferrable), dag_id)
    return result, time.monotonic() - started


# --- the deferred wait, woken by kie.ai's callback ---------------------------------------------------------


def test_a_callback_wakes_its_deferred_wait_which_takes_the_record_from_kie_ai(deployment):
    emu = deployment.emu
    dag_run, seconds = run("cb_woken")
    assert task_states(dag_run) == {"gen": "success"}
    (created,) = emu.created_requests()
    assert created["callBackUrl"] == f"{deployment.url}/kie/callback/kie_default"
    record = xcom(dag_run, "gen")
    assert record["state"] == "success" and record["result_urls"]
    stats = emu.stats()
    assert stats["callbacks_sent"] == 1 and stats["callbacks_failed"] == 0
    # The confirming poll after the callback, and no other: a woken wait does not poll first (a callback that
    # came before it listened is looked up among those received), and the safety poll (300 s) never ran.
    assert stats["record_info"] == 1
    assert seconds < 60, f"the wait ended by its 300 s safety poll, not the callback ({seconds:.0f} s)"


def test_when_callbacks_never_come_the_safety_poll_still_collects(deployment, monkeypatch):
    # kie.ai cannot reach this "api-server": nothing listens on its port.
    monkeypatch.setenv("AIRFLOW__KIE__CALLBACK_BASE_URL", f"http://127.0.0.1:{_free_port()}")
    monkeypatch.setenv("AIRFLOW__KIE__CALLBACK_SAFETY_POLL_SECONDS", "1")
    dag_run, _ = run("cb_never")
    assert task_states(dag_run) == {"gen": "success"}
    stats = deployment.emu.stats()
    assert stats["callbacks_failed"] >= 1 and stats["callbacks_sent"] == 0
    # About one poll a second for a 1.6 s generation: the safety schedule, not the 0.1 s connection schedule.
    assert 2 <= stats["record_info"] <= 4
    assert stats["tasks_created"] == 1


def test_the_users_own_callback_url_is_sent_and_the_wait_polls_as_before(deployment):
    own = f"{deployment.url}/not-the-route"
    dag_run, _ = run("cb_users_own", f"callback_url={own!r}")
    assert task_states(dag_run) == {"gen": "success"}
    (created,) = deployment.emu.created_requests()
    assert created["callBackUrl"] == own
    # The connection's schedule (0.1 s growing to 0.5 s) over a 1.6 s generation: several polls.
    assert deployment.emu.stats()["record_info"] >= 4


def test_a_connection_without_a_webhook_secret_sends_no_callback_and_says_so(deployment, monkeypatch, capfd):
    monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(deployment.emu))
    dag_run, _ = run("cb_no_secret")
    assert task_states(dag_run) == {"gen": "success"}
    (created,) = deployment.emu.created_requests()
    assert "callBackUrl" not in created
    out, err = capfd.readouterr()
    assert "has no webhook_hmac_secret" in out + err
    assert HMAC not in out + err


# --- the route -----------------------------------------------------------------------------------------------


def post(url: str, task_id: str, *, key: str = HMAC, stamp: str | None = None, body: Any = None, conn="kie_default"):
    import httpx

    stamp = stamp or str(int(time.time()))
    payload = body if body is not None else {"code": 200, "msg": "success", "data": {"taskId": task_id}}
    headers = {"X-Webhook-Timestamp": stamp, "X-Webhook-Signature": signature(key, task_id, stamp)}
    content = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return httpx.post(f"{url}/kie/callback/{conn}", content=content, headers=headers, timeout=10)


def test_the_route_takes_a_signed_callback_without_a_login_and_notifies_once(deployment):
    import psycopg2

    listener = psycopg2.connect(deployment.channel)
    listener.autocommit = True
    listener.cursor().execute(f"LISTEN {CHANNEL}")
    try:
        stamp = str(int(time.time()))
        first = post(deployment.url, "task-abc", stamp=stamp)
        assert first.status_code == 200 and first.json()["taskId"] == "task-abc"
        select.select([listener], [], [], 5)
        listener.poll()
        assert [n.payload for n in listener.notifies] == ["task-abc"]
        listener.notifies.clear()
        # The same signed callback again, from anyone: refused, and no triggerer hears of it.
        replay = post(deployment.url, "task-abc", stamp=stamp)
        assert replay.status_code == 409
        select.select([listener], [], [], 0.5)
        listener.poll()
        assert listener.notifies == []
    finally:
        listener.close()


def test_the_route_refuses_forged_stale_oversized_and_unknown_callbacks(deployment):
    url = deployment.url
    forged = post(url, "task-1", key="not-the-secret")
    assert forged.status_code == 401 and forged.json()["check"] == "bad_signature"
    stale = post(url, "task-1", stamp=str(int(time.time()) - 3600))
    assert stale.status_code == 401 and stale.json()["check"] == "stale"
    other = post(url, "task-1", body={"code": 200, "data": {"taskId": "task-2"}})  # signed for another task
    assert other.status_code == 401 and other.json()["check"] == "bad_signature"
    huge = post(url, "task-1", body=b"{" + b" " * (300 * 1024) + b"}")
    assert huge.status_code == 413
    unknown = post(url, "task-1", conn="no_such_connection")
    assert unknown.status_code == 404
    for response in (forged, stale, other, huge, unknown):
        assert HMAC not in response.text


def test_the_route_answers_503_when_the_channel_is_down(deployment, monkeypatch):
    monkeypatch.setenv("AIRFLOW__KIE__CALLBACK_CHANNEL", f"postgresql://nobody@127.0.0.1:{_free_port()}/none")
    assert post(deployment.url, "task-down").status_code == 503


# --- the wait stays correct whatever the callbacks do --------------------------------------------------------


def hinted_wait(task_id: str, meanwhile: Any, **trigger_kwargs: Any) -> tuple[list[dict[str, Any]], float]:
    """
    Run a woken KieTaskTrigger for ``task_id`` while ``meanwhile(waiting)`` plays kie.ai's and the database's side.

    Returns the trigger's events and the seconds it all took.
    """

    async def scenario() -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []

        async def consume() -> None:
            trigger = KieTaskTrigger(task_id, timeout=60, **(trigger_kwargs or {"hinted": True}))
            events.extend([event.payload async for event in trigger.run()])

        waiting = asyncio.create_task(consume())
        await meanwhile(waiting)
        await asyncio.wait_for(waiting, 30)
        return events

    started = time.monotonic()
    events = asyncio.run(scenario())
    return events, time.monotonic() - started


def test_early_duplicate_and_unknown_hints_cost_a_poll_at_most(deployment):
    emu = deployment.emu
    emu.durations = (0.05, 0.05, 4.0)  # long enough for the duplicates' follow-up polls (0.1 s growing) to end first
    task_id = KieHook().create_task(MODEL, {"prompt": "no callback from kie.ai for this one"})
    publisher = HintPublisher(deployment.channel)
    # A hint before the wait started: nobody hears it, but the reader finds it among the callbacks received.
    publisher.publish(replay_digest("kie_default", task_id, "1", "early"), task_id)

    async def meanwhile(waiting: asyncio.Task[None]) -> None:
        await asyncio.sleep(0.4)
        for n in range(3):  # duplicates (under different signatures) while the task still generates
            await asyncio.to_thread(publisher.publish, replay_digest("kie_default", task_id, str(n), "dup"), task_id)
        await asyncio.to_thread(publisher.publish, replay_digest("kie_default", "nobody", "1", "x"), "nobody")
        await asyncio.sleep(4.5)
        assert not waiting.done(), "the safety interval (300 s) holds the wait: no callback yet for the end"
        await asyncio.to_thread(publisher.publish, replay_digest("kie_default", task_id, "end", "x"), task_id)

    events, seconds = hinted_wait(task_id, meanwhile)
    assert [e["status"] for e in events] == ["success"]
    assert seconds < 30
    # The early hint's and the duplicates' confirming polls and their follow-ups, the end's confirming poll.
    assert 3 <= emu.stats()["record_info"] <= 10


def test_a_dropped_channel_is_reconnected_and_every_wait_polls_once(deployment):
    import psycopg2

    emu = deployment.emu
    task_id = KieHook().create_task(MODEL, {"prompt": "the channel drops while this one generates"})
    publisher = HintPublisher(deployment.channel)

    async def meanwhile(waiting: asyncio.Task[None]) -> None:
        await asyncio.sleep(0.5)
        # The database ends the triggerer's LISTEN connection (a restart, a failover) ...
        admin = psycopg2.connect(deployment.channel)
        admin.autocommit = True
        with admin.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%%' "
                "AND datname = current_database()"
            )
            assert cursor.fetchall() == [(True,)]
        admin.close()
        # ... and the task's callback comes while nobody listens: that NOTIFY is lost.
        await asyncio.sleep(GENERATION)
        await asyncio.to_thread(publisher.publish, replay_digest("kie_default", task_id, "lost", "x"), task_id)

    # The reader reconnects and looks its waits up among the callbacks received: not the 300 s safety poll.
    events, seconds = hinted_wait(task_id, meanwhile)
    assert [e["status"] for e in events] == ["success"]
    assert seconds < 30
    assert emu.stats()["record_info"] <= 3


def test_a_family_that_needs_a_callback_url_gets_the_deployment_s_route(deployment):
    # kie.ai's Suno API refuses a task without callBackUrl; with callbacks configured a deferred wait needs none.
    dag_id = "cb_suno"
    source = f"""
import pendulum
from airflow.sdk import DAG
from kie_provider.operators.kie import KieSunoGenerateOperator

with DAG({dag_id!r}, schedule=None, start_date=pendulum.datetime(2025, 1, 1)) as dag:
    KieSunoGenerateOperator(
        task_id="gen", prompt="a calm piano", custom_mode=False, instrumental=True, model_version="V4",
        deferrable=True, timeout=120,
    )
"""
    dag_run = run_dag(source, dag_id)
    assert task_states(dag_run) == {"gen": "success"}
    (created,) = deployment.emu.created_requests()
    assert created["callBackUrl"] == f"{deployment.url}/kie/callback/kie_default"
    assert xcom(dag_run, "gen")["result_urls"]


# --- the siblings: a synchronous wait, and a deferrable sensor on a task that does not wait itself --------------


def test_a_callback_cuts_a_synchronous_waits_sleep_short(deployment):
    # A 30 s poll interval over a 1.5 s generation: only the callback can end the wait in seconds.
    dag_run, seconds = run("cb_sync", "poll_interval=30", deferrable=False)
    assert task_states(dag_run) == {"gen": "success"}
    (created,) = deployment.emu.created_requests()
    assert created["callBackUrl"] == f"{deployment.url}/kie/callback/kie_default"
    assert xcom(dag_run, "gen")["result_urls"]
    stats = deployment.emu.stats()
    assert stats["callbacks_sent"] == 1 and stats["tasks_created"] == 1
    assert stats["record_info"] == 2  # the first poll, then the one the callback brought forward
    assert seconds < 20, f"the wait slept its 30 s poll interval ({seconds:.0f} s)"


def test_a_synchronous_wait_polls_as_usual_when_the_channel_is_down(deployment, monkeypatch, caplog):
    monkeypatch.setenv("AIRFLOW__KIE__CALLBACK_CHANNEL", f"postgresql://nobody@127.0.0.1:{_free_port()}/none")
    dag_run, _ = run("cb_sync_down", "poll_interval=0.2", deferrable=False)
    assert task_states(dag_run) == {"gen": "success"}
    assert "callback channel unavailable (OperationalError); this wait polls" in caplog.text
    assert deployment.emu.stats()["record_info"] >= 4  # the 0.2 s schedule over a 1.5 s generation


def test_a_deferrable_sensor_on_a_submit_only_task_is_woken_by_its_callback(deployment):
    dag_id = "cb_sensor"
    source = f"""
import pendulum
from airflow.sdk import DAG
from kie_provider.operators.kie import KieSeedreamV4TextToImageOperator
from kie_provider.sensors.kie import KieTaskSensor

with DAG({dag_id!r}, schedule=None, start_date=pendulum.datetime(2025, 1, 1)) as dag:
    submit = KieSeedreamV4TextToImageOperator(task_id="submit", prompt="a kite", wait_for_completion=False)
    wait = KieTaskSensor(
        task_id="wait", kie_task_id="{{{{ ti.xcom_pull('submit')['task_id'] }}}}", deferrable=True,
        poll_interval=30, timeout=120,
    )
    submit >> wait
"""
    started = time.monotonic()
    dag_run = run_dag(source, dag_id)
    seconds = time.monotonic() - started
    assert task_states(dag_run) == {"submit": "success", "wait": "success"}
    (created,) = deployment.emu.created_requests()
    assert created["callBackUrl"] == f"{deployment.url}/kie/callback/kie_default"  # the task that did not wait
    assert xcom(dag_run, "wait")["result_urls"]
    assert deployment.emu.stats()["record_info"] <= 3  # its first poll, then the one the callback woke
    assert seconds < 20, f"the sensor slept its 30 s poll interval ({seconds:.0f} s)"


def test_a_listening_wait_keeps_its_own_schedule_when_no_callback_comes(deployment):
    # A sensor's wait listens, but cannot know whether kie.ai calls the route back: it polls on its own schedule
    # (here 0.3 s), never the 300 s safety interval of a wait whose task was created with the route.
    task_id = KieHook().create_task(MODEL, {"prompt": "created without a callBackUrl"})

    async def meanwhile(waiting: asyncio.Task[None]) -> None:
        await asyncio.sleep(0)

    events, seconds = hinted_wait(task_id, meanwhile, listen=True, poll_interval=0.3)
    assert [e["status"] for e in events] == ["success"]
    assert seconds < 10 and deployment.emu.stats()["record_info"] >= 3
