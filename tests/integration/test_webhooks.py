"""Verifying kie.ai callbacks: real signed callbacks from the emulator, received over HTTP, and forgeries of them."""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import TEST_API_KEY, connection_json

from kie_provider.emulator import KieEmulator
from kie_provider.exceptions import KiePermanentError, KieWebhookVerificationError
from kie_provider.hooks.kie import KieHook
from kie_provider.models import KieTaskState
from kie_provider.webhooks import signature, verify_webhook

HMAC_KEY = "whk-test-3c5e7a9b1d-never-log-me"
SEEDREAM = "bytedance/seedream-v4-text-to-image"


class Callback:
    """One callback as the receiving server saw it."""

    def __init__(self, headers: dict[str, str], body: bytes) -> None:
        self.headers = headers
        self.body = body


@pytest.fixture
def receiver() -> Iterator[tuple[str, queue.Queue[Callback]]]:
    """A small HTTP server that records every POST it gets; yields its URL and the queue of callbacks."""
    inbox: queue.Queue[Callback] = queue.Queue()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            inbox.put(Callback(dict(self.headers.items()), body))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/kie/callback", inbox
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def signing_emulator(monkeypatch: pytest.MonkeyPatch) -> Iterator[KieEmulator]:
    with KieEmulator(api_key=TEST_API_KEY, webhook_hmac_key=HMAC_KEY, durations=(0.02, 0.02, 0.1)) as emu:
        monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emu, webhook_hmac_secret=HMAC_KEY))
        yield emu


@pytest.fixture
def callbacks(signing_emulator, receiver) -> list[tuple[str, Callback]]:
    """Two real callbacks, a success and a failure: ``[(taskId, callback), ...]``."""
    url, inbox = receiver
    hook = KieHook()
    ok = hook.create_task(SEEDREAM, {"prompt": "a cat"}, callback_url=url)
    signing_emulator.fail_tasks(1)
    bad = hook.create_task(SEEDREAM, {"prompt": "a dog"}, callback_url=url)
    got = [inbox.get(timeout=5), inbox.get(timeout=5)]
    by_id = {json.loads(c.body)["data"]["taskId"]: c for c in got}
    return [(ok, by_id[ok]), (bad, by_id[bad])]


def test_real_callbacks_verify_and_return_the_record(callbacks):
    (ok_id, ok), (bad_id, bad) = callbacks
    task = verify_webhook(ok.headers, ok.body, HMAC_KEY)
    assert task.task_id == ok_id and task.state is KieTaskState.SUCCESS and task.result_urls
    assert task.model == SEEDREAM
    failed = KieHook().verify_webhook(bad.headers, bad.body)  # the key from the connection's extra
    assert failed.task_id == bad_id and failed.state is KieTaskState.FAIL and failed.fail_code == "500"


def test_header_names_are_case_insensitive(callbacks):
    (task_id, cb), _ = callbacks
    for transform in (str.lower, str.upper):
        headers = {transform(k): v for k, v in cb.headers.items()}
        assert verify_webhook(headers, cb.body, HMAC_KEY).task_id == task_id


def rejected(check: str, headers: dict[str, str], body: bytes | str, key: str = HMAC_KEY, **kw: float) -> str:
    with pytest.raises(KieWebhookVerificationError) as err:
        verify_webhook(headers, body, key, **kw)
    assert err.value.check == check
    assert isinstance(err.value, KiePermanentError)
    message = str(err.value)
    assert HMAC_KEY not in message and (not key or key not in message)
    return message


def test_tampered_body_signature_and_timestamp_are_rejected(callbacks):
    (task_id, cb), (other_id, _) = callbacks
    record = json.loads(cb.body)
    # Another task's id in the body: the signature covers the taskId, so it no longer matches.
    record["data"]["taskId"] = other_id
    assert other_id in rejected("bad_signature", cb.headers, json.dumps(record))
    forged = {
        **cb.headers,
        "X-Webhook-Signature": signature("some-other-key", task_id, cb.headers["X-Webhook-Timestamp"]),
    }
    assert "does not match" in rejected("bad_signature", forged, cb.body)
    rejected("bad_signature", {**cb.headers, "X-Webhook-Signature": "not base64 !!"}, cb.body)
    moved = {**cb.headers, "X-Webhook-Timestamp": str(int(cb.headers["X-Webhook-Timestamp"]) - 1)}
    rejected("bad_signature", moved, cb.body)
    # The right signature checked with the wrong key fails too.
    rejected("bad_signature", cb.headers, cb.body, key="whk-wrong-key")


def test_stale_and_future_timestamps_are_rejected():
    body = json.dumps({"code": 200, "data": {"taskId": "t1", "state": "success"}})
    for offset, word in ((-301, "old"), (400, "in the future")):
        stamp = str(int(time.time()) + offset)
        headers = {"X-Webhook-Timestamp": stamp, "X-Webhook-Signature": signature(HMAC_KEY, "t1", stamp)}
        message = rejected("stale", headers, body)
        assert word in message and "300s" in message
    # Within a custom tolerance the same old callback passes.
    stamp = str(int(time.time()) - 301)
    headers = {"X-Webhook-Timestamp": stamp, "X-Webhook-Signature": signature(HMAC_KEY, "t1", stamp)}
    assert verify_webhook(headers, body, HMAC_KEY, tolerance=600).task_id == "t1"


def test_missing_headers_bad_timestamps_and_malformed_bodies_are_rejected():
    now = str(int(time.time()))
    good = {"X-Webhook-Timestamp": now, "X-Webhook-Signature": signature(HMAC_KEY, "t1", now)}
    body = json.dumps({"code": 200, "data": {"taskId": "t1"}})
    assert "X-Webhook-Signature" in rejected("missing_header", {"X-Webhook-Timestamp": now}, body)
    assert "X-Webhook-Timestamp" in rejected("missing_header", {"X-Webhook-Signature": "x"}, body)
    rejected("missing_header", {}, body)
    rejected("bad_timestamp", {**good, "X-Webhook-Timestamp": "yesterday"}, body)
    rejected("malformed_body", good, b"{not json")
    rejected("malformed_body", good, json.dumps({"code": 200, "data": "t1"}))
    rejected("malformed_body", good, json.dumps(["t1"]))
    rejected("no_task_id", good, json.dumps({"code": 200, "data": {"state": "success"}}))
    rejected("no_key", good, body, key="")


def test_both_task_id_spellings_are_accepted():
    now = str(int(time.time()))
    headers = {"x-webhook-timestamp": now, "x-webhook-signature": signature(HMAC_KEY, "abc123", now)}
    for name in ("taskId", "task_id"):
        body = json.dumps({"code": 200, "msg": "ok", "data": {name: "abc123", "state": "success"}}).encode()
        assert verify_webhook(headers, body, HMAC_KEY).task_id == "abc123"


def test_hook_without_a_webhook_key_refuses_to_verify(signing_emulator, callbacks, monkeypatch):
    monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(signing_emulator))  # no webhook_hmac_secret
    (_, cb), _ = callbacks
    with pytest.raises(KieWebhookVerificationError, match="webhook_hmac_secret") as err:
        KieHook().verify_webhook(cb.headers, cb.body)
    assert err.value.check == "no_key"
