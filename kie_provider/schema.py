"""How a kie.ai model's input is described and checked: field and model specs, and the validation that reads them.

Validation reports every problem at once, each naming the field, the value given and what is
allowed, and returns the input in wire form (:class:`WireInput`), so that nothing downstream checks
it again. The models themselves are data in :mod:`kie_provider.catalogue`.
"""

from __future__ import annotations

import ast
import difflib
import json
import logging
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from kie_provider.exceptions import KieValidationError
from kie_provider.urls import is_http_url

if TYPE_CHECKING:
    import os

    from airflow.sdk import ObjectStoragePath

FieldType = Literal["string", "integer", "number", "boolean", "string_list", "url", "url_list", "list", "object"]
#: What a file field takes: an http(s) URL, or a local path, storage URI, path object or bytes to upload.
FileInput: TypeAlias = "str | bytes | os.PathLike[str] | ObjectStoragePath"

IMAGE_TYPES = ("image/jpeg", "image/png", "image/webp")
AUDIO_TYPES = ("audio/mpeg", "audio/wav", "audio/x-wav", "audio/aac", "audio/mp4", "audio/ogg")
VIDEO_TYPES = ("video/mp4", "video/quicktime", "video/webm")
TEN_MB = 10 * 1024 * 1024

_MISSING: Any = object()
log = logging.getLogger(__name__)
#: Wire names whose snake_case would clash with an operator argument: a family's own ``model`` field
#: (``veo3_fast``) is not the catalogue model, and ``taskId``/``task_id`` is not Airflow's ``task_id``.
_ARG_NAMES = {"model": "model_version", "taskId": "source_task_id", "task_id": "source_task_id"}


@dataclass(frozen=True)
class FieldSpec:
    """
    One input field of a kie.ai model, as its documentation describes it.

    :param name: wire name (``imageUrls``); the operator's argument is its snake_case (:attr:`arg`).
    :param type: ``string``, ``integer``, ``number``, ``boolean``, ``string_list``, ``url`` (one file URL),
        ``url_list`` (a list of file URLs), ``list`` (a list of anything else) or ``object``.
    :param description: the documentation's one-line description.
    :param required: whether kie.ai requires the field.
    :param options: the allowed values of an enum field, as kie.ai spells them (strings stay strings).
    :param max_length: maximum length of a string field.
    :param minimum: minimum of a number field.
    :param maximum: maximum of a number field.
    :param max_items: maximum number of items of a list field.
    :param accept: MIME types kie.ai accepts for a file field.
    :param max_bytes: maximum size of one file of a file field.
    :param default: value sent when the field is left out (kie.ai's own behaviour, e.g. kling's prompt).
    :param documented_default: the default kie.ai documents and applies itself (never sent; for docs).
    """

    name: str
    type: FieldType
    description: str
    required: bool = False
    options: tuple[Any, ...] | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    max_items: int | None = None
    accept: tuple[str, ...] = ()
    max_bytes: int | None = None
    default: Any = _MISSING
    documented_default: Any = None

    @property
    def is_file(self) -> bool:
        """Whether the field carries file URLs."""
        return self.type in ("url", "url_list")

    @property
    def arg(self) -> str:
        """The operator argument's name: the wire name in snake_case (``imageUrls`` → ``image_urls``)."""
        return _ARG_NAMES.get(self.name) or re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", self.name).lower()

    def allowed(self) -> str:
        """Describe in words what the field accepts, for error messages and docstrings."""
        if self.options:
            return "one of " + ", ".join(repr(o) for o in self.options)
        if self.type in ("integer", "number"):
            kind = "an integer" if self.type == "integer" else "a number"
            if self.minimum is not None and self.maximum is not None:
                return f"{kind} from {self.minimum:g} to {self.maximum:g}"
            if self.minimum is not None:
                return f"{kind} of at least {self.minimum:g}"
            return kind
        if self.type == "boolean":
            return "true or false"
        if self.type == "list":
            return f"a list of up to {self.max_items} items" if self.max_items else "a list"
        if self.type == "object":
            return "an object"
        if self.type == "string_list":
            return f"a list of up to {self.max_items} strings" if self.max_items else "a list of strings"
        if self.type == "url":
            return "an http(s) URL" + (f" of a file of type {', '.join(self.accept)}" if self.accept else "")
        if self.type == "url_list":
            count = f"1 to {self.max_items}" if self.max_items else "1 or more"
            return f"a list of {count} http(s) URLs" + (
                f" of files of type {', '.join(self.accept)}" if self.accept else ""
            )
        text = "a string"
        if self.max_length:
            text += f" of at most {self.max_length} characters"
        return text


