"""Bad input, any input: every value for every field of every model validates to a documented wire type or is refused.

Property-based (hypothesis) over the whole catalogue. Validation is total (it answers every value
with wire data or :class:`KieValidationError`, never another exception), exact (what it accepts is
what kie.ai documents), and pure (no request ever leaves, checked on a live emulator's counters).
Only http(s) URLs go to kie.ai: callback URLs and connection hosts of other schemes are refused.
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from conftest import TEST_API_KEY, connection_json
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kie_provider import wire
from kie_provider.catalogue import CATALOGUE, FieldSpec, ModelSpec, validate_input
from kie_provider.config import KieConnectionConfig
from kie_provider.emulator import KieEmulator
from kie_provider.exceptions import KieValidationError
from kie_provider.hooks.kie import KieHook
from kie_provider.schema import near_miss

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-10, max_value=10),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([math.nan, math.inf, -math.inf, 2.0, 2.5, -0.0]),
    st.text(),
    st.binary(),
)
ANY = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=4), inner, max_size=4)),
    max_leaves=8,
)
URLISH = st.one_of(
    st.builds(
        lambda scheme, rest: f"{scheme}{rest}",
        st.sampled_from(["http://", "https://", "HTTPS://", "ftp://", "file://", "javascript:", " https://", ""]),
        st.text(max_size=20),
    ),
    st.sampled_from(["https://example.com/a.png", "http://x", "https://", "file:///etc/passwd"]),
)


def near_valid(spec: FieldSpec) -> st.SearchStrategy[Any]:
    """Values close to what the field accepts, so acceptance is exercised as much as refusal."""
    if spec.options and spec.type != "string_list":
        options = st.sampled_from(spec.options)
        text = options.map(str)
        return st.one_of(options, text.map(lambda o: o + " "), text.map(str.upper), st.integers(0, 10))
    if spec.type == "boolean":
        return st.one_of(st.booleans(), st.sampled_from(["true", "False", " TRUE ", "yes", "0", 0, 1]))
    if spec.type == "number":
        low = spec.minimum if spec.minimum is not None else -100
        high = spec.maximum if spec.maximum is not None else 100
        edges = st.sampled_from([low - 0.5, low, high, high + 0.5, (low + high) / 2])
        return st.one_of(edges, edges.map(str), st.floats(low - 1, high + 1))
    if spec.type == "string_list":
        return st.one_of(st.lists(st.text(max_size=5), max_size=(spec.max_items or 3) + 2), st.text(max_size=5))
    if spec.type == "integer":
        low = spec.minimum if spec.minimum is not None else -100
        high = spec.maximum if spec.maximum is not None else 100
        edges = st.sampled_from([low - 1, low, high, high + 1])
        return st.one_of(edges, edges.map(str), edges.map(float), st.integers(low - 2, low + 8).map(lambda n: f" {n} "))
    if spec.type == "url":
        return URLISH
    if spec.type == "url_list":
        return st.one_of(
            st.lists(URLISH, max_size=(spec.max_items or 3) + 2),
            st.lists(URLISH, max_size=3).map(json.dumps),
            st.lists(URLISH, max_size=3).map(repr),
            st.lists(URLISH, max_size=3).map(tuple),
        )
    return st.one_of(
        st.text(max_size=20),
        st.sampled_from(["", " ", "\n"]),
        # Lengths at the documented limit, one under and one over.
        st.integers((spec.max_length or 10) - 1, (spec.max_length or 10) + 1).map(lambda n: "é" * n),
    )


def is_http(value: Any) -> bool:
    return (
        isinstance(value, str) and value.lower().startswith(("http://", "https://")) and bool(value.split("://", 1)[1])
    )


def assert_wire(spec: FieldSpec, value: Any) -> None:
    """``value`` is exactly what kie.ai documents for ``spec``."""
    if spec.options and spec.type == "string":
        # A value the enum does not list is sent as given (with a warning), but always as the documented type.
        assert type(value) is str
    elif spec.type == "boolean":
        assert type(value) is bool
    elif spec.type == "number":
        assert type(value) in (int, float) and math.isfinite(value)
        assert spec.minimum is None or value >= spec.minimum
        assert spec.maximum is None or value <= spec.maximum
    elif spec.type == "string_list":
        assert type(value) is list and all(type(v) is str for v in value)
        assert spec.max_items is None or len(value) <= spec.max_items
    elif spec.type == "integer":
        assert type(value) is int
        assert spec.minimum is None or value >= spec.minimum
        assert spec.maximum is None or value <= spec.maximum
    elif spec.type == "url":
        assert value == "" or (is_http(value) and value == value.strip())
    elif spec.type == "url_list":
        assert type(value) is list and len(value) <= (spec.max_items or len(value))
        assert all(is_http(v) for v in value)
    elif spec.type == "list":
        assert type(value) is list and len(value) <= (spec.max_items or len(value))
    elif spec.type == "object":
        assert type(value) is dict
    else:
        assert type(value) is str and (spec.max_length is None or len(value) <= spec.max_length)


def check(model: ModelSpec, values: dict[str, Any]) -> None:
    """Validate: wire data or KieValidationError naming each bad field, nothing else, and JSON-safe output."""
    try:
        normalised = validate_input(model.model, values)
    except KieValidationError as error:
        assert error.problems, "a refusal must say which field is wrong"
        for name, _, allowed in error.problems:
            assert name in str(error) and allowed
        return
    for name, value in normalised.items():
        if name in model.field_names:
            assert_wire(model.field(name), value)
        else:  # an unknown field that is no near miss of a known one: sent as given
            assert values[name] is value and near_miss(name, model.field_names) is None
    for f in model.fields:
        if f.required:
            assert f.name in normalised
    # What would go out is strict JSON: no NaN, no infinity, no bytes.
    request = wire.create_task_request(CONFIG, model.model, normalised)
    json.dumps(request.json, allow_nan=False)


CONFIG = KieConnectionConfig(api_key="unused", base_url="http://127.0.0.1:9")
MODELS = list(CATALOGUE.values())
FIELDS = [(m, f) for m in MODELS for f in m.fields]


@st.composite
def one_field_changed(draw: st.DrawFn) -> tuple[ModelSpec, dict[str, Any]]:
    model, spec = draw(st.sampled_from(FIELDS))
    values = dict(model.example_input)
    values[spec.name] = draw(st.one_of(ANY, near_valid(spec)))
    return model, values


@st.composite
def any_input(draw: st.DrawFn) -> tuple[ModelSpec, Any]:
    model = draw(st.sampled_from(MODELS))
    keys = st.one_of(st.sampled_from(model.field_names), st.text(max_size=8)) if model.fields else st.text(max_size=8)
    values = draw(st.dictionaries(keys, ANY, max_size=6))
    return model, values


@pytest.fixture
def watched_emulator(monkeypatch: pytest.MonkeyPatch):
    """A live emulator the connection points at: if validation ever sent anything, it would count it."""
    with KieEmulator(api_key=TEST_API_KEY) as emu:
        monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emu))
        yield emu
    stats = emu.stats()
    assert stats["connections"] == 0 and stats["create_requests"] == 0 and stats["tasks_created"] == 0


PROPERTY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@PROPERTY
@given(case=one_field_changed())
def test_any_value_of_any_field_validates_exactly_or_is_refused(watched_emulator, case):
    model, values = case
    check(model, values)


@PROPERTY
@given(case=any_input())
def test_any_input_object_validates_exactly_or_is_refused(watched_emulator, case):
    model, values = case
    check(model, values)


@settings(max_examples=100, deadline=None)
@given(model=st.sampled_from(MODELS), values=ANY)
def test_input_that_is_not_an_object_is_refused(model, values):
    if isinstance(values, dict):
        return check(model, values)
    with pytest.raises(KieValidationError, match="must be a mapping"):
        validate_input(model.model, values)


def test_documented_examples_validate_unchanged():
    for model in MODELS:
        sent = validate_input(model.model, model.example_input)
        for name, value in model.example_input.items():
            # A digit string sent for a number field (a docs self-contradiction, noted) goes out as the number.
            assert sent[name] == value or (isinstance(value, str) and str(sent[name]) == value), (model.model, name)


DOCUMENTED_VALUES = [
    (m, f, option)
    for m in MODELS
    for f in m.fields
    if f.options and f.type in ("string", "integer")
    for option in f.options
]


@pytest.mark.parametrize(
    ("model", "field", "option"), DOCUMENTED_VALUES, ids=[f"{m.model}:{f.name}={o}" for m, f, o in DOCUMENTED_VALUES]
)
def test_every_documented_value_is_accepted_even_under_strict_validation(model, field, option):
    values = {**model.example_input, field.name: option}
    assert validate_input(model.model, values, strict=True)[field.name] == option


# --- only http(s) is ever sent to kie.ai or fetched from it ---------------------------------------

BAD_SCHEMES = ["file:///etc/passwd", "ftp://example.com/cb", "javascript:alert(1)", "gopher://x", "//example.com/cb"]


@pytest.mark.parametrize("url", BAD_SCHEMES)
def test_callback_url_of_another_scheme_is_refused_before_any_request(emulator, url):
    with pytest.raises(KieValidationError, match="callback_url") as err:
        KieHook().create_task("bytedance/seedream-v4-text-to-image", {"prompt": "a cat"}, callback_url=url)
    assert err.value.fields == ["callback_url"] and "http(s)" in str(err.value)
    assert emulator.stats()["connections"] == 0


@pytest.mark.parametrize("host", ["ftp://api.kie.ai", "file:///tmp/kie", "ws://127.0.0.1:8000", "https://"])
@pytest.mark.parametrize("field", ["host", "upload_base_url"])
def test_connection_urls_of_another_scheme_are_refused(emulator, monkeypatch, host, field):
    conn = {"conn_type": "kie", "host": emulator.url, "password": TEST_API_KEY, "extra": {}}
    if field == "host":
        conn["host"] = host
    else:
        conn["extra"] = {"upload_base_url": host}
    monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", json.dumps(conn))
    with pytest.raises(KieValidationError, match="not an http\\(s\\) URL"):
        KieHook().get_credits()
    assert emulator.stats()["connections"] == 0


@pytest.mark.parametrize("url", BAD_SCHEMES)
def test_file_fields_refuse_other_schemes(url):
    for model, spec in FIELDS:
        if spec.is_file:
            values = dict(model.example_input)
            values[spec.name] = [url] if spec.type == "url_list" else url
            with pytest.raises(KieValidationError) as err:
                validate_input(model.model, values)
            assert err.value.fields == [spec.name]
