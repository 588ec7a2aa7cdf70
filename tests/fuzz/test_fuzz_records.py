"""Fuzzing every reader of kie.ai's answers, the webhook verifier and the URL rule with Hypothesis (issue 17).

Each property draws thousands of inputs (``max_examples`` below, no deadline) and allows only the documented
outcome: a value, or the documented exception type (:class:`~kie_provider.exceptions.KieError` for the wire
readers, :class:`~kie_provider.exceptions.KieWebhookVerificationError` for the verifier, nothing for the URL
rule). Records read must be real JSON (no NaN or infinity) so that XCom and trigger events can hold them.
The number of inputs each property tried is printed when the module ends.
"""

from __future__ import annotations

import contextlib
import json
import math
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kie_provider import wire
from kie_provider.exceptions import KieError, KieWebhookVerificationError
from kie_provider.families import FAMILIES
from kie_provider.models import KieTask, KieTaskState
from kie_provider.records import load_json, read_callback
from kie_provider.urls import is_http_url
from kie_provider.webhooks import SIGNATURE_HEADER, TIMESTAMP_HEADER, signature, verify_webhook

EXAMPLES = 2000
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
#: The properties that build, encode and read whole records: half as many inputs leave the layer (this module and
#: the UI's) room under a minute on a loaded two-core CI machine.
HEAVY = settings(FUZZ, max_examples=EXAMPLES // 2)
TRIED: Counter[str] = Counter()
KEY = "whk-fuzz-key"

#: The field names kie.ai's records and callbacks use, so that generated records reach every reader's branches.
FIELDS = (
    "taskId task_id state status successFlag resultJson param paramJson response info data callbackType failCode "
    "failMsg errorCode errorMessage costTime consumeCredits remainedCredits createTime updateTime completeTime model "
    "resultUrls result_urls resultImageUrl originImageUrl video_url videoInfo videoUrl sunoData audioUrl audio_url "
    "resultInfoJson resultUrl promptJson fallbackFlag code msg downloadUrl"
).split()
STATUS_WORDS = ("success", "fail", "waiting", "SUCCESS", "CALLBACK_EXCEPTION", "GENERATE_AUDIO_FAILED", "complete")
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**400), max_value=10**400)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(STATUS_WORDS)
    | st.just("https://f.example/r.png")
    | st.sampled_from([0, 1, 2, 3, 4, 200, 404, 501])
)
keys = st.sampled_from(FIELDS) | st.text(max_size=8)
#: Two levels of nesting reach every reader's branches (``response.resultUrls``, ``info.result_urls``,
#: ``sunoData[].audioUrl``); a flat composition draws several times faster than ``st.recursive``.
_shallow = scalars | st.lists(scalars, max_size=3) | st.dictionaries(keys, scalars, max_size=3)
json_values = _shallow | st.lists(_shallow, max_size=3) | st.dictionaries(keys, _shallow, max_size=4)
#: http(s) URLs built from parts (cheaper than ``hypothesis.provisional.urls``, and with the odd cases kie.ai's
#: answers carry: ports, IPv6 literals, upper-case schemes, surrounding whitespace, queries and fragments).
_label = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=10).filter(
    lambda t: not t.startswith("-") and not t.endswith("-")
)
hosts = st.one_of(
    st.builds("{}.{}".format, _label, st.sampled_from(["ai", "com", "co", "example"])),
    st.sampled_from(["127.0.0.1", "[::1]", "[2001:db8::1]", "localhost"]),
)
http_urls = st.builds(
    "{}{}://{}{}{}{}".format,
    st.sampled_from(["", " ", "\t"]),
    st.sampled_from(["http", "https", "HTTPS", "Http"]),
    hosts,
    st.sampled_from(["", ":80", ":8765", ":65535"]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789/._~%-", max_size=20).map(lambda p: "/" + p),
    st.sampled_from(["", "?a=1", "#f", "?x=%20&y=2#top"]),
)
records = st.dictionaries(keys, json_values, max_size=5)


def count(name: str) -> None:
    TRIED[name] += 1


@pytest.fixture(scope="module", autouse=True)
def report(request: pytest.FixtureRequest) -> Iterator[None]:
    """Print how many inputs each property tried, in the terminal and as a test-report property."""
    start = time.monotonic()
    yield
    lines = [f"fuzz {name}: {n} inputs" for name, n in sorted(TRIED.items())]
    lines.append(f"fuzz total: {sum(TRIED.values())} inputs in {time.monotonic() - start:.1f}s")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture is not None else contextlib.nullcontext():
        print("\n" + "\n".join(lines))


def encode(value: Any) -> bytes:
    return json.dumps(value, allow_nan=True).encode()  # NaN and Infinity are what kie.ai's JSON parser accepts too


def assert_real_json_record(task: KieTask) -> None:
    assert isinstance(task, KieTask) and isinstance(task.state, KieTaskState)
    json.dumps(task.to_dict(), allow_nan=False)
    assert KieTask.from_dict(task.to_dict()).state is task.state
    task.summary()
    assert all(isinstance(url, str) and url for url in task.result_urls)
    for number in (task.cost_time, task.consume_credits, task.remained_credits):
        assert number is None or math.isfinite(number)


REQUEST = wire.ApiRequest("recordInfo", "GET", "http://kie.test/x", returns_record=True)


@FUZZ
@given(body=st.one_of(st.binary(max_size=200), json_values.map(encode)), status=st.sampled_from([200, 404, 429, 500]))
def test_parse_response_answers_data_or_a_kie_error(body: bytes, status: int) -> None:
    count("parse_response (any body)")
    try:
        wire.parse_response(REQUEST, status, body, {})
    except KieError:
        pass


@HEAVY
@given(family=st.sampled_from(sorted(FAMILIES)), code=scalars, data=records)
def test_every_family_reads_any_record_into_real_json(family: str, code: Any, data: dict[str, Any]) -> None:
    count("parse_response + read_task (every family)")
    try:
        answer = wire.parse_response(REQUEST, 200, encode({"code": code, "msg": "m", "data": data}), {})
        task = wire.read_task("t1", answer, FAMILIES[family])
    except KieError:
        return
    assert_real_json_record(task)
    assert task.task_id


@FUZZ
@given(
    family=st.sampled_from([f for f in FAMILIES if f != "market"]),
    flag=scalars,
    status=scalars,
)
def test_no_undocumented_status_is_a_failure(family: str, flag: Any, status: Any) -> None:
    count("status semantics (dedicated families)")
    data = {"taskId": "t1", "successFlag": flag, "status": status, "state": status}
    task = wire.read_task(
        "t1", wire.parse_response(REQUEST, 200, encode({"code": 200, "data": data}), {}), FAMILIES[family]
    )
    if task.state is KieTaskState.FAIL:
        documented = {2, 3, "2", "3", "CREATE_TASK_FAILED", "GENERATE_AUDIO_FAILED", "SENSITIVE_WORD_ERROR"}
        documented |= {"GENERATE_FAILED", "fail"}
        said = [v.strip() if isinstance(v, str) else v for v in (flag, status)]  # "2 " is kie.ai's 2 too
        assert any(v in documented or (isinstance(v, float) and v in (2.0, 3.0)) for v in said), (flag, status)


@HEAVY
@given(data=st.one_of(json_values, records))
def test_the_other_wire_readers_answer_a_value_or_a_kie_error(data: Any) -> None:
    count("read_task_id / read_credits / read_upload_url / read_download_url / read_veo_4k")
    for reader in (wire.read_task_id, wire.read_credits, wire.read_upload_url, wire.read_download_url):
        try:
            reader(data)
        except KieError:
            pass
    wire.read_veo_4k({"data": data})


@FUZZ
@given(
    value=st.one_of(
        st.none(), st.text(max_size=40), st.sampled_from(["1e999", "nan", "inf", "-inf", "9" * 400, "-1", "120"])
    )
)
def test_retry_after_is_a_finite_wait_or_none(value: str | None) -> None:
    count("parse_retry_after")
    wait = wire.parse_retry_after(value)
    assert wait is None or (math.isfinite(wait) and wait >= 0)


@HEAVY
@given(code=scalars, msg=scalars, data=records, family=st.sampled_from([None, *sorted(FAMILIES)]))
def test_read_callback_reads_any_envelope(code: Any, msg: Any, data: dict[str, Any], family: str | None) -> None:
    count("read_callback")
    envelope = load_json(encode({"code": code, "msg": msg, "data": data}))  # as the verifier parses it
    task, _ = read_callback(envelope, family)
    if task.state is KieTaskState.FAIL:
        assert code != 200
    json.dumps(task.to_dict(), allow_nan=False)


@FUZZ
@given(
    headers=st.dictionaries(st.sampled_from([SIGNATURE_HEADER, TIMESTAMP_HEADER, "x-other"]), st.text(max_size=30)),
    body=st.one_of(st.binary(max_size=200), json_values.map(encode), records.map(lambda d: encode({"data": d}))),
)
def test_verify_webhook_answers_a_record_or_names_the_failed_check(headers: dict[str, str], body: bytes) -> None:
    count("verify_webhook (any headers and body)")
    try:
        verify_webhook(headers, body, KEY)
    except KieWebhookVerificationError as error:
        assert error.check


@HEAVY
@given(code=scalars, data=records, task_id=st.text(min_size=1, max_size=20))
def test_a_signed_callback_of_any_shape_reads_into_real_json(code: Any, data: dict[str, Any], task_id: str) -> None:
    count("verify_webhook (signed, any data)")
    data = {**data, "taskId": task_id}
    stamp = str(int(time.time()))
    headers = {SIGNATURE_HEADER: signature(KEY, task_id, stamp), TIMESTAMP_HEADER: stamp}
    try:
        task = verify_webhook(headers, encode({"code": code, "msg": "m", "data": data}), KEY)
    except KieWebhookVerificationError as error:
        assert error.check == "malformed_body"  # e.g. a body over the size limit
        return
    assert task.task_id == task_id
    assert_real_json_record(task)


@FUZZ
@given(value=st.one_of(st.text(max_size=60), http_urls, st.binary(max_size=20), st.integers(), st.none()))
def test_the_url_rule_answers_a_bool_and_means_it(value: Any) -> None:
    count("is_http_url")
    verdict = is_http_url(value)
    assert isinstance(verdict, bool)
    if verdict:
        parts = urlsplit(value.strip())
        assert parts.scheme.lower() in ("http", "https") and parts.hostname


@FUZZ
@given(value=http_urls, other=st.sampled_from(["ftp", "file", "javascript", "data", "ws"]))
def test_the_url_rule_accepts_every_http_url_and_no_other_scheme(value: str, other: str) -> None:
    count("is_http_url (http(s) URLs and other schemes)")
    assert is_http_url(value) is True
    assert is_http_url(other + value.strip()[value.strip().index(":") :]) is False
