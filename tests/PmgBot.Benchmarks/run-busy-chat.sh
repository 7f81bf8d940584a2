#!/usr/bin/env bash
# Issue 17's head-of-line benchmark (a command, not a test; run it on an otherwise idle machine, ~1 minute): one group
# chat sends 100 messages at once while 10 other users type "help" every 500 ms for 20 s; prints the help replies'
# p50/p99/max (target: p99 < 1 s) and writes artifacts/benchmarks/busy-chat-<timestamp>.md.
# Settings (environment): GROUP_MESSAGES (100), USERS (10), HELP_INTERVAL_MS (500), DURATION_S (20), WARMUP_HELPS (20).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
echo "building the bot (Release)"
dotnet build "$ROOT/bot/PmgBot.Bot/PmgBot.Bot.csproj" -c Release -nologo -v q
echo "building the driver (Release)"
dotnet build "$HERE/PmgBot.Benchmarks.csproj" -c Release -nologo -v q
export PMGBOT_REPO_ROOT="$ROOT"
BENCH_GIT_COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || true)"
if [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null || true)" ]; then BENCH_GIT_COMMIT="$BENCH_GIT_COMMIT (with uncommitted changes)"; fi
export BENCH_GIT_COMMIT
exec dotnet "$HERE/bin/Release/net10.0/PmgBot.Benchmarks.dll" busy-chat
