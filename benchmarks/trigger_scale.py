"""Benchmark: 1,000 concurrent KieTaskTriggers in one asyncio loop, against the http provider's HttpSensorTrigger.

Run it with ``.venv/bin/python benchmarks/trigger_scale.py`` (``--help`` for the knobs; needs the ``bench``
extra: apache-airflow-providers-http and psutil).

The kie.ai emulator runs in a child process (this script started with ``--serve-emulator``), so its CPU is
not counted; the benchmark talks to it over HTTP only (the API, and ``/_emulator/`` for its counters).
Each task's duration is drawn from a uniform spread and written into its prompt, where the emulator's
``duration_fn`` reads it back.

Two phases run one after the other in the same process and event loop, each over N fresh tasks with the
same durations and the same fixed poll interval:

1. ``KieTaskTrigger`` (``poll_interval`` fixed), polling ``recordInfo`` on the shared pooled aiohttp client.
2. ``HttpSensorTrigger`` (``poke_interval`` the same). It cannot read a JSON field: it fires on the first
   answer that is not an HTTP 404 (and ``HttpSensor`` drops deferral when given a ``response_check``),
   while ``recordInfo`` answers HTTP 200 for a running task. So it polls the task's first result file on
   the emulator, which answers HTTP 404 with a small JSON envelope until the task has succeeded: it waits
   for the same tasks over the same durations, and each poll does what a poll of ``recordInfo`` does
   (one GET with the Bearer header from the ``http`` connection, a new aiohttp session per poll).

Figures per phase: triggers completed, polls (emulator counter), CPU seconds per poll (this process),
peak RSS, event-loop lag p50/p99/max (a 10 ms ticker coroutine), TCP connections opened (emulator counter).
Airflow logging is set to CRITICAL for both phases, so the figures are
the polling machinery's and not a log handler's.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import os
import random
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psutil
import requests

API_KEY = "bench-key-not-a-secret"
KIE_CONN_ID = "kie_bench"
HTTP_CONN_ID = "http_kie_bench"
MODEL = "bytedance/seedream-v4-text-to-image"
DURATION_RE = re.compile(r"lasts ([0-9.]+)s")
TICK = 0.01


def make_certificate(directory: str) -> tuple[str, str]:
    """
    A self-signed certificate for 127.0.0.1 (it is its own CA); return the cert and key file paths.

    :param directory: where to write them.
    """
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = os.path.join(directory, "cert.pem"), os.path.join(directory, "key.pem")
    with open(cert_path, "wb") as fh:
        fh.write(cert.public_bytes(serialization.Encoding.PEM))
    with open(key_path, "wb") as fh:
        fh.write(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
    return cert_path, key_path


def serve_emulator(port: int, tls_dir: str | None) -> None:
    """
    Child process: run the emulator with per-task durations read from the prompt, until SIGTERM.

    :param port: TCP port (0 picks a free one).
    :param tls_dir: if set, serve HTTPS with the certificate written there (kie.ai is HTTPS-only).
    """
    import ssl

    from kie_provider.emulator import KieEmulator

    def duration(model: str, data: dict[str, Any]) -> float | None:
        match = DURATION_RE.search(str(data.get("prompt") or ""))
        return float(match.group(1)) if match else None

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signing = os.environ.get("KIE_BENCH_WEBHOOK_KEY")  # callback_scale.py: kie.ai signs its callbacks
    with KieEmulator(
        api_key=API_KEY, port=port, rate_limit=None, duration_fn=duration, credits=1e9, webhook_hmac_key=signing
    ) as emu:
        url = emu.url
        if tls_dir:
            # The emulator speaks plain HTTP; wrapping its listening socket makes every accepted
            # connection TLS, as in front of the real service.
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(*make_certificate(tls_dir))
            server = emu._server
            assert server is not None
            server.socket = context.wrap_socket(server.socket, server_side=True)
            url = url.replace("http://", "https://")
        print(url, flush=True)
        while not stop.wait(0.5):
            pass


class Emulator:
    """
    The emulator child process and its HTTP control endpoints.

    :param port: TCP port for the child (0 picks a free one).
    """

    def __init__(self, port: int = 0, tls: bool = True) -> None:
        self.tls_dir = tempfile.mkdtemp(prefix="kie-bench-tls-") if tls else None
        command = [sys.executable, os.path.abspath(__file__), "--serve-emulator", "--port", str(port)]
        if self.tls_dir:
            command += ["--tls-dir", self.tls_dir]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()
        if not self.url.startswith("http"):
            self.process.kill()
            raise RuntimeError(f"the emulator did not start: {self.url!r}")
        self.control = requests.Session()
        self.control.headers["Authorization"] = f"Bearer {API_KEY}"
        if self.tls_dir:
            # httpx, aiohttp (through OpenSSL) and requests all trust this file from the environment.
            os.environ["SSL_CERT_FILE"] = os.environ["REQUESTS_CA_BUNDLE"] = os.path.join(self.tls_dir, "cert.pem")

    def stats(self) -> dict[str, Any]:
        """The emulator's counters."""
        response = self.control.get(f"{self.url}/_emulator/stats", timeout=30)
        response.raise_for_status()
        data: dict[str, Any] = response.json()["data"]
        return data

    def stop(self) -> None:
        """Stop the child process."""
        self.control.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
        if self.tls_dir:
            shutil.rmtree(self.tls_dir, ignore_errors=True)


