-- POST /api/bookings with a fresh slot and a fresh e-mail on every request; slots are
-- LOAD_SLOT_MINUTES long (15 unless set) and follow each other from LOAD_BASE_EPOCH on.
-- Slots are handed out round-robin across wrk threads from LOAD_BASE_EPOCH on, so no two
-- requests ask for the same slot and every booking should be answered 201.
local threads = {}
local counter = 0

local nthreads = 1
local base = tonumber(os.getenv("LOAD_BASE_EPOCH"))
local minutes = tonumber(os.getenv("LOAD_SLOT_MINUTES") or "15")
-- LOAD_EVENT_TYPE books that event type (a team's) instead of the default one.
local eventType = os.getenv("LOAD_EVENT_TYPE")
-- LOAD_SLOT_REPEAT asks for each slot so many times in a row: a pool of that many hosts takes
-- every one of them.
local repeats = tonumber(os.getenv("LOAD_SLOT_REPEAT") or "1")

-- LOAD_DELAY_MS paces each connection: it waits that long after an answer before asking again.
local pace = tonumber(os.getenv("LOAD_DELAY_MS") or "0")
if pace > 0 then
  function delay()
    return pace
  end
end

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  nthreads = tonumber(os.getenv("LOAD_THREADS") or "1")
  created = 0
  other = 0
end

function request()
  local index = counter * nthreads + id
  counter = counter + 1
  local start = os.date("!%Y-%m-%dT%H:%M:%SZ", base + math.floor(index / repeats) * minutes * 60)
  local typeField = eventType and string.format(',"eventType":"%s"', eventType) or ""
  local body = string.format(
    '{"name":"Load Test","email":"load-%d-%d@example.com","startTime":"%s","duration":%d%s}',
    id, counter, start, minutes, typeField)
  return wrk.format("POST", "/api/bookings", {["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  if status == 201 then created = created + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    o = o + t:get("other")
  end
  io.write(string.format("bookings: %d created (201), %d other answers\n", c, o))
end
