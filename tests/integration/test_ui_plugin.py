"""
The kie.ai UI plugin inside Airflow's own api-server app: who sees what, and what they see.

Kie tasks are made by real ``dag.test()`` runs against the emulator; the plugin is reached through the app
``airflow.api_fastapi.app.create_app`` builds (the plugin loaded by Airflow's plugins manager from the
package's entry point), with JWTs issued by Airflow's SimpleAuthManager. Per-DAG rights come from Airflow's
teams: the DAGs live in two bundles owned by two teams, and each user belongs to one team.
"""

from __future__ import annotations

import inspect
import json
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import TEST_API_KEY, connection_json
from dagtest import dag_source, load_dag
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kie_provider.emulator import Fault, KieEmulator

DAG_A = "kie_ui_team_a"
DAG_B = "kie_ui_team_b"


def _simple_auth_manager_has_teams() -> bool:
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser

    return "teams" in inspect.signature(SimpleAuthManagerUser.__init__).parameters


#: Airflow 3.2+: SimpleAuthManager users belong to teams, and a team's DAGs are readable only by its members.
TEAMS = _simple_auth_manager_has_teams()
needs_teams = pytest.mark.skipif(
    not TEAMS, reason="Airflow 3.1's SimpleAuthManager gives every viewer every DAG: no per-DAG rights to test"
)
NASTY_MODEL = '<script>alert("model")</script>'

TEAM_A_BODY = """
KieTopazImageUpscaleOperator(task_id="upscale", image_url="https://example.com/a.png", upscale_factor="2")
KieSeedreamV4TextToImageOperator(task_id="broken", prompt="[[fail]] a lost dream")
"""
TEAM_B_BODY = """
KieTopazImageUpscaleOperator(task_id="upscale_b", image_url="https://example.com/b.png", upscale_factor="4")
"""
# DAG code can write any XCom: a task that poses as a kie task with hostile values.
NASTY_DAG = f"""
import pendulum
from airflow.sdk import DAG
from airflow.providers.standard.operators.python import PythonOperator


def pose(ti):
    ti.xcom_push(key="kie_task_id", value='"><img src=x onerror=alert(1)>')
    return {{
        "task_id": "x", "model": {NASTY_MODEL!r}, "state": "success", "consume_credits": 1,
        "result_urls": ["javascript:alert(1)", "data:text/html,<script>alert(2)</script>",
                        "https://example.com/ok.png\\"onload=\\"alert(3)"],
    }}


with DAG("kie_ui_nasty", schedule=None, start_date=pendulum.datetime(2025, 1, 1)) as dag:
    PythonOperator(task_id="pose", python_callable=pose)
"""

# DAG code can write numbers no float holds and wrong types where the record has numbers (NaN and infinities
# never reach XCom: Airflow refuses to serialise them).
HUGE_DAG = """
import pendulum
from airflow.sdk import DAG
from airflow.providers.standard.operators.python import PythonOperator


def pose(ti, weird):
    ti.xcom_push(key="kie_task_id", value="huge-" + str(len(str(weird))))
    return {"task_id": "h", "model": "topaz/image-upscale", "state": "success", "consume_credits": weird,
            "cost_time": weird, "output_paths": 5, "result_urls": "https://example.com/x.png"}


with DAG("kie_ui_huge", schedule=None, start_date=pendulum.datetime(2025, 1, 1)) as dag:
    for i, weird in enumerate([10**400, -(10**400), "12", True, -5, 1.5]):
        PythonOperator(task_id=f"pose_{i}", python_callable=pose, op_kwargs={"weird": weird})
"""


def _run(source: str, dag_id: str) -> Any:
    return load_dag(source, dag_id).test()


