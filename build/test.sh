#!/usr/bin/env bash
# The whole test suite: installs what it needs (PostgreSQL server, Chromium) through apt when missing,
# starts a throwaway PostgreSQL cluster on a free local port, runs every test against SQLite and
# against PostgreSQL, stops the cluster, and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> Installiere ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/wbr-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 20000)))

# PostgreSQL refuses to run as root; as root, the cluster belongs to the postgres system user.
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$pgdir"
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi
as_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
stop_pg() { as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap stop_pg EXIT
echo "==> PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') läuft auf Port $port"

export WBR_REQUIRE_ALL=1
export WBR_CHROMIUM=${WBR_CHROMIUM:-$(command -v chromium)}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$root/Weiterbildungsraum.slnx" -c Release --nologo -v quiet

status=0
logs=$(mktemp -d /tmp/wbr-test-logs.XXXXXX)
# Everything runs against SQLite; the web tests, which are the ones that reach the database, run against PostgreSQL too.
# Domain and browser tests do not depend on the database provider, so a second run would prove nothing new.
echo "==> Tests gegen Sqlite"
WBR_TEST_DATABASE=Sqlite dotnet test --solution "$root/Weiterbildungsraum.slnx" -c Release --no-build 2>&1 | tee "$logs/Sqlite.log" || status=1
echo "==> Web-Tests gegen PostgreSQL"
WBR_TEST_DATABASE=PostgreSQL WBR_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Pooling=true;Maximum Pool Size=40" \
  dotnet test --project "$root/tests/Weiterbildungsraum.Web.Tests" -c Release --no-build 2>&1 | tee "$logs/PostgreSQL.log" || status=1

# The summary comes last, so that a failure on the first database is not hidden above the second run.
echo "==> Zusammenfassung"
for database in Sqlite PostgreSQL; do
  echo "--- $database: $(grep -E '^\s+(total|failed|succeeded|skipped):' "$logs/$database.log" | tr -s ' ' | tr '\n' ' ')"
  grep -E -A 12 '^failed ' "$logs/$database.log" || true
done
rm -rf "$logs"

echo "==> Bekannte Schwachstellen in Paketen"
vulnerable=$(dotnet list "$root/Weiterbildungsraum.slnx" package --vulnerable --include-transitive 2>&1 || true)
if echo "$vulnerable" | grep -Eq "\b(High|Critical)\b"; then
  echo "$vulnerable"
  echo "Pakete mit bekannten hohen oder kritischen Schwachstellen gefunden." >&2
  status=1
fi

exit $status
