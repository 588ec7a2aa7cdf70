"""
The plugin's HTML: the kie.ai page (gallery, spend chart, health, filters, pagination) and the task view.

Rendered on the server from Jinja2 templates (``templates/``, autoescaped) as one self-contained document
(inline CSS and SVG, no script, nothing from a CDN) that Airflow shows in its frame. It uses Airflow's fonts
(Inter, then the system stack) and follows the light or dark color scheme of the browser
(``prefers-color-scheme``): Airflow's own theme choice lives in its page's script state, which a
script-free page cannot read, and its default ("system") is that same scheme. Everything that comes from
XCom is untrusted (DAG code can write XCom): autoescaping escapes every value, and only http(s) URLs become
``src`` or ``href``.
"""

from __future__ import annotations

import functools
import math
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
import markupsafe

from kie_provider.config import LOGS_URL
from kie_provider.plugins.queries import MAX_WINDOW_DAYS
from kie_provider.urls import is_http_url

#: Sent with every page: no script runs, media only from http(s), nothing framed by other origins.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; img-src http: https: data:; media-src http: https:; style-src 'unsafe-inline'; "
        "form-action 'self'; frame-ancestors 'self'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
IMAGE_EXT = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".avif")
VIDEO_EXT = (".mp4", ".webm", ".mov", ".m4v")
AUDIO_EXT = (".mp3", ".wav", ".ogg", ".m4a", ".aac", ".flac")
STATES = ("", "success", "failed", "running", "deferred", "queued", "up_for_retry", "upstream_failed")
WINDOWS = ((24, "24 h"), (168, "7 days"), (720, "30 days"), (MAX_WINDOW_DAYS * 24, f"{MAX_WINDOW_DAYS} days"))


def _safe(url: Any) -> str | None:
    return url.strip() if is_http_url(url) else None


def _kind(url: str) -> str:
    path = url.split("?", 1)[0].split("#", 1)[0].lower()
    if path.endswith(VIDEO_EXT):
        return "video"
    if path.endswith(AUDIO_EXT):
        return "audio"
    if path.endswith(IMAGE_EXT):
        return "image"
    return "file"


def ti_url(item: dict[str, Any]) -> str:
    """
    The Airflow UI's page of a kie task's task instance.

    :param item: a task as :func:`kie_provider.plugins.queries.task_item` shows it.
    """
    path = f"/dags/{quote(str(item['dag_id']), safe='')}/runs/{quote(str(item['run_id']), safe='')}"
    path += f"/tasks/{quote(str(item['task_id']), safe='')}"
    mi = item.get("map_index")
    if isinstance(mi, int) and mi >= 0:
        path += f"/mapped/{mi}"
    return path


def _number(value: Any, digits: int = 1) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "–"
    try:
        number = float(value)
    except OverflowError:
        return "–"
    if not math.isfinite(number):
        return "–"
    return f"{number:,.{digits}f}".rstrip("0").rstrip(".") if digits else f"{number:,.0f}"


def _pct(value: Any) -> str:
    return "–" if value is None else f"{100.0 * float(value):.0f}%"


@functools.cache
def environment() -> jinja2.Environment:
    """The templates' environment: package templates, autoescape on, the page's filters."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("kie_provider.plugins", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(
        safe_url=_safe,
        media_kind=_kind,
        ti_url=ti_url,
        number=_number,
        pair=lambda v: (v, v),
        css_token=lambda v: "".join(c for c in str(v or "") if c.isalnum() or c == "_"),
    )
    env.globals.update(logs_url=LOGS_URL)
    return env


@functools.cache
def _css() -> markupsafe.Markup:
    """The page's style sheet: a file of this package, so trusted (escaping would break its quotes)."""
    loader = environment().loader
    assert loader is not None
    return markupsafe.Markup(loader.get_source(environment(), "page.css")[0])


def _render(name: str, **context: Any) -> str:
    return environment().get_template(name).render(css=_css(), **context)


