"""Files in and out: inputs uploaded for the user, results persisted to output_path, asset events."""

from __future__ import annotations

import json
import socket
import threading
from pathlib import Path

import pytest
import requests
from conftest import TEST_API_KEY, connection_json
from dagtest import dag_source, load_dag, run_dag, task_states, tries, xcom

from kie_provider.emulator import Fault, KieEmulator
from kie_provider.emulator.server import make_png
from kie_provider.exceptions import KieDownloadError, KieValidationError
from kie_provider.hooks.kie import KieHook
from kie_provider.transfers import prepare_input

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(28)
PUBLIC_PNG = "https://file.aiquickdraw.com/custom-page/akr/section-images/1756223420389w8xa2jfe.png"
EXAMPLE = Path(__file__).resolve().parents[2] / "example_dags" / "example_kie_assets.py"


def uploaded_bytes(url: str) -> bytes:
    response = requests.get(url, timeout=5)
    response.raise_for_status()
    return response.content


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# --- inputs -------------------------------------------------------------------------------


def test_local_bytes_uri_and_object_storage_inputs_are_uploaded_before_the_task_is_created(
    airflow_db, emulator, tmp_path
):
    cat, dog, face = make_png("cat"), make_png("dog"), make_png("face")
    (tmp_path / "cat.png").write_bytes(cat)
    (tmp_path / "dog.png").write_bytes(dog)
    (tmp_path / "face.png").write_bytes(face)
    (tmp_path / "voice.wav").write_bytes(WAV)
    dag_id = "files_inputs"
    run = run_dag(
        dag_source(
            dag_id,
            f"""
KieTopazImageUpscaleOperator(
    task_id="path", image_url={str(tmp_path / "cat.png")!r}, upscale_factor="2", poll_interval=0.1,
)
KieTopazImageUpscaleOperator(task_id="raw", image_url={make_png("raw")!r}, upscale_factor="2", poll_interval=0.1)
KieNanoBananaEditOperator(
    task_id="mix", prompt="merge", image_urls=[{PUBLIC_PNG!r}, {str(tmp_path / "dog.png")!r}], poll_interval=0.1,
)
KieKlingV1AvatarStandardOperator(
    task_id="avatar",
    image_url="file://{tmp_path / "face.png"}",
    audio_url=ObjectStoragePath("file://{tmp_path / "voice.wav"}"),
    poll_interval=0.1,
)
""",
        ),
        dag_id,
    )
    assert run.state == "success", task_states(run)
    sent = {r["model"]: r["input"] for r in emulator.created_requests()}
    uploads = emulator.url + "/uploads/kie-provider/"

    topaz = [r["input"]["image_url"] for r in emulator.created_requests() if r["model"] == "topaz/image-upscale"]
    assert all(u.startswith(uploads) for u in topaz)
    assert sorted(uploaded_bytes(u) for u in topaz) == sorted([cat, make_png("raw")])

    mix = sent["google/nano-banana-edit"]["image_urls"]
    assert mix[0] == PUBLIC_PNG  # a public URL passes through untouched
    assert mix[1].startswith(uploads) and mix[1].endswith(".png")
    assert uploaded_bytes(mix[1]) == dog

    avatar = sent["kling/v1-avatar-standard"]
    assert avatar["image_url"].startswith(uploads) and uploaded_bytes(avatar["image_url"]) == face
    assert avatar["audio_url"].startswith(uploads) and avatar["audio_url"].endswith(".wav")
    assert uploaded_bytes(avatar["audio_url"]) == WAV
    assert emulator.stats()["uploads"] == 5


def test_uploads_are_streamed_with_a_content_length(emulator, tmp_path):
    path = tmp_path / "big.png"
    path.write_bytes(make_png("big") + bytes(3 * 1024 * 1024))
    url = KieHook().upload_file(str(path), upload_path="team/inputs")
    assert url.startswith(emulator.url + "/uploads/team/inputs/big-")
    assert uploaded_bytes(url) == path.read_bytes()
    (_, _, headers) = next(e for e in emulator.request_log() if e[1] == "/api/file-stream-upload")
    headers = {k.lower(): v for k, v in headers.items()}
    assert headers["content-type"].startswith("multipart/form-data; boundary=")
    assert int(headers["content-length"]) > path.stat().st_size
    assert "transfer-encoding" not in headers


