#!/usr/bin/env bash
# Issue 15's fan-out benchmark (a command, not a test; in process on a throw-away PostgreSQL server, ~4–5 minutes: 10,000
# reminders at Teams' 50 requests/s take at least 200 s): 10,000 reminders to 2,000 personal chats stored in the outbox,
# sent by the bot's own outbox dispatcher to a fake connector that answers 429 (Retry-After 1) on 20 % of the calls;
# prints lost, doubled and calls/s against Teams' 50/s per tenant (targets: 0, 0, >= 95 %) and writes
# artifacts/benchmarks/actions-fanout-<timestamp>.md. Run it on an otherwise idle machine.
# Settings (environment): FANOUT_REMINDERS (10000), FANOUT_RECIPIENTS (2000), FANOUT_THROTTLE_PERCENT (20),
# FANOUT_RETRY_AFTER (1), FANOUT_LATENCY_MS (0: the fake connector answers at once), FANOUT_PARALLEL
# (Outbox:MaxParallelConversations; empty: the bot's default).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
echo "building the driver (Release)"
dotnet build "$HERE/PmgBot.Benchmarks.csproj" -c Release -nologo -v q
export PMGBOT_REPO_ROOT="$ROOT"
BENCH_GIT_COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || true)"
if [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null || true)" ]; then BENCH_GIT_COMMIT="$BENCH_GIT_COMMIT (with uncommitted changes)"; fi
export BENCH_GIT_COMMIT
exec dotnet "$HERE/bin/Release/net10.0/PmgBot.Benchmarks.dll" actions-fanout