def spend_chart(per_day: list[dict[str, Any]], width: int = 640, height: int = 160) -> dict[str, Any] | None:
    """
    The geometry of the credits-per-day bar chart (drawn as inline SVG by the template), or ``None``.

    :param per_day: ``[{"day": "YYYY-MM-DD", "credits": n}, ...]``.
    :param width: the chart's width in px.
    :param height: the chart's height in px.
    """
    if not per_day:
        return None
    top = max(float(d["credits"]) for d in per_day) or 1.0
    n = len(per_day)
    left, bottom, plot_h = 40, 20, height - 30
    slot = (width - left) / n
    bars = []
    for i, d in enumerate(per_day):
        value = float(d["credits"])
        h = plot_h * value / top
        bars.append(
            {
                "x": f"{left + i * slot:.1f}",
                "y": f"{height - bottom - h:.1f}",
                "w": f"{max(2.0, slot * 0.7):.1f}",
                "h": f"{h:.1f}",
                "day": d["day"],
                "credits": f"{value:g}",
                "label": str(d["day"])[5:] if n <= 14 or i % max(1, n // 10) == 0 else "",
            }
        )
    return {"width": width, "height": height, "top": top, "bars": bars}


def _pager(listing: dict[str, Any], params: dict[str, Any]) -> dict[str, str | None]:
    base = {k: v for k, v in params.items() if v not in ("", None)}
    prev = nxt = None
    if listing["offset"] > 0:
        prev = urlencode(dict(base, offset=max(0, listing["offset"] - listing["limit"]), limit=listing["limit"]))
    if listing.get("next_offset") is not None:
        nxt = urlencode(dict(base, offset=listing["next_offset"], limit=listing["limit"]))
    return {"prev": prev, "next": nxt}


def _health_rows(health: dict[str, Any]) -> tuple[list[list[Any]], list[list[Any]]]:
    models = [
        [
            m["model"],
            m["tasks"],
            _pct(m["success_rate"]),
            _pct(m["failure_rate"]),
            m["failed_on_kie"],
            m["retries"],
            _number(m["p50_seconds"]),
            _number(m["p95_seconds"]),
        ]
        for m in health["models"]
    ]
    flights = [
        [f"{t['dag_id']} / {t['task_id']}", t["run_id"], t["state"], t["kie_task_id"], _number(t["waiting_seconds"], 0)]
        for t in health["in_flight"]
    ]
    return models, flights


def _hours_option(hours: Any) -> str:
    value = float(hours)
    return str(int(value)) if value.is_integer() else str(value)


def index_page(
    *,
    listing: dict[str, Any],
    spend: dict[str, Any],
    health: dict[str, Any],
    balance: dict[str, Any] | None,
    options: dict[str, list[str]],
    params: dict[str, Any],
) -> str:
    """
    The kie.ai page.

    :param listing: :func:`kie_provider.plugins.queries.list_tasks`'s answer.
    :param spend: :func:`kie_provider.plugins.queries.spend`'s answer.
    :param health: :func:`kie_provider.plugins.queries.health`'s answer.
    :param balance: :meth:`kie_provider.plugins.app.BalanceCache.snapshot`'s answer, or ``None`` when the
        user may not see it.
    :param options: :func:`kie_provider.plugins.queries.facets`'s answer.
    :param params: the current filters (``dag_id``, ``model``, ``state``, ``hours``).
    """
    hours = _hours_option(params["hours"])
    windows = [(str(h), label) for h, label in WINDOWS]
    if hours not in dict(windows):
        windows.append((hours, f"{hours} h"))
    health_rows, flight_rows = _health_rows(health)
    return _render(
        "index.html",
        listing=listing,
        spend=spend,
        balance=balance,
        options=options,
        params=params,
        hours=hours,
        states=[(s, s or "any state") for s in STATES],
        windows=windows,
        chart=spend_chart(spend["per_day"]),
        spend_models=[[m["model"], _number(m["credits"])] for m in spend["per_model"]],
        spend_dags=[[d["dag_id"], _number(d["credits"])] for d in spend["per_dag"]],
        health_rows=health_rows,
        flight_rows=flight_rows,
        **_pager(listing, params),
    )


def task_page(item: dict[str, Any] | None, dag_id: str, run_id: str, task_id: str) -> str:
    """
    One task instance's kie task: its media at full size (each opens on its own), record and failure.

    :param item: the task, or ``None`` when the task instance has no (readable) kie task.
    :param dag_id: the DAG asked for.
    :param run_id: the run asked for.
    :param task_id: the task asked for.
    """
    rows: list[list[Any]] = []
    if item is not None:
        rows = [
            ["kie taskId", item.get("kie_task_id")],
            ["model", item.get("model")],
            ["state", f"{item.get('state')} (kie.ai: {item.get('kie_state') or '–'})"],
            ["credits", _number(item.get("credits"))],
            ["generation seconds", _number(item.get("generation_seconds"))],
            ["try", item.get("try_number")],
        ]
    return _render("task.html", item=item, dag_id=dag_id, run_id=run_id, task_id=task_id, rows=rows)
