"""What importing the kie.ai operators costs a DAG file: the median over cold processes, on top of ``airflow.sdk``.

The dag-processor pays this for every DAG file that uses an operator. Each sample is a fresh Python
process that first imports ``airflow.sdk`` (which every DAG file pays anyway), then times
``import kie_provider.operators.kie``. Target: median under 50 ms.

    python benchmarks/import_cost.py [--runs 21] [--source PATH]

``--source`` measures another checkout of the package (e.g. an older commit) for comparison.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 50.0
PROBE = """
import time, sys
import airflow.sdk
from airflow.sdk import BaseOperator  # what a DAG file touches first: make the lazy SDK names real
before = set(sys.modules)
start, cpu = time.perf_counter(), time.process_time()
import kie_provider.operators.kie
took, cpu = time.perf_counter() - start, time.process_time() - cpu
new = set(sys.modules) - before
heavy = sorted(m for m in ("requests", "httpx", "fsspec", "upath", "airflow.triggers.base") if m in new)
print(f"{took * 1000:.3f} {cpu * 1000:.3f} {','.join(heavy) or '-'} {kie_provider.operators.kie.__file__}")
"""


def sample(source: Path, env: dict[str, str]) -> tuple[float, float, str, str]:
    """
    One cold process's import time in ms (wall and CPU), the heavy modules it loaded, and which file it imported.

    :param source: the checkout whose ``kie_provider`` is imported.
    :param env: the environment of the process.
    """
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, env=env, cwd=str(source)
    ).stdout.split()
    return float(out[0]), float(out[1]), ("" if out[2] == "-" else out[2]), out[3]


def main() -> int:
    """Print the figures; exit 1 when the median misses the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--source", type=Path, default=ROOT)
    args = parser.parse_args()
    source = args.source.resolve()
    env = {**os.environ, "PYTHONPATH": str(source), "AIRFLOW__CORE__LOAD_EXAMPLES": "False"}
    # A deployment imports from bytecode (pip writes it; a running dag-processor has it): a shell that sets
    # PYTHONDONTWRITEBYTECODE would make every sample compile the 9,000-line generated module from source instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    sample(source, env)  # warm the OS file cache and bytecode, as a running dag-processor has them
    runs = [sample(source, env) for _ in range(args.runs)]
    times = sorted(t for t, _, _, _ in runs)
    cpu = statistics.median(c for _, c, _, _ in runs)
    median = statistics.median(times)
    load = os.getloadavg()[0]
    print(f"import kie_provider.operators.kie from {runs[0][3]}")
    print(f"  cold processes: {len(times)}; on top of airflow.sdk: median {median:.1f} ms,")
    print(f"  min {times[0]:.1f} ms, p90 {times[int(len(times) * 0.9)]:.1f} ms (target: median < {TARGET_MS:g} ms)")
    print(f"  CPU time median {cpu:.1f} ms (what other load on the machine changes least); load average {load:.1f}")
    print(f"  heavy modules the import loads (beyond what airflow.sdk loaded): {runs[0][2] or 'none'}")
    ok = median < TARGET_MS
    print("  PASS" if ok else "  MISS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
