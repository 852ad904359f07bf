#!/usr/bin/env bash
# Load test: mixed traffic (search, profile, gap analysis, recommendations) against a Release build
# on SQLite or PostgreSQL. Usage: bench/load/run.sh [Sqlite|PostgreSQL] [duration, e.g. 10m] [connections]
# For PostgreSQL set WBR_LOAD_PG to a connection string of an empty database.
set -euo pipefail
cd "$(dirname "$0")/../.."
database=${1:-Sqlite}
duration=${2:-10m}
connections=${3:-32}
command -v wrk >/dev/null || { echo "wrk fehlt: apt-get install wrk" >&2; exit 1; }

out=$(mktemp -d /tmp/wbr-load.XXXXXX)
dotnet publish src/Weiterbildungsraum.Web -c Release -o "$out/app" --nologo -v quiet
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
args=(--urls "http://127.0.0.1:$port" --RateLimits:ApiPerMinute=0 --Logging:LogLevel:Default=Warning)
if [ "$database" = "PostgreSQL" ]; then
  args+=(--Database:Provider=PostgreSQL "--ConnectionStrings:Weiterbildungsraum=${WBR_LOAD_PG:?WBR_LOAD_PG setzen}")
fi
(cd "$out" && dotnet app/Weiterbildungsraum.Web.dll "${args[@]}" > server.log 2>&1) &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 1; done

echo "==> $database, $duration, $connections Verbindungen, $(nproc) Kerne, $(date -u +%F)"
wrk -t2 -c"$connections" -d"$duration" --timeout 5s -s bench/load/mixed.lua "http://127.0.0.1:$port" | tee "$out/wrk.txt"
grep -E "Non-2xx|Socket errors" "$out/wrk.txt" && { echo "Fehler im Lasttest" >&2; exit 1; } || true