@pytest.fixture(scope="module")
def deployment(airflow_db) -> Iterator[dict[str, Any]]:
    """Kie tasks of two teams' DAGs in the metadata DB, the api-server app, and tokens for three users."""
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser
    from airflow.models.dag import DagModel
    from airflow.models.dagbundle import DagBundleModel
    from airflow.models.team import Team
    from airflow.utils.session import create_session
    from fastapi.testclient import TestClient
    from sqlalchemy import select

    with KieEmulator(api_key=TEST_API_KEY, durations=(0.05, 0.05, 0.2)) as emu, pytest.MonkeyPatch.context() as mp:
        mp.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emu))
        runs = {
            DAG_A: _run(dag_source(DAG_A, TEAM_A_BODY), DAG_A),
            DAG_B: _run(dag_source(DAG_B, TEAM_B_BODY), DAG_B),
        }
        from dagtest import dags_folder

        (dags_folder() / "kie_ui_nasty.py").write_text(NASTY_DAG)
        from dagtest import load_dag_file

        runs["kie_ui_nasty"] = load_dag_file(dags_folder() / "kie_ui_nasty.py", "kie_ui_nasty").test()
        (dags_folder() / "kie_ui_huge.py").write_text(HUGE_DAG)
        runs["kie_ui_huge"] = load_dag_file(dags_folder() / "kie_ui_huge.py", "kie_ui_huge").test()

        moved: dict[str, str] = {}
        if TEAMS:
            # Teams, each owning the bundle its DAGs are in (what a multi-team deployment records); the
            # DAGs of other test modules go to a third team's bundle, so that they are nobody's here.
            with create_session() as session:
                mine = {DAG_A, DAG_B, "kie_ui_nasty", "kie_ui_huge"}
                others = [d for d in session.scalars(select(DagModel.dag_id)) if d not in mine]
                moved = {d: session.get(DagModel, d).bundle_name for d in others}
                for team, dags in (
                    ("team_a", [DAG_A, "kie_ui_nasty", "kie_ui_huge"]),
                    ("team_b", [DAG_B]),
                    ("team_other", others),
                ):
                    t = Team(name=team)
                    session.add(t)
                    bundle = DagBundleModel(name=f"{team}_bundle")
                    bundle.teams = [t]
                    session.add(bundle)
                    session.flush()
                    for dag_id in dags:
                        session.get(DagModel, dag_id).bundle_name = bundle.name

        from airflow.api_fastapi.app import create_app, get_auth_manager

        app = create_app("core")
        client = TestClient(app)
        manager = get_auth_manager()

        def token(name: str, role: str | None, teams: list[str] | None) -> str:
            if not TEAMS:
                return str(manager.generate_jwt(SimpleAuthManagerUser(username=name, role=role)))
            return str(manager.generate_jwt(SimpleAuthManagerUser(username=name, role=role, teams=teams)))

        yield_value = {
            "client": client,
            "emulator": emu,
            "runs": runs,
            "alice": token("alice", "viewer", ["team_a"]),
            "bob": token("bob", "viewer", ["team_b"]),
            "carol": token("carol", "viewer", ["team_c"]),
            "dave": token("dave", "viewer", ["team_a"]),
            "erin": token("erin", "viewer", ["team_a"]),
            "manager": manager,
            "admin": token("admin", "admin", None),
        }
        try:
            yield yield_value
        finally:
            with create_session() as session:
                for dag_id, bundle_name in moved.items():
                    session.get(DagModel, dag_id).bundle_name = bundle_name


def get(dep: dict[str, Any], path: str, user: str | None, **params: Any) -> Any:
    """GET a plugin route as ``user`` (a bearer JWT) or anonymously."""
    headers = {"Authorization": f"Bearer {dep[user]}"} if user else {}
    return dep["client"].get(f"/kie{path}", headers=headers, params=params)


ROUTES = ["/api/tasks", "/api/spend", "/api/health", "/api/balance", "/api/filters", "/ui/"]
TI_ROUTES = ["/api/task", "/ui/ti"]


def test_every_route_refuses_anonymous_and_forged_callers_and_shows_no_data(deployment):
    ti = {"dag_id": DAG_A, "run_id": deployment["runs"][DAG_A].run_id, "task_id": "upscale"}
    for path in ROUTES + TI_ROUTES:
        params = ti if path in TI_ROUTES else {}
        anonymous = get(deployment, path, None, **params)
        assert anonymous.status_code == 401, (path, anonymous.status_code)
        forged = deployment["client"].get(f"/kie{path}", params=params, headers={"Authorization": "Bearer not-a-jwt"})
        assert forged.status_code in (401, 403), (path, forged.status_code)
        for response in (anonymous, forged):
            assert DAG_A not in response.text and "upscale" not in response.text
            assert "credits" not in response.text


