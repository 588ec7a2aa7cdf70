"""
The plugin's FastAPI app (mounted by the api-server at ``/kie``): JSON endpoints, the HTML pages, API docs.

Plugin apps get no Airflow authentication of their own, so every route here (the API docs included) but
kie.ai's callback route (:mod:`kie_provider.plugins.callback_route`, verified by kie.ai's signature)
depends on :func:`kie_rights`: Airflow's ``get_user`` (the JWT of the UI's cookie or an
``Authorization: Bearer`` header; 401/403 without one), then the auth manager's
``get_authorized_dag_ids(method="GET")`` and, per DAG, ``is_authorized_dag`` for its task instances and
its XComs (``DagAccessEntity.TASK_INSTANCE`` and ``XCOM``), as the core API's routes for those do. A kie
task (a task instance's state and its XComs) is shown only for DAGs that pass all three; the balance only
to users who may read at least one DAG. Every query value is validated (422, never 500). Nothing here reads
the kie connection's password except :class:`BalanceCache`, which never returns it.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Annotated, Any

from airflow.api_fastapi.app import get_auth_manager
from airflow.api_fastapi.auth.managers.models.base_user import BaseUser
from airflow.api_fastapi.auth.managers.models.resource_details import DagAccessEntity, DagDetails
from airflow.api_fastapi.core_api.security import get_user
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

from kie_provider.config import DEFAULT_CONN_ID, config_from_connection
from kie_provider.plugins import queries
from kie_provider.plugins.callback_route import add_callback_route

log = logging.getLogger(__name__)

#: How long a fetched balance is served before a background refresh; how long that refresh may take.
BALANCE_TTL_SECONDS = 60.0
BALANCE_TIMEOUT_SECONDS = 5.0
#: Airflow's id length (``ID_LEN``); query strings may hold no control characters (Postgres refuses NUL).
MAX_ID_LENGTH = 250
PRINTABLE = r"^[^\x00-\x1f\x7f]*$"
#: The largest offset a page may ask for, and the largest map index.
MAX_OFFSET = 10_000_000
MAX_MAP_INDEX = 2**31 - 1


@dataclass(frozen=True)
class Rights:
    """
    What the authenticated user may see here.

    :param dag_ids: the DAGs whose DAG, task instances and XComs the user may read: their kie tasks are shown.
    :param any_dag: whether the user may read at least one DAG (the account balance is shown only then).
    """

    dag_ids: frozenset[str]
    any_dag: bool


def _team_names(dag_ids: set[str]) -> dict[str, str | None]:
    from airflow.models.dag import DagModel

    mapping = getattr(DagModel, "get_dag_id_to_team_name_mapping", None)
    if mapping is None or not dag_ids:  # Airflow before teams: no team names
        return {}
    return dict(mapping(sorted(dag_ids)))


def rights_of(user: BaseUser) -> Rights:
    """
    Ask Airflow's auth manager what ``user`` may read: DAGs, and per DAG its task instances and XComs.

    :param user: the authenticated user.
    """
    manager = get_auth_manager()
    readable = set(manager.get_authorized_dag_ids(user=user, method="GET"))
    teams = _team_names(readable)

    def may(dag_id: str, entity: DagAccessEntity) -> bool:
        details = DagDetails(id=dag_id, team_name=teams.get(dag_id))
        return bool(manager.is_authorized_dag(method="GET", access_entity=entity, details=details, user=user))

    shown = {d for d in readable if may(d, DagAccessEntity.TASK_INSTANCE) and may(d, DagAccessEntity.XCOM)}
    return Rights(dag_ids=frozenset(shown), any_dag=bool(readable))


async def kie_rights(user: Annotated[BaseUser, Depends(get_user)]) -> Rights:
    """
    The dependency of every route: what the authenticated user may see (401/403 without a user).

    :param user: the user Airflow's ``get_user`` authenticated (JWT from the UI's cookie or a bearer header).
    """
    return await run_in_threadpool(rights_of, user)


async def readable_dags(rights: Annotated[Rights, Depends(kie_rights)]) -> set[str]:
    """
    The DAGs whose kie tasks the user may see (DAG, task instance and XCom reads all allowed).

    :param rights: the user's rights.
    """
    return set(rights.dag_ids)


Allowed = Annotated[Rights, Depends(kie_rights)]
Readable = Annotated[set[str], Depends(readable_dags)]
_ID = {"max_length": MAX_ID_LENGTH, "pattern": PRINTABLE}
DagQ = Annotated[str | None, Query(description="only this DAG", **_ID)]
ModelQ = Annotated[str | None, Query(description="only this kie.ai model", **_ID)]
StateQ = Annotated[
    str | None, Query(description="only task instances in this Airflow state", max_length=40, pattern=r"^[a-z_]*$")
]
HoursQ = Annotated[
    float,
    Query(
        gt=0,
        le=queries.MAX_WINDOW_DAYS * 24,
        allow_inf_nan=False,
        description=f"time window in hours (at most {queries.MAX_WINDOW_DAYS} days)",
    ),
]
LimitQ = Annotated[int, Query(ge=1, le=queries.MAX_LIMIT, description="page size")]
OffsetQ = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
DagIdQ = Annotated[str, Query(min_length=1, **_ID)]
RunIdQ = Annotated[str, Query(min_length=1, **_ID)]
TaskIdQ = Annotated[str, Query(min_length=1, **_ID)]
MapIndexQ = Annotated[int, Query(ge=-1, le=MAX_MAP_INDEX)]
DEFAULT_HOURS = 168.0


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

        from kie_provider.wire import CREDIT_PATH, read_credits

        conn = Connection.get_connection_from_secrets(self.conn_id)
        # The connection read as every hook reads it (base URL, port, key), and the answer as the hook reads it.
        config = config_from_connection(password=conn.password, host=conn.host, port=conn.port, extra={})
        response = httpx.get(config.base_url + CREDIT_PATH, headers=config.headers, timeout=self.timeout)
        body = response.json()
        if not isinstance(body, dict) or body.get("code") != 200:
            raise ValueError("kie.ai credit endpoint refused")
        return read_credits(body.get("data"))


def _filter(dag_id: str | None, model: str | None, state: str | None, hours: float) -> queries.TaskFilter:
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
    cache = balance or BalanceCache()
    app = FastAPI(
        title="kie.ai in Airflow",
        description=(
            "kie.ai tasks, spend and health from Airflow's metadata database, limited to the DAGs whose task "
            "instances and XComs the authenticated Airflow user may read."
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    _docs_routes(app)
    add_callback_route(app)  # the one public route: kie.ai's signature, not a login, is what it trusts
    _api_routes(app, cache)
    _ui_routes(app, cache)
    return app


def _docs_routes(app: FastAPI) -> None:
    """The OpenAPI document and its Swagger page, for logged-in users only."""

    @app.get("/openapi.json", include_in_schema=False)
    def openapi(rights: Allowed) -> JSONResponse:
        return JSONResponse(app.openapi())

    @app.get("/docs", include_in_schema=False)
    def docs(rights: Allowed, request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "").rstrip("/")
        return get_swagger_ui_html(openapi_url=f"{root}/openapi.json", title="kie.ai in Airflow")


def _balance(cache: BalanceCache, rights: Rights) -> dict[str, Any] | None:
    return cache.snapshot() if rights.any_dag else None


def _api_routes(app: FastAPI, cache: BalanceCache) -> None:
    """The JSON endpoints."""
    from airflow.utils.session import create_session

    @app.get("/api/tasks", summary="Recent kie tasks, newest first, one page")
    def api_tasks(
        dags: Readable,
        dag_id: DagQ = None,
        model: ModelQ = None,
        state: StateQ = None,
        hours: HoursQ = DEFAULT_HOURS,
        limit: LimitQ = 50,
        offset: OffsetQ = 0,
    ) -> dict[str, Any]:
        with create_session() as session:
            return queries.list_tasks(session, dags, _filter(dag_id, model, state, hours), limit, offset)

    @app.get("/api/task", summary="The kie task of one task instance")
    def api_task(
        dags: Readable, dag_id: DagIdQ, run_id: RunIdQ, task_id: TaskIdQ, map_index: MapIndexQ = -1
    ) -> JSONResponse:
        item = _one(create_session, dags, dag_id, run_id, task_id, map_index)
        if item is None:
            return JSONResponse({"detail": "no kie task for this task instance"}, status_code=404)
        return JSONResponse(item)

    @app.get("/api/spend", summary="Credits per day, per model and per DAG over the window")
    def api_spend(
        rights: Allowed, dag_id: DagQ = None, model: ModelQ = None, hours: HoursQ = DEFAULT_HOURS
    ) -> dict[str, Any]:
        with create_session() as session:
            out = queries.spend(session, rights.dag_ids, _filter(dag_id, model, None, hours))
        out["balance"] = _balance(cache, rights)
        return out

    @app.get("/api/health", summary="Success/failure rates, p50/p95 generation seconds, tasks in flight")
    def api_health(
        dags: Readable, dag_id: DagQ = None, model: ModelQ = None, hours: HoursQ = DEFAULT_HOURS
    ) -> dict[str, Any]:
        with create_session() as session:
            return queries.health(session, dags, _filter(dag_id, model, None, hours))

    @app.get("/api/balance", summary="The account's credits (cached; never waits for kie.ai)")
    def api_balance(rights: Allowed) -> dict[str, Any]:
        if not rights.any_dag:
            raise HTTPException(status_code=403, detail="the balance is shown to users who may read a DAG")
        return cache.snapshot()

    @app.get("/api/filters", summary="DAGs and models the filters offer")
    def api_filters(dags: Readable) -> dict[str, Any]:
        with create_session() as session:
            return queries.facets(session, dags)


def _ui_routes(app: FastAPI, cache: BalanceCache) -> None:
    """The HTML pages."""
    from airflow.utils.session import create_session

    from kie_provider.plugins import page

    @app.get("/ui/", response_class=HTMLResponse, summary="The kie.ai page")
    def ui_index(
        rights: Allowed,
        dag_id: DagQ = None,
        model: ModelQ = None,
        state: StateQ = None,
        hours: HoursQ = DEFAULT_HOURS,
        limit: LimitQ = 24,
        offset: OffsetQ = 0,
    ) -> HTMLResponse:
        dags = rights.dag_ids
        every_state = _filter(dag_id, model, None, hours)
        with create_session() as session:
            data = {
                "listing": queries.list_tasks(session, dags, _filter(dag_id, model, state, hours), limit, offset),
                "spend": queries.spend(session, dags, every_state),
                "health": queries.health(session, dags, every_state),
                "options": queries.facets(session, dags),
            }
        params = {"dag_id": dag_id or "", "model": model or "", "state": state or "", "hours": hours}
        html = page.index_page(balance=_balance(cache, rights), params=params, **data)
        return HTMLResponse(html, headers=page.SECURITY_HEADERS)

    @app.get("/ui/ti", response_class=HTMLResponse, summary="One task instance's media")
    def ui_ti(
        dags: Readable, dag_id: DagIdQ, run_id: RunIdQ, task_id: TaskIdQ, map_index: MapIndexQ = -1
    ) -> HTMLResponse:
        item = _one(create_session, dags, dag_id, run_id, task_id, map_index)
        return HTMLResponse(page.task_page(item, dag_id, run_id, task_id), headers=page.SECURITY_HEADERS)


def _one(
    create_session: Any, dags: set[str], dag_id: str, run_id: str, task_id: str, map_index: int
) -> dict[str, Any] | None:
    with create_session() as session:
        item = queries.get_task(session, dags, dag_id, run_id, task_id, map_index)
        if item is None and " " in run_id:
            # The UI puts the run id into the view's URL unencoded: a "+" of its timestamp arrives as a space.
            item = queries.get_task(session, dags, dag_id, run_id.replace(" ", "+"), task_id, map_index)
        return item
