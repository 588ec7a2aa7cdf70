"""``verify_webhook`` reads every family's callback into the same record (issue 19 item 4).

The bodies are kie.ai's own callback examples, stored in ``data/kie_callbacks.json`` with the page each is
printed on. Each is signed as kie.ai signs it and must come back as its documented success or failure.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from kie_provider.families import FAMILIES
from kie_provider.models import KieTaskState
from kie_provider.records import callback_family, read_callback
from kie_provider.webhooks import SIGNATURE_HEADER, TIMESTAMP_HEADER, signature, verify_webhook

KEY = "whk-unit-test-key"
EXAMPLES = json.loads((Path(__file__).parent / "data" / "kie_callbacks.json").read_text())["examples"]


def signed(body: dict[str, Any]) -> tuple[dict[str, str], bytes]:
    data = body["data"]
    task_id = data.get("taskId") or data.get("task_id")
    stamp = str(int(time.time()))
    return {SIGNATURE_HEADER: signature(KEY, task_id, stamp), TIMESTAMP_HEADER: stamp}, json.dumps(body).encode()


def test_every_family_has_a_success_and_a_failure_example() -> None:
    families = {(e["family"], e["expect"]["state"]) for e in EXAMPLES}
    for name in ("market", "veo", "runway", "suno", "gpt4o_image", "flux_kontext", "midjourney"):
        assert {(name, "success"), (name, "fail")} <= families, name
    assert all(e["page"].startswith("https://docs.kie.ai/") for e in EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["name"] for e in EXAMPLES])
def test_a_documented_callback_reads_into_its_record(example: dict[str, Any]) -> None:
    headers, body = signed(example["body"])
    task = verify_webhook(headers, body, KEY)
    for field, value in example["expect"].items():
        got = getattr(task, field)
        assert (got.value if isinstance(got, KieTaskState) else got) == value, (field, got)
    if task.state is KieTaskState.FAIL:
        assert task.fail_code and task.fail_msg and not task.result_urls


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["name"] for e in EXAMPLES])
def test_the_family_is_told_from_the_shape_or_given(example: dict[str, Any]) -> None:
    told = callback_family(example["body"]["data"])
    assert told in (example["family"], None)
    given, name = read_callback(example["body"], example["family"])
    assert name == example["family"] and given.state.value == example["expect"]["state"]


@pytest.mark.parametrize("code", [202, 299, 418, 600, -1, 10**40])
@pytest.mark.parametrize("family", ["veo", "runway", "suno", "gpt4o_image", "flux_kontext", "midjourney"])
def test_a_code_no_page_calls_a_failure_is_unknown_not_failed(family: str, code: int) -> None:
    task, _ = read_callback({"code": code, "msg": "?", "data": {"taskId": "t", "task_id": "t"}}, family)
    assert task.state is KieTaskState.UNKNOWN and not task.is_terminal


def test_an_undocumented_suno_stage_is_unknown() -> None:
    task, _ = read_callback({"code": 200, "data": {"callbackType": "partial", "task_id": "t", "data": []}})
    assert task.state is KieTaskState.UNKNOWN


@pytest.mark.parametrize("body", ['{"code": 1e999, "data": {"taskId": "t"}}', '{"code": NaN, "data": {"taskId": "t"}}'])
def test_odd_numbers_in_a_callback_do_not_crash(body: str) -> None:
    stamp = str(int(time.time()))
    headers = {SIGNATURE_HEADER: signature(KEY, "t", stamp), TIMESTAMP_HEADER: stamp}
    task = verify_webhook(headers, body, KEY)
    assert task.task_id == "t" and task.state is KieTaskState.UNKNOWN
    json.dumps(task.to_dict(), allow_nan=False)


def test_a_400_digit_timestamp_is_refused_by_name() -> None:
    from kie_provider.exceptions import KieWebhookVerificationError

    headers = {SIGNATURE_HEADER: "x", TIMESTAMP_HEADER: "9" * 400}
    with pytest.raises(KieWebhookVerificationError) as info:
        verify_webhook(headers, '{"data": {"taskId": "t"}}', KEY)
    assert info.value.check == "bad_timestamp"


#: An extension calls back in the shape of what it extends (kie_provider.records.CALLBACK_SHAPES).
EXTENSIONS = {"veo": "veo_extend", "suno": "suno_extend", "runway": "runway_extend"}


@pytest.mark.parametrize(
    "example", [e for e in EXAMPLES if e["family"] in EXTENSIONS], ids=lambda e: e["name"].replace(" ", "_")
)
def test_an_extension_callback_reads_like_its_generation_with_its_own_model(example: dict[str, Any]) -> None:
    # Suno's extend page names the same callback stages (text, first, complete) as its generate page; Runway's
    # and Veo's extensions are reported by their generation's record endpoint. A receiver that knows it is
    # waiting for an extension says so, and gets the extension's catalogue model on the same record.
    family = EXTENSIONS[example["family"]]
    headers, body = signed(example["body"])
    task = verify_webhook(headers, body, KEY, family=family)
    for field, value in example["expect"].items():
        got = getattr(task, field)
        if field == "model":
            value = FAMILIES[family].model
        assert (got.value if isinstance(got, KieTaskState) else got) == value, (field, got)
    assert task.model == FAMILIES[family].model  # suno/extend, runway/extend, veo/extend
