"""The callback hints' settings and the reader's dispatch: which waits a callback wakes, without I/O."""

from __future__ import annotations

import asyncio

import pytest

from kie_provider.hints import (
    DEFAULT_SAFETY_POLL_SECONDS,
    HintReader,
    channel_dsn,
    deployment_callback_url,
    replay_digest,
    safety_poll_seconds,
)
from kie_provider.plugins import URL_PREFIX


@pytest.fixture(autouse=True)
def no_kie_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CALLBACK_BASE_URL", "CALLBACK_CHANNEL", "CALLBACK_SAFETY_POLL_SECONDS"):
        monkeypatch.delenv(f"AIRFLOW__KIE__{name}", raising=False)


def test_the_callback_url_is_the_plugins_route_only_when_base_url_and_channel_are_both_set(monkeypatch):
    assert deployment_callback_url("kie_default") is None
    monkeypatch.setenv("AIRFLOW__KIE__CALLBACK_BASE_URL", "https://airflow.example.com/")
    assert deployment_callback_url("kie_default") is None  # nobody could be told: no channel
    monkeypatch.setenv("AIRFLOW__KIE__CALLBACK_CHANNEL", "postgresql+psycopg2://a:b@db:5432/airflow")
    url = deployment_callback_url("kie/odd id")
    assert url == f"https://airflow.example.com{URL_PREFIX}/callback/kie%2Fodd%20id"


def test_the_channel_must_be_postgresql_and_drops_the_sqlalchemy_driver(monkeypatch):
    monkeypatch.setenv("AIRFLOW__KIE__CALLBACK_CHANNEL", "postgresql+psycopg2://a:b@db:5432/airflow")
    assert channel_dsn() == "postgresql://a:b@db:5432/airflow"
    monkeypatch.setenv("AIRFLOW__KIE__CALLBACK_CHANNEL", "redis://cache:6379/0")
    with pytest.raises(ValueError, match="callback_channel must be a postgresql:// URL.*'redis'"):
        channel_dsn()


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("", DEFAULT_SAFETY_POLL_SECONDS), ("600", 600.0), ("0", 1.0), ("nan", DEFAULT_SAFETY_POLL_SECONDS), ("x", 300)],
)
def test_the_safety_interval_is_at_least_a_second_and_never_nan(monkeypatch, value, seconds):
    monkeypatch.setenv("AIRFLOW__KIE__CALLBACK_SAFETY_POLL_SECONDS", value)
    assert safety_poll_seconds() == seconds


def test_a_replay_is_the_same_signature_for_the_same_task_time_and_connection():
    one = replay_digest("kie_default", "t1", "1700000000", "sig")
    assert one == replay_digest("kie_default", "t1", "1700000000", "sig")
    assert (
        len({one, replay_digest("other", "t1", "1700000000", "sig"), replay_digest("kie_default", "t2", "1", "s")}) == 3
    )


def test_a_hint_wakes_every_wait_of_its_task_and_no_other():
    async def scenario() -> None:
        reader = HintReader("postgresql://unused", asyncio.get_running_loop())
        reader._task = asyncio.get_running_loop().create_future()  # no connection in a unit test
        a1, a2, b = reader.watch("a"), reader.watch("a"), reader.watch("b")
        reader.wake("a")
        assert a1.is_set() and a2.is_set() and not b.is_set()
        reader.wake("nobody")  # a callback for a task no wait here holds: nothing happens
        reader.unwatch("a", a1)
        reader.unwatch("a", a2)
        assert "a" not in reader.waits and set(reader.waits) == {"b"}
        reader._task.cancel()

    asyncio.run(scenario())
