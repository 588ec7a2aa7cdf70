"""Adopting a taskId (issue 17, item 2): a task's own record always fits; another model or input never does."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kie_provider.adoption import check_adoptable, check_same_input, input_differences
from kie_provider.catalogue import CATALOGUE, family_of, validate_input
from kie_provider.exceptions import KieValidationError
from kie_provider.models import KieTask

#: Every catalogue model with a documented (or curated) example input.
EXAMPLES = sorted((name, spec) for name, spec in CATALOGUE.items() if spec.example_input)


def _recorded(model: str, values: dict) -> KieTask:
    """kie.ai's record of a task created with ``values``, as it comes back (``param`` as JSON, then parsed)."""
    family = family_of(model)
    body = family.create_body(model, validate_input(model, values, strict=False), "https://example.com/cb")
    return KieTask(task_id="t1", model=model if family.wraps_input else None, param=json.loads(json.dumps(body)))


@pytest.mark.parametrize(("model", "spec"), EXAMPLES, ids=[name for name, _ in EXAMPLES])
def test_every_models_own_record_fits_its_input(model, spec):
    # What a retry of this very task sees: the record of what it sent. It must be adopted, never refused.
    task = _recorded(model, dict(spec.example_input))
    assert input_differences(task, family_of(model), model, dict(spec.example_input)) == []
    check_adoptable(task, model, family_of(model).name, "kie_task_id")


def test_a_recorded_value_kie_ai_spells_differently_still_fits():
    model = "topaz/image-upscale"
    task = KieTask(task_id="t", model=model, param={"input": {"image_url": "https://x/a.png", "upscale_factor": 2}})
    assert (
        input_differences(task, family_of(model), model, {"image_url": "https://x/a.png", "upscale_factor": "2"}) == []
    )


def test_another_value_of_a_given_field_is_refused_naming_both():
    model = "topaz/image-upscale"
    task = KieTask(task_id="t9", model=model, param={"input": {"image_url": "https://x/b.png", "upscale_factor": "2"}})
    with pytest.raises(KieValidationError) as raised:
        check_same_input(task, family_of(model), model, {"image_url": "https://x/a.png", "upscale_factor": "2"}, "k")
    message = str(raised.value)
    assert "image_url: this task sends 'https://x/a.png', kie.ai recorded 'https://x/b.png'" in message
    assert "t9" in message and "airflow kie forget" in message


def test_uploaded_files_and_fields_kie_ai_did_not_record_are_not_compared(tmp_path):
    # A local file becomes a new upload URL on every try; a field kie.ai's record leaves out proves nothing.
    model = "topaz/image-upscale"
    task = KieTask(task_id="t", model=model, param={"input": {"image_url": "https://tempfile.kie.ai/u/1.png"}})
    local = str(tmp_path / "cat.png")
    assert input_differences(task, family_of(model), model, {"image_url": local, "upscale_factor": "4"}) == []


@settings(max_examples=300, deadline=None, database=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
        max_leaves=8,
    )
)
def test_a_value_always_fits_itself_after_a_json_round_trip(value):
    from kie_provider.adoption import _same

    assert _same(value, json.loads(json.dumps(value)))


def test_nested_objects_differ_only_in_what_both_hold():
    from kie_provider.adoption import _same

    assert _same({"a": 2, "b": [1, "x"]}, {"a": "2", "b": ["1", "x"], "added_by_kie": True})
    assert not _same({"a": 2}, {"a": 3})
    assert not _same([1, 2], [1, 2, 3]) and not _same({"a": 1}, [1])


def test_a_tuple_fits_the_list_kie_ai_recorded_and_defaults_are_not_compared():
    # Airflow renders a tuple as a tuple; JSON sends it as an array, which is what kie.ai records.
    task = KieTask(task_id="t", model="some/new-model", param={"input": {"sizes": [1, 2]}})
    assert input_differences(task, family_of("some/new-model"), "some/new-model", {"sizes": (1, 2)}) == []
    # A field nobody gave is not compared, even where the catalogue fills in a default.
    model = "kling/v1-avatar-standard"
    recorded = KieTask(task_id="t", model=model, param={"input": {"prompt": "kie.ai's own default"}})
    given = {"image_url": "https://x/a.png", "audio_url": "https://x/a.mp3"}
    assert input_differences(recorded, family_of(model), model, given) == []
