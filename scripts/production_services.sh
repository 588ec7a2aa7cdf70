#!/usr/bin/env bash
# Install and start what the production topology test (tests/production) needs besides Python
# packages: PostgreSQL and Redis, from the Debian packages. Idempotent: what is installed and
# running is reused. Prints the `export` lines the tests read, so use it as
#     eval "$(bash scripts/production_services.sh)"
# Works as root (CI: a fresh Debian machine) and as a user with sudo. Everything else goes to stderr.
set -euo pipefail

REDIS_PORT="${KIE_PRODUCTION_REDIS_PORT:-6389}"
ROLE=kie_prod

if [ "$(id -u)" = 0 ]; then
    SUDO=()
    as_postgres() { su postgres -s /bin/sh -c "$1"; }
else
    SUDO=(sudo)
    as_postgres() { sudo -u postgres sh -c "$1"; }
fi

{
    need=()
    command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
    command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
    if [ "${#need[@]}" -gt 0 ]; then
        echo "installing ${need[*]} (Debian packages)"
        "${SUDO[@]}" apt-get update -q
        DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q "${need[@]}"
    fi

    # PostgreSQL: the package makes a cluster; without systemd (containers, CI) nothing starts it.
    if [ -z "$(pg_lsclusters -h 2>/dev/null | head -n 1)" ]; then
        version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
        "${SUDO[@]}" pg_createcluster "$version" main
    fi
    read -r PG_VERSION PG_CLUSTER PG_PORT PG_STATUS _ < <(pg_lsclusters -h | head -n 1)
    if [ "$PG_STATUS" != online ]; then
        # pg_ctlcluster run as root starts the server as its owner, postgres.
        "${SUDO[@]}" pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
    fi
    for _ in $(seq 60); do
        pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
        sleep 0.5
    done
    pg_isready -h 127.0.0.1 -p "$PG_PORT"
    # A role that may create the tests' databases; each test run makes its own and drops it.
    if ! as_postgres "psql -p $PG_PORT -tAc \"SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'\"" | grep -q 1; then
        as_postgres "psql -p $PG_PORT -q -c \"CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$ROLE'\""
    fi

    # Redis: an instance of our own on its own port, kept in memory only.
    if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
        redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
            --logfile "/tmp/kie-production-redis-$REDIS_PORT.log" --pidfile "/tmp/kie-production-redis-$REDIS_PORT.pid"
        for _ in $(seq 40); do
            redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
            sleep 0.25
        done
    fi
    redis-cli -p "$REDIS_PORT" ping
} >&2

echo "export KIE_PRODUCTION_POSTGRES='postgresql+psycopg2://$ROLE:$ROLE@127.0.0.1:$PG_PORT'"
echo "export KIE_PRODUCTION_REDIS='redis://127.0.0.1:$REDIS_PORT'"
