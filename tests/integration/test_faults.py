"""Fault injection: the operators on real Airflow against the emulator, with the network and kie.ai misbehaving.

What must hold, whatever the fault: reads are retried with bounded backoff; a createTask is sent again
only when kie.ai provably did not accept it (429, 455, connection refused); permanent errors fail the
Airflow task at once without spending its retries; every failure message says what happened and what
to do; and no piece of work is ever generated twice (``tasks_created`` per successful piece is 1).
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from conftest import FAST_PACING, TEST_API_KEY, connection_json
from dagtest import ON_RETRY_CALLBACK, RETRY_HOOKS, run_dag, stored_state, task_states, tries, xcom
from test_sensor import later_in_the_wait

from kie_provider.emulator import KieEmulator
from kie_provider.emulator.server import Fault
from kie_provider.operators.base import DURABLE, SUBMITTING

MODES = pytest.mark.parametrize("deferrable", [False, True], ids=["sync", "deferrable"])


def dag_source(
    dag_id: str, *, deferrable: bool, retries: int = 0, timeout: float = 30, prompt: str = "a cat", extra: str = ""
) -> str:
    return f"""
import pendulum
from datetime import timedelta
from airflow.sdk import DAG
from kie_provider.operators.kie import KieSeedreamV4TextToImageOperator

with DAG({dag_id!r}, schedule=None, start_date=pendulum.datetime(2025, 1, 1)) as dag:
    KieSeedreamV4TextToImageOperator(
        task_id="gen", prompt={prompt!r}, poll_interval=0.1, timeout={timeout},
        deferrable={deferrable}, retries={retries}, retry_delay=timedelta(seconds=0), {extra}
    )
