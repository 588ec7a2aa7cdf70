"""
The plugin's FastAPI app (mounted by the api-server at ``/kie``): JSON endpoints and the HTML pages.

Plugin apps get no Airflow authentication of their own, so every route here depends on
:func:`readable_dags`: Airflow's ``get_user`` (the JWT of the UI's cookie or an ``Authorization: Bearer``
header; 401/403 without one) and then the auth manager's ``get_authorized_dag_ids(method="GET")``, as the
core API's DAG list does. Every query is limited to those DAGs. Nothing here reads the kie connection's
password except :class:`BalanceCache`, which never returns it.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Annotated, Any

from airflow.api_fastapi.app import get_auth_manager
from airflow.api_fastapi.auth.managers.models.base_user import BaseUser
from airflow.api_fastapi.core_api.security import get_user
from fastapi import Depends, FastAPI, Query
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

from kie_provider.plugins import queries

log = logging.getLogger(__name__)

#: How long a fetched balance is served before a background refresh; how long that refresh may take.
BALANCE_TTL_SECONDS = 60.0
BALANCE_TIMEOUT_SECONDS = 5.0
CREDIT_PATH = "/api/v1/chat/credit"
DEFAULT_API_BASE = "https://api.kie.ai"
DEFAULT_CONN_ID = "kie_default"


async def readable_dags(user: Annotated[BaseUser, Depends(get_user)]) -> set[str]:
    """
    The dependency of every route: the DAG ids the authenticated user may read (401/403 without a user).

    :param user: the user Airflow's ``get_user`` authenticated (JWT from the UI's cookie or a bearer header).
    """

    def authorized() -> set[str]:
        return set(get_auth_manager().get_authorized_dag_ids(user=user, method="GET"))

    return await run_in_threadpool(authorized)


Readable = Annotated[set[str], Depends(readable_dags)]
DagQ = Annotated[str | None, Query(description="only this DAG")]
ModelQ = Annotated[str | None, Query(description="only this kie.ai model")]
StateQ = Annotated[str | None, Query(description="only task instances in this Airflow state")]
HoursQ = Annotated[
    float | None, Query(description=f"time window in hours (default 168, at most {queries.MAX_WINDOW_DAYS} days)")
]
LimitQ = Annotated[int, Query(ge=1, le=queries.MAX_LIMIT, description="page size")]
OffsetQ = Annotated[int, Query(ge=0, description="rows to skip")]


class BalanceCache:
    """
    The account's credit balance, fetched from kie.ai in a background thread and served from memory.

    A request never waits for kie.ai: it gets the last value (or ``None`` before the first answer) and,
    when that value is older than ``ttl``, starts one refresh with a short timeout.

    :param conn_id: the kie connection.
    :param ttl: seconds a value is fresh.
    :param timeout: seconds the refresh may take.
    """

    def __init__(self, conn_id: str = DEFAULT_CONN_ID, ttl: float = BALANCE_TTL_SECONDS, timeout: float = 5.0):
        self.conn_id = conn_id
        self.ttl = ttl
        self.timeout = timeout
        self._lock = threading.Lock()
        self._value: float | None = None
        self._fetched: float | None = None
        self._error: str | None = None
        self._refreshing = False
        self._tried: float | None = None

    def snapshot(self) -> dict[str, Any]:
        """The cached balance (never blocking), starting a refresh when it is stale."""
        now = time.monotonic()
        with self._lock:
            stale = self._tried is None or now - self._tried >= self.ttl
            if stale and not self._refreshing:
                self._refreshing = True
                self._tried = now
                threading.Thread(target=self._refresh, name="kie-balance", daemon=True).start()
            age = None if self._fetched is None else now - self._fetched
            return {
                "credits": self._value,
                "age_seconds": age,
                "refreshing": self._refreshing,
                "error": self._error,
            }

    def _refresh(self) -> None:
        value: float | None = None
        error: str | None = None
        try:
            value = self._fetch()
        except Exception as exc:  # any failure is shown as "unavailable", never its details (no secrets)
            error = f"balance unavailable ({type(exc).__name__})"
            log.info("kie.ai balance refresh failed: %s", type(exc).__name__)
        with self._lock:
            if value is not None:
                self._value = value
                self._fetched = time.monotonic()
                self._error = None
            else:
                self._error = error
            self._refreshing = False

    def _fetch(self) -> float:
        import httpx
        from airflow.models.connection import Connection

        conn = Connection.get_connection_from_secrets(self.conn_id)
        host = (conn.host or "").strip() or DEFAULT_API_BASE
        if "://" not in host:
            host = "https://" + host
        if conn.port and host.count(":") < 2:
            host = f"{host}:{conn.port}"
        response = httpx.get(
            host.rstrip("/") + CREDIT_PATH,
            headers={"Authorization": f"Bearer {conn.password or ''}"},
            timeout=self.timeout,
        )
        body = response.json()
        if not isinstance(body, dict) or body.get("code") != 200:
            raise ValueError("kie.ai credit endpoint refused")
        return float(body["data"])


def _filter(dag_id: str | None, model: str | None, state: str | None, hours: float | None) -> queries.TaskFilter:
    return queries.TaskFilter(
        dag_id=dag_id or None,
        model=model or None,
        state=state or None,
        since=queries.window_start(hours),
    )


def create_app(balance: BalanceCache | None = None) -> FastAPI:
    """
    Build the plugin's app.

    :param balance: the balance cache (default: one for ``kie_default``).
    """
    from airflow.utils.session import create_session

    from kie_provider.plugins import page

    cache = balance or BalanceCache()
    app = FastAPI(
        title="kie.ai in Airflow",
        description=(
            "kie.ai tasks, spend and health from Airflow's metadata database, limited to the DAGs the "
            "authenticated Airflow user may read."
        ),
        docs_url="/docs",
        redoc_url=None,
    )

    @app.get("/api/tasks", summary="Recent kie tasks, newest first, one page")
    def api_tasks(
        dags: Readable,
        dag_id: DagQ = None,
        model: ModelQ = None,
        state: StateQ = None,
        hours: HoursQ = None,
        limit: LimitQ = 50,
        offset: OffsetQ = 0,
    ) -> dict[str, Any]:
        with create_session() as session:
            return queries.list_tasks(session, dags, _filter(dag_id, model, state, hours or 168), limit, offset)

    @app.get("/api/task", summary="The kie task of one task instance")
    def api_task(dags: Readable, dag_id: str, run_id: str, task_id: str, map_index: int = -1) -> JSONResponse:
        item = _one(create_session, dags, dag_id, run_id, task_id, map_index)
        if item is None:
            return JSONResponse({"detail": "no kie task for this task instance"}, status_code=404)
        return JSONResponse(item)

    @app.get("/api/spend", summary="Credits per day, per model and per DAG over the window")
    def api_spend(dags: Readable, dag_id: DagQ = None, model: ModelQ = None, hours: HoursQ = None) -> dict[str, Any]:
        with create_session() as session:
            out = queries.spend(session, dags, _filter(dag_id, model, None, hours or 168))
        out["balance"] = cache.snapshot()
        return out

    @app.get("/api/health", summary="Success/failure rates, p50/p95 generation seconds, tasks in flight")
    def api_health(dags: Readable, dag_id: DagQ = None, model: ModelQ = None, hours: HoursQ = None) -> dict[str, Any]:
        with create_session() as session:
            return queries.health(session, dags, _filter(dag_id, model, None, hours or 168))

    @app.get("/api/balance", summary="The account's credits (cached; never waits for kie.ai)")
    def api_balance(dags: Readable) -> dict[str, Any]:
        return cache.snapshot()

    @app.get("/api/filters", summary="DAGs and models the filters offer")
    def api_filters(dags: Readable) -> dict[str, Any]:
        with create_session() as session:
            return queries.facets(session, dags)

    @app.get("/ui/", response_class=HTMLResponse, summary="The kie.ai page")
    def ui_index(
        dags: Readable,
        dag_id: DagQ = None,
        model: ModelQ = None,
        state: StateQ = None,
        hours: HoursQ = None,
        limit: LimitQ = 24,
        offset: OffsetQ = 0,
    ) -> HTMLResponse:
        window = hours or 168
        flt = _filter(dag_id, model, state, window)
        with create_session() as session:
            listing = queries.list_tasks(session, dags, flt, limit, offset)
            spent = queries.spend(session, dags, _filter(dag_id, model, None, window))
            healthy = queries.health(session, dags, _filter(dag_id, model, None, window))
            options = queries.facets(session, dags)
        html = page.index_page(
            listing=listing,
            spend=spent,
            health=healthy,
            balance=cache.snapshot(),
            options=options,
            params={"dag_id": dag_id or "", "model": model or "", "state": state or "", "hours": window},
        )
        return HTMLResponse(html, headers=page.SECURITY_HEADERS)

    @app.get("/ui/ti", response_class=HTMLResponse, summary="One task instance's media")
    def ui_ti(dags: Readable, dag_id: str, run_id: str, task_id: str, map_index: int = -1) -> HTMLResponse:
        item = _one(create_session, dags, dag_id, run_id, task_id, map_index)
        return HTMLResponse(page.task_page(item, dag_id, run_id, task_id), headers=page.SECURITY_HEADERS)

    return app


def _one(
    create_session: Any, dags: set[str], dag_id: str, run_id: str, task_id: str, map_index: int
) -> dict[str, Any] | None:
    with create_session() as session:
        item = queries.get_task(session, dags, dag_id, run_id, task_id, map_index)
        if item is None and " " in run_id:
            # The UI puts the run id into the view's URL unencoded: a "+" of its timestamp arrives as a space.
            item = queries.get_task(session, dags, dag_id, run_id.replace(" ", "+"), task_id, map_index)
        return item
