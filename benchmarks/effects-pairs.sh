#!/usr/bin/env bash
# Compares two builds on load.sh's last run, the paced bookings with the core's in-memory
# calendar and CRM (LoadServer: every booking writes its calendar, CRM and mail effects, runs
# them and stores their outcomes), in runs that alternate so that the machine's drift cancels
# out. Each side is a commit (built into a temporary worktree) or a checkout whose
# benchmarks/target/benchmarks.jar is built. Each run is a fresh H2 file and JVM (-Xmx1g, so
# that the fakes' events and contacts never make it a collector benchmark): WARMUP seconds
# (default 45; on 2 cores the JIT compiler is still busy after 20) of 32 connections each waiting
# 30 ms between answers, then [seconds] measured. Prints every run (rate, p99, the service's CPU
# per booking), then each side's mean and range over PAIRS runs (default 4).
# DATABASE=postgres runs each on a fresh embedded PostgreSQL server (LoadPostgres) instead;
# LOAD_DELAY_MS=0 runs flat out (the app's CPU then leaves out the server's).
# On a shared VM single runs of one build differ by a factor of two: compare the means.
# Needs curl and wrk. Usage: benchmarks/effects-pairs.sh <commit|dir> <commit|dir> [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=load/common.sh
source benchmarks/load/common.sh

[[ $# -ge 2 ]] || { sed -n '2,14p' "$0" >&2; exit 2; }
DURATION="${3:-20}"
WARMUP="${WARMUP:-45}"
PAIRS="${PAIRS:-4}"
PORT="${LOAD_PORT:-18080}"
DATABASE="${DATABASE:-h2}"
DELAY="${LOAD_DELAY_MS:-30}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/booking-effects-pairs.XXXXXX")"
APP_PID=""
PG_PIDS=()
WORKTREES=()

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

cleanup() {
  [[ -n "$APP_PID" ]] && kill -TERM "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  stop_postgres
  for tree in "${WORKTREES[@]}"; do git worktree remove --force "$tree" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

# Sets JARS[$2] to the benchmarks jar of side $1: a built checkout's, or a commit's built here.
add_jar() {
  if [[ -d "$1" ]]; then
    [[ -f "$1/benchmarks/target/benchmarks.jar" ]] || { echo "$1 is not built" >&2; exit 1; }
    JARS[$2]="$1/benchmarks/target/benchmarks.jar"
    return
  fi
  local tree; tree="$WORK/tree-$2"
  git worktree add --quiet --detach "$tree" "$1"
  WORKTREES+=("$tree")
  (cd "$tree" && mvn -B -q -DskipTests package >"$WORK/build.log" 2>&1) ||
    { cat "$WORK/build.log" >&2; exit 1; }
  JARS[$2]="$tree/benchmarks/target/benchmarks.jar"
}

# Closing descriptor 3 stops the run's server (start_load_postgres).
stop_postgres() {
  [[ ${#PG_PIDS[@]} -gt 0 ]] || return 0
  exec 3>&-
  wait "${PG_PIDS[@]}" 2>/dev/null || true
  PG_PIDS=()
}

# One run of the jar $1; writes "rate p99_ms cpu_us" to $WORK/result.
run_once() {
  rm -rf "$WORK/db"
  DB_ENV=(DATABASE_URL="jdbc:h2:file:$WORK/db/booking")
  if [[ $DATABASE == postgres ]]; then
    rm -rf "$WORK/pg"
    start_load_postgres "$1" "$WORK/pg" 3
    DB_ENV=("${PG_ENV[@]}")
  fi
  env -i PATH="$PATH" HOME="$HOME" PORT="$PORT" RATE_LIMIT_BOOKINGS_PER_MINUTE=0 \
    "${DB_ENV[@]}" "${BOOKING_RULES[@]}" \
    java -Xmx1g -cp "$1" com.metalogics.booking.benchmarks.LoadServer >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  await_ready "$APP_PID" "$WORK/app.log"
  export LOAD_THREADS=2 LOAD_SLOT_MINUTES=5 LOAD_DELAY_MS="$DELAY"
  LOAD_BASE_EPOCH=$(day_epoch 2) wrk -t2 -c32 -d"${WARMUP}s" -s benchmarks/load/book.lua \
    "http://127.0.0.1:$PORT" >/dev/null
  local before after
  before=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
  LOAD_BASE_EPOCH=$(day_epoch 1000) wrk -t2 -c32 -d"${DURATION}s" --latency \
    -s benchmarks/load/book.lua "http://127.0.0.1:$PORT" >"$WORK/wrk.out"
  after=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
  kill -TERM "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
  stop_postgres
  awk -v cpu=$((after - before)) -v tick="$(getconf CLK_TCK)" '
    /requests in/ {n = $1} /Requests\/sec/ {rate = $2}
    $1 == "99%" {p99 = $2; sub(/ms/, "", p99); if ($2 ~ /[0-9]s$/) {sub(/s/, "", p99); p99 *= 1000}}
    /Non-2xx/ {bad = $NF}
    END {if (bad > 0) {print "non-2xx answers: " bad > "/dev/stderr"; exit 1}
         printf "%s %s %d\n", rate, p99, cpu * 1000000 / tick / n}' "$WORK/wrk.out" >"$WORK/result"
}

JARS=()
add_jar "$1" 0
add_jar "$2" 1
NAMES=("$1" "$2")
RESULTS=("" "")
for pair in $(seq 1 "$PAIRS"); do
  for side in 0 1; do
    # Alternate which side runs first, so that neither always follows the other.
    s=$(( (side + pair) % 2 ))
    run_once "${JARS[$s]}"
    read -r rate p99 cpu <"$WORK/result"
    echo "pair $pair ${NAMES[$s]}: ${rate}/s, p99 ${p99} ms, ${cpu} us of CPU per booking"
    RESULTS[s]+="$rate $p99 $cpu"$'\n'
  done
done
for s in 0 1; do
  printf '%s' "${RESULTS[$s]}" | awk -v name="${NAMES[$s]}" '
    {r += $1; c += $3; if (NR == 1 || $3 < lo) lo = $3; if ($3 > hi) hi = $3}
    END {printf "%s: %d runs, %.0f/s, %.0f us of CPU per booking (%d to %d)\n",
         name, NR, r / NR, c / NR, lo, hi}'
done
