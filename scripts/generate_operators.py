"""Write ``kie_provider/operators/kie.py``: one operator class per catalogue model, as source an IDE can read.

Run ``python scripts/generate_operators.py`` after adding or changing a catalogue entry;
``python scripts/generate_operators.py --check`` exits 1 when the file is stale (the test suite
runs the same check).
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kie_provider.catalogue import CATALOGUE  # noqa: E402
from kie_provider.families import get_family  # noqa: E402
from kie_provider.schema import _MISSING, FieldSpec, ModelSpec  # noqa: E402

TARGET = ROOT / "kie_provider" / "operators" / "kie.py"
README = ROOT / "README.md"
MODELS_START, MODELS_END = "<!-- models:start -->", "<!-- models:end -->"
WIDTH = 120

HEADER = '''\
# GENERATED FILE - DO NOT EDIT. Written by scripts/generate_operators.py (`make catalogue`) from catalogue.json.
"""The per-model kie.ai operators: one class per catalogue model, every input field a typed, templated argument.

GENERATED from :mod:`kie_provider.catalogue` by ``scripts/generate_operators.py``: do not edit by
hand; change the catalogue (``scripts/build_catalogue.py``) and run ``make catalogue`` (a test fails
when this file is stale). Required fields are required keyword arguments; an enum is typed
``Literal[...] | str`` so that a templated string still type-checks; ``extra_input`` carries fields
newer than this package. The machinery they share is
:class:`~kie_provider.operators.base.KieCreateTaskOperator`, re-exported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from kie_provider.catalogue import CATALOGUE
from kie_provider.operators.base import KieCreateTaskOperator, KieModelOperator

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from kie_provider.schema import FileInput
'''

ANNOTATIONS = {
    "string": "str",
    "integer": "int | str",
    "number": "float | str",
    "boolean": "bool | str",
    "string_list": "Sequence[str] | str",
    "url": "FileInput",
    "url_list": "Sequence[FileInput] | str",
    "list": "Sequence[Any] | str",
    "object": "Mapping[str, Any] | str",
}


def is_required_argument(f: FieldSpec) -> bool:
    """Whether the operator argument has no default: the field is required and nothing is sent in its place."""
    return f.required and f.default is _MISSING


def annotation(f: FieldSpec) -> str:
    """
    The argument's type: an enum as ``Literal[...]`` beside the base type (a templated string still type-checks).

    :param f: the field.
    """
    base = ANNOTATIONS[f.type]
    if f.options and f.type in ("string", "integer"):
        literal = "Literal[" + ", ".join(repr(o) for o in f.options) + "]"
        base = f"{literal} | {base}"
    if f.options and f.type == "string_list":
        base = "Sequence[Literal[" + ", ".join(repr(o) for o in f.options) + "] | str] | str"
    return base if is_required_argument(f) else f"{base} | None"


def _wrap(text: str, indent: str, hanging: str) -> list[str]:
    return textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=indent,
        subsequent_indent=hanging,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _param(f: FieldSpec) -> list[str]:
    need = "Required." if f.required else "Optional."
    default = f" Default {f.default!r} when left out." if f.default is not _MISSING else ""
    wire = f" (``{f.name}`` on the wire)" if f.arg != f.name else ""
    documented = f" kie.ai's default: {f.documented_default!r}." if f.documented_default is not None else ""
    text = (
        f":param {f.arg}: {f.description.rstrip('.')}. {need[:-1]}{wire}. Allowed: {f.allowed()}.{default}{documented}"
    )
    return _wrap(text, "    ", "        ")


def api_line(spec: ModelSpec) -> str:
    """Which API serves the model, and where it is documented."""
    family = get_family(spec.family)
    where = "the Market's createTask" if family.name == "market" else f"{family.title}'s ``{family.create_path}``"
    return f"{where}, documented at {spec.source}" if spec.source.startswith("http") else where


def reserved_arguments() -> set[str]:
    """The arguments of ``KieCreateTaskOperator`` and Airflow's ``BaseOperator``, which a field must not shadow."""
    import inspect

    from airflow.sdk import BaseOperator

    from kie_provider.operators.base import KieCreateTaskOperator

    names = set(inspect.signature(BaseOperator.__init__).parameters)
    names |= set(inspect.signature(KieCreateTaskOperator.__init__).parameters)
    return names | {"fields", "self", "kwargs"}


def _docstring(spec: ModelSpec) -> list[str]:
    """The class docstring's lines: the summary, what runs it, and every argument."""
    doc = [
        '    """',
        *_wrap(spec.summary, "    ", "    "),
        "",
        *_wrap(
            f"Runs kie.ai model ``{spec.model}`` (output: {spec.output_type}; {api_line(spec)}); "
            "see :class:`KieCreateTaskOperator` "
            "for waiting, retries, durability and the return value. Every input field is templated; file fields "
            "also take a local path, storage URI, ``ObjectStoragePath`` or bytes, uploaded before the task is created.",
            "    ",
            "    ",
        ),
        "",
    ]
    for f in spec.fields:
        doc.extend(_param(f))
    doc.extend(
        [
            "    :param extra_input: fields newer than this package, by wire name: sent as given with a warning",
            "        (an error under ``strict_validation``); a near miss of a known field is refused.",
            "    :param kwargs: the common arguments of :class:`KieCreateTaskOperator` (``task_id``, ``kie_conn_id``,",
            "        ``deferrable``, ``output_path``, ``strict_validation``, ``retries`` ...).",
            '    """',
        ]
    )
    return doc


def operator_source(spec: ModelSpec) -> str:
    """
    The source of one model's operator class.

    :param spec: the catalogue entry.
    """
    doc = _docstring(spec)
    taken = reserved_arguments()
    clashes = [f.arg for f in spec.fields if f.arg in taken]
    if clashes:
        raise SystemExit(f"{spec.model}: fields {clashes} clash with operator arguments; map them in schema._ARG_NAMES")
    args = [
        f"        {f.arg}: {annotation(f)}," if is_required_argument(f) else f"        {f.arg}: {annotation(f)} = None,"
        for f in spec.fields
    ]
    call = ", ".join(f'"{f.name}": {f.arg}' for f in spec.fields)
    super_line = f"        super().__init__(fields={{{call}}}, extra_input=extra_input, **kwargs)"
    if len(super_line) > WIDTH:
        super_line = "\n".join(
            ["        super().__init__(", "            fields={"]
            + [f'                "{f.name}": {f.arg},' for f in spec.fields]
            + ["            },", "            extra_input=extra_input,", "            **kwargs,", "        )"]
        )
    body = [
        f"class {spec.operator_name}(KieModelOperator):",
        *doc,
        "",
        f'    model_spec = CATALOGUE["{spec.model}"]',
        "",
        "    def __init__(",
        "        self,",
        "        *,",
        *args,
        "        extra_input: Mapping[str, Any] | None = None,",
        "        **kwargs: Any,",
        "    ) -> None:",
        super_line,
    ]
    return "\n".join(body) + "\n"


def ruff_format(text: str) -> str:
    """
    ``text`` as ``ruff format`` writes it (the project's settings), so that the generated file passes the lint.

    :param text: Python source.
    """
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(TARGET), "-"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout


def module_source() -> str:
    """The whole generated module."""
    specs = sorted(CATALOGUE.values(), key=lambda s: s.operator_name)
    parts = [HEADER]
    for spec in specs:
        parts.append("\n\n" + operator_source(spec))
    names = sorted(["KieCreateTaskOperator", "KieModelOperator", *(s.operator_name for s in specs)])
    mapping = "\n".join(f'    "{s.model}": {s.operator_name},' for s in sorted(specs, key=lambda s: s.model))
    parts.append(
        "\n\n#: The operator class of each catalogue model.\n"
        f"MODEL_OPERATORS: dict[str, type[KieModelOperator]] = {{\n{mapping}\n}}\n"
    )
    parts.append("\n__all__ = [\n" + "\n".join(f'    "{n}",' for n in [*names, "MODEL_OPERATORS"]) + "\n]\n")
    return "".join(parts)


def models_table() -> str:
    """The README's list of every model and API family with its operator, grouped by what it makes."""
    lines = []
    for kind, title in (("image", "Images"), ("video", "Video"), ("audio", "Audio")):
        specs = sorted(
            (s for s in CATALOGUE.values() if s.output_kind == kind),
            key=lambda s: (s.family != "market", s.family, s.model),
        )
        lines += [
            f"**{title}** ({len(specs)})",
            "",
            "| operator | kie.ai model | API | fields |",
            "| --- | --- | --- | --- |",
        ]
        for spec in specs:
            family = get_family(spec.family)
            api = "Market" if family.name == "market" else f"{family.title} (`{family.create_path}`)"
            fields = ", ".join(f"`{f.arg}`" + ("*" if f.required else "") for f in spec.fields)
            lines.append(f"| `{spec.operator_name}` | `{spec.model}` | {api} | {fields} |")
        lines.append("")
    lines.append("`*` required. Every operator imports from `kie_provider.operators.kie`.")
    return "\n".join(lines)


def readme_source() -> str:
    """The README with its generated models table brought up to date."""
    text = README.read_text()
    start, end = text.index(MODELS_START) + len(MODELS_START), text.index(MODELS_END)
    return text[:start] + "\n" + models_table() + "\n" + text[end:]


def main(argv: list[str] | None = None) -> int:
    """
    Write the module, or with ``--check`` report whether it is up to date.

    :param argv: command-line arguments.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the generated file is stale")
    args = parser.parse_args(argv)
    outputs = {TARGET: ruff_format(module_source()), README: readme_source()}
    if args.check:
        stale = [path for path, text in outputs.items() if (path.read_text() if path.exists() else "") != text]
        for path in stale:
            print(f"{path.relative_to(ROOT)} is stale: run python scripts/generate_operators.py", file=sys.stderr)
        if not stale:
            print(f"operators and README model table up to date ({len(CATALOGUE)} models)")
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text)
    print(f"wrote {TARGET.relative_to(ROOT)} and the README model table ({len(CATALOGUE)} models)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
