"""The ``airflow kie`` commands: settle by hand a task whose createTask may have been paid without an answer.

After a :class:`~kie_provider.exceptions.KieTaskMaybeCreatedError`, a person looks at https://kie.ai/logs
and either reattaches the Airflow task to the kie.ai task they find (``airflow kie reattach``) or lets it
submit anew (``airflow kie forget``). Both write the durable operator's ``task_state_store`` key
(Airflow 3.3+) and clear the task instance so the scheduler runs it again. ``airflow kie show`` prints
what is stored. The same commands run as ``python -m kie_provider.cli`` where the ``airflow`` command
does not list provider commands.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import sys
from typing import Any

from kie_provider.keys import ANY_INPUT, TASK_ID_KEY

#: The ``task_state_store`` key of the durable operators (their ``external_id_key``).
_TASK_ID = re.compile(r"^[A-Za-z0-9_-]{1,128}$")

# One definition of each argument, for Airflow's CLI and for ``python -m kie_provider.cli`` alike.
_ARGS: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {
    "dag_id": (("dag_id",), {"help": "the DAG id"}),
    "run_id": (("run_id",), {"help": "the DAG run id"}),
    "task_id": (("task_id",), {"help": "the Airflow task id"}),
    "map_index": (("--map-index",), {"type": int, "default": -1, "help": "the mapped task's index (default -1)"}),
    "kie_task_id": (("--kie-task-id",), {"required": True, "help": "the kie.ai taskId to reattach to"}),
    "kie_conn_id": (("--kie-conn-id",), {"default": "kie_default", "help": "the kie connection (default kie_default)"}),
    "family": (("--family",), {"default": None, "help": "the task's API family (veo, suno ...; default market)"}),
    "any_input": (
        ("--any-input",),
        {
            "action": "store_true",
            "help": "adopt the task even where kie.ai recorded another input than the task's (the model must match)",
        },
    ),
    "no_clear": (
        ("--no-clear",),
        {"action": "store_true", "help": "only change the stored taskId; do not clear the task instance"},
    ),
}
_COMMANDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "reattach": (
        "Store a kie.ai taskId for a task instance and clear it: it reattaches to that task, paying nothing more",
        ("dag_id", "run_id", "task_id", "map_index", "kie_task_id", "kie_conn_id", "family", "any_input", "no_clear"),
    ),
    "forget": (
        "Forget a task instance's kie.ai taskId (or in-flight marker) and clear it: it submits a new task",
        ("dag_id", "run_id", "task_id", "map_index", "no_clear"),
    ),
    "show": ("Print what a task instance stores about its kie.ai task", ("dag_id", "run_id", "task_id", "map_index")),
}


def get_kie_cli_commands() -> list[Any]:
    """The ``airflow kie`` command group, registered through the provider's ``cli`` metadata."""
    from airflow.cli.cli_config import ActionCommand, Arg, GroupCommand, lazy_load_command

    args = {name: Arg(flags, **kwargs) for name, (flags, kwargs) in _ARGS.items()}
    return [
        GroupCommand(
            name="kie",
            help="Settle kie.ai tasks whose createTask outcome is unknown (see KieTaskMaybeCreatedError)",
            subcommands=[
                ActionCommand(
                    name=name,
                    help=help_text,
                    func=lazy_load_command(f"kie_provider.cli.{name}"),
                    args=tuple(args[a] for a in arg_names),
                )
                for name, (help_text, arg_names) in _COMMANDS.items()
            ]
            + [_catalogue_group()],
        )
    ]


def _catalogue_group() -> Any:
    """``airflow kie catalogue refresh`` (see :mod:`kie_provider.catalogue_refresh`)."""
    from airflow.cli.cli_config import ActionCommand, Arg, GroupCommand, lazy_load_command

    from kie_provider.catalogue_refresh import ARGS

    return GroupCommand(
        name="catalogue",
        help="The model catalogue: refresh it from kie.ai's published docs",
        subcommands=[
            ActionCommand(
                name="refresh",
                help="Rebuild the catalogue from docs.kie.ai into the [kie] catalogue_override file",
                func=lazy_load_command("kie_provider.catalogue_refresh.refresh_command"),
                args=tuple(Arg(flags, **kwargs) for flags, kwargs in ARGS),
            )
        ],
    )


