-- Posts the benchmark activity (a Teams "help" message) with a UNIQUE id per request, put wherever the activity file
-- says __ACTIVITY_ID__ (the activity id and the personal conversation id):
--  * the bot handles a redelivered conversation+activity id only once, so a repeated id would get a 202 but no reply;
--  * the bot keeps Teams' per-conversation send limits (7/1 s, 8/2 s, 60/30 s) client-side, so one conversation would
--    cap its replies at a few per second; a conversation per request is "many professionals ask for help at once".
-- Usage: wrk ... -s activity.lua <url> -- <activity file> <run tag>
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
  -- the body split around each placeholder; request() joins the parts with the request's id
  parts = {}
  local from = 1
  while true do
    local s, e = body:find("__ACTIVITY_ID__", from, true)
    if not s then break end
    table.insert(parts, body:sub(from, s - 1))
    from = e + 1
  end
  assert(#parts > 0, "the activity file has no __ACTIVITY_ID__ placeholder")
  table.insert(parts, body:sub(from))
  id_prefix = args[2] .. "-" .. tid .. "-"
  headers = { ["Content-Type"] = "application/json" }
  local auth = os.getenv("BENCH_AUTHORIZATION")
  if auth and #auth > 0 then
    headers["Authorization"] = auth
  end
  counter = 0
end

function request()
  counter = counter + 1
  return wrk.format("POST", nil, headers, table.concat(parts, id_prefix .. counter))
end

function done(summary, latency, requests)
  local sent = 0
  for _, t in ipairs(threads) do
    sent = sent + (t:get("counter") or 0)
  end
  -- wrk calls request() once on the first thread to check the script before the run; that request is never sent
  io.write(string.format("bench-sent %d\n", sent - 1))
end
