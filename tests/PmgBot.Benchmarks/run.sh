#!/usr/bin/env bash
# THE foundation benchmark: the bot's "help" path with JWT validation on, side by side in ONE run with the C# floor
# (parse + one reply) and the official Bot Framework JS SDK echo bot (botbuilder CloudAdapter), all replying to one
# local connector sink. Targets: bot >= 0.5x the floor's requests/s, >= 5x the JS SDK's, every reply delivered.
# Also start-up time (process start -> first 200 on GET /readyz) and idle memory (VmRSS) of the bot.
#
#   tests/PmgBot.Benchmarks/run.sh              # from anywhere; ~3 minutes
#   DURATION=20s CONNS=64 tests/PmgBot.Benchmarks/run.sh
#   TARGETS=floor,js-sdk tests/PmgBot.Benchmarks/run.sh
#
# Settings (environment): DURATION (10s measured per target), WARMUP (30s), CONNS (32), THREADS (2 wrk threads),
# TARGETS (floor,js-sdk,bot, in that order), SETTLE_LIMIT (60s: how long to wait for trailing replies).
# Run it on an otherwise idle machine: it prints nproc and the load average first; absolute figures move with the
# machine, the ratios are what counts. Ports: sink 39010, js-sdk 39011, floor 39012, bot 3978, issuer a free one.
#
# What it does: installs wrk (apt) when missing; builds the sink and the floor (peers/, Release) and npm-installs the
# JS peer when missing; builds the bot and the driver (Release); then the driver (PmgBot.Benchmarks) starts everything,
# mints an RS256 token at an in-process local issuer, imports directory.json with the bot's CLI into a temp SQLite
# database, runs wrk (3 s warm-up + 10 s per target, unique activity id per request, wrk/activity.lua), counts
# replies at the sink, prints a markdown table and writes it to artifacts/benchmarks/foundation-<timestamp>.md.
# Everything it started is stopped at the end, also on failure, Ctrl-C or SIGTERM (started with & from a script,
# SIGINT is ignored by POSIX rules: stop it with kill -TERM). It refuses to start when one of its ports is taken.
# Exit code: 0 pass, 1 a target failed, 2 the harness failed, 130 interrupted.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PEERS="$HERE/peers"
TARGETS="${TARGETS:-floor,js-sdk,bot}"

echo "nproc $(nproc), load average $(cut -d' ' -f1-3 /proc/loadavg)"

if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y wrk >/dev/null || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y wrk >/dev/null; }
fi

build_peer() { # folder dll
  if [ ! -f "$PEERS/$1/out/$2" ]; then
    echo "building peers/$1"
    dotnet build "$PEERS/$1" -c Release -o "$PEERS/$1/out" -nologo -v q
  fi
}
build_peer sink sink.dll
[[ ",$TARGETS," == *",floor,"* ]] && build_peer csharp-floor floor.dll
if [[ ",$TARGETS," == *",js-sdk,"* ]] && [ ! -d "$PEERS/js-peer/node_modules" ]; then
  echo "npm-installing peers/js-peer"
  (cd "$PEERS/js-peer" && npm ci --no-audit --no-fund --loglevel=error)
fi
if [[ ",$TARGETS," == *",bot,"* ]]; then
  echo "building the bot (Release)"
  dotnet build "$ROOT/bot/PmgBot.Bot/PmgBot.Bot.csproj" -c Release -nologo -v q
fi
echo "building the driver (Release)"
dotnet build "$HERE/PmgBot.Benchmarks.csproj" -c Release -nologo -v q

export PMGBOT_REPO_ROOT="$ROOT" TARGETS
BENCH_GIT_COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || true)"
if [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null || true)" ]; then BENCH_GIT_COMMIT="$BENCH_GIT_COMMIT (with uncommitted changes)"; fi
export BENCH_GIT_COMMIT
exec dotnet "$HERE/bin/Release/net10.0/PmgBot.Benchmarks.dll"
