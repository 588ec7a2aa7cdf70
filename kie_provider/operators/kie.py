"""Operators that run kie.ai generations: one generic, and one per catalogue model.

Each submits a task, persists its taskId before waiting (so a retry reattaches instead of paying
twice), then waits synchronously or defers to :class:`~kie_provider.triggers.kie.KieTaskTrigger`.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Sequence
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

import pendulum
from airflow.providers.common.compat.sdk import ResumableJobMixin, conf
from airflow.sdk import BaseOperator

from kie_provider import metrics
from kie_provider.api import task_failed_error
from kie_provider.catalogue import CATALOGUE, ModelSpec, is_deferred, validate_input
from kie_provider.exceptions import (
    KieError,
    KieInsufficientCreditsError,
    KieNotFoundError,
    KieTaskMaybeCreatedError,
    KieValidationError,
)
from kie_provider.files import is_upload_source, persist_results, upload_inputs
from kie_provider.hooks.kie import DEFAULT_WAIT_TIMEOUT, KieHook
from kie_provider.links import KieLogsLink, KieResultLink
from kie_provider.models import KieTask, KieTaskState
from kie_provider.triggers.kie import KieTaskTrigger, task_from_event

if TYPE_CHECKING:
    from airflow.sdk import Context

XCOM_TASK_ID_KEY = "kie_task_id"
#: What ``task_state_store`` holds under the taskId's key while a createTask request is in flight. A
#: try that finds it follows one that died mid-submit: kie.ai may hold a task nobody recorded.
SUBMITTING = "submitting"
#: Whether this Airflow keeps ``task_state_store`` across tries (3.3+), which makes retries reattach.
DURABLE = ResumableJobMixin.__module__.startswith("airflow.sdk")
# Slack Airflow adds to the trigger's own deadline, so the trigger's timeout event (with its
# message) normally wins over Airflow's bare deferral timeout.
_DEFER_SLACK = 120.0


class KieCreateTaskOperator(ResumableJobMixin, BaseOperator):
    """
    Run one kie.ai generation for any model and return its finished record.

    Catalogue models are validated when the DAG is parsed (literal values) and again after
    templating, always before any request; other models are passed through. The taskId is pushed
    to XCom (``kie_task_id``) as soon as it exists. The return value is the finished task's
    :meth:`~kie_provider.models.KieTask.to_dict` (with ``result_urls``); with
    ``wait_for_completion=False`` it is the submitted task's ``task_id`` and ``model``.

    With ``durable=True`` (default, Airflow 3.3+) the taskId is kept in ``task_state_store``
    before waiting: a retry reattaches to a running task, returns at once if it already succeeded,
    and submits anew only if it failed. While the createTask request is in flight that key holds a
    ``{"submitting": ...}`` marker instead, which the taskId overwrites: a try whose process died
    mid-request leaves the marker, and the next try fails with
    :class:`~kie_provider.exceptions.KieTaskMaybeCreatedError` instead of paying a second time.

    :param model: the kie.ai model name, e.g. ``"topaz/image-upscale"``. Templated.
    :param input: the model's ``input`` object, wire field names as keys. Templated.
    :param kie_conn_id: the Airflow connection of type ``kie``.
    :param callback_url: an http(s) URL kie.ai POSTs the record to when the task ends. Templated.
    :param wait_for_completion: wait for the task to end; ``False`` returns once it is submitted.
    :param poll_interval: a fixed poll interval in seconds; ``None`` polls at 2.5 s backing off to 30 s.
    :param timeout: seconds to wait for the task before failing with ``KieTimeoutError``.
    :param deferrable: wait in the triggerer instead of a worker slot (default from
        ``[operators] default_deferrable``).
    :param durable: persist the taskId so that retries reattach (Airflow 3.3+; default on there,
        unavailable before).
    :param output_path: where to store the generated files once the task succeeded: a local folder,
        an ``ObjectStoragePath`` or a storage URI (``s3://conn@bucket/folder``). Files are streamed
        there as ``{taskId}_{index}{ext}`` and listed as ``output_paths`` in the return value and in
        the asset events of ``outlets``. kie.ai deletes generated media after 14 days. Templated.
    :param min_credits: fail before submitting (not retried) when the account has fewer credits.
    :param kwargs: :class:`~airflow.sdk.BaseOperator` arguments (``task_id``, ``retries``, ``outlets`` ...).

    File fields (``image_url``, ``image_urls``, ``audio_url``) also take a local path, an
    ``ObjectStoragePath``, a storage URI or bytes: the file is checked (type by content, size) and
    uploaded to kie.ai before the task is created. Each asset in ``outlets`` gets an event whose
    ``extra`` holds ``model``, ``task_id``, ``result_urls`` and ``output_paths``.
    """

    template_fields: Sequence[str] = ("model", "input", "callback_url", "output_path")
    template_fields_renderers: ClassVar[dict[str, str]] = {"input": "json"}
    ui_color = "#f3e8ff"
    external_id_key = XCOM_TASK_ID_KEY
    operator_extra_links = (KieLogsLink(), KieResultLink())

    def __init__(
        self,
        *,
        model: str,
        input: dict[str, Any] | None = None,
        kie_conn_id: str = KieHook.default_conn_name,
        callback_url: str | None = None,
        wait_for_completion: bool = True,
        poll_interval: float | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        deferrable: bool = conf.getboolean("operators", "default_deferrable", fallback=False),
        durable: bool | None = None,
        output_path: Any = None,
        min_credits: float | None = None,
        **kwargs: Any,
    ) -> None:
        # Only an explicit choice is passed on: below Airflow 3.3 the compat mixin warns that any
        # explicit value has no effect, and the default must stay silent there.
        if durable is not None:
            kwargs["durable"] = durable
        super().__init__(**kwargs)
        self.model = model
        self.input = input if input is not None else {}
        self.kie_conn_id = kie_conn_id
        self.callback_url = callback_url
        self.wait_for_completion = wait_for_completion
        self.poll_interval = poll_interval
        self.timeout = timeout
        self.deferrable = deferrable
        self.output_path = output_path
        self.min_credits = min_credits
        self._result: dict[str, Any] | None = None
        self._final: KieTask | None = None
        self._started = 0.0
        # Literal values are checked now, so a broken DAG shows as an import error.
        if isinstance(self.model, str) and not is_deferred(self.model) and isinstance(self.input, dict):
            validate_input(self.model, self.input, allow_deferred=True, uploadable=is_upload_source)

    @cached_property
    def hook(self) -> KieHook:
        """The kie.ai hook of this task."""
        return KieHook(kie_conn_id=self.kie_conn_id)

    def execute(self, context: Context) -> Any:
        """
        Validate the rendered input, then submit (or reattach) and wait.

        :param context: the Airflow context.
        """
        self._started = time.monotonic()
        if not isinstance(self.model, str) or not self.model.strip():
            raise KieValidationError(
                f"model must be a kie.ai model name, got {self.model!r}",
                problems=[("model", self.model, "a model name such as 'topaz/image-upscale'")],
            )
        self._refuse_after_interrupted_submit(context)
        # Files given by path, URI or bytes are checked, then uploaded, before kie.ai sees a URL.
        self._wire_input = validate_input(self.model, upload_inputs(self.hook, self.model, self.input))
        return self.execute_resumable(context)

    # ResumableJobMixin: how this operator submits, inspects and waits for one kie.ai task.

    def submit_job(self, context: Context) -> str:
        """
        Create the kie.ai task and push its taskId to XCom at once.

        :param context: the Airflow context.
        """
        if self.min_credits is not None:
            self._check_credits()
        ti = context["ti"]
        store = self._state_store(context)
        if store is not None:
            # Mark the request as in flight first, under the key the taskId will overwrite (one atomic
            # write, no window): if this process dies mid-request, the next try knows kie.ai may
            # have a task for this piece of work and does not pay again.
            marker = {"try_number": ti.try_number, "model": self.model, "since": pendulum.now("UTC").isoformat()}
            store.set(self.external_id_key, {SUBMITTING: marker})
        try:
            task_id = self.hook.create_task(self.model, self._wire_input, callback_url=self.callback_url)
        except KieError:
            # The hook decided what happened (not accepted, or maybe-created and said so): no marker.
            if store is not None:
                store.delete(self.external_id_key)
            raise
        if store is not None:
            # Stored at once, before anything else can fail; the mixin stores it again, harmlessly.
            store.set(self.external_id_key, task_id)
        metrics.task_created(self.model)
        self.log.info("Submitted %s to kie.ai: task %s", self.model, task_id)
        ti.xcom_push(key=XCOM_TASK_ID_KEY, value=task_id)
        return task_id

    def _state_store(self, context: Context) -> Any:
        """The task's ``task_state_store`` when this task is durable, else ``None``."""
        if not (DURABLE and getattr(self, "durable", False)):
            return None
        return context.get("task_state_store")

    def _refuse_after_interrupted_submit(self, context: Context) -> None:
        store = self._state_store(context)
        stored = store.get(self.external_id_key) if store is not None else None
        if not (isinstance(stored, dict) and SUBMITTING in stored):
            return
        ti = context["ti"]
        marker = stored[SUBMITTING] if isinstance(stored[SUBMITTING], dict) else {}
        where = (
            f"/api/v2/dags/{ti.dag_id}/dagRuns/{ti.run_id}/taskInstances/{ti.task_id}"
            f"/state-store/{self.external_id_key}"
        )
        if getattr(ti, "map_index", -1) not in (None, -1):
            where += f"?map_index={ti.map_index}"
        raise KieTaskMaybeCreatedError(
            f"try {marker.get('try_number', '?')} of this task was stopped while its createTask request for "
            f"{marker.get('model', self.model)} was in flight (since {marker.get('since', '?')}), so kie.ai may "
            "have created and charged a task that Airflow never recorded; this try submits nothing, so the work "
            "is not paid twice. Look for it at https://kie.ai/logs, then clear this task after either storing its "
            f'taskId to reattach (PUT {where} with {{"value": "<taskId>"}} on the REST API) or deleting that key '
            f"to submit anew (DELETE {where})."
        )

    def _check_credits(self) -> None:
        balance = self.hook.get_credits()
        metrics.credits_remaining(balance)
        if balance < float(self.min_credits or 0):
            raise KieInsufficientCreditsError(
                f"the kie.ai account has {balance:g} credits, fewer than min_credits={self.min_credits:g}; "
                "nothing was submitted. Add credits at https://kie.ai/billing (or lower min_credits), then re-run."
            )

    def get_job_status(self, external_id: Any, context: Context) -> str:
        """
        The state of a task submitted by an earlier try (``not_found`` if kie.ai has no record).

        :param external_id: the stored taskId.
        :param context: the Airflow context.
        """
        try:
            task = self.hook.get_task(str(external_id))
        except KieNotFoundError:
            return "not_found"
        if task.succeeded:
            self._final = task
        context["ti"].xcom_push(key=XCOM_TASK_ID_KEY, value=str(external_id))
        self.log.info("An earlier try created kie.ai task %s; it is %s", external_id, task.state.value)
        return task.state.value

    def is_job_active(self, status: str) -> bool:
        """
        Whether a stored task is still running (to reattach to).

        :param status: a state from :meth:`get_job_status`.
        """
        return status not in ("success", "fail", "not_found")

    def is_job_succeeded(self, status: str) -> bool:
        """
        Whether a stored task already succeeded (to return without submitting).

        :param status: a state from :meth:`get_job_status`.
        """
        return status == KieTaskState.SUCCESS.value

    def poll_until_complete(self, external_id: Any, context: Context) -> Any:
        """
        Wait for the task: here, or deferred to the triggerer. Raises if it failed.

        Returns the result too, because the mixin returns this method's value when it reattaches.

        :param external_id: the taskId.
        :param context: the Airflow context.
        """
        task_id = str(external_id)
        if not self.wait_for_completion:
            return self.get_job_result(task_id, context)
        if self.deferrable:
            self.log.info("Deferring: the triggerer waits for kie.ai task %s", task_id)
            self.defer(
                trigger=KieTaskTrigger(
                    kie_task_id=task_id,
                    kie_conn_id=self.kie_conn_id,
                    deadline=time.time() + self.timeout,
                    poll_interval=self.poll_interval,
                ),
                method_name="execute_complete",
                timeout=timedelta(seconds=self.timeout + _DEFER_SLACK),
            )
        task = self.hook.wait_for_task(
            task_id,
            poll_interval=self.poll_interval,
            timeout=self.timeout,
            on_state_change=lambda t: self.log.info(
                "kie.ai task %s is %s after %.0fs", t.task_id, t.state.value, time.monotonic() - self._started
            ),
        )
        self._final = task
        return self._finish(task, context)

    def get_job_result(self, external_id: Any, context: Context) -> Any:
        """
        The operator's return value: the finished record, or the submitted task's id and model.

        :param external_id: the taskId.
        :param context: the Airflow context.
        """
        if self._final is not None and self._final.task_id == str(external_id):
            return self._finish(self._final, context)
        if not self.wait_for_completion:
            return KieTask(task_id=str(external_id), model=self.model).to_dict()
        return self._finish(self.hook.get_task(str(external_id)), context)

    def execute_complete(self, context: Context, event: dict[str, Any] | None = None) -> Any:
        """
        Resume after the trigger fired: check the event, return the record or raise its typed error.

        :param context: the Airflow context.
        :param event: the trigger's event payload.
        """
        if isinstance(event, dict) and event.get("kie_task_id"):
            context["ti"].xcom_push(key=XCOM_TASK_ID_KEY, value=str(event["kie_task_id"]))
        return self._finish(task_from_event(event), context)

    def _finish(self, task: KieTask, context: Context) -> dict[str, Any]:
        if not task.succeeded:
            metrics.task_finished(task)
            raise task_failed_error(task)
        # The mixin asks for the result again after poll_until_complete returned it: download once.
        if self._result is not None and self._result.get("task_id") == task.task_id:
            return self._result
        metrics.task_finished(task)
        self.log.info("kie.ai %s", task.summary())
        for url in task.result_urls:
            self.log.info("Result: %s", url)
        result = task.to_dict()
        output_paths: list[str] = []
        if self.output_path:
            spec = CATALOGUE.get(task.model or self.model)
            output_paths = persist_results(self.hook, task, self.output_path, spec.output_extension if spec else ".bin")
            result["output_paths"] = output_paths
        self._emit_asset_extras(context, task, output_paths)
        self._result = result
        return result

    def _emit_asset_extras(self, context: Context, task: KieTask, output_paths: list[str]) -> None:
        from airflow.sdk import Asset

        events = context.get("outlet_events")
        if events is None:
            return
        for outlet in self.outlets or ():
            if isinstance(outlet, Asset):
                events[outlet].extra = {
                    "model": task.model or self.model,
                    "task_id": task.task_id,
                    "result_urls": list(task.result_urls),
                    "output_paths": list(output_paths),
                }


class KieModelOperator(KieCreateTaskOperator):
    """
    Base of the per-model operators: the model is fixed and its input fields are Python arguments.

    :param kwargs: the model's input fields by wire name, and :class:`KieCreateTaskOperator`'s
        arguments other than ``model`` and ``input``.
    """

    model_spec: ClassVar[ModelSpec]

    def __init__(self, **kwargs: Any) -> None:
        names = self.model_spec.field_names
        fields = {name: kwargs.pop(name) for name in names if name in kwargs}
        if "input" in kwargs or "model" in kwargs:
            raise TypeError(
                f"{type(self).__name__} takes the input fields as arguments ({', '.join(names)}), "
                "not model= or input=; use KieCreateTaskOperator for that"
            )
        super().__init__(model=self.model_spec.model, input=fields, **kwargs)


def _operator_doc(spec: ModelSpec) -> str:
    lines = [
        f"{spec.summary}",
        "",
        f"Runs kie.ai model ``{spec.model}``; see :class:`KieCreateTaskOperator` for waiting, retries and",
        "the return value. Every input field is templated.",
        "",
    ]
    for f in spec.fields:
        need = "Required." if f.required else "Optional."
        lines.append(f":param {f.name}: {f.description} {need} Allowed: {f.allowed()}.")
    lines.append(":param kwargs: the common arguments of :class:`KieCreateTaskOperator`.")
    return "\n".join(lines)


def _make_operator(spec: ModelSpec) -> type[KieModelOperator]:
    def __init__(self: KieModelOperator, **kwargs: Any) -> None:
        KieModelOperator.__init__(self, **kwargs)

    # Airflow reads the accepted arguments from the signature: naming the model's fields lets them
    # be given to .partial()/.expand() (dynamic task mapping) and through default_args.
    __init__.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
        + [inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=None) for f in spec.fields]
        + [inspect.Parameter("kwargs", inspect.Parameter.VAR_KEYWORD)]
    )
    return type(
        spec.operator_name,
        (KieModelOperator,),
        {"__doc__": _operator_doc(spec), "__module__": __name__, "model_spec": spec, "__init__": __init__},
    )


MODEL_OPERATORS: dict[str, type[KieModelOperator]] = {m: _make_operator(s) for m, s in CATALOGUE.items()}

KieTopazImageUpscaleOperator = MODEL_OPERATORS["topaz/image-upscale"]
KieNanoBananaEditOperator = MODEL_OPERATORS["google/nano-banana-edit"]
KieSeedreamV4TextToImageOperator = MODEL_OPERATORS["bytedance/seedream-v4-text-to-image"]
KieBytedanceV1ProFastImageToVideoOperator = MODEL_OPERATORS["bytedance/v1-pro-fast-image-to-video"]
KieKlingV1AvatarStandardOperator = MODEL_OPERATORS["kling/v1-avatar-standard"]

__all__ = [
    "KieBytedanceV1ProFastImageToVideoOperator",
    "KieCreateTaskOperator",
    "KieKlingV1AvatarStandardOperator",
    "KieModelOperator",
    "KieNanoBananaEditOperator",
    "KieSeedreamV4TextToImageOperator",
    "KieTopazImageUpscaleOperator",
]
