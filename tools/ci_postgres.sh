#!/usr/bin/env bash
# Install Debian's PostgreSQL, start a cluster on 127.0.0.1 and print the URL the database tests use.
#
# Usage (CI):  eval "$(bash tools/ci_postgres.sh)"   # sets SPACEREC_TEST_POSTGRES_URL
# Idempotent: an installed package, an existing cluster, role or database, or a running server are reused.
# Everything but the final `export ...` line goes to stderr, so the output can be eval'ed.
# Needs root (CI and developer machines run as root); uses sudo when it is not root and sudo exists.
set -euo pipefail

PGUSER_NAME="${SPACEREC_PG_USER:-spacerec}"
PGPASS="${SPACEREC_PG_PASSWORD:-spacerec}"
PGDB="${SPACEREC_PG_DB:-spacerec_test}"
PGPORT="${SPACEREC_PG_PORT:-5432}"

log() { echo "ci_postgres: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "must run as root (or with sudo available)"
    SUDO="sudo"
fi

if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    log "installing postgresql (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq >&2 || die "apt-get update failed"
    $SUDO apt-get install -y -qq postgresql >&2 || die "apt-get install postgresql failed"
fi

# The newest installed server version; Debian's postinst usually created its "main" cluster already.
VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
[ -n "$VERSION" ] || die "no PostgreSQL server version found under /usr/lib/postgresql"
CLUSTER="main"
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$VERSION $CLUSTER"; then
    log "creating cluster $VERSION/$CLUSTER on port $PGPORT"
    $SUDO pg_createcluster --port "$PGPORT" "$VERSION" "$CLUSTER" >&2 || die "pg_createcluster failed"
fi
PORT_IN_USE="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $3}')"
STATUS="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $4}')"
if [ "$STATUS" != "online" ]; then
    log "starting cluster $VERSION/$CLUSTER (port $PORT_IN_USE)"
    # Containers have no systemd: pg_ctlcluster starts the server directly. Listen on loopback only.
    $SUDO pg_ctlcluster "$VERSION" "$CLUSTER" start -- -o "-c listen_addresses=127.0.0.1" >&2 \
        || $SUDO pg_ctlcluster "$VERSION" "$CLUSTER" start >&2 \
        || die "pg_ctlcluster start failed (see /var/log/postgresql/postgresql-$VERSION-$CLUSTER.log)"
fi

as_postgres() { $SUDO su postgres -s /bin/sh -c "$1"; }

for _ in $(seq 1 60); do
    if as_postgres "pg_isready -q -h 127.0.0.1 -p $PORT_IN_USE"; then break; fi
    sleep 0.5
done
as_postgres "pg_isready -q -h 127.0.0.1 -p $PORT_IN_USE" || die "server not ready on 127.0.0.1:$PORT_IN_USE"

PSQL="psql -v ON_ERROR_STOP=1 -q -X -p $PORT_IN_USE"
if [ "$(as_postgres "$PSQL -tAc \"SELECT 1 FROM pg_roles WHERE rolname = '$PGUSER_NAME'\"")" != "1" ]; then
    log "creating role $PGUSER_NAME"
    as_postgres "$PSQL -c \"CREATE ROLE $PGUSER_NAME LOGIN PASSWORD '$PGPASS'\"" >&2 || die "CREATE ROLE failed"
else
    as_postgres "$PSQL -c \"ALTER ROLE $PGUSER_NAME LOGIN PASSWORD '$PGPASS'\"" >&2 || die "ALTER ROLE failed"
fi
if [ "$(as_postgres "$PSQL -tAc \"SELECT 1 FROM pg_database WHERE datname = '$PGDB'\"")" != "1" ]; then
    log "creating database $PGDB"
    as_postgres "createdb -p $PORT_IN_USE -O $PGUSER_NAME $PGDB" >&2 || die "createdb failed"
fi

URL="postgresql://$PGUSER_NAME:$PGPASS@127.0.0.1:$PORT_IN_USE/$PGDB"
PGPASSWORD="$PGPASS" psql -X -q -tA "$URL" -c "SELECT 1" >/dev/null 2>&1 \
    || die "cannot log in as $PGUSER_NAME over TCP on 127.0.0.1:$PORT_IN_USE (check pg_hba.conf)"
log "ready: $URL"
echo "export SPACEREC_TEST_POSTGRES_URL=$URL"
