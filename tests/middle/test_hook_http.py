"""KieHook's HTTP logic in-process: kie.ai's answers are mocked with ``responses``, no socket, no emulator.

The middle layer: the hook's real retry, envelope and money rules run unchanged against canned answers,
so each test takes milliseconds. Moved here from tests/integration/test_hook.py, where the same rules ran
against the emulator over real HTTP; what needs real sockets (dropped connections mid-answer, the
emulator's own behaviour) stays there.
"""

from __future__ import annotations

import json

import pytest
import requests
import responses
from conftest import TEST_API_KEY

from kie_provider.exceptions import KieRateLimitError, KieTaskMaybeCreatedError
from kie_provider.hooks.kie import KieHook
from kie_provider.wire import CREDIT_PATH

BASE = "http://kie.test"
CREATE = f"{BASE}/api/v1/jobs/createTask"
CREDIT = f"{BASE}{CREDIT_PATH}"
UPSCALE = {"image_url": "https://example.com/cat.png", "upscale_factor": "2"}
#: The connection's pacing, shrunk as in conftest.FAST_PACING; 429 waits come from Retry-After.
PACING = {"backoff_base": 0.01, "backoff_cap": 0.05, "poll_first": 0.01, "poll_cap": 0.05}


@pytest.fixture
def hook(monkeypatch: pytest.MonkeyPatch) -> KieHook:
    """A hook whose ``kie_default`` connection points at the mocked host."""
    conn = {"conn_type": "kie", "host": BASE, "password": TEST_API_KEY, "extra": {"max_retries": 3, **PACING}}
    monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", json.dumps(conn))
    return KieHook()


@pytest.fixture
def kie() -> responses.RequestsMock:
    """The mocked kie.ai: every request must be answered by a registered response."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


def created(task_id: str = "task-1") -> dict:
    return {"code": 200, "msg": "success", "data": {"taskId": task_id}}


def test_rate_limited_create_is_retried_and_charged_once(hook, kie):
    limited = {"code": 429, "msg": "rate limited"}
    kie.post(CREATE, json=limited, status=429, headers={"Retry-After": "0"})
    kie.post(CREATE, json=limited, status=429, headers={"Retry-After": "0"})
    kie.post(CREATE, json=created())
    assert hook.create_task("topaz/image-upscale", UPSCALE) == "task-1"
    assert [c.request.url for c in kie.calls] == [CREATE] * 3
    assert json.loads(kie.calls[-1].request.body) == {"model": "topaz/image-upscale", "input": UPSCALE}
    assert kie.calls[-1].request.headers["Authorization"] == f"Bearer {TEST_API_KEY}"


def test_rate_limit_exhausted_raises_a_retryable_error_not_maybe_created(hook, kie):
    kie.post(CREATE, json={"code": 429, "msg": "rate limited"}, status=429, headers={"Retry-After": "0"})
    with pytest.raises(KieRateLimitError) as err:
        hook.create_task("topaz/image-upscale", UPSCALE)
    assert not isinstance(err.value, KieTaskMaybeCreatedError)
    assert TEST_API_KEY not in str(err.value)


@pytest.mark.parametrize(
    "answer",
    [
        {"body": requests.ConnectionError("connection reset by peer")},
        {"json": {"code": 500, "msg": "internal error"}, "status": 200},
    ],
    ids=["connection-reset", "code-500"],
)
def test_create_is_never_resent_after_an_ambiguous_failure(hook, kie, answer):
    kie.post(CREATE, **answer)
    with pytest.raises(KieTaskMaybeCreatedError) as err:
        hook.create_task("topaz/image-upscale", UPSCALE)
    assert "https://kie.ai/logs" in err.value.message
    assert len(kie.calls) == 1


def test_reads_retry_transient_failures_then_succeed(hook, kie):
    kie.get(CREDIT, json={"code": 455, "msg": "maintenance"})
    kie.get(CREDIT, json={"code": 500, "msg": "oops"}, status=500)
    kie.get(CREDIT, body="<html>bad gateway</html>", status=502)
    kie.get(CREDIT, json={"code": 200, "msg": "success", "data": 42})
    assert hook.get_credits() == 42
    assert len(kie.calls) == 4
