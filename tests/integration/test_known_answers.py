"""
Known answers: each kie.ai docs page's own request example (the docs snapshot), given to the
provider, must reach kie.ai (the emulator) as exactly that body.

- A page whose model (or dedicated API) the catalogue knows: the example's input goes to
  ``KieCreateTaskOperator(model=..., input=...)`` and to the model's typed operator (wire names mapped
  to its snake_case arguments as the generator maps them); the body the emulator recorded must equal
  the example.
- A page the catalogue does not know yet: the example must be accepted by the emulator, whose
  judgement is kie.ai's published JSON Schema (never the provider's validator).

The cases are read from the snapshot and the catalogue at collection time, so coverage grows with
the catalogue. Operators run ``execute`` in-process against one emulator (no ``dag.test()``): the
operator logic, the hook and the HTTP exchange are real, the Airflow context is the two things
a non-durable, non-waiting execute reads (``ti.try_number``, ``ti.xcom_push``).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from conftest import TEST_API_KEY, connection_json

import kie_provider.operators.kie as typed_operators
from kie_provider.catalogue import CATALOGUE
from kie_provider.emulator import KieEmulator
from kie_provider.emulator.schemas import MARKET_PATH, dedicated_problems, page_examples, snapshot_pages
from kie_provider.families import get_family
from kie_provider.operators.base import KieCreateTaskOperator

#: Endpoints whose example extends a task made earlier (``veo_task_abcdef123456``), which no emulator holds:
#: the model that makes such a task. The example is replayed with the taskId of one this emulator made
#: (every other field as the page prints it), so the comparison is still the whole body.
NEEDS_A_TASK = {
    "/api/v1/veo/extend": "veo/generate",
    "/api/v1/runway/extend": "runway/generate",
    "/api/v1/wav/generate": "suno/generate",
    "/api/v1/vocal-removal/generate": "suno/generate",
    "/api/v1/mp4/generate": "suno/generate",
}
#: Of those, the ones that name one of the task's tracks too (``audioId``): replayed with its first track's id.
NEEDS_A_TRACK = frozenset({"/api/v1/wav/generate", "/api/v1/vocal-removal/generate", "/api/v1/mp4/generate"})
#: The catalogue's model for each dedicated create path (``/api/v1/veo/generate`` -> ``veo/generate``).
DEDICATED = {get_family(spec.family).create_path: model for model, spec in CATALOGUE.items() if spec.family != "market"}


@dataclass(frozen=True)
class Case:
    """One request example of one docs page."""

    url: str
    path: str
    body: dict[str, Any]
    index: int = 0

    @property
    def model(self) -> str | None:
        """The catalogue model this example is for, or ``None`` when the catalogue lacks it."""
        if self.path == MARKET_PATH:
            model = self.body.get("model")
            return model if model in CATALOGUE else None
        return DEDICATED.get(self.path)

    @property
    def input(self) -> dict[str, Any]:
        """The model's input: the Market's ``input`` object, or a dedicated body less ``callBackUrl``."""
        raw = self.body["input"] if self.path == MARKET_PATH else self.body
        return {_key(k): v for k, v in raw.items() if k != "callBackUrl"}

    @property
    def expected(self) -> dict[str, Any]:
        """
        The body the provider must send: the example, where the page contradicts itself read as its schema says.

        Two contradictions, each noted in the model's catalogue entry: a field key published with stray
        white space (``"reference_image "``) is sent by its name, and a numeral string where the page's
        schema types the field as a number (``"duration": "6"``) is sent as that number.
        """
        numbers = (
            {f.name for f in CATALOGUE[self.model].fields if f.type in ("integer", "number")} if self.model else set()
        )
        fixed = {k: _number(v) if k in numbers else v for k, v in self.input.items()}
        if self.path == MARKET_PATH:
            return {**self.body, "input": fixed}
        return {**fixed, **({"callBackUrl": self.body["callBackUrl"]} if "callBackUrl" in self.body else {})}

    @property
    def id(self) -> str:
        """A readable test id: the page and the example's model."""
        page = self.url.removeprefix("https://docs.kie.ai/").removesuffix(".md")
        name = f"{page}:{self.body.get('model', '')}" if self.path == MARKET_PATH else page
        return f"{name}#{self.index}" if self.index else name


def _key(name: str) -> str:
    return name.strip()


def _number(value: Any) -> Any:
    if isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", value.strip()):
        number = float(value)
        return int(number) if number.is_integer() and "." not in value else number
    return value


def _cases() -> list[Case]:
    cases: list[Case] = []
    seen: set[str] = set()
    for page in snapshot_pages():
        if page["method"] != "POST" or (page["path"] != MARKET_PATH and page["path"] not in DEDICATED):
            continue
        index = 0
        for example in page_examples(page):
            key = json.dumps([page["source_url"], example], sort_keys=True)
            if key not in seen and (page["path"] != MARKET_PATH or isinstance(example.get("input"), dict)):
                seen.add(key)
                cases.append(Case(page["source_url"], page["path"], example, index))
                index += 1
    return cases