"""


_ERROR_LINE = re.compile(r"^kie_provider\.exceptions\.(\w+): (.*)$", re.M)


class Outcome:
    """What one DAG run did: its state, tries, return value and the last error Airflow printed."""

    def __init__(self, run, out: str) -> None:
        self.run = run
        self.state = str(run.state)
        self.tries = tries(run, "gen")
        self.states = task_states(run)
        self.record = xcom(run, "gen")
        errors = _ERROR_LINE.findall(out)
        self.error_type, self.message = errors[-1] if errors else (None, "")


def run_gen(capfd, name: str, deferrable: bool, **kwargs) -> Outcome:
    dag_id = f"faults_{name}_{'def' if deferrable else 'sync'}"
    capfd.readouterr()
    run = run_dag(dag_source(dag_id, deferrable=deferrable, **kwargs), dag_id)
    out, err = capfd.readouterr()
    return Outcome(run, out + err)


def assert_once(emu: KieEmulator, outcome: Outcome) -> None:
    """The invariant of the whole suite: one successful piece of work, one generation."""
    if outcome.state == "success":
        assert emu.stats()["tasks_created"] == 1
        assert list(emu.tasks()) == [outcome.record["task_id"]]
    else:
        assert emu.stats()["tasks_created"] <= 1


def use_timeout(monkeypatch: pytest.MonkeyPatch, emu: KieEmulator, timeout: float) -> None:
    monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emu, timeout=timeout))


# --- createTask: retried only when kie.ai provably did not accept it ------------------------------


@MODES
def test_try_stopped_while_its_create_is_in_flight_does_not_pay_again(airflow_db, emulator, capfd, deferrable):
    # kie.ai answers this createTask after 4 s and creates the task; the try's execution_timeout stops it at 2 s.
    # The same timeout bounds the retry too, so the generation is made short enough for any loaded CI machine.
    emulator.durations = (0.02, 0.02, 0.1)
    emulator.add_fault("createTask", Fault(kind="latency", delay=4))
    outcome = run_gen(
        capfd, "stopped_mid_create", deferrable, retries=1, extra="execution_timeout=timedelta(seconds=2)"
    )
    assert outcome.tries == 2
    # The run can end before kie.ai finishes the delayed createTask: wait for it to be counted.
    expected = 1 if DURABLE else 2
    deadline = time.monotonic() + 10
    while emulator.stats()["tasks_created"] < expected and time.monotonic() < deadline:
        time.sleep(0.1)
    if DURABLE:  # the retry found the in-flight marker: it refuses to pay again and says what to do
        assert outcome.state == "failed"
        assert outcome.error_type == "KieTaskMaybeCreatedError"
        assert "try 1 of this task sent a createTask request" in outcome.message
        assert "whose outcome is unknown" in outcome.message and "https://kie.ai/logs" in outcome.message
        assert "airflow kie reattach faults_stopped_mid_create_" in outcome.message
        assert emulator.stats()["create_requests"] == 1 and emulator.stats()["tasks_created"] == 1
    else:  # no task_state_store before Airflow 3.3: the retry submits again, as documented
        assert outcome.state == "success"
        assert emulator.stats()["tasks_created"] == 2


@MODES
@pytest.mark.parametrize("retry_after", [1.0, None], ids=["retry-after", "no-retry-after"])
def test_create_rate_limited_is_retried_and_creates_once(airflow_db, emulator, capfd, deferrable, retry_after):
    emulator.add_fault("createTask", Fault(kind="code", code=429, status=429, retry_after=retry_after), times=2)
    outcome = run_gen(capfd, f"create429_{'ra' if retry_after else 'nora'}", deferrable)
    assert outcome.state == "success" and outcome.tries == 1
    assert emulator.stats()["create_requests"] == 3
    assert_once(emulator, outcome)


def test_create_honours_retry_after(emulator):
    from kie_provider.hooks.kie import KieHook

    emulator.add_fault("createTask", Fault(kind="code", code=429, status=429, retry_after=1), times=2)
    started = time.monotonic()
    KieHook().create_task("bytedance/seedream-v4-text-to-image", {"prompt": "a cat"})
    # Two rejections, each asking for 1 s: the hook waits what the server asked, not its tiny test backoff.
    assert 2.0 <= time.monotonic() - started < 4.0
    assert emulator.stats()["tasks_created"] == 1


def test_concurrent_creates_sharing_one_key_all_get_their_turn(monkeypatch):
    from kie_provider.hooks.kie import KieHook

    # 10 workers, 2 creates per second: the last ones need 4 windows, more than max_retries=3.
    with KieEmulator(api_key=TEST_API_KEY, rate_limit=(2, 1.0)) as emu:
        monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emu))
        failed: list[str] = []

        def submit(i: int) -> None:
            try:
                KieHook().create_task("bytedance/seedream-v4-text-to-image", {"prompt": f"cat {i}"})
            except Exception as error:
                failed.append(repr(error))

        workers = [threading.Thread(target=submit, args=(i,)) for i in range(10)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        assert failed == []
        assert emu.stats()["tasks_created"] == 10 and emu.stats()["rate_limited"] > 3


@MODES
@pytest.mark.parametrize("code", [455, 429], ids=["455-maintenance", "429-in-200-body"])
def test_create_burst_of_not_accepted_answers_is_retried(airflow_db, emulator, capfd, deferrable, code):
    # 455 says maintenance; a 429 inside an HTTP 200 body is still a rejection: neither created anything.
    emulator.add_fault("createTask", Fault(kind="code", code=code, status=455 if code == 455 else 200), times=3)
    outcome = run_gen(capfd, f"create{code}", deferrable)
    assert outcome.state == "success" and outcome.tries == 1
    assert emulator.stats()["create_requests"] == 4
    assert_once(emulator, outcome)


AMBIGUOUS_CREATE = {
    "500": Fault(kind="code", code=500, status=500),
    "502": Fault(kind="code", code=502, status=502),
    "503": Fault(kind="code", code=503, status=503),
    "500-in-200-body": Fault(kind="code", code=500, status=200),
    "reset": Fault(kind="reset"),
    "drop-after-create": Fault(kind="drop_after"),
    "slower-than-timeout": Fault(kind="latency", delay=1.5),
    "html-error-page": Fault(kind="html"),
    "truncated-json": Fault(kind="truncated"),
}


@MODES
@pytest.mark.parametrize("name", list(AMBIGUOUS_CREATE))
def test_ambiguous_create_failure_is_never_sent_again(airflow_db, emulator, capfd, monkeypatch, deferrable, name):
    use_timeout(monkeypatch, emulator, 0.5)
    emulator.add_fault("createTask", AMBIGUOUS_CREATE[name])
    outcome = run_gen(capfd, f"ambiguous_{name.replace('-', '_')}", deferrable, retries=3)
    assert outcome.state == "failed"
    assert outcome.tries == 1  # permanent: the Airflow retries are not spent on a maybe-paid task
    assert outcome.error_type == "KieTaskMaybeCreatedError"
    assert "may have been accepted" in outcome.message and "https://kie.ai/logs" in outcome.message
    assert "not sent again" in outcome.message and "retried" not in outcome.message
    assert emulator.stats()["create_requests"] == 1
    if name == "slower-than-timeout":
        time.sleep(1.2)  # the slow answer still creates its task on the server, after the client gave up
    created = 1 if name in ("drop-after-create", "slower-than-timeout", "truncated-json") else 0
    assert emulator.stats()["tasks_created"] == created
    if DURABLE:  # the in-flight marker stays, so that clearing the task does not send it again either
        assert SUBMITTING in stored_state(outcome.run, "gen")
        assert "airflow kie reattach faults_" in outcome.message and "airflow kie forget" in outcome.message


ACCEPTED_WITHOUT_TASK_ID = {
    "no-taskId": {"code": 200, "msg": "success", "data": {}},
    "taskId-null": {"code": 200, "msg": "success", "data": {"taskId": None}},
    "taskId-empty": {"code": 200, "msg": "success", "data": {"taskId": ""}},
    "data-null": {"code": 200, "msg": "success", "data": None},
}


@MODES
@pytest.mark.parametrize("name", list(ACCEPTED_WITHOUT_TASK_ID))
def test_accepted_create_without_a_readable_task_id_is_never_sent_again(airflow_db, emulator, capfd, deferrable, name):
    # Code 200 means kie.ai accepted and charges the task, whatever the rest of the answer says.
    emulator.add_fault("createTask", Fault(kind="body", body=ACCEPTED_WITHOUT_TASK_ID[name]))
    outcome = run_gen(capfd, f"accepted_{name.replace('-', '_')}", deferrable, retries=2)
    assert outcome.state == "failed" and outcome.tries == 1
    assert outcome.error_type == "KieTaskMaybeCreatedError"
    assert "accepted createTask (code 200)" in outcome.message and "no readable taskId" in outcome.message
    assert emulator.stats()["create_requests"] == 1 and emulator.stats()["tasks_created"] == 1
    if DURABLE:
        assert SUBMITTING in stored_state(outcome.run, "gen")


@MODES
def test_accepted_create_spelling_task_id_is_read(airflow_db, emulator, capfd, deferrable):
    body = {"code": 200, "msg": "success", "data": {"task_id": "$taskId"}}
    emulator.add_fault("createTask", Fault(kind="body", body=body))
    outcome = run_gen(capfd, "accepted_task_id_spelling", deferrable)
    assert outcome.state == "success" and outcome.tries == 1
    assert_once(emulator, outcome)


# --- the in-flight marker brackets the send, nothing else ------------------------------------------


@MODES
def test_missing_connection_leaves_no_marker_and_the_retry_submits(
    airflow_db, emulator, capfd, monkeypatch, deferrable
):
    good = connection_json(emulator)
    monkeypatch.delenv("AIRFLOW_CONN_KIE_DEFAULT")
    RETRY_HOOKS.append(lambda: monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", good))
    outcome = run_gen(capfd, "no_connection", deferrable, retries=1, extra=ON_RETRY_CALLBACK)
    assert outcome.state == "success" and outcome.tries == 2
    assert_once(emulator, outcome)


@MODES
def test_timeout_during_a_rate_limit_back_off_leaves_no_marker(airflow_db, emulator, capfd, deferrable):
    # kie.ai rejects the create (429, retry in 5 s); the try's execution_timeout stops it at 2 s, during that wait.
    # The same timeout bounds the retry too (create, defer, wait, download: ~2.5 s on a loaded CI machine with
    # the default 0.7 s generation), so the generation is made short.
    emulator.durations = (0.02, 0.02, 0.1)
    emulator.add_fault("createTask", Fault(kind="code", code=429, status=429, retry_after=5))
    outcome = run_gen(
        capfd, "timeout_in_backoff", deferrable, retries=1, extra="execution_timeout=timedelta(seconds=2)"
    )
    # Nothing was created by the rejected request, so the retry may (and does) submit.
    assert outcome.state == "success" and outcome.tries == 2
    assert emulator.stats()["create_requests"] == 2
    assert_once(emulator, outcome)


# --- a single 404 is not a vanished task -----------------------------------------------------------

ONE_404 = {
    "gateway-html-404": Fault(kind="html", status=404),
    "body-code-404": Fault(kind="code", code=404, status=200),
    "code-200-data-null": Fault(kind="body", body={"code": 200, "msg": "success", "data": None}),
}


@MODES
@pytest.mark.parametrize("name", list(ONE_404))
def test_one_404_while_a_retry_decides_does_not_pay_again(airflow_db, emulator, capfd, deferrable, name):
    # Try 1 sees kie.ai answer 404 past its grace and fails; its retry then meets a single 404 while it
    # decides whether to reattach: that must not count as "gone" (which would submit a new, paid task).
    emulator.durations = (0.05, 0.05, 1.0)
    emulator.add_fault("recordInfo", Fault(kind="code", code=404, status=404), times=None)

    def one_more_404() -> None:
        emulator.clear_faults()
        emulator.add_fault("recordInfo", ONE_404[name])

    RETRY_HOOKS.append(one_more_404)
    outcome = run_gen(
        capfd,
        f"one404_{name.replace('-', '_')}",
        deferrable,
        retries=1,
        extra=f"not_found_grace=0.5, {ON_RETRY_CALLBACK}",
    )
    assert outcome.state == "success" and outcome.tries == 2
    if DURABLE:  # reattached to the one task
        assert_once(emulator, outcome)
    else:  # no task_state_store before Airflow 3.3: the retry submits anew, as documented
        assert emulator.stats()["tasks_created"] == 2


@MODES
def test_one_404_late_in_a_long_wait_is_ridden_out(airflow_db, emulator, capfd, deferrable):
    # The grace counts from the first 404 of a run of them, not from the start of the wait.
    emulator.durations = (0.05, 0.05, 4.0)
    # One 404 once the wait has polled for longer than the grace.
    late = later_in_the_wait(emulator, 0.8, lambda: emulator.add_fault("recordInfo", Fault(kind="html", status=404)))
    outcome = run_gen(capfd, "late404", deferrable, extra="not_found_grace=0.5")
    late.join()
    assert outcome.state == "success" and outcome.tries == 1
    assert_once(emulator, outcome)


# --- odd records ------------------------------------------------------------------------------------


@MODES
def test_failed_record_sent_with_code_501_is_read_as_the_record(airflow_db, emulator, capfd, deferrable):
    # kie.ai's failure callback ("identical to the Query Task API response") carries code 501 and the record.
    body = {"code": 501, "msg": "generation failed", "data": "$data"}
    emulator.add_fault("recordInfo", Fault(kind="body", body=body), times=None)
    outcome = run_gen(capfd, "record501", deferrable, prompt="a cat [[fail]]")
    assert outcome.state == "failed" and outcome.tries == 1
    assert outcome.error_type == "KieTaskFailedError"
    assert "failCode 500: Internal server error" in outcome.message  # the record's own failCode and failMsg
    assert emulator.stats()["tasks_created"] == 1


@MODES
def test_success_without_result_urls_fails_at_that_task_naming_it(airflow_db, emulator, capfd, deferrable):
    body = {"code": 200, "msg": "success", "data": {"taskId": "$taskId", "state": "success", "resultJson": "{}"}}
    emulator.add_fault("recordInfo", Fault(kind="body", body=body), times=None)
    outcome = run_gen(capfd, "success_no_urls", deferrable)
    assert outcome.state == "failed"
    assert outcome.error_type == "KieInvalidResponseError"
    task_id = xcom(outcome.run, "gen", key="kie_task_id")
    assert f"kie.ai task {task_id}" in outcome.message and "no readable result URL" in outcome.message
    assert emulator.stats()["tasks_created"] == 1


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@MODES
def test_create_connection_refused_is_retried_until_kie_answers(airflow_db, capfd, monkeypatch, deferrable):
    port = _free_port()
    emu = KieEmulator(api_key=TEST_API_KEY, port=port, durations=(0.05, 0.05, 0.2))
    monkeypatch.setenv(
        "AIRFLOW_CONN_KIE_DEFAULT",
        json.dumps(
            {
                "conn_type": "kie",
                "host": f"http://127.0.0.1:{port}",
                "password": TEST_API_KEY,
                "extra": {"timeout": 5, "max_retries": 8, **FAST_PACING},
            }
        ),
    )
    # Nothing listens at first: every createTask is refused before a byte is sent, so it is safe to resend.
    starter = threading.Timer(0.3, emu.start)
    starter.start()
    try:
        outcome = run_gen(capfd, "create_refused", deferrable)
        assert outcome.state == "success"
        assert emu.stats()["create_requests"] == 1
        assert_once(emu, outcome)
    finally:
        starter.join()
        emu.stop()


# --- recordInfo: reads ride out everything a retry can fix ----------------------------------------

READ_FAULTS = {
    "429-retry-after": (Fault(kind="code", code=429, status=429, retry_after=1), 1),
    "429-no-retry-after": (Fault(kind="code", code=429, status=429), 3),
    "455": (Fault(kind="code", code=455, status=455), 4),
    "500": (Fault(kind="code", code=500, status=500), 4),
    "502": (Fault(kind="code", code=502, status=502), 4),
    "503": (Fault(kind="code", code=503, status=503), 4),
    "500-in-200-body": (Fault(kind="code", code=500, status=200), 3),
    "reset": (Fault(kind="reset"), 3),
    "slower-than-timeout": (Fault(kind="latency", delay=0.8), 2),
    "html-error-page": (Fault(kind="html"), 3),
    "truncated-json": (Fault(kind="truncated"), 3),
    "not-json": (Fault(kind="malformed"), 3),
}


@MODES
@pytest.mark.parametrize("name", list(READ_FAULTS))
def test_read_faults_are_ridden_out(airflow_db, emulator, capfd, monkeypatch, deferrable, name):
    use_timeout(monkeypatch, emulator, 0.5)
    fault, times = READ_FAULTS[name]
    emulator.add_fault("recordInfo", fault, times=times)
    started = time.monotonic()
    outcome = run_gen(capfd, f"read_{name.replace('-', '_')}", deferrable, retries=3)
    assert outcome.state == "success" and outcome.tries == 1
    assert outcome.record["state"] == "success" and outcome.record["result_urls"]
    polls = emulator.stats()["record_info"]
    # Every fault was met and retried past, without hammering kie.ai ...
    assert times < polls <= times + 15
    # ... and with bounded backoff: the whole run, DAG start-up included, stays short.
    assert time.monotonic() - started < 20
    assert_once(emulator, outcome)


# --- permanent errors: fail at once, keep the Airflow retries -------------------------------------


def test_wrong_api_key_fails_at_once(airflow_db, emulator, capfd, monkeypatch):
    monkeypatch.setenv(
        "AIRFLOW_CONN_KIE_DEFAULT",
        json.dumps({"conn_type": "kie", "host": emulator.url, "password": "sk-wrong-key-0000", "extra": FAST_PACING}),
    )
    outcome = run_gen(capfd, "wrong_key", False, retries=3)
    assert outcome.state == "failed" and outcome.tries == 1
    assert outcome.error_type == "KieAuthError"
    assert "401" in outcome.message and "check the API key in the password of the kie connection" in outcome.message
    assert emulator.stats()["create_requests"] == 1 and emulator.stats()["tasks_created"] == 0


PERMANENT_CREATE = {
    "402": ("KieInsufficientCreditsError", "add credits to the kie.ai account"),
    "422": ("KieValidationError", "fix the input named in the message"),
    "505": ("KieFeatureDisabledError", "the feature is disabled for this account; contact kie.ai support"),
}


@MODES
@pytest.mark.parametrize("code", list(PERMANENT_CREATE))
def test_permanent_create_errors_fail_at_once(airflow_db, emulator, capfd, deferrable, code):
    if code == "402":
        emulator.set_credits(1)  # kie.ai's own answer to an empty account
    else:
        emulator.add_fault("createTask", Fault(kind="code", code=int(code)))
    outcome = run_gen(capfd, f"permanent_{code}", deferrable, retries=3)
    error_type, advice = PERMANENT_CREATE[code]
    assert outcome.state == "failed" and outcome.tries == 1
    assert outcome.error_type == error_type
    assert f"kie.ai answered {code}" in outcome.message and advice in outcome.message
    assert emulator.stats()["create_requests"] == 1 and emulator.stats()["tasks_created"] == 0


@MODES
def test_key_revoked_while_polling_fails_at_once(airflow_db, emulator, capfd, deferrable):
    emulator.add_fault("recordInfo", Fault(kind="code", code=401, status=401), times=None)
    outcome = run_gen(capfd, "poll_401", deferrable, retries=3)
    assert outcome.state == "failed" and outcome.tries == 1
    assert outcome.error_type == "KieAuthError"
    assert "check the API key" in outcome.message
    assert emulator.stats()["tasks_created"] == 1


def test_rate_limit_that_never_lifts_fails_with_advice(airflow_db, emulator, capfd):
    emulator.add_fault("createTask", Fault(kind="code", code=429, status=429), times=None)
    outcome = run_gen(capfd, "create429_forever", False, timeout=600)
    assert outcome.state == "failed"
    assert outcome.error_type == "KieRateLimitError"
    assert "429" in outcome.message and "use an Airflow pool to pace submissions" in outcome.message
    # A rejected create costs nothing, so it gets 10 x max_retries retries (30 here), then the error: bounded.
    assert emulator.stats()["create_requests"] == 31 and emulator.stats()["tasks_created"] == 0


# --- tasks that vanish or never end ----------------------------------------------------------------


@pytest.fixture
def forget_first_task(emulator) -> Iterator[None]:
    """Make the first task created disappear from kie.ai (recordInfo answers 404) right after creation."""
    emulator.durations = (0.05, 0.05, 10.0)
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            tasks = emulator.tasks()
            if tasks:
                emulator.forget_task(next(iter(tasks)))
                return
            time.sleep(0.005)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    yield
    stop.set()
    thread.join()


@MODES
def test_task_that_disappears_fails_clearly_without_resubmitting(
    airflow_db, emulator, capfd, forget_first_task, deferrable
):
    outcome = run_gen(capfd, "vanished", deferrable, timeout=1.5)
    assert outcome.state == "failed"
    assert outcome.error_type == "KieNotFoundError"
    task_id = emulator.created_requests() and xcom(outcome.run, "gen", key="kie_task_id")
    assert f"task {task_id}" in outcome.message
    assert "no record" in outcome.message and "https://kie.ai/logs" in outcome.message
    assert emulator.stats()["tasks_created"] == 1


@MODES
def test_task_that_never_finishes_times_out_and_the_retry_reattaches(airflow_db, emulator, capfd, deferrable):
    outcome = run_gen(capfd, "hang", deferrable, timeout=0.5, retries=1, prompt="a cat [[hang]]")
    assert outcome.state == "failed" and outcome.tries == 2
    assert outcome.error_type == "KieTimeoutError"
    assert "did not finish" in outcome.message and "reattaches to the same task" in outcome.message
    if DURABLE:  # the retry waited on the same task instead of paying for another
        assert emulator.stats()["tasks_created"] == 1 and emulator.stats()["create_requests"] == 1
    else:  # no task_state_store before Airflow 3.3: each try submits, as documented
        assert emulator.stats()["tasks_created"] == 2


# --- a request that never left leaves no marker (issue 17, item 6; item 11) ------------------------


def _connection_with(emu: KieEmulator, *, password: str | None = None, **extra: object) -> str:
    conn = json.loads(connection_json(emu, **extra))
    if password is not None:
        conn["password"] = password
    return json.dumps(conn)


@MODES
def test_api_key_with_a_trailing_newline_is_trimmed_and_works(airflow_db, emulator, capfd, monkeypatch, deferrable):
    monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", _connection_with(emulator, password=TEST_API_KEY + "\n"))
    outcome = run_gen(capfd, "key_newline", deferrable)
    assert outcome.state == "success"
    assert_once(emulator, outcome)


BAD_CONNECTIONS = {
    "key-not-latin-1": ({"password": TEST_API_KEY + "\u2013"}, "KieAuthError", "API key"),
    "key-inner-space": ({"password": "sk-test 9f8e"}, "KieAuthError", "API key"),
    "timeout-zero": ({"timeout": 0}, "KieValidationError", "timeout=0"),
    "poll-first-zero": ({"poll_first": 0}, "KieValidationError", "poll_first=0"),
    "poll-cap-nan": ({"poll_cap": "nan"}, "KieValidationError", "poll_cap='nan'"),
    "max-retries-fraction": ({"max_retries": 2.5}, "KieValidationError", "max_retries=2.5"),
}


@MODES
@pytest.mark.parametrize("name", list(BAD_CONNECTIONS))
def test_a_connection_value_that_cannot_work_fails_before_sending_and_leaves_no_marker(
    airflow_db, emulator, capfd, monkeypatch, deferrable, name
):
    bad, error_type, named = BAD_CONNECTIONS[name]
    monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", _connection_with(emulator, **bad))
    outcome = run_gen(capfd, f"bad_conn_{name.replace('-', '_')}", deferrable, retries=2)
    # Refused when the connection is read, before any request: a permanent error (no retry can fix a
    # connection), nothing reached kie.ai and no in-flight marker is left to block the next run or clear.
    assert outcome.state == "failed" and outcome.tries == 1
    assert (outcome.error_type, named in outcome.message) == (error_type, True)
    assert TEST_API_KEY not in outcome.message
    assert emulator.stats()["create_requests"] == 0
    assert not DURABLE or stored_state(outcome.run, "gen") is None  # no task_state_store before 3.3


# --- no 429 loop or Retry-After outlasts the timeout (issue 17, item 7) ------------------------------


@MODES
@pytest.mark.timeout(90)
def test_create_told_to_come_back_after_the_timeout_is_not_sent_again(airflow_db, emulator, capfd, deferrable):
    # Every create answers 429 "retry in an hour"; the operator's timeout is 2 s. Before, the hook slept
    # 4 x backoff_cap per 429, 30 times over (two minutes here, two hours with the defaults).
    emulator.add_fault("createTask", Fault(kind="code", code=429, status=429, retry_after=3600), times=None)
    outcome = run_gen(capfd, "create429_after_timeout", deferrable, timeout=2)
    assert outcome.state == "failed" and outcome.error_type == "KieRateLimitError"
    assert emulator.stats()["create_requests"] == 1 and emulator.stats()["tasks_created"] == 0
    # The rejected create made nothing: no marker, so a later run or retry may submit.
    assert not DURABLE or stored_state(outcome.run, "gen") is None  # no task_state_store before 3.3


@MODES
@pytest.mark.timeout(90)
def test_polls_told_to_come_back_after_the_timeout_end_at_the_timeout(airflow_db, emulator, capfd, deferrable):
    # Every recordInfo answers 429 "retry in an hour"; the task's timeout is 2 s. Before, the synchronous
    # wait retried inside one poll for two minutes before looking at its timeout.
    emulator.add_fault("recordInfo", Fault(kind="code", code=429, status=429, retry_after=3600), times=None)
    outcome = run_gen(capfd, "poll429_forever", deferrable, timeout=2)
    assert outcome.state == "failed" and outcome.error_type == "KieTimeoutError"
    assert emulator.stats()["tasks_created"] == 1


@MODES
def test_one_poll_told_to_come_back_in_an_hour_does_not_park_the_wait(airflow_db, emulator, capfd, deferrable):
    # One recordInfo answers 429 "retry in an hour": the wait comes back within twice its poll cap (1 s
    # here), not at its deadline. Before, the trigger slept to the deadline and reported a timeout.
    emulator.add_fault("recordInfo", Fault(kind="code", code=429, status=429, retry_after=3600))
    outcome = run_gen(capfd, "poll429_once", deferrable, timeout=120)
    assert outcome.state == "success"
    assert_once(emulator, outcome)
    # Not parked until the deadline: the task (done in well under a second) is collected long before it.
    ran = (outcome.run.end_date - outcome.run.start_date).total_seconds()
    assert ran < 60, f"the wait took {ran:.0f}s of its 120s: it slept out the Retry-After"