class CliError(SystemExit):
    """A command that cannot be carried out: exits with status 1 and a message that says why and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(f"error: {message}")


def _task_instance(args: argparse.Namespace, session: Any) -> Any:
    from airflow.models import TaskInstance

    ti = (
        session.query(TaskInstance)
        .filter(
            TaskInstance.dag_id == args.dag_id,
            TaskInstance.run_id == args.run_id,
            TaskInstance.task_id == args.task_id,
            TaskInstance.map_index == args.map_index,
        )
        .one_or_none()
    )
    if ti is None:
        where = f"{args.dag_id} / {args.run_id} / {args.task_id}" + (
            f" [map_index {args.map_index}]" if args.map_index != -1 else ""
        )
        raise CliError(f"no task instance {where}; check the DAG id, run id, task id and --map-index")
    return ti


def _scope(args: argparse.Namespace) -> Any:
    try:
        from airflow.state import TaskScope
    except ImportError:  # Airflow < 3.3
        raise CliError(
            "this Airflow has no task_state_store (it arrived in Airflow 3.3): a kie task is not durable here, "
            "so there is nothing stored to change; clear the task to submit anew"
        ) from None
    return TaskScope(dag_id=args.dag_id, run_id=args.run_id, task_id=args.task_id, map_index=args.map_index)


def _change(args: argparse.Namespace, value: Any) -> str:
    """Store ``value`` (or delete the key for ``None``) for the task instance, then clear it unless told not to."""
    from airflow.models.taskinstance import clear_task_instances
    from airflow.state import get_state_backend
    from airflow.utils.session import create_session

    scope = _scope(args)
    with create_session() as session:
        ti = _task_instance(args, session)
        backend = get_state_backend()
        if value is None:
            backend.delete(scope, TASK_ID_KEY, session=session)
        else:
            backend.set(scope, TASK_ID_KEY, json.dumps(value), session=session)
        if not args.no_clear:
            clear_task_instances([ti], session)
    return "" if args.no_clear else "; the task instance is cleared and runs again"


def recovery_advice(ti: Any, kie_conn_id: str, family: str) -> str:
    """
    The one command that resolves a maybe-created task, for a task instance (the operators' error names it).

    :param ti: the task instance.
    :param kie_conn_id: its kie connection, named when not the default (the command looks the taskId up there).
    :param family: its API family, named when not the Market.
    """
    where = " ".join(shlex.quote(str(part)) for part in (ti.dag_id, ti.run_id, ti.task_id))
    map_index = getattr(ti, "map_index", -1)
    where += f" --map-index {map_index}" if map_index not in (None, -1) else ""
    flags = (("--kie-conn-id", kie_conn_id, "kie_default"), ("--family", family, "market"))
    lookup = "".join(f" {flag} {value}" for flag, value, default in flags if value != default)
    return (
        f"Look for the task at https://kie.ai/logs, then either reattach to it: `airflow kie reattach {where} "
        f"--kie-task-id <taskId>{lookup}`, or submit anew: `airflow kie forget {where}` (each clears this task so "
        "that it runs again; `python -m kie_provider.cli` works the same)."
    )


def _check_known(kie_task_id: str, args: argparse.Namespace) -> Any:
    """Ask kie.ai for the task before anything is written: a taskId it does not know is refused."""
    from kie_provider.exceptions import KieError, KieNotFoundError
    from kie_provider.hooks.kie import KieHook

    family = getattr(args, "family", None)
    try:
        task = KieHook(getattr(args, "kie_conn_id", "kie_default")).get_task(kie_task_id, family)
    except KieNotFoundError:
        raise CliError(
            f"kie.ai has no record of task {kie_task_id!r} ({family or 'market'} API): nothing was stored or "
            "cleared. Check the id at https://kie.ai/logs, and pass --family for a Veo, Suno, Runway ... task"
        ) from None
    except KieError as error:
        raise CliError(f"could not look up kie.ai task {kie_task_id!r}: {error}; nothing was stored") from None
    print(f"kie.ai task {kie_task_id}: model {task.model or '?'}, {task.state.value}")
    return task


def _check_fits(task: Any, args: argparse.Namespace) -> None:
    """
    Refuse, before anything is written, a taskId of another model or made with another input than the task's.

    The task instance's rendered ``model`` and ``input`` (what its last try sent, as Airflow recorded them) are
    compared with kie.ai's record by the rules the operator applies when it adopts a stored taskId
    (:mod:`kie_provider.adoption`). A task instance that never rendered is checked by its next run instead.
    """
    from airflow.models.renderedtifields import RenderedTaskInstanceFields
    from airflow.utils.session import create_session

    from kie_provider.adoption import check_adoptable, check_same_input
    from kie_provider.catalogue import family_of
    from kie_provider.exceptions import KieValidationError

    with create_session() as session:
        rendered = RenderedTaskInstanceFields.get_templated_fields(_task_instance(args, session), session=session)
    model = (rendered or {}).get("model")
    if not isinstance(model, str) or not model:
        print("The task instance has not rendered its model yet: its next run checks the task before adopting it.")
        return
    family = family_of(model)
    try:
        check_adoptable(task, model, family.name, "--kie-task-id")
        if not getattr(args, "any_input", False):
            check_same_input(task, family, model, (rendered or {}).get("input"), "--kie-task-id")
    except KieValidationError as error:
        advice = "" if "was made for model" in str(error) else " To adopt it all the same, pass --any-input."
        raise CliError(f"{error}\nNothing was stored or cleared.{advice}") from None


def reattach(args: argparse.Namespace) -> None:
    """
    ``airflow kie reattach``: the task instance reattaches to ``--kie-task-id`` on its next run.

    :param args: the parsed command line.
    """
    kie_task_id = str(args.kie_task_id).strip()
    if not _TASK_ID.match(kie_task_id):
        raise CliError(
            f"--kie-task-id {args.kie_task_id!r} is not a kie.ai taskId: use the id shown at https://kie.ai/logs "
            "(letters, digits, '-' and '_', at most 128)"
        )
    _check_fits(_check_known(kie_task_id, args), args)
    # --any-input travels with the taskId: the task's next run adopts it without comparing inputs.
    done = _change(
        args, {"task_id": kie_task_id, ANY_INPUT: True} if getattr(args, "any_input", False) else kie_task_id
    )
    print(f"{args.task_id} will reattach to kie.ai task {kie_task_id}{done}.")


def forget(args: argparse.Namespace) -> None:
    """
    ``airflow kie forget``: the task instance submits a new kie.ai task on its next run.

    :param args: the parsed command line.
    """
    done = _change(args, None)
    print(f"{args.task_id} forgot its kie.ai task and will submit a new one{done}.")


def show(args: argparse.Namespace) -> None:
    """
    ``airflow kie show``: print the stored taskId record (or in-flight marker) as JSON.

    :param args: the parsed command line.
    """
    from airflow.state import get_state_backend
    from airflow.utils.session import create_session

    scope = _scope(args)
    with create_session() as session:
        _task_instance(args, session)
        value = get_state_backend().get(scope, TASK_ID_KEY, session=session)
    print(value if value is not None else "null")


def main(argv: list[str] | None = None) -> int:
    """
    ``python -m kie_provider.cli {reattach,forget,show} ...``: the same commands without the ``airflow`` CLI.

    :param argv: the arguments (default: ``sys.argv[1:]``).
    """
    parser = argparse.ArgumentParser(prog="python -m kie_provider.cli", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (help_text, arg_names) in _COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        for arg in arg_names:
            flags, kwargs = _ARGS[arg]
            command.add_argument(*flags, **kwargs)
    args = parser.parse_args(argv)
    {"reattach": reattach, "forget": forget, "show": show}[args.command](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
