"""Benchmark: 10,000 concurrent KieTaskTriggers in one process, default poll schedule, and a triggerer restart.

Run it with ``.venv/bin/python benchmarks/trigger_scale_10k.py`` (``--help`` for the knobs; needs the
``bench`` extra). The kie.ai emulator runs in a child process over HTTPS (``trigger_scale.py``'s), so its
CPU is not counted; the benchmark talks to it over HTTP only.

Three phases, one after the other in this process:

1. **10,000 waits** started in the same instant (as when 10,000 tasks defer), default poll schedule
   (2.5 s backing off to 30 s) and the default pace (``[kie] trigger_polls_per_second``), tasks lasting
   ``--min-duration`` to ``--max-duration`` seconds.
2. **Restart**: 10,000 more tasks are created and left running for ``--restart-after`` seconds, then a new
   event loop (a new triggerer: a new shared client and pacer) rebuilds every trigger from its serialized
   kwargs, as a triggerer does, and all resume at once.
3. **1,000 waits vs HttpSensorTrigger**: ``trigger_scale.py``'s comparison (fixed 5 s interval) in the same run.

Figures per phase: completed, polls (the emulator's counter), polls per second (mean, and the busiest
5 s), CPU cores averaged over the phase, peak RSS, event-loop lag p50/p99/max (a 10 ms ticker), TCP
connections the emulator accepted and the most this process held open at once. Targets (phases 1 and 2):
all complete, CPU < 0.5 core, peak RSS < 500 MB, loop lag p99 < 100 ms, open connections <= the pool
size, mean polls per second <= the pace (the busiest 5 s within 1.25 x).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import random
import resource
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import trigger_scale
from trigger_scale import API_KEY, HTTP_CONN_ID, KIE_CONN_ID, MODEL, Emulator, PhaseResult, report, run_phase

MIB = 1024 * 1024


def create_many(durations: list[float], tag: str, threads: int = 4) -> list[str]:
    """
    Create one emulator task per duration through the provider's hook, a few threads at a time.

    :param durations: seconds each task runs.
    :param tag: a word that makes the prompts of a phase distinct.
    :param threads: hooks creating in parallel.
    """
    chunks = [list(enumerate(durations))[i::threads] for i in range(threads)]

    def create(chunk: list[tuple[int, float]]) -> list[tuple[int, str]]:
        from kie_provider.hooks.kie import KieHook

        hook = KieHook(KIE_CONN_ID)
        try:
            return [
                (i, hook.create_task(MODEL, {"prompt": f"benchmark {tag} task {i} lasts {d:.3f}s"})) for i, d in chunk
            ]
        finally:
            hook.close()

    with ThreadPoolExecutor(threads) as pool:
        pairs = [pair for done in pool.map(create, chunks) for pair in done]
    return [task_id for _, task_id in sorted(pairs)]


class Sampler:
    """
    In a thread, once a second: the TCP connections open at the emulator (the most at once, less the two
    control connections: the benchmark's and this sampler's), and every 5 s the ``record_info`` counter
    (the busiest window's rate).

    :param emulator: the emulator child.
    """

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self.peak = 0.0
        self.open_connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import requests

        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {API_KEY}"
        url = f"{self.emulator.url}/_emulator/stats"
        last, at = session.get(url, timeout=30).json()["data"]["record_info"], time.monotonic()
        ticks = 0
        while not self._stop.wait(1.0):
            stats, now = session.get(url, timeout=30).json()["data"], time.monotonic()
            self.open_connections = max(self.open_connections, stats["open_connections"] - 2)
            ticks += 1
            if ticks % 5 == 0:
                self.peak = max(self.peak, (stats["record_info"] - last) / (now - at))
                last, at = stats["record_info"], now
        session.close()

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


async def closing_clients(phase: Any) -> PhaseResult:
    """
    Run a phase, then close this loop's shared clients, as a triggerer's exit closes its sockets.

    :param phase: the phase's coroutine.
    """
    from kie_provider.hooks.pool import _ASYNC_CLIENTS

    try:
        result: PhaseResult = await phase
    finally:
        for client in list(_ASYNC_CLIENTS.get(asyncio.get_running_loop(), {}).values()):
            await client.aclose()
    return result


def success(events: list[Any]) -> bool:
    """Whether a KieTaskTrigger fired exactly one event, and it is a success."""
    return len(events) == 1 and events[0]["status"] == "success"


def phase_line(result: PhaseResult, sampler: Sampler) -> None:
    """
    Print a phase's figures, with the ones this benchmark adds.

    :param result: what the phase measured.
    :param sampler: what the sampler thread saw.
    """
    report(result)
    print(f"  TCP connections open   {sampler.open_connections} at most at once")
    print(f"  polls per second       {result.polls / result.wall:.0f} mean, {sampler.peak:.0f} in the busiest 5 s")
    print(f"  CPU, cores averaged    {result.cpu / result.wall:.3f} over {result.wall:.1f} s")


def main(argv: list[str] | None = None) -> int:
    """
    Run the three phases and print their figures; exit 1 if a target is missed.

    :param argv: command line arguments.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="concurrent triggers (default 10000)")
    parser.add_argument("--min-duration", type=float, default=10.0, help="shortest task, seconds (default 10)")
    parser.add_argument("--max-duration", type=float, default=60.0, help="longest task, seconds (default 60)")
    parser.add_argument("--restart-after", type=float, default=20.0, help="seconds before the restart (default 20)")
    parser.add_argument("--compare-n", type=int, default=1000, help="triggers of the comparison (default 1000)")
    parser.add_argument("--skip-compare", action="store_true", help="skip the HttpSensorTrigger comparison")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the durations")
    args = parser.parse_args(argv)

    emulator = Emulator(tls=True)
    try:
        return benchmark(args, emulator)
    finally:
        emulator.stop()