def test_upload_is_retried_after_a_dropped_connection(emulator):
    emulator.add_fault("upload", Fault(kind="drop"), times=1)
    url = KieHook().upload_file(make_png("again"), file_name="again.png")
    assert url == emulator.url + "/uploads/kie-provider/again.png"
    assert uploaded_bytes(url) == make_png("again")
    assert emulator.stats()["uploads"] == 2


def test_upload_from_url_stores_a_copy(emulator):
    hook = KieHook()
    first = hook.upload_file(make_png("src"))
    copy = hook.upload_from_url(first, upload_path="copies", file_name="copy.png")
    assert copy == emulator.url + "/uploads/copies/copy.png"
    assert uploaded_bytes(copy) == make_png("src")


def test_wrong_type_by_content_and_oversize_name_the_field_and_file_and_upload_nothing(emulator, tmp_path):
    fake = tmp_path / "fake.png"
    fake.write_text("this is a text file, not an image")
    big = tmp_path / "long.wav"
    with open(big, "wb") as fh:
        fh.write(WAV)
        fh.truncate(10 * 1024 * 1024 + 1)
    with pytest.raises(KieValidationError) as err:
        prepare_input(
            KieHook(),
            "kling/v1-avatar-standard",
            {"image_url": str(fake), "audio_url": str(big), "prompt": ""},
            roots=(str(tmp_path),),
        )
    message = str(err.value)
    assert set(err.value.fields) == {"image_url", "audio_url"}
    assert str(fake) in message and "content is text" in message and "image/png" in message
    assert str(big) in message and "10485761 bytes" in message and "10 MB" in message
    assert emulator.stats()["uploads"] == 0


def test_bad_file_fails_the_task_before_any_upload_or_create(airflow_db, emulator, tmp_path):
    good = tmp_path / "good.png"
    good.write_bytes(make_png("good"))
    fake = tmp_path / "fake.png"
    fake.write_text("plain text")
    dag_id = "files_bad_input"
    run = run_dag(
        dag_source(
            dag_id,
            f"""
KieNanoBananaEditOperator(
    task_id="edit", prompt="x", image_urls=[{str(good)!r}, {str(fake)!r}, {str(tmp_path / "missing.png")!r}],
    retries=2, retry_delay=timedelta(seconds=0),
)
""",
        ),
        dag_id,
    )
    assert task_states(run) == {"edit": "failed"}
    assert tries(run, "edit") == 1  # a bad file is permanent: no retry spent
    stats = emulator.stats()
    assert stats["uploads"] == 0 and stats["create_requests"] == 0


def test_file_inputs_are_accepted_at_parse_time_without_network(emulator):
    dag = load_dag(
        dag_source(
            "files_parse",
            """
KieTopazImageUpscaleOperator(task_id="a", image_url="/data/in/cat.png", upscale_factor="2")
KieTopazImageUpscaleOperator(task_id="b", image_url="s3://aws_default@bucket/cat.png", upscale_factor="2")
KieTopazImageUpscaleOperator(task_id="c", image_url=b"\\x89PNG", upscale_factor="2")
KieNanoBananaEditOperator(task_id="d", prompt="x", image_urls=["https://e.com/a.png", "inputs/dog.png"])
KieKlingV1AvatarStandardOperator(
    task_id="e", image_url=ObjectStoragePath("file:///data/face.png"), audio_url="voice.mp3",
)
""",
        ),
        "files_parse",
    )
    assert len(dag.tasks) == 5
    with pytest.raises(KieValidationError) as err:
        load_dag(
            dag_source(
                "files_parse_bad",
                'KieTopazImageUpscaleOperator(task_id="a", image_url="not a url", upscale_factor="2")',
            ),
            "files_parse_bad",
        )
    assert err.value.fields == ["image_url"] and "a local file, storage URI or bytes" in str(err.value)
    assert emulator.stats()["connections"] == 0


# --- outputs ------------------------------------------------------------------------------


