"""
The provider on the topology production uses: PostgreSQL metadata database, CeleryExecutor on Redis,
api-server, scheduler, dag-processor, two Celery workers and two triggerers, each its own process.

kie.ai is two emulator processes (quick generations with the real rate limit of 20 creates per 10 s per
key, and slow ones for the crash tests); their ``/_emulator/`` counters say what kie.ai received. The
services come from ``scripts/production_services.sh`` (``make production-test``; ``.ci/run``); each run
makes its own database, Redis database and Celery queue, and drops the database at the end.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import tempfile
import textwrap
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from system.test_real_airflow import (
    AIRFLOW,
    PIPELINE,
    PIPELINE_TASKS,
    REPO,
    Deployment,
    Emulator,
    creates_by,
    free_port,
    wait_until,
)

pytestmark = pytest.mark.timeout(900)

LIMIT, WINDOW = 20, 10.0
BATCH = 120
SLOW_SECONDS = 25.0
DEFERRED_WAITS = 6
# kie.ai's callbacks as wake-up hints: waits woken by callbacks, and waits on the poll schedule beside them.
CALLBACK_WAITS = 100
POLLED_WAITS = 10
CALLBACK_SECRET = "production-callback-hmac-secret"
WORKERS = ("worker-1", "worker-2")
TRIGGERERS = ("triggerer-1", "triggerer-2")

DAGS = textwrap.dedent(
    f'''
    """DAGs of the production topology test."""

    import os
    from datetime import timedelta
    from pathlib import Path

    import pendulum
    from airflow.sdk import DAG

    from kie_provider.catalogue import CATALOGUE
    from kie_provider.operators.kie import KieSeedreamV4TextToImageOperator, KieTopazImageUpscaleOperator

    START = pendulum.datetime(2025, 1, 1, tz="UTC")
    UPSCALE = dict(CATALOGUE["topaz/image-upscale"].example_input)
    IMAGE = {{k: v for k, v in UPSCALE.items() if k != "upscale_factor"}}


    def record_pid(context):
        """Leave the task process's pid where the test can find it."""
        ti = context["ti"]
        folder = Path(os.environ["KIE_SYSTEM_TEST_PIDS"])
        (folder / f"{{ti.dag_id}}.{{ti.task_id}}.{{ti.try_number}}.pid").write_text(str(os.getpid()))


    # BATCH generations through one key's 20 creates per 10 s, waited for in the workers (no retries: a
    # rate-limited create must get its turn, not fail).
    with DAG("kie_prod_batch", schedule=None, start_date=START, max_active_tasks=64):
        KieSeedreamV4TextToImageOperator.partial(
            task_id="gen", deferrable=False, retries=0, poll_interval=0.5, timeout=600
        ).expand(prompt=[f"batch image {{i}}" for i in range({BATCH})])

    with DAG("kie_prod_deferred", schedule=None, start_date=START):
        KieTopazImageUpscaleOperator.partial(
            task_id="upscale", kie_conn_id="kie_slow", deferrable=True, retries=0, poll_interval=0.5, **IMAGE
        ).expand(upscale_factor=["1", "2", "4", "8", "2", "4"][:{DEFERRED_WAITS}])

    # Waits kie.ai's callbacks wake (kie_cb has the webhook secret), and waits on the default poll schedule
    # (kie_cb_polled: the same kie.ai, no secret, so no callBackUrl), finishing at random times.
    with DAG("kie_prod_callbacks", schedule=None, start_date=START, max_active_tasks=128):
        KieSeedreamV4TextToImageOperator.partial(
            task_id="gen", kie_conn_id="kie_cb", deferrable=True, retries=0, timeout=900
        ).expand(prompt=[f"hinted {{i}}" for i in range({CALLBACK_WAITS})])

    with DAG("kie_prod_polled", schedule=None, start_date=START, max_active_tasks=128):
        KieSeedreamV4TextToImageOperator.partial(
            task_id="gen", kie_conn_id="kie_cb_polled", deferrable=True, retries=0, timeout=900
        ).expand(prompt=[f"polled {{i}}" for i in range({POLLED_WAITS})])

    with DAG("kie_prod_sync_crash", schedule=None, start_date=START):
        KieTopazImageUpscaleOperator(
            task_id="upscale", kie_conn_id="kie_slow", deferrable=False, retries=1, poll_interval=0.5,
            retry_delay=timedelta(seconds=1), on_execute_callback=record_pid, **UPSCALE,
        )
    '''
)

# Every component reports its own name as its hostname, so that the database says which worker ran a try
# and which triggerer holds a trigger (all run on this one machine).
HOSTNAME_MODULE = textwrap.dedent(
    '''
    """Airflow's [core] hostname_callable of the production test: the component's name."""

    import os
    import socket


    def hostname():
        """KIE_PRODUCTION_HOSTNAME, else the machine's name."""
        return os.environ.get("KIE_PRODUCTION_HOSTNAME") or socket.getfqdn()
    '''
)


class Topology(Deployment):
    """
    Airflow's components as separate processes on PostgreSQL and Celery: two workers, two triggerers.

    :param home: the AIRFLOW_HOME.
    :param env: the components' environment.
    :param port: the api-server's port.
    :param queue: the Celery queue of this run.
    :param database: SQLAlchemy URL of this run's metadata database.
    """

    def __init__(self, home: Path, env: dict[str, str], port: int, queue: str, database: str) -> None:
        super().__init__(home, env, port)
        self.queue = queue
        self.database = database
        self.log_ports = {name: free_port() for name in (*WORKERS, *TRIGGERERS)}

    def start(self, component: str) -> None:
        """
        Start one component (``worker-1`` and ``triggerer-2`` included) in its own process group.

        :param component: ``api-server``, ``scheduler``, ``dag-processor``, ``worker-N`` or ``triggerer-N``.
        """
        env = dict(self.env, KIE_PRODUCTION_HOSTNAME=component)
        if component.startswith("worker"):
            args = [AIRFLOW, "celery", "worker", "--concurrency", "8", "--queues", self.queue]
            args += ["--celery-hostname", f"{component}@%h", "--without-mingle", "--without-gossip"]
            env["AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT"] = str(self.log_ports[component])
        elif component.startswith("triggerer"):
            args = [AIRFLOW, "triggerer"]
            env["AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT"] = str(self.log_ports[component])
        else:
            args = [AIRFLOW, component] + (["--port", str(self.port)] if component == "api-server" else [])
        log = open(self.home / f"{component}.log", "ab")
        self.procs[component] = subprocess.Popen(
            args, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=self.home
        )
        log.close()

    def sql(self, query: str, *params: Any) -> list[tuple[Any, ...]]:
        """
        Rows of a query on the metadata database.

        :param query: SQL with ``%s`` placeholders.
        :param params: the values.
        """
        import psycopg2

        with psycopg2.connect(self.database.replace("postgresql+psycopg2", "postgresql")) as conn:
            with conn.cursor() as cursor:
                cursor.execute(query, params)
                return list(cursor.fetchall())

    def triggers_by_triggerer(self, dag_id: str) -> dict[str | None, int]:
        """
        How many of a DAG's deferred tasks' triggers each triggerer holds (by its hostname).

        :param dag_id: the DAG.
        """
        rows = self.sql(
            "SELECT job.hostname, count(*) FROM task_instance ti JOIN trigger t ON t.id = ti.trigger_id "
            "LEFT JOIN job ON job.id = t.triggerer_id WHERE ti.dag_id = %s GROUP BY job.hostname",
            dag_id,
        )
        return {hostname: int(count) for hostname, count in rows}


@pytest.fixture(scope="module")
def emulators(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Emulator]]:
    """Quick generations under the real rate limit, and slow ones for the crash tests."""
    folder = tmp_path_factory.mktemp("emulators")
    started = {"fast": Emulator(folder, "fast", 1.0)}
    try:
        started["slow"] = Emulator(folder, "slow", SLOW_SECONDS)
        # Signed callbacks; each task takes 50 to 90 s, so that they end at random times once the 110 creates (about
        # 55 s at 20 per 10 s) are in: the two Celery workers' two cores then resume the finished tasks rather than
        # start rate-limited creates.
        started["hinted"] = Emulator(
            folder, "hinted", 50.0, ("--webhook-hmac-key", CALLBACK_SECRET, "--generating-jitter", "40")
        )
        yield started
    finally:
        for emu in started.values():
            emu.stop()


@pytest.fixture(scope="module")
def database() -> Iterator[tuple[str, str]]:
    """This run's own metadata database on the PostgreSQL server (dropped at the end), and its name."""
    postgres, redis = os.environ.get("KIE_PRODUCTION_POSTGRES"), os.environ.get("KIE_PRODUCTION_REDIS")
    if not postgres or not redis:
        pytest.fail(
            "KIE_PRODUCTION_POSTGRES / KIE_PRODUCTION_REDIS not set: scripts/production_services.sh starts them"
        )
    import psycopg2

    run = f"kie_prod_{os.getpid()}_{random.randrange(10**6)}"
    admin = psycopg2.connect(postgres.replace("postgresql+psycopg2", "postgresql") + "/postgres")
    admin.autocommit = True
    admin.cursor().execute(f"CREATE DATABASE {run}")
    try:
        yield f"{postgres}/{run}", run
    finally:
        admin.cursor().execute(f"DROP DATABASE IF EXISTS {run} WITH (FORCE)")
        admin.close()


@pytest.fixture(scope="module")
def prod(
    tmp_path_factory: pytest.TempPathFactory, emulators: dict[str, Emulator], database: tuple[str, str]
) -> Iterator[Topology]:
    """The deployment: this run's database, Redis database and queue; seven Airflow processes."""
    url, run = database
    redis = os.environ["KIE_PRODUCTION_REDIS"]
    home = tmp_path_factory.mktemp("airflow-home")
    dags, pids, pylib = home / "dags", home / "pids", home / "pylib"
    for folder in (dags, pids, pylib):
        folder.mkdir()
    shutil.copy(REPO / "example_dags" / "example_kie_creative_pipeline.py", dags)
    (dags / "kie_production_checks.py").write_text(DAGS)
    (pylib / "kie_production_host.py").write_text(HOSTNAME_MODULE)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "KIE_"))}
    env.update(
        {
            "PYTHONPATH": os.pathsep.join(filter(None, [str(pylib), os.environ.get("PYTHONPATH")])),
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(dags),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__KIE__TEMPLATED_OUTPUT_ROOTS": tempfile.gettempdir(),  # the pipeline's output_dir
            "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
            "AIRFLOW__CORE__PARALLELISM": "32",
            "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
            "AIRFLOW__CORE__HOSTNAME_CALLABLE": "kie_production_host.hostname",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": url,
            "AIRFLOW__CELERY__BROKER_URL": f"{redis}/{random.randrange(1, 16)}",
            "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + url,
            "AIRFLOW__OPERATORS__DEFAULT_QUEUE": run,
            "AIRFLOW__API__PORT": str(port),
            "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{port}",
            "AIRFLOW__API__WORKERS": "1",
            "AIRFLOW__API_AUTH__JWT_SECRET": "production-test-jwt-secret-" + os.urandom(8).hex(),
            "AIRFLOW__SCHEDULER__JOB_HEARTBEAT_SEC": "1",
            "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "1",
            "AIRFLOW__SCHEDULER__SCHEDULER_IDLE_SLEEP_TIME": "0.2",
            # A try whose worker died is failed (and retried) after this many seconds without a heartbeat.
            "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT": "15",
            "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT_DETECTION_INTERVAL": "2",
            "AIRFLOW__TRIGGERER__JOB_HEARTBEAT_SEC": "1",
            # A crashed triggerer's triggers move to a live one after this many seconds.
            "AIRFLOW__TRIGGERER__TRIGGERER_HEALTH_CHECK_THRESHOLD": "5",
            "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
            "AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL": "60",
            "AIRFLOW__DAG_PROCESSOR__PARSING_PROCESSES": "1",
            "AIRFLOW_CONN_KIE_DEFAULT": emulators["fast"].connection(),
            "AIRFLOW_CONN_KIE_SLOW": emulators["slow"].connection(),
            "AIRFLOW_CONN_KIE_CB": emulators["hinted"].connection(webhook_hmac_secret=CALLBACK_SECRET),
            "AIRFLOW_CONN_KIE_CB_POLLED": emulators["hinted"].connection(),
            # kie.ai calls back the api-server; the api-server wakes the triggerers through this PostgreSQL.
            "AIRFLOW__KIE__CALLBACK_BASE_URL": f"http://127.0.0.1:{port}",
            "AIRFLOW__KIE__CALLBACK_CHANNEL": url,
            "KIE_POLL_INTERVAL": "0.5",
            "KIE_OUTPUT_DIR": str(home / "output"),
            "KIE_SYSTEM_TEST_PIDS": str(pids),
        }
    )
    migrate = subprocess.run([AIRFLOW, "db", "migrate"], env=env, capture_output=True, text=True, cwd=home, timeout=600)
    assert migrate.returncode == 0, f"airflow db migrate failed:\n{migrate.stdout[-3000:]}\n{migrate.stderr[-3000:]}"
    topology = Topology(home, env, port, queue=run, database=url)
    try:
        for component in ("api-server", "dag-processor", "scheduler", *WORKERS, *TRIGGERERS):
            topology.start(component)

        def healthy() -> bool:
            health = topology.rest("GET", "/monitor/health")
            alive = topology.sql(
                "SELECT count(DISTINCT hostname) FROM job WHERE job_type = 'TriggererJob' AND state = 'running'"
            )[0][0]
            return (
                health["scheduler"]["status"] == "healthy" and health["triggerer"]["status"] == "healthy" and alive == 2
            )

        wait_until(healthy, 240, "the api-server, scheduler and both triggerers to be healthy", interval=1)
        yield topology
    finally:
        topology.stop()
        if os.environ.get("KIE_SYSTEM_TEST_KEEP_LOGS"):
            print(f"Airflow logs kept in {home}")


def test_creative_pipeline_and_a_batch_of_200_share_the_rate_limit_across_both_workers(
    prod, emulators, tmp_path, capsys
):
    fast = emulators["fast"]
    fast.control("POST", "reset")
    pipeline = prod.trigger(PIPELINE, {"output_dir": str(tmp_path)})
    assert prod.wait_for_run(PIPELINE, pipeline, timeout=300) == "success"
    assert {t: ti["state"] for t, ti in prod.task_instances(PIPELINE, pipeline).items()} == dict.fromkeys(
        [*PIPELINE_TASKS, "collect"], "success"
    )
    assert fast.stats()["tasks_created"] == len(PIPELINE_TASKS)

    fast.control("POST", "reset")
    wait_until(lambda: prod.rest("GET", "/dags/kie_prod_batch"), 120, "the batch DAG to be parsed")
    started = time.monotonic()
    batch = prod.trigger("kie_prod_batch")
    state = prod.wait_for_run("kie_prod_batch", batch, timeout=600)
    wall = time.monotonic() - started
    states = dict(
        prod.sql("SELECT map_index, state FROM task_instance WHERE dag_id = 'kie_prod_batch' AND run_id = %s", batch)
    )
    stats = fast.stats()
    floor = BATCH / LIMIT * WINDOW
    hosts = {
        host: int(n)
        for host, n in prod.sql(
            "SELECT hostname, count(*) FROM task_instance WHERE dag_id = 'kie_prod_batch' AND run_id = %s "
            "GROUP BY hostname",
            batch,
        )
    }
    # CI asserts what holds on any machine (states, counts, one createTask each); the wall time against
    # the rate-limit floor is printed only: on two shared cores other load alone moves it to 1.3-1.7x.
    with capsys.disabled():
        print(
            f"\nbatch of {BATCH}: wall {wall:.1f} s, floor {floor:.0f} s ({BATCH} creates at {LIMIT} per {WINDOW:g} s),"
            " "
            f"ratio {wall / floor:.2f} (a figure, not asserted: load moves it; benchmarks/rate_limit_throughput.py "
            f"holds the target); 429s {stats['rate_limited']}; "
            f"tries per worker {hosts}"
        )
    assert state == "success"
    assert sorted(states.values()) == ["success"] * BATCH, "0 tasks failed"
    # Exactly one createTask per generation, none repeated, by either worker.
    per_prompt = creates_by(fast, lambda r: str(r["input"]["prompt"]))
    assert per_prompt == {f"batch image {i}": 1 for i in range(BATCH)}
    assert stats["tasks_created"] == BATCH
    assert set(hosts) == set(WORKERS), "both Celery workers took part"
    assert stats["rate_limited"] > 0, "the workers met the limit, and shared it"


def test_a_killed_triggerer_s_waits_are_taken_over_by_the_other(prod, emulators):
    slow = emulators["slow"]
    slow.control("POST", "reset")
    dag_id = "kie_prod_deferred"
    run_id = prod.trigger(dag_id)

    def deferred_and_polled() -> bool:
        states = prod.mapped_states(dag_id, run_id, "upscale")
        held = prod.triggers_by_triggerer(dag_id)
        return (
            list(states.values()) == ["deferred"] * DEFERRED_WAITS
            and None not in held
            and sum(held.values()) == DEFERRED_WAITS
            and slow.stats()["record_info"] >= DEFERRED_WAITS
        )

    wait_until(deferred_and_polled, 180, "every wait to be held by a triggerer and polled", interval=0.3)
    held = prod.triggers_by_triggerer(dag_id)
    victim = max(held, key=lambda host: held[host] or 0)
    assert victim in TRIGGERERS, held
    (survivor,) = set(TRIGGERERS) - {victim}
    assert slow.stats()["tasks_created"] == DEFERRED_WAITS
    prod.kill(victim, signal.SIGKILL)

    wait_until(
        lambda: prod.triggers_by_triggerer(dag_id) == {survivor: DEFERRED_WAITS},
        60,
        f"{survivor} to take over every wait {victim} held",
        interval=0.5,
    )
    assert prod.wait_for_run(dag_id, run_id, timeout=240) == "success"
    states = prod.mapped_states(dag_id, run_id, "upscale")
    assert list(states.values()) == ["success"] * DEFERRED_WAITS
    assert slow.stats()["tasks_created"] == DEFERRED_WAITS, "no createTask repeated"
    assert slow.stats()["create_requests"] == DEFERRED_WAITS
    records = [prod.xcom(dag_id, run_id, "upscale", i)["task_id"] for i in range(DEFERRED_WAITS)]
    assert sorted(records) == sorted(slow.control("GET", "tasks"))
    prod.start(victim)


def test_a_worker_killed_mid_wait_the_retry_on_the_other_reattaches(prod, emulators):
    slow = emulators["slow"]
    slow.control("POST", "reset")
    dag_id, pids = "kie_prod_sync_crash", Path(prod.env["KIE_SYSTEM_TEST_PIDS"])
    run_id = prod.trigger(dag_id)

    # Killed while it waits: after its first poll, which comes after the taskId was stored.
    wait_until(lambda: slow.stats()["record_info"] >= 1, 180, "the task to poll its generation", interval=0.2)
    assert slow.stats()["tasks_created"] == 1
    pid = int(wait_until((pids / f"{dag_id}.upscale.1.pid").read_text, 10, "the task's pid"))
    first = prod.task_instances(dag_id, run_id)["upscale"]
    victim = first["hostname"]
    assert victim in WORKERS, first
    (survivor,) = set(WORKERS) - {victim}
    # The worker's whole process group (Celery, its pool, the task), and the task should it have its own.
    prod.kill(victim, signal.SIGKILL)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass

    assert prod.wait_for_run(dag_id, run_id, timeout=240) == "success"
    ti = prod.task_instances(dag_id, run_id)["upscale"]
    assert ti["try_number"] == 2, "the killed try was retried"
    assert ti["hostname"] == survivor, "the retry ran on the other worker"
    assert slow.stats()["tasks_created"] == 1, "the retry reattached instead of paying again"
    assert slow.stats()["create_requests"] == 1
    (kie_task_id,) = slow.control("GET", "tasks").keys()
    assert prod.xcom(dag_id, run_id, "upscale")["task_id"] == kie_task_id
    assert kie_task_id in prod.log(dag_id, run_id, "upscale", 2)
    prod.start(victim)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _finish_to_success(prod: Topology, emu: Emulator, dag_id: str, run_id: str) -> dict[str, tuple[float, float]]:
    """
    By taskId: seconds from kie.ai finishing a task (its record's completeTime) to its Airflow task instance being
    queued again (the wait woke, fired, and the scheduler sent the resumption to Celery), and to its success.
    """
    records = emu.control("GET", "tasks")
    rows = prod.sql(
        "SELECT x.value, ti.queued_dttm, ti.end_date FROM xcom x JOIN task_instance ti ON ti.dag_id = x.dag_id "
        "AND ti.run_id = x.run_id AND ti.task_id = x.task_id AND ti.map_index = x.map_index "
        "WHERE x.dag_id = %s AND x.run_id = %s AND x.key = 'kie_task_id'",
        dag_id,
        run_id,
    )
    latency = {}
    for value, queued, end in rows:
        task_id = str(value).strip('"')  # a JSON column: psycopg2 hands back the decoded string
        done = records[task_id]["completeTime"] / 1000
        latency[task_id] = (queued.timestamp() - done, end.timestamp() - done)
    return latency


def _polls_per_task(emu: Emulator) -> Counter[str]:
    polls: Counter[str] = Counter()
    for entry in emu.control("GET", "request-log"):
        query = parse_qs(urlsplit(entry["path"]).query)
        if entry["method"] == "GET" and "recordInfo" in entry["path"] and query.get("taskId"):
            polls[query["taskId"][0]] += 1
    return polls


def test_callbacks_wake_100_waits_across_two_triggerers_one_killed(prod, emulators, capsys):
    emu = emulators["hinted"]
    emu.control("POST", "reset")
    hinted_run = prod.trigger("kie_prod_callbacks")
    polled_run = prod.trigger("kie_prod_polled")

    def half_deferred() -> bool:
        held = prod.triggers_by_triggerer("kie_prod_callbacks")
        return None not in held and sum(held.values()) >= CALLBACK_WAITS // 2 and len(held) == 2

    # Killed while the waits are held and the tasks still generating; the survivor takes its waits over and
    # listens for their callbacks.
    wait_until(half_deferred, 300, "half the waits to be held, by both triggerers", interval=0.5)
    held = prod.triggers_by_triggerer("kie_prod_callbacks")
    victim = max(held, key=lambda host: held[host] or 0)
    assert victim in TRIGGERERS, held
    prod.kill(victim, signal.SIGKILL)
    try:
        assert prod.wait_for_run("kie_prod_callbacks", hinted_run, timeout=600) == "success"
        assert prod.wait_for_run("kie_prod_polled", polled_run, timeout=600) == "success"
    finally:
        prod.start(victim)
    stats = emu.stats()
    hinted = _finish_to_success(prod, emu, "kie_prod_callbacks", hinted_run)
    polled = _finish_to_success(prod, emu, "kie_prod_polled", polled_run)
    woke = _median([queued for queued, _ in hinted.values()])
    done = _median([end for _, end in hinted.values()])
    polls = _polls_per_task(emu)
    with capsys.disabled():
        print(
            f"\ncallbacks: {CALLBACK_WAITS} waits, {held[victim]} moved off a killed triggerer: kie.ai finished "
            f"-> Airflow success median {done:.2f} s (max {max(end for _, end in hinted.values()):.2f} s; -> queued "
            f"again {woke:.2f} s); on the poll schedule beside it ({POLLED_WAITS} waits): median "
            f"{_median([end for _, end in polled.values()]):.2f} s (-> queued "
            f"{_median([queued for queued, _ in polled.values()]):.2f} s); polls per woken wait "
            f"{dict(sorted(Counter(polls[t] for t in hinted).items()))}; callbacks sent {stats['callbacks_sent']}; "
            f"load average {os.getloadavg()[0]:.2f}"
        )
    # Exactly one createTask per piece of work.
    assert stats["tasks_created"] == CALLBACK_WAITS + POLLED_WAITS
    per_prompt = creates_by(emu, lambda r: str(r["input"]["prompt"]))
    assert set(per_prompt.values()) == {1} and len(per_prompt) == CALLBACK_WAITS + POLLED_WAITS
    assert len(hinted) == CALLBACK_WAITS and len(polled) == POLLED_WAITS
    # Each task ran under 3 minutes, within one safety interval (300 s): a woken wait polls once, when its callback
    # comes (or when a wait that starts again on the surviving triggerer finds its callback already received),
    # plus a follow-up poll where kie.ai's record lagged the callback.
    assert max(polls[task] for task in hinted) <= 2, {task: polls[task] for task in hinted}
    assert sum(polls[task] for task in hinted) <= CALLBACK_WAITS + held[victim]
    assert done < 2.0
