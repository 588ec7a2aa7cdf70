"""
The kie.ai Airflow plugin: a page in the Airflow UI and JSON endpoints showing kie tasks, spend and health.

Registered through the provider's metadata (``plugins`` in :func:`kie_provider.get_provider_info`). Every
Airflow component may import this module when it loads plugins, so it stays cheap: it imports neither
FastAPI nor the database layer. The web application is built on the first request the api-server routes
to it (:class:`LazyKieApp`), so the scheduler, workers and the DAG processor never pay for it.
"""

from __future__ import annotations

from typing import Any

from airflow.plugins_manager import AirflowPlugin

#: Where the plugin's FastAPI app is mounted on the api-server.
URL_PREFIX = "/kie"


class LazyKieApp:
    """An ASGI app that builds the plugin's FastAPI app on its first request and then delegates to it."""

    def __init__(self) -> None:
        self._app: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """
        Serve one ASGI event.

        :param scope: the ASGI scope.
        :param receive: the ASGI receive callable.
        :param send: the ASGI send callable.
        """
        if self._app is None:
            from kie_provider.plugins.app import create_app

            self._app = create_app()
        await self._app(scope, receive, send)


class KiePlugin(AirflowPlugin):
    """The kie.ai page (navigation entry "kie.ai"), its per-task-instance media view, and the JSON API."""

    name = "kie_provider"
    fastapi_apps = [{"app": LazyKieApp(), "url_prefix": URL_PREFIX, "name": "kie.ai"}]
    external_views = [
        {
            "name": "kie.ai",
            "href": f"{URL_PREFIX}/ui/",
            "destination": "nav",
            "url_route": "kie",
        },
        {
            "name": "kie.ai media",
            "href": (
                f"{URL_PREFIX}/ui/ti?dag_id={{DAG_ID}}&run_id={{RUN_ID}}&task_id={{TASK_ID}}&map_index={{MAP_INDEX}}"
            ),
            "destination": "task_instance",
            "url_route": "kie-ti",
        },
    ]