def _dags(items: list[dict[str, Any]]) -> set[str]:
    return {item["dag_id"] for item in items}


@needs_teams
def test_each_user_lists_only_the_kie_tasks_of_dags_their_team_may_read(deployment):
    alice = get(deployment, "/api/tasks", "alice").json()["items"]
    bob = get(deployment, "/api/tasks", "bob").json()["items"]
    admin = get(deployment, "/api/tasks", "admin").json()["items"]
    carol = get(deployment, "/api/tasks", "carol").json()["items"]
    assert _dags(alice) == {DAG_A, "kie_ui_nasty", "kie_ui_huge"}
    assert _dags(bob) == {DAG_B}
    assert _dags(admin) >= {DAG_A, DAG_B, "kie_ui_nasty"}
    assert carol == []
    # Asking for another team's DAG by name gives nothing either.
    assert get(deployment, "/api/tasks", "alice", dag_id=DAG_B).json()["items"] == []


@needs_teams
def test_spend_health_filters_and_pages_are_limited_to_readable_dags(deployment):
    for user, mine, theirs in (("alice", DAG_A, DAG_B), ("bob", DAG_B, DAG_A)):
        spend = get(deployment, "/api/spend", user).json()
        assert {d["dag_id"] for d in spend["per_dag"]} >= {mine} and theirs not in json.dumps(spend)
        health = get(deployment, "/api/health", user).json()
        assert theirs not in json.dumps(health)
        filters = get(deployment, "/api/filters", user).json()
        assert mine in filters["dag_ids"] and theirs not in filters["dag_ids"]
        page = get(deployment, "/ui/", user)
        assert page.status_code == 200 and mine in page.text and theirs not in page.text
    carol = get(deployment, "/api/spend", "carol").json()
    assert carol["total_credits"] == 0 and carol["per_dag"] == []
    carol_page = get(deployment, "/ui/", "carol").text
    assert 'id="gallery-empty"' in carol_page and DAG_A not in carol_page and DAG_B not in carol_page
    # The task-instance view of another team's task shows nothing of it.
    b_run = deployment["runs"][DAG_B].run_id
    assert get(deployment, "/api/task", "alice", dag_id=DAG_B, run_id=b_run, task_id="upscale_b").status_code == 404
    view = get(deployment, "/ui/ti", "alice", dag_id=DAG_B, run_id=b_run, task_id="upscale_b").text
    assert 'id="no-task"' in view and "<img" not in view


def test_a_task_shows_its_record_and_a_failed_one_its_fail_code_and_message(deployment):
    items = {i["task_id"]: i for i in get(deployment, "/api/tasks", "alice", dag_id=DAG_A).json()["items"]}
    done, broken = items["upscale"], items["broken"]
    assert done["state"] == "success" and done["model"] == "topaz/image-upscale"
    assert done["credits"] and done["credits"] > 0 and done["generation_seconds"] is not None
    assert done["result_urls"] and done["result_urls"][0].startswith(deployment["emulator"].url)
    assert done["source_urls"] == ["https://example.com/a.png"]
    assert broken["state"] == "failed" and broken["fail_code"] and broken["fail_msg"]
    assert broken["model"] == "bytedance/seedream-v4-text-to-image"
    # Its emulator record agrees: the failed one is the one kie.ai failed.
    record = deployment["emulator"].tasks()[broken["kie_task_id"]]
    assert record["failMsg"] == broken["fail_msg"]
    ti = get(
        deployment, "/ui/ti", "alice", dag_id=DAG_A, run_id=deployment["runs"][DAG_A].run_id, task_id="upscale"
    ).text
    assert f'<img src="{done["result_urls"][0]}"' in ti


