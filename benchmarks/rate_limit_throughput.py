"""Benchmark: 100 mapped generations through kie.ai's rate limit (20 creates per 10 s), on real Airflow.

One DAG maps ``KieSeedreamV4TextToImageOperator`` over 100 prompts (``.expand``) and runs with
``dag.test()`` (mapped instances run one after another) against the kie.ai emulator, which enforces
its default rate limit of 20 createTask requests per 10 seconds per API key and answers 429 with
``Retry-After`` past it. Generation itself takes ~0.1 s in the emulator, so the wall time is the
submissions'. The hook's real retry policy runs unchanged (production backoff, ``max_retries`` from
the connection).

Figures: failed tasks (target 0), 429s the emulator sent (its ``rate_limited`` counter), tasks
created (must equal the tasks, nothing twice), and the wall time against the floor the limit allows:
100 creates at 20 per 10 s = 50 s (target at most 1.25 x that, 62.5 s).

Usage: ``.venv/bin/python benchmarks/rate_limit_throughput.py [--tasks 100]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HOME = Path(tempfile.mkdtemp(prefix="kie-bench-rate-"))
# Airflow reads its configuration when first imported: isolate it before anything imports it.
os.environ.update(
    {
        "AIRFLOW_HOME": str(HOME),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__DAGS_FOLDER": str(HOME / "dags"),
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{HOME / 'airflow.db'}",
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
    }
)

API_KEY = "bench-rate-limit-key"
DAG_ID = "kie_rate_limit_throughput"
LIMIT, WINDOW = 20, 10.0
TARGET_FACTOR = 1.25

DAG_SOURCE = """
import pendulum
from airflow.sdk import DAG
from kie_provider.operators.kie import KieSeedreamV4TextToImageOperator

with DAG({dag_id!r}, schedule=None, start_date=pendulum.datetime(2025, 1, 1)) as dag:
    KieSeedreamV4TextToImageOperator.partial(task_id="gen", poll_interval=0.1, timeout=120).expand(
        prompt=[f"benchmark prompt {{i}}" for i in range({tasks})]
    )
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=100, help="mapped tasks (default 100)")
    args = parser.parse_args()

    from airflow.utils import db

    from kie_provider.emulator import KieEmulator

    db.resetdb(skip_init=False)
    dags = HOME / "dags"
    dags.mkdir(parents=True, exist_ok=True)
    path = dags / f"{DAG_ID}.py"
    path.write_text(DAG_SOURCE.format(dag_id=DAG_ID, tasks=args.tasks))

    with KieEmulator(api_key=API_KEY, rate_limit=(LIMIT, WINDOW), durations=(0.02, 0.02, 0.06)) as emu:
        os.environ["AIRFLOW_CONN_KIE_DEFAULT"] = json.dumps(
            {"conn_type": "kie", "host": emu.url, "password": API_KEY, "extra": {"timeout": 10}}
        )
        spec = importlib.util.spec_from_file_location("bench_dag", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        started = time.perf_counter()
        run = module.dag.test()
        wall = time.perf_counter() - started
        stats = emu.stats()

    from airflow.models import TaskInstance
    from airflow.utils.session import create_session

    with create_session() as session:
        states = [
            str(ti.state)
            for ti in session.query(TaskInstance).filter(
                TaskInstance.dag_id == DAG_ID, TaskInstance.run_id == run.run_id
            )
        ]
    failed = sum(1 for s in states if s != "success")
    # The first LIMIT creates pass at once; each later batch of LIMIT waits one more window.
    floor = args.tasks / LIMIT * WINDOW
    print(f"tasks:              {args.tasks} mapped ({len(states)} instances), run state {run.state}")
    print(f"failed tasks:       {failed} (target 0)")
    print(f"429s sent:          {stats['rate_limited']}")
    print(f"createTask sent:    {stats['create_requests']}; tasks created: {stats['tasks_created']}")
    print(f"wall time:          {wall:.1f} s")
    print(f"floor of the limit: {floor:.1f} s ({args.tasks} creates at {LIMIT} per {WINDOW:g} s)")
    print(f"ratio to floor:     {wall / floor:.2f} (target <= {TARGET_FACTOR})")
    ok = failed == 0 and stats["tasks_created"] == args.tasks and wall <= TARGET_FACTOR * floor
    print("result:             " + ("PASS" if ok else "MISS"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
