#!/usr/bin/env bash
# Runs PmgBot locally with demo data, with the Microsoft 365 Agents Playground (a local Teams-like client) in
# front of it. Needs the .NET 10 SDK and Node 20. Open the printed address in a browser; Ctrl-C stops both.
#
#   bot/run-demo.sh
#
# The bot listens on http://127.0.0.1:3978 (Development, demo data seeded, anonymous local mode, SQLite under
# bot/PmgBot.Bot/data). The Playground listens on 56150 and keeps its work files and both logs in .playground/.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bot_project=$repo/bot/PmgBot.Bot
tools=$repo/tests/tools
work=$repo/.playground
bot_port=3978
playground_port=56150

fail() { echo "run-demo: $*" >&2; exit 1; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

command -v dotnet >/dev/null || fail "the .NET 10 SDK (dotnet) is not installed."
command -v npm >/dev/null || fail "Node 20 (npm) is not installed."

# 1. The Agents Playground and the other npm test tools, when missing or older than the lock file.
if [[ ! -x $tools/node_modules/.bin/agentsplayground || $tools/package-lock.json -nt $tools/node_modules/.package-lock.json ]]; then
  echo "Installing the npm tools in tests/tools (npm ci)..."
  (cd "$tools" && npm ci --no-audit --no-fund)
fi

# 2. Build the bot.
echo "Building the bot..."
dotnet build "$bot_project/PmgBot.Bot.csproj" -c Debug --nologo -v quiet

port_in_use "$bot_port" && fail "port $bot_port is in use (another bot running?). Stop it first: ss -ltnp | grep $bot_port"
port_in_use "$playground_port" && fail "port $playground_port is in use (another Playground running?). Stop it first: ss -ltnp | grep $playground_port"

mkdir -p "$work" "$bot_project/data"

bot_pid=""
playground_pid=""
stop() {
  trap - EXIT INT TERM
  [[ -n $playground_pid ]] && kill "$playground_pid" 2>/dev/null || true
  [[ -n $bot_pid ]] && kill "$bot_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  echo "Stopped."
}
trap stop EXIT
trap 'stop; exit 130' INT TERM

# 3. Start the bot from its project folder (the content root, so data/ lands in bot/PmgBot.Bot/data).
echo "Starting the bot on http://127.0.0.1:$bot_port (log: .playground/bot.log)..."
(
  cd "$bot_project"
  ASPNETCORE_URLS="http://127.0.0.1:$bot_port" \
  ASPNETCORE_ENVIRONMENT=Development \
  Demo__Seed=true \
  Bot__AllowAnonymousWithoutAppId=true \
  Connector__CredentialType=None \
  exec dotnet "bin/Debug/net10.0/PmgBot.Bot.dll"
) > "$work/bot.log" 2>&1 &
bot_pid=$!

for _ in $(seq 1 240); do
  kill -0 "$bot_pid" 2>/dev/null || { tail -n 40 "$work/bot.log" >&2; fail "the bot stopped during start-up (log above)."; }
  curl -fsS "http://127.0.0.1:$bot_port/healthz" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$bot_port/healthz" >/dev/null 2>&1 || fail "the bot did not answer GET /healthz within 2 minutes (see .playground/bot.log)."
echo "The bot is healthy."

# 4. Start the Agents Playground; it writes devTools/ into its working folder. It silently takes a random port
#    when its port is busy, so insist on "Listening on 56150".
echo "Starting the Agents Playground on port $playground_port (log: .playground/playground.log)..."
(
  cd "$work"
  TEAMSAPPTESTER_BROWSER=none exec "$tools/node_modules/.bin/agentsplayground" \
    -e "http://127.0.0.1:$bot_port/api/messages" -p "$playground_port" --disable-telemetry
) > "$work/playground.log" 2>&1 &
playground_pid=$!

for _ in $(seq 1 120); do
  kill -0 "$playground_pid" 2>/dev/null || { cat "$work/playground.log" >&2; fail "the Playground stopped during start-up (log above)."; }
  grep -q "Listening on" "$work/playground.log" && break
  sleep 0.5
done
if ! grep -q "Listening on $playground_port\b" "$work/playground.log"; then
  cat "$work/playground.log" >&2
  fail "the Playground is not listening on $playground_port (port taken, or it did not start)."
fi

echo
echo "Open http://localhost:$playground_port"
echo "(Ctrl-C stops the bot and the Playground.)"

# Keep running until Ctrl-C or until one of the two stops.
set +e
wait -n "$bot_pid" "$playground_pid"
status=$?
echo "run-demo: the bot or the Playground stopped (exit $status); see .playground/*.log" >&2
exit "$status"
