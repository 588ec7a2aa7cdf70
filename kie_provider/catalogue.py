"""The declarative catalogue of kie.ai models: every typed model as data, and the lookup and validation by model name.

Validation, the generated per-model operators, their docstrings and the emulator all read this one
table. The entries are data in ``catalogue.json`` (each citing its kie.ai documentation page), built
by ``scripts/build_catalogue.py`` from kie.ai's published pages with a hand-curated overlay on top
(:mod:`kie_provider.catalogue_build`); ``make catalogue`` rebuilds it and the operators. A deployment
can follow kie.ai between releases with a local override (``[kie] catalogue_override``, written by
``airflow kie catalogue refresh``), read here at import.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from kie_provider.families import ApiFamily, get_family
from kie_provider.schema import (
    AUDIO_TYPES,
    IMAGE_TYPES,
    TEN_MB,
    VIDEO_TYPES,
    FieldSpec,
    ModelSpec,
    WireInput,
    as_list,
    is_deferred,
    validate_fields,
)

__all__ = [
    "AUDIO_TYPES",
    "CATALOGUE",
    "IMAGE_TYPES",
    "TEN_MB",
    "VIDEO_TYPES",
    "FieldSpec",
    "ModelSpec",
    "WireInput",
    "as_list",
    "family_of",
    "get_model",
    "is_deferred",
    "load_catalogue",
    "validate_input",
]


log = logging.getLogger(__name__)

#: The catalogue's data: one JSON entry per model, each citing the kie.ai page it was written from.
CATALOGUE_FILE = Path(__file__).with_name("catalogue.json")

_FIELD_KEYS = {
    "name",
    "type",
    "description",
    "required",
    "options",
    "max_length",
    "minimum",
    "maximum",
    "max_items",
    "accept",
    "max_bytes",
    "default",
    "documented_default",
}


def _field(data: Mapping[str, Any], model: str) -> FieldSpec:
    unknown = set(data) - _FIELD_KEYS
    if unknown:
        raise ValueError(f"catalogue entry {model!r}: field {data.get('name')!r} has unknown keys {sorted(unknown)}")
    kwargs = dict(data)
    for key in ("options", "accept"):
        if key in kwargs:
            kwargs[key] = tuple(kwargs[key])
    if kwargs.get("max_length") == 0:
        kwargs.pop("max_length")
    return FieldSpec(**kwargs)


def _model(data: Mapping[str, Any]) -> ModelSpec:
    get_family(data.get("family"))  # an entry naming an unknown family fails at import, naming the families
    return ModelSpec(
        model=data["model"],
        operator_name=data["operator"],
        summary=data["summary"],
        output_type=data["output"],
        fields=tuple(_field(f, data["model"]) for f in data["fields"]),
        example_input=data.get("example_input") or {},
        credits=float(data.get("credits", 10)),
        family=data.get("family", "market"),
        source=data.get("source", ""),
        example_source=data.get("example_source", "documented"),
    )


def load_catalogue(path: Path = CATALOGUE_FILE, override: Path | None = None) -> dict[str, ModelSpec]:
    """
    Read the catalogue's JSON data into model specs, keyed by model name.

    :param path: the JSON file (a list of entries).
    :param override: a local catalogue (``airflow kie catalogue refresh`` writes one) whose entries win, by model.
    """
    entries = json.loads(path.read_text(encoding="utf-8"))
    specs = [_model(entry) for entry in entries]
    catalogue = {spec.model: spec for spec in specs}
    if len(catalogue) != len(specs):
        raise ValueError(f"{path} names a model twice")
    if override is not None:
        catalogue.update({spec.model: spec for spec in map(_model, json.loads(override.read_text(encoding="utf-8")))})
    return catalogue


def configured_override() -> str:
    """
    The Airflow option ``[kie] catalogue_override``: the local catalogue file's path, or ``""``.

    Read from Airflow's configuration when Airflow is loaded (every Airflow process loads it before
    any DAG), else from ``AIRFLOW__KIE__CATALOGUE_OVERRIDE``, so that importing the catalogue alone
    (the emulator, scripts) does not load Airflow.
    """
    configuration = sys.modules.get("airflow.configuration")
    if configuration is None:
        return os.environ.get("AIRFLOW__KIE__CATALOGUE_OVERRIDE", "").strip()
    return (configuration.conf.get("kie", "catalogue_override", fallback="") or "").strip()


def override_file() -> Path | None:
    """The local catalogue override that Airflow option ``[kie] catalogue_override`` names, if it exists."""
    value = configured_override()
    if not value:
        return None
    path = Path(value).expanduser()
    if not path.is_file():
        # Not fatal: the package's own catalogue still works; the refresh command writes the file.
        log.warning("[kie] catalogue_override names %s, which does not exist; using the package's catalogue", path)
        return None
    return path


CATALOGUE: dict[str, ModelSpec] = load_catalogue(override=override_file())


def get_model(model: str) -> ModelSpec | None:
    """
    Return the catalogue entry of ``model``, or ``None`` for a model the catalogue does not know.

    :param model: the kie.ai model name, e.g. ``"topaz/image-upscale"``.
    """
    return CATALOGUE.get(model)


def family_of(model: str) -> ApiFamily:
    """
    The API family that creates and polls ``model``: the catalogue says; a model it does not know is a Market one.

    :param model: the model name.
    """
    spec = CATALOGUE.get(model)
    return get_family(spec.family if spec else None)


def validate_input(
    model: str,
    values: Mapping[str, Any],
    *,
    allow_deferred: bool = False,
    uploadable: Callable[[Any], bool] | None = None,
    strict: bool | None = None,
) -> dict[str, Any]:
    """
    Check ``values`` against the catalogue entry of ``model`` and return them as wire values.

    See :func:`kie_provider.schema.validate_fields`; a model the catalogue does not know is passed through.

    :param model: the kie.ai model name.
    :param values: the ``input`` object, with wire names as keys.
    :param allow_deferred: when parsing a DAG, skip values only known after templating.
    :param uploadable: a predicate for file-field values that will be uploaded before the task is created.
    :param strict: refuse unlisted enum values and unknown fields; ``None`` reads ``[kie] strict_validation``.
    """
    return validate_fields(
        model, CATALOGUE.get(model), values, allow_deferred=allow_deferred, uploadable=uploadable, strict=strict
    )
