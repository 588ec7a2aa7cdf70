"""Benchmark: deferred waits woken by kie.ai's callbacks, 1,000 and 10,000 in one triggerer process.

Run it with ``.venv/bin/python benchmarks/callback_scale.py`` (needs the ``bench`` and ``callbacks`` extras, and a
PostgreSQL server: ``--postgres URL`` or ``KIE_PRODUCTION_POSTGRES``, as ``scripts/production_services.sh`` starts;
a database of its own is made and dropped). Everything on the callback path is real and in its own process:

- kie.ai: the emulator over HTTPS (``trigger_scale.py``'s child, each task's duration read from its prompt),
  signing its callbacks with the connection's webhook key and POSTing them when each task ends;
- the api-server: the provider's UI plugin app (its public ``/kie/callback/<conn>`` route) under uvicorn,
  verifying each callback and passing it on with ``NOTIFY``;
- the triggerer: this process, running ``KieTaskTrigger(hinted=True)`` for every task in one event loop, as
  the triggerer does, with its one ``LISTEN`` connection; its CPU alone is measured.

Per phase: completed, polls kie.ai received (and per second), the latency from kie.ai finishing a task (its
record's ``completeTime``) to its trigger's event (p50/p99/max, over the tasks that ended after their wait
started), CPU cores averaged over the phase, peak RSS, event-loop lag. Targets: all complete; latency p50 under
1 s; at most 2 polls per wait beyond its confirming poll... that is, at most 3 polls per wait in all (tasks here
end well within one safety interval); CPU under 0.5 core.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import random
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import trigger_scale
from trigger_scale import API_KEY, KIE_CONN_ID, MODEL, Emulator, run_phase
from trigger_scale_10k import closing_clients

SECRET = "benchmark-callback-hmac-secret"


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve_route(port: int) -> None:
    """
    Child process: the plugin's app mounted at /kie under uvicorn, as the api-server serves it.

    :param port: the TCP port.
    """
    import uvicorn
    from fastapi import FastAPI

    from kie_provider.plugins.app import create_app

    outer = FastAPI()
    outer.mount("/kie", create_app())
    uvicorn.run(outer, host="127.0.0.1", port=port, log_level="warning")


class Route:
    """
    The api-server stand-in: the plugin's callback route in a child process.

    :param env: the child's environment.
    """

    def __init__(self, env: dict[str, str]) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, os.path.abspath(__file__), "--serve-route", str(self.port)]
        self.process = subprocess.Popen(command, env=env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.2)
        raise RuntimeError("the callback route did not start")

    def stop(self) -> None:
        """End the child."""
        self.process.terminate()
        self.process.wait(timeout=15)


def create(durations: list[float], tag: str, callback_url: str) -> list[str]:
    """
    Create one task per duration with the route as its callBackUrl, through the provider's hook.

    :param durations: seconds each task runs.
    :param tag: a word that makes the prompts of a phase distinct.
    :param callback_url: where kie.ai calls back.
    """
    from kie_provider.hooks.kie import KieHook

    hook = KieHook(KIE_CONN_ID)
    try:
        return [
            hook.create_task(MODEL, {"prompt": f"benchmark {tag} task {i} lasts {d:.3f}s"}, callback_url)
            for i, d in enumerate(durations)
        ]
    finally:
        hook.close()


def latencies(results: list[Any], started: float) -> list[float]:
    """Seconds from each task's completeTime to its event, for tasks that ended after their wait started."""
    out = []
    for events, seen_at in results:
        if len(events) != 1 or events[0].get("status") != "success":
            continue
        ended = events[0]["task"].get("complete_time")
        if not ended:
            continue
        import pendulum

        end = pendulum.parse(ended).timestamp()
        if end > started + 1:
            out.append(seen_at - end)
    return out


def quantile(values: list[float], q: float) -> float:
    """A quantile of ``values`` (nan when empty)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] if ordered else float("nan")


async def phase(name: str, emulator: Emulator, task_ids: list[str]) -> tuple[Any, list[float]]:
    """
    Run hinted triggers for ``task_ids`` in this loop; return the phase's figures and the latencies.

    :param name: the phase's name.
    :param emulator: the emulator child.
    :param task_ids: the tasks.
    """
    from kie_provider.triggers.kie import KieTaskTrigger

    timed: list[Any] = []

    class Timed(KieTaskTrigger):
        async def run(self):  # type: ignore[no-untyped-def]
            events = []
            async for event in super().run():
                events.append(event.payload)
                yield event
            timed.append((events, time.time()))

    triggers = [Timed(t, KIE_CONN_ID, timeout=900, hinted=True) for t in task_ids]
    started = time.time()
    result = await closing_clients(run_phase(name, emulator, triggers, "record_info", lambda events: len(events) == 1))
    return result, latencies(timed, started)


def main(argv: list[str] | None = None) -> int:
    """
    Run the phases and print their figures; exit 1 if a target is missed.

    :param argv: command line arguments.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="waits per phase (default 1000,10000)")
    parser.add_argument("--min-duration", type=float, default=30.0, help="shortest task, seconds (default 30)")
    parser.add_argument("--max-duration", type=float, default=90.0, help="longest task, seconds (default 90)")
    parser.add_argument("--postgres", default=os.environ.get("KIE_PRODUCTION_POSTGRES"), help="PostgreSQL server URL")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--serve-route", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_route:
        serve_route(args.serve_route)
        return 0
    if not args.postgres:
        parser.error("a PostgreSQL server is needed: --postgres URL or KIE_PRODUCTION_POSTGRES")
    import psycopg2

    server = args.postgres.replace("postgresql+psycopg2", "postgresql")
    database = f"kie_bench_cb_{os.getpid()}"
    admin = psycopg2.connect(server + "/postgres")
    admin.autocommit = True
    admin.cursor().execute(f"CREATE DATABASE {database}")
    os.environ["KIE_BENCH_WEBHOOK_KEY"] = SECRET
    emulator = Emulator(tls=True)
    try:
        return benchmark(args, emulator, f"{server}/{database}")
    finally:
        emulator.stop()
        admin.cursor().execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        admin.close()


