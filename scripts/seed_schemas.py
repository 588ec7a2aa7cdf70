"""
Build ``kie_provider/emulator/seed_schemas.json``: one JSON Schema per seed document (the five kie.ai
model pages the project started from, ``/work/shared/seeds``), read from the document's own field list.

The emulator accepts a Market request when it fits kie.ai's published schema (the docs snapshot) *or*
the seed's schema, so a model or value only the seeds list (``kling/v1-avatar-standard``,
``upscale_factor`` "8") stays accepted. Nothing here reads the provider's catalogue.

Usage: ``python scripts/seed_schemas.py SEED_DIR > kie_provider/emulator/seed_schemas.json``
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

_TYPES = {"string": "string", "number": "number", "integer": "integer", "boolean": "boolean", "array": "array"}


def _field(lines: list[str], start: int) -> tuple[str, bool, dict[str, Any]]:
    """Read one ``input.<name>`` block: its name, whether it is required, and its schema."""
    name = lines[start].strip()[len("input.") :]
    required = lines[start + 1].strip() == "Required"
    kind = lines[start + 2].strip()
    base = kind.split("(")[0].strip()
    schema: dict[str, Any] = {"type": _TYPES.get(base, "string")}
    if base == "array":
        schema["items"] = {"type": "string"}
    options: list[str] = []
    i = start + 3
    while i < len(lines) and not lines[i].startswith("input.") and lines[i].strip() != "Request Example":
        text = lines[i].strip()
        if i + 1 < len(lines) and lines[i + 1].strip() == "-" and text:
            options.append(text)  # an option: value, "-", label
            i += 3
            continue
        if match := re.match(r"Min: ([\d.]+), Max: ([\d.]+)", text):
            schema["minimum"], schema["maximum"] = float(match[1]), float(match[2])
        i += 1
    if options:
        target = schema.get("items", schema)
        target["enum"] = options if target["type"] == "string" else [json.loads(o) for o in options]
    return name, required, schema


def _lines(text: str) -> list[str]:
    """The document's lines, a ``**input.x** Required type`` heading split into three lines."""
    out: list[str] = []
    for line in text.splitlines():
        match = re.match(r"\*\*(input\.\S+)\*\* (Required|Optional) (\S+)", line.strip())
        out.extend(match.groups() if match else [line])
    return out


def _example(text: str) -> dict[str, Any]:
    """The document's request example (the cURL ``-d`` body)."""
    body = text.split("-d '", 1)[1].split("'\n", 1)[0]
    return dict(json.loads(body))


def seed_schema(text: str) -> tuple[str, dict[str, Any]]:
    """
    The model id and request schema of one seed document.

    A field the list marks required but the document's own request example leaves out (kling's
    ``prompt``) is not required: the example is what kie.ai documents as accepted. It gets the
    ``default`` ``""``, which is how the document's callback records it.

    :param text: the seed document.
    """
    lines = _lines(text)
    example = _example(text)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for i, line in enumerate(lines):
        if line.startswith("input."):
            name, is_required, schema = _field(lines, i)
            properties[name] = schema
            if is_required and name in example["input"]:
                required.append(name)
            elif is_required and schema["type"] == "string":
                schema["default"] = ""
    model = example["model"]
    return model, {
        "type": "object",
        "required": ["model", "input"],
        "properties": {
            "model": {"type": "string", "enum": [model]},
            "callBackUrl": {"type": "string"},
            "input": {"type": "object", "required": required, "properties": properties},
        },
    }


def main(seed_dir: str) -> None:
    """
    Print the seed schemas as JSON, keyed by model id.

    :param seed_dir: the folder of seed documents.
    """
    out = dict(seed_schema(p.read_text()) for p in sorted(Path(seed_dir).glob("*.txt")))
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
