"""Files between the user's storage and kie.ai, for the operators: inputs prepared and uploaded, results persisted.

:func:`prepare_input` turns a rendered input into what createTask sends, in one pass: templated file
values checked against the allowed roots, file sources resolved and checked (type by content,
size), every field validated and normalised, then files uploaded. :func:`persist_results` streams a
finished task's files to a folder or object storage. The hook does the I/O; this module decides
what to send and where to store it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from kie_provider.catalogue import FieldSpec, ModelSpec, WireInput, as_list, get_model, validate_input
from kie_provider.exceptions import KieDownloadError, KieValidationError
from kie_provider.sources import (
    DEFAULT_UPLOAD_PATH,
    FileSource,
    check_source,
    is_object_storage_path,
    is_under_roots,
    is_upload_source,
    open_source,
    resolve_output_path,
    safe_file_stem,
)
from kie_provider.urls import is_http_url

if TYPE_CHECKING:
    from kie_provider.hooks.kie import KieHook
    from kie_provider.models import KieTask


def prepare_input(
    hook: KieHook,
    model: str,
    values: Mapping[str, Any],
    *,
    trusted: Iterable[str] = (),
    roots: tuple[str, ...] | None = None,
    upload_path: str = DEFAULT_UPLOAD_PATH,
    strict: bool | None = None,
) -> WireInput:
    """
    Turn a rendered input into createTask's ``input``, in one pass; upload its files; nothing is sent on a problem.

    Everything is checked before the first upload: a file value that templating produced must lie under
    ``roots``; every field is validated against the catalogue; each file's existence, size and type by
    content. http(s) URLs pass through untouched; an input without files makes no request here.

    :param hook: the hook that uploads.
    :param model: the kie.ai model name (only catalogue models have file fields).
    :param values: the model's input, after templating.
    :param trusted: the strings written in the DAG file itself (paths there are the DAG author's own).
    :param roots: where a templated value may name a file (default: ``[kie] templated_file_roots``).
    :param upload_path: the folder on kie.ai's upload storage.
    :param strict: refuse unlisted enum values and unknown fields (``None``: ``[kie] strict_validation``).
    """
    spec = get_model(model)
    if spec is None or not isinstance(values, Mapping):
        return validate_input(model, values, strict=strict)  # type: ignore[return-value]
    trusted, roots = frozenset(trusted), allowed_file_roots() if roots is None else roots
    check_templated_files(model, spec, values, trusted, roots)
    staged = validate_input(model, values, uploadable=is_upload_source, strict=strict)
    planned = _open_files(model, spec, staged, trusted, roots)
    try:
        for name, index, source in planned:
            url = hook.upload_file(source, upload_path=upload_path)
            hook.log.info("Uploaded %s for %s to kie.ai: %s", source.label, name, url)
            if index is None:
                staged[name] = url
            else:
                staged[name] = [*staged[name][:index], url, *staged[name][index + 1 :]]
    finally:
        for _, _, source in planned:
            source.close()
    return WireInput(staged)


def _open_files(
    model: str, spec: ModelSpec, staged: dict[str, Any], trusted: frozenset[str], roots: tuple[str, ...]
) -> list[tuple[str, int | None, FileSource]]:
    """
    Open and check every file of a validated input, each once: ``(field, index, source)`` to upload.

    A templated local file is checked against ``roots`` on its opened handle, and its type, hash and upload
    read that same handle, so re-pointing its name afterwards changes nothing. On any problem every opened
    file is closed and a :class:`KieValidationError` names them all.
    """
    planned: list[tuple[str, int | None, FileSource]] = []
    problems: list[tuple[str, Any, str]] = []
    for fspec in spec.fields:
        if not fspec.is_file or fspec.name not in staged:
            continue
        value = staged[fspec.name]
        for index, item in list(enumerate(value)) if isinstance(value, list) else [(None, value)]:
            if item == "" or is_http_url(item):
                continue  # an empty URL (kie.ai's own examples send one) is sent as it is
            where = fspec.name if index is None else f"{fspec.name}[{index}]"
            templated = isinstance(item, str) and item.strip() not in trusted
            try:
                source = open_source(item, roots if templated else None, fspec.max_bytes)
            except (OSError, ValueError) as exc:
                problems.append((where, item, f"{exc}; allowed: {fspec.allowed()}, or a file to upload"))
                continue
            planned.append((fspec.name, index, source))
            mime, problem = check_source(fspec, source)
            if problem or mime is None:
                problems.append((where, source.label, f"file {source.label!r}: {problem}"))
    if problems:
        for _, _, source in planned:
            source.close()
        lines = "\n".join(f"  - {name}: {why}" for name, _, why in problems)
        raise KieValidationError(
            f"invalid input file for kie.ai model {model!r} ({len(problems)} problem"
            f"{'s' if len(problems) > 1 else ''}); nothing was uploaded or created:\n{lines}",
            problems=problems,
        )
    return planned


def allowed_file_roots() -> tuple[str, ...]:
    """
    The roots under which a templated file field may name a file: Airflow option ``[kie] templated_file_roots``.

    A comma-separated list of local folders (``/data/inputs``) and storage URI prefixes
    (``s3://aws_default@bucket/inputs``); empty by default, so templated values may name no file at all.
    """
    from airflow.providers.common.compat.sdk import conf

    value = conf.get("kie", "templated_file_roots", fallback="") or ""
    return tuple(root.strip() for root in value.split(",") if root.strip())


def allowed_output_roots() -> tuple[str, ...]:
    """
    The folders a templated ``output_path`` may name: Airflow option ``[kie] templated_output_roots``.

    A comma-separated list of local folders (``/data/outputs``) and storage URI prefixes with their
    connection (``s3://aws_default@bucket/outputs``); empty by default, so a templated ``output_path``
    may name no folder at all.
    """
    from airflow.providers.common.compat.sdk import conf

    value = conf.get("kie", "templated_output_roots", fallback="") or ""
    return tuple(root.strip() for root in value.split(",") if root.strip())


def check_output_path(output_path: Any, trusted: Iterable[str], roots: tuple[str, ...] | None = None) -> None:
    """
    Refuse an ``output_path`` that templating produced (``params``, ``dag_run.conf``, XCom) unless under ``roots``.

    Nothing is created or written. A path written in the DAG file, a path object and an ``ObjectStoragePath``
    are the DAG author's own and stay free; ``..`` and symlinks are resolved before a local folder is checked,
    and a storage URI must name a connection and prefix the roots list.

    :param output_path: the rendered ``output_path``.
    :param trusted: the strings written in the DAG file itself.
    :param roots: the allowed folders and URI prefixes (default: ``[kie] templated_output_roots``).
    """
    if not isinstance(output_path, str) or not output_path.strip() or output_path.strip() in set(trusted):
        return
    roots = allowed_output_roots() if roots is None else roots
    if is_under_roots(output_path, roots):
        return
    allowed = (
        f"a folder under [kie] templated_output_roots ({', '.join(roots) if roots else 'none are set'}); "
        "or write the path in the DAG file, or pass an ObjectStoragePath"
    )
    raise KieValidationError(
        f"output_path {output_path!r} comes from templating (params, dag_run.conf, XCom) and names a folder "
        f"outside the allowed output roots; allowed: {allowed}. Nothing was created or written",
        problems=[("output_path", output_path, allowed)],
    )


def check_templated_files(
    model: str, spec: ModelSpec, values: Mapping[str, Any], trusted: frozenset[str], roots: tuple[str, ...]
) -> None:
    """
    Refuse a file path or URI that templating produced (``params``, ``dag_run.conf``, XCom) unless under ``roots``.

    Nothing is read: the message names the field and the value, never a file's content.

    :param model: the kie.ai model name, for the message.
    :param spec: the model's spec.
    :param values: the rendered input.
    :param trusted: the strings written in the DAG file itself.
    :param roots: local folders and storage URI prefixes under which templated values may name files.
    """
    problems: list[tuple[str, Any, str]] = []
    for fspec in spec.fields:
        for where, item in _file_items(fspec, values.get(fspec.name)):
            # Only strings come out of templating; path objects and bytes are written in the DAG file.
            if not isinstance(item, str) or is_http_url(item) or not is_upload_source(item):
                continue
            if item.strip() in trusted or is_under_roots(item, roots):
                continue
            where_roots = ", ".join(roots) if roots else "none are set"
            problems.append(
                (
                    where,
                    item,
                    f"{item!r} names a file on the worker or in storage and comes from templating (params, "
                    f"dag_run.conf, XCom); such a value may only name files under [kie] templated_file_roots "
                    f"({where_roots}). Write the path in the DAG file, pass an ObjectStoragePath, or give an "
                    "http(s) URL",
                )
            )
    if problems:
        lines = "\n".join(f"  - {name}: {why}" for name, _, why in problems)
        raise KieValidationError(
            f"refused input file for kie.ai model {model!r}; nothing was read, uploaded or created:\n{lines}",
            problems=problems,
        )


def _file_items(fspec: FieldSpec, value: Any) -> list[tuple[str, Any]]:
    """The values of a file field, each with how a message names it (``image_urls[1]``)."""
    if not fspec.is_file or value is None:
        return []
    if fspec.type == "url_list":
        value = as_list(value)
    if isinstance(value, list):
        return [(f"{fspec.name}[{index}]", item) for index, item in enumerate(value)]
    return [(fspec.name, value)]


def persist_results(hook: KieHook, task: KieTask, output_path: Any, default_ext: str) -> list[str]:
    """
    Stream every result file of a finished task to ``output_path`` as ``{taskId}_{index}{ext}``.

    :param hook: the hook.
    :param task: the succeeded task.
    :param output_path: a local folder, a storage URI or an ``ObjectStoragePath``.
    :param default_ext: the extension when neither the answer nor the URL tells one.
    """
    folder = resolve_output_path(output_path)
    if not is_object_storage_path(folder) or folder.protocol in ("file", "local"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KieDownloadError(f"could not create output folder {folder}: {exc}") from None
    return [
        hook.download_file(url, folder, f"{safe_file_stem(task.task_id)}_{index}", default_ext)
        for index, url in enumerate(task.result_urls)
    ]


def literal_strings(value: Any) -> Iterator[str]:
    """
    The strings written as they are in a DAG file's argument (templates and ``XComArg`` left out): trusted paths.

    :param value: an operator argument as the DAG file gives it.
    """
    if isinstance(value, str):
        if "{{" not in value and "{%" not in value:
            yield value.strip()
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from literal_strings(item)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from literal_strings(item)
