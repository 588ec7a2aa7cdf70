"""Shared fixtures: an isolated Airflow home and database, and the kie.ai emulator over real HTTP."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path

# Airflow reads its configuration when first imported: isolate it before anything imports it.
_HOME = Path(tempfile.mkdtemp(prefix="kie-airflow-home-"))
os.environ["AIRFLOW_HOME"] = str(_HOME)
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(_HOME / "dags")
os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = f"sqlite:///{_HOME / 'airflow.db'}"
os.environ["AIRFLOW__CORE__UNIT_TEST_MODE"] = "False"
os.environ.pop("AIRFLOW_CONN_KIE_DEFAULT", None)

import pytest  # noqa: E402

from kie_provider.emulator import KieEmulator  # noqa: E402

TEST_API_KEY = "sk-test-9f8e7d6c5b4a-never-log-me"
#: Connection extras that keep the provider's real retry and poll logic but shrink its waits, so the
#: suite stays quick: limits are passed in through the connection, as a deployment would.
FAST_PACING = {"backoff_base": 0.05, "backoff_cap": 1.0, "poll_first": 0.1, "poll_cap": 0.5}

sys.path.insert(0, str(Path(__file__).parent))


_BASE_DB = _HOME / "airflow.db"


def use_database(path: Path) -> None:
    """
    Point Airflow (this process, and the Airflow processes a test starts) at the SQLite file ``path``.

    Every pooled connection to the previous file is closed first: no connection outlives its file's turn.

    :param path: a migrated metadata database file.
    """
    from airflow import settings

    url = f"sqlite:///{path}"
    os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = url
    settings.dispose_orm(do_log=False)
    settings.configure_vars()
    settings.configure_orm()


def current_database() -> Path:
    """The SQLite file Airflow is pointed at now (``airflow_db`` gives every test module its own)."""
    return Path(os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].removeprefix("sqlite:///"))


def _damage(path: Path) -> str | None:
    """What ``PRAGMA quick_check`` finds wrong with the SQLite file ``path`` (``None``: nothing)."""
    import sqlite3

    try:
        with sqlite3.connect(path, timeout=30) as check:
            rows = check.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        return str(error)
    return None if rows == [("ok",)] else "; ".join(str(row[0]) for row in rows[:5])


@pytest.fixture(scope="session")
def _migrated_template() -> Path:
    """A metadata database migrated once per worker, copied for each test module."""
    from airflow.utils import db

    db.resetdb(skip_init=False) if hasattr(db, "resetdb") else db.initdb()
    template = _HOME / "airflow-template.db"
    use_database(_BASE_DB)  # closes every connection to the file before it is copied
    shutil.copyfile(_BASE_DB, template)
    return template


@pytest.fixture(scope="module")
def airflow_db(_migrated_template: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """
    A migrated Airflow metadata database for ``dag.test()``, of this test module's own.

    Each module starts from a copy of the worker's freshly migrated database, so that no module sees the runs,
    DAGs or damage another module left. After the module, the file is checked (``PRAGMA quick_check``):
    damage is reported as a warning naming the module, and goes no further than that module.
    """
    path = _HOME / f"airflow-{request.module.__name__.rpartition('.')[2]}.db"
    shutil.copyfile(_migrated_template, path)
    use_database(path)
    try:
        yield _HOME
    finally:
        use_database(_BASE_DB)
        damage = _damage(path)
        if damage:
            warnings.warn(f"{request.module.__name__} left its metadata database damaged: {damage}", stacklevel=1)
        for leftover in (path, *(path.with_name(path.name + end) for end in ("-journal", "-wal", "-shm"))):
            leftover.unlink(missing_ok=True)


def connection_json(emu: KieEmulator, **extra: object) -> str:
    """
    The ``AIRFLOW_CONN_KIE_DEFAULT`` value that points the provider at ``emu``.

    :param emu: a running emulator.
    :param extra: more connection extras (timeout, max_retries ...).
    """
    return json.dumps(
        {
            "conn_type": "kie",
            "host": emu.url,
            "password": emu.api_key,
            "extra": {"upload_base_url": emu.url, "timeout": 5, "max_retries": 3, **FAST_PACING, **extra},
        }
    )


@pytest.fixture
def emulator(monkeypatch: pytest.MonkeyPatch) -> Iterator[KieEmulator]:
    """
    A fresh kie.ai emulator, with ``kie_default`` pointing at it.

    kie.ai's 20 creates per key per window, in a 1-second window: a test that submits more (the
    catalogue walk, mapped tasks) waits out 1 s when it meets the limit, not kie.ai's 10.
    """
    with KieEmulator(api_key=TEST_API_KEY, durations=(0.05, 0.05, 0.2), rate_limit=(20, 1.0)) as emu:
        monkeypatch.setenv("AIRFLOW_CONN_KIE_DEFAULT", connection_json(emu))
        yield emu


# --- tests/production: PostgreSQL and Redis, run where scripts/production_services.sh started them -------
# (Here rather than in a tests/production/conftest.py: two conftest modules would share the name
# "conftest", and a test importing from it would get whichever was loaded last.)
PRODUCTION_SERVICES = ("KIE_PRODUCTION_POSTGRES", "KIE_PRODUCTION_REDIS")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """
    Skip the production topology tests where PostgreSQL and Redis are not named; in CI, let them fail instead.

    ``make production-test`` starts the services and runs ``tests/production``; ``make test`` runs it too
    when the environment names them (``KIE_PRODUCTION_POSTGRES``, ``KIE_PRODUCTION_REDIS``), as
    ``.ci/run`` makes it. In CI (``CI=true``) their absence is an error (the deployment fixture fails),
    never a skip.

    :param config: pytest's configuration.
    :param items: the collected tests.
    """
    missing = [name for name in PRODUCTION_SERVICES if not os.environ.get(name)]
    if not missing or os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        return
    # The production topology, and the callback channel's tests (PostgreSQL's LISTEN/NOTIFY).
    here = (str(Path(__file__).parent / "production"), str(Path(__file__).parent / "integration" / "test_callbacks.py"))
    reason = (
        f"{', '.join(missing)} not set: the production topology test needs PostgreSQL and Redis, the callback "
        "channel's PostgreSQL; "
        'run `make production-test`, or eval "$(bash scripts/production_services.sh)" first'
    )
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.skip(reason=reason))
