#!/usr/bin/env bash
# Load test against a Release build of the web host with the demo region (seeded on first start), from a second process (wrk).
# Usage: bench/load/run.sh [Sqlite|PostgreSQL] [duration, e.g. 60s or 10m] [connections] [mixed|search|search-uncached[,…]]
#   mixed  = search, role profiles, gap analysis, recommendations (mixed.lua); search = /api/v1/offers?q=… only (search.lua);
#   search-uncached = the same searches, each made unique so that none is answered from the kept results of an equal one.
#   Several scenarios, separated by commas, run one after the other against the same server.
# Environment: WBR_LOAD_APP (published folder to use instead of publishing), WBR_LOAD_PG (see below),
#   WBR_LOAD_OFFERS (e.g. 100000: before the server starts, generate that many offers with 3 sessions each as CSV import
#   files and import them with the operator command `import-offers`; the server then builds its search index from them),
#   WBR_LOAD_BENCH (a built Weiterbildungsraum.Bench.dll to write those files; otherwise `dotnet run` builds it).
# PostgreSQL: WBR_LOAD_PG may name an empty database; without it a throwaway cluster is started (initdb, as the postgres user when root).
set -euo pipefail
cd "$(dirname "$0")/../.."
database=${1:-Sqlite}
duration=${2:-10m}
connections=${3:-32}
scenario=${4:-mixed}
command -v wrk >/dev/null || { echo "wrk fehlt: apt-get install wrk" >&2; exit 1; }
for s in ${scenario//,/ }; do
  [ -f "bench/load/${s%-uncached}.lua" ] || { echo "Unbekanntes Szenario: $s (mixed, search oder search-uncached)" >&2; exit 1; }
done

out=$(mktemp -d /tmp/wbr-load.XXXXXX)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  [ -n "${stop_pg:-}" ] && $stop_pg
  rm -rf "$out"
}
trap cleanup EXIT