def test_filters_by_model_state_dag_and_pagination(deployment):
    def task_ids(**params: Any) -> list[str]:
        return [i["task_id"] for i in get(deployment, "/api/tasks", "admin", **params).json()["items"]]

    assert task_ids(dag_id=DAG_A, model="topaz/image-upscale") == ["upscale"]
    assert task_ids(dag_id=DAG_B, model="topaz/image-upscale") == ["upscale_b"]
    assert task_ids(dag_id=DAG_A, model="bytedance/seedream-v4-text-to-image") == ["broken"]
    assert task_ids(dag_id=DAG_A, state="failed") == ["broken"]
    assert task_ids(dag_id=DAG_A, state="success") == ["upscale"]
    assert sorted(task_ids(dag_id=DAG_A, hours=1)) == ["broken", "upscale"]  # both made within the hour
    first = get(deployment, "/api/tasks", "admin", dag_id=DAG_A, limit=1).json()
    second = get(deployment, "/api/tasks", "admin", dag_id=DAG_A, limit=1, offset=first["next_offset"]).json()
    assert len(first["items"]) == 1 and first["next_offset"] == 1
    assert len(second["items"]) == 1 and second["next_offset"] is None
    assert {first["items"][0]["task_id"], second["items"][0]["task_id"]} == {"upscale", "broken"}
    spend = get(deployment, "/api/spend", "admin", dag_id=DAG_A, model="topaz/image-upscale").json()
    assert [m["model"] for m in spend["per_model"]] == ["topaz/image-upscale"]
    assert [d["dag_id"] for d in spend["per_dag"]] == [DAG_A]
    health = {m["model"]: m for m in get(deployment, "/api/health", "admin", dag_id=DAG_A).json()["models"]}
    assert set(health) == {"topaz/image-upscale", "bytedance/seedream-v4-text-to-image"}
    assert health["topaz/image-upscale"]["success_rate"] == 1.0
    assert health["topaz/image-upscale"]["p50_seconds"] is not None
    assert health["bytedance/seedream-v4-text-to-image"]["failure_rate"] == 1.0
    assert health["bytedance/seedream-v4-text-to-image"]["failed_on_kie"] == 1


def test_values_written_by_dag_code_are_escaped_and_only_http_urls_are_shown(deployment):
    page = get(deployment, "/ui/", "admin", dag_id="kie_ui_nasty").text
    assert NASTY_MODEL not in page and "&lt;script&gt;" in page
    assert "javascript:" not in page and "data:text/html" not in page
    assert "onerror=alert" not in page.replace("onerror=alert(1)&gt;", "")  # only escaped text remains
    assert not re.search(r"<img[^>]*onerror", page) and not re.search(r'"\s*onload=', page)
    assert "<script" not in page
    headers = get(deployment, "/ui/", "admin").headers
    assert (
        "script-src" not in headers["Content-Security-Policy"]
        and "default-src 'none'" in headers["Content-Security-Policy"]
    )


def test_the_api_key_appears_in_no_response(deployment):
    deployment["client"].get("/kie/api/balance", headers={"Authorization": f"Bearer {deployment['admin']}"})
    time.sleep(1.0)
    runs = deployment["runs"]
    texts = [get(deployment, path, "admin").text for path in ROUTES]
    texts.append(get(deployment, "/ui/ti", "admin", dag_id=DAG_A, run_id=runs[DAG_A].run_id, task_id="upscale").text)
    for text in texts:
        assert TEST_API_KEY not in text


def test_balance_comes_from_the_credit_endpoint_without_waiting_for_it():
    from kie_provider.plugins.app import BalanceCache

    with KieEmulator(api_key=TEST_API_KEY, durations=(0.05, 0.05, 0.2)) as emu, pytest.MonkeyPatch.context() as mp:
        mp.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emu))
        emu.add_fault("credit", Fault("latency", delay=3.0))  # kie.ai answers slowly
        cache = BalanceCache(ttl=60, timeout=10)
        started = time.monotonic()
        first = cache.snapshot()
        assert time.monotonic() - started < 0.5 and first["credits"] is None and first["refreshing"]
        deadline = time.monotonic() + 15
        while cache.snapshot()["credits"] is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert cache.snapshot()["credits"] == pytest.approx(emu.credits)
        cache.snapshot()
        assert emu.stats()["credit"] == 1  # served from the cache, not asked again


