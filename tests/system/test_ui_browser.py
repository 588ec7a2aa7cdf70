"""
The kie.ai page in a real browser: real Airflow (api-server, scheduler, triggerer, dag-processor), the
creative pipeline run against the emulator, and headless Chromium (Debian's package) driven by Playwright.

Per-DAG rights come from Airflow's teams: ``[core] multi_team`` is on, the DAGs folder is a bundle owned by
``team_a``, and SimpleAuthManager has a viewer in ``team_a`` and one in ``team_z`` (whose team owns no DAG).
Screenshots land in the Airflow home's ``screenshots/``; ``KIE_UI_SCREENSHOTS=docs/img`` refreshes the README's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_real_airflow import AIRFLOW, FAST_SECONDS, PIPELINE, REPO, Deployment, Emulator, free_port, wait_until

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
USERS = {"admin": "admin-pass-1", "viewer_a": "viewer-a-pass-1", "outsider": "outsider-pass-1"}

pytestmark = [
    pytest.mark.timeout(900),
    # Skipped only off CI: in CI (CI=true, as .ci/run installs chromium) a missing browser is a failure.
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM) and os.environ.get("CI", "").lower() not in ("1", "true", "yes"),
        reason="needs Debian's chromium (.ci/run installs it)",
    ),
]


class TeamDeployment(Deployment):
    """The deployment, with its triggerer scoped to ``team_a`` (multi-team triggers run only on their team's)."""

    def start(self, component: str) -> None:
        """
        Start one component; the triggerer with ``--team-name team_a``.

        :param component: the component.
        """
        if component != "triggerer":
            super().start(component)
            return
        log = open(self.home / "triggerer.log", "ab")
        self.procs[component] = subprocess.Popen(
            [AIRFLOW, "triggerer", "--team-name", "team_a"],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            cwd=self.home,
        )
        log.close()


@pytest.fixture(scope="module")
def ui_airflow(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Deployment, Emulator]]:
    """Airflow with three users, a team-owned DAG bundle holding the creative pipeline, and an emulator."""
    home = tmp_path_factory.mktemp("airflow-ui-home")
    dags = home / "dags"
    dags.mkdir()
    shutil.copy(REPO / "example_dags" / "example_kie_creative_pipeline.py", dags)
    shutil.copy(REPO / "example_dags" / "example_kie_human_review.py", dags)
    emulator = Emulator(home, "ui", FAST_SECONDS)
    passwords = home / "passwords.json"
    passwords.write_text(json.dumps(USERS))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "KIE_"))}
    env.update(
        {
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(dags),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
            "AIRFLOW__CORE__PARALLELISM": "8",
            "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
            "AIRFLOW__CORE__MULTI_TEAM": "True",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "admin:admin,viewer_a:viewer:team_a,outsider:viewer:team_z",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(passwords),
            "AIRFLOW__DAG_PROCESSOR__DAG_BUNDLE_CONFIG_LIST": json.dumps(
                [
                    {
                        "name": "team_a_dags",
                        "classpath": "airflow.dag_processing.bundles.local.LocalDagBundle",
                        "kwargs": {"path": str(dags)},
                        "team_name": "team_a",
                    }
                ]
            ),
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home / 'airflow.db'}",
            "AIRFLOW__API__PORT": str(port),
            "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
            "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(free_port()),
            "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{port}",
            "AIRFLOW__API_AUTH__JWT_SECRET": "ui-test-jwt-secret-" + os.urandom(8).hex(),
            "AIRFLOW__SCHEDULER__JOB_HEARTBEAT_SEC": "1",
            "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "1",
            "AIRFLOW__SCHEDULER__SCHEDULER_IDLE_SLEEP_TIME": "0.2",
            "AIRFLOW__TRIGGERER__JOB_HEARTBEAT_SEC": "1",
            "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
            "AIRFLOW__DAG_PROCESSOR__PARSING_PROCESSES": "1",
            "AIRFLOW_CONN_KIE_DEFAULT": emulator.connection(),
            "KIE_POLL_INTERVAL": "0.3",
            "KIE_OUTPUT_DIR": str(home / "output"),
            "AIRFLOW__KIE__TEMPLATED_OUTPUT_ROOTS": str(home / "output"),  # the DAGs' output_dir param
        }
    )
    run = {"env": env, "cwd": home, "check": True, "capture_output": True, "timeout": 300}
    subprocess.run([AIRFLOW, "db", "migrate"], **run)  # type: ignore[call-overload]
    for team in ("team_a", "team_z"):
        subprocess.run([AIRFLOW, "teams", "create", team], **run)  # type: ignore[call-overload]
    deployment = TeamDeployment(home, env, port)
    try:
        for component in Deployment.COMPONENTS:
            deployment.start(component)
        wait_until(lambda: deployment.api.get("/api/v2/monitor/health").status_code == 200, 180, "the api-server")
        token = deployment.api.post("/auth/token", json={"username": "admin", "password": USERS["admin"]}).json()
        deployment.api.headers["Authorization"] = f"Bearer {token['access_token']}"
        yield deployment, emulator
    finally:
        deployment.stop()
        emulator.stop()
        if os.environ.get("KIE_SYSTEM_TEST_KEEP_LOGS"):
            print(f"Airflow logs kept in {home}")


