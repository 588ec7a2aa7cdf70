"""``make demo``'s script, run as a person would: a fresh home, the emulator, real Airflow."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.timeout(300)


def test_demo_runs_the_pipeline_saves_the_files_and_prints_a_summary(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "KIE_"))}
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "run_demo.py"), "--home", str(tmp_path / "demo")]
        + ["--output-dir", str(tmp_path / "output")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "local emulator" in out
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("task "))
    assert lines[header].split() == ["task", "model", "state", "seconds", "credits", "output", "file"]
    rows = {line.split()[0]: line.split() for line in lines[header + 2 :] if line and not line.startswith("Run ")}
    for task, model, credits in [
        ("generate", "bytedance/seedream-v4-text-to-image", "5"),
        ("edit", "google/nano-banana-edit", "4"),
        ("upscale", "topaz/image-upscale", "10"),
        ("animate", "bytedance/v1-pro-fast-image-to-video", "36"),
        ("avatar", "kling/v1-avatar-standard", "40"),
    ]:
        row = rows[task]
        assert row[1:3] == [model, "success"] and row[4] == credits, row
        saved = tmp_path / row[5]
        assert saved.is_file() and saved.stat().st_size > 0, row
        assert saved.parent == tmp_path / "output"
    assert "succeeded" in lines[-1] and "95 credits" in lines[-1]
    # Airflow's own chatter went to the log file, not the screen.
    assert "[info" not in out
    assert (tmp_path / "demo" / "demo.log").stat().st_size > 0
