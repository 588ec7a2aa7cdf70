"""Floor 1: which failures are sent again, after how long, and which createTask failures may have paid."""

from __future__ import annotations

import pytest

from kie_provider.config import KieConnectionConfig
from kie_provider.exceptions import (
    KieConnectionError,
    KieError,
    KieRateLimitError,
    KieServiceUnavailableError,
    KieTaskMaybeCreatedError,
    error_for_code,
)
from kie_provider.retry import RetryPolicy, ambiguous_create_error, provably_not_accepted, provably_not_created


def test_backoff_grows_within_its_limits():
    policy = RetryPolicy(max_retries=5, base=0.5, cap=2.0)
    error = KieServiceUnavailableError("503", code=503)
    for attempt in range(1, 8):
        delay = policy.delay(attempt, error)
        bound = min(2.0, 0.5 * 2 ** (attempt - 1))
        assert 0.5 * bound <= delay <= bound


def test_retry_after_is_honoured_up_to_four_caps():
    policy = RetryPolicy(base=1.0, cap=2.0)
    assert 5.0 <= policy.delay(1, KieRateLimitError("429", retry_after=5.0)) <= 6.0  # never sooner than asked
    assert policy.delay(1, KieRateLimitError("429", retry_after=60.0)) == 8.0


def test_a_429_gets_more_retries_than_other_failures():
    policy = RetryPolicy(max_retries=2, rate_limit_factor=3)
    assert policy.retries_for(KieRateLimitError("429")) == 6
    assert policy.retries_for(KieServiceUnavailableError("503", code=503)) == 2
    assert policy.should_retry(KieRateLimitError("429"), 6) and not policy.should_retry(KieRateLimitError("429"), 7)


def test_a_create_is_retried_only_when_kie_provably_did_not_accept_it():
    policy = RetryPolicy(max_retries=3)
    assert policy.should_retry(KieRateLimitError("429"), 1, creates=True)
    assert policy.should_retry(error_for_code(455, "maintenance"), 1, creates=True)
    assert policy.should_retry(KieConnectionError("refused", sent=False), 1, creates=True)
    assert not policy.should_retry(KieConnectionError("timeout", sent=True), 1, creates=True)
    assert not policy.should_retry(error_for_code(500, "boom"), 1, creates=True)
    # The same failures of a read are retried.
    assert policy.should_retry(KieConnectionError("timeout", sent=True), 1)
    assert policy.should_retry(error_for_code(500, "boom"), 1)


@pytest.mark.parametrize("code", [400, 401, 402, 422, 433, 451, 505])
def test_rejections_created_nothing(code):
    assert provably_not_created(error_for_code(code, "no"))


@pytest.mark.parametrize("code", [408, 500, 502, 503])
def test_server_errors_and_timeouts_may_have_created_the_task(code):
    error = error_for_code(code, "no")
    assert not provably_not_created(error) and not provably_not_accepted(error)


def test_maybe_created_is_never_not_created():
    assert not provably_not_created(KieTaskMaybeCreatedError("accepted without a taskId", code=200))


def test_ambiguous_create_error_says_what_to_check():
    error = ambiguous_create_error(KieError("no answer within 30s"))
    assert isinstance(error, KieTaskMaybeCreatedError)
    assert "not sent again" in error.message and "kie.ai/logs" in error.message


def test_policy_from_a_connection():
    config = KieConnectionConfig(api_key="k", max_retries=7, backoff_base=0.1, backoff_cap=0.4)
    assert RetryPolicy.from_config(config) == RetryPolicy(max_retries=7, base=0.1, cap=0.4)