def benchmark(args: argparse.Namespace, emulator: Emulator, channel: str) -> int:
    """
    The phases against a running emulator.

    :param args: the parsed command line.
    :param emulator: the emulator child.
    :param channel: the callback channel's PostgreSQL URL.
    """
    os.environ["AIRFLOW__LOGGING__LOGGING_LEVEL"] = "CRITICAL"
    os.environ["AIRFLOW__KIE__CALLBACK_CHANNEL"] = channel
    os.environ[f"AIRFLOW_CONN_{KIE_CONN_ID.upper()}"] = json.dumps(
        {
            "conn_type": "kie",
            "host": emulator.url,
            "password": API_KEY,
            "extra": {"timeout": 30, "webhook_hmac_secret": SECRET},
        }
    )
    route = Route(dict(os.environ))
    for name in ("airflow", "kie_provider", "httpx", "asyncio"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    from kie_provider.hints import safety_poll_seconds
    from kie_provider.triggers.pacing import configured_rate

    rng = random.Random(args.seed)
    load = os.getloadavg()
    print(
        f"hinted KieTaskTriggers in one asyncio loop (the triggerer), pace {configured_rate():g} polls/s, safety "
        f"poll {safety_poll_seconds():g} s; tasks last {args.min_duration:g}-{args.max_duration:g} s; the emulator "
        f"(HTTPS) and the callback route (uvicorn) in child processes, their CPU not counted; {os.cpu_count()} "
        f"cores, load average at start {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}."
    )
    targets: list[tuple[str, bool]] = []
    try:
        for size in [int(n) for n in args.sizes.split(",")]:
            durations = [rng.uniform(args.min_duration, args.max_duration) for _ in range(size)]
            made = time.monotonic()
            task_ids = trigger_scale_create(durations, f"cb{size}", f"{route.url}/kie/callback/{KIE_CONN_ID}")
            print(f"created {size} tasks in {time.monotonic() - made:.1f} s")
            result, lat = asyncio.run(phase(f"{size} hinted KieTaskTriggers", emulator, task_ids))
            trigger_scale.report(result)
            cores = result.cpu / result.wall
            per_wait = result.polls / max(result.triggers, 1)
            load = os.getloadavg()
            print(
                f"  kie.ai end -> event    p50 {quantile(lat, 0.5) * 1000:.0f} ms, "
                f"p99 {quantile(lat, 0.99) * 1000:.0f} ms, max {quantile(lat, 1.0) * 1000:.0f} ms "
                f"({len(lat)} tasks ended while waited for)"
            )
            print(f"  polls per second       {result.polls / result.wall:.1f} mean ({per_wait:.2f} per wait)")
            print(f"  CPU, cores averaged    {cores:.3f} over {result.wall:.1f} s; load average {load[0]:.2f}")
            targets += [
                (f"{size}: all complete ({result.completed})", result.completed == size),
                (f"{size}: latency p50 under 1 s ({quantile(lat, 0.5):.3f} s)", quantile(lat, 0.5) < 1.0),
                (f"{size}: at most 3 polls per wait ({per_wait:.2f} mean)", per_wait <= 3.0),
                (f"{size}: CPU under 0.5 core ({cores:.3f})", cores < 0.5),
            ]
    finally:
        route.stop()
    print()
    for text, ok in targets:
        print(f"target {'met   ' if ok else 'MISSED'}: {text}")
    return 0 if all(ok for _, ok in targets) else 1


def trigger_scale_create(durations: list[float], tag: str, callback_url: str, threads: int = 4) -> list[str]:
    """
    :func:`create` a few threads at a time.

    :param durations: seconds each task runs.
    :param tag: a word that makes the prompts distinct.
    :param callback_url: where kie.ai calls back.
    :param threads: hooks creating in parallel.
    """
    from concurrent.futures import ThreadPoolExecutor

    chunks = [(i, durations[i::threads]) for i in range(threads)]
    with ThreadPoolExecutor(threads) as pool:
        parts = list(pool.map(lambda c: create(c[1], f"{tag}-{c[0]}", callback_url), chunks))
    return [task_id for part in parts for task_id in part]


if __name__ == "__main__":
    sys.exit(main())
