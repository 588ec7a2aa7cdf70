"""Credits, metrics and UI links on real Airflow: the balance guard, StatsD packets received, extra links stored."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
from dagtest import run_dag, task_states, tries, xcom

from kie_provider import metrics
from kie_provider.catalogue import CATALOGUE
from kie_provider.get_provider_info import get_provider_info
from kie_provider.operators.base import DURABLE

SEEDREAM = "bytedance/seedream-v4-text-to-image"


def dag_source(dag_id: str, *, deferrable: bool = False, prompt: str = "a cat", **extra: object) -> str:
    args = "".join(f", {k}={v!r}" for k, v in extra.items())
    return f"""
import pendulum
from datetime import timedelta
from airflow.sdk import DAG
from kie_provider.operators.kie import KieSeedreamV4TextToImageOperator

with DAG({dag_id!r}, schedule=None, start_date=pendulum.datetime(2025, 1, 1)) as dag:
    KieSeedreamV4TextToImageOperator(
        task_id="gen", prompt={prompt!r}, poll_interval=0.1, deferrable={deferrable},
        retry_delay=timedelta(seconds=0){args},
    )
"""


# --- min_credits ---------------------------------------------------------------------------------


def test_min_credits_fails_fast_before_submitting_and_without_retries(airflow_db, emulator, capfd):
    emulator.set_credits(12)
    run = run_dag(dag_source("credits_low", min_credits=50, retries=3), "credits_low")
    out = capfd.readouterr().out
    assert run.state == "failed" and tries(run, "gen") == 1
    assert "KieInsufficientCreditsError" in out
    assert "12 credits, fewer than min_credits=50" in out and "Add credits" in out
    assert emulator.stats()["credit"] == 1
    assert emulator.stats()["create_requests"] == 0


@pytest.mark.parametrize("deferrable", [False, True], ids=["sync", "deferrable"])
def test_min_credits_met_submits_once(airflow_db, emulator, deferrable):
    dag_id = f"credits_ok_{deferrable}"
    run = run_dag(dag_source(dag_id, deferrable=deferrable, min_credits=50), dag_id)
    assert run.state == "success"
    assert emulator.stats()["credit"] == 1 and emulator.stats()["tasks_created"] == 1


def test_reattaching_does_not_check_credits_again(airflow_db, emulator):
    # The first try times out while the task runs; the balance then drops below min_credits. The retry
    # reattaches to the task already paid for instead of failing on the balance or submitting again.
    emulator.durations = (0.05, 0.05, 1.5)
    dag_id = "credits_reattach"
    source = dag_source(dag_id, min_credits=50, timeout=0.4, retries=3)

    def drain_once_created() -> None:
        deadline = time.monotonic() + 60
        while emulator.stats()["tasks_created"] == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        emulator.set_credits(10)

    threading.Thread(target=drain_once_created, daemon=True).start()
    run = run_dag(source, dag_id)
    if DURABLE:
        assert run.state == "success" and tries(run, "gen") >= 2
        assert emulator.stats()["credit"] == 1 and emulator.stats()["tasks_created"] == 1
    else:  # before Airflow 3.3 a retry submits anew, so it checks the balance again and stops there
        assert run.state == "failed" and tries(run, "gen") == 2
        assert emulator.stats()["credit"] == 2 and emulator.stats()["tasks_created"] == 1


# --- metrics through Airflow's StatsD --------------------------------------------------------------


@pytest.fixture
def statsd(monkeypatch: pytest.MonkeyPatch) -> Iterator[socket.socket]:
    """A UDP socket Airflow's StatsD client sends to, configured the way a deployment configures it."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(0.2)
    monkeypatch.setenv("AIRFLOW__METRICS__STATSD_ON", "True")
    monkeypatch.setenv("AIRFLOW__METRICS__STATSD_HOST", "127.0.0.1")
    monkeypatch.setenv("AIRFLOW__METRICS__STATSD_PORT", str(sock.getsockname()[1]))
    monkeypatch.setenv("AIRFLOW__METRICS__STATSD_PREFIX", "airflow")
    monkeypatch.setenv("AIRFLOW__METRICS__STATSD_INFLUXDB_ENABLED", "True")
    try:
        from airflow.sdk._shared.observability.metrics import stats
        from airflow.sdk._shared.observability.metrics.base_stats_logger import NoStatsLogger
        from airflow.sdk.observability.metrics import stats_utils
    except ImportError:  # Airflow before 3.3: airflow.stats picks its backend from [metrics] lazily
        from airflow.metrics import statsd_logger
        from airflow.metrics.base_stats_logger import NoStatsLogger as LegacyNoStats
        from airflow.stats import Stats

        type(Stats).factory = statsd_logger.get_statsd_logger
        Stats.instance = None
        yield sock
        type(Stats).factory = LegacyNoStats
        Stats.instance = None
        sock.close()
        return
    # What a worker's task runner does at start (task_runner.main); dag.test() runs tasks in this
    # process, which never went through it, so the backend is built here from the same settings.
    stats.initialize(factory=stats_utils.get_stats_factory(), export_legacy_names=False)
    yield sock
    stats.initialize(factory=NoStatsLogger, export_legacy_names=True)
    sock.close()


