"""Memory benchmark of file transfers: persist a 500 MB result and upload a 9 MB input, printing peak RSS growth.

The kie.ai emulator runs in a subprocess (``python -m kie_provider.emulator --result-bytes N``), so
only the provider's own memory is measured. Each phase runs in a fresh child process: after the
imports and the set-up, the baseline RSS is taken; then the phase runs through the provider's real
code path (``kie_provider.transfers.persist_results``, which the operator's ``output_path`` uses, and
``KieHook.upload_file``) while a thread samples RSS every millisecond. Two figures are printed:

- sampled: the highest sampled RSS minus the baseline;
- bound: the kernel's peak RSS (``ru_maxrss``) at the end minus the baseline, an upper bound
  (it also counts any peak reached before the baseline, during imports).

Target: under 50 MB each. Usage: ``python benchmarks/files_memory.py [--result-mb 500] [--upload-mb 9]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

API_KEY = "bench-files-key"
TARGET_MB = 50.0
MB = 1024 * 1024


def _rss() -> int:
    return int(psutil.Process().memory_info().rss)


def _measure(run: object) -> tuple[float, float, float, object]:
    """Run ``run()``; return (sampled growth MB, bound growth MB, seconds, its result)."""
    baseline = _rss()
    peak = baseline
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _rss())
            time.sleep(0.001)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    result = run()  # type: ignore[operator]
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    peak = max(peak, _rss())
    # ru_maxrss is in KiB on Linux.
    bound = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - baseline
    return (peak - baseline) / MB, bound / MB, seconds, result


def _child(phase: str, url: str, size_mb: int, workdir: Path) -> dict[str, object]:
    """One phase in this (fresh) process; returns its figures."""
    os.environ["AIRFLOW_CONN_KIE_DEFAULT"] = json.dumps(
        {
            "conn_type": "kie",
            "host": url,
            "password": API_KEY,
            "extra": {"upload_base_url": url, "timeout": 60, "max_retries": 0},
        }
    )
    from kie_provider.hooks.kie import KieHook
    from kie_provider.models import KieTask
    from kie_provider.transfers import persist_results

    hook = KieHook()
    if phase == "download":
        task_id = hook.create_task("topaz/image-upscale", {"image_url": "https://e.com/a.png", "upscale_factor": "2"})
        task: KieTask = hook.wait_for_task(task_id, poll_interval=0.2, timeout=60)
        out = workdir / "out"
        sampled, bound, seconds, paths = _measure(lambda: persist_results(hook, task, str(out), ".png"))
        (path,) = paths  # type: ignore[misc]
        stored = Path(path)
        with open(stored, "rb") as fh:
            signature = fh.read(8)
        size = stored.stat().st_size
        ok = size == size_mb * MB and signature == b"\x89PNG\r\n\x1a\n"
        stored.unlink()
    else:
        source = workdir / "input.png"
        with open(source, "wb") as fh:
            fh.write(b"\x89PNG\r\n\x1a\n")
            fh.truncate(size_mb * MB)
        sampled, bound, seconds, uploaded = _measure(lambda: hook.upload_file(str(source)))
        size = source.stat().st_size
        ok = isinstance(uploaded, str) and uploaded.startswith(url)
    return {"phase": phase, "bytes": size, "ok": ok, "sampled_mb": sampled, "bound_mb": bound, "seconds": seconds}


def main() -> int:
    """Start the emulator, run both phases in fresh processes and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--result-mb", type=int, default=500, help="size of the generated file to persist")
    parser.add_argument("--upload-mb", type=int, default=9, help="size of the input file to upload")
    parser.add_argument("--phase", choices=["download", "upload"], help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.phase:
        size = args.result_mb if args.phase == "download" else args.upload_mb
        print(json.dumps(_child(args.phase, args.url, size, Path(args.workdir))), flush=True)
        return 0

    with tempfile.TemporaryDirectory(prefix="kie-bench-files-") as workdir:
        env = {**os.environ, "AIRFLOW_HOME": workdir, "AIRFLOW__CORE__LOAD_EXAMPLES": "False"}
        emulator = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kie_provider.emulator",
                "--api-key",
                API_KEY,
                "--result-bytes",
                str(args.result_mb * MB),
                "--no-rate-limit",
                "--generating-seconds",
                "0.2",
            ],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            assert emulator.stdout is not None
            line = emulator.stdout.readline().strip()
            url = line.rsplit(" ", 1)[-1]
            if not url.startswith("http"):
                raise SystemExit(f"the emulator did not start: {line!r}")
            results = []
            for phase in ("download", "upload"):
                child = subprocess.run(
                    [sys.executable, __file__, "--phase", phase, "--url", url, "--workdir", workdir]
                    + ["--result-mb", str(args.result_mb), "--upload-mb", str(args.upload_mb)],
                    capture_output=True,
                    text=True,
                    env=env,
                    check=False,
                )
                if child.returncode != 0:
                    raise SystemExit(f"{phase} phase failed:\n{child.stderr[-3000:]}")
                results.append(json.loads(child.stdout.strip().splitlines()[-1]))
        finally:
            emulator.terminate()
            emulator.wait(timeout=30)

    print(f"{'phase':<10}{'file':>10}{'seconds':>10}{'MB/s':>8}{'sampled MB':>12}{'bound MB':>10}  verdict")
    failed = False
    for r in results:
        size_mb = int(r["bytes"]) / MB
        worst = max(float(r["sampled_mb"]), float(r["bound_mb"]))
        verdict = "ok" if r["ok"] and worst < TARGET_MB else ("WRONG RESULT" if not r["ok"] else "OVER TARGET")
        failed |= verdict != "ok"
        print(
            f"{r['phase']:<10}{size_mb:>8.0f}MB{float(r['seconds']):>10.2f}{size_mb / float(r['seconds']):>8.0f}"
            f"{float(r['sampled_mb']):>12.1f}{float(r['bound_mb']):>10.1f}  {verdict}"
        )
    print(f"target: peak RSS growth under {TARGET_MB:g} MB per phase")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
