# Functions the benchmark scripts share; sourced, not run.

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