@dataclass(frozen=True)
class ModelSpec:
    """
    One kie.ai model: its name, what it makes and its input fields.

    :param model: the model name sent as ``model`` to createTask.
    :param operator_name: the class name of the model's operator in ``kie_provider.operators.kie``.
    :param summary: a one-line description.
    :param output_type: MIME type of the files the model generates.
    :param fields: the input fields.
    :param example_input: the documentation's request example, which must validate unchanged.
    :param credits: credits one generation costs (used by the emulator; informative only).
    :param family: the API family that creates and polls it (:mod:`kie_provider.families`).
    :param source: the kie.ai documentation page the entry was written from.
    :param example_source: where ``example_input`` comes from (``documented``, or how it was made).
    """

    model: str
    operator_name: str
    summary: str
    output_type: str
    fields: tuple[FieldSpec, ...]
    example_input: Mapping[str, Any] = field(default_factory=dict)
    credits: float = 10.0
    family: str = "market"
    source: str = ""
    example_source: str = "documented"

    def field(self, name: str) -> FieldSpec:
        """Return the field called ``name``; :param name: the wire name."""
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def field_names(self) -> tuple[str, ...]:
        """The wire names of all input fields, in documentation order."""
        return tuple(f.name for f in self.fields)

    @property
    def output_extension(self) -> str:
        """File extension of the generated files, with the dot."""
        return {
            "image/png": ".png",
            "image/jpeg": ".jpg",
            "image/webp": ".webp",
            "video/mp4": ".mp4",
            "audio/mpeg": ".mp3",
        }.get(self.output_type, ".bin")

    @property
    def output_kind(self) -> str:
        """What the model makes: ``image``, ``video`` or ``audio``."""
        return self.output_type.split("/")[0]


def is_deferred(value: Any) -> bool:
    """
    Tell whether ``value`` is only known after templating or at run time.

    A Jinja string, an XComArg or any other object that is not plain data cannot be checked
    when the DAG is parsed; it is checked again after rendering.

    :param value: an operator argument as written in the DAG file.
    """
    if isinstance(value, str):
        return "{{" in value or "{%" in value
    if value is None or isinstance(value, (bool, int, float)):
        return False
    if isinstance(value, (list, tuple)):
        return any(is_deferred(v) for v in value)
    if isinstance(value, dict):
        return any(is_deferred(v) for v in value.values())
    return True


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def as_list(value: Any) -> Any:
    """
    A list field's value as a list: templated lists often render as their Python or JSON text (``"['https://...']"``).

    :param value: the field's value, rendered.
    """
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            for parse in (json.loads, ast.literal_eval):
                try:
                    parsed = parse(text)
                except (ValueError, SyntaxError):
                    continue
                if isinstance(parsed, list):
                    return parsed
            return value
        return [value]
    if isinstance(value, tuple):
        return list(value)
    return value


def _as_integer(spec: FieldSpec, value: Any) -> tuple[Any, str | None]:
    if isinstance(value, bool):
        return None, "a boolean is not an integer"
    if isinstance(value, str):
        try:
            return int(value.strip()), None
        except ValueError:
            return None, "not an integer"
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            return None, "not a whole number"
        return int(value), None
    if not isinstance(value, int):
        return None, f"a {type(value).__name__} is not an integer"
    return value, None


