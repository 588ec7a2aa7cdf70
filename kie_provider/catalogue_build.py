"""Build the catalogue from kie.ai's published OpenAPI pages, with the hand-curated overlay merged on top.

kie.ai publishes each docs page as markdown with its OpenAPI schema (index: ``https://docs.kie.ai/llms.txt``).
A *page* here is one documented operation: ``{"path", "method", "source_url", "source_title", "request":
{"application/json": {"schema", "example", "examples"}}}``, the shape of ``data/docs_snapshot.json``.
:func:`build_catalogue` turns pages into catalogue entries (the format :mod:`kie_provider.catalogue` reads):
one entry per Market model (``/api/v1/jobs/createTask`` pages; model ids from the schema's ``model`` enum
and from the request example, both kept when they disagree) and one per dedicated API the provider drives.
The overlay (``data/catalogue_overlay.json``) holds what the docs do not say (operator names, summaries,
output types, credits, file limits, the seed documents' fields and values); where the docs and the overlay
disagree, both are accepted and the entry's ``notes`` say so. ``scripts/build_catalogue.py`` builds the
package's ``catalogue.json`` from the snapshot; ``airflow kie catalogue refresh`` a local override.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kie_provider.families import FAMILIES

DATA_DIR = Path(__file__).with_name("data")
SNAPSHOT_FILE = DATA_DIR / "docs_snapshot.json"
OVERLAY_FILE = DATA_DIR / "catalogue_overlay.json"
MARKET_PATH = "/api/v1/jobs/createTask"

#: The dedicated APIs the provider drives: create path -> (catalogue model, family), from the families themselves.
DEDICATED: dict[str, tuple[str, str]] = {
    family.create_path: (family.model, family.name) for family in FAMILIES.values() if not family.wraps_input
}
#: Request fields the provider sets itself (the callback), never operator arguments.
_PROVIDER_FIELDS = {"callBackUrl", "progressCallBackUrl"}
# fmt: off
_VIDEO_WORDS = ("video", "seedance", "kling", "hailuo", "wan/", "sora", "avatar", "veo", "runway", "omnihuman",
                "infinitalk", "pixverse", "happyhorse", "lipsync")
# fmt: on
_AUDIO_WORDS = ("elevenlabs", "speech", "audio", "music", "sound", "voice", "suno", "tts")
_ACCEPT = re.compile(r"Accepted types:\s*([a-z0-9/.+\-, ]+)", re.IGNORECASE)
_MAX_SIZE = re.compile(r"Max size:\s*([0-9.]+)\s*(MB|KB|GB)", re.IGNORECASE)


def page_url(page: Mapping[str, Any]) -> str:
    """The human page of a snapshot page (its ``.md`` address without the suffix); :param page: the page."""
    url = str(page.get("source_url") or "")
    return url[:-3] if url.endswith(".md") else url


def _request(page: Mapping[str, Any]) -> Mapping[str, Any]:
    return (page.get("request") or {}).get("application/json") or {}


def request_example(page: Mapping[str, Any]) -> dict[str, Any]:
    """
    The page's request example as an object; an example published as broken JSON yields what can be read of it.

    :param page: the page.
    """
    request = _request(page)
    example = request.get("example")
    if not example and isinstance((request.get("schema") or {}).get("examples"), list):
        example = next((e for e in request["schema"]["examples"] if isinstance(e, Mapping)), None)
    if not example and isinstance(request.get("examples"), Mapping):
        values = [v.get("value") for v in request["examples"].values() if isinstance(v, Mapping)]
        example = next((v for v in values if isinstance(v, Mapping)), None)
    if isinstance(example, str):
        text = re.sub(r",(\s*[}\]])", r"\1", example)  # trailing commas, as some pages publish them
        try:
            example = json.loads(text)
        except ValueError:
            model = re.search(r'"model"\s*:\s*"([^"]+)"', text)
            return {"model": model.group(1), "_broken": True} if model else {"_broken": True}
    return dict(example) if isinstance(example, Mapping) else {}


def page_model_ids(page: Mapping[str, Any]) -> tuple[str | None, list[str]]:
    """
    The model ids a Market page names: ``(the example's model, the schema enum's models)``.

    :param page: the page.
    """
    model = (_request(page).get("schema") or {}).get("properties", {}).get("model") or {}
    enum = [str(v) for v in model.get("enum") or []] or ([str(model["default"])] if model.get("default") else [])
    example = request_example(page).get("model")
    return (str(example) if example else None), enum


def _file_limits(description: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    accept = _ACCEPT.search(description)
    if accept:
        out["accept"] = [t.strip() for t in accept.group(1).split(",") if "/" in t]
    size = _MAX_SIZE.search(description)
    if size:
        scale = {"KB": 1024, "MB": 1024**2, "GB": 1024**3}[size.group(2).upper()]
        out["max_bytes"] = int(float(size.group(1)) * scale)
    return out


def _is_url_name(name: str) -> bool:
    return bool(re.search(r"(^|_)urls?$|Urls?$|^url$", name)) and "callback" not in name.lower()


def _field_type(name: str, prop: Mapping[str, Any]) -> str:
    kind = prop.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "array":
        items = prop.get("items") or {}
        if items.get("type", "string") == "string":
            return "url_list" if items.get("format") == "uri" or _is_url_name(name) else "string_list"
        return "list"
    if kind == "string" and (prop.get("format") == "uri" or _is_url_name(name)) and not prop.get("enum"):
        return "url"
    return {"integer": "integer", "number": "number", "boolean": "boolean", "object": "object"}.get(str(kind), "string")


def field_from_schema(name: str, prop: Mapping[str, Any], required: bool) -> dict[str, Any]:
    """
    One catalogue field from one OpenAPI property.

    :param name: the wire name.
    :param prop: the property's schema.
    :param required: whether the schema lists it as required.
    """
    kind = _field_type(name, prop)
    description = " ".join(str(prop.get("description") or name).split())
    field: dict[str, Any] = {"name": name, "type": kind, "description": description[:300]}
    if required:
        field["required"] = True
    enum = prop.get("enum") or (prop.get("items") or {}).get("enum")
    if enum:
        field["options"] = list(enum)
    for key, ours in (("maxLength", "max_length"), ("minimum", "minimum"), ("maximum", "maximum")):
        if isinstance(prop.get(key), (int, float)) and not isinstance(prop.get(key), bool):
            field[ours] = prop[key]
    if isinstance(prop.get("maxItems"), int) and kind in ("url_list", "string_list", "list"):
        field["max_items"] = prop["maxItems"]
    if kind in ("url", "url_list"):
        field.update(_file_limits(str(prop.get("description") or "")))
    if "default" in prop and prop["default"] not in (None, "", [""], []):
        field["documented_default"] = prop["default"]
    return field


def _output_type(model: str, title: str) -> str:
    text = f"{model} {title}".lower()
    if "image" in model.lower().split("/")[-1].split("-to-")[-1]:
        return "image/png"  # what comes after "-to-" (or the model's last word) names the output
    if any(w in text for w in _VIDEO_WORDS):
        return "video/mp4"
    return "audio/mpeg" if any(w in text for w in _AUDIO_WORDS) else "image/png"


def operator_name(model: str, taken: Iterable[str] = ()) -> str:
    """
    The operator class name of a model the overlay does not name.

    ``kling-3.0/text-to-video`` → ``KieKling30TextToVideoOperator``.

    :param model: the model id.
    :param taken: names already used.
    """
    words = [w for w in re.split(r"[^A-Za-z0-9]+", model) if w]
    name = "Kie" + "".join(w[:1].upper() + w[1:] for w in words) + "Operator"
    used = set(taken)
    candidate, n = name, 2
    while candidate in used:
        candidate, n = f"{name[: -len('Operator')]}{n}Operator", n + 1
    return candidate


def flatten_object(schema: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """
    An object schema whose input has alternative shapes (``oneOf``/``anyOf``/``allOf``) as one set of fields.

    Every shape's fields are known; a field is required only when every alternative requires it.

    :param schema: the ``input`` object's schema.
    """
    out = dict(schema)
    props = dict(schema.get("properties") or {})
    required = set(schema.get("required") or [])
    notes = []
    for key in ("oneOf", "anyOf"):
        shapes = [s for s in schema.get(key) or [] if isinstance(s, Mapping) and s.get("properties")]
        if not shapes:
            continue
        for shape in shapes:
            for name, prop in shape["properties"].items():
                props.setdefault(name, prop)
        required |= set.intersection(*(set(s.get("required") or []) for s in shapes))
        notes.append(f"the input has {len(shapes)} alternative shapes ({key}); their fields are merged")
    for shape in schema.get("allOf") or []:
        if isinstance(shape, Mapping):
            for name, prop in (shape.get("properties") or {}).items():
                props.setdefault(name, prop)
            required |= set(shape.get("required") or [])
    out["properties"], out["required"] = props, sorted(required)
    return out, notes


def entry_from_page(
    page: Mapping[str, Any], model: str, family: str, input_schema: Mapping[str, Any]
) -> dict[str, Any]:
    """
    A catalogue entry, before the overlay, from one page's request schema.

    :param page: the page.
    :param model: the catalogue model id.
    :param family: the API family.
    :param input_schema: the object schema whose properties are the model's fields.
    """
    input_schema, notes = flatten_object(input_schema)
    props = input_schema.get("properties") or {}
    required = set(input_schema.get("required") or [])
    order = [n for n in input_schema.get("x-apidog-orders") or [] if n in props]
    names = order + sorted(n for n in props if n not in order)
    fields = [field_from_schema(n.strip(), props[n], n in required) for n in names if n not in _PROVIDER_FIELDS]
    notes += [
        f"the schema's field key {n!r} has stray whitespace; read as {n.strip()!r}" for n in names if n != n.strip()
    ]
    for field in fields:
        if field.get("required") and "documented_default" in field:
            # Required, yet with a default kie.ai applies: leaving it out is not certainly wrong.
            del field["required"]
            notes.append(
                f"`{field['name']}`: the schema lists it as required yet documents the default "
                f"{field['documented_default']!r}; optional here"
            )
    example = request_example(page)
    example_input = example.get("input") if family == "market" else example
    example_input = {k: v for k, v in dict(example_input or {}).items() if k not in _PROVIDER_FIELDS and k != "_broken"}
    if family == "market":
        example_input.pop("model", None)
    made = not example_input
    if made:
        example_input = _example_from_schema(props, required)
    _fields_from_example(fields, example_input, notes)
    _example_contradictions(fields, example_input, notes)
    if not made:
        _unrequire_unexampled(fields, example_input, notes)
    _widen_lists_to_examples(fields, page, family, notes)
    if _PROVIDER_FIELDS & required:
        notes.append("the schema requires callBackUrl; the provider sends it (the operator's callback_url)")
    title = str(page.get("source_title") or page.get("summary") or model)
    return {
        "model": model,
        "family": family,
        "summary": title,
        "output": _output_type(model, title),
        "credits": 10,
        "source": page_url(page),
        "source_kind": "docs.kie.ai page (OpenAPI schema)",
        "fields": fields,
        "example_input": example_input,
        "example_source": "made from the schema's field examples (the page has no request example)"
        if made
        else "documented",
        "notes": notes,
    }


def _fields_from_example(fields: list[dict[str, Any]], example: dict[str, Any], notes: list[str]) -> None:
    """Fields the request example sends but the schema does not list: documented too, so catalogued (and noted)."""
    known = {f["name"] for f in fields}
    for key in list(example):
        if key.strip() != key and key.strip() in known:
            example[key.strip()] = example.pop(key)
            notes.append(f"the request example's key {key!r} has stray whitespace; read as {key.strip()!r}")
            continue
        if key in known:
            continue
        value = example[key]
        kind = {bool: "boolean", int: "integer", float: "number", dict: "object"}.get(type(value), "string")
        if isinstance(value, list):
            kind = "list" if any(not isinstance(v, str) for v in value) else "string_list"
            kind = "url_list" if kind == "string_list" and _is_url_name(key) else kind
        elif kind == "string" and _is_url_name(key):
            kind = "url"
        fields.append({"name": key, "type": kind, "description": f"Sent by the page's request example ({key})."})
        notes.append(f"`{key}`: sent by the request example but not in the schema; catalogued as {kind}")


def _example_contradictions(fields: list[dict[str, Any]], example: Mapping[str, Any], notes: list[str]) -> None:
    """Note where the page's own example disagrees with its schema (both are accepted)."""
    for field in fields:
        value = example.get(field["name"])
        if value is None:
            continue
        if field["type"] in ("integer", "number") and isinstance(value, str):
            notes.append(
                f"`{field['name']}`: the schema types it {field['type']}, the example sends the string {value!r}"
            )
        options = field.get("options")
        if options and not isinstance(value, list) and str(value) not in map(str, options):
            notes.append(f"`{field['name']}`: the example sends {value!r}, which the schema's enum does not list")


