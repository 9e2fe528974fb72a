#!/usr/bin/env bash
# Insights at scale (issue 20; not part of the test command). Fills the embedded PostgreSQL server
# with 1,000,000 bookings and a year of daily aggregates (FillInsights), starts the service on it
# and times GET /api/admin/insights for the year with curl: 10 warm-up calls, then RUNS measured
# ones (median, p95, max). Then the booking p99 on the same full database with wrk, to set beside
# load.sh's PostgreSQL booking figures on an empty one, and the slots p99 with the answer cache
# defeated. `benchmarks/insights.sh 0` gives both on an empty database (never analysed, as a new one) to compare.
# Needs curl and wrk. Usage: benchmarks/insights.sh [bookings] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=load/common.sh
source benchmarks/load/common.sh

BOOKINGS="${1:-1000000}"
DURATION="${2:-20}"
RUNS="${RUNS:-50}"
PORT="${LOAD_PORT:-18080}"
KEY=insights-benchmark-admin-key
JAR=app/target/booking-service.jar
WORK="$(mktemp -d "${TMPDIR:-/tmp}/booking-insights.XXXXXX")"
APP_PID=""
PG_PIDS=()

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[[ -f "$JAR" && -f benchmarks/target/benchmarks.jar ]] || mvn -B -q -DskipTests package

cleanup() {
  [[ -n "$APP_PID" ]] && kill -TERM "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  exec 3>&- 2>/dev/null || true
  for pid in "${PG_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== embedded PostgreSQL"
start_load_postgres benchmarks/target/benchmarks.jar "$WORK" 3
url=$(sed -n 's/^DATABASE_URL=//p' "$WORK/database.env")

echo "== filling ${BOOKINGS} bookings and a year of aggregates"
java -cp benchmarks/target/benchmarks.jar com.metalogics.booking.benchmarks.FillInsights \
  "$url" postgres "" "$BOOKINGS"

# Starts the jar on the filled database with the given VAR=value settings.
start_app() {
  env -i PATH="$PATH" HOME="$HOME" PORT="$PORT" ADMIN_API_KEY="$KEY" \
    RATE_LIMIT_BOOKINGS_PER_MINUTE=0 "${PG_ENV[@]}" "$@" \
    java -Xmx256m -jar "$JAR" >>"$WORK/app.log" 2>&1 &
  APP_PID=$!
  await_ready "$APP_PID" "$WORK/app.log"
}

# One start with load.sh's booking rules: the first start seeds the catalog's event type from
# the rules, and a later start with other rules would keep that type.
echo "== the service on the filled database (load.sh's booking rules, days in UTC as the generator made them)"
start_app "${BOOKING_RULES[@]}"
from=$(date -u -d '-364 days' +%F); to=$(date -u +%F)
insights="http://127.0.0.1:$PORT/api/admin/insights?from=$from&to=$to"
curl -sf -H "Authorization: Bearer $KEY" "$insights" >"$WORK/insights.json"
echo "bookings in the year's insights: $(grep -o '"bookings":[0-9]*' "$WORK/insights.json" | head -1)"
for _ in $(seq 1 10); do curl -sf -o /dev/null -H "Authorization: Bearer $KEY" "$insights"; done
times=()
for _ in $(seq 1 "$RUNS"); do
  times+=("$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $KEY" "$insights")")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v runs="$RUNS" '
  { t[NR] = $1 * 1000 }
  END { printf "GET /api/admin/insights for a year: median %.1f ms, p95 %.1f ms, max %.1f ms over %d calls\n",
        t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], t[NR], runs }'

echo "== POST /api/bookings on the full database, 32 connections, ${DURATION} s after ${DURATION} s of warm-up"
export LOAD_SLOT_MINUTES=5 LOAD_THREADS=2
base=$(date -u -d "$(date -u -d '+1000 days' +%F)" +%s)
probe=$(date -u -d "@$((base - 3600))" +%FT%TZ)
echo "a first booking answers: $(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d "{\"name\":\"Probe\",\"email\":\"probe@example.com\",\"startTime\":\"$probe\",\"duration\":5}" \
  "http://127.0.0.1:$PORT/api/bookings")"
LOAD_BASE_EPOCH=$(date -u -d "$(date -u -d '+2 days' +%F)" +%s) \
  wrk -t2 -c32 -d"${DURATION}s" -s benchmarks/load/book.lua "http://127.0.0.1:$PORT" >/dev/null
LOAD_BASE_EPOCH=$base \
  wrk -t2 -c32 -d"${DURATION}s" --latency -s benchmarks/load/book.lua "http://127.0.0.1:$PORT"

echo "== GET /api/bookings/available-slots on the full database, the answer cache defeated (slots-uncached.lua), 32 connections, ${DURATION} s after ${DURATION} s of warm-up"
LOAD_BASE_EPOCH=$(date -u -d "$(date -u -d '+2 days' +%F)" +%s)
export LOAD_DURATIONS=5 LOAD_BASE_EPOCH
wrk -t2 -c32 -d"${DURATION}s" -s benchmarks/load/slots-uncached.lua "http://127.0.0.1:$PORT" >/dev/null
wrk -t2 -c32 -d"${DURATION}s" --latency -s benchmarks/load/slots-uncached.lua "http://127.0.0.1:$PORT"
