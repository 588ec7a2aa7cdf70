"""
kie.ai's callbacks as wake-up hints: from the api-server that receives one to the triggerer that holds its wait.

kie.ai calls back the moment a task ends, but its signature covers only the taskId and a timestamp, so a
callback is a *hint*: the wait it belongs to polls kie.ai at once and takes the record from there. A
callback never is the result.

**The channel.** Airflow gives trigger code no way to hear from the api-server: the execution API and its
comms answer the trigger's own requests; the task state store and assets are read by polling; Airflow
3.3's shared streams (``BaseEventTrigger.shared_stream_key``) run one reader per triggerer but broadcast
every event to every subscriber (O(waits) per callback; 10,000 waits × a few callbacks a second is
tens of thousands of wake-ups a second), exist only from 3.3, and still need a source; and Airflow blocks
its metadata database in triggers ("Database access is disabled from Dags and Triggers"). So the channel
is the deployment's own PostgreSQL, named by ``[kie] callback_channel``: the api-server records each
verified callback in a small table (its primary key refuses a replay, across every api-server) and sends
``NOTIFY kie_callback_hint, '<taskId>'`` in the same transaction. Each triggerer process keeps **one**
``LISTEN`` connection (:class:`HintReader`), served by the event loop itself (``add_reader`` on its
socket: no thread, no poll), and wakes the waits of that taskId through a dict: O(1) per callback.

**Safety.** A notification is lost when no triggerer listens (a restart, a dropped connection), but its row
is not: a wait that starts (or starts again on another triggerer), and every wait after the reader
reconnects, is looked up in the table, so a callback that came earlier wakes it too; a look-up that fails
wakes its waits, which poll. Polling stays the safety net at ``[kie] callback_safety_poll_seconds``
(300 s). Duplicates and callbacks for unknown tasks cost one poll or nothing. Nothing here does the
polling or reads a record.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from typing import Any

log = logging.getLogger(__name__)

#: The NOTIFY channel and the table of received callbacks (the replay guard).
CHANNEL = "kie_callback_hint"
TABLE = "kie_callback_hint"
#: Where the plugin's callback route is, under the api-server's base URL (``/kie`` is the plugin's prefix).
ROUTE = "/kie/callback"
#: How often a wait that expects callbacks still polls kie.ai, unless ``[kie] callback_safety_poll_seconds``.
DEFAULT_SAFETY_POLL_SECONDS = 300.0
#: How long a received callback is remembered to refuse its replay (longer than the signature's window).
REMEMBER_SECONDS = 3600.0
#: Seconds between reconnection attempts of a triggerer's LISTEN connection.
RECONNECT_SECONDS = 2.0

_SCHEMA = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} ("
    " digest CHAR(64) PRIMARY KEY, task_id VARCHAR(250) NOT NULL, received_at DOUBLE PRECISION NOT NULL)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_task_id ON {TABLE} (task_id)",
)


def ensure_schema(conn: Any) -> None:
    """
    Make the table of received callbacks if it is not there yet (api-servers and triggerers may race to it).

    :param conn: a psycopg2 connection.
    """
    import psycopg2

    try:
        with conn, conn.cursor() as cursor:
            for statement in _SCHEMA:
                cursor.execute(statement)
    except psycopg2.IntegrityError:  # another process made it in the same instant
        pass


def _kie_option(name: str) -> str:
    from airflow.providers.common.compat.sdk import conf

    return (conf.get("kie", name, fallback="") or "").strip()


def channel_dsn() -> str | None:
    """The ``[kie] callback_channel`` PostgreSQL URL (libpq form; a SQLAlchemy ``+driver`` is dropped), or ``None``."""
    value = _kie_option("callback_channel")
    if not value:
        return None
    scheme, sep, rest = value.partition("://")
    if not sep or scheme.split("+", 1)[0] not in ("postgresql", "postgres"):
        raise ValueError(
            f"[kie] callback_channel must be a postgresql:// URL (the deployment's PostgreSQL), got scheme {scheme!r}"
        )
    return f"postgresql://{rest}"


def safety_poll_seconds() -> float:
    """``[kie] callback_safety_poll_seconds``: a hinted wait's poll interval (at least 1 s)."""
    value = _kie_option("callback_safety_poll_seconds")
    try:
        seconds = float(value) if value else DEFAULT_SAFETY_POLL_SECONDS
    except ValueError:
        return DEFAULT_SAFETY_POLL_SECONDS
    return max(1.0, seconds) if seconds == seconds else DEFAULT_SAFETY_POLL_SECONDS