def _unrequire_unexampled(fields: list[dict[str, Any]], example: Mapping[str, Any], notes: list[str]) -> None:
    """
    A field the schema requires and the page's own example leaves out is optional here, noted (``stemName``).

    :param fields: the entry's fields.
    :param example: the page's request example (its input).
    :param notes: where the change is noted.
    """
    for field in [f for f in fields if f.get("required") and f["name"] not in example]:
        del field["required"]
        notes.append(f"`{field['name']}`: the schema requires it, the page's example leaves it out; optional here")


def _widen_lists_to_examples(
    fields: list[dict[str, Any]], page: Mapping[str, Any], family: str, notes: list[str]
) -> None:
    """A list one of the page's own examples sends longer than its ``maxItems``: kie.ai's example wins (noted)."""
    request = (page.get("request") or {}).get("application/json") or {}
    bodies = [request.get("example"), *((v or {}).get("value") for v in (request.get("examples") or {}).values())]
    bodies += list((request.get("schema") or {}).get("examples") or [])
    for body in bodies:
        if not isinstance(body, Mapping):
            continue
        values = body.get("input") if family == "market" else body
        for field in fields:
            value = (values or {}).get(field["name"]) if isinstance(values, Mapping) else None
            if isinstance(value, list) and len(value) > field.get("max_items", len(value)):
                notes.append(
                    f"`{field['name']}`: the schema allows {field['max_items']} items, an example on the page "
                    f"sends {len(value)}; {len(value)} allowed"
                )
                field["max_items"] = len(value)