# WBR_LOAD_APP: an existing `dotnet publish -c Release` folder, to run several loads on one build.
if [ -n "${WBR_LOAD_APP:-}" ]; then cp -r "$WBR_LOAD_APP" "$out/app"; else dotnet publish src/Weiterbildungsraum.Web -c Release -o "$out/app" --nologo -v quiet; fi
port=$(free_port)
db_args=()
if [ "$database" = "PostgreSQL" ]; then
  connection=${WBR_LOAD_PG:-}
  if [ -z "$connection" ]; then
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    # A folder of its own: the one of mktemp above is private to this user, and the server runs as postgres.
    pgdir=$(mktemp -d /tmp/wbr-load-pg.XXXXXX); pgport=$(free_port)
    if [ "$(id -u)" = 0 ]; then chown postgres "$pgdir"; as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { "$@"; }; fi
    as_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
    stop_pg_cluster() { as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
    stop_pg=stop_pg_cluster
    as_pg "$pgbin/createdb" -h "$pgdir" -p "$pgport" -U postgres wbr_load
    connection="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=wbr_load;Maximum Pool Size=100"
  fi
  db_args+=(--Database:Provider=PostgreSQL "--ConnectionStrings:Weiterbildungsraum=$connection")
fi
args=(--urls "http://127.0.0.1:$port" --RateLimits:ApiPerMinute=0 --Logging:LogLevel:Default=Warning
      --Logging:LogLevel:Weiterbildungsraum.Web.Features.Search.OfferIndex=Information "${db_args[@]}")

# WBR_LOAD_OFFERS: a large generated catalogue through the real import path (files per demo provider, see README.md).
offers=${WBR_LOAD_OFFERS:-0}
if [ "$offers" -gt 0 ]; then
  echo "==> Katalog: $offers Angebote erzeugen"
  if [ -n "${WBR_LOAD_BENCH:-}" ]; then dotnet "$WBR_LOAD_BENCH" katalog "$offers" "$out/katalog" | tail -n 1
  else dotnet run -c Release --project bench/Weiterbildungsraum.Bench -v quiet -- katalog "$offers" "$out/katalog" | tail -n 1; fi
  ms() { echo $(( $(date +%s%N) / 1000000 )); }
  # The database first (migrations, model, demo region with its approved providers), so the import time is the import's own.
  (cd "$out" && dotnet app/Weiterbildungsraum.Web.dll migrate "${db_args[@]}" --Logging:LogLevel:Default=Warning) > "$out/import.log" 2>&1 \
    || { tail -20 "$out/import.log" >&2; exit 1; }
  import_started=$(ms)
  for file in "$out"/katalog/*.csv; do
    key=$(basename "$file"); key=${key%%.*}
    # Wall-clock and processor time (user + system) of the command, which includes its start and the database check.
    TIMEFORMAT='%R %U %S'
    if ! { time { (cd "$out" && dotnet app/Weiterbildungsraum.Web.dll import-offers "$file" --provider "$key" "${db_args[@]}" --Logging:LogLevel:Default=Warning) > "$out/import.log" 2>&1; }; } 2> "$out/import.time"; then
      echo "Import von $(basename "$file") fehlgeschlagen:" >&2; grep -v "^Warnung\|^Hinweis" "$out/import.log" | tail -20 >&2; exit 1
    fi
    read -r wall user sys < "$out/import.time"
    cpu_total=$(awk -v a="${cpu_total:-0}" -v u="$user" -v s="$sys" 'BEGIN { print a + u + s }')
    echo "    $(basename "$file"): $(tail -n 1 "$out/import.log") (${wall} s, Prozessorzeit $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }') s, $(grep -c '^Warnung' "$out/import.log" || true) Warnungen)"
  done
  echo "==> Import: $(ls "$out"/katalog/*.csv | wc -l) Dateien in $(( ($(ms) - import_started) / 1000 )) s, Prozessorzeit ${cpu_total} s; Last $(cut -d' ' -f1-3 /proc/loadavg)"
  rm -rf "$out/katalog"
fi
server_started=$(date +%s)
(cd "$out" && exec dotnet app/Weiterbildungsraum.Web.dll "${args[@]}" > server.log 2>&1) &
server=$!
for _ in $(seq 1 1800); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null || { echo "Server startet nicht:" >&2; tail -50 "$out/server.log" >&2; exit 1; }
echo "==> Server bereit nach $(( $(date +%s) - server_started )) s; $(grep -o 'Suchindex aufgebaut: [^"]*' "$out/server.log" | head -n 1 || true)"
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }
# Background work of the idle server (index catch-up every few seconds), as processor time per second.
idle_before=$(cpu); sleep 10
echo "==> Prozessorzeit des Servers ohne Anfragen: $(awk -v c=$(( $(cpu) - idle_before )) -v t="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f ms/s", c * 1000 / t / 10 }')"
ticks=$(getconf CLK_TCK)
failed=0
for s in ${scenario//,/ }; do
  script="bench/load/${s%-uncached}.lua"
  if [ "$s" != "${s%-uncached}" ]; then export WBR_LOAD_UNCACHED=1; else unset WBR_LOAD_UNCACHED; fi
  # Warm-up: JIT, caches, the search index's columns.
  wrk -t2 -c"$connections" -d10s --timeout 5s -s "$script" "http://127.0.0.1:$port" >/dev/null
  cpu_before=$(cpu)
  echo "==> $database, $s, $duration, $connections Verbindungen, $(nproc) Kerne, $(date -u +%F), Last $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t2 -c"$connections" -d"$duration" --timeout 5s --latency -s "$script" "http://127.0.0.1:$port" | tee "$out/wrk.txt"
  requests=$(sed -n 's/^requests=\([0-9]*\).*/\1/p' "$out/wrk.txt")
  echo "==> Last danach $(cut -d' ' -f1-3 /proc/loadavg); Prozessorzeit des Servers je Anfrage: $(awk -v c=$(( $(cpu) - cpu_before )) -v t="$ticks" -v n="$requests" 'BEGIN { printf "%.2f ms", c * 1000 / t / n }')"
  if grep -E "Non-2xx|Socket errors" "$out/wrk.txt"; then failed=1; fi
done
if [ "$failed" = 1 ]; then
  echo "Fehler im Lasttest; Server-Log:" >&2
  grep -E "fail|error|Exception" "$out/server.log" | sort | uniq -c | sort -rn | head -20 >&2
  exit 1
fi