def _as_number(spec: FieldSpec, value: Any) -> tuple[Any, str | None]:
    if isinstance(value, bool):
        return None, "a boolean is not a number"
    real: Any = value
    if isinstance(value, str):
        try:
            real = float(value.strip())
        except ValueError:
            return None, "not a number"
        real = int(real) if real.is_integer() and "." not in value else real
    elif not isinstance(value, (int, float)):
        return None, f"a {type(value).__name__} is not a number"
    if not math.isfinite(real):
        return None, "not a finite number"
    return real, None


def _as_boolean(spec: FieldSpec, value: Any) -> tuple[Any, str | None]:
    if isinstance(value, bool):
        return value, None
    # A templated boolean renders as text ("True", "false").
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true", None
    return None, f"{type(value).__name__} {_show(value)} is not true or false"


def _as_string(spec: FieldSpec, value: Any) -> tuple[Any, str | None]:
    if isinstance(value, bool):
        return None, "a boolean is not a string"
    if spec.options is not None and isinstance(value, (int, float)) and math.isfinite(value):
        # An enum of digits ("5", "10") given as a number: kie.ai documents the string.
        return str(int(value) if float(value).is_integer() else value), None
    if not isinstance(value, str):
        return None, f"a {type(value).__name__} is not a string"
    if spec.max_length is not None and len(value) > spec.max_length:
        return None, f"{len(value)} characters is too long"
    return value, None


def _as_string_list(spec: FieldSpec, value: Any) -> tuple[Any, str | None]:
    items = as_list(value)
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        return None, "not a list of strings"
    return items, None


def _is_json(value: Any) -> bool:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        return False
    return True


def _as_list(spec: FieldSpec, value: Any) -> tuple[Any, str | None]:
    items = as_list(value)
    if not isinstance(items, list):
        return None, f"a {type(value).__name__} is not a list"
    return (items, None) if _is_json(items) else (None, "not a JSON list")


def _as_object(spec: FieldSpec, value: Any) -> tuple[Any, str | None]:
    if isinstance(value, str) and value.strip().startswith("{"):
        try:
            value = json.loads(value)
        except ValueError:
            return None, "not a JSON object"
    if not isinstance(value, Mapping):
        return None, f"a {type(value).__name__} is not an object"
    return (dict(value), None) if _is_json(dict(value)) else (None, "not a JSON object")


def _as_url(spec: FieldSpec, value: Any, uploadable: Callable[[Any], bool] | None) -> tuple[Any, str | None]:
    if value == "":
        return value, None  # kie.ai's own examples send an empty URL for a file left out
    if uploadable is not None and uploadable(value):
        return value, None
    if not isinstance(value, str) or not is_http_url(value):
        return None, "not an http(s) URL"
    return value.strip(), None


def _as_url_list(spec: FieldSpec, value: Any, uploadable: Callable[[Any], bool] | None) -> tuple[Any, str | None]:
    items = as_list(value)
    if not isinstance(items, list):
        return None, f"a {type(value).__name__} is not a list of URLs"
    if not items:
        return [], None  # kie.ai's own examples send empty lists (nano-banana-pro, wan 2.6 flash)
    bad = [
        i
        for i, item in enumerate(items)
        if (not isinstance(item, str) or not is_http_url(item)) and not (uploadable and uploadable(item))
    ]
    if bad:
        return None, f"item {bad[0]} is not an http(s) URL"
    return [item.strip() if isinstance(item, str) and is_http_url(item) else item for item in items], None


_CONVERTERS: dict[str, Callable[[FieldSpec, Any], tuple[Any, str | None]]] = {
    "integer": _as_integer,
    "number": _as_number,
    "boolean": _as_boolean,
    "string": _as_string,
    "string_list": _as_string_list,
    "list": _as_list,
    "object": _as_object,
}


