"""The machinery of every kie.ai operator: :class:`KieCreateTaskOperator` and the base of the generated per-model ones.

An operator decides first whether an earlier try already made its task (and reattaches to it), and
only then prepares the input once and submits; it waits synchronously or defers to
:class:`~kie_provider.triggers.kie.KieTaskTrigger`. The per-model classes are generated source in
:mod:`kie_provider.operators.kie`. The hook, the trigger and the file transfers are imported when a
task runs, not when a DAG file is parsed.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

import pendulum
from airflow.providers.common.compat.sdk import ResumableJobMixin, conf
from airflow.sdk import BaseOperator

from kie_provider.adoption import check_adoptable, check_same_input
from kie_provider.catalogue import CATALOGUE, ModelSpec, as_list, family_of, is_deferred, validate_input
from kie_provider.config import DEFAULT_CONN_ID
from kie_provider.exceptions import (
    KieInsufficientCreditsError,
    KieNotFoundError,
    KieTaskMaybeCreatedError,
    KieValidationError,
)
from kie_provider.families import check_callback_url
from kie_provider.hints import deployment_callback_url, resolve_callback, sync_sleep
from kie_provider.keys import ANY_INPUT, FAILURE_KEY, TASK_ID_KEY
from kie_provider.lineage import KieLineageMixin
from kie_provider.links import KieLogsLink, KieResultLink
from kie_provider.models import KieTask, KieTaskState
from kie_provider.plan import TaskPlan
from kie_provider.sources import is_upload_source
from kie_provider.transfers import literal_strings
from kie_provider.waiting import DEFAULT_NOT_FOUND_GRACE, DEFAULT_WAIT_TIMEOUT, DEFER_SLACK, TaskWaiter, check_duration

if TYPE_CHECKING:
    from airflow.sdk import Context

    from kie_provider.hooks.kie import KieHook

#: What ``task_state_store`` holds under the taskId's key while a createTask request is in flight. A
#: try that finds it follows one that died mid-submit: kie.ai may hold a task nobody recorded.
SUBMITTING = "submitting"
#: Whether this Airflow keeps ``task_state_store`` across tries (3.3+), which makes retries reattach.
DURABLE = ResumableJobMixin.__module__.startswith("airflow.sdk")


def _generation(context: Context) -> dict[str, Any]:
    """A try's generation: the run's ``clear_number`` counts clears (not retries); a clear raises ``max_tries``."""
    ti, run = context["ti"], context.get("dag_run")
    return {"max_tries": getattr(ti, "max_tries", None), "clear_number": getattr(run, "clear_number", None)}


class _InFlightMarker:
    """
    The in-flight marker of a durable task: written right before each createTask send, removed when the
    answer proves nothing was created, and otherwise left for the taskId (or a maybe-created outcome).
    """

    def __init__(self, store: Any, key: str, marker: dict[str, Any]) -> None:
        self.store = store
        self.key = key
        self.marker = marker

    def sending(self) -> None:
        """Write the marker: the request is about to leave the process."""
        self.store.set(self.key, {SUBMITTING: self.marker})

    def not_created(self) -> None:
        """Remove the marker: kie.ai provably created nothing."""
        self.store.delete(self.key)


class KieCreateTaskOperator(KieLineageMixin, ResumableJobMixin, BaseOperator):
    """
    Run one kie.ai generation for any model and return its finished record.

    Catalogue models are validated when the DAG is parsed (literal values) and again after
    templating, always before any request; other models are passed through. The taskId is pushed
    to XCom (``kie_task_id``) as soon as it exists. The return value is the finished task's
    :meth:`~kie_provider.models.KieTask.to_dict` (with ``result_urls``); with
    ``wait_for_completion=False`` it is the submitted task's ``task_id`` and ``model``.

    With ``durable=True`` (default, Airflow 3.3+) the taskId is kept in ``task_state_store``
    before waiting. A retry (after a failure, a crash, a timeout or a lost triggerer) first looks at
    that task, before it prepares or uploads anything: it reattaches to a running task, returns at
    once if it already succeeded, and submits anew only if it failed or kie.ai has had no record of
    it for ``not_found_grace`` seconds. Clearing a task that delivered its result starts over (a new
    generation); clearing one that did not reattaches like a retry. While the createTask request is
    in flight the key holds a ``{"submitting": ...}`` marker, which stays whenever kie.ai may have
    created the task: the next try then fails with
    :class:`~kie_provider.exceptions.KieTaskMaybeCreatedError` (naming the ``airflow kie`` command
    that resolves it) instead of paying a second time.

    :param model: the kie.ai model name, e.g. ``"topaz/image-upscale"``. Templated.
    :param input: the model's ``input`` object, wire field names as keys. Templated.
    :param kie_conn_id: the Airflow connection of type ``kie``.
    :param callback_url: an http(s) URL kie.ai POSTs the record to when the task ends. Templated.
    :param wait_for_completion: wait for the task to end; ``False`` returns once it is submitted.
    :param poll_interval: a fixed poll interval in seconds (> 0); ``None`` polls at 2.5 s backing off to 30 s.
    :param timeout: seconds (> 0) to wait for the task before failing with ``KieTimeoutError``.
    :param deferrable: wait in the triggerer instead of a worker slot (default from
        ``[operators] default_deferrable``).
    :param durable: persist the taskId so that retries reattach (Airflow 3.3+; default on there,
        unavailable before).
    :param output_path: where to store the generated files once the task succeeded: a local folder,
        an ``ObjectStoragePath`` or a storage URI (``s3://conn@bucket/folder``). Files are streamed
        there as ``{taskId}_{index}{ext}`` and listed as ``output_paths`` in the return value and in
        the asset events of ``outlets``. kie.ai deletes generated media after 14 days. Templated.
    :param min_credits: fail before submitting (not retried) when the account has fewer credits.
    :param not_found_grace: seconds (>= 0) kie.ai may answer 404 in a row for the task before it
        counts as gone (a new task may not show at once; a gateway may answer one stray 404).
    :param strict_validation: refuse, instead of sending with a warning, an enum value the catalogue does
        not list and an unknown field; ``None`` reads the Airflow option ``[kie] strict_validation``.
    :param kwargs: :class:`~airflow.sdk.BaseOperator` arguments (``task_id``, ``retries``, ``outlets`` ...).

    File fields (``image_url``, ``image_urls``, ``audio_url``) also take a local path, an
    ``ObjectStoragePath``, a storage URI or bytes: the file is checked (type by content, size) and
    uploaded to kie.ai before the task is created. A path or URI that comes from templating
    (``params``, ``dag_run.conf``, XCom) is read only under the roots of the Airflow option
    ``[kie] templated_file_roots``. Each asset in ``outlets`` gets an event whose ``extra`` holds
    ``model``, ``task_id``, ``result_urls`` and ``output_paths``.
    """

    template_fields: Sequence[str] = ("model", "input", "callback_url", "output_path")
    template_fields_renderers: ClassVar[dict[str, str]] = {"input": "json"}
    ui_color = "#f3e8ff"
    external_id_key = TASK_ID_KEY
    operator_extra_links = (KieLogsLink(), KieResultLink())

    def __init__(
        self,
        *,
        model: str,
        input: dict[str, Any] | None = None,
        kie_conn_id: str = DEFAULT_CONN_ID,
        callback_url: str | None = None,
        wait_for_completion: bool = True,
        poll_interval: float | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        deferrable: bool = conf.getboolean("operators", "default_deferrable", fallback=False),
        durable: bool | None = None,
        output_path: Any = None,
        min_credits: float | None = None,
        not_found_grace: float = DEFAULT_NOT_FOUND_GRACE,
        strict_validation: bool | None = None,
        **kwargs: Any,
    ) -> None:
        # Only an explicit choice is passed on: below Airflow 3.3 the compat mixin warns that any
        # explicit value has no effect, and the default must stay silent there.
        if durable is not None:
            kwargs["durable"] = durable
        super().__init__(**kwargs)
        check_duration("poll_interval", poll_interval, allow_none=True)
        check_duration("timeout", timeout)
        check_duration("not_found_grace", not_found_grace, allow_zero=True)
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
        self.not_found_grace = not_found_grace
        self.strict_validation = strict_validation
        self._result: dict[str, Any] | None = None
        self._final: KieTask | None = None
        self._started = 0.0
        self._plan: TaskPlan | None = None  # resolved once in execute (kie_provider.plan)
        self._any_input = False  # the stored taskId came from `airflow kie reattach --any-input`
        # The file paths written in the DAG file itself, before templating: only those are trusted.
        self._literal_sources = frozenset(literal_strings([self.input, self.output_path]))
        # Literal values are checked now, so a broken DAG shows as an import error.
        if isinstance(self.model, str) and not is_deferred(self.model) and isinstance(self.input, dict):
            validate_input(
                self.model, self.input, allow_deferred=True, uploadable=is_upload_source, strict=strict_validation
            )
            if not is_deferred(self.callback_url):
                # A family that needs a callBackUrl gets the deployment's own route when one is configured.
                routed = deployment_callback_url(kie_conn_id) is not None
                check_callback_url(self.callback_url, None if routed else family_of(self.model))

    def render_template_fields(self, context: Context, jinja_env: Any = None) -> None:
        """
        Render the templated fields, then turn a list field rendered as text back into the list it names.

        ``"{{ ti.xcom_pull('gen')['result_urls'] }}"`` renders as the text ``"['https://...']"``; parsed
        here, the task's Rendered Template view shows the list it is, and validation reads one list.

        :param context: the Airflow context.
        :param jinja_env: the Jinja environment.
        """
        super().render_template_fields(context, jinja_env)
        spec = CATALOGUE.get(self.model) if isinstance(self.model, str) else None
        if spec is None or not isinstance(self.input, dict):
            return
        for field in spec.fields:
            value = self.input.get(field.name)
            if field.type in ("url_list", "string_list") and isinstance(value, str) and value.strip().startswith("["):
                self.input[field.name] = as_list(value)

    @property
    def plan(self) -> TaskPlan:
        """This try's plan, resolved once in ``execute`` (before it, from the arguments as they are)."""
        if self._plan is None or self._plan.model != self.model:
            self._plan = TaskPlan.of(
                self.model,
                self.kie_conn_id,
                timeout=self.timeout,
                poll_interval=self.poll_interval,
                not_found_grace=self.not_found_grace,
            )
        return self._plan

    @property
    def family(self) -> str:
        """The kie.ai API family that creates and polls this task's model (see :mod:`kie_provider.families`)."""
        return self.plan.family.name

    @cached_property
    def hook(self) -> KieHook:
        """The kie.ai hook of this task."""
        from kie_provider.hooks.kie import KieHook

        return KieHook(kie_conn_id=self.kie_conn_id)

    def execute(self, context: Context) -> Any:
        """
        Reattach to the task an earlier try made, if any; else prepare the input once, submit and wait.

        :param context: the Airflow context.
        """
        self._started = time.monotonic()
        if not isinstance(self.model, str) or not self.model.strip():
            raise KieValidationError(
                f"model must be a kie.ai model name, got {self.model!r}",
                problems=[("model", self.model, "a model name such as 'topaz/image-upscale'")],
            )
        from kie_provider.transfers import check_output_path, prepare_input

        check_output_path(self.output_path, self._literal_sources_of_dag())  # before any payment or folder
        self._plan = None
        plan = self.plan  # the model's spec and family, once
        store = self._state_store(context)
        if store is not None:
            # Before validating or uploading anything: the paid task may only need collecting.
            resumed = self._resume(context, store)
            if resumed is not None:
                return resumed
        # The callBackUrl to send, and whether kie.ai's callback wakes the deferred wait (see kie_provider.hints).
        callback, woken = resolve_callback(
            self.callback_url,
            plan.family,
            kie_conn_id=self.kie_conn_id,
            has_secret=lambda: bool(self.hook.config.webhook_hmac_key),
            log=self.log,
        )
        # One pass: templated file values checked, files resolved and checked, fields validated and
        # normalised, files uploaded; the result is sent as it is.
        wire_input = prepare_input(
            self.hook, self.model, self.input, trusted=self._literal_sources_of_dag(), strict=self.strict_validation
        )
        self._plan = plan.prepared(wire_input, callback, woken)
        task_id = self.submit_job(context)
        return self.poll_until_complete(task_id, context)

    # --- the reattach-or-submit decision -----------------------------------------------------------

    def _state_store(self, context: Context) -> Any:
        """The task's ``task_state_store`` when this task is durable, else ``None``."""
        if not (DURABLE and getattr(self, "durable", False)):
            return None
        return context.get("task_state_store")

    def _resume(self, context: Context, store: Any) -> Any:
        """Return the result of the task an earlier try made, or ``None`` when a new one must be submitted."""
        stored = store.get(self.external_id_key)
        if stored in (None, ""):
            return None
        if isinstance(stored, dict) and SUBMITTING in stored:
            raise self._interrupted_submit_error(context, stored[SUBMITTING])
        if isinstance(stored, dict):
            task_id, record = stored.get("task_id"), stored
        else:
            task_id, record = stored, {}
        if not isinstance(task_id, str) or not task_id.strip():
            raise KieValidationError(
                f"task_state_store key {self.external_id_key!r} holds {stored!r}, not a kie.ai taskId. "
                + self._recovery_advice(context),
                problems=[(self.external_id_key, stored, "a taskId string")],
            )
        # A record this task wrote names a task it made itself (a re-rendered template may differ): only a taskId
        # given by a person (`airflow kie reattach`, without --any-input) is compared with kie.ai's recorded input.
        self._any_input = bool(record.get(ANY_INPUT)) or "delivered" in record
        if record.get("delivered") and any(k in record and record[k] != v for k, v in _generation(context).items()):
            self.log.info("This task delivered kie.ai task %s and was cleared since: submitting anew", task_id)
            store.delete(self.external_id_key)
            return None
        status = self.get_job_status(task_id, context)
        if self.is_job_active(status):
            self.log.info("Reattaching to kie.ai task %s (%s), made by an earlier try", task_id, status)
            return self.poll_until_complete(task_id, context)
        if self.is_job_succeeded(status):
            self.log.info("kie.ai task %s, made by an earlier try, already succeeded: collecting it", task_id)
            return self.get_job_result(task_id, context)
        self.log.warning("kie.ai task %s of an earlier try is %s: submitting anew", task_id, status)
        return None

    def _recovery_advice(self, context: Context) -> str:
        """The one command that resolves a maybe-created task, for this task instance."""
        from kie_provider.cli import recovery_advice

        return recovery_advice(context["ti"], self.kie_conn_id, self.family)

    def _interrupted_submit_error(self, context: Context, marker: Any) -> KieTaskMaybeCreatedError:
        marker = marker if isinstance(marker, dict) else {}
        return KieTaskMaybeCreatedError(
            f"try {marker.get('try_number', '?')} of this task sent a createTask request for "
            f"{marker.get('model', self.model)} (since {marker.get('since', '?')}) whose outcome is unknown, so "
            "kie.ai may have created and charged a task that Airflow never recorded; this try submits nothing, "
            "so the work is not paid twice. " + self._recovery_advice(context)
        )

    def _literal_sources_of_dag(self) -> frozenset[str]:
        """The strings written in the DAG file for this task (for a mapped task: its literal expand values)."""
        if not getattr(self, "_BaseOperator__from_mapped", False):
            return self._literal_sources
        # A mapped instance was built from resolved values, XCom ones included: read the DAG's definition.
        defined = self.dag.task_dict.get(self.task_id) if self.has_dag() else None
        partial = getattr(defined, "partial_kwargs", None) or {}
        expand = getattr(getattr(defined, "expand_input", None), "value", None)
        return frozenset([*literal_strings(partial), *literal_strings(expand if expand is not None else ())])

    # --- ResumableJobMixin: how this operator submits, inspects and waits for one kie.ai task --------

    def submit_job(self, context: Context) -> str:
        """
        Create the kie.ai task and push its taskId to XCom at once.

        :param context: the Airflow context.
        """
        from kie_provider import metrics

        if self.min_credits is not None:
            self._check_credits()
        ti = context["ti"]
        store = self._state_store(context)
        guard = None
        if store is not None:
            marker = {"try_number": ti.try_number, "model": self.model, "since": pendulum.now("UTC").isoformat()}
            guard = _InFlightMarker(store, self.external_id_key, marker)
        try:
            plan = self.plan
            deadline = time.time() + plan.timeout  # no 429 back-off outlasts the task's timeout
            task_id = self.hook.create_task(
                plan.model, plan.wire_input or {}, plan.callback_url, guard=guard, deadline=deadline
            )
        except KieTaskMaybeCreatedError as error:
            if store is None:
                raise
            advice = self._recovery_advice(context)
            raise KieTaskMaybeCreatedError(f"{error.message} {advice}", code=error.code) from error
        if store is not None:
            # Overwrites the marker at once, before anything else can fail.
            store.set(self.external_id_key, self._record(context, task_id, delivered=False))
        metrics.task_created(self.model)
        self.log.info("Submitted %s to kie.ai: task %s", self.model, task_id)
        ti.xcom_push(key=TASK_ID_KEY, value=task_id)
        return task_id

    def _record(self, context: Context, task_id: str, *, delivered: bool) -> dict[str, Any]:
        return {"task_id": task_id, **_generation(context), "delivered": delivered}

    def _mark_delivered(self, context: Context, task_id: str) -> None:
        """Remember that this generation delivered its result, so that a clear starts over."""
        store = self._state_store(context)
        if store is not None:
            store.set(self.external_id_key, self._record(context, task_id, delivered=True))

    def _check_credits(self) -> None:
        from kie_provider import metrics

        balance = self.hook.get_credits()
        metrics.credits_remaining(balance)
        if balance < float(self.min_credits or 0):
            raise KieInsufficientCreditsError(
                f"the kie.ai account has {balance:g} credits, fewer than min_credits={self.min_credits:g}; "
                "nothing was submitted. Add credits at https://kie.ai/billing (or lower min_credits), then re-run."
            )

    def get_job_status(self, external_id: Any, context: Context) -> str:
        """
        The state of a task submitted by an earlier try (``not_found`` once kie.ai has had no record of it
        for ``not_found_grace`` seconds in a row: one stray 404 is not a vanished task).

        :param external_id: the stored taskId.
        :param context: the Airflow context.
        """
        task_id, plan = str(external_id), self.plan
        waiter = TaskWaiter.for_connection(
            task_id,
            self.hook.config,
            deadline=time.time() + plan.not_found_grace + 60,
            family=plan.family.name,
            poll_interval=plan.poll_interval,
            not_found_grace=plan.not_found_grace,
        )
        while True:
            try:
                task = self.hook.get_task(task_id, self.family)
            except KieNotFoundError as error:
                try:
                    waiter.on_error(error)
                except KieNotFoundError:
                    return "not_found"
                self.log.warning("kie.ai has no record of task %s right now; looking again", task_id)
                time.sleep(waiter.next_sleep())
                continue
            break
        check_adoptable(task, getattr(self, "model", None), self.family, self.external_id_key)
        if not self._any_input:
            check_same_input(task, plan.family, self.model, self.input, self.external_id_key)
        if task.succeeded:
            self._final = task
        context["ti"].xcom_push(key=TASK_ID_KEY, value=task_id)
        self.log.info("An earlier try created kie.ai task %s; it is %s", task_id, task.state.value)
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
        Wait for the task: here, or deferred to the triggerer. Raises if it failed; returns the result.

        :param external_id: the taskId.
        :param context: the Airflow context.
        """
        task_id, plan = str(external_id), self.plan
        if not self.wait_for_completion:
            return self.get_job_result(task_id, context)
        if self.deferrable:
            self.log.info("Deferring: the triggerer waits for kie.ai task %s", task_id)
            self.defer(
                trigger=plan.trigger(task_id),
                method_name="execute_complete",
                timeout=timedelta(seconds=plan.timeout + DEFER_SLACK),
            )
        with sync_sleep(task_id, plan.woken) as sleep:  # a callback to the deployment's route cuts a sleep short
            task = self.hook.wait_for_task(
                task_id,
                poll_interval=plan.poll_interval,
                timeout=plan.timeout,
                on_state_change=lambda t: self.log.info(
                    "kie.ai task %s is %s after %.0fs", t.task_id, t.state.value, time.monotonic() - self._started
                ),
                not_found_grace=plan.not_found_grace,
                family=plan.family.name,
                sleep=sleep,
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
            self._mark_delivered(context, str(external_id))
            return KieTask(task_id=str(external_id), model=self.model).to_dict()
        return self._finish(self.hook.get_task(str(external_id), self.family), context)

    def execute_complete(self, context: Context, event: dict[str, Any] | None = None) -> Any:
        """
        Resume after the trigger fired: check the event, return the record or raise its typed error.

        :param context: the Airflow context.
        :param event: the trigger's event payload.
        """
        from kie_provider.outcomes import task_from_event

        if isinstance(event, dict) and event.get("kie_task_id"):
            context["ti"].xcom_push(key=TASK_ID_KEY, value=str(event["kie_task_id"]))
        return self._finish(task_from_event(event), context)

    def _finish(self, task: KieTask, context: Context) -> dict[str, Any]:
        from kie_provider import metrics
        from kie_provider.outcomes import require_results, task_failed_error

        if not task.succeeded:
            metrics.task_finished(task)
            context["ti"].xcom_push(key=FAILURE_KEY, value=task.to_dict())  # failCode/failMsg for the UI plugin
            raise task_failed_error(task)
        # The result is returned more than once in a try (reattach paths): download once.
        if self._result is not None and self._result.get("task_id") == task.task_id:
            return self._result
        require_results(task)
        metrics.task_finished(task)
        self.log.info("kie.ai %s", task.summary())
        for url in task.result_urls:
            self.log.info("Result: %s", url)
        result = task.to_dict()
        output_paths: list[str] = []
        if self.output_path:
            from kie_provider.transfers import persist_results

            spec = CATALOGUE.get(task.model) if task.model and task.model != self.model else self.plan.spec
            output_paths = persist_results(self.hook, task, self.output_path, spec.output_extension if spec else ".bin")
            result["output_paths"] = output_paths
        self._emit_asset_extras(context, task, output_paths)
        self._mark_delivered(context, task.task_id)
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
    Base of the generated per-model operators: the model is fixed and its input fields are Python arguments.

    The subclasses in :mod:`kie_provider.operators.kie` name every field in their signatures (so IDEs,
    type checkers, ``default_args`` and ``.partial()/.expand()`` see them) and pass them here.

    :param fields: the model's input fields by wire name; ``None`` means "not given".
    :param extra_input: fields newer than this package, by wire name: sent as given, with a warning in the
        task log (an error under ``strict_validation``); a near miss of a known field is refused.
    :param kwargs: :class:`KieCreateTaskOperator`'s arguments other than ``model`` and ``input``.
    """

    model_spec: ClassVar[ModelSpec]

    def __init__(
        self, *, fields: Mapping[str, Any], extra_input: Mapping[str, Any] | None = None, **kwargs: Any
    ) -> None:
        if "input" in kwargs or "model" in kwargs:
            names = ", ".join(self.model_spec.field_names)
            raise TypeError(
                f"{type(self).__name__} takes the input fields as arguments ({names}), "
                "not model= or input=; use KieCreateTaskOperator for that"
            )
        given = {name: value for name, value in fields.items() if value is not None}
        twice = sorted(set(given) & set(extra_input or {}))
        if twice:
            raise TypeError(f"{type(self).__name__}: {twice} given both as arguments and in extra_input")
        super().__init__(model=self.model_spec.model, input={**given, **(extra_input or {})}, **kwargs)
