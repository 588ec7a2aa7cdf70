"""
The plugin's HTML: the kie.ai page (gallery, spend chart, health, filters, pagination) and the task view.

Rendered on the server as one self-contained document (inline CSS and SVG, no script, nothing from a CDN)
that Airflow shows in its frame. Everything that comes from XCom is untrusted (DAG code can write XCom):
every value is HTML-escaped, and only http(s) URLs become ``src`` or ``href``.
"""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import quote, urlencode

from kie_provider.plugins.queries import MAX_WINDOW_DAYS

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
LOGS_URL = "https://kie.ai/logs"
IMAGE_EXT = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".avif")
VIDEO_EXT = (".mp4", ".webm", ".mov", ".m4v")
AUDIO_EXT = (".mp3", ".wav", ".ogg", ".m4a", ".aac", ".flac")
STATES = ("", "success", "failed", "running", "deferred", "queued", "up_for_retry", "upstream_failed")
WINDOWS = ((24, "24 h"), (168, "7 days"), (720, "30 days"), (MAX_WINDOW_DAYS * 24, f"{MAX_WINDOW_DAYS} days"))

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:16px;color:#1a202c;background:#fff}
h1{font-size:20px;margin:0 0 12px}h2{font-size:16px;margin:20px 0 8px}
form.filters{display:flex;gap:8px;flex-wrap:wrap;align-items:end;margin-bottom:12px}
form.filters label{display:flex;flex-direction:column;font-size:12px;color:#4a5568}
select,button{padding:4px 6px;font-size:13px}
.summary{display:flex;gap:24px;flex-wrap:wrap;margin:8px 0}.summary div{font-size:13px}
.summary b{display:block;font-size:20px}
.gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px}
.card{border:1px solid #e2e8f0;border-radius:6px;padding:8px;font-size:12px;overflow-wrap:anywhere}
.card img,.card video{width:100%;max-height:200px;object-fit:contain;background:#f7fafc;display:block}
.card audio{width:100%}.media{display:flex;flex-direction:column;gap:4px;margin-bottom:6px}
.state-success{color:#276749}.state-failed,.state-upstream_failed{color:#c53030}
.fail{background:#fff5f5;border-left:3px solid #c53030;padding:4px;margin:4px 0}
table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #e2e8f0;padding:3px 6px;text-align:left}
.pager{margin:12px 0;display:flex;gap:12px}.muted{color:#718096}
svg text{font-size:10px;fill:#4a5568}
.full img{max-width:100%;height:auto}
"""


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _safe(url: Any) -> str | None:
    if isinstance(url, str) and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def _kind(url: str) -> str:
    path = url.split("?", 1)[0].split("#", 1)[0].lower()
    if path.endswith(VIDEO_EXT):
        return "video"
    if path.endswith(AUDIO_EXT):
        return "audio"
    if path.endswith(IMAGE_EXT):
        return "image"
    return "file"


def media_html(urls: list[str], full: bool = False) -> str:
    """
    Thumbnails, players and links for result URLs (http(s) only; anything else is dropped).

    :param urls: the result URLs.
    :param full: show images at full size (the task view) rather than as thumbnails.
    """
    parts = []
    for raw in urls:
        url = _safe(raw)
        if url is None:
            continue
        u = _e(url)
        kind = _kind(url)
        if kind == "image":
            loading = "" if full else ' loading="lazy"'
            parts.append(
                f'<a href="{u}" target="_blank" rel="noopener noreferrer"><img src="{u}" alt="result"{loading}></a>'
            )
        elif kind == "video":
            parts.append(f'<video src="{u}" controls preload="metadata"></video>')
        elif kind == "audio":
            parts.append(f'<audio src="{u}" controls preload="none"></audio>')
        else:
            parts.append(f'<a href="{u}" target="_blank" rel="noopener noreferrer">file</a>')
    cls = "media full" if full else "media"
    return f'<div class="{cls}">{"".join(parts)}</div>' if parts else ""


def ti_url(item: dict[str, Any]) -> str:
    """
    The Airflow UI's page of a kie task's task instance.

    :param item: a task as :func:`kie_provider.plugins.queries.task_item` shows it.
    """
    path = f"/dags/{quote(str(item['dag_id']), safe='')}/runs/{quote(str(item['run_id']), safe='')}"
    path += f"/tasks/{quote(str(item['task_id']), safe='')}"
    if item.get("map_index", -1) is not None and int(item.get("map_index", -1)) >= 0:
        path += f"/mapped/{int(item['map_index'])}"
    return path


def _number(value: Any, digits: int = 1) -> str:
    if value is None:
        return "–"
    return f"{float(value):,.{digits}f}".rstrip("0").rstrip(".") if digits else f"{float(value):,.0f}"


def card_html(item: dict[str, Any]) -> str:
    """
    One gallery card: media, DAG/run/task with a link to the task instance, model, state, credits, seconds.

    :param item: a task as :func:`kie_provider.plugins.queries.task_item` shows it.
    """
    state = str(item.get("state") or "")
    state_cls = "state-" + "".join(c for c in state if c.isalnum() or c == "_")
    mi = item.get("map_index")
    task_label = f"{item['task_id']}" + (f"[{mi}]" if isinstance(mi, int) and mi >= 0 else "")
    links = [f'<a href="{_e(LOGS_URL)}" target="_blank" rel="noopener noreferrer">kie.ai logs</a>']
    for i, url in enumerate(item.get("result_urls") or []):
        if _safe(url):
            links.append(f'<a href="{_e(url)}" target="_blank" rel="noopener noreferrer">result {i + 1}</a>')
    fail = ""
    if item.get("fail_code") or item.get("fail_msg"):
        fail = f'<div class="fail">failCode {_e(item.get("fail_code"))}: {_e(item.get("fail_msg"))}</div>'
    return (
        '<div class="card" data-kie-task="'
        + _e(item.get("kie_task_id"))
        + '">'
        + media_html(item.get("result_urls") or [])
        + f'<div><a href="{_e(ti_url(item))}" target="_top">{_e(item["dag_id"])} / {_e(task_label)}</a></div>'
        + f'<div class="muted">{_e(item["run_id"])}</div>'
        + f"<div>{_e(item.get('model') or item.get('operator'))}</div>"
        + f'<div class="{_e(state_cls)}">{_e(state)}'
        + (f" (kie.ai: {_e(item.get('kie_state'))})" if item.get("kie_state") else "")
        + "</div>"
        + f"<div>{_number(item.get('credits'))} credits · {_number(item.get('generation_seconds'))} s</div>"
        + fail
        + f"<div>{' · '.join(links)}</div>"
        + "</div>"
    )


def spend_chart(per_day: list[dict[str, Any]], width: int = 640, height: int = 160) -> str:
    """
    Credits per day as an inline SVG bar chart (no script).

    :param per_day: ``[{"day": "YYYY-MM-DD", "credits": n}, ...]``.
    :param width: the chart's width in px.
    :param height: the chart's height in px.
    """
    if not per_day:
        return '<p class="muted" id="spend-empty">No credits spent in this window.</p>'
    top = max(float(d["credits"]) for d in per_day) or 1.0
    n = len(per_day)
    left, bottom, plot_h = 40, 20, height - 30
    slot = (width - left) / n
    bar = max(2.0, slot * 0.7)
    parts = [
        f'<svg id="spend-chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="credits per day">',
        f'<text x="0" y="12">{_e(_number(top))}</text><text x="0" y="{height - bottom}">0</text>',
    ]
    for i, d in enumerate(per_day):
        value = float(d["credits"])
        h = plot_h * value / top
        x = left + i * slot
        y = height - bottom - h
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="#3182ce" '
            f'data-day="{_e(d["day"])}" data-credits="{value:g}">'
            f"<title>{_e(d['day'])}: {value:g} credits</title></rect>"
        )
        if n <= 14 or i % max(1, n // 10) == 0:
            parts.append(f'<text x="{x:.1f}" y="{height - 6}">{_e(str(d["day"])[5:])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _table(headers: list[str], rows: list[list[Any]], table_id: str) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table id="{_e(table_id)}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _pct(value: Any) -> str:
    return "–" if value is None else f"{100.0 * float(value):.0f}%"


def _select(name: str, options: list[tuple[str, str]], current: str) -> str:
    opts = "".join(
        f'<option value="{_e(v)}"{" selected" if str(v) == str(current) else ""}>{_e(label)}</option>'
        for v, label in options
    )
    return f'<label>{_e(name)}<select name="{_e(name)}">{opts}</select></label>'


def index_page(
    *,
    listing: dict[str, Any],
    spend: dict[str, Any],
    health: dict[str, Any],
    balance: dict[str, Any],
    options: dict[str, list[str]],
    params: dict[str, Any],
) -> str:
    """
    The kie.ai page.

    :param listing: :func:`kie_provider.plugins.queries.list_tasks`'s answer.
    :param spend: :func:`kie_provider.plugins.queries.spend`'s answer.
    :param health: :func:`kie_provider.plugins.queries.health`'s answer.
    :param balance: :meth:`kie_provider.plugins.app.BalanceCache.snapshot`'s answer.
    :param options: :func:`kie_provider.plugins.queries.facets`'s answer.
    :param params: the current filters (``dag_id``, ``model``, ``state``, ``hours``).
    """
    form = (
        '<form class="filters" method="get" action="">'
        + _select("dag_id", [("", "all DAGs")] + [(d, d) for d in options["dag_ids"]], params["dag_id"])
        + _select("model", [("", "all models")] + [(m, m) for m in options["models"]], params["model"])
        + _select("state", [(s, s or "any state") for s in STATES], params["state"])
        + _select("hours", [(str(h), label) for h, label in WINDOWS], str(int(float(params["hours"]))))
        + '<button type="submit">Apply</button></form>'
    )
    credits = balance.get("credits")
    summary = (
        '<div class="summary">'
        + f'<div>Spent in window<b id="total-credits">{_e(_number(spend.get("total_credits")))}</b></div>'
        + f'<div>Balance<b id="balance">{_e(_number(credits) if credits is not None else "–")}</b>'
        + ("" if credits is not None else '<span class="muted">not fetched yet</span>')
        + "</div></div>"
    )
    cards = "".join(card_html(item) for item in listing["items"])
    gallery = f'<div class="gallery" id="gallery">{cards}</div>' if cards else '<p id="gallery-empty">No kie tasks.</p>'
    base = {k: v for k, v in params.items() if v not in ("", None)}
    pager = ['<div class="pager">']
    if listing["offset"] > 0:
        prev = dict(base, offset=max(0, listing["offset"] - listing["limit"]), limit=listing["limit"])
        pager.append(f'<a id="prev" href="?{_e(urlencode(prev))}">← newer</a>')
    if listing.get("next_offset") is not None:
        nxt = dict(base, offset=listing["next_offset"], limit=listing["limit"])
        pager.append(f'<a id="next" href="?{_e(urlencode(nxt))}">older →</a>')
    pager.append("</div>")
    model_rows = [
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
    flight_rows = [
        [f"{t['dag_id']} / {t['task_id']}", t["run_id"], t["state"], t["kie_task_id"], _number(t["waiting_seconds"], 0)]
        for t in health["in_flight"]
    ]
    spend_rows = [[m["model"], _number(m["credits"])] for m in spend["per_model"]]
    dag_rows = [[d["dag_id"], _number(d["credits"])] for d in spend["per_dag"]]
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>kie.ai</title>'
        f"<style>{CSS}</style></head><body>"
        "<h1>kie.ai</h1>"
        + form
        + summary
        + "<h2>Spend per day</h2>"
        + spend_chart(spend["per_day"])
        + '<div style="display:flex;gap:24px;flex-wrap:wrap">'
        + "<div><h2>Per model</h2>"
        + _table(["model", "credits"], spend_rows, "spend-models")
        + "</div>"
        + "<div><h2>Per DAG</h2>"
        + _table(["DAG", "credits"], dag_rows, "spend-dags")
        + "</div></div>"
        + "<h2>Results</h2>"
        + gallery
        + "".join(pager)
        + "<h2>Health</h2>"
        + _table(
            ["model", "tasks", "success", "failure", "failed on kie.ai", "retries", "p50 s", "p95 s"],
            model_rows,
            "health",
        )
        + "<h2>In flight</h2>"
        + (
            _table(["task", "run", "state", "kie taskId", "waiting s"], flight_rows, "in-flight")
            if flight_rows
            else '<p class="muted" id="in-flight-empty">Nothing in flight.</p>'
        )
        + "</body></html>"
    )


def task_page(item: dict[str, Any] | None, dag_id: str, run_id: str, task_id: str) -> str:
    """
    One task instance's kie task: its media at full size (each opens on its own), record and failure.

    :param item: the task, or ``None`` when the task instance has no (readable) kie task.
    :param dag_id: the DAG asked for.
    :param run_id: the run asked for.
    :param task_id: the task asked for.
    """
    head = f'<!doctype html><html><head><meta charset="utf-8"><title>kie.ai</title><style>{CSS}</style></head><body>'
    if item is None:
        return (
            head + f'<p id="no-task">No kie.ai task for {_e(dag_id)} / {_e(run_id)} / {_e(task_id)}.</p></body></html>'
        )
    rows: list[list[Any]] = [
        ["kie taskId", item.get("kie_task_id")],
        ["model", item.get("model")],
        ["state", f"{item.get('state')} (kie.ai: {item.get('kie_state') or '–'})"],
        ["credits", _number(item.get("credits"))],
        ["generation seconds", _number(item.get("generation_seconds"))],
        ["try", item.get("try_number")],
    ]
    fail = ""
    if item.get("fail_code") or item.get("fail_msg"):
        fail = f'<div class="fail">failCode {_e(item.get("fail_code"))}: {_e(item.get("fail_msg"))}</div>'
    sources = "".join(
        f'<li><a href="{_e(u)}" target="_blank" rel="noopener noreferrer">{_e(u)}</a></li>'
        for u in item.get("source_urls") or []
        if _safe(u)
    )
    return (
        head
        + media_html(item.get("result_urls") or [], full=True)
        + fail
        + _table(["", ""], rows, "record")
        + (f"<h2>Inputs</h2><ul>{sources}</ul>" if sources else "")
        + "</body></html>"
    )