def _normalise(spec: FieldSpec, value: Any, uploadable: Callable[[Any], bool] | None = None) -> tuple[Any, str | None]:
    """
    Return ``(wire_value, None)`` or ``(None, problem)`` for one present, non-deferred value.

    Only what is certainly wrong is a problem: the wrong type, a number outside the documented range,
    a list longer than documented, a string longer than documented. An enum value the catalogue does not
    list is not (see :func:`off_list`).
    """
    if spec.type == "url":
        return _as_url(spec, value, uploadable)
    if spec.type == "url_list":
        wire, problem = _as_url_list(spec, value, uploadable)
    else:
        wire, problem = _CONVERTERS[spec.type](spec, value)
    if problem:
        return None, problem
    if isinstance(wire, (int, float)) and not isinstance(wire, bool):
        if (spec.minimum is not None and wire < spec.minimum) or (spec.maximum is not None and wire > spec.maximum):
            return None, "out of range"
    if isinstance(wire, list) and spec.max_items is not None and len(wire) > spec.max_items:
        return None, f"{len(wire)} items is too many"
    return wire, None


def off_list(spec: FieldSpec, wire: Any) -> list[Any]:
    """
    The values of ``wire`` that the field's enum does not list (none for a field without an enum).

    :param spec: the field.
    :param wire: its normalised value.
    """
    if spec.options is None:
        return []
    listed = set(map(str, spec.options))
    items = wire if isinstance(wire, list) else [wire]
    return [item for item in items if str(item) not in listed]


def near_miss(name: str, known: Sequence[str]) -> str | None:
    """
    The known field name that ``name`` is a slip of (``image_url`` for ``image_urls``, ``imageUrls``), or ``None``.

    :param name: the field name given.
    :param known: the field names the catalogue knows.
    """
    squash = {k.replace("_", "").replace("-", "").lower(): k for k in known}
    exact = squash.get(name.replace("_", "").replace("-", "").lower())
    if exact:
        return exact
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.8)
    return close[0] if close else None


def strict_validation_default() -> bool:
    """The deployment's choice, Airflow option ``[kie] strict_validation`` (default false)."""
    try:
        from airflow.configuration import conf
    except ImportError:  # pragma: no cover - only outside Airflow
        return False
    return conf.getboolean("kie", "strict_validation", fallback=False)


class WireInput(dict[str, Any]):
    """
    A model's input that :func:`validate_fields` checked and normalised: what is sent as createTask's ``input``.

    Validation returns it, and given one back it returns it as it is, so an input is checked once on
    its way to the wire however many layers it passes.
    """


