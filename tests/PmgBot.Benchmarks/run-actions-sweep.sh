#!/usr/bin/env bash
# Issue 15's sweep benchmark (a command, not a test; in process on a throw-away PostgreSQL server, ~3–6 minutes, most of
# it seeding): 1,000,000 open action items (due dates over the coming year, 1 % overdue) and the bot's own reminder
# sweep at one working morning with every reminder of that moment already sent; prints each sweep's time and a
# markdown table (target: < 2 s) and writes artifacts/benchmarks/actions-sweep-<timestamp>.md. Run it on an otherwise
# idle machine. Needs the PostgreSQL server binaries (apt package postgresql; tests/run.sh installs them).
# Settings (environment): ACTIONS_ITEMS (1000000), ACTIONS_OVERDUE_PERCENT (1), ACTIONS_YOUTHS (20000),
# ACTIONS_SWEEP_RUNS (5).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
echo "building the driver (Release)"
dotnet build "$HERE/PmgBot.Benchmarks.csproj" -c Release -nologo -v q
export PMGBOT_REPO_ROOT="$ROOT"
BENCH_GIT_COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || true)"
if [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null || true)" ]; then BENCH_GIT_COMMIT="$BENCH_GIT_COMMIT (with uncommitted changes)"; fi
export BENCH_GIT_COMMIT
exec dotnet "$HERE/bin/Release/net10.0/PmgBot.Benchmarks.dll" actions-sweep