def _login(browser: Any, base: str, user: str, color_scheme: str = "light") -> Any:
    """A new browser context logged in through Airflow's login form, with the OS in light or dark mode."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, color_scheme=color_scheme)
    page = context.new_page()
    page.goto(base + "/")
    page.wait_for_selector("input[name=username]", timeout=60_000)
    page.fill("input[name=username]", user)
    page.fill("input[name=password]", USERS[user])
    page.click("button[type=submit]")
    page.wait_for_function("() => document.cookie.includes('_token') || location.pathname !== '/auth/login'")
    page.wait_for_load_state("networkidle")
    return context


def test_the_kie_page_in_a_browser_shows_results_spend_and_filters_and_nothing_to_an_outsider(ui_airflow):
    from playwright.sync_api import sync_playwright

    airflow, emulator = ui_airflow
    run_id = airflow.trigger(PIPELINE)
    assert airflow.wait_for_run(PIPELINE, run_id, timeout=300) == "success"
    base = f"http://127.0.0.1:{airflow.port}"
    shots = Path(os.environ.get("KIE_UI_SCREENSHOTS") or airflow.home / "screenshots")
    shots.mkdir(parents=True, exist_ok=True)

    # Without a login the plugin answers 401 and shows nothing.
    anonymous = httpx.get(base + "/kie/ui/")
    assert anonymous.status_code == 401 and PIPELINE not in anonymous.text

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            viewer = _login(browser, base, "viewer_a")
            page = viewer.new_page()

            # The balance is fetched in the background on the first request, then served from the cache.
            def balance() -> Any:
                answer = page.goto(base + "/kie/api/balance")
                return answer is not None and answer.json()["credits"]

            credits = wait_until(balance, 30, "the balance to be fetched from the credit endpoint")
            assert credits == pytest.approx(emulator.http.get("/api/v1/chat/credit").json()["data"])
            # The navigation entry's page: Airflow's UI with the plugin's frame.
            page.goto(base + "/plugin/kie")
            frame = page.frame_locator("iframe")
            frame.locator("#gallery .card").first.wait_for(timeout=60_000)
            page.wait_for_timeout(1500)
            page.screenshot(path=str(shots / "kie-ui.png"))

            # The same page on its own, to check what the browser made of it.
            page.goto(base + "/kie/ui/")
            page.wait_for_load_state("networkidle")
            assert page.evaluate("() => getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
            cards = page.locator("#gallery .card")
            assert cards.count() == 5  # generate, edit, upscale, animate, avatar
            decoded = page.evaluate(
                "() => Array.from(document.querySelectorAll('#gallery img'))"
                ".map(i => [i.complete, i.naturalWidth, i.getAttribute('src')])"
            )
            images = [d for d in decoded if d[2].startswith(emulator.url)]
            assert len(images) >= 3 and all(done and width > 0 for done, width, _ in images), decoded
            assert page.locator("#gallery video").count() >= 1
            bars = page.locator("#spend-chart rect.bar")
            assert bars.count() >= 1
            assert float(bars.first.get_attribute("data-credits") or 0) > 0
            assert float(page.locator("#total-credits").inner_text().replace(",", "")) > 0
            assert page.locator("#health tbody tr").count() >= 4
            page.screenshot(path=str(shots / "kie-ui-page.png"), full_page=True)

            # A filter: only the avatar model's task remains.
            page.select_option("select[name=model]", "kling/v1-avatar-standard")
            page.click("form.filters button[type=submit]")
            page.wait_for_load_state("networkidle")
            assert "model=kling" in page.url
            assert page.locator("#gallery .card").count() == 1
            assert "kling/v1-avatar-standard" in page.locator("#gallery .card").inner_text()

            # The task-instance view: that task's media at full size.
            page.goto(f"{base}/kie/ui/ti?dag_id={PIPELINE}&run_id={run_id}&task_id=upscale&map_index=-1")
            page.wait_for_load_state("networkidle")
            width = page.evaluate("() => document.querySelector('.media.full img').naturalWidth")
            assert width > 0
            page.screenshot(path=str(shots / "kie-ui-task.png"))
            viewer.close()

            # Dark mode: Airflow's UI and the plugin's page both follow the browser's color scheme.
            dark = _login(browser, base, "viewer_a", color_scheme="dark")
            page = dark.new_page()
            page.goto(base + "/kie/ui/")
            page.wait_for_load_state("networkidle")
            background = "() => getComputedStyle(document.body).backgroundColor"
            assert page.evaluate(background) == "rgb(9, 9, 11)"
            assert "Inter" in page.evaluate("() => getComputedStyle(document.body).fontFamily")
            page.goto(base + "/plugin/kie")
            page.frame_locator("iframe").locator("#gallery .card").first.wait_for(timeout=60_000)
            page.wait_for_timeout(1500)
            page.screenshot(path=str(shots / "kie-ui-dark.png"))
            dark.close()

            # A user whose team owns no DAG sees no kie task, no spend and no DAG name.
            outsider = _login(browser, base, "outsider")
            page = outsider.new_page()
            page.goto(base + "/kie/ui/")
            page.wait_for_load_state("networkidle")
            assert page.locator("#gallery-empty").count() == 1
            assert page.locator("#spend-empty").count() == 1
            assert PIPELINE not in page.content()
            answer = page.goto(base + "/kie/api/tasks?hours=2160")
            assert answer is not None and answer.status == 200 and answer.json()["items"] == []
            outsider.close()
        finally:
            browser.close()


def test_the_review_step_shows_each_candidate_image_and_each_opens_full_size(ui_airflow):
    from playwright.sync_api import sync_playwright

    airflow, emulator = ui_airflow
    run_id = airflow.trigger("kie_human_review")
    wait_until(
        lambda: airflow.task_instances("kie_human_review", run_id)["review"]["state"] in ("deferred", "awaiting_input"),
        240,
        "the review step to wait for a person",
    )
    base = f"http://127.0.0.1:{airflow.port}"
    shots = Path(os.environ.get("KIE_UI_SCREENSHOTS") or airflow.home / "screenshots")
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = _login(browser, base, "admin")
            page = context.new_page()
            page.goto(f"{base}/dags/kie_human_review/runs/{run_id}/tasks/review/required_actions")
            candidates = page.locator(f"a[href^='{emulator.url}'] img[src^='{emulator.url}']")
            candidates.first.wait_for(timeout=60_000)
            page.wait_for_timeout(1000)
            assert candidates.count() == 3
            decoded = page.evaluate(
                f"() => Array.from(document.querySelectorAll(\"img[src^='{emulator.url}']\"))"
                ".map(i => [i.naturalWidth, (i.closest('a') || {}).href === i.src])"
            )
            assert all(width > 0 and linked for width, linked in decoded), decoded
            page.screenshot(path=str(shots / "kie-hitl.png"))
            context.close()
        finally:
            browser.close()
    # Answer, so that the run ends before the deployment stops.
    airflow.rest(
        "PATCH",
        f"/dags/kie_human_review/dagRuns/{run_id}/taskInstances/review/-1/hitlDetails",
        json={"chosen_options": ["Reject all"], "params_input": {}},
    )