def received(sock: socket.socket) -> list[str]:
    lines: list[str] = []
    while True:
        try:
            packet = sock.recv(65536)
        except TimeoutError:
            return lines
        lines.extend(packet.decode().splitlines())


def kie_metrics(lines: list[str]) -> dict[str, list[str]]:
    """``{name with tags: [value|type, ...]}`` of the kie.* metrics among the packets."""
    out: dict[str, list[str]] = {}
    for line in lines:
        name, _, value = line.partition(":")
        if name.startswith("airflow.kie."):
            out.setdefault(name.removeprefix("airflow."), []).append(value)
    return out


@pytest.mark.parametrize("deferrable", [False, True], ids=["sync", "deferrable"])
def test_metrics_of_a_successful_task_reach_statsd(airflow_db, emulator, statsd, deferrable):
    dag_id = f"metrics_ok_{deferrable}"
    run = run_dag(dag_source(dag_id, deferrable=deferrable, min_credits=1), dag_id)
    assert run.state == "success"
    got = kie_metrics(received(statsd))
    tag = f",model={SEEDREAM}"
    price = CATALOGUE[SEEDREAM].credits
    assert got[metrics.TASK_CREATED + tag] == ["1|c"]
    assert got[metrics.TASK_SUCCEEDED + tag] == ["1|c"]
    assert metrics.TASK_FAILED + tag not in got
    assert got[metrics.CREDITS_CONSUMED + tag] == [f"{price:g}|c"]
    # Balance before submitting (min_credits) and after the task, as kie.ai reported them.
    assert [float(v.removesuffix("|g")) for v in got[metrics.CREDITS_REMAINING]] == [10000, 10000 - price]
    (timing,) = got[metrics.GENERATION_SECONDS + tag]
    value, kind = timing.split("|")
    assert kind == "ms" and float(value) >= 0


def test_metrics_of_a_failed_task_reach_statsd(airflow_db, emulator, statsd):
    emulator.fail_tasks(1)
    run = run_dag(dag_source("metrics_failed"), "metrics_failed")
    assert run.state == "failed"
    got = kie_metrics(received(statsd))
    tag = f",model={SEEDREAM}"
    assert got[metrics.TASK_CREATED + tag] == ["1|c"]
    assert got[metrics.TASK_FAILED + tag] == ["1|c"]
    assert metrics.TASK_SUCCEEDED + tag not in got
    assert metrics.CREDITS_CONSUMED + tag not in got  # a failed generation costs nothing


# --- extra links -----------------------------------------------------------------------------------


@pytest.mark.parametrize("deferrable", [False, True], ids=["sync", "deferrable"])
def test_extra_links_point_at_kie_logs_and_the_first_result(airflow_db, emulator, deferrable):
    dag_id = f"links_{deferrable}"
    run = run_dag(dag_source(dag_id, deferrable=deferrable, max_images=2), dag_id)
    assert run.state == "success" and task_states(run) == {"gen": "success"}
    record = xcom(run, "gen")
    # Airflow calls each link's get_link when the task ends and stores what it returned for the UI.
    assert xcom(run, "gen", key="_link_KieResultLink") == record["result_urls"][0]
    assert record["result_urls"][0].startswith(emulator.url + "/files/")
    assert xcom(run, "gen", key="_link_KieLogsLink") == "https://kie.ai/logs"


def test_result_link_is_empty_when_the_task_failed(airflow_db, emulator):
    emulator.fail_tasks(1)
    run = run_dag(dag_source("links_failed"), "links_failed")
    assert run.state == "failed"
    assert xcom(run, "gen", key="_link_KieResultLink") == ""
    assert xcom(run, "gen", key="_link_KieLogsLink") == "https://kie.ai/logs"


def test_links_are_registered_with_the_provider():
    from importlib import import_module

    from kie_provider.operators.kie import KieCreateTaskOperator, KieTopazImageUpscaleOperator

    registered = get_provider_info()["extra-links"]
    classes = [getattr(import_module(path.rsplit(".", 1)[0]), path.rsplit(".", 1)[1]) for path in registered]
    on_operator = [type(link) for link in KieTopazImageUpscaleOperator.operator_extra_links]
    assert on_operator == classes == [type(link) for link in KieCreateTaskOperator.operator_extra_links]
    assert [link.name for link in KieCreateTaskOperator.operator_extra_links] == ["kie.ai logs", "kie.ai result"]
