#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server from Debian's packages on a loopback port and prints
# its URL. Used by .ci/run and for running the tests against PostgreSQL locally:
#   export ODS_TEST_POSTGRES_URL=$(scripts/start-postgres.sh)
set -euo pipefail
port="${ODS_PG_PORT:-55432}"
dir="${ODS_PG_DIR:-/tmp/ods-postgres-$port}"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "PostgreSQL server not found: apt-get install -y postgresql" >&2
  exit 1
fi
# PostgreSQL refuses to run as root; run it as the postgres user the package creates.
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
if ! run "$bin/pg_isready -h 127.0.0.1 -p $port" >/dev/null 2>&1; then
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  if [ ! -f "$dir/PG_VERSION" ]; then
    run "$bin/initdb -D $dir -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  fi
  run "$bin/pg_ctl -D $dir -l $dir/server.log -o '-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=on' -w start" >/dev/null
fi
run "$bin/psql -h 127.0.0.1 -p $port -U postgres -tAc \"select 1 from pg_database where datname='ods_test'\"" | grep -q 1 ||
  run "$bin/createdb -h 127.0.0.1 -p $port -U postgres ods_test"
echo "postgres://postgres@127.0.0.1:$port/ods_test"
