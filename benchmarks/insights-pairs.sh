#!/usr/bin/env bash
# Issue 20's comparison, run so that the machine's drift cancels out: two embedded PostgreSQL
# servers side by side, one filled with [bookings] bookings and a year of aggregates
# (FillInsights, then vacuumed and checkpointed), one empty and never analysed, as a new
# deployment's. The service is started on each in turn, PAIRS times (default 5), and each start
# runs load.sh's booking load (32 connections, flat out) and its slots load with the answer cache
# defeated, [seconds] of warm-up then [seconds] measured. Prints every run, then the median
# requests/s and p99 of each side and the full side's p99 against the empty side's.
# On two shared cores one run of a pair can differ from the other by a third either way for
# reasons outside the service (benchmarks/insights.sh's single pairs did): compare medians.
# Needs curl and wrk. Usage: benchmarks/insights-pairs.sh [bookings] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=load/common.sh
source benchmarks/load/common.sh

BOOKINGS="${1:-1000000}"
DURATION="${2:-10}"
PAIRS="${PAIRS:-5}"
PORT="${LOAD_PORT:-18080}"
JAR=app/target/booking-service.jar
WORK="$(mktemp -d "${TMPDIR:-/tmp}/booking-insights-pairs.XXXXXX")"
APP_PID=""
PG_PIDS=()

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[[ -f "$JAR" && -f benchmarks/target/benchmarks.jar ]] || mvn -B -q -DskipTests package

cleanup() {
  [[ -n "$APP_PID" ]] && kill -TERM "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  exec 3>&- 4>&- 2>/dev/null || true
  for pid in "${PG_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== two embedded PostgreSQL servers; filling one with ${BOOKINGS} bookings"
start_load_postgres benchmarks/target/benchmarks.jar "$WORK/full" 3
start_load_postgres benchmarks/target/benchmarks.jar "$WORK/empty" 4
for side in full empty; do
  url=$(sed -n 's/^DATABASE_URL=//p' "$WORK/$side/database.env")
  count=$([[ $side == full ]] && echo "$BOOKINGS" || echo 0)
  java -cp benchmarks/target/benchmarks.jar com.metalogics.booking.benchmarks.FillInsights \
    "$url" postgres "" "$count"
done

# wrk's Requests/sec and p99 (in ms) of the run whose output is $1, as "rate p99".
figures() {
  awk '/Requests\/sec/ {r = $2}
       $1 == "99%" {v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
                    p = (u == "s") ? v * 1000 : (u == "us") ? v / 1000 : v}
       END {printf "%.1f %.2f", r, p}' "$1"
}

# One start of the service on side $1: bookings from day $2 on, then slots; appends the figures.
run_side() {
  local side="$1" day="$2"
  mapfile -t pg_env <"$WORK/$side/database.env"
  env -i PATH="$PATH" HOME="$HOME" PORT="$PORT" RATE_LIMIT_BOOKINGS_PER_MINUTE=0 "${pg_env[@]}" \
    "${BOOKING_RULES[@]}" \
    java -Xmx256m -jar "$JAR" >>"$WORK/$side/app.log" 2>&1 &
  APP_PID=$!
  await_ready "$APP_PID" "$WORK/$side/app.log"
  export LOAD_SLOT_MINUTES=5 LOAD_THREADS=2
  LOAD_BASE_EPOCH=$(day_epoch "$day") \
    wrk -t2 -c32 -d"${DURATION}s" -s benchmarks/load/book.lua "http://127.0.0.1:$PORT" >/dev/null
  LOAD_BASE_EPOCH=$(day_epoch $((day + 50))) wrk -t2 -c32 -d"${DURATION}s" --latency \
    -s benchmarks/load/book.lua "http://127.0.0.1:$PORT" >"$WORK/book.out"
  LOAD_BASE_EPOCH=$(day_epoch 2) LOAD_DURATIONS=5 \
    wrk -t2 -c32 -d"${DURATION}s" -s benchmarks/load/slots-uncached.lua \
    "http://127.0.0.1:$PORT" >/dev/null
  LOAD_BASE_EPOCH=$(day_epoch 2) LOAD_DURATIONS=5 \
    wrk -t2 -c32 -d"${DURATION}s" --latency -s benchmarks/load/slots-uncached.lua \
    "http://127.0.0.1:$PORT" >"$WORK/slots.out"
  kill -TERM "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
  local book slots
  book=$(figures "$WORK/book.out")
  slots=$(figures "$WORK/slots.out")
  echo "$book" >>"$WORK/$side.book"
  echo "$slots" >>"$WORK/$side.slots"
  printf '%-5s bookings %s/s p99 %s ms; slots %s/s p99 %s ms\n' "$side" $book $slots
}

echo "== ${PAIRS} pairs, ${DURATION} s of warm-up and ${DURATION} s measured per load"
for pair in $(seq 1 "$PAIRS"); do
  # Each pair books its own days, so that no slot is asked twice.
  run_side full $((1000 + pair * 100))
  run_side empty $((1000 + pair * 100))
done

echo "== medians over ${PAIRS} pairs"
for load in book slots; do
  for side in full empty; do
    rate=$(median $(cut -d' ' -f1 "$WORK/$side.$load"))
    p99=$(median $(cut -d' ' -f2 "$WORK/$side.$load"))
    printf '%-5s %-5s %s/s p99 %s ms\n' "$load" "$side" "$rate" "$p99"
    eval "${load}_${side}=$p99"
  done
done
awk -v bf="$book_full" -v be="$book_empty" -v sf="$slots_full" -v se="$slots_empty" 'BEGIN {
  printf "full against empty, median p99: bookings %+.1f %%, slots %+.1f %%\n",
    (bf / be - 1) * 100, (sf / se - 1) * 100 }'
