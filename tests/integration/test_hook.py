"""KieHook against the emulator over real HTTP: connection, envelope, retries, and the safe create."""

from __future__ import annotations

import json
import socket

import pytest
from conftest import FAST_PACING, TEST_API_KEY, connection_json

from kie_provider.config import config_from_connection
from kie_provider.emulator import Fault, KieEmulator
from kie_provider.exceptions import (
    KieAuthError,
    KieConnectionError,
    KieError,
    KieFeatureDisabledError,
    KieInsufficientCreditsError,
    KieInvalidResponseError,
    KieNotFoundError,
    KieRateLimitError,
    KieServiceUnavailableError,
    KieTaskMaybeCreatedError,
    KieTimeoutError,
    KieValidationError,
)
from kie_provider.hooks.kie import KieHook
from kie_provider.models import KieTaskState

UPSCALE = {"image_url": "https://example.com/cat.png", "upscale_factor": "2"}


@pytest.fixture
def hook(emulator: KieEmulator) -> KieHook:
    return KieHook()


def test_password_only_connection_defaults_to_the_real_service(monkeypatch):
    monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", json.dumps({"conn_type": "kie", "password": "abc"}))
    config = KieHook().config
    assert config.base_url == "https://api.kie.ai"
    assert config.upload_base_url == "https://kieai.redpandaai.co"
    assert config.timeout == 30 and config.max_retries == 3
    assert "abc" not in repr(config)


@pytest.mark.parametrize(
    ("host", "port", "expected"),
    [
        ("http://127.0.0.1:8765", None, "http://127.0.0.1:8765"),
        ("127.0.0.1", 8765, "https://127.0.0.1:8765"),
        ("proxy.example.com/kie/", None, "https://proxy.example.com/kie"),
        (None, None, "https://api.kie.ai"),
    ],
)
def test_host_with_scheme_and_port_is_honoured(host, port, expected):
    config = config_from_connection(password="k", host=host, port=port, extra={})
    assert config.base_url == expected


def test_bad_connection_values_are_named():
    with pytest.raises(KieValidationError, match="timeout='soon'"):
        config_from_connection(password="k", host=None, port=None, extra={"timeout": "soon"})
    with pytest.raises(KieValidationError, match="ftp://x"):
        config_from_connection(password="k", host="ftp://x", port=None, extra={})
    with pytest.raises(KieAuthError, match="no API key"):
        config_from_connection(password="", host=None, port=None, extra={})


def test_create_get_wait_and_credits(hook, emulator):
    before = hook.get_credits()
    task_id = hook.create_task("topaz/image-upscale", {"image_url": UPSCALE["image_url"], "upscale_factor": 2})
    first = hook.get_task(task_id)
    assert first.task_id == task_id and not first.is_terminal
    seen: list[str] = []
    task = hook.wait_for_task(task_id, poll_interval=0.05, timeout=10, on_state_change=lambda t: seen.append(t.state))
    assert task.succeeded and task.state is KieTaskState.SUCCESS
    assert seen[-1] == "success" and len(seen) == len(set(seen))
    assert task.param == {"model": "topaz/image-upscale", "input": UPSCALE}
    assert task.result_urls and task.result_urls[0].startswith(emulator.url)
    assert task.create_time and task.create_time.tzinfo is not None
    assert task.complete_time >= task.create_time
    assert json.loads(json.dumps(task.to_dict())) == task.to_dict()
    assert hook.get_credits() == before - task.consume_credits


def test_validation_happens_before_any_request(hook, emulator):
    with pytest.raises(KieValidationError) as err:
        hook.create_task("google/nano-banana-edit", {"prompt": 5, "image_urls": ["x"] * 11, "imageSize": "2:1"})
    assert set(err.value.fields) == {"prompt", "image_urls", "imageSize"}
    assert "did you mean `image_size`?" in str(err.value)
    assert emulator.stats()["create_requests"] == 0


def test_unknown_models_pass_through_unchecked(hook, emulator):
    task_id = hook.create_task("some-vendor/new-model", {"anything": 1})
    assert emulator.created_requests()[-1] == {"model": "some-vendor/new-model", "input": {"anything": 1}}
    assert hook.wait_for_task(task_id, poll_interval=0.05, timeout=10).succeeded