def deployment_callback_url(kie_conn_id: str) -> str | None:
    """
    The callback URL of the deployment's own route for ``kie_conn_id``, when callbacks are configured.

    Both ``[kie] callback_base_url`` (the api-server's public base URL) and ``[kie] callback_channel`` must be
    set; otherwise ``None`` (the waits poll, as without callbacks).

    :param kie_conn_id: the connection whose ``webhook_hmac_secret`` verifies the callbacks.
    """
    from urllib.parse import quote

    base = _kie_option("callback_base_url").rstrip("/")
    if not base or not _kie_option("callback_channel"):
        return None
    return f"{base}{ROUTE}/{quote(kie_conn_id, safe='')}"


def resolve_callback(
    callback_url: Any,
    family: Any,
    *,
    kie_conn_id: str,
    has_secret: Callable[[], bool],
    log: Any = log,
) -> tuple[str | None, bool]:
    """
    The callBackUrl a task is created with, and whether kie.ai's callback wakes its wait.

    The user's ``callback_url`` is sent as given, and the wait polls as always. Without one, the task uses the
    deployment's own route (:func:`deployment_callback_url`) when it is configured and the connection has the
    ``webhook_hmac_secret`` that verifies kie.ai's callbacks (else the log says why it polls): then its wait is
    woken, whatever the mode (``True``). A deferred wait then polls only at the safety interval; a synchronous
    wait keeps its schedule and a callback cuts its sleep short (:class:`SyncHintListener`); a task that does
    not wait leaves the callback to whatever waits for it (a deferrable sensor listens). A family that needs a
    callBackUrl is refused without one (:func:`kie_provider.families.check_callback_url`).

    :param callback_url: the operator's ``callback_url``.
    :param family: the task's :class:`~kie_provider.families.ApiFamily`.
    :param kie_conn_id: the task's connection.
    :param has_secret: whether the connection has a webhook secret (read only when needed).
    :param log: where to say why a configured deployment still polls.
    """
    from kie_provider.families import check_callback_url

    if callback_url not in (None, ""):
        return check_callback_url(callback_url, family), False
    route = deployment_callback_url(kie_conn_id)
    if route is not None and has_secret():
        return route, True
    if route is not None:
        log.warning(
            "[kie] callback_base_url is set, but connection %r has no webhook_hmac_secret to verify kie.ai's "
            "callbacks with: this wait polls instead",
            kie_conn_id,
        )
    return check_callback_url(None, family), False


def replay_digest(kie_conn_id: str, task_id: str, timestamp: str, signature: str) -> str:
    """
    What identifies one signed callback: the same signature for the same task and time is a replay.

    :param kie_conn_id: the connection the callback was verified with.
    :param task_id: the signed taskId.
    :param timestamp: the signed timestamp header.
    :param signature: the signature header.
    """
    return hashlib.sha256(f"{kie_conn_id}\n{task_id}\n{timestamp}\n{signature}".encode()).hexdigest()


class HintPublisher:
    """
    The api-server's side: record a verified callback once and notify the triggerers.

    One PostgreSQL connection per publisher, opened on first use and again after a failure.

    :param dsn: the channel's PostgreSQL URL.
    """

    def __init__(self, dsn: str) -> None:
        self.dsn = dsn
        self._conn: Any = None
        self._lock = threading.Lock()
        self._last_purge = 0.0

    def publish(self, digest: str, task_id: str) -> bool:
        """
        Record one callback and notify its taskId; ``False`` when it was already recorded (a replay).

        :param digest: :func:`replay_digest` of the callback.
        :param task_id: the signed taskId.
        """
        with self._lock:
            try:
                return self._publish(digest, task_id)
            except Exception:
                self._close()
                raise

    def _publish(self, digest: str, task_id: str) -> bool:
        import psycopg2

        if self._conn is None:
            self._conn = psycopg2.connect(self.dsn, connect_timeout=5)
            ensure_schema(self._conn)
        now = time.time()
        with self._conn, self._conn.cursor() as cursor:  # one transaction: the NOTIFY goes out on commit
            cursor.execute(
                f"INSERT INTO {TABLE} (digest, task_id, received_at) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
                (digest, task_id, now),
            )
            fresh = bool(cursor.rowcount)
            if fresh:
                cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, task_id))
            if now - self._last_purge > 60:
                cursor.execute(f"DELETE FROM {TABLE} WHERE received_at < %s", (now - REMEMBER_SECONDS,))
                self._last_purge = now
        return fresh

    def _close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None


