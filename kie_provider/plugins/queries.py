"""
The plugin's reads of Airflow's metadata database: kie tasks, spend and health, for a set of readable DAGs.

A kie task is a task instance with a ``kie_task_id`` XCom (every kie operator pushes one as soon as the task
exists on kie.ai). Its finished record is the ``return_value`` XCom (``KieTask.to_dict``), or the
``kie_failure`` XCom when kie.ai reported the generation failed. Every query:

- is limited to the DAGs the caller may read (``dag_ids``, decided by Airflow's auth manager);
- finds kie tasks through the XCom key index (``idx_xcom_key``) and joins the other XComs by the XCom
  primary key and the task instance by its unique key (``dag_id, task_id, run_id, map_index``): no index of
  its own is needed;
- is bounded: lists by ``limit`` (at most :data:`MAX_LIMIT`), aggregates by a time window (at most
  :data:`MAX_WINDOW_DAYS`) and in the database (JSON fields read with SQL, not in Python).
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import and_, func, literal, select
from sqlalchemy.orm import Session, aliased

from kie_provider.keys import FAILURE_KEY as KEY_FAILURE
from kie_provider.keys import RESULT_KEY as KEY_RESULT
from kie_provider.keys import TASK_ID_KEY as KEY_TASK_ID
from kie_provider.plugins.sqljson import MAX_RECORD_NUMBER, JsonNumber, JsonText
from kie_provider.urls import is_http_url

#: Bounds of every query.
MAX_LIMIT = 200
MAX_WINDOW_DAYS = 90
#: Health is computed from at most this many of the newest kie tasks in the window.
HEALTH_SAMPLE = 5000
#: Task instance states that mean "in flight".
IN_FLIGHT_STATES = ("deferred", "running", "queued", "scheduled", "up_for_reschedule")


@dataclass
class TaskFilter:
    """
    What a list or an aggregate is restricted to.

    :param dag_id: one DAG, or ``None`` for every readable one.
    :param model: a kie.ai model name, or ``None``.
    :param state: an Airflow task instance state (``success``, ``failed``, ``deferred`` ...), or ``None``.
    :param since: only kie tasks created at or after this instant (aware), or ``None``.
    """

    dag_id: str | None = None
    model: str | None = None
    state: str | None = None
    since: datetime | None = None


def window_start(hours: float | None, now: datetime | None = None) -> datetime:
    """
    The start of a time window of ``hours`` (capped at :data:`MAX_WINDOW_DAYS`).

    :param hours: the window's length; ``None`` or less than 0 means the longest window.
    :param now: the window's end (default: now).
    """
    end = now or datetime.now(timezone.utc)
    cap = MAX_WINDOW_DAYS * 24.0
    length = cap if hours is None or hours <= 0 else min(float(hours), cap)
    return end - timedelta(hours=length)


@functools.cache
def _models() -> tuple[Any, Any, Any, Any]:
    """The task instance model and the three XCom aliases, made once so that every query shares them."""
    from airflow.models.taskinstance import TaskInstance
    from airflow.models.xcom import XComModel

    kid = aliased(XComModel, name="kid")
    res = aliased(XComModel, name="res")
    fail = aliased(XComModel, name="fail")
    return TaskInstance, kid, res, fail


def _same_ti(other: Any, kid: Any, key: str) -> Any:
    return and_(
        other.dag_run_id == kid.dag_run_id,
        other.task_id == kid.task_id,
        other.map_index == kid.map_index,
        other.key == key,
    )


def _base(
    dag_ids: Iterable[str],
    flt: TaskFilter,
    columns: list[Any],
    *,
    with_ti: bool = True,
    with_failure: bool = True,
    with_result: bool = True,
    newest_first_scan: bool = False,
) -> Any:
    """
    The kie tasks of readable DAGs matching ``flt``, with their task instance and result XComs joined.

    :param dag_ids: the readable DAGs.
    :param flt: the filters.
    :param columns: what to select.
    :param with_ti: join the task instance (needed for its columns and the state filter).
    :param with_failure: join the ``kie_failure`` XCom (needed for its columns and the model filter).
    :param with_result: join the ``return_value`` XCom (needed for its columns and the model filter).
    :param newest_first_scan: for a first page without a DAG filter: match the key without its index, so
        that the database walks the XCom primary key backwards (newest run first) and stops at the limit.
    """
    ti, kid, res, fail = _models()
    wanted = sorted(set(dag_ids))
    if flt.dag_id is not None:
        wanted = [d for d in wanted if d == flt.dag_id]
    stmt = select(*columns).select_from(kid)
    if with_ti or flt.state:
        stmt = stmt.join(
            ti,
            and_(
                ti.dag_id == kid.dag_id,
                ti.task_id == kid.task_id,
                ti.run_id == kid.run_id,
                ti.map_index == kid.map_index,
            ),
        )
    if with_result or flt.model:
        stmt = stmt.outerjoin(res, _same_ti(res, kid, KEY_RESULT))
    if with_failure or flt.model:
        stmt = stmt.outerjoin(fail, _same_ti(fail, kid, KEY_FAILURE))
    key_match = func.coalesce(kid.key, "") == KEY_TASK_ID if newest_first_scan else kid.key == KEY_TASK_ID
    stmt = stmt.where(key_match, kid.dag_id.in_(wanted))
    if flt.since is not None:
        stmt = stmt.where(kid.timestamp >= flt.since)
    if flt.state:
        stmt = stmt.where(ti.state == flt.state)
    if flt.model:
        stmt = stmt.where(func.coalesce(_json(res, "model"), _json(fail, "model")) == flt.model)
    return stmt


def _json(alias: Any, field: str) -> Any:
    """A string field of a JSON XCom value, read by the database (NULL when the value is no JSON object)."""
    return JsonText(alias.value, literal(field))


def _json_float(alias: Any, field: str) -> Any:
    """A number field of a JSON XCom value within ``[0, MAX_RECORD_NUMBER]``, else NULL."""
    return JsonNumber(alias.value, literal(field))


def _decode(value: Any) -> Any:
    """An XCom value as stored: JSON (already decoded by SQLAlchemy) or, from older writers, a JSON string."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.isoformat()
    return str(value)