def validate_fields(
    model: str,
    spec: ModelSpec | None,
    values: Mapping[str, Any],
    *,
    allow_deferred: bool = False,
    uploadable: Callable[[Any], bool] | None = None,
    strict: bool | None = None,
) -> dict[str, Any]:
    """
    Check ``values`` against ``spec`` and return them as wire values; refuse only what is certainly wrong.

    Refused, every problem at once in one :class:`~kie_provider.exceptions.KieValidationError` naming
    the field, the value given and what is allowed: a missing required field, a value of the wrong
    type, a number outside the documented range, a list or string longer than documented, and a field
    name that is a near miss of a known one ("did you mean ``image_urls``?"). Sent as given, with a
    warning in the task log: an enum value the catalogue does not list and an unknown field that is no
    near miss (kie.ai may know them before this package does). ``strict`` turns those warnings into
    problems. Values are normalised to the types the documentation shows: enum values to strings
    (``2`` → ``"2"``), integers from strings (``"3"`` → ``3``); optional fields given as ``None`` are
    left out. A model the catalogue does not know is passed through unchecked.

    :param model: the kie.ai model name, for messages.
    :param spec: the model's spec, or ``None`` for a model the catalogue does not know.
    :param values: the ``input`` object, with wire names as keys.
    :param allow_deferred: when parsing a DAG, skip values only known after templating
        (see :func:`is_deferred`) instead of rejecting them; warnings wait for the task's run.
    :param uploadable: a predicate for values of file fields that will be uploaded before the task
        is created (local paths, storage URIs, bytes; see :func:`kie_provider.sources.is_upload_source`);
        such values are kept as they are instead of being rejected as non-URLs.
    :param strict: refuse unlisted enum values and unknown fields too; ``None`` reads ``[kie] strict_validation``.
    """
    if isinstance(values, WireInput) and not uploadable:
        return values
    if not isinstance(values, Mapping):
        raise KieValidationError(
            f"input for model {model!r} must be a mapping of field names to values, got {_show(values)}",
            problems=[("input", values, "a mapping of field names to values")],
        )
    if spec is None:
        return WireInput(values)
    problems: list[tuple[str, Any, str]] = []
    notices: list[tuple[str, Any, str]] = []
    wire = _unknown_fields(spec, values, problems, notices)
    for fspec in spec.fields:
        _check_field(fspec, values.get(fspec.name), wire, problems, notices, allow_deferred, uploadable)
    if strict if strict is not None else strict_validation_default():
        problems += [(name, given, why + " (strict validation)") for name, given, why in notices]
    elif not allow_deferred:
        for name, given, why in notices:
            log.warning("kie.ai model %r: %s = %s: %s; sent as given", model, name, _show(given), why)
    if problems:
        lines = "\n".join(f"  - {name}: got {_show(given)}: {why}" for name, given, why in problems)
        raise KieValidationError(
            f"invalid input for kie.ai model {model!r} ({len(problems)} problem"
            f"{'s' if len(problems) > 1 else ''}):\n{lines}",
            problems=problems,
        )
    # Holding a value still to template or upload, it is not wire form yet.
    return wire if allow_deferred or uploadable else WireInput(wire)


def _unknown_fields(
    spec: ModelSpec,
    values: Mapping[str, Any],
    problems: list[tuple[str, Any, str]],
    notices: list[tuple[str, Any, str]],
) -> dict[str, Any]:
    """The fields the catalogue does not know: a near miss is a problem, any other is sent with a notice."""
    wire: dict[str, Any] = {}
    known = spec.field_names
    for name, value in values.items():
        if name in known or value is None:
            continue
        guess = near_miss(str(name), known)
        if not _is_json(value):
            problems.append((name, value, "not a JSON value (sent as given, it must be JSON)"))
            continue
        if guess:
            problems.append((name, value, f"no such field; did you mean `{guess}`? known fields: " + ", ".join(known)))
        else:
            notices.append(
                (name, value, "not a field the catalogue knows for this model (known: " + ", ".join(known) + ")")
            )
            wire[name] = value
    return wire


def _check_field(
    fspec: FieldSpec,
    value: Any,
    wire: dict[str, Any],
    problems: list[tuple[str, Any, str]],
    notices: list[tuple[str, Any, str]],
    allow_deferred: bool,
    uploadable: Callable[[Any], bool] | None,
) -> None:
    """Check one known field's value into ``wire``, or note its problem."""
    if value is None:
        if fspec.default is not _MISSING:
            wire[fspec.name] = fspec.default
        elif fspec.required:
            problems.append((fspec.name, None, f"required: {fspec.allowed()}"))
        return
    if allow_deferred and is_deferred(value):
        wire[fspec.name] = value
        return
    normalised, problem = _normalise(fspec, value, uploadable if fspec.is_file else None)
    if problem:
        also = ", or a local file, storage URI or bytes to upload" if uploadable and fspec.is_file else ""
        problems.append((fspec.name, value, f"{problem}; allowed: {fspec.allowed()}{also}"))
        return
    unlisted = off_list(fspec, normalised)
    if unlisted:
        listed = fspec.allowed()
        listed = listed if len(listed) <= 160 else listed[:157] + "..."
        notices.append((fspec.name, value, f"{_show(unlisted[0])} is not a value the catalogue lists ({listed})"))
    wire[fspec.name] = normalised
