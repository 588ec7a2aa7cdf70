"""Packaging and registration: the wheel, its entry point, and what Airflow sees of the provider."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from kie_provider.get_provider_info import get_provider_info

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_registers_the_provider_entry_point(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("kie_provider-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        entry_points = archive.read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
        metadata = archive.read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert "[apache_airflow_provider]" in entry_points
    assert "kie_provider.get_provider_info:get_provider_info" in entry_points
    assert "Requires-Dist: apache-airflow>=3.1.8" in metadata
    # The catalogue is data: a wheel without it would import nothing.
    for module in (
        "hooks/kie.py",
        "operators/kie.py",
        "sensors/kie.py",
        "triggers/kie.py",
        "emulator/server.py",
        "catalogue.json",
    ):
        assert f"kie_provider/{module}" in names


def test_provider_info_names_importable_classes():
    import importlib

    info = get_provider_info()
    for section in ("hooks", "operators", "sensors", "triggers"):
        for module in info[section][0]["python-modules"]:
            importlib.import_module(module)
    conn = info["connection-types"][0]
    assert conn["connection-type"] == "kie"
    module, _, cls = conn["hook-class-name"].rpartition(".")
    assert getattr(importlib.import_module(module), cls).conn_type == "kie"
    for link in info.get("extra-links", []):
        module, _, cls = link.rpartition(".")
        assert hasattr(importlib.import_module(module), cls)


def test_airflow_cli_lists_the_provider_and_its_connection_type():
    env = {**os.environ}
    listed = subprocess.run(
        [sys.executable, "-m", "airflow", "providers", "list", "--output", "json"],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    providers = {p["package_name"]: p for p in json.loads(listed.stdout[listed.stdout.index("[") :])}
    assert "kie-provider" in providers
    hooks = subprocess.run(
        [sys.executable, "-m", "airflow", "providers", "hooks", "--output", "json"],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    rows = json.loads(hooks.stdout[hooks.stdout.index("[") :])
    (kie,) = [row for row in rows if row.get("connection_type") == "kie"]
    assert kie["class"] == "kie_provider.hooks.kie.KieHook"


def test_connection_form_hides_unused_fields_and_labels_the_key():
    from airflow.providers_manager import ProvidersManager

    from kie_provider.hooks.kie import KieHook

    # Airflow before 3.2 reads the form from the hook class itself (and only with the FAB UI installed).
    assert "get_ui_field_behaviour" in KieHook.__dict__
    own = KieHook.get_ui_field_behaviour()
    assert {"schema", "login", "port"} <= set(own["hidden_fields"])
    assert own["relabeling"]["password"] == "API Key"

    manager = ProvidersManager()
    if not hasattr(manager, "_to_api_format"):
        return  # this Airflow has no provider-info connection fields: the hook's own answer is what it uses
    behaviour = manager.field_behaviours["kie"]
    assert {"schema", "login", "port"} <= set(behaviour["hidden_fields"])
    assert behaviour["relabeling"]["password"] == "API Key"
    widgets = manager.connection_form_widgets
    assert "extra__kie__upload_base_url" in widgets and "extra__kie__max_retries" in widgets
    assert widgets["extra__kie__webhook_hmac_secret"].is_sensitive
