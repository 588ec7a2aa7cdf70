"""The model catalogue and its validation: what users may write, and what goes on the wire."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import pytest

from kie_provider.catalogue import CATALOGUE, validate_input
from kie_provider.exceptions import KieValidationError
from kie_provider.models import KieTask, KieTaskState
from kie_provider.operators import kie as operators

SEEDS = {
    "topaz/image-upscale": "KieTopazImageUpscaleOperator",
    "google/nano-banana-edit": "KieNanoBananaEditOperator",
    "bytedance/seedream-v4-text-to-image": "KieSeedreamV4TextToImageOperator",
    "bytedance/v1-pro-fast-image-to-video": "KieBytedanceV1ProFastImageToVideoOperator",
    "kling/v1-avatar-standard": "KieKlingV1AvatarStandardOperator",
}


def test_catalogue_keeps_the_five_seed_models_with_their_operators_and_every_model_has_one():
    for model, operator in SEEDS.items():
        assert CATALOGUE[model].operator_name == operator and CATALOGUE[model].family == "market"
    assert len({spec.operator_name for spec in CATALOGUE.values()}) == len(CATALOGUE)
    for spec in CATALOGUE.values():
        cls = getattr(operators, spec.operator_name)
        assert cls.model_spec is spec
        for field in spec.fields:
            assert f":param {field.arg}:" in cls.__doc__


def test_every_entry_cites_its_documentation_and_says_what_it_makes():
    for spec in CATALOGUE.values():
        assert spec.source.startswith(("https://docs.kie.ai/", "https://kie.ai/")) or spec.model in SEEDS, spec.model
        assert spec.output_kind in ("image", "video", "audio"), spec.model
        assert spec.example_input or spec.example_source == "none published", f"{spec.model} has no example input"


@pytest.mark.parametrize("model", list(CATALOGUE))
def test_examples_validate_unchanged(model):
    example = dict(CATALOGUE[model].example_input)
    wire = validate_input(model, example)
    if model == "kling/v1-avatar-standard":
        assert wire == {**example, "prompt": ""}
        return
    assert set(wire) == set(example)
    for key, value in example.items():
        # A page whose example sends a number as a digit string ("6" for a number field) gets the documented type.
        assert wire[key] == value or (isinstance(value, str) and str(wire[key]) == value), (key, value, wire[key])


@pytest.mark.parametrize(
    ("model", "given", "expected"),
    [
        ("topaz/image-upscale", {"upscale_factor": 2}, {"upscale_factor": "2"}),
        ("topaz/image-upscale", {"upscale_factor": 8.0}, {"upscale_factor": "8"}),
        ("topaz/image-upscale", {"upscale_factor": "4"}, {"upscale_factor": "4"}),
        ("bytedance/seedream-v4-text-to-image", {"max_images": "3"}, {"max_images": 3}),
        ("bytedance/seedream-v4-text-to-image", {"max_images": "6"}, {"max_images": 6}),
        ("bytedance/seedream-v4-text-to-image", {"seed": "-42"}, {"seed": -42}),
        ("bytedance/seedream-v4-text-to-image", {"seed": None}, {}),
        ("bytedance/v1-pro-fast-image-to-video", {"duration": 10}, {"duration": "10"}),
        ("google/nano-banana-edit", {"image_urls": "https://a.com/x.png"}, {"image_urls": ["https://a.com/x.png"]}),
        (
            "google/nano-banana-edit",
            {"image_urls": "['https://a.com/x.png', 'https://a.com/y.png']"},
            {"image_urls": ["https://a.com/x.png", "https://a.com/y.png"]},
        ),
        ("google/nano-banana-edit", {"image_urls": '["https://a.com/x.png"]'}, {"image_urls": ["https://a.com/x.png"]}),
    ],
)
def test_values_are_normalised_to_documented_wire_types(model, given, expected):
    base = {
        "topaz/image-upscale": {"image_url": "https://a.com/x.png", "upscale_factor": "2"},
        "bytedance/seedream-v4-text-to-image": {"prompt": "p"},
        "bytedance/v1-pro-fast-image-to-video": {"prompt": "p", "image_url": "https://a.com/x.png"},
        "google/nano-banana-edit": {"prompt": "p", "image_urls": ["https://a.com/z.png"]},
    }[model]
    wire = validate_input(model, {**base, **given})
    for key in list(given):
        if key in expected:
            assert wire[key] == expected[key]
            assert type(wire[key]) is type(expected[key])
        else:
            assert key not in wire


@pytest.mark.parametrize(
    ("model", "values", "field", "allowed"),
    [
        ("topaz/image-upscale", {"image_url": "https://a.com/x.png", "upscale_factor": True}, "upscale_factor", "'1'"),
        ("bytedance/seedream-v4-text-to-image", {"prompt": "p", "max_images": 7}, "max_images", "from 1 to 6"),
        ("bytedance/seedream-v4-text-to-image", {"prompt": "p", "max_images": "many"}, "max_images", "number"),
        ("bytedance/seedream-v4-text-to-image", {"prompt": "x" * 5001}, "prompt", "at most 5000"),
        ("bytedance/seedream-v4-text-to-image", {"prompt": 5}, "prompt", "string"),
        (
            "google/nano-banana-edit",
            {"prompt": "p", "image_urls": ["https://a.com/x.png"] * 11},
            "image_urls",
            "1 to 10",
        ),
        ("google/nano-banana-edit", {"prompt": "p", "image_urls": ["file:///etc/passwd"]}, "image_urls", "http(s)"),
        ("topaz/image-upscale", {"image_url": "http:///no-host.png", "upscale_factor": "2"}, "image_url", "http(s)"),
        ("kling/v1-avatar-standard", {"image_url": "https://a.com/x.png"}, "audio_url", "audio/mpeg"),
        (
            "topaz/image-upscale",
            {"image_url": "https://a.com/x.png", "upscale_factor": "2", "image_urls": ["https://a.com/x.png"]},
            "image_urls",
            "did you mean `image_url`?",
        ),
        (
            "google/nano-banana-edit",
            {"prompt": "p", "imageUrls": ["https://a.com/x.png"]},
            "imageUrls",
            "did you mean `image_urls`?",
        ),
    ],
)
def test_bad_values_name_field_value_and_what_is_allowed(model, values, field, allowed):
    with pytest.raises(KieValidationError) as err:
        validate_input(model, values)
    assert field in err.value.fields
    message = str(err.value)
    assert f"- {field}: got" in message and allowed in message


def test_every_problem_is_reported_at_once():
    with pytest.raises(KieValidationError) as err:
        validate_input("bytedance/v1-pro-fast-image-to-video", {"resolution": "4k", "nsfw_checker": "maybe"})
    assert set(err.value.fields) == {"prompt", "image_url", "nsfw_checker"}
    assert "(3 problems)" in str(err.value)


def test_deferred_values_are_only_skipped_at_parse_time():
    values = {"image_url": "{{ ti.xcom_pull('gen')['result_urls'][0] }}", "upscale_factor": "{{ params.f }}"}
    assert validate_input("topaz/image-upscale", values, allow_deferred=True) == values
    with pytest.raises(KieValidationError):
        validate_input("topaz/image-upscale", values)


SUCCESS_RECORD = {
    "completeTime": 1755599644000,
    "consumeCredits": 100,
    "costTime": 8,
    "createTime": 1755599634000,
    "model": "topaz/image-upscale",
    "param": '{"callBackUrl":"https://your-domain.com/api/callback","model":"topaz/image-upscale",'
    '"input":{"image_url":"https://static.aiquickdraw.com/x.png","upscale_factor":"2"}}',
    "remainedCredits": 2510330,
    "resultJson": '{"resultUrls":["https://example.com/generated-image.jpg"]}',
    "state": "success",
    "taskId": "e989621f54392584b05867f87b160672",
    "updateTime": 1755599644000,
}


def test_task_record_from_the_seed_callback_example():
    task = KieTask.from_record(SUCCESS_RECORD)
    assert task.task_id == "e989621f54392584b05867f87b160672"
    assert task.state is KieTaskState.SUCCESS and task.succeeded and task.is_terminal
    assert task.result_urls == ["https://example.com/generated-image.jpg"]
    assert task.input == {"image_url": "https://static.aiquickdraw.com/x.png", "upscale_factor": "2"}
    assert task.cost_time == 8 and task.consume_credits == 100 and task.remained_credits == 2510330
    assert task.create_time.isoformat() == "2025-08-19T10:33:54+00:00"
    assert KieTask.from_dict(task.to_dict()) == task


def test_failed_record_keeps_fail_code_as_string_and_running_records_tolerate_gaps():
    failed = KieTask.from_record(
        {"taskId": "t", "state": "fail", "failCode": "500", "failMsg": "Internal server error"}
    )
    assert failed.fail_code == "500" and failed.is_terminal and not failed.succeeded
    running = KieTask.from_record({"taskId": "t", "state": "generating", "resultJson": "", "param": "not json"})
    assert running.state is KieTaskState.GENERATING and not running.is_terminal
    assert running.result_urls == [] and running.param is None and running.complete_time is None
    assert KieTaskState.parse("something-new") is KieTaskState.UNKNOWN
    assert [s.value for s in KieTaskState if s.is_terminal()] == ["success", "fail"]


# --- the validation policy: refuse only what is certainly wrong ------------------------------------

TOPAZ = {"image_url": "https://a.com/x.png", "upscale_factor": "2"}


def test_an_unlisted_enum_value_is_sent_as_given_with_a_warning_naming_it(caplog):
    with caplog.at_level("WARNING", logger="kie_provider.schema"):
        wire = validate_input("topaz/image-upscale", {**TOPAZ, "upscale_factor": 16}, strict=False)
    assert wire["upscale_factor"] == "16"  # the documented wire type, as given
    assert "upscale_factor" in caplog.text and "'16'" in caplog.text and "sent as given" in caplog.text


def test_an_unknown_field_that_is_no_near_miss_is_sent_with_a_warning(caplog):
    with caplog.at_level("WARNING", logger="kie_provider.schema"):
        wire = validate_input("topaz/image-upscale", {**TOPAZ, "face_enhance": True}, strict=False)
    assert wire == {**TOPAZ, "face_enhance": True}
    assert "face_enhance" in caplog.text and "not a field the catalogue knows" in caplog.text


def test_parse_time_checks_do_not_warn(caplog):
    with caplog.at_level("WARNING", logger="kie_provider.schema"):
        validate_input("topaz/image-upscale", {**TOPAZ, "face_enhance": True}, allow_deferred=True, strict=False)
    assert not caplog.text


@pytest.mark.parametrize("extra", [{"upscale_factor": "16"}, {"face_enhance": True}])
def test_strict_validation_refuses_what_is_otherwise_sent_with_a_warning(extra, monkeypatch):
    with pytest.raises(KieValidationError, match="strict validation") as err:
        validate_input("topaz/image-upscale", {**TOPAZ, **extra}, strict=True)
    assert err.value.fields == list(extra)
    # The deployment-wide option does the same when the operator does not choose.
    monkeypatch.setenv("AIRFLOW__KIE__STRICT_VALIDATION", "True")
    with pytest.raises(KieValidationError, match="strict validation"):
        validate_input("topaz/image-upscale", {**TOPAZ, **extra})
    assert validate_input("topaz/image-upscale", {**TOPAZ, **extra}, strict=False)


def test_a_value_that_is_not_json_is_refused_even_in_an_unknown_field():
    with pytest.raises(KieValidationError, match="not a JSON value"):
        validate_input("topaz/image-upscale", {**TOPAZ, "face_enhance": b"\x00"}, strict=False)


def test_docs_additions_on_the_seed_models_are_accepted_strictly():
    # Refused before the catalogue followed the docs (issue 19).
    cases = {
        "bytedance/v1-pro-fast-image-to-video": {
            "prompt": "p",
            "image_url": "https://a.com/x.png",
            "nsfw_checker": True,
        },
        "bytedance/seedream-v4-text-to-image": {"prompt": "p", "nsfw_checker": False},
        "veo/generate": {"prompt": "p", "model": "veo3_lite", "resolution": "4k", "duration": 6},
        "runway/generate": {"prompt": "p", "duration": 10, "quality": "1080p"},
        "suno/generate": {"prompt": "p", "customMode": False, "instrumental": False, "model": "V5_5"},
    }
    for model, values in cases.items():
        assert validate_input(model, values, strict=True), model


def _seed_documents():
    for path in sorted(SEED_DIR.glob("*.txt")):
        text = path.read_text()
        body = json.loads(re.search(r"-d '(\{.*?\})'", text, re.DOTALL).group(1))
        options: dict[str, list[str]] = {}
        for section in re.split(r"\ninput\.", text)[1:]:
            name = section.split("\n", 1)[0].strip()
            block = section.split("Available options:", 1)
            if len(block) == 2:
                lines = [line.strip() for line in block[1].split("Example:")[0].splitlines() if line.strip()]
                options[name] = [lines[i - 1] for i, line in enumerate(lines) if line == "-"]
            else:
                options.setdefault(name, [])
        yield path.name, body, options


#: The five seed documents the project started from (copied from the project's shared folder).
SEED_DIR = Path(__file__).resolve().parent.parent / "data" / "seeds"


def test_every_seed_model_field_and_value_stays_accepted():
    documents = list(_seed_documents())
    assert len(documents) == 5
    for name, body, options in documents:
        model = body["model"]
        spec = CATALOGUE[model]
        assert validate_input(model, body["input"], strict=True), name
        for field, values in options.items():
            assert field in spec.field_names, (name, field)
            for value in values:
                wire = validate_input(model, {**body["input"], field: value}, strict=True)
                assert str(wire[field]) == value, (name, field, value)


def test_a_docs_page_example_kept_beside_a_seed_example_is_sent_too():
    entries = json.loads((Path(__file__).resolve().parents[2] / "kie_provider" / "catalogue.json").read_text())
    kept = [e for e in entries if "docs_example_input" in e]
    assert kept  # the seed models whose docs page shows a newer example (nsfw_checker ...)
    for entry in kept:
        assert validate_input(entry["model"], entry["docs_example_input"], strict=True), entry["model"]


def test_every_market_model_of_the_docs_snapshot_has_a_typed_operator():
    from kie_provider.catalogue_build import MARKET_PATH, load_pages, page_model_ids

    documented = set()
    for page in load_pages():
        if page["path"] == MARKET_PATH:
            example, enum = page_model_ids(page)
            documented |= {example, *enum} - {None}
    assert len(documented) == 136
    for model in documented:
        assert operators.MODEL_OPERATORS[model].model_spec.model == model
    # Generated signatures: a required field has no default, an enum is a Literal beside str.
    signature = inspect.signature(operators.KieVeoGenerateOperator.__init__)
    assert signature.parameters["prompt"].default is inspect.Parameter.empty
    assert "Literal['veo3', 'veo3_fast', 'veo3_lite'] | str" in str(signature.parameters["model_version"].annotation)


def test_typed_operators_require_required_fields_and_take_extra_input():
    with pytest.raises(TypeError, match="image_url"):
        operators.KieTopazImageUpscaleOperator(task_id="up", upscale_factor="2")
    op = operators.KieTopazImageUpscaleOperator(
        task_id="up", image_url="https://a.com/x.png", upscale_factor="2", extra_input={"face_enhance": True}
    )
    assert op.input == {**TOPAZ, "face_enhance": True}
    with pytest.raises(TypeError, match="both as arguments and in extra_input"):
        operators.KieTopazImageUpscaleOperator(
            task_id="up", image_url="https://a.com/x.png", upscale_factor="2", extra_input={"upscale_factor": "4"}
        )
    # A near miss in extra_input is still refused, when the DAG is parsed.
    with pytest.raises(KieValidationError, match="did you mean `image_url`"):
        operators.KieTopazImageUpscaleOperator(
            task_id="up", image_url="https://a.com/x.png", upscale_factor="2", extra_input={"imageUrl": "x"}
        )
    with pytest.raises(KieValidationError, match="strict validation"):
        operators.KieTopazImageUpscaleOperator(
            task_id="up", image_url="https://a.com/x.png", upscale_factor="16", strict_validation=True
        )
