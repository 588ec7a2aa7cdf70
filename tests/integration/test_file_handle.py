"""A file under ``[kie] templated_file_roots`` is opened once: the root check and every read use that handle.

A symlink swapped between the check and a read must not upload a file outside the roots: the upload carries
the checked file's bytes, or the task fails, never the outside file's.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import requests
from dagtest import dag_source, run_dag, task_states

import kie_provider.sources
import kie_provider.transfers
from kie_provider.emulator.server import make_png
from kie_provider.sources import open_source

TOPAZ = """
KieTopazImageUpscaleOperator(
    task_id="up", image_url="{{ dag_run.conf.get('image') }}", upscale_factor="2", poll_interval=0.1
)
"""


def repoint(name: Path, target: Path) -> None:
    """Atomically make ``name`` a symlink to ``target`` (what an attacker with write access to the root does)."""
    tmp = name.with_name(name.name + ".swap")
    tmp.symlink_to(target)
    os.replace(tmp, name)


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    root, outside = tmp_path / "allowed", tmp_path / "private"
    root.mkdir()
    outside.mkdir()
    checked, secret = make_png("checked"), make_png("outside-secret")
    (root / "in.png").write_bytes(checked)
    (outside / "secret.png").write_bytes(secret)
    monkeypatch.setenv("AIRFLOW__KIE__TEMPLATED_FILE_ROOTS", str(root))
    return {"name": root / "in.png", "secret_path": outside / "secret.png", "checked": checked, "secret": secret}


def uploads(emulator: Any) -> list[bytes]:
    """The bytes of every file the task sent as its input (read back from the emulator's upload storage)."""
    return [requests.get(r["input"]["image_url"], timeout=5).content for r in emulator.created_requests()]


def after(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, action: Any) -> None:
    """Run ``action`` right after ``module.name`` returns (the seam between a check and the reads after it)."""
    original = getattr(module, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        action()
        return result

    monkeypatch.setattr(module, name, wrapped)


def test_name_repointed_after_the_templated_check_never_uploads_the_outside_file(
    airflow_db, emulator, files, monkeypatch
):
    after(
        monkeypatch,
        kie_provider.transfers,
        "check_templated_files",
        lambda: repoint(files["name"], files["secret_path"]),
    )
    dag_id = "handle_swap_after_name_check"
    run = run_dag(dag_source(dag_id, TOPAZ), dag_id, run_conf={"image": str(files["name"])})
    sent = uploads(emulator)
    assert files["secret"] not in sent
    # Opened after the swap: the last component is a symlink, refused; nothing uploaded or created.
    assert task_states(run) == {"up": "failed"}
    assert emulator.stats()["uploads"] == 0 and emulator.stats()["create_requests"] == 0


def test_name_repointed_after_the_handle_check_uploads_the_checked_bytes(airflow_db, emulator, files, monkeypatch):
    after(
        monkeypatch,
        kie_provider.sources,
        "check_handle_under_roots",
        lambda: repoint(files["name"], files["secret_path"]),
    )
    dag_id = "handle_swap_after_handle_check"
    run = run_dag(dag_source(dag_id, TOPAZ), dag_id, run_conf={"image": str(files["name"])})
    assert task_states(run) == {"up": "success"}
    assert uploads(emulator) == [files["checked"]]
    assert Path(files["name"]).is_symlink()  # the swap did happen before the sniff, hash and upload


def test_one_handle_serves_every_read_and_is_released(files):
    source = open_source(str(files["name"]), roots=(str(files["name"].parent),))
    repoint(files["name"], files["secret_path"])
    assert source.head(8) == files["checked"][:8]
    with source.open() as first, source.open() as second:  # readers do not share an offset
        assert first.read() == second.read() == files["checked"]
    source.close()
    with pytest.raises(ValueError, match="closed"):
        source.open()


def test_a_templated_symlink_or_a_file_outside_the_roots_is_refused_on_the_handle(files, tmp_path):
    roots = (str(files["name"].parent),)
    link = files["name"].parent / "link.png"
    link.symlink_to(files["secret_path"])
    with pytest.raises(PermissionError, match="symbolic link"):
        open_source(str(link), roots=roots)
    with pytest.raises(PermissionError, match="outside"):
        open_source(str(files["secret_path"]), roots=roots)
    with pytest.raises(PermissionError, match="outside"):
        open_source(f"file://{files['secret_path']}", roots=roots)
    # A literal path (no roots) is the DAG author's own: a symlink there is followed.
    assert open_source(str(link)).head(8) == files["secret"][:8]


# --- an object in storage is read once: replacing it after the check changes nothing that is uploaded -------

STORED = """
from airflow.sdk import ObjectStoragePath

KieTopazImageUpscaleOperator(
    task_id="up", image_url=ObjectStoragePath("file://{path}"), upscale_factor="2", poll_interval=0.1
)
"""


def test_an_object_replaced_after_its_check_uploads_the_checked_bytes(airflow_db, emulator, files, monkeypatch):
    replaced = make_png("replaced-after-the-check")
    after(monkeypatch, kie_provider.transfers, "check_source", lambda: files["name"].write_bytes(replaced))
    dag_id = "storage_replaced_after_check"
    run = run_dag(dag_source(dag_id, STORED.format(path=files["name"])), dag_id)
    assert task_states(run) == {"up": "success"}
    assert files["name"].read_bytes() == replaced  # the object was replaced before the hash and upload
    assert uploads(emulator) == [files["checked"]]


def test_an_object_in_storage_is_read_once_and_released(files):
    from airflow.sdk import ObjectStoragePath

    source = open_source(ObjectStoragePath(f"file://{files['name']}"))
    files["name"].write_bytes(b"something else entirely")
    assert source.size == len(files["checked"]) and source.head(8) == files["checked"][:8]
    with source.open() as first, source.open() as second:
        assert first.read() == second.read() == files["checked"]
    source.close()
    with pytest.raises(ValueError, match="closed"):
        source.open()


def test_an_object_listed_larger_than_the_field_takes_is_not_read(files, monkeypatch):
    from airflow.sdk import ObjectStoragePath

    path = ObjectStoragePath(f"file://{files['name']}")
    monkeypatch.setattr(type(path), "open", lambda *a, **k: pytest.fail("an oversized object was read"))
    source = open_source(path, max_bytes=10)
    assert source.size == len(files["checked"])  # and check_source refuses it by that size