class HintReader:
    """
    A triggerer process's one listener: wakes the waits of each taskId kie.ai called back for.

    A wait registers (:meth:`watch`) and waits until the reader listens (:meth:`ready`). From then on a callback
    for its task wakes it: through ``NOTIFY`` if it comes later, through a look-up in the table of received
    callbacks if it came earlier (the look-ups of the waits that registered in one tenth of a second go in one
    query). So a woken wait needs no first poll. After the connection drops, every wait is looked up again (a
    ``NOTIFY`` sent while nobody listened is lost, its row is not); a look-up that fails wakes its waits, which
    then poll.

    :param dsn: the channel's PostgreSQL URL.
    :param loop: the triggerer's event loop.
    """

    def __init__(self, dsn: str, loop: asyncio.AbstractEventLoop) -> None:
        self.dsn = dsn
        self.loop = loop
        self.waits: dict[str, set[asyncio.Event]] = {}
        self.hints = 0
        self.connected = asyncio.Event()
        self._unchecked: set[str] = set()
        self._conn: Any = None
        self._query: Any = None
        self._task: asyncio.Task[None] | None = None

    def watch(self, task_id: str) -> asyncio.Event:
        """
        Register a wait for ``task_id``; the returned event is set when a callback for it arrives (or arrived).

        :param task_id: the kie.ai taskId.
        """
        event = asyncio.Event()
        self.waits.setdefault(task_id, set()).add(event)
        self._unchecked.add(task_id)
        if self._task is None or self._task.done():
            self._task = self.loop.create_task(self._run(), name="kie-callback-hints")
        return event

    async def ready(self, timeout: float = 5.0) -> bool:
        """
        Wait until the reader listens, at most ``timeout`` seconds; whether it does.

        :param timeout: the most to wait; without the channel a wait polls as usual.
        """
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self.connected.wait(), timeout)
        return self.connected.is_set()

    def unwatch(self, task_id: str, event: asyncio.Event) -> None:
        """
        Forget a wait (it ended).

        :param task_id: the kie.ai taskId.
        :param event: what :meth:`watch` returned.
        """
        events = self.waits.get(task_id)
        if events is not None:
            events.discard(event)
            if not events:
                del self.waits[task_id]
                self._unchecked.discard(task_id)

    def wake(self, task_id: str) -> None:
        """
        Wake every wait of ``task_id`` (a callback for a task no wait here holds wakes nothing).

        :param task_id: the kie.ai taskId.
        """
        self.hints += 1
        for event in self.waits.get(task_id, ()):
            event.set()

    async def _run(self) -> None:
        """Listen while any wait is registered; reconnect after a failure, and look every wait up again."""
        while self.waits:
            try:
                await self._listen()
            except asyncio.CancelledError:
                self._close()
                raise
            except Exception as error:  # the channel is down: the waits' safety polls carry on
                log.warning("kie.ai callback channel unavailable (%s); waits poll until it is back", error)
                self._close()
                self._unchecked.update(self.waits)
                await asyncio.sleep(RECONNECT_SECONDS)
        self._close()

    async def _listen(self) -> None:
        import psycopg2

        conn = await asyncio.to_thread(psycopg2.connect, self.dsn, connect_timeout=5)
        conn.set_session(autocommit=True)
        self._conn = conn
        with conn.cursor() as cursor:
            cursor.execute(f"LISTEN {CHANNEL}")
        broken: asyncio.Future[None] = self.loop.create_future()

        def readable() -> None:
            try:
                conn.poll()
            except Exception as error:
                if not broken.done():
                    broken.set_exception(error)
                return
            while conn.notifies:
                self.wake(conn.notifies.pop(0).payload)

        self.loop.add_reader(conn.fileno(), readable)
        self.connected.set()
        try:
            while self.waits and not broken.done():
                if self._unchecked:
                    await self._look_up()
                await asyncio.wait([broken], timeout=0.1)
            if broken.done():
                broken.result()
        finally:
            self.loop.remove_reader(conn.fileno())

    async def _look_up(self) -> None:
        """Wake the newly registered waits whose callback was already received; on doubt, wake them to poll."""
        batch = list(self._unchecked)[:10_000]
        self._unchecked.difference_update(batch)
        try:
            found = await asyncio.to_thread(self._received, batch)
        except Exception as error:
            log.warning("kie.ai callbacks could not be looked up (%s); those waits poll", type(error).__name__)
            self._close_query()
            found = batch
        for task_id in found:
            self.wake(task_id)

    def _received(self, task_ids: list[str]) -> list[str]:
        """The taskIds among ``task_ids`` with a callback in the table (a thread: blocking I/O)."""
        import psycopg2

        if self._query is None:
            self._query = psycopg2.connect(self.dsn, connect_timeout=5)
            ensure_schema(self._query)
        with self._query, self._query.cursor() as cursor:
            cursor.execute(f"SELECT DISTINCT task_id FROM {TABLE} WHERE task_id = ANY(%s)", (task_ids,))
            return [row[0] for row in cursor.fetchall()]

    def _close_query(self) -> None:
        if self._query is not None:
            with contextlib.suppress(Exception):
                self._query.close()
        self._query = None

    def _close(self) -> None:
        self.connected.clear()
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None
        self._close_query()