def _example_from_schema(props: Mapping[str, Any], required: set[str]) -> dict[str, Any]:
    """A request example made of each field's own documented example (or default), for a page that shows none."""
    out = {}
    for name, prop in props.items():
        values = [v for v in prop.get("examples") or [] if v not in ("", [""], [], None)]
        if values:
            out[name.strip()] = values[0]
        elif name in required and prop.get("default") not in (None, "", [""], []):
            out[name.strip()] = prop["default"]
        elif name in required:
            out[name.strip()] = (prop.get("enum") or ["A red fox in fresh snow, cinematic light"])[0]
    return {k: v for k, v in out.items() if k not in _PROVIDER_FIELDS}


def _market_pages(pages: Iterable[Mapping[str, Any]]) -> dict[str, tuple[Mapping[str, Any], list[str]]]:
    """Each Market model id with the page it is read from and the notes on how its pages name it."""
    found: dict[str, list[tuple[int, Mapping[str, Any], list[str]]]] = {}
    for page in pages:
        if page.get("path") != MARKET_PATH or str(page.get("method", "POST")).upper() != "POST":
            continue
        example, enum = page_model_ids(page)
        ids = ([example] if example else []) + [m for m in enum if m != example]
        for model in ids:
            notes = []
            if example and enum and example not in enum:
                notes.append(
                    f"{page_url(page)}: the request example sends model {example!r}, the schema's model enum lists "
                    f"{enum}; both are catalogued"
                )
            if request_example(page).get("_broken"):
                notes.append(f"{page_url(page)}: the request example is not valid JSON; read leniently")
            # Rank: the example's own model, on an English /market/ page, first.
            rank = (model != example) * 4 + ("/market/" not in str(page.get("source_url"))) * 2
            rank += not str(page.get("source_title", "")).isascii()
            found.setdefault(model, []).append((rank, page, notes))
    out = {}
    for model, candidates in found.items():
        candidates.sort(key=lambda c: c[0])
        notes = [n for _, _, ns in candidates for n in ns]
        if len(candidates) > 1:
            others = ", ".join(page_url(p) for _, p, _ in candidates[1:])
            notes.append(f"also named on {others}; fields read from {page_url(candidates[0][1])}")
        out[model] = (candidates[0][1], notes)
    return out


