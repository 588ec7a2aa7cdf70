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

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import requests
from conftest import TEST_API_KEY, connection_json

import kie_provider.operators.kie as typed_operators
from kie_provider.catalogue import CATALOGUE
from kie_provider.emulator import KieEmulator
from kie_provider.emulator.schemas import MARKET_PATH, dedicated_problems, page_examples, snapshot_pages
from kie_provider.families import get_family
from kie_provider.operators.base import KieCreateTaskOperator

#: Endpoints whose example names a task made earlier (``veo_task_abcdef123456``), which no emulator
#: holds: their examples are judged by the schema only (below).
NEEDS_A_TASK = {"/api/v1/veo/extend"}
#: The catalogue's model for each dedicated create path (``/api/v1/veo/generate`` -> ``veo/generate``).
DEDICATED = {
    path: model
    for model, spec in CATALOGUE.items()
    if spec.family != "market" and (path := get_family(spec.family).create_path) not in NEEDS_A_TASK
}


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
        if self.path == MARKET_PATH:
            return dict(self.body["input"])
        return {k: v for k, v in self.body.items() if k != "callBackUrl"}

    @property
    def id(self) -> str:
        """A readable test id: the page and the example's model."""
        page = self.url.removeprefix("https://docs.kie.ai/").removesuffix(".md")
        name = f"{page}:{self.body.get('model', '')}" if self.path == MARKET_PATH else page
        return f"{name}#{self.index}" if self.index else name


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
#: Pages with no catalogue entry whose path the emulator does not serve (Suno extend, Runway Aleph ...).
OTHER_DEDICATED = [
    (page["source_url"], page["path"], example)
    for page in snapshot_pages()
    if page["method"] == "POST" and page["path"] not in (MARKET_PATH, *DEDICATED)
    for example in page_examples(page)
]

#: Examples the provider's current validator refuses or changes (the catalogue lags kie.ai's docs:
#: issue 19). They flip to passing when the catalogue is generated from the snapshot; remove them then.
_REFUSES = "the provider's validator refuses the documented "
_CHANGES = "the provider sends a number where the example (and kie.ai's own page) sends the string "
LAGGING: dict[str, str] = {
    "suno-api/generate-music": _REFUSES + "duration=20 and personaModel='style_persona'",
    "market/bytedance/v1-pro-fast-image-to-video:bytedance/v1-pro-fast-image-to-video": _REFUSES + "nsfw_checker",
    "market/google/nano-banana-edit:google/nano-banana-edit": _REFUSES + "aspect_ratio='1:1'",
    "market/grok-imagine/text-to-video:grok-imagine/text-to-video": _CHANGES + "duration '6'",
    "market/kling/ai-avatar-pro:kling/ai-avatar-pro": _REFUSES + "prompt=''",
    "market/kling/ai-avatar-standard:kling/ai-avatar-standard": _REFUSES + "prompt=''",
    "market/qwen/image-edit:qwen/image-edit": _REFUSES + "prompt=''",
    "market/seedream-5-lite-image-to-image:seedream/5-lite-image-to-image": _REFUSES + "output_format='png'",
    "market/seedream/5-lite-text-to-image:seedream/5-lite-text-to-image": _REFUSES + "output_format='png'",
    "market/seedream/seedream-v4-text-to-image:bytedance/seedream-v4-text-to-image": _REFUSES + "nsfw_checker",
    "market/wan/2-6-image-to-video:wan/2-6-image-to-video": _REFUSES + "multi_shots",
    "market/wan/2-6-text-to-video:wan/2-6-text-to-video": _REFUSES + "multi_shots",
    "market/wan/2-6-video-to-video:wan/2-6-video-to-video": _REFUSES + "multi_shots",
    "runway-api/generate-ai-video": _CHANGES + "duration '5'",
}


def _ids(cases: list[Case]) -> list[Any]:
    marks = []
    for case in cases:
        reason = LAGGING.get(case.id)
        extra = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        marks.append(pytest.param(case, id=case.id, marks=extra))
    return marks


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
def test_example_through_create_task_operator_is_sent_exactly(kie: KieEmulator, case: Case) -> None:
    assert case.model is not None
    operator = KieCreateTaskOperator(task_id="known", model=case.model, input=case.input, **_common(case))
    assert _sent_by(kie, operator) == case.body


@pytest.mark.parametrize("case", _ids(KNOWN))
def test_example_through_typed_operator_is_sent_exactly(kie: KieEmulator, case: Case) -> None:
    assert case.model is not None
    spec = CATALOGUE[case.model]
    args = {f.name: f.arg for f in spec.fields}
    unknown = sorted(set(case.input) - set(args))
    assert not unknown, f"{spec.operator_name} has no argument for the documented fields {unknown}"
    typed = getattr(typed_operators, spec.operator_name)
    kwargs = {args[name]: value for name, value in case.input.items()}
    assert _sent_by(kie, typed(task_id="known", **kwargs, **_common(case))) == case.body


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in UNKNOWN])
def test_example_of_a_model_the_catalogue_lacks_is_accepted_by_kie_ai(kie: KieEmulator, case: Case) -> None:
    answer = requests.post(
        kie.url + case.path, json=case.body, headers={"Authorization": f"Bearer {TEST_API_KEY}"}, timeout=10
    ).json()
    assert answer["code"] == 200, answer
    assert kie.created_requests()[-1] == case.body


@pytest.mark.parametrize(("url", "path", "body"), OTHER_DEDICATED, ids=[u for u, _, _ in OTHER_DEDICATED])
def test_example_of_an_api_the_emulator_does_not_serve_fits_its_schema(url: str, path: str, body: Any) -> None:
    assert dedicated_problems(path, body) == []


def test_every_market_page_is_replayed() -> None:
    pages = {page["source_url"] for page in snapshot_pages() if page["path"] == MARKET_PATH and page_examples(page)}
    assert {c.url for c in CASES if c.path == MARKET_PATH} == pages and len(pages) >= 130
    assert len(KNOWN) >= 40
