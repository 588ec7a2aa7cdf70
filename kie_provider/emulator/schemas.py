"""
How the emulator judges a create request: against kie.ai's own published JSON Schemas, with the
``jsonschema`` library, and never with the provider's validation (so a test can catch the provider
disagreeing with kie.ai).

The schemas come from the docs snapshot (``kie_provider/data/docs_snapshot.json``: each page's
``request.application/json.schema``), Market pages keyed by their ``model`` (its ``enum``, else the
page's request example), dedicated APIs by path. The five seed documents add one schema each
(``seed_schemas.json``, built by ``scripts/seed_schemas.py``); a Market body is accepted when it
fits the docs' schema *or* the seed's, so ``kling/v1-avatar-standard`` and seed-only values such as
``upscale_factor`` "8" stay accepted.

Formats are not enforced. The docs mark URL fields ``format: uri`` but do not document what kie.ai
does with a value that is not one; ``jsonschema`` only checks ``uri`` with an optional package
(``rfc3987``), so enforcing it would make the emulator's verdict depend on what is installed. The
callback URL keeps its own http(s) check in the adapters. References the snapshot does not carry
(``#/components/schemas/nsfw_checker``) accept any value.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

MARKET_PATH = "/api/v1/jobs/createTask"


def _without_refs(node: Any) -> Any:
    """A copy of ``node`` with every ``$ref`` (whose target the snapshot lacks) replaced by ``{}``."""
    if isinstance(node, dict):
        if "$ref" in node:
            return {}
        return {key: _without_refs(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_without_refs(value) for value in node]
    return node


def page_examples(page: Mapping[str, Any], in_schema: bool = True) -> list[dict[str, Any]]:
    """
    A page's request examples that are JSON objects (some pages give text with comments instead).

    :param page: a snapshot page.
    :param in_schema: include the schema's own ``examples`` (some name another page's model).
    """
    request = page["request"].get("application/json") or {}
    found = [request.get("example")]
    found += [example.get("value") for example in (request.get("examples") or {}).values()]
    if in_schema:
        found += list((request.get("schema") or {}).get("examples") or [])
    return [example for example in found if isinstance(example, dict)]


def page_models(page: Mapping[str, Any]) -> list[str]:
    """
    The model ids a Market page documents: its ``model`` enum and default, and its examples' models
    (``qwen2/text-to-image``'s page names ``qwen2/image-edit`` in its enum and itself in its example).

    :param page: a snapshot page.
    """
    model = page["request"]["application/json"]["schema"].get("properties", {}).get("model", {})
    names = [
        *model.get("enum", []),
        model.get("default"),
        *(e.get("model") for e in page_examples(page, in_schema=False)),
    ]
    return list(dict.fromkeys(str(name) for name in names if name))


def _relaxed(schema: dict[str, Any], examples: list[dict[str, Any]]) -> tuple[dict[str, Any], int]:
    """
    ``schema`` less each keyword that refuses one of the page's own request examples.

    kie.ai accepts its documented examples, so where a page contradicts itself (``duration: "6"``
    against ``type: number``, a required name with a trailing space, an apidog ``allOf`` of
    strings on an object) the example wins: the refusing keyword is dropped at the place it sits.
    Returns the schema and the number of keywords dropped.
    """
    dropped = 0
    for example in examples:
        for _ in range(50):
            error = next(Draft202012Validator(schema).iter_errors(example), None)
            if error is None:
                break
            *where, keyword = error.schema_path
            node: Any = schema
            for step in where:
                node = node[step]
            del node[keyword]
            dropped += 1
    return schema, dropped


@cache
def snapshot_pages() -> list[dict[str, Any]]:
    """The docs snapshot's pages (every documented endpoint, with schema and examples); read once, do not change."""
    text = resources.files("kie_provider").joinpath("data/docs_snapshot.json").read_text(encoding="utf-8")
    return list(json.loads(text)["pages"])


@cache
def _seeds() -> dict[str, Any]:
    """The seed documents' schemas by model (``seed_schemas.json``)."""
    text = resources.files("kie_provider.emulator").joinpath("seed_schemas.json").read_text("utf-8")
    return dict(json.loads(text))


def seed_defaults(model: str) -> dict[str, Any]:
    """
    The input defaults a seed document shows kie.ai recording for a field its example leaves out
    (kling's ``prompt`` is recorded as ``""``).

    :param model: the model id.
    """
    fields = _seeds().get(model, {}).get("properties", {}).get("input", {}).get("properties", {})
    return {name: schema["default"] for name, schema in fields.items() if "default" in schema}


@cache
def _validators() -> tuple[dict[str, list[Draft202012Validator]], dict[str, Draft202012Validator]]:
    """(Market validators by model, dedicated validators by path), built once."""
    market: dict[str, list[Draft202012Validator]] = {}
    dedicated: dict[str, Draft202012Validator] = {}
    for page in snapshot_pages():
        schema = (page["request"].get("application/json") or {}).get("schema")
        if page["method"] != "POST" or not schema:
            continue
        examples = page_examples(page)
        if page["path"] == MARKET_PATH:
            models = page_models(page)
            examples = [e for e in examples if e.get("model") in models]
        schema = _without_refs(schema)
        if page["path"] == MARKET_PATH and isinstance(schema.get("properties"), dict):
            # Every createTask takes callBackUrl (kie.ai's common createTask page); a page whose schema forbids
            # other properties without listing it (happyhorse-1-1) contradicts that, and kie.ai's own pages win.
            schema["properties"].setdefault("callBackUrl", {"type": "string"})
        validator = Draft202012Validator(_relaxed(schema, examples)[0])
        if page["path"] == MARKET_PATH:
            for model in models:
                market.setdefault(model, []).append(validator)
        else:
            dedicated[page["path"]] = validator
    for model, schema in _seeds().items():
        market.setdefault(model, []).append(Draft202012Validator(schema))
    return market, dedicated


def documented_models() -> frozenset[str]:
    """Every Market model id the snapshot or the seeds document."""
    return frozenset(_validators()[0])


def _describe(error: ValidationError) -> str:
    """One problem as kie.ai-style text: where, what was sent, what is allowed."""
    where = ".".join(str(p) for p in error.absolute_path) or "body"
    if error.validator in ("required", "additionalProperties"):
        return f"{where}: {error.message}"  # names the field: "'prompt' is a required property"
    allowed = error.validator_value
    return f"{where}: got {json.dumps(error.instance)[:80]}; {error.validator} {json.dumps(allowed)[:200]}"


def _problems(validator: Draft202012Validator, body: Any) -> Iterator[str]:
    """Every problem ``validator`` finds in ``body``, described, in field order."""
    for error in sorted(validator.iter_errors(body), key=lambda e: list(map(str, e.absolute_path))):
        yield _describe(error)


def market_problems(body: Mapping[str, Any]) -> list[str] | None:
    """
    What is wrong with a Market createTask body, by the documented schemas of its model.

    :param body: the JSON body.
    :return: ``None`` when the model is documented nowhere (the caller decides); ``[]`` when the
        body fits one of its schemas; else the problems found against the first (the docs') schema.
    """
    validators = _validators()[0].get(str(body.get("model")))
    if not validators:
        return None
    found = [list(_problems(v, body)) for v in validators]
    if any(not problems for problems in found):
        return []
    return found[0]


def dedicated_problems(path: str, body: Any) -> list[str] | None:
    """
    What is wrong with a dedicated API's create body, by the schema the docs give its path.

    :param path: the endpoint path (``/api/v1/veo/generate``).
    :param body: the JSON body.
    :return: ``None`` when the snapshot has no schema for the path, else the problems (``[]``: fine).
    """
    validator = _validators()[1].get(path)
    return None if validator is None else list(_problems(validator, body))