@dataclass
class PhaseResult:
    """
    What one phase measured.

    :param name: the trigger class.
    :param triggers: how many triggers ran.
    :param completed: how many fired the event that means the task finished.
    :param polls: requests the emulator received for the polled endpoint.
    :param connections: TCP connections the emulator accepted.
    :param cpu: CPU seconds (user + system) of this process during the phase.
    :param wall: wall-clock seconds of the phase.
    :param rss_before: RSS before the phase, bytes.
    :param rss_peak: highest RSS sampled during the phase, bytes.
    :param lags: event-loop lags of the ticker, seconds.
    """

    name: str
    triggers: int
    completed: int
    polls: int
    connections: int
    cpu: float
    wall: float
    rss_before: int
    rss_peak: int
    lags: list[float]

    def lag(self, q: float) -> float:
        """
        A quantile of the event-loop lag, in milliseconds.

        :param q: the quantile, 0-1.
        """
        ordered = sorted(self.lags)
        return 1000 * ordered[min(len(ordered) - 1, int(len(ordered) * q))] if ordered else 0.0

    @property
    def cpu_per_poll(self) -> float:
        """CPU seconds per poll."""
        return self.cpu / self.polls if self.polls else float("nan")


def cpu_seconds() -> float:
    """User plus system CPU seconds of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def create_tasks(durations: list[float], tag: str) -> list[str]:
    """
    Create one emulator task per duration, through the provider's own hook.

    :param durations: seconds each task runs.
    :param tag: a word that makes the prompts of a phase distinct.
    """
    from kie_provider.hooks.kie import KieHook

    hook = KieHook(KIE_CONN_ID)
    try:
        return [
            hook.create_task(MODEL, {"prompt": f"benchmark {tag} task {i} lasts {d:.3f}s"})
            for i, d in enumerate(durations)
        ]
    finally:
        hook.close()


async def run_phase(
    name: str,
    emulator: Emulator,
    triggers: list[Any],
    counter: str,
    is_completed: Callable[[list[Any]], bool],
) -> PhaseResult:
    """
    Run triggers concurrently in this loop while measuring CPU, RSS and loop lag.

    :param name: what runs.
    :param emulator: the emulator child.
    :param triggers: the triggers to run.
    :param counter: the emulator counter that counts their polls.
    :param is_completed: whether a trigger's events mean the task was seen finished.
    """
    process = psutil.Process()
    gc.collect()
    before = emulator.stats()
    rss_before = process.memory_info().rss
    rss_peak = rss_before
    lags: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        while not done.is_set():
            start = time.perf_counter()
            await asyncio.sleep(TICK)
            lags.append(time.perf_counter() - start - TICK)

    async def sample_rss() -> None:
        nonlocal rss_peak
        while not done.is_set():
            rss_peak = max(rss_peak, process.memory_info().rss)
            await asyncio.sleep(0.25)

    async def events_of(trigger: Any) -> list[Any]:
        return [event.payload async for event in trigger.run()]

    cpu0, wall0 = cpu_seconds(), time.monotonic()
    helpers = [asyncio.create_task(ticker()), asyncio.create_task(sample_rss())]
    results = await asyncio.gather(*(events_of(t) for t in triggers), return_exceptions=True)
    done.set()
    await asyncio.gather(*helpers)
    cpu, wall = cpu_seconds() - cpu0, time.monotonic() - wall0
    after = emulator.stats()
    errors = [r for r in results if isinstance(r, BaseException)]
    if errors:
        print(f"  {name}: {len(errors)} triggers raised, e.g. {errors[0]!r}", file=sys.stderr)
    return PhaseResult(
        name=name,
        triggers=len(triggers),
        completed=sum(1 for r in results if not isinstance(r, BaseException) and is_completed(r)),
        polls=after[counter] - before[counter],
        connections=after["connections"] - before["connections"],
        cpu=cpu,
        wall=wall,
        rss_before=rss_before,
        rss_peak=rss_peak,
        lags=lags,
    )


def report(result: PhaseResult) -> None:
    """
    Print one phase's figures.

    :param result: what the phase measured.
    """
    mib = 1024 * 1024
    print(f"{result.name}:")
    print(f"  triggers completed     {result.completed} / {result.triggers} in {result.wall:.1f} s")
    print(f"  polls made             {result.polls} ({result.polls / max(result.triggers, 1):.1f} per trigger)")
    print(f"  CPU per poll           {result.cpu_per_poll * 1000:.3f} ms ({result.cpu:.2f} CPU s in all)")
    print(
        f"  peak RSS               {result.rss_peak / mib:.1f} MiB "
        f"(+{(result.rss_peak - result.rss_before) / mib:.1f} MiB over the phase's start)"
    )
    print(
        f"  event-loop lag         p50 {result.lag(0.5):.1f} ms, p99 {result.lag(0.99):.1f} ms, "
        f"max {result.lag(1.0):.1f} ms ({len(result.lags)} ticks)"
    )
    print(f"  TCP connections opened {result.connections}")


def main(argv: list[str] | None = None) -> int:
    """
    Run the benchmark and print its figures; the exit status is 1 if a target is missed.

    :param argv: command line arguments.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="concurrent triggers per phase (default 1000)")
    parser.add_argument("--min-duration", type=float, default=5.0, help="shortest task, seconds (default 5)")
    parser.add_argument("--max-duration", type=float, default=40.0, help="longest task, seconds (default 40)")
    parser.add_argument("--poll-interval", type=float, default=5.0, help="poll interval of both, seconds (default 5)")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the durations")
    parser.add_argument("--skip-reference", action="store_true", help="run only the KieTaskTrigger phase")
    parser.add_argument(
        "--plain-http", action="store_true", help="serve plain HTTP instead of HTTPS (kie.ai itself is HTTPS-only)"
    )
    parser.add_argument("--serve-emulator", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--tls-dir", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_emulator:
        serve_emulator(args.port, args.tls_dir)
        return 0

    emulator = Emulator(tls=not args.plain_http)
    try:
        return benchmark(args, emulator)
    finally:
        emulator.stop()


def benchmark(args: argparse.Namespace, emulator: Emulator) -> int:
    """
    Both phases against a running emulator.

    :param args: the parsed command line.
    :param emulator: the emulator child.
    """
    # Before Airflow is imported: its logging reads the level once.
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

    for name in ("airflow", "kie_provider", "httpx", "asyncio"):
        logging.getLogger(name).setLevel(logging.CRITICAL)

    rng = random.Random(args.seed)
    durations = [rng.uniform(args.min_duration, args.max_duration) for _ in range(args.n)]
    interval = args.poll_interval
    print(
        f"{args.n} concurrent triggers per phase in one asyncio loop; tasks last "
        f"{args.min_duration:g}-{args.max_duration:g} s (uniform, mean {statistics.mean(durations):.1f} s); "
        f"fixed poll interval {interval:g} s for both (KieTaskTrigger poll_interval = "
        f"HttpSensorTrigger poke_interval); emulator ({emulator.url.split(':')[0].upper()}) in a child process "
        f"(pid {emulator.process.pid}), its CPU not counted; async pool size {ASYNC_POOL_SIZE}."
    )

    async def phases() -> list[PhaseResult]:
        out = []
        task_ids = create_tasks(durations, "kie")
        triggers = [
            KieTaskTrigger(t, KIE_CONN_ID, timeout=args.max_duration * 3, poll_interval=interval) for t in task_ids
        ]
        out.append(
            await run_phase(
                "KieTaskTrigger (recordInfo, shared aiohttp client)",
                emulator,
                triggers,
                "record_info",
                lambda events: len(events) == 1 and events[0]["status"] == "success",
            )
        )
        if not args.skip_reference:
            task_ids = create_tasks(durations, "http")
            references = [
                HttpSensorTrigger(
                    endpoint=f"files/{t}/0.png", http_conn_id=HTTP_CONN_ID, method="GET", poke_interval=interval
                )
                for t in task_ids
            ]
            out.append(
                await run_phase(
                    "HttpSensorTrigger (reference: result file until not 404, aiohttp session per poll)",
                    emulator,
                    references,
                    "file_downloads",
                    lambda events: events == [True],
                )
            )
        return out

    results = asyncio.run(phases())
    print()
    for result in results:
        report(result)
    ours = results[0]
    print(f"peak RSS of the whole run (ru_maxrss): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MiB")
    print()
    targets = [
        (f"all {ours.triggers} KieTaskTriggers complete", ours.completed == ours.triggers),
        (f"loop lag p99 under 100 ms ({ours.lag(0.99):.1f} ms)", ours.lag(0.99) < 100),
        (
            f"connections bounded by the pool ({ours.connections} <= {ASYNC_POOL_SIZE}, polls {ours.polls})",
            ours.connections <= ASYNC_POOL_SIZE,
        ),
    ]
    if len(results) > 1:
        ref = results[1]
        ratio = ours.cpu_per_poll / ref.cpu_per_poll
        targets.append((f"CPU per poll at most a quarter of the reference's ({ratio:.2f}x)", ratio <= 0.25))
    for text, ok in targets:
        print(f"target {'met   ' if ok else 'MISSED'}: {text}")
    return 0 if all(ok for _, ok in targets) else 1


if __name__ == "__main__":
    sys.exit(main())
