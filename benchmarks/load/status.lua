-- Counts non-200 answers so a fast run of errors is not mistaken for a fast run.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok = 0
  other = 0
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
