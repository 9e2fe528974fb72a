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
-- LOAD_RATE offers that many requests per second in all, evenly spaced: each thread sends its
-- share on a fixed schedule, as long as one of its connections is free (a missed turn is dropped,
-- not made up in a burst). Latency is then measured at a known throughput, which a fixed delay
-- after each answer only gives when the latency is known beforehand.
local rate = tonumber(os.getenv("LOAD_RATE") or "0")
if rate > 0 then
  local ffi = require("ffi")
  ffi.cdef [[
    typedef struct { long tv_sec; long tv_nsec; } load_timespec;
    int clock_gettime(int clock, load_timespec *time);
  ]]
  local time = ffi.new("load_timespec")
  local function now_ms()
    ffi.C.clock_gettime(1, time) -- CLOCK_MONOTONIC
    return tonumber(time.tv_sec) * 1000 + tonumber(time.tv_nsec) / 1e6
  end
  local interval, due
  function delay()
    interval = interval or 1000 * tonumber(os.getenv("LOAD_THREADS") or "1") / rate
    local now = now_ms()
    due = math.max(due or now, now)
    local wait = due - now
    due = due + interval
    return math.floor(wait + 0.5)
  end
elseif pace > 0 then
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
