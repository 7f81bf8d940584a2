-- Posts the benchmark activity (a Teams "help" message) with a UNIQUE activity id per request: the bot handles a
-- redelivered conversation+activity id only once, so a repeated id would get a 202 but no reply.
-- Usage: wrk ... -s activity.lua <url> -- <activity file with __ACTIVITY_ID__> <run tag>
-- The header Authorization is sent when BENCH_AUTHORIZATION is set (only for the bot).
-- At the end it prints "bench-sent <n>": requests written, including those still in flight when wrk stopped.

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  local f = assert(io.open(args[1], "r"))
  local body = f:read("*a")
  f:close()
  local s, e = body:find("__ACTIVITY_ID__", 1, true)
  assert(s, "the activity file has no __ACTIVITY_ID__ placeholder")
  prefix = body:sub(1, s - 1) .. args[2] .. "-" .. tid .. "-"
  suffix = body:sub(e + 1)
  headers = { ["Content-Type"] = "application/json" }
  local auth = os.getenv("BENCH_AUTHORIZATION")
  if auth and #auth > 0 then
    headers["Authorization"] = auth
  end
  counter = 0
end

function request()
  counter = counter + 1
  return wrk.format("POST", nil, headers, prefix .. counter .. suffix)
end

function done(summary, latency, requests)
  local sent = 0
  for _, t in ipairs(threads) do
    sent = sent + (t:get("counter") or 0)
  end
  io.write(string.format("bench-sent %d\n", sent))
end
