"""``airflow kie catalogue refresh``: rebuild the catalogue from kie.ai's live docs into a local override file.

For a deployment that reaches docs.kie.ai: the index (``llms.txt``) lists every docs page; each page's
markdown carries its OpenAPI schema in a fenced ``yaml`` (or ``json``) block. The pages are read into
the same shape as the package's snapshot and built with the same code
(:func:`kie_provider.catalogue_build.build_catalogue`), with the package's overlay on top, and written
to the file that the Airflow option ``[kie] catalogue_override`` names; :mod:`kie_provider.catalogue`
reads it at import, its entries winning by model id. A model or field kie.ai added after this package's
release then validates without an upgrade (through ``KieCreateTaskOperator`` or a typed operator's
``extra_input``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from kie_provider.catalogue_build import build_catalogue, dump_catalogue, generated_entries, load_overlay

DOCS_INDEX = "https://docs.kie.ai/llms.txt"
_LINK = re.compile(r"\]\((\S+?\.md)\)")
_FENCE = re.compile(r"^(`{3,})\s*(yaml|yml|json)\b[^\n]*\n(.*?)^\1\s*$", re.MULTILINE | re.DOTALL)
_METHODS = ("post", "get", "put", "patch", "delete")


def index_links(text: str, base: str) -> list[str]:
    """
    The page addresses an ``llms.txt`` index lists (its markdown links to ``.md`` pages), in order, once each.

    :param text: the index.
    :param base: the index's own address, for relative links.
    """
    seen: dict[str, None] = {}
    for link in _LINK.findall(text):
        seen.setdefault(urljoin(base, link), None)
    return list(seen)


def _resolve(node: Any, root: Mapping[str, Any], depth: int = 0) -> Any:
    """``node`` with every local ``$ref`` (``#/components/...``) replaced by what it names."""
    if depth > 20:
        return {}
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            target: Any = root
            for part in ref[2:].split("/"):
                target = target.get(part, {}) if isinstance(target, Mapping) else {}
            merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
            return _resolve(merged, root, depth + 1)
        return {k: _resolve(v, root, depth + 1) for k, v in node.items() if not str(k).startswith("x-apidog-refs")}
    if isinstance(node, list):
        return [_resolve(v, root, depth + 1) for v in node]
    return node


def _openapi_documents(markdown: str) -> Iterable[Mapping[str, Any]]:
    import yaml

    for _, _, body in _FENCE.findall(markdown):
        try:
            document = yaml.safe_load(body)
        except yaml.YAMLError:
            continue
        if isinstance(document, Mapping) and "openapi" in document and isinstance(document.get("paths"), Mapping):
            yield document


def pages_from_markdown(url: str, markdown: str) -> list[dict[str, Any]]:
    """
    The documented operations of one docs page, in the shape of ``data/docs_snapshot.json``'s pages.

    :param url: the page's address (its ``.md`` form).
    :param markdown: the page's text.
    """
    title = next((line[2:].strip() for line in markdown.splitlines() if line.startswith("# ")), url)
    pages = []
    for document in _openapi_documents(markdown):
        for path, operations in document["paths"].items():
            for method, operation in (operations or {}).items():
                if method not in _METHODS or not isinstance(operation, Mapping):
                    continue
                content = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
                content = _resolve(content, document)
                pages.append(
                    {
                        "path": path,
                        "method": method.upper(),
                        "source_url": url,
                        "source_title": operation.get("summary") or title,
                        "request": {
                            "application/json": {
                                "schema": content.get("schema") or {},
                                "example": content.get("example"),
                                "examples": content.get("examples"),
                            }
                        },
                    }
                )
    return pages


def fetch_pages(index_url: str = DOCS_INDEX, *, client: Any = None) -> list[dict[str, Any]]:
    """
    Read the docs index and every page it lists; a page that cannot be fetched is skipped (it is not in the result).

    :param index_url: the ``llms.txt`` address.
    :param client: an ``httpx.Client`` (default: a new one with a 30-second timeout).
    """
    import httpx

    own = client is None
    client = client or httpx.Client(timeout=30.0, follow_redirects=True)
    try:
        index = client.get(index_url)
        index.raise_for_status()
        pages: list[dict[str, Any]] = []
        for link in index_links(index.text, index_url):
            try:
                response = client.get(link)
                response.raise_for_status()
            except httpx.HTTPError:
                continue
            pages.extend(pages_from_markdown(link, response.text))
        return pages
    finally:
        if own:
            client.close()


def refresh(output: Path, index_url: str = DOCS_INDEX, *, client: Any = None) -> dict[str, Any]:
    """
    Build the catalogue from the live docs (with the package's overlay) and write it to ``output``.

    :param output: the override file to write (``[kie] catalogue_override``).
    :param index_url: the docs index.
    :param client: an ``httpx.Client`` to fetch with.
    :return: a summary: pages read, models written, and the models new to this package.
    """
    from kie_provider.catalogue import CATALOGUE_FILE

    pages = fetch_pages(index_url, client=client)
    if not any(p["path"] == "/api/v1/jobs/createTask" for p in pages):
        raise ValueError(f"{index_url} lists no page with a Market createTask schema; nothing written")
    documented = set(generated_entries(pages))
    # Only what the live docs document: every other model stays as the package ships it.
    entries = [e for e in build_catalogue(pages, load_overlay()) if e["model"] in documented]
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".tmp")
    tmp.write_text(dump_catalogue(entries), encoding="utf-8")
    tmp.replace(output)
    shipped = {e["model"] for e in json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))}
    return {
        "pages": len(pages),
        "models": len(entries),
        "new": sorted(e["model"] for e in entries if e["model"] not in shipped),
        "output": str(output),
    }


#: The command's arguments, for Airflow's CLI and ``python -m kie_provider.catalogue_refresh`` alike.
ARGS: tuple[tuple[tuple[str, ...], dict[str, Any]], ...] = (
    (("--index-url",), {"default": DOCS_INDEX, "help": f"the docs index (default {DOCS_INDEX})"}),
    (("--output",), {"default": None, "help": "the file to write (default: the [kie] catalogue_override option)"}),
)


def refresh_command(args: Any) -> None:
    """
    ``airflow kie catalogue refresh``: write the override file and say what changed.

    :param args: the parsed command line (``index_url``, ``output``).
    """
    from kie_provider.catalogue import configured_override

    target = args.output or configured_override()
    if not target:
        raise SystemExit(
            "error: name the file to write: set the Airflow option [kie] catalogue_override "
            "(AIRFLOW__KIE__CATALOGUE_OVERRIDE) or pass --output"
        )
    try:
        summary = refresh(Path(target).expanduser(), args.index_url)
    except (OSError, ValueError) as exc:
        raise SystemExit(f"error: {exc}") from None
    except Exception as exc:  # httpx errors: the docs could not be read
        raise SystemExit(f"error: could not read {args.index_url}: {exc}") from None
    new = ", ".join(summary["new"]) or "none"
    print(
        f"wrote {summary['output']}: {summary['models']} models from {summary['pages']} documented operations; "
        f"new to this package: {new}. Restart Airflow's processes to load it."
    )


def main(argv: list[str] | None = None) -> int:
    """
    ``python -m kie_provider.catalogue_refresh``: the same command where the ``airflow`` CLI does not list it.

    :param argv: the arguments.
    """
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m kie_provider.catalogue_refresh", description=__doc__.splitlines()[0]
    )
    for flags, kwargs in ARGS:
        parser.add_argument(*flags, **kwargs)
    refresh_command(parser.parse_args(argv))
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main())
