"""
Run the creative pipeline example through real Airflow and print what it made: ``make demo``.

Without ``KIE_API_KEY`` it starts the project's kie.ai emulator (no credits, no network); with it,
it talks to https://api.kie.ai and spends real credits. Airflow runs the DAG with ``dag.test()``
in its own home under ``.demo/`` (SQLite, migrated here), the generated files are saved to
``./output`` (``--output-dir``), and a table of task, model, state, seconds, credits and file is
printed at the end. Airflow's own log goes to ``.demo/demo.log``. The exit status is non-zero if
any task did not succeed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEMO_HOME = REPO / ".demo"
DAG_FILE = REPO / "example_dags" / "example_kie_creative_pipeline.py"
DAG_ID = "kie_creative_pipeline"
KIE_API_URL = "https://api.kie.ai"
KIE_UPLOAD_URL = "https://kieai.redpandaai.co"
# Seconds an emulated task spends waiting, queuing and generating: a few seconds a step.
EMULATED_DURATIONS = (0.3, 0.3, 1.4)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """
    Read the command line.

    :param argv: the arguments (default ``sys.argv[1:]``).
    """
    parser = argparse.ArgumentParser(prog="run_demo.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--output-dir", default=os.environ.get("KIE_OUTPUT_DIR", "output"), help="default ./output")
    parser.add_argument("--prompt", default=None, help="what Seedream draws first (default: the DAG's Param)")
    parser.add_argument("--home", default=str(DEMO_HOME), help="the demo's Airflow home and log (default .demo)")
    return parser.parse_args(argv)


def configure_airflow(home: Path) -> Path:
    """
    Point Airflow at an isolated home with SQLite and a DAGs folder holding only the pipeline.

    Must run before anything imports Airflow, which reads its configuration once.

    :param home: the demo folder.
    """
    airflow_home = home / "airflow_home"
    dags = airflow_home / "dags"
    dags.mkdir(parents=True, exist_ok=True)
    shutil.copy(DAG_FILE, dags / DAG_FILE.name)
    os.environ.update(
        {
            "AIRFLOW_HOME": str(airflow_home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(dags),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{airflow_home / 'airflow.db'}",
        }
    )
    return dags


def kie_connection(api_key: str, url: str, upload_url: str) -> str:
    """
    The ``AIRFLOW_CONN_KIE_DEFAULT`` value for a kie.ai endpoint.

    :param api_key: the API key (kept in the connection's password, never printed).
    :param url: the API base URL.
    :param upload_url: the File Upload API base URL.
    """
    return json.dumps({"conn_type": "kie", "host": url, "password": api_key, "extra": {"upload_base_url": upload_url}})


@contextlib.contextmanager
def logs_to(path: Path) -> Iterator[Any]:
    """
    Send everything written to stdout and stderr (Airflow's log) to ``path``; yield the terminal.

    :param path: the log file.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    terminal = os.fdopen(os.dup(1), "w", buffering=1)
    saved_err = os.dup(2)
    with open(path, "a") as log:
        os.dup2(log.fileno(), 1)
        os.dup2(log.fileno(), 2)
        try:
            yield terminal
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(terminal.fileno(), 1)
            os.dup2(saved_err, 2)
            os.close(saved_err)
            terminal.close()


def task_rows(dag_id: str, run_id: str) -> list[Any]:
    """
    The task instances of one run, in the order they started.

    :param dag_id: the DAG.
    :param run_id: the run.
    """
    from airflow.models import TaskInstance
    from airflow.utils.session import create_session

    with create_session() as session:
        tis = session.query(TaskInstance).filter(TaskInstance.dag_id == dag_id, TaskInstance.run_id == run_id).all()
        session.expunge_all()
    far = float("inf")
    return sorted(tis, key=lambda ti: (ti.start_date.timestamp() if ti.start_date else far, ti.task_id))


def watch_progress(dag_id: str, out: Any, stop: threading.Event) -> None:
    """
    Print one line whenever a task of the newest run changes state.

    :param dag_id: the DAG.
    :param out: where to print (the terminal).
    :param stop: ends the watch.
    """
    from airflow.models import DagRun
    from airflow.utils.session import create_session

    seen: dict[str, str] = {}
    started = time.monotonic()
    while not stop.wait(0.5):
        try:
            with create_session() as session:
                run = session.query(DagRun).filter(DagRun.dag_id == dag_id).order_by(DagRun.id.desc()).first()
                run_id = run.run_id if run else None
            if run_id is None:
                continue
            for ti in task_rows(dag_id, run_id):
                state = str(ti.state) if ti.state else "none"
                if seen.get(ti.task_id) != state and state not in ("none", "scheduled", "queued"):
                    seen[ti.task_id] = state
                    print(f"  {time.monotonic() - started:6.1f}s  {ti.task_id:<10} {state}", file=out)
        except Exception:  # a busy SQLite moment: the next tick catches up
            continue


def read_xcom(dag_id: str, run_id: str, task_id: str) -> Any:
    """
    A task's return value in a run, or ``None``.

    :param dag_id: the DAG.
    :param run_id: the run.
    :param task_id: the task.
    """
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session

    with create_session() as session:
        row = (
            session.query(XComModel)
            .filter(
                XComModel.dag_id == dag_id,
                XComModel.run_id == run_id,
                XComModel.task_id == task_id,
                XComModel.key == "return_value",
                XComModel.map_index == -1,
            )
            .one_or_none()
        )
        return None if row is None else XComModel.deserialize_value(row)


def seconds(ti: Any) -> float | None:
    """
    Wall-clock seconds of a task instance, from its first start to its end (deferral included).

    :param ti: the task instance.
    """
    if ti.start_date and ti.end_date:
        return (ti.end_date - ti.start_date).total_seconds()
    return None


def summary_table(rows: list[list[str]]) -> str:
    """
    Lay out rows as an aligned text table; the first row is the header.

    :param rows: the cells, as strings.
    """
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def shorten(path: str) -> str:
    """
    A saved file's path relative to the working directory, when it is below it.

    :param path: an absolute path.
    """
    with contextlib.suppress(ValueError):
        return str(Path(path).resolve().relative_to(Path.cwd()))
    return path


def main(argv: list[str] | None = None) -> int:
    """
    Run the demo; return the process exit status.

    :param argv: the command line arguments.
    """
    args = parse_args(argv)
    home = Path(args.home).resolve()
    output = Path(args.output_dir).resolve()
    output.mkdir(parents=True, exist_ok=True)
    dags = configure_airflow(home)
    # The output folder reaches the DAG as run conf (templated): the deployment allows it as an output root.
    os.environ["AIRFLOW__KIE__TEMPLATED_OUTPUT_ROOTS"] = str(output)
    log_path = home / "demo.log"
    log_path.write_text("")

    api_key = os.environ.get("KIE_API_KEY", "").strip()
    emulator = None
    if api_key:
        os.environ["AIRFLOW_CONN_KIE_DEFAULT"] = kie_connection(api_key, KIE_API_URL, KIE_UPLOAD_URL)
        print(f"kie.ai: {KIE_API_URL} (KIE_API_KEY is set: this spends real credits, about 95)")
    else:
        from kie_provider.emulator import KieEmulator

        demo_key = "demo-" + os.urandom(8).hex()
        emulator = KieEmulator(api_key=demo_key, durations=EMULATED_DURATIONS).start()
        os.environ["AIRFLOW_CONN_KIE_DEFAULT"] = kie_connection(demo_key, emulator.url, emulator.url)
        # Demo mode only: emulated steps last seconds, so poll often.
        os.environ.setdefault("KIE_POLL_INTERVAL", "0.5")
        print(f"kie.ai: the local emulator at {emulator.url} (set KIE_API_KEY to use the real service)")
    print(f"Airflow home: {shorten(str(home / 'airflow_home'))}, log: {shorten(str(log_path))}")
    print(f"Output folder: {shorten(str(output))}")

    started = time.monotonic()
    try:
        with logs_to(log_path) as terminal:
            from airflow.dag_processing.dagbag import BundleDagBag
            from airflow.utils import db

            print("Migrating the Airflow database ...", file=terminal)
            db.initdb()
            bag = BundleDagBag(dag_folder=str(dags), bundle_path=dags, bundle_name="dags-folder")
            if bag.import_errors:
                print(f"The pipeline DAG did not load: {bag.import_errors}", file=terminal)
                return 1
            dag = bag.dags[DAG_ID]
            conf: dict[str, Any] = {"output_dir": str(output)}
            if args.prompt:
                conf["prompt"] = args.prompt
            print(f"Running {DAG_ID} with dag.test() ...", file=terminal)
            stop = threading.Event()
            watcher = threading.Thread(target=watch_progress, args=(DAG_ID, terminal, stop), daemon=True)
            watcher.start()
            try:
                run = dag.test(run_conf=conf)
            finally:
                stop.set()
                watcher.join(timeout=5)
            tis = task_rows(DAG_ID, run.run_id)
            records = {ti.task_id: read_xcom(DAG_ID, run.run_id, ti.task_id) for ti in tis}
    finally:
        if emulator is not None:
            emulator.stop()

    rows = [["task", "model", "state", "seconds", "credits", "output file"]]
    total_credits = 0.0
    for ti in tis:
        record = records.get(ti.task_id)
        kie = record if isinstance(record, dict) and "model" in record and "task_id" in record else {}
        credits = kie.get("consume_credits")
        total_credits += credits or 0.0
        files = [shorten(p) for p in kie.get("output_paths") or []] or ["-"]
        took = seconds(ti)
        for i, path in enumerate(files):
            rows.append(
                [
                    ti.task_id if i == 0 else "",
                    (kie.get("model") or "-") if i == 0 else "",
                    str(ti.state) if i == 0 else "",
                    (f"{took:.1f}" if took is not None else "-") if i == 0 else "",
                    (f"{credits:g}" if credits is not None else "-") if i == 0 else "",
                    path,
                ]
            )
    print()
    print(summary_table(rows))
    failed = [ti.task_id for ti in tis if str(ti.state) != "success"]
    verdict = "succeeded" if str(run.state) == "success" and not failed else "FAILED"
    print(
        f"\nRun {run.run_id} {verdict} in {time.monotonic() - started:.1f}s; "
        f"{total_credits:g} credits; files in {shorten(str(output))}"
    )
    if failed:
        print(f"Tasks that did not succeed: {', '.join(failed)}; see {shorten(str(log_path))}")
    return 0 if verdict == "succeeded" else 1


if __name__ == "__main__":
    sys.exit(main())