@pytest.mark.parametrize("deferrable", [False, True], ids=["sync", "deferrable"])
def test_output_path_persists_results_named_by_task_and_index(airflow_db, emulator, tmp_path, deferrable, monkeypatch):
    monkeypatch.setenv("AIRFLOW__KIE__TEMPLATED_OUTPUT_ROOTS", str(tmp_path / "local"))  # output_path is templated
    dag_id = f"files_out_{'def' if deferrable else 'sync'}"
    run = run_dag(
        dag_source(
            dag_id,
            f"""
KieSeedreamV4TextToImageOperator(
    task_id="gen", prompt="two pears", max_images=2, output_path="{{{{ params.out }}}}/{{{{ ti.task_id }}}}",
    poll_interval=0.1, deferrable={deferrable},
)
KieSeedreamV4TextToImageOperator(
    task_id="obj", prompt="one plum", output_path=ObjectStoragePath("file://{tmp_path}/store"),
    poll_interval=0.1, deferrable={deferrable},
)
""",
            params=json.dumps({"out": str(tmp_path / "local")}),
        ),
        dag_id,
    )
    assert run.state == "success", task_states(run)
    record = xcom(run, "gen")
    folder = tmp_path / "local" / "gen"
    expected = [str(folder / f"{record['task_id']}_{i}.png") for i in range(2)]
    assert record["output_paths"] == expected
    for path, url in zip(expected, record["result_urls"], strict=True):
        data = Path(path).read_bytes()
        assert data.startswith(PNG_SIGNATURE)
        assert data == uploaded_bytes(url)
    assert leftovers(folder) == sorted(Path(p).name for p in expected)

    stored = xcom(run, "obj")
    name = f"{stored['task_id']}_0.png"
    assert stored["output_paths"] == [f"file://{tmp_path}/store/{name}"]
    assert (tmp_path / "store" / name).read_bytes().startswith(PNG_SIGNATURE)
    assert leftovers(tmp_path / "store") == [name]


@pytest.mark.parametrize("kind", ["drop", "truncated", "html"])
def test_a_failed_download_fails_the_task_and_leaves_no_file(airflow_db, emulator, tmp_path, kind):
    emulator.add_fault("files", Fault(kind=kind), times=None)
    dag_id = f"files_broken_{kind}"
    out = tmp_path / "out"
    run = run_dag(
        dag_source(
            dag_id,
            f'KieSeedreamV4TextToImageOperator(task_id="gen", prompt="x", output_path={str(out)!r}, poll_interval=0.1)',
        ),
        dag_id,
    )
    assert task_states(run) == {"gen": "failed"}
    assert leftovers(out) == []
    assert emulator.stats()["file_downloads"] == 4  # the first try and max_retries=3 more
    assert emulator.stats()["tasks_created"] == 1


def test_a_download_dropped_once_is_retried(airflow_db, emulator, tmp_path):
    emulator.add_fault("files", Fault(kind="drop"), times=1)
    dag_id = "files_retry_download"
    run = run_dag(
        dag_source(
            dag_id,
            f"KieSeedreamV4TextToImageOperator(task_id='gen', prompt='x', output_path={str(tmp_path)!r}, "
            "poll_interval=0.1)",
        ),
        dag_id,
    )
    assert run.state == "success"
    (path,) = xcom(run, "gen")["output_paths"]
    assert Path(path).read_bytes().startswith(PNG_SIGNATURE)
    assert emulator.stats()["file_downloads"] == 2


def _partial_file_host(declared: int, sent: bytes) -> tuple[str, socket.socket]:
    """A file host that promises ``declared`` bytes, sends ``sent`` and hangs up mid-body."""
    server = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n"
                    + f"Content-Length: {declared}\r\n\r\n".encode()
                    + sent
                )

    threading.Thread(target=serve, daemon=True).start()
    return f"http://127.0.0.1:{server.getsockname()[1]}/result.png", server