def generated_entries(pages: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """
    Catalogue entries from the docs alone: every Market model and every dedicated API the pages document.

    :param pages: the documented operations (see the module docstring).
    """
    pages = list(pages)
    entries: dict[str, dict[str, Any]] = {}
    for model, (page, notes) in sorted(_market_pages(pages).items()):
        schema = (_request(page).get("schema") or {}).get("properties", {}).get("input") or {}
        entry = entry_from_page(page, model, "market", schema)
        entry["notes"] = [*notes, *entry["notes"]]
        entries[model] = entry
    for page in pages:
        if page.get("path") in DEDICATED and str(page.get("method", "POST")).upper() == "POST":
            model, family = DEDICATED[str(page["path"])]
            entries[model] = entry_from_page(page, model, family, _request(page).get("schema") or {})
    return entries


_NUMERIC = ("integer", "number")


def _merge_type(docs: dict[str, Any], ours: Mapping[str, Any], notes: list[str]) -> None:
    a, b = docs["type"], ours["type"]
    if a == b:
        return
    if {a, b} <= {"string", "url"} or {a, b} <= {"string_list", "url_list"}:
        docs["type"] = ours["type"] if b.startswith("url") else a  # the same wire type; a file field can upload
        return
    if {a, b} <= set(_NUMERIC):
        docs["type"] = "number"
    else:
        docs["type"] = b  # the overlay's (seed) wire type is what has been sent and accepted
    notes.append(f"`{docs['name']}`: the docs type it {a}, the overlay {b}; {docs['type']} is accepted")


def _merge_options(docs: dict[str, Any], ours: Mapping[str, Any], notes: list[str]) -> None:
    if "options" not in ours:
        return
    if "options" not in docs:
        if docs["type"] not in ("string", "integer", "string_list") or ours["type"] != docs["type"]:
            return
        docs["options"] = list(ours["options"])
        return
    extra = [o for o in ours["options"] if o not in docs["options"] and str(o) not in map(str, docs["options"])]
    if extra:
        docs["options"] = [*docs["options"], *extra]
        notes.append(f"`{docs['name']}`: {extra} are not in the docs' list but in the seed/earlier catalogue; accepted")


def _merge_limits(docs: dict[str, Any], ours: Mapping[str, Any], notes: list[str]) -> None:
    for key, widest in (("max_length", max), ("maximum", max), ("max_items", max), ("minimum", min)):
        if key in ours and key in docs and ours[key] != docs[key]:
            notes.append(f"`{docs['name']}`: {key} is {docs[key]} in the docs, {ours[key]} in the overlay; the wider")
            docs[key] = widest(docs[key], ours[key])
        elif key in ours and docs.get("type") == ours.get("type"):
            docs[key] = ours[key]
    for key in ("accept", "max_bytes", "default"):
        if key in ours and key not in docs:
            docs[key] = ours[key]
    if ours.get("accept") and docs.get("accept") and set(ours["accept"]) - set(docs["accept"]):
        docs["accept"] = [*docs["accept"], *(t for t in ours["accept"] if t not in docs["accept"])]


def merge_field(docs: dict[str, Any] | None, ours: Mapping[str, Any] | None, notes: list[str]) -> dict[str, Any]:
    """
    One field: the docs' description merged with the overlay's, so that both sides' values are accepted.

    :param docs: the field as the docs describe it, or ``None``.
    :param ours: the field as the overlay describes it, or ``None``.
    :param notes: where disagreements are noted.
    """
    if docs is None:
        assert ours is not None
        notes.append(f"`{ours['name']}`: not on the docs page; kept from the seed/earlier catalogue")
        return dict(ours)
    merged = dict(docs)
    if ours is None:
        return merged
    _merge_type(merged, ours, notes)
    _merge_options(merged, ours, notes)
    _merge_limits(merged, ours, notes)
    if bool(ours.get("required")) != bool(docs.get("required")) and "default" not in ours:
        said = "required" if docs.get("required") else "optional"
        notes.append(f"`{docs['name']}`: the docs call it {said}, the earlier catalogue did not; the docs win")
    if not merged["description"].isascii() and ours.get("description"):
        merged["description"] = ours["description"]
    return merged


def merge_entry(docs: Mapping[str, Any] | None, ours: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """
    One model's entry: generated from the docs, with the overlay's curated facts and fields on top.

    ``None`` for an overlay entry that only adds to a page the pages read lack (a partial crawl's refresh).

    :param docs: the entry generated from the docs, or ``None`` for a model only the overlay has.
    :param ours: the overlay's entry, or ``None`` for a model only the docs have.
    """
    if docs is None:
        assert ours is not None
        if "source" not in ours or "example_input" not in ours:
            return None
        entry = dict(ours)
        notes = list(_as_notes(ours.get("notes")))
        notes.append("not on any page of the docs snapshot; kept from the seed/earlier catalogue")
        entry["notes"] = notes
        return entry
    if ours is None:
        return dict(docs)
    notes = [*_as_notes(ours.get("notes")), *docs.get("notes", [])]
    by_name = {f["name"]: f for f in ours["fields"]}
    fields = [merge_field(f, by_name.get(f["name"]), notes) for f in docs["fields"]]
    documented = {f["name"] for f in docs["fields"]}
    fields += [merge_field(None, f, notes) for f in ours["fields"] if f["name"] not in documented]
    entry = {**docs, "fields": fields, "notes": notes}
    for key in ("operator", "summary", "output", "credits", "family"):
        if key in ours:
            entry[key] = ours[key]
    seed = str(ours.get("source_kind", "")).startswith("seed document")
    if seed or not docs.get("example_input"):
        # A seed document's example stays the entry's example (the example DAGs replay it); the docs page's is kept too.
        entry["example_input"] = ours.get("example_input", {})
        entry["example_source"] = ours.get("example_source", "documented")
        if docs.get("example_input") and docs["example_input"] != entry["example_input"]:
            entry["docs_example_input"] = docs["example_input"]
        entry["source_kind"] = ours.get("source_kind", entry.get("source_kind"))
    return entry


def _as_notes(notes: Any) -> list[str]:
    if not notes:
        return []
    return [notes] if isinstance(notes, str) else [str(n) for n in notes]


def build_catalogue(pages: Iterable[Mapping[str, Any]], overlay: Iterable[Mapping[str, Any]] = ()) -> list[dict]:
    """
    The catalogue's entries: what the docs pages say, with the overlay merged on top, in a stable order.

    :param pages: the documented operations.
    :param overlay: hand-curated entries (operator names, summaries, seed fields and values).
    """
    docs = generated_entries(pages)
    ours = {e["model"]: e for e in overlay}
    entries = [e for m in sorted(set(docs) | set(ours)) if (e := merge_entry(docs.get(m), ours.get(m))) is not None]
    taken = {e["operator"] for e in entries if "operator" in e}
    for entry in entries:
        if "operator" not in entry:
            entry["operator"] = operator_name(entry["model"], taken)
            taken.add(entry["operator"])
        if not entry["example_input"]:
            entry["example_source"] = "none published"
    return [{k: e[k] for k in _ENTRY_ORDER if k in e} for e in entries]


_ENTRY_ORDER = (
    "model",
    "operator",
    "family",
    "summary",
    "output",
    "credits",
    "source",
    "source_kind",
    "fields",
    "example_input",
    "example_source",
    "docs_example_input",
    "notes",
)


def load_pages(path: Path = SNAPSHOT_FILE) -> list[dict[str, Any]]:
    """
    The pages of a docs snapshot file.

    :param path: the snapshot (``{"pages": [...], ...}``).
    """
    return list(json.loads(path.read_text(encoding="utf-8"))["pages"])


def load_overlay(path: Path = OVERLAY_FILE) -> list[dict[str, Any]]:
    """
    The hand-curated overlay's entries.

    :param path: the overlay file (a JSON list of catalogue entries).
    """
    return list(json.loads(path.read_text(encoding="utf-8")))


def dump_catalogue(entries: list[dict[str, Any]]) -> str:
    """
    The catalogue's text as ``catalogue.json`` holds it.

    :param entries: the entries.
    """
    return json.dumps(entries, indent=1, ensure_ascii=False) + "\n"