def _page_keys(dag_ids: Iterable[str], flt: TaskFilter, limit: int, offset: int = 0) -> Any:
    """The keys of one page of kie tasks, newest run first, found through the XCom index alone."""
    ti, kid, res, fail = _models()
    return (
        _base(
            dag_ids,
            flt,
            [kid.dag_run_id, kid.dag_id, kid.run_id, kid.task_id, kid.map_index],
            with_ti=False,
            with_failure=False,
            with_result=False,
        )
        .order_by(kid.dag_run_id.desc(), kid.task_id.desc(), kid.map_index.desc())
        .limit(limit)
        .offset(offset)
        .subquery("page")
    )


def _joined(page: Any, columns: list[Any]) -> Any:
    """``columns`` of the kie tasks of ``page``: their task instance and result XComs joined by key."""
    ti, kid, res, fail = _models()
    return (
        select(*columns)
        .select_from(page)
        .join(
            kid,
            and_(
                kid.dag_run_id == page.c.dag_run_id,
                kid.task_id == page.c.task_id,
                kid.map_index == page.c.map_index,
                kid.key == KEY_TASK_ID,
            ),
        )
        .join(
            ti,
            and_(
                ti.dag_id == page.c.dag_id,
                ti.task_id == page.c.task_id,
                ti.run_id == page.c.run_id,
                ti.map_index == page.c.map_index,
            ),
        )
        .outerjoin(res, _same_ti(res, kid, KEY_RESULT))
        .outerjoin(fail, _same_ti(fail, kid, KEY_FAILURE))
        .order_by(page.c.dag_run_id.desc(), page.c.task_id.desc(), page.c.map_index.desc())
    )


def _task_columns() -> list[Any]:
    """What a task item is read from (:func:`task_item`): the taskId's XCom, the task instance, its outcome."""
    ti, kid, res, fail = _models()
    return [
        kid.dag_id,
        kid.run_id,
        kid.task_id,
        kid.map_index,
        kid.value.label("kie_task_id"),
        kid.timestamp.label("created"),
        ti.state,
        ti.try_number,
        ti.start_date,
        ti.end_date,
        ti.operator,
        res.value.label("result"),
        fail.value.label("failure"),
    ]