def test_a_download_broken_mid_body_leaves_no_partial_file(emulator, tmp_path):
    url, server = _partial_file_host(1_000_000, make_png("half") + bytes(200_000))
    try:
        with pytest.raises(KieDownloadError) as err:
            KieHook().download_file(url, tmp_path, "task_0", ".png")
    finally:
        server.close()
    assert "broke off" in str(err.value) and url in str(err.value)
    assert leftovers(tmp_path) == []


def test_only_http_urls_are_downloaded(emulator, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("do not copy")
    with pytest.raises(KieDownloadError, match="only http"):
        KieHook().download_file(f"file://{secret}", tmp_path / "out", "t_0", ".png")
    assert not (tmp_path / "out").exists()


def test_refused_downloads_fall_back_to_kie_download_url(airflow_db, monkeypatch, tmp_path):
    with KieEmulator(api_key=TEST_API_KEY, durations=(0.05, 0.05, 0.2), require_download_token=True) as emu:
        monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emu))
        dag_id = "files_token"
        run = run_dag(
            dag_source(
                dag_id,
                f"""
KieSeedreamV4TextToImageOperator(
    task_id="gen", prompt="x", max_images=2, output_path={str(tmp_path)!r}, poll_interval=0.1,
)
""",
            ),
            dag_id,
        )
        assert run.state == "success"
        record = xcom(run, "gen")
        assert requests.get(record["result_urls"][0], timeout=5).status_code == 403
        assert [Path(p).read_bytes()[:8] for p in record["output_paths"]] == [PNG_SIGNATURE] * 2
        assert emu.stats()["download_url"] == 2
        log = emu.request_log()
        # The API key goes to kie.ai's API only, never to the file host.
        assert all("Authorization" not in headers for _, path, headers in log if path.startswith("/files/"))


# --- assets -------------------------------------------------------------------------------


def test_asset_event_extra_carries_the_results_to_the_consumer_dag(airflow_db, emulator, tmp_path, monkeypatch):
    monkeypatch.setenv("AIRFLOW__KIE__TEMPLATED_OUTPUT_ROOTS", str(tmp_path))  # output_root is a Param
    from airflow.models.asset import AssetEvent, AssetModel
    from airflow.sdk import Asset
    from airflow.sdk.api.datamodels._generated import AssetReferenceAssetEventDagRun
    from airflow.sdk.execution_time.comms import AssetEventDagRunReferenceResult
    from airflow.sdk.execution_time.context import TriggeringAssetEventsAccessor
    from airflow.utils.session import create_session

    source = EXAMPLE.read_text()
    run = run_dag(source, "kie_assets_producer", run_conf={"output_root": str(tmp_path), "prompt": "a fox"})
    assert run.state == "success"
    record = xcom(run, "generate")
    with create_session() as session:
        events = (
            session.query(AssetEvent)
            .join(AssetModel, AssetEvent.asset_id == AssetModel.id)
            .filter(AssetModel.name == "kie_example_images", AssetEvent.source_run_id == run.run_id)
            .all()
        )
        assert len(events) == 1
        extra = events[0].extra
        # What the task runner hands the consumer's task as triggering_asset_events.
        triggering = TriggeringAssetEventsAccessor.build(
            AssetEventDagRunReferenceResult(
                asset=AssetReferenceAssetEventDagRun(name=event.asset.name, uri=event.asset.uri, extra={}),
                extra=event.extra,
                source_task_id=event.source_task_id,
                source_dag_id=event.source_dag_id,
                source_run_id=event.source_run_id,
                source_map_index=event.source_map_index,
                source_aliases=[],
                timestamp=event.timestamp,
            )
            for event in events
        )
        session.expunge_all()
    assert extra == {
        "model": "bytedance/seedream-v4-text-to-image",
        "task_id": record["task_id"],
        "result_urls": record["result_urls"],
        "output_paths": record["output_paths"],
    }
    assert len(extra["output_paths"]) == 2
    assert all(Path(p).read_bytes().startswith(PNG_SIGNATURE) for p in extra["output_paths"])

    consumer = load_dag(source, "kie_assets_consumer")
    assert list(consumer.timetable.asset_condition.objects) == [Asset("kie_example_images")]
    report = consumer.get_task("report").python_callable
    assert report(triggering_asset_events=triggering) == extra["output_paths"]
