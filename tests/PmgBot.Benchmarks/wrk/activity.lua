-- Posts the benchmark activity (a Teams "help" message) with a UNIQUE activity id per request, put wherever the
-- activity file says __ACTIVITY_ID__, and a personal conversation id from a pool where it says __CONVERSATION__:
--  * the bot handles a redelivered conversation+activity id only once, so a repeated id would get a 202 but no reply;
--  * the bot keeps Teams' per-conversation send limits (7/1 s, 8/2 s, 60/30 s) client-side, so one conversation would
--    cap its replies at a few per second. BENCH_CONVERSATIONS (default 2000 per wrk thread) personal chats take
--    turns: "many professionals ask for help", each a few times, as in steady use. BENCH_CONVERSATIONS=unique gives
--    every request a new conversation (every turn is then a first contact, which stores a conversation reference).
-- Where it says __TIMESTAMP__ it puts the current time (UTC, milliseconds), as Teams stamps each activity.
-- Usage: wrk ... -s activity.lua <url> -- <activity file> <run tag>
-- The header Authorization is sent when BENCH_AUTHORIZATION is set (only for the bot).
-- At the end it prints "bench-sent <n>": requests written, including those still in flight when wrk stopped.

local threads = {}
local next_id = 0

-- wrk's LuaJIT has no clock finer than os.time(); the C library's gettimeofday gives the milliseconds.
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_usec; } bench_timeval;
int gettimeofday(bench_timeval *tv, void *tz);
]]
local clock = ffi.new("bench_timeval")

local function timestamp()
  ffi.C.gettimeofday(clock, nil)
  local seconds = tonumber(clock.tv_sec)
  if seconds ~= stamped_second then
    stamped_second = seconds
    stamped_date = os.date("!%Y-%m-%dT%H:%M:%S", seconds)
  end
  return string.format("%s.%03dZ", stamped_date, math.floor(tonumber(clock.tv_usec) / 1000))
end

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
  kinds = {}
  local from = 1
  while true do
    local s, e = body:find("__[A-Z_]+__", from)
    if not s then break end
    table.insert(parts, body:sub(from, s - 1))
    table.insert(kinds, body:sub(s, e))
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
  local pool = os.getenv("BENCH_CONVERSATIONS") or "2000"
  conversations = (pool == "unique") and 0 or tonumber(pool)
  counter = 0
end

function request()
  counter = counter + 1
  local id = id_prefix .. counter
  local conversation = conversations == 0 and id or (tid .. "-" .. (counter % conversations))
  local stamp = timestamp()
  local out = { parts[1] }
  for i, kind in ipairs(kinds) do
    local value = id
    if kind == "__CONVERSATION__" then value = conversation elseif kind == "__TIMESTAMP__" then value = stamp end
    table.insert(out, value)
    table.insert(out, parts[i + 1])
  end
  return wrk.format("POST", nil, headers, table.concat(out))
end

function done(summary, latency, requests)
  local sent = 0
  for _, t in ipairs(threads) do
    sent = sent + (t:get("counter") or 0)
  end
  -- wrk calls request() once on the first thread to check the script before the run; that request is never sent
  io.write(string.format("bench-sent %d\n", sent - 1))
end
