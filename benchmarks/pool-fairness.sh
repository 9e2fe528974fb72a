#!/usr/bin/env bash
# Round-robin fairness on a real run (issue 15): two engines on one embedded PostgreSQL, 64 threads,
# 5,000 bookings into a pool of 5 hosts; logs the count per host and the spread (at most 1, else
# exit code 1). Not part of the test command; the suite runs a smaller race (PoolFairnessRace).
# Usage: benchmarks/pool-fairness.sh [bookings] [threads] [hosts]
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f benchmarks/target/benchmarks.jar ]] || mvn -B -q -DskipTests package
java -cp benchmarks/target/benchmarks.jar com.metalogics.booking.benchmarks.PoolFairnessRun \
  "${1:-5000}" "${2:-64}" "${3:-5}"
