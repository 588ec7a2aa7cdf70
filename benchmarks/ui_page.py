"""Page-time benchmark of the kie.ai UI plugin on a metadata database holding 100,000 kie task instances.

Builds a fresh Airflow metadata database (SQLite, and Postgres when ``--postgres URL`` or
``KIE_PRODUCTION_POSTGRES`` names a server: a database of its own is created and dropped; each database is
measured in a process of its own, migrated by Airflow) in a temporary AIRFLOW_HOME and
fills it, through Airflow's own tables, with DAG runs and kie task instances and the XComs the kie operators
write (``kie_task_id`` for every one, ``return_value`` for the succeeded, ``kie_failure`` for the failed),
spread over 30 days, 20 DAGs and 5 models; a few hundred are left deferred (in flight). Then it asks the
plugin, mounted in the api-server app Airflow builds (``create_app``), with a real JWT of an admin (every DAG
readable), for each JSON endpoint and the HTML page, and prints the median and the worst of several requests.

Target: the page (it runs every query of the JSON endpoints) with any window up to 90 days (24 h, 7, 30 and
90 days; the 30- and 90-day windows hold all 100,000) under 1 s at 100,000 task instances, on each
database; a miss prints MISSED and exits 1.
Usage: ``python benchmarks/ui_page.py [--tis 100000] [--repeat 5] [--postgres URL | --sqlite-only]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

TARGET_SECONDS = 1.0
MODELS = (
    "topaz/image-upscale",
    "google/nano-banana-edit",
    "bytedance/seedream-v4-text-to-image",
    "bytedance/v1-pro-fast-image-to-video",
    "kling/v1-avatar-standard",
)
TASKS_PER_RUN = 5
DAGS = 20


def _home(database_url: str | None) -> Path:
    home = Path(tempfile.mkdtemp(prefix="kie-ui-bench-"))
    os.environ["AIRFLOW_HOME"] = str(home)
    os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = database_url or f"sqlite:///{home / 'airflow.db'}"
    os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
    os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(home / "dags")
    os.environ["AIRFLOW__CORE__UNIT_TEST_MODE"] = "False"
    os.environ.pop("AIRFLOW_CONN_KIE_DEFAULT", None)
    return home


def _ti_row(dag_id: str, run_id: str, task_id: str, when: datetime, state: str, n: int) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "task_id": task_id,
        "dag_id": dag_id,
        "run_id": run_id,
        "map_index": -1,
        "start_date": when,
        "end_date": None if state == "deferred" else when + timedelta(seconds=30),
        "state": state,
        "try_number": 2 if n % 25 == 0 else 1,
        "max_tries": 2,
        "hostname": "",
        "unixname": "airflow",
        "pool": "default_pool",
        "pool_slots": 1,
        "queue": "default",
        "priority_weight": 1,
        "operator": "KieModelOperator",
        "custom_operator_name": "KieModelOperator",
        "executor_config": {},
        "span_status": "not_started",
    }


def _xcom_rows(
    run_pk: int,
    dag_id: str,
    run_id: str,
    task_id: str,
    when: datetime,
    model: str,
    n: int,
    failed: bool,
    in_flight: bool,
) -> list[dict[str, Any]]:
    kie_id = uuid.uuid4().hex
    common = {"dag_run_id": run_pk, "task_id": task_id, "map_index": -1, "dag_id": dag_id, "run_id": run_id}
    rows = [dict(common, key="kie_task_id", value=kie_id, timestamp=when)]
    record = {
        "task_id": kie_id,
        "model": model,
        "state": "fail" if failed else "success",
        "param": {"model": model, "input": {"image_url": f"https://example.com/in/{n}.png"}},
        "result_urls": [] if failed else [f"https://example.com/out/{kie_id}.png"],
        "fail_code": "500" if failed else None,
        "fail_msg": "Internal server error" if failed else None,
        "cost_time": 5.0 + (n % 40),
        "consume_credits": 0.0 if failed else float(2 + MODELS.index(model) * 4),
        "remained_credits": 1000.0,
    }
    if not in_flight:
        key = "kie_failure" if failed else "return_value"
        rows.append(dict(common, key=key, value=record, timestamp=when + timedelta(seconds=30)))
    return rows


def fill(tis: int) -> None:
    """
    Write ``tis`` kie task instances, their runs and XComs into the metadata database.

    :param tis: how many task instances.
    """
    from airflow.models.dag import DagModel
    from airflow.models.dagbundle import DagBundleModel
    from airflow.models.dagrun import DagRun
    from airflow.models.taskinstance import TaskInstance
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session
    from sqlalchemy import insert, select

    now = datetime.now(timezone.utc)
    runs = tis // TASKS_PER_RUN
    with create_session() as session:
        session.add(DagBundleModel(name="dags-folder"))
        session.flush()
        for d in range(DAGS):
            session.add(DagModel(dag_id=f"media_{d:02d}", bundle_name="dags-folder", fileloc=f"/dags/media_{d:02d}.py"))
        session.flush()
        run_rows = []
        for r in range(runs):
            when = now - timedelta(days=30) + timedelta(seconds=r * (30 * 86400 / runs))
            run_rows.append(
                {
                    "dag_id": f"media_{r % DAGS:02d}",
                    "run_id": f"manual__{when.isoformat()}_{r}",
                    "logical_date": None,
                    "run_after": when,
                    "start_date": when,
                    "state": "success",
                    "run_type": "manual",
                    "conf": {},
                    "clear_number": 0,
                }
            )
        session.execute(insert(DagRun.__table__), run_rows)
        ids = session.execute(select(DagRun.id, DagRun.dag_id, DagRun.run_id, DagRun.run_after)).all()
        ti_rows, xcom_rows = [], []
        n = 0
        for run_pk, dag_id, run_id, when in ids:
            for t in range(TASKS_PER_RUN):
                model = MODELS[t]
                in_flight = n >= tis - 300
                failed = not in_flight and n % 10 == 7
                state = "deferred" if in_flight else "failed" if failed else "success"
                task_id = f"step_{t}"
                ti_rows.append(_ti_row(dag_id, run_id, task_id, when, state, n))
                xcom_rows.extend(_xcom_rows(run_pk, dag_id, run_id, task_id, when, model, n, failed, in_flight))
                n += 1
            if len(ti_rows) >= 20000:
                session.execute(insert(TaskInstance.__table__), ti_rows)
                session.execute(insert(XComModel.__table__), xcom_rows)
                ti_rows, xcom_rows = [], []
        if ti_rows:
            session.execute(insert(TaskInstance.__table__), ti_rows)
            session.execute(insert(XComModel.__table__), xcom_rows)


CASES = [
    ("GET /kie/api/tasks (first page of 50, 7 days)", "/kie/api/tasks", {}),
    ("GET /kie/api/tasks (page 20, 30 days)", "/kie/api/tasks", {"offset": 1000, "hours": 720}),
    ("GET /kie/api/tasks (one DAG, failed)", "/kie/api/tasks", {"dag_id": "media_03", "state": "failed"}),
    ("GET /kie/api/spend (30 days)", "/kie/api/spend", {"hours": 720}),
    ("GET /kie/api/health (7 days)", "/kie/api/health", {}),
    ("GET /kie/api/filters", "/kie/api/filters", {}),
    ("GET /kie/ui/ (page, 24 h)", "/kie/ui/", {"hours": 24}),
    ("GET /kie/ui/ (page, 7 days)", "/kie/ui/", {}),
    ("GET /kie/ui/ (page, 30 days)", "/kie/ui/", {"hours": 720}),
    ("GET /kie/ui/ (page, 90 days)", "/kie/ui/", {"hours": 2160}),
]


def measure(tis: int, repeat: int, database_url: str | None) -> bool:
    """
    Fill one fresh metadata database, time every case, print the figures; whether every page met its target.

    :param tis: how many kie task instances.
    :param repeat: requests per case.
    :param database_url: a SQLAlchemy URL of an empty database, or ``None`` for a new SQLite file.
    """
    _home(database_url)
    from airflow.utils import db

    started = time.monotonic()
    db.resetdb(skip_init=False) if hasattr(db, "resetdb") else db.initdb()
    fill(tis)
    from airflow.settings import engine
    from sqlalchemy import text

    dialect = engine.dialect.name
    if dialect == "postgresql":  # what autovacuum does after a bulk load: the planner's statistics
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    print(f"[{dialect}] metadata DB: {tis:,} kie task instances filled in {time.monotonic() - started:.0f} s")

    from airflow.api_fastapi.app import create_app, get_auth_manager
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser
    from fastapi.testclient import TestClient

    client = TestClient(create_app("core"))
    token = get_auth_manager().generate_jwt(SimpleAuthManagerUser(username="admin", role="admin"))
    headers = {"Authorization": f"Bearer {token}"}
    worst_page = 0.0
    print(f"{'request':50} {'median':>9} {'max':>9}  size")
    for label, path, params in CASES:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            response = client.get(path, params=params, headers=headers)
            times.append(time.perf_counter() - t0)
            assert response.status_code == 200, (path, response.status_code, response.text[:300])
        if path == "/kie/ui/":
            assert 'id="gallery"' in response.text
            worst_page = max(worst_page, statistics.median(times))
        else:
            json.loads(response.content)
        size = len(response.content)
        print(f"{label:50} {statistics.median(times) * 1000:7.0f}ms {max(times) * 1000:7.0f}ms  {size:,} B")
    ok = worst_page < TARGET_SECONDS
    print(
        f"[{dialect}] slowest page window (24 h to 90 days) at {tis:,} kie task instances: {worst_page * 1000:.0f} ms "
        f"median (target < {TARGET_SECONDS * 1000:.0f} ms): {'OK' if ok else 'MISSED'}",
        flush=True,
    )
    return ok


def _postgres_database(server: str) -> tuple[str, Any]:
    """A new empty database on ``server`` (a URL without a database), and a function that drops it."""
    from sqlalchemy import create_engine, text

    name = f"kie_ui_bench_{os.getpid()}"
    admin = create_engine(server.rstrip("/") + "/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return server.rstrip("/") + "/" + name, drop


def main() -> int:
    """Measure SQLite and, when a server is named, Postgres (each in a process of its own); exit 1 on a miss."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tis", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--postgres", default=os.environ.get("KIE_PRODUCTION_POSTGRES"), help="server URL")
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--database-url", help=argparse.SUPPRESS)  # the child process's database
    args = parser.parse_args()
    if args.database_url is not None:
        return 0 if measure(args.tis, args.repeat, args.database_url or None) else 1
    base = [sys.executable, __file__, "--tis", str(args.tis), "--repeat", str(args.repeat)]
    failed = subprocess.call([*base, "--database-url", ""]) != 0
    if args.postgres and not args.sqlite_only:
        url, drop = _postgres_database(args.postgres)
        try:
            failed |= subprocess.call([*base, "--database-url", url]) != 0
        finally:
            drop()
    elif not args.sqlite_only:
        print("Postgres: not measured (no --postgres URL and no KIE_PRODUCTION_POSTGRES)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
