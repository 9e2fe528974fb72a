#!/usr/bin/env bash
# Makes a round-robin event type of N hosts on a running service through the admin API: hosts
# team-1 .. team-N on schedule "team-hours" (every day, 00:00 to 24:00 UTC), no calendar id (the
# service's own calendar), weight 1. Usage: team.sh <base-url> <admin-key> <slug> <hosts> <minutes>
set -euo pipefail
BASE="$1" KEY="$2" SLUG="$3" HOSTS="$4" MINUTES="$5"

put() {
  curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    --data "$2" "$BASE$1"
}

DAY='[{"from":"00:00","to":"24:00"}]'
put /api/admin/schedules/team-hours "{\"name\":\"Team hours\",\"timeZone\":\"UTC\",\"weekly\":{
  \"MONDAY\":$DAY,\"TUESDAY\":$DAY,\"WEDNESDAY\":$DAY,\"THURSDAY\":$DAY,\"FRIDAY\":$DAY,
  \"SATURDAY\":$DAY,\"SUNDAY\":$DAY},\"overrides\":[],\"blackouts\":[]}"
ids=""
for i in $(seq 1 "$HOSTS"); do
  put "/api/admin/hosts/team-$i" "{\"name\":\"Team member $i\",\"email\":\"team-$i@example.com\",
    \"timeZone\":\"UTC\",\"scheduleId\":\"team-hours\"}"
  ids="$ids${ids:+,}\"team-$i\""
done
put "/api/admin/event-types/$SLUG" "{\"title\":\"Team $SLUG\",\"durations\":[$MINUTES],
  \"maxAdvanceDays\":3650,\"assignment\":\"ROUND_ROBIN\",\"hosts\":[$ids],
  \"frequencyLimit\":{\"max\":1000000,\"windowDays\":1}}"