CASES = _cases()
KNOWN = [c for c in CASES if c.model is not None]
UNKNOWN = [c for c in CASES if c.model is None]
#: Pages with no catalogue entry whose path the emulator does not serve (Runway Aleph, Suno's WAV ...).
OTHER_DEDICATED = [
    (page["source_url"], page["path"], example)
    for page in snapshot_pages()
    if page["method"] == "POST" and page["path"] not in (MARKET_PATH, *DEDICATED)
    for example in page_examples(page)
]


def _ids(cases: list[Case]) -> list[Any]:
    return [pytest.param(case, id=case.id) for case in cases]


class _TaskInstance:
    """What a non-durable execute that does not wait reads of its task instance."""

    try_number = 1

    def __init__(self) -> None:
        self.xcom: dict[str, Any] = {}

    def xcom_push(self, key: str, value: Any) -> None:
        self.xcom[key] = value


@pytest.fixture(scope="module")
def kie() -> Iterator[KieEmulator]:
    """One emulator for the module (no rate limit: every example in one burst), as ``kie_default``."""
    with KieEmulator(api_key=TEST_API_KEY, rate_limit=None, credits=1e9, durations=(0, 0, 0.01)) as emu:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emu))
            yield emu
    print(f"\nknown answers: {len(KNOWN)} examples replayed through operators, {len(UNKNOWN)} judged only")


@pytest.fixture(scope="module")
def parents(kie: KieEmulator) -> dict[str, str]:
    """The finished task an extension example extends, by the model that made it (made once, on first use)."""
    return {}


def _replayable(kie: KieEmulator, parents: dict[str, str], case: Case) -> Case:
    """The case, its ``taskId`` naming a finished task of this emulator where its page extends one."""
    model = NEEDS_A_TASK.get(case.path)
    if model is None:
        return case
    if model not in parents:
        from kie_provider.hooks.kie import KieHook

        hook = KieHook()
        example = dict(CATALOGUE[model].example_input)
        if model == "runway/generate":  # kie.ai's schema requires both; the seed's example leaves them out
            example = {"duration": 5, "quality": "720p", **example}
        callback = "https://example.com/kie-callback" if get_family(CATALOGUE[model].family).callback_required else None
        task_id = hook.create_task(model, example, callback)
        task = hook.wait_for_task(task_id, poll_interval=0.05, timeout=30, family=CATALOGUE[model].family)
        assert task.succeeded
        parents[model] = task_id
        if model == "suno/generate":
            parents[f"{model} track"] = (task.result or {})["sunoData"][0]["id"]
    body = {**case.body, "taskId": parents[model]}
    if case.path in NEEDS_A_TRACK:
        body["audioId"] = parents[f"{model} track"]
    return dataclasses.replace(case, body=body)


def _sent_by(emu: KieEmulator, operator: KieCreateTaskOperator) -> dict[str, Any]:
    """Run the operator's execute in-process; return the one body it sent to kie.ai."""
    before = len(emu.created_requests())
    ti = _TaskInstance()
    operator.execute({"ti": ti})  # type: ignore[arg-type]
    sent = emu.created_requests()[before:]
    assert len(sent) == 1 and ti.xcom["kie_task_id"]
    return sent[0]


def _common(case: Case) -> dict[str, Any]:
    return {
        "callback_url": case.body.get("callBackUrl"),
        "wait_for_completion": False,
        "deferrable": False,
        "durable": False,
    }


@pytest.mark.parametrize("case", _ids(KNOWN))
def test_example_through_create_task_operator_is_sent_exactly(
    kie: KieEmulator, parents: dict[str, str], case: Case
) -> None:
    assert case.model is not None
    case = _replayable(kie, parents, case)
    operator = KieCreateTaskOperator(task_id="known", model=case.model, input=case.input, **_common(case))
    assert _sent_by(kie, operator) == case.expected


@pytest.mark.parametrize("case", _ids(KNOWN))
def test_example_through_typed_operator_is_sent_exactly(kie: KieEmulator, parents: dict[str, str], case: Case) -> None:
    assert case.model is not None
    case = _replayable(kie, parents, case)
    spec = CATALOGUE[case.model]
    args = {f.name: f.arg for f in spec.fields}
    unknown = sorted(set(case.input) - set(args))
    assert not unknown, f"{spec.operator_name} has no argument for the documented fields {unknown}"
    typed = getattr(typed_operators, spec.operator_name)
    kwargs = {args[name]: value for name, value in case.input.items()}
    assert _sent_by(kie, typed(task_id="known", **kwargs, **_common(case))) == case.expected


def test_every_documented_example_is_of_a_catalogued_model() -> None:
    # Every request example on a page the emulator serves names a model with a typed operator, so each
    # is replayed through operators above; none is left to the emulator's judgement alone.
    assert [c.id for c in UNKNOWN] == []


@pytest.mark.parametrize(("url", "path", "body"), OTHER_DEDICATED, ids=[u for u, _, _ in OTHER_DEDICATED])
def test_example_of_an_api_the_emulator_does_not_serve_fits_its_schema(url: str, path: str, body: Any) -> None:
    assert dedicated_problems(path, body) == []


def test_every_market_page_is_replayed() -> None:
    pages = {page["source_url"] for page in snapshot_pages() if page["path"] == MARKET_PATH and page_examples(page)}
    assert {c.url for c in CASES if c.path == MARKET_PATH} == pages and len(pages) >= 130
    assert len(KNOWN) >= 40