@pytest.fixture
def denied(deployment) -> Iterator[None]:
    """Airflow's auth manager refuses dave the XComs and erin the task instances of every DAG."""
    from airflow.api_fastapi.auth.managers.models.resource_details import DagAccessEntity

    manager = deployment["manager"]
    real = manager.is_authorized_dag
    refused = {"dave": DagAccessEntity.XCOM, "erin": DagAccessEntity.TASK_INSTANCE}

    def is_authorized_dag(*, method: Any, user: Any, access_entity: Any = None, details: Any = None) -> bool:
        if access_entity is not None and refused.get(user.get_name()) == access_entity:
            return False
        return bool(real(method=method, user=user, access_entity=access_entity, details=details))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(manager, "is_authorized_dag", is_authorized_dag)
        yield


@needs_teams
def test_a_user_refused_xcoms_or_task_instances_of_a_dag_sees_none_of_its_kie_tasks(deployment, denied):
    run_a = deployment["runs"][DAG_A].run_id
    alice = get(deployment, "/api/tasks", "alice").json()
    assert _dags(alice["items"]) >= {DAG_A}, alice  # same team, all rights
    for user in ("dave", "erin"):
        assert get(deployment, "/api/tasks", user).json()["items"] == []
        assert get(deployment, "/api/task", user, dag_id=DAG_A, run_id=run_a, task_id="upscale").status_code == 404
        view = get(deployment, "/ui/ti", user, dag_id=DAG_A, run_id=run_a, task_id="upscale").text
        assert 'id="no-task"' in view and "<img" not in view
        spend = get(deployment, "/api/spend", user).json()
        assert spend["total_credits"] == 0 and spend["per_dag"] == []
        assert DAG_A not in json.dumps(get(deployment, "/api/health", user).json())
        assert get(deployment, "/api/filters", user).json()["dag_ids"] == []
        page = get(deployment, "/ui/", user).text
        assert 'id="gallery-empty"' in page and DAG_A not in page
        # They may still read a DAG, so they see the balance.
        assert get(deployment, "/api/balance", user).status_code == 200


@needs_teams
def test_the_balance_goes_only_to_users_who_may_read_a_dag(deployment):
    assert get(deployment, "/api/balance", "carol").status_code == 403
    assert get(deployment, "/api/spend", "carol").json()["balance"] is None
    assert 'id="balance-hidden"' in get(deployment, "/ui/", "carol").text
    assert get(deployment, "/api/balance", "alice").status_code == 200
    assert get(deployment, "/api/spend", "alice").json()["balance"] is not None


def test_api_docs_need_a_login(deployment):
    for path in ("/docs", "/openapi.json", "/redoc"):
        response = get(deployment, path, None)
        assert response.status_code in (401, 404), (path, response.status_code)
        assert "/api/tasks" not in response.text
    assert get(deployment, "/docs", "admin").status_code == 200
    spec = get(deployment, "/openapi.json", "admin").json()
    assert "/api/tasks" in spec["paths"]


BAD_QUERIES = [
    {"hours": "nan"},
    {"hours": "inf"},
    {"hours": "-inf"},
    {"hours": "0"},
    {"hours": "-1"},
    {"hours": "1e400"},
    {"hours": str(24 * 90 + 1)},
    {"offset": "1e30"},
    {"offset": str(10**30)},
    {"offset": "-1"},
    {"limit": "0"},
    {"limit": str(10**30)},
    {"dag_id": "a\x00b"},
    {"dag_id": "x" * 251},
    {"model": "m\nn"},
    {"state": "Robert'); DROP TABLE xcom;--"},
]


