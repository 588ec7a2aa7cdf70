"""
OpenLineage for the kie operators: what a generation read, what it made, and what it cost.

:class:`KieLineageMixin` gives an operator the three methods the OpenLineage provider calls
(``get_openlineage_facets_on_start/complete/failure``). The provider is optional: everything from it is
imported inside the methods, so nothing is needed when it is absent.

- inputs: the file fields' values (http(s) source URLs, local files and storage URIs to be uploaded) and,
  once kie.ai recorded the task, the URLs it was given;
- outputs: the result URLs and, with ``output_path``, the stored files (object-storage datasets);
- run facets: the kie taskId as the external query id (``externalQuery``), model, credits and generation
  time (``kie``), and kie.ai's failCode/failMsg on failure (``errorMessage``).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from kie_provider.keys import FAILURE_KEY
from kie_provider.urls import is_http_url

#: The ``source`` of the external query facet.
SOURCE = "kie.ai"


def dataset_for(location: str) -> Any:
    """
    An OpenLineage dataset for a URL, a storage URI or a local path.

    :param location: ``https://host/path``, ``s3://bucket/key`` (also ``s3://conn@bucket/key``) or a path.
    """
    from openlineage.client.event_v2 import Dataset

    parts = urlsplit(location)
    if parts.scheme and parts.scheme != "file" and parts.netloc:
        host = parts.netloc.rsplit("@", 1)[-1]  # an Airflow connection id before "@" is not part of the name
        name = parts.path.lstrip("/") or "/"
        if parts.scheme in ("http", "https"):
            name = parts.path or "/"
        return Dataset(namespace=f"{parts.scheme}://{host}", name=name)
    path = parts.path if parts.scheme == "file" else location
    return Dataset(namespace="file", name=path)


def _locations(value: Any) -> list[str]:
    """The string locations inside an input value (a string or a list of them)."""
    items = value if isinstance(value, (list, tuple)) else [value]
    out = []
    for item in items:
        text = str(item) if not isinstance(item, (bytes, bytearray)) else ""
        if text and (text.startswith("/") or "://" in text):
            out.append(text)
    return out


class KieLineageMixin:
    """OpenLineage methods for an operator with ``model``, ``input`` and the kie operators' record of the task."""

    def _lineage_inputs(self, record: dict[str, Any] | None) -> list[Any]:
        seen: dict[tuple[str, str], Any] = {}
        values: list[Any] = list((getattr(self, "input", None) or {}).values())
        param = (record or {}).get("param")
        if isinstance(param, dict) and isinstance(param.get("input"), dict):
            values.extend(param["input"].values())
        for value in values:
            for location in _locations(value):
                ds = dataset_for(location)
                seen.setdefault((ds.namespace, ds.name), ds)
        return list(seen.values())

    def _lineage_record(self, task_instance: Any = None, failed: bool = False) -> dict[str, Any] | None:
        result = getattr(self, "_result", None)
        if isinstance(result, dict) and not failed:
            return result
        final = getattr(self, "_final", None)
        if final is not None:
            return dict(final.to_dict())
        if task_instance is not None:
            try:
                pulled = task_instance.xcom_pull(task_ids=task_instance.task_id, key=FAILURE_KEY)
            except Exception:
                pulled = None
            if isinstance(pulled, dict):
                return pulled
        return None

    def _lineage(self, record: dict[str, Any] | None, error: str | None = None) -> Any:
        import attr
        from airflow.providers.openlineage.extractors import OperatorLineage
        from openlineage.client.facet_v2 import RunFacet, error_message_run, external_query_run

        @attr.define
        class KieRunFacet(RunFacet):
            """The kie.ai generation: model, credits, generation seconds, state."""

            model: str | None = attr.field(default=None)
            credits: float | None = attr.field(default=None)
            generationSeconds: float | None = attr.field(default=None)  # camelCase, as OpenLineage facets spell fields
            state: str | None = attr.field(default=None)

            @staticmethod
            def _get_schema() -> str:
                return "https://github.com/kie-provider/kie-provider/blob/main/docs/kie-run-facet.json"

        record = record or {}
        outputs = []
        for url in record.get("result_urls") or []:
            if is_http_url(url):
                outputs.append(dataset_for(url.strip()))
        for path in record.get("output_paths") or []:
            if isinstance(path, str):
                outputs.append(dataset_for(path))
        run_facets: dict[str, Any] = {
            "kie": KieRunFacet(
                model=record.get("model") or getattr(self, "model", None),
                credits=record.get("consume_credits"),
                generationSeconds=record.get("cost_time"),
                state=record.get("state"),
            )
        }
        if record.get("task_id"):
            run_facets["externalQuery"] = external_query_run.ExternalQueryRunFacet(
                externalQueryId=str(record["task_id"]), source=SOURCE
            )
        if error:
            run_facets["errorMessage"] = error_message_run.ErrorMessageRunFacet(
                message=error, programmingLanguage="python"
            )
        return OperatorLineage(inputs=self._lineage_inputs(record), outputs=outputs, run_facets=run_facets)

    def get_openlineage_facets_on_start(self) -> Any:
        """The inputs the task is about to send (its file fields), and the model."""
        return self._lineage(None)

    def get_openlineage_facets_on_complete(self, task_instance: Any) -> Any:
        """
        Inputs, outputs (result URLs, stored files), the kie taskId and the generation's cost.

        :param task_instance: the finished task instance.
        """
        return self._lineage(self._lineage_record(task_instance))

    def get_openlineage_facets_on_failure(self, task_instance: Any) -> Any:
        """
        As on completion, with kie.ai's failCode/failMsg (or the task's error) as the error message.

        :param task_instance: the failed task instance.
        """
        record = self._lineage_record(task_instance, failed=True)
        error = None
        if record and (record.get("fail_code") or record.get("fail_msg")):
            error = f"kie.ai failCode {record.get('fail_code')}: {record.get('fail_msg')}"
        else:
            error = "the kie.ai task did not finish"
        return self._lineage(record, error=error)
