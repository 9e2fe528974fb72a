-- GET available-slots with the answer cache defeated: every request asks for another range
-- (start day, 27 to 30 days long: MAX_RANGE_DAYS is 30 by default) and another of the default durations, walked so that a key
-- comes back only after LOAD_DAYS * #lengths * #durations requests (57,600 by default), long
-- after the 5 s the cache keeps an answer even at 10,000 req/s. Counts non-200 answers, as status.lua does.
local threads = {}
local counter = 0

local nthreads = 1
local base = tonumber(os.getenv("LOAD_BASE_EPOCH"))
local days = tonumber(os.getenv("LOAD_DAYS") or "3600")
local durations = {15, 30, 45, 60}
-- LOAD_EVENT_TYPE asks for that event type's slots (a team's); LOAD_DURATIONS replaces the
-- durations, comma-separated, to match its allowed ones.
local eventType = os.getenv("LOAD_EVENT_TYPE")
if os.getenv("LOAD_DURATIONS") then
  durations = {}
  for d in string.gmatch(os.getenv("LOAD_DURATIONS"), "%d+") do
    table.insert(durations, tonumber(d))
  end
end

-- LOAD_DELAY_MS paces each connection: it waits that long after an answer before asking again.
local pace = tonumber(os.getenv("LOAD_DELAY_MS") or "0")
if pace > 0 then
  function delay()
    return pace
  end
end
local lengths = {27, 28, 29, 30}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  nthreads = tonumber(os.getenv("LOAD_THREADS") or "1")
  ok = 0
  other = 0
end

function request()
  local index = counter * nthreads + id
  counter = counter + 1
  local day = index % days
  local rest = math.floor(index / days)
  local duration = durations[rest % #durations + 1]
  local length = lengths[math.floor(rest / #durations) % #lengths + 1]
  local from = base + day * 86400
  local path = string.format("/api/bookings/available-slots?startDate=%s&endDate=%s&duration=%d",
    os.date("!%Y-%m-%d", from), os.date("!%Y-%m-%d", from + (length - 1) * 86400), duration)
  if eventType then
    path = path .. "&eventType=" .. eventType
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local o, n = 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    n = n + t:get("other")
  end
  io.write(string.format("answers: %d ok (200), %d other\n", o, n))
end