def list_tasks(session: Session, dag_ids: Iterable[str], flt: TaskFilter, limit: int, offset: int) -> dict[str, Any]:
    """
    Recent kie tasks, newest run first: one page of at most ``limit`` (capped at :data:`MAX_LIMIT`).

    :param session: a metadata database session.
    :param dag_ids: the DAGs the caller may read.
    :param flt: the filters.
    :param limit: the page size.
    :param offset: how many to skip.
    """
    limit = max(1, min(int(limit), MAX_LIMIT))
    offset = max(0, int(offset))
    columns = _task_columns()
    # First the page's keys (only the XCom index and the filters' own joins), then the rest for those rows.
    stmt = _joined(_page_keys(dag_ids, flt, limit + 1, offset), columns)
    rows = session.execute(stmt).all()
    items = [task_item(row) for row in rows[:limit]]
    return {
        "items": items,
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if len(rows) > limit else None,
    }


def get_task(
    session: Session, dag_ids: Iterable[str], dag_id: str, run_id: str, task_id: str, map_index: int
) -> dict[str, Any] | None:
    """
    One task instance's kie task, or ``None`` when it has none or its DAG is not readable.

    :param session: a metadata database session.
    :param dag_ids: the DAGs the caller may read.
    :param dag_id: the DAG.
    :param run_id: the run.
    :param task_id: the task.
    :param map_index: the mapped instance, or -1.
    """
    if dag_id not in set(dag_ids):
        return None
    columns = _task_columns()
    kid = _models()[1]
    stmt = _base([dag_id], TaskFilter(), columns).where(
        kid.run_id == run_id, kid.task_id == task_id, kid.map_index == map_index
    )
    row = session.execute(stmt).first()
    return task_item(row) if row is not None else None


