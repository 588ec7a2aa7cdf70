"""
The provider in a real Airflow deployment: scheduler, triggerer, dag-processor and api-server as
separate processes (LocalExecutor, SQLite), kie.ai emulated by two emulator processes.

Runs are triggered and read through Airflow's REST API; the emulators' ``/_emulator/`` endpoints
count what kie.ai received. The crash tests kill a task's process and the triggerer with SIGKILL
mid-wait and check that Airflow's retry or a new triggerer finishes the work without a second
generation being paid for.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
AIRFLOW = str(Path(sys.executable).parent / "airflow")
EMULATOR_KEY = "sk-system-test-0a1b2c3d-never-log-me"
PIPELINE = "kie_creative_pipeline"
PIPELINE_TASKS = ("generate", "edit", "upscale", "animate", "avatar")
# Emulated generation time: long enough to watch a task wait, short enough for a quick suite.
FAST_SECONDS = 2.5
# The crash tests' generations: long enough to kill a process while it waits.
SLOW_SECONDS = 12.0

pytestmark = pytest.mark.timeout(900)

CHECKS_DAGS = textwrap.dedent(
    '''
    """DAGs of the system test: failures on kie.ai's side, and waits to crash."""

    import os
    from datetime import timedelta
    from pathlib import Path

    import pendulum
    from airflow.sdk import DAG

    from kie_provider.catalogue import CATALOGUE
    from kie_provider.operators.kie import KieSeedreamV4TextToImageOperator, KieTopazImageUpscaleOperator

    UPSCALE = dict(CATALOGUE["topaz/image-upscale"].example_input)
    START = pendulum.datetime(2025, 1, 1, tz="UTC")
    FAST = {"poll_interval": 0.3, "retry_delay": timedelta(seconds=1)}


    def record_pid(context):
        """Leave the task process's pid where the test can find (and kill) it."""
        ti = context["ti"]
        folder = Path(os.environ["KIE_SYSTEM_TEST_PIDS"])
        (folder / f"{ti.dag_id}.{ti.task_id}.{ti.try_number}.pid").write_text(str(os.getpid()))


    with DAG("kie_failures", schedule=None, start_date=START, default_args=FAST):
        KieSeedreamV4TextToImageOperator(task_id="steady", prompt="a calm lake", retries=1, deferrable=True)
        KieTopazImageUpscaleOperator(task_id="flaky", retries=1, deferrable=True, **UPSCALE)
        KieSeedreamV4TextToImageOperator(task_id="broken", prompt="[[fail]] a lost dream", retries=1, deferrable=True)

    with DAG("kie_sync_crash", schedule=None, start_date=START, default_args=FAST):
        KieTopazImageUpscaleOperator(
            task_id="upscale", kie_conn_id="kie_slow", retries=1, deferrable=False, on_execute_callback=record_pid,
            **UPSCALE,
        )

    with DAG("kie_submit_crash", schedule=None, start_date=START, default_args=FAST):
        KieTopazImageUpscaleOperator(
            task_id="upscale", kie_conn_id="kie_slow", retries=1, deferrable=False, on_execute_callback=record_pid,
            **UPSCALE,
        )

    with DAG("kie_triggerer_crash", schedule=None, start_date=START, default_args=FAST):
        KieTopazImageUpscaleOperator(task_id="upscale", kie_conn_id="kie_slow", retries=0, deferrable=True, **UPSCALE)

    with DAG("kie_clear_starts_over", schedule=None, start_date=START, default_args=FAST):
        KieSeedreamV4TextToImageOperator(task_id="sync", prompt="a lighthouse", retries=0, deferrable=False)
        KieSeedreamV4TextToImageOperator(task_id="deferred", prompt="a harbour", retries=0, deferrable=True)

    with DAG("kie_settle_by_hand", schedule=None, start_date=START, default_args=FAST):
        KieSeedreamV4TextToImageOperator.partial(task_id="gen", retries=0, deferrable=False).expand(
            prompt=["a red kite", "a blue kite"]
        )
    '''
)


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until(check: Callable[[], Any], timeout: float, what: str, interval: float = 0.5) -> Any:
    """
    Call ``check`` until it returns something truthy; fail the test after ``timeout`` seconds.

    :param check: the condition; exceptions count as "not yet".
    :param timeout: seconds.
    :param what: what is awaited, for the failure message.
    :param interval: seconds between calls.
    """
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        try:
            last = check()
            if last:
                return last
        except (httpx.HTTPError, OSError, ValueError, KeyError) as exc:
            last = exc
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}; last: {last!r}")


class Emulator:
    """
    A kie.ai emulator in its own process, observed and steered over its ``/_emulator/`` endpoints.

    :param folder: where its output goes.
    :param name: a name for its log file.
    :param generating: seconds each task spends generating.
    :param options: more command line options of the emulator (``--webhook-hmac-key``, ``--generating-jitter``).
    """

    def __init__(self, folder: Path, name: str, generating: float, options: tuple[str, ...] = ()) -> None:
        self.log = open(folder / f"emulator-{name}.log", "w")
        self.proc = subprocess.Popen(
            [sys.executable, "-u", "-m", "kie_provider.emulator", "--port", "0", "--api-key", EMULATOR_KEY]
            + ["--waiting-seconds", "0.1", "--queuing-seconds", "0.1", "--generating-seconds", str(generating)]
            + list(options),
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
            start_new_session=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert "http://" in line, f"the emulator did not start: {line!r}"
        self.url = line.strip().rsplit(" ", 1)[-1]
        self.http = httpx.Client(base_url=self.url, headers={"Authorization": f"Bearer {EMULATOR_KEY}"})

    def control(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        """
        Call an ``/_emulator/`` endpoint and return its ``data``.

        :param method: GET or POST.
        :param path: the path under ``/_emulator/``.
        :param body: the JSON body of a POST.
        """
        response = self.http.request(method, f"/_emulator/{path}", json=body)
        response.raise_for_status()
        return response.json()["data"]

    def stats(self) -> dict[str, Any]:
        """The emulator's counters."""
        return self.control("GET", "stats")

    def created(self) -> list[dict[str, Any]]:
        """The createTask requests it accepted, in order."""
        return self.control("GET", "created-requests")

    def connection(self, **extra: Any) -> str:
        """
        An Airflow connection (JSON) pointing at this emulator.

        :param extra: more connection extras (``webhook_hmac_secret`` ...).
        """
        return json.dumps(
            {
                "conn_type": "kie",
                "host": self.url,
                "password": EMULATOR_KEY,
                "extra": {"upload_base_url": self.url, "timeout": 5, "max_retries": 3, **extra},
            }
        )

    def stop(self) -> None:
        """End the process."""
        self.http.close()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


class Deployment:
    """
    Airflow's components as separate processes sharing one home, one SQLite database and one DAGs folder.

    :param home: the AIRFLOW_HOME.
    :param env: the components' environment.
    :param port: the api-server's port.
    """

    COMPONENTS = ("api-server", "dag-processor", "scheduler", "triggerer")

    def __init__(self, home: Path, env: dict[str, str], port: int) -> None:
        self.home = home
        self.env = env
        self.port = port
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.api = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)

    def start(self, component: str) -> None:
        """
        Start one component in its own process group (so it can be killed with its children).

        :param component: ``scheduler``, ``triggerer``, ``dag-processor`` or ``api-server``.
        """
        args = [AIRFLOW, component] + (["--port", str(self.port)] if component == "api-server" else [])
        log = open(self.home / f"{component}.log", "ab")
        self.procs[component] = subprocess.Popen(
            args, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=self.home
        )
        log.close()

    def kill(self, component: str, sig: int = signal.SIGKILL) -> None:
        """
        Signal a component's whole process group and wait for its main process to end.

        :param component: the component.
        :param sig: the signal (default SIGKILL: a crash).
        """
        proc = self.procs.pop(component)
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        if sig != signal.SIGKILL:
            # Children a graceful stop left behind still go.
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def stop(self) -> None:
        """Stop every component: SIGTERM, then SIGKILL for stragglers."""
        for component in list(self.procs):
            self.kill(component, signal.SIGTERM)
        self.api.close()

    def rest(self, method: str, path: str, **kwargs: Any) -> Any:
        """
        Call the REST API (``/api/v2`` + ``path``) and return the decoded JSON.

        :param method: the HTTP method.
        :param path: the path after ``/api/v2``.
        :param kwargs: passed to httpx (``json``, ``params``, ``headers``).
        """
        response = self.api.request(method, f"/api/v2{path}", **kwargs)
        response.raise_for_status()
        return response.json()

    def trigger(self, dag_id: str, conf: dict[str, Any] | None = None) -> str:
        """
        Wait for a DAG to be parsed, unpause it and start a run; return the run id.

        :param dag_id: the DAG.
        :param conf: the run's conf (Params).
        """
        wait_until(lambda: self.rest("GET", f"/dags/{dag_id}"), 120, f"{dag_id} to be parsed")
        self.rest("PATCH", f"/dags/{dag_id}", json={"is_paused": False})
        run = self.rest("POST", f"/dags/{dag_id}/dagRuns", json={"logical_date": None, "conf": conf or {}})
        return str(run["dag_run_id"])

    def task_instances(self, dag_id: str, run_id: str) -> dict[str, dict[str, Any]]:
        """
        The run's task instances by task id.

        :param dag_id: the DAG.
        :param run_id: the run.
        """
        data = self.rest("GET", f"/dags/{dag_id}/dagRuns/{run_id}/taskInstances")
        return {ti["task_id"]: ti for ti in data["task_instances"]}

    def wait_for_run(
        self, dag_id: str, run_id: str, timeout: float = 240, seen: dict[str, set[str]] | None = None
    ) -> str:
        """
        Poll a run until it ends; return its state. Records every task state seen in ``seen``.

        :param dag_id: the DAG.
        :param run_id: the run.
        :param timeout: seconds.
        :param seen: task id → the states observed while polling.
        """

        def ended() -> str | None:
            if seen is not None:
                for task_id, ti in self.task_instances(dag_id, run_id).items():
                    seen.setdefault(task_id, set()).add(str(ti["state"]))
            state = self.rest("GET", f"/dags/{dag_id}/dagRuns/{run_id}")["state"]
            return state if state in ("success", "failed") else None

        return str(wait_until(ended, timeout, f"run {run_id} of {dag_id} to end", interval=0.3))

    def xcom(self, dag_id: str, run_id: str, task_id: str, map_index: int = -1) -> Any:
        """
        A task's return value, through the REST API.

        :param dag_id: the DAG.
        :param run_id: the run.
        :param task_id: the task.
        :param map_index: the mapped instance, or -1.
        """
        entry = self.rest(
            "GET",
            f"/dags/{dag_id}/dagRuns/{run_id}/taskInstances/{task_id}/xcomEntries/return_value",
            params={"deserialize": True, "stringify": False, "map_index": map_index},
        )
        value = entry["value"]
        return json.loads(value) if isinstance(value, str) else value

    def cli(self, *args: str) -> str:
        """
        Run an ``airflow`` command of this deployment; return what it printed.

        :param args: the command's arguments.
        """
        done = subprocess.run(
            [AIRFLOW, *args], env=self.env, cwd=self.home, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, f"airflow {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
        return done.stdout

    def mapped_states(self, dag_id: str, run_id: str, task_id: str) -> dict[int, str]:
        """
        The states of a mapped task's instances by map index.

        :param dag_id: the DAG.
        :param run_id: the run.
        :param task_id: the mapped task.
        """
        data = self.rest("GET", f"/dags/{dag_id}/dagRuns/{run_id}/taskInstances/{task_id}/listMapped")
        return {int(ti["map_index"]): str(ti["state"]) for ti in data["task_instances"]}

    def log(self, dag_id: str, run_id: str, task_id: str, try_number: int) -> str:
        """
        A task try's log as text, through the REST API.

        :param dag_id: the DAG.
        :param run_id: the run.
        :param task_id: the task.
        :param try_number: the try.
        """
        data = self.rest(
            "GET",
            f"/dags/{dag_id}/dagRuns/{run_id}/taskInstances/{task_id}/logs/{try_number}",
            params={"full_content": True},
            headers={"Accept": "application/json"},
        )
        content = data.get("content")
        return json.dumps(content) if not isinstance(content, str) else content


@pytest.fixture(scope="module")
def emulators(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Emulator]]:
    """Two kie.ai emulator processes: quick generations, and slow ones for the crash tests."""
    folder = tmp_path_factory.mktemp("emulators")
    started = {"fast": Emulator(folder, "fast", FAST_SECONDS)}
    try:
        started["slow"] = Emulator(folder, "slow", SLOW_SECONDS)
        yield started
    finally:
        for emu in started.values():
            emu.stop()


@pytest.fixture(scope="module")
def airflow(tmp_path_factory: pytest.TempPathFactory, emulators: dict[str, Emulator]) -> Iterator[Deployment]:
    """A real Airflow deployment with the provider installed and the example pipeline in its DAGs folder."""
    home = tmp_path_factory.mktemp("airflow-home")
    dags = home / "dags"
    dags.mkdir()
    pids = home / "pids"
    pids.mkdir()
    shutil.copy(REPO / "example_dags" / "example_kie_creative_pipeline.py", dags)
    (dags / "kie_system_checks.py").write_text(CHECKS_DAGS)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "KIE_"))}
    env.update(
        {
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(dags),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__KIE__TEMPLATED_OUTPUT_ROOTS": tempfile.gettempdir(),  # the pipeline's output_dir
            "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
            "AIRFLOW__CORE__PARALLELISM": "8",
            "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home / 'airflow.db'}",
            "AIRFLOW__API__PORT": str(port),
            # Other Airflows on this machine must not take the log servers' default ports.
            "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
            "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(free_port()),
            "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{port}",
            "AIRFLOW__API_AUTH__JWT_SECRET": "system-test-jwt-secret-" + os.urandom(8).hex(),
            "AIRFLOW__SCHEDULER__JOB_HEARTBEAT_SEC": "1",
            "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "1",
            "AIRFLOW__SCHEDULER__SCHEDULER_IDLE_SLEEP_TIME": "0.2",
            "AIRFLOW__TRIGGERER__JOB_HEARTBEAT_SEC": "1",
            # A crashed triggerer's triggers move to a live one after this many seconds.
            "AIRFLOW__TRIGGERER__TRIGGERER_HEALTH_CHECK_THRESHOLD": "5",
            "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
            "AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL": "30",
            "AIRFLOW__DAG_PROCESSOR__PARSING_PROCESSES": "1",
            "AIRFLOW_CONN_KIE_DEFAULT": emulators["fast"].connection(),
            "AIRFLOW_CONN_KIE_SLOW": emulators["slow"].connection(),
            "KIE_POLL_INTERVAL": "0.3",
            "KIE_OUTPUT_DIR": str(home / "output"),
            "KIE_SYSTEM_TEST_PIDS": str(pids),
        }
    )
    subprocess.run([AIRFLOW, "db", "migrate"], env=env, check=True, capture_output=True, cwd=home, timeout=300)
    deployment = Deployment(home, env, port)
    try:
        for component in Deployment.COMPONENTS:
            deployment.start(component)
        wait_until(
            lambda: (
                deployment.rest("GET", "/monitor/health")["scheduler"]["status"] == "healthy"
                and deployment.rest("GET", "/monitor/health")["triggerer"]["status"] == "healthy"
            ),
            180,
            "the api-server, scheduler and triggerer to be healthy",
            interval=1,
        )
        yield deployment
    finally:
        deployment.stop()
        if os.environ.get("KIE_SYSTEM_TEST_KEEP_LOGS"):
            print(f"Airflow logs kept in {home}")


#: What Airflow 3.3's scheduler logs when it fails a resumed deferred task with the stale executor event of
#: the process that deferred (apache/airflow#72716, #71580): a slow scheduler loop, not the provider.
STALE_DEFER_EXIT = "finished with state success, but the task instance's state attribute is running"


def tries_allowing_airflow_race(airflow: Deployment, dag_id: str, run_id: str, task_id: str, expected: int) -> int:
    """
    A task's try number; ``expected`` too when it is one more only because of Airflow's stale defer-exit race.

    The race (logged by the scheduler) fails a resumed deferred try and forces a retry, which must reattach
    like any retry: the tests check the money (createTask counts) separately, so forgiving that one extra
    try hides nothing of the provider's.

    :param airflow: the deployment.
    :param dag_id: the DAG.
    :param run_id: the run.
    :param task_id: the task.
    :param expected: the tries the task takes without the race.
    """
    tries = int(airflow.task_instances(dag_id, run_id)[task_id]["try_number"])
    log = (airflow.home / "scheduler.log").read_text(errors="replace")
    raced = any(
        STALE_DEFER_EXIT in line and f"<TaskInstance: {dag_id}.{task_id} {run_id}" in line for line in log.splitlines()
    )
    return expected if raced and tries == expected + 1 else tries


def creates_by(emulator: Emulator, key: Callable[[dict[str, Any]], str]) -> dict[str, int]:
    """
    How many createTask requests the emulator accepted, grouped.

    :param emulator: the emulator.
    :param key: the group of one request.
    """
    counts: dict[str, int] = {}
    for request in emulator.created():
        counts[key(request)] = counts.get(key(request), 0) + 1
    return counts


def test_creative_pipeline_runs_deferred_through_the_triggerer(airflow, emulators, tmp_path):
    fast = emulators["fast"]
    fast.control("POST", "reset")
    seen: dict[str, set[str]] = {}
    run_id = airflow.trigger(PIPELINE, {"output_dir": str(tmp_path)})

    assert airflow.wait_for_run(PIPELINE, run_id, seen=seen) == "success"
    tis = airflow.task_instances(PIPELINE, run_id)
    assert {t: tis[t]["state"] for t in tis} == dict.fromkeys([*PIPELINE_TASKS, "collect"], "success")
    for task_id in PIPELINE_TASKS:
        # Waited in the triggerer and resumed there, in one try.
        assert "deferred" in seen[task_id], (task_id, seen[task_id])
        assert tries_allowing_airflow_race(airflow, PIPELINE, run_id, task_id, 1) == 1
        log = airflow.log(PIPELINE, run_id, task_id, 1)
        assert "Deferring: the triggerer waits for kie.ai task" in log, task_id
        assert "state success" in log, task_id
        assert EMULATOR_KEY not in log
        record = airflow.xcom(PIPELINE, run_id, task_id)
        assert record["state"] == "success"
        assert record["result_urls"] and all(u.startswith(fast.url) for u in record["result_urls"])
        assert [Path(p).parent for p in record["output_paths"]] == [tmp_path] * len(record["result_urls"])
        assert all(Path(p).stat().st_size > 0 for p in record["output_paths"])
    summary = airflow.xcom(PIPELINE, run_id, "collect")
    assert summary["animate"]["result_urls"] == airflow.xcom(PIPELINE, run_id, "animate")["result_urls"]
    assert fast.stats()["tasks_created"] == len(PIPELINE_TASKS)


def test_pipeline_survives_a_triggerer_restart(airflow, emulators, tmp_path):
    fast = emulators["fast"]
    fast.control("POST", "reset")
    run_id = airflow.trigger(PIPELINE, {"output_dir": str(tmp_path)})

    def deferred() -> bool:
        states = {t: ti["state"] for t, ti in airflow.task_instances(PIPELINE, run_id).items()}
        return states.get("generate") == "deferred" and states.get("avatar") == "deferred"

    wait_until(deferred, 120, "generate and avatar to wait in the triggerer", interval=0.2)
    airflow.kill("triggerer", signal.SIGTERM)
    time.sleep(FAST_SECONDS)
    airflow.start("triggerer")

    assert airflow.wait_for_run(PIPELINE, run_id) == "success"
    # One generation per step: the restarted triggerer polled the same kie.ai tasks.
    assert creates_by(fast, lambda r: r["model"]) == {
        "bytedance/seedream-v4-text-to-image": 1,
        "google/nano-banana-edit": 1,
        "topaz/image-upscale": 1,
        "bytedance/v1-pro-fast-image-to-video": 1,
        "kling/v1-avatar-standard": 1,
    }


def test_failed_generations_are_retried_and_only_they_are_paid_twice(airflow, emulators):
    fast = emulators["fast"]
    fast.control("POST", "reset")
    fast.control("POST", "fail-tasks", {"n": 1, "model": "topaz/image-upscale", "failCode": "500"})
    run_id = airflow.trigger("kie_failures")

    assert airflow.wait_for_run("kie_failures", run_id) == "failed"
    tis = airflow.task_instances("kie_failures", run_id)
    expected = {
        "steady": ("success", 1),
        "flaky": ("success", 2),  # kie.ai failed the first generation; the retry made a new one
        "broken": ("failed", 2),  # fails on kie.ai every time: retried once, then the task fails
    }
    assert {
        t: (ti["state"], tries_allowing_airflow_race(airflow, "kie_failures", run_id, t, expected[t][1]))
        for t, ti in tis.items()
    } == expected
    per_task = creates_by(fast, lambda r: str(r["input"].get("prompt", r["model"])))
    assert per_task == {"a calm lake": 1, "topaz/image-upscale": 2, "[[fail]] a lost dream": 2}
    assert "failCode 500" in airflow.log("kie_failures", run_id, "broken", 2)


def test_sync_task_killed_mid_wait_reattaches_on_retry(airflow, emulators):
    slow = emulators["slow"]
    slow.control("POST", "reset")
    pids = Path(airflow.env["KIE_SYSTEM_TEST_PIDS"])
    run_id = airflow.trigger("kie_sync_crash")

    # Killed while it waits: after its first poll, which comes after the taskId was stored.
    wait_until(lambda: slow.stats()["record_info"] >= 1, 120, "the task to poll its generation", interval=0.2)
    assert slow.stats()["tasks_created"] == 1
    pid_file = pids / "kie_sync_crash.upscale.1.pid"
    pid = int(wait_until(pid_file.read_text, 10, "the task's pid"))
    os.kill(pid, signal.SIGKILL)

    assert airflow.wait_for_run("kie_sync_crash", run_id, timeout=180) == "success"
    ti = airflow.task_instances("kie_sync_crash", run_id)["upscale"]
    assert ti["try_number"] == 2, "the killed try was retried"
    assert slow.stats()["tasks_created"] == 1, "the retry reattached instead of paying again"
    (kie_task_id,) = slow.control("GET", "tasks").keys()
    record = airflow.xcom("kie_sync_crash", run_id, "upscale")
    assert record["task_id"] == kie_task_id
    assert record["state"] == "success" and record["result_urls"]
    assert kie_task_id in airflow.log("kie_sync_crash", run_id, "upscale", 2)


def test_task_killed_mid_submit_is_not_paid_twice_and_can_be_reattached_by_hand(airflow, emulators):
    slow = emulators["slow"]
    slow.control("POST", "reset")
    # kie.ai takes 3 s to answer this createTask (it still creates the task): the process dies meanwhile.
    slow.control("POST", "faults", {"endpoint": "createTask", "fault": {"kind": "latency", "delay": 3}})
    dag_id, pids = "kie_submit_crash", Path(airflow.env["KIE_SYSTEM_TEST_PIDS"])
    run_id = airflow.trigger(dag_id)

    wait_until(lambda: slow.stats()["create_requests"] == 1, 120, "the createTask request", interval=0.1)
    os.kill(int(wait_until((pids / f"{dag_id}.upscale.1.pid").read_text, 10, "the task's pid")), signal.SIGKILL)

    # The retry cannot know whether kie.ai accepted the request: it fails instead of paying again.
    assert airflow.wait_for_run(dag_id, run_id, timeout=180) == "failed"
    assert airflow.task_instances(dag_id, run_id)["upscale"]["try_number"] == 2
    wait_until(lambda: slow.stats()["tasks_created"] == 1, 10, "the delayed task to be created")
    log = airflow.log(dag_id, run_id, "upscale", 2)
    assert "KieTaskMaybeCreatedError" in log and "whose outcome is unknown" in log
    assert "https://kie.ai/logs" in log and EMULATOR_KEY not in log
    assert (
        f"airflow kie reattach {dag_id} {run_id} upscale --kie-task-id <taskId> --kie-conn-id kie_slow"
        in log.replace("'", "")
    )
    assert slow.stats()["create_requests"] == 1

    # The recovery the message names, in one command: the task is in kie.ai's logs, so reattach to it.
    (kie_task_id,) = slow.control("GET", "tasks").keys()
    assert "submitting" in airflow.cli("kie", "show", dag_id, run_id, "upscale")
    airflow.cli("kie", "reattach", dag_id, run_id, "upscale", "--kie-task-id", kie_task_id, "--kie-conn-id", "kie_slow")
    assert airflow.wait_for_run(dag_id, run_id, timeout=180) == "success"
    assert airflow.xcom(dag_id, run_id, "upscale")["task_id"] == kie_task_id
    assert slow.stats()["create_requests"] == 1, "the cleared task reattached to the stored task"


def test_triggerer_killed_mid_wait_a_new_one_finishes_the_task(airflow, emulators):
    slow = emulators["slow"]
    slow.control("POST", "reset")
    run_id = airflow.trigger("kie_triggerer_crash")

    wait_until(
        lambda: airflow.task_instances("kie_triggerer_crash", run_id)["upscale"]["state"] == "deferred",
        120,
        "the task to wait in the triggerer",
        interval=0.2,
    )
    # Let the triggerer pick the trigger up and poll once before it dies.
    wait_until(lambda: slow.stats()["record_info"] >= 1, 30, "the trigger's first poll", interval=0.2)
    airflow.kill("triggerer", signal.SIGKILL)
    airflow.start("triggerer")

    assert airflow.wait_for_run("kie_triggerer_crash", run_id, timeout=180) == "success"
    ti = airflow.task_instances("kie_triggerer_crash", run_id)["upscale"]
    assert ti["try_number"] == 1
    assert slow.stats()["tasks_created"] == 1
    (kie_task_id,) = slow.control("GET", "tasks").keys()
    assert airflow.xcom("kie_triggerer_crash", run_id, "upscale")["task_id"] == kie_task_id
    # Two triggerer jobs ran this trigger: the killed one, and the new one that saw it succeed.
    folder = airflow.home / f"logs/dag_id=kie_triggerer_crash/run_id={run_id}/task_id=upscale"
    logs = sorted(folder.glob("*.trigger.*"), key=lambda p: int(p.name.rsplit(".", 2)[-2]))
    assert len(logs) == 2, logs
    assert "is success" not in logs[0].read_text() and f"{kie_task_id} is success" in logs[1].read_text()


def test_clearing_a_delivered_task_generates_anew(airflow, emulators):
    fast = emulators["fast"]
    fast.control("POST", "reset")
    dag_id = "kie_clear_starts_over"
    run_id = airflow.trigger(dag_id)
    assert airflow.wait_for_run(dag_id, run_id) == "success"
    first = {t: airflow.xcom(dag_id, run_id, t)["task_id"] for t in ("sync", "deferred")}
    assert fast.stats()["tasks_created"] == 2

    # A user clears a generation task to get a new generation (a retry would have reattached instead).
    airflow.rest(
        "POST",
        f"/dags/{dag_id}/clearTaskInstances",
        json={
            "dry_run": False,
            "dag_run_id": run_id,
            "task_ids": ["sync", "deferred"],
            "only_failed": False,
            "reset_dag_runs": True,
        },
    )
    wait_until(lambda: airflow.rest("GET", f"/dags/{dag_id}/dagRuns/{run_id}")["state"] != "success", 30, "the clear")
    assert airflow.wait_for_run(dag_id, run_id) == "success"
    second = {t: airflow.xcom(dag_id, run_id, t)["task_id"] for t in ("sync", "deferred")}
    assert fast.stats()["tasks_created"] == 4, "one more createTask per cleared task"
    assert all(second[t] != first[t] for t in first), (first, second)
    assert set(second.values()) <= set(fast.control("GET", "tasks"))


def test_a_mapped_task_maybe_created_is_settled_with_one_command(airflow, emulators):
    fast = emulators["fast"]
    fast.control("POST", "reset")
    # kie.ai creates the first mapped instance's task but the answer never arrives: maybe-created.
    fast.control("POST", "faults", {"endpoint": "createTask", "fault": {"kind": "drop_after"}})
    dag_id = "kie_settle_by_hand"
    run_id = airflow.trigger(dag_id)
    assert airflow.wait_for_run(dag_id, run_id) == "failed"
    states = airflow.mapped_states(dag_id, run_id, "gen")
    (lost,) = [i for i, state in states.items() if state == "failed"]
    (done,) = [i for i, state in states.items() if state == "success"]
    assert fast.stats()["tasks_created"] == 2 and fast.stats()["create_requests"] == 2
    (lost_task,) = set(fast.control("GET", "tasks")) - {airflow.xcom(dag_id, run_id, "gen", done)["task_id"]}

    shown = airflow.cli("kie", "show", dag_id, run_id, "gen", "--map-index", str(lost))
    assert "submitting" in shown
    out = airflow.cli("kie", "reattach", dag_id, run_id, "gen", "--map-index", str(lost), "--kie-task-id", lost_task)
    assert f"will reattach to kie.ai task {lost_task}" in out
    assert airflow.wait_for_run(dag_id, run_id) == "success"
    assert airflow.xcom(dag_id, run_id, "gen", lost)["task_id"] == lost_task
    assert fast.stats()["create_requests"] == 2, "reattached: nothing was sent again"

    # The other way out: forget the task and submit anew (one more createTask, a new result).
    airflow.cli("kie", "forget", dag_id, run_id, "gen", "--map-index", str(done))
    wait_until(lambda: airflow.mapped_states(dag_id, run_id, "gen")[done] != "success", 30, "the clear")
    assert airflow.wait_for_run(dag_id, run_id) == "success"
    assert fast.stats()["create_requests"] == 3


def test_webhook_secret_is_masked_in_the_connections_rest_answer(airflow):
    secret = "whsec-system-test-0123456789"
    extra = json.dumps({"webhook_hmac_secret": secret, "timeout": 30})
    airflow.rest(
        "POST",
        "/connections",
        json={"connection_id": "kie_masked", "conn_type": "kie", "password": EMULATOR_KEY, "extra": extra},
    )
    answer = airflow.api.get("/api/v2/connections/kie_masked")
    answer.raise_for_status()
    assert secret not in answer.text and EMULATOR_KEY not in answer.text
    assert json.loads(answer.json()["extra"])["webhook_hmac_secret"] == "***"