def benchmark(args: argparse.Namespace, emulator: Emulator) -> int:
    """
    The three phases against a running emulator.

    :param args: the parsed command line.
    :param emulator: the emulator child.
    """
    os.environ["AIRFLOW__LOGGING__LOGGING_LEVEL"] = "CRITICAL"
    os.environ[f"AIRFLOW_CONN_{KIE_CONN_ID.upper()}"] = json.dumps(
        {"conn_type": "kie", "host": emulator.url, "password": API_KEY, "extra": {"timeout": 30}}
    )
    os.environ[f"AIRFLOW_CONN_{HTTP_CONN_ID.upper()}"] = json.dumps(
        {"conn_type": "http", "host": emulator.url, "extra": {"Authorization": f"Bearer {API_KEY}"}}
    )
    from airflow.providers.http.triggers.http import HttpSensorTrigger

    from kie_provider.hooks.pool import ASYNC_POOL_SIZE
    from kie_provider.triggers.kie import KieTaskTrigger
    from kie_provider.triggers.pacing import configured_rate

    for name in ("airflow", "kie_provider", "httpx", "asyncio"):
        logging.getLogger(name).setLevel(logging.CRITICAL)

    rng = random.Random(args.seed)
    rate = configured_rate()
    timeout = args.max_duration * 10
    load = os.getloadavg()
    print(
        f"{args.n} concurrent KieTaskTriggers in one asyncio loop, default poll schedule, pace {rate:g} polls/s; "
        f"tasks last {args.min_duration:g}-{args.max_duration:g} s; emulator (HTTPS) in a child process "
        f"(pid {emulator.process.pid}), its CPU not counted; async pool size {ASYNC_POOL_SIZE}; "
        f"{os.cpu_count()} cores, load average at start {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}."
    )
    results: list[tuple[PhaseResult, Sampler]] = []

    # 1. 10,000 waits started at once.
    durations = [rng.uniform(args.min_duration, args.max_duration) for _ in range(args.n)]
    started = time.monotonic()
    task_ids = create_many(durations, "fresh")
    print(f"created {len(task_ids)} tasks in {time.monotonic() - started:.1f} s")
    triggers = [KieTaskTrigger(t, KIE_CONN_ID, timeout=timeout) for t in task_ids]
    with Sampler(emulator) as sampler:
        fresh = asyncio.run(
            closing_clients(
                run_phase(f"{args.n} KieTaskTriggers started at once", emulator, triggers, "record_info", success)
            )
        )
    results.append((fresh, sampler))

    # 2. A restart: the tasks run for a while, then a new loop rebuilds every trigger and all resume at once.
    durations = [rng.uniform(args.min_duration, args.max_duration) for _ in range(args.n)]
    task_ids = create_many(durations, "restart")
    kwargs = [KieTaskTrigger(t, KIE_CONN_ID, timeout=timeout).serialize()[1] for t in task_ids]
    time.sleep(max(0.0, args.restart_after))
    resumed = [KieTaskTrigger(**json.loads(json.dumps(k))) for k in kwargs]
    with Sampler(emulator) as sampler:
        restart = asyncio.run(
            closing_clients(
                run_phase(
                    f"{args.n} KieTaskTriggers resumed at once (restart)", emulator, resumed, "record_info", success
                )
            )
        )
    results.append((restart, sampler))

    # 3. The 1,000-trigger comparison with the http provider's trigger, fixed 5 s interval.
    compare: list[PhaseResult] = []
    if not args.skip_compare:
        compare_durations = [rng.uniform(5.0, 40.0) for _ in range(args.compare_n)]

        async def comparison() -> list[PhaseResult]:
            # Each side's tasks are created right before its phase, so that both wait the same durations.
            ours = [
                KieTaskTrigger(t, KIE_CONN_ID, timeout=120, poll_interval=5.0)
                for t in trigger_scale.create_tasks(compare_durations, "cmp-kie")
            ]
            kie = await run_phase(
                f"{args.compare_n} KieTaskTriggers (5 s interval)", emulator, ours, "record_info", success
            )
            theirs = [
                HttpSensorTrigger(
                    endpoint=f"files/{t}/0.png", http_conn_id=HTTP_CONN_ID, method="GET", poke_interval=5.0
                )
                for t in trigger_scale.create_tasks(compare_durations, "cmp-http")
            ]
            http = await run_phase(
                f"{args.compare_n} HttpSensorTriggers (5 s interval, reference)",
                emulator,
                theirs,
                "file_downloads",
                lambda events: events == [True],
            )
            return [kie, http]

        compare = asyncio.run(comparison())

    print()
    for result, sampler in results:
        phase_line(result, sampler)
    for result in compare:
        report(result)
        print(f"  CPU, cores averaged    {result.cpu / result.wall:.3f} over {result.wall:.1f} s")
    whole = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    load = os.getloadavg()
    print(
        f"peak RSS of the whole run (ru_maxrss): {whole:.1f} MiB; load average at the end {load[0]:.2f} {load[1]:.2f}"
    )
    print()
    targets: list[tuple[str, bool]] = []
    for result, sampler in results:
        peak = sampler.peak
        name = result.name.split(" KieTaskTriggers ")[1]
        cores = result.cpu / result.wall
        targets += [
            (f"{name}: all {result.triggers} complete ({result.completed})", result.completed == result.triggers),
            (f"{name}: CPU under 0.5 core ({cores:.3f})", cores < 0.5),
            (f"{name}: peak RSS under 500 MB ({result.rss_peak / 1e6:.0f} MB)", result.rss_peak < 500e6),
            (f"{name}: loop lag p99 under 100 ms ({result.lag(0.99):.1f} ms)", result.lag(0.99) < 100),
            (
                f"{name}: open TCP connections bounded by the pool ({sampler.open_connections} at once <= "
                f"{ASYNC_POOL_SIZE}; {result.connections} opened over the phase, idle ones expiring after 30 s)",
                sampler.open_connections <= ASYNC_POOL_SIZE,
            ),
            (
                f"{name}: polls per second within the pace ({result.polls / result.wall:.0f} mean <= {rate:g}; "
                f"busiest 5 s {peak:.0f} <= {rate * 1.25:g}, the pace catching up after a stall of the loop)",
                result.polls / result.wall <= rate and peak <= rate * 1.25,
            ),
        ]
    if len(compare) == 2:
        ratio = compare[0].cpu_per_poll / compare[1].cpu_per_poll
        targets.append((f"1,000: CPU per poll at most half HttpSensorTrigger's ({ratio:.2f}x)", ratio <= 0.5))
    for text, ok in targets:
        print(f"target {'met   ' if ok else 'MISSED'}: {text}")
    print(f"mean task duration {statistics.mean(durations):.1f} s")
    return 0 if all(ok for _, ok in targets) else 1


if __name__ == "__main__":
    sys.exit(main())