def _safe_url(value: Any) -> str | None:
    """An http(s) URL, or ``None``: XCom can be written by DAG code, so nothing else is shown as a link."""
    return value.strip() if is_http_url(value) else None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def record_number(value: Any) -> float | None:
    """
    A number of a record written to XCom, or ``None`` unless it is a finite number in ``[0, MAX_RECORD_NUMBER]``.

    :param value: anything DAG code may have written (``10**400``, NaN, strings, booleans ...).
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) and 0 <= number <= MAX_RECORD_NUMBER else None


def task_item(row: Any) -> dict[str, Any]:
    """
    One kie task as the API shows it: identity, Airflow state, kie.ai record fields, media URLs (http(s) only).

    :param row: a row of :func:`list_tasks`'s query.
    """
    record = _decode(row.result)
    failure = _decode(row.failure)
    rec: dict[str, Any] = record if isinstance(record, dict) else failure if isinstance(failure, dict) else {}
    raw_urls = rec.get("result_urls")
    urls: list[Any] = raw_urls if isinstance(raw_urls, list) else []
    raw_param = rec.get("param")
    param: dict[str, Any] = raw_param if isinstance(raw_param, dict) else {}
    raw_inputs = param.get("input")
    inputs: dict[str, Any] = raw_inputs if isinstance(raw_inputs, dict) else {}
    source_urls: list[str] = []
    for value in inputs.values():
        for item in value if isinstance(value, list) else [value]:
            url = _safe_url(item)
            if url:
                source_urls.append(url)
    kie_task_id = _decode(row.kie_task_id)

    def number(name: str) -> float | None:
        return record_number(rec.get(name))

    return {
        "dag_id": row.dag_id,
        "run_id": row.run_id,
        "task_id": row.task_id,
        "map_index": row.map_index,
        "state": row.state,
        "try_number": row.try_number,
        "operator": row.operator,
        "created": _iso(row.created),
        "start_date": _iso(row.start_date),
        "end_date": _iso(row.end_date),
        "kie_task_id": str(kie_task_id) if kie_task_id is not None else None,
        "model": rec.get("model") if isinstance(rec.get("model"), str) else None,
        "kie_state": rec.get("state") if isinstance(rec.get("state"), str) else None,
        "credits": number("consume_credits"),
        "generation_seconds": number("cost_time"),
        "fail_code": str(rec["fail_code"]) if rec.get("fail_code") is not None else None,
        "fail_msg": str(rec["fail_msg"]) if rec.get("fail_msg") is not None else None,
        "result_urls": [u for u in (_safe_url(x) for x in urls) if u],
        "source_urls": source_urls,
        "output_paths": [p for p in _list(rec.get("output_paths")) if isinstance(p, str)],
    }


def spend(session: Session, dag_ids: Iterable[str], flt: TaskFilter) -> dict[str, Any]:
    """
    Credits consumed in the window, per day, per model and per DAG, summed by the database.

    :param session: a metadata database session.
    :param dag_ids: the DAGs the caller may read.
    :param flt: the filters (``since`` is the window's start).
    """
    ti, kid, res, fail = _models()
    credits = _json_float(res, "consume_credits")
    model = _json(res, "model")
    day = func.date(kid.timestamp)
    found = _base(
        dag_ids,
        flt,
        [day.label("day"), model.label("model"), kid.dag_id, credits.label("credits")],
        with_ti=False,
        with_failure=False,
    ).where(res.key.is_not(None))
    sub = found.subquery()
    rows = session.execute(
        select(sub.c.day, sub.c.model, sub.c.dag_id, func.sum(sub.c.credits), func.count())
        .group_by(sub.c.day, sub.c.model, sub.c.dag_id)
        .order_by(sub.c.day)
    ).all()
    by_day: dict[str, float] = {}
    by_model: dict[str, float] = {}
    by_dag: dict[str, float] = {}
    series: list[dict[str, Any]] = []
    total = 0.0
    for d, m, dag, c, n in rows:
        value = float(c) if isinstance(c, (int, float)) and math.isfinite(c) else 0.0
        key = str(d)
        by_day[key] = by_day.get(key, 0.0) + value
        by_model[str(m)] = by_model.get(str(m), 0.0) + value
        by_dag[str(dag)] = by_dag.get(str(dag), 0.0) + value
        series.append({"day": key, "model": m, "dag_id": dag, "credits": value, "tasks": int(n)})
        total += value
    return {
        "since": _iso(flt.since),
        "total_credits": total,
        "per_day": [{"day": k, "credits": v} for k, v in sorted(by_day.items())],
        "per_model": [{"model": k, "credits": v} for k, v in sorted(by_model.items(), key=lambda kv: -kv[1])],
        "per_dag": [{"dag_id": k, "credits": v} for k, v in sorted(by_dag.items(), key=lambda kv: -kv[1])],
        "series": series,
    }


def _percentile(sorted_values: list[float], q: float) -> float | None:
    if not sorted_values:
        return None
    rank = max(0, math.ceil(q * len(sorted_values)) - 1)
    return sorted_values[rank]


def health(session: Session, dag_ids: Iterable[str], flt: TaskFilter, now: datetime | None = None) -> dict[str, Any]:
    """
    Success and failure rates and p50/p95 generation seconds per model, and the kie tasks in flight now.

    :param session: a metadata database session.
    :param dag_ids: the DAGs the caller may read.
    :param flt: the filters (``since`` is the window's start).
    :param now: the present (for how long in-flight tasks have waited).
    """
    ti, kid, res, fail = _models()
    now = now or datetime.now(timezone.utc)
    model = func.coalesce(_json(res, "model"), _json(fail, "model"), ti.operator)
    columns = [
        model.label("model"),
        ti.state,
        fail.key.label("failed_on_kie"),
        ti.try_number,
        _json_float(res, "cost_time"),
    ]
    # The sample's keys first (XCom index only), then the joins and JSON reads for those rows alone.
    stmt = _joined(_page_keys(dag_ids, flt, HEALTH_SAMPLE), columns)
    per_model: dict[str, dict[str, Any]] = {}
    for name, state, failed_on_kie, try_number, seconds in session.execute(stmt).all():
        m = per_model.setdefault(
            str(name), {"tasks": 0, "succeeded": 0, "failed": 0, "failed_on_kie": 0, "retries": 0, "seconds": []}
        )
        m["tasks"] += 1
        m["succeeded"] += state == "success"
        m["failed"] += state in ("failed", "upstream_failed")
        m["failed_on_kie"] += failed_on_kie is not None
        m["retries"] += max(0, (try_number if isinstance(try_number, int) else 1) - 1)
        seconds = record_number(seconds)
        if seconds is not None and state == "success":
            m["seconds"].append(seconds)
    models: list[dict[str, Any]] = []
    for name, m in sorted(per_model.items()):
        ended = m["succeeded"] + m["failed"]
        secs = sorted(m.pop("seconds"))
        models.append(
            dict(
                m,
                model=name,
                success_rate=m["succeeded"] / ended if ended else None,
                failure_rate=m["failed"] / ended if ended else None,
                p50_seconds=_percentile(secs, 0.50),
                p95_seconds=_percentile(secs, 0.95),
                sampled=len(secs),
            )
        )
    in_flight = in_flight_tasks(session, dag_ids, flt, now)
    return {"since": _iso(flt.since), "models": models, "in_flight": in_flight}


def _in_flight_statement(dag_ids: Iterable[str], flt: TaskFilter) -> Any:
    """The kie tasks whose task instance is in flight, oldest first, at most :data:`MAX_LIMIT`."""
    ti, kid, res, fail = _models()
    wanted = sorted(d for d in set(dag_ids) if flt.dag_id is None or d == flt.dag_id)
    # Driven by the task instance state index (few rows in flight), each probing the XCom by its key; the
    # CTE is materialised so that SQLite does not turn it round into a walk over every kie task.
    waiting = (
        select(ti.dag_id, ti.task_id, ti.run_id, ti.map_index, ti.state, ti.operator, ti.try_number)
        .where(ti.state.in_(IN_FLIGHT_STATES), ti.dag_id.in_(wanted))
        .cte("waiting")
        .prefix_with("MATERIALIZED")
    )
    stmt = (
        select(
            kid.dag_id,
            kid.run_id,
            kid.task_id,
            kid.map_index,
            kid.value,
            kid.timestamp,
            waiting.c.state,
            waiting.c.operator,
            waiting.c.try_number,
        )
        .select_from(waiting)
        .join(
            kid,
            and_(
                kid.dag_id == waiting.c.dag_id,
                kid.task_id == waiting.c.task_id,
                kid.run_id == waiting.c.run_id,
                kid.map_index == waiting.c.map_index,
                kid.key == KEY_TASK_ID,
            ),
        )
        .order_by(kid.timestamp)
        .limit(MAX_LIMIT)
    )
    return stmt


def in_flight_tasks(session: Session, dag_ids: Iterable[str], flt: TaskFilter, now: datetime) -> list[dict[str, Any]]:
    """
    kie tasks whose task instance is deferred, running or about to run, oldest first, with their wait.

    Uses the task instance state index; bounded by :data:`MAX_LIMIT`.

    :param session: a metadata database session.
    :param dag_ids: the DAGs the caller may read.
    :param flt: the filters (the state filter is replaced by the in-flight states).
    :param now: the present.
    """
    stmt = _in_flight_statement(dag_ids, flt)
    out = []
    for row in session.execute(stmt).all():
        created = row.timestamp
        if created is not None and created.tzinfo is None:
            created = created.replace(tzinfo=timezone.utc)
        out.append(
            {
                "dag_id": row.dag_id,
                "run_id": row.run_id,
                "task_id": row.task_id,
                "map_index": row.map_index,
                "kie_task_id": str(_decode(row.value)),
                "state": row.state,
                "operator": row.operator,
                "try_number": row.try_number,
                "submitted": _iso(created),
                "waiting_seconds": (now - created).total_seconds() if created is not None else None,
            }
        )
    return out


def facets(session: Session, dag_ids: Iterable[str]) -> dict[str, list[str]]:
    """
    The values the filters offer: readable DAGs that have kie tasks, and the catalogue's models.

    One query: the readable DAGs with an ``EXISTS`` probe each into the XCom index (``idx_xcom_task_instance``
    starts with ``dag_id``).

    :param session: a metadata database session.
    :param dag_ids: the DAGs the caller may read.
    """
    from airflow.models.dag import DagModel

    from kie_provider.catalogue import CATALOGUE

    ti, kid, res, fail = _models()
    probe = select(kid.dag_id).where(kid.dag_id == DagModel.dag_id, kid.key == KEY_TASK_ID).exists()
    stmt = select(DagModel.dag_id).where(DagModel.dag_id.in_(sorted(set(dag_ids))), probe).order_by(DagModel.dag_id)
    return {"dag_ids": list(session.scalars(stmt)), "models": sorted(CATALOGUE)}
