#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster on a loopback port in a temporary directory, as an unprivileged
# user, runs the given command with TEST_DATABASE_URL pointing at it, then stops and deletes the cluster.
# Usage: scripts/postgres-throwaway.sh <command...>
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL server binaries not found: apt-get install -y postgresql" >&2; exit 1; }
port=${PGTEST_PORT:-$((20000 + RANDOM % 20000))}
dir=$(mktemp -d /tmp/pledge-pg.XXXXXX)
as_user=()
if [ "$(id -u)" = 0 ]; then
  # initdb refuses to run as root: use the postgres system account that the Debian package creates.
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$dir"
  as_user=(runuser -u postgres --)
fi
stop() {
  "${as_user[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
"${as_user[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync >/dev/null
"${as_user[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -h 127.0.0.1 -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$port/postgres" "$@"