def test_bad_query_values_get_422_naming_the_field_never_500(deployment):
    run_a = deployment["runs"][DAG_A].run_id
    for path in ["/api/tasks", "/api/spend", "/api/health", "/ui/"]:
        for params in BAD_QUERIES:
            field = next(iter(params))
            if path in ("/api/spend", "/api/health") and field in ("offset", "limit", "state"):
                continue  # not parameters of these routes
            response = get(deployment, path, "admin", **params)
            assert response.status_code == 422, (path, params, response.status_code)
            assert field in response.text
    ti = {"dag_id": DAG_A, "run_id": run_a, "task_id": "upscale"}
    for path in TI_ROUTES:
        for bad in ({"map_index": str(2**70)}, {"map_index": "-2"}, {"run_id": "r\x00"}, {"task_id": ""}):
            response = get(deployment, path, "admin", **dict(ti, **bad))
            assert response.status_code == 422, (path, bad, response.status_code)


def test_huge_nan_and_wrongly_typed_numbers_in_xcom_break_no_page_and_no_aggregate(deployment):
    tasks = get(deployment, "/api/tasks", "admin", dag_id="kie_ui_huge").json()["items"]
    assert len(tasks) == 6
    by_task = {t["task_id"]: t for t in tasks}
    assert by_task["pose_5"]["credits"] == 1.5 and by_task["pose_5"]["generation_seconds"] == 1.5
    for i in range(5):  # 10**400, -(10**400), "12", True, -5: unknown, not a crash
        assert by_task[f"pose_{i}"]["credits"] is None and by_task[f"pose_{i}"]["output_paths"] == []
    spend = get(deployment, "/api/spend", "admin", dag_id="kie_ui_huge")
    assert spend.status_code == 200 and spend.json()["total_credits"] == 1.5
    health = get(deployment, "/api/health", "admin", dag_id="kie_ui_huge")
    assert health.status_code == 200
    assert health.json()["models"][0]["p95_seconds"] == 1.5
    for params in ({}, {"dag_id": "kie_ui_huge"}, {"hours": 2160}):
        assert get(deployment, "/ui/", "admin", **params).status_code == 200
        assert get(deployment, "/api/spend", "admin", **params).status_code == 200
    view = get(
        deployment,
        "/ui/ti",
        "admin",
        dag_id="kie_ui_huge",
        run_id=deployment["runs"]["kie_ui_huge"].run_id,
        task_id="pose_0",
    )
    assert view.status_code == 200


NUMBERISH = st.sampled_from(
    ["nan", "NaN", "inf", "-inf", "Infinity", "1e30", "1e400", "-1", "0", "-0", "2160", "2160.0001", "1.5", "24",
     str(10**30), str(-(10**30)), str(2**63), str(2**31), "0x10", "1_000", " 5", "", "٣"]
)  # fmt: skip
QUERY_VALUE = st.one_of(NUMBERISH, st.integers().map(str), st.floats().map(str), st.text(max_size=300))
QUERY_FIELDS = ["dag_id", "model", "state", "hours", "limit", "offset", "run_id", "task_id", "map_index"]
FUZZ_ROUTES = ROUTES + TI_ROUTES + ["/openapi.json"]
FUZZ_EXAMPLES = 2500


def test_fuzzed_query_values_never_get_a_500(deployment):
    """Thousands of generated query strings over every route: each answers 200, 404 or 422, never a crash."""
    tried: dict[str, int] = {}
    client, token = deployment["client"], deployment["admin"]

    @settings(max_examples=FUZZ_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(
        path=st.sampled_from(FUZZ_ROUTES),
        params=st.dictionaries(st.one_of(st.sampled_from(QUERY_FIELDS), st.text(max_size=8)), QUERY_VALUE, max_size=5),
    )
    def one(path: str, params: dict[str, str]) -> None:
        tried[path] = tried.get(path, 0) + 1
        response = client.get(f"/kie{path}", params=params, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code in (200, 404, 422), (path, params, response.status_code)
        if response.status_code != 422 and "json" in response.headers["content-type"]:
            json.loads(response.text)

    one()
    print("fuzzed query inputs per route:", tried, "total", sum(tried.values()))
    assert sum(tried.values()) >= FUZZ_EXAMPLES