def test_test_connection_reports_credits_or_the_problem(emulator, monkeypatch):
    ok, message = KieHook().test_connection()
    assert ok and "credits left" in message
    monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emulator).replace(TEST_API_KEY, "wrong-key"))
    ok, message = KieHook().test_connection()
    assert not ok and "401" in message and "wrong-key" not in message


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (401, KieAuthError),
        (402, KieInsufficientCreditsError),
        (404, KieNotFoundError),
        (422, KieValidationError),
        (505, KieFeatureDisabledError),
    ],
)
def test_body_code_decides_whatever_the_http_status(hook, emulator, code, error):
    emulator.add_fault("credit", Fault("code", code=code, status=200, message="nope"))
    with pytest.raises(error) as err:
        hook.get_credits()
    assert err.value.code == code and "nope" in err.value.message
    assert emulator.stats()["credit"] == 1  # permanent: not retried


def test_reads_give_up_after_max_retries_with_the_last_error(hook, emulator):
    emulator.add_fault("credit", Fault("truncated"), times=None)
    with pytest.raises(KieInvalidResponseError, match="not kie.ai's JSON envelope") as err:
        hook.get_credits()
    assert emulator.stats()["credit"] == 4  # 1 + max_retries
    assert TEST_API_KEY not in str(err.value)


@pytest.mark.parametrize("kind", ["drop_after", "drop", "reset"])
def test_create_is_not_resent_after_an_ambiguous_failure(hook, emulator, kind):
    emulator.add_fault("createTask", Fault(kind))
    with pytest.raises(KieTaskMaybeCreatedError, match="may have been accepted") as err:
        hook.create_task("topaz/image-upscale", UPSCALE)
    assert "https://kie.ai/logs" in err.value.message
    assert emulator.stats()["create_requests"] == 1


def test_create_read_timeout_is_ambiguous(emulator, monkeypatch):
    monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emulator, timeout=0.3))
    emulator.add_fault("createTask", Fault("latency", delay=1.0))
    with pytest.raises(KieTaskMaybeCreatedError, match="no answer within 0.3s"):
        KieHook().create_task("topaz/image-upscale", UPSCALE)
    assert emulator.stats()["create_requests"] == 1


def test_create_is_resent_when_the_connection_never_opened(monkeypatch):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv(
        "AIRFLOW_CONN_KIE_DEFAULT",
        json.dumps(
            {
                "conn_type": "kie",
                "host": f"http://127.0.0.1:{port}",
                "password": "k",
                "extra": {"max_retries": 2, **FAST_PACING},
            }
        ),
    )
    with pytest.raises(KieConnectionError) as err:
        KieHook().create_task("topaz/image-upscale", UPSCALE)
    assert err.value.sent is False and err.value.transient
    assert not isinstance(err.value, KieTaskMaybeCreatedError)


def test_wait_rides_out_transient_poll_errors(hook, emulator):
    task_id = hook.create_task("topaz/image-upscale", UPSCALE)
    emulator.add_fault("recordInfo", Fault("code", code=503, status=503), times=6)
    assert hook.wait_for_task(task_id, poll_interval=0.05, timeout=20).succeeded


def test_wait_times_out_with_a_reattach_hint(hook, emulator):
    emulator.durations = (0.05, 0.05, 30.0)
    task_id = hook.create_task("topaz/image-upscale", UPSCALE)
    with pytest.raises(KieTimeoutError, match="reattaches to the same task"):
        hook.wait_for_task(task_id, poll_interval=0.05, timeout=0.3)


def test_wait_returns_failed_tasks_with_their_fail_code(hook, emulator):
    emulator.fail_tasks(1, fail_code="500", fail_msg="Internal server error")
    task = hook.wait_for_task(hook.create_task("topaz/image-upscale", UPSCALE), poll_interval=0.05, timeout=10)
    assert task.state is KieTaskState.FAIL and task.fail_code == "500" and task.fail_msg == "Internal server error"
    assert task.is_terminal and not task.succeeded


def test_unknown_task_is_not_found(hook):
    with pytest.raises(KieNotFoundError):
        hook.get_task("does-not-exist")


def test_errors_are_airflow_exceptions_with_code_and_message():
    from airflow.providers.common.compat.sdk import AirflowException, AirflowFailException

    assert issubclass(KieError, AirflowException)
    for permanent in (KieAuthError, KieInsufficientCreditsError, KieValidationError, KieFeatureDisabledError):
        assert issubclass(permanent, AirflowFailException)
    for transient in (KieRateLimitError, KieServiceUnavailableError, KieTimeoutError, KieNotFoundError):
        assert not issubclass(transient, AirflowFailException)
