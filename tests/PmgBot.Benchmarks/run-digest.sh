#!/usr/bin/env bash
# Issue 14's digest benchmark (a command, not a test; in process, no bot; SQLite in a temp folder, ~1 minute): the chair's
# digests of the next meeting of all 7 JPPs over a register of 5,000 youths and 50,000 reports (the register benchmark's
# seeder) with a realistic agenda per meeting: (a) the 7 digests computed as `agenda` does; (b) one run of the
# meeting-digest job at the due moment, queueing the 7 digests through the outbox. Target: under 1 s for the 7.
# Prints a markdown table and writes artifacts/benchmarks/digest-<timestamp>.md. Run it on an otherwise idle machine.
# Settings (environment): DIGEST_YOUTHS (5000), DIGEST_REPORTS (50000), DIGEST_FOLLOW_UPS (25 per JPP),
# DIGEST_NEW_REPORTS (5 per JPP), DIGEST_RUNS (20 after the first).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
echo "building the driver (Release)"
dotnet build "$HERE/PmgBot.Benchmarks.csproj" -c Release -nologo -v q
export PMGBOT_REPO_ROOT="$ROOT"
BENCH_GIT_COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || true)"
if [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null || true)" ]; then BENCH_GIT_COMMIT="$BENCH_GIT_COMMIT (with uncommitted changes)"; fi
export BENCH_GIT_COMMIT
exec dotnet "$HERE/bin/Release/net10.0/PmgBot.Benchmarks.dll" digest
