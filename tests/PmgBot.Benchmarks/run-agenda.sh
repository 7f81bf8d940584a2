#!/usr/bin/env bash
# Issue 14's smart-agenda benchmark (a command, not a test; in process, no bot or database; ~2–5 minutes, most of it the
# yardstick's 1,000 local searches per quality instance): (a) planning 40 items / 12 organisations, p50/p99/max
# (target p99 < 50 ms); (b) 18 items exactly (target < 1 s); (c) the plan's waiting against the best of 1,000
# random-restart local searches on 40 items (target within 2 %). Prints a markdown table and writes
# artifacts/benchmarks/agenda-<timestamp>.md. Run it on an otherwise idle machine.
# Settings (environment): AGENDA_SEED (14), AGENDA_TIMING_INSTANCES (1000), AGENDA_EXACT_INSTANCES (10),
# AGENDA_QUALITY_INSTANCES (20), AGENDA_RESTARTS (1000).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
echo "building the driver (Release)"
dotnet build "$HERE/PmgBot.Benchmarks.csproj" -c Release -nologo -v q
export PMGBOT_REPO_ROOT="$ROOT"
BENCH_GIT_COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || true)"
if [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null || true)" ]; then BENCH_GIT_COMMIT="$BENCH_GIT_COMMIT (with uncommitted changes)"; fi
export BENCH_GIT_COMMIT
exec dotnet "$HERE/bin/Release/net10.0/PmgBot.Benchmarks.dll" agenda