def listening_configured() -> bool:
    """Whether the deployment names a callback channel that a wait can listen on (``[kie] callback_channel``)."""
    try:
        return channel_dsn() is not None
    except ValueError:
        return False


class SyncHintListener:
    """
    A synchronous wait's ear on the channel: a callback for its task ends the wait's current sleep.

    It keeps the wait's schedule (a worker slot is held either way); a callback only makes the next poll come at
    once. It listens before it looks the task up among the callbacks already received, so one that came first
    ends the first sleep. Any failure of the channel turns it into a plain sleep: the wait polls as usual.

    :param conn: a psycopg2 connection that listens on :data:`CHANNEL`.
    :param task_id: the kie.ai taskId waited for.
    :param pending: whether a callback for it was already received.
    """

    def __init__(self, conn: Any, task_id: str, pending: bool) -> None:
        self.conn: Any = conn
        self.task_id = task_id
        self.pending = pending
        self.hints = 0

    @classmethod
    def open(cls, task_id: str) -> SyncHintListener | None:
        """
        Listen for ``task_id``'s callback, or ``None`` when no channel is configured or it cannot be reached.

        :param task_id: the kie.ai taskId.
        """
        if not listening_configured():
            return None
        conn = None
        try:
            import psycopg2

            conn = psycopg2.connect(channel_dsn(), connect_timeout=5)
            ensure_schema(conn)
            conn.set_session(autocommit=True)
            with conn.cursor() as cursor:
                cursor.execute(f"LISTEN {CHANNEL}")
                cursor.execute(f"SELECT 1 FROM {TABLE} WHERE task_id = %s LIMIT 1", (task_id,))
                pending = cursor.fetchone() is not None
        except Exception as error:  # the channel is down: this wait polls as usual
            log.warning("kie.ai callback channel unavailable (%s); this wait polls", type(error).__name__)
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.close()
            return None
        return cls(conn, task_id, pending)

    def sleep(self, seconds: float) -> None:
        """
        Sleep up to ``seconds``, less when a callback for the task arrives (or had arrived).

        :param seconds: the wait's scheduled sleep.
        """
        import select

        end = time.monotonic() + max(0.0, seconds)
        while self.conn is not None and not self.pending:
            left = end - time.monotonic()
            if left <= 0:
                return
            try:
                if select.select([self.conn], [], [], left)[0]:
                    self.conn.poll()
                    while self.conn.notifies:
                        self.pending |= self.conn.notifies.pop(0).payload == self.task_id
            except Exception as error:
                log.warning("kie.ai callback channel lost (%s); this wait polls", type(error).__name__)
                self.close()
        if self.pending:
            self.pending = False
            self.hints += 1
            return
        time.sleep(max(0.0, end - time.monotonic()))

    def close(self) -> None:
        """Stop listening."""
        if self.conn is not None:
            with contextlib.suppress(Exception):
                self.conn.close()
        self.conn = None


@contextlib.contextmanager
def sync_sleep(task_id: str, woken: bool) -> Iterator[Callable[[float], Any]]:
    """
    The sleep of a synchronous wait: a :class:`SyncHintListener`'s when the task is ``woken``, else ``time.sleep``.

    :param task_id: the kie.ai taskId.
    :param woken: whether kie.ai calls the deployment's route back for this task.
    """
    listener = SyncHintListener.open(task_id) if woken else None
    try:
        yield listener.sleep if listener is not None else time.sleep
    finally:
        if listener is not None:
            listener.close()


_READERS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, HintReader] = weakref.WeakKeyDictionary()


def hint_reader() -> HintReader | None:
    """The running event loop's reader (one per triggerer), or ``None`` when ``[kie] callback_channel`` is unset."""
    dsn = channel_dsn()
    if dsn is None:
        return None
    loop = asyncio.get_running_loop()
    reader = _READERS.get(loop)
    if reader is None or reader.dsn != dsn:
        reader = _READERS[loop] = HintReader(dsn, loop)
    return reader
