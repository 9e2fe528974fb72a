# Functions and settings the benchmark scripts share; sourced, not run.

# Epoch seconds of midnight UTC, $1 days from today.
day_epoch() { date -u -d "$(date -u -d "+$1 days" +%F)" +%s; }

# The booking runs: 5-minute slots around the clock for ten years, no buffer, no lead time, no
# frequency limit, so every request of book.lua can be answered 201.
BOOKING_RULES=(SLOT_INTERVAL_MINUTES=5 ALLOWED_DURATIONS=5 BUSINESS_DAYS=0,1,2,3,4,5,6
  BUSINESS_START_HOUR=0 BUSINESS_END_HOUR=24 BUSINESS_TIMEZONE=UTC BUFFER_MINUTES=0
  MIN_ADVANCE_HOURS=0 MAX_ADVANCE_DAYS=3650 MAX_BOOKINGS_PER_EMAIL=1000000)

# Waits until the service on $PORT answers ready, polling every $3 seconds (default 0.1). If
# process $1 ends first, prints its log $2 and exits.
await_ready() {
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready"; do
    kill -0 "$1" 2>/dev/null || { cat "$2" >&2; exit 1; }
    sleep "${3:-0.1}"
  done
}

# The middle of the values given; of an even count, the mean of the two middle ones.
median() {
  printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'
}

# Starts the embedded PostgreSQL server of the benchmarks jar $1 (LoadPostgres, as the tests
# use it) in directory $2. It lives until its standard input closes: a FIFO held open here on
# descriptor $3, so closing that descriptor stops it. Appends its pid to PG_PIDS and reads its
# DATABASE_URL and credentials into PG_ENV.
start_load_postgres() {
  local jar="$1" dir="$2" fd="$3"
  mkdir -p "$dir"
  mkfifo "$dir/stdin"
  java -cp "$jar" com.metalogics.booking.benchmarks.LoadPostgres "$dir" \
    <"$dir/stdin" >"$dir/server.log" 2>&1 &
  PG_PIDS+=($!)
  eval "exec $fd>\"$dir/stdin\""
  until [[ -f "$dir/database.env" ]]; do
    kill -0 "${PG_PIDS[-1]}" 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    sleep 0.1
  done
  mapfile -t PG_ENV <"$dir/database.env"
}
