#!/usr/bin/env bash
# THE register benchmark (issue 3 item 10: report submission; issue 4 item 8: casusregisseur lookup), on SQLite and
# on PostgreSQL. Per provider: a fresh database, the directory of 70 fictional Parkstad professionals imported with the
# bot's own import-directory command, 5,000 youths and 50,000 reports seeded through the bot's EF model, the bot
# (Release, JWT validation on, Server-Timing header on) started on it; then per workload a warm-up and a measured
# phase of closed-loop virtual users driven by the C# load generator in PmgBot.Benchmarks (Register/).
#
#   tests/PmgBot.Benchmarks/run-register.sh                 # ~5 minutes; run it on an otherwise idle machine
#   PROVIDERS=sqlite SCENARIOS=lookup tests/PmgBot.Benchmarks/run-register.sh
#
# Settings (environment): PROVIDERS (sqlite,postgres), SCENARIOS (submit,lookup), LOOKUP_MODES (message,invoke),
# WARMUP (60s), DURATION (20s), SUBMIT_USERS (50), LOOKUP_USERS (20), YOUTHS (5000), REPORTS (50000),
# LOOKUP_CONVERSATIONS (256), PROFILE=1 (perf-sample the bot in each measured phase).
# Ports: bot 3978, connector sink 39010 (in the driver), issuer and PostgreSQL on free ports.
# Writes artifacts/benchmarks/register-<timestamp>.md (+ -logs/ with the bot's logs and the directory file).
# Exit code: 0 no errors, 1 a request failed, 2 the harness failed, 130 interrupted.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PROVIDERS="${PROVIDERS:-sqlite,postgres}"

echo "nproc $(nproc), load average $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ ",$PROVIDERS," == *",postgres,"* ]] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "installing PostgreSQL (apt)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y postgresql >/dev/null || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y postgresql >/dev/null; }
fi
if [ "${PROFILE:-}" = "1" ] && ! command -v perf >/dev/null 2>&1; then
  echo "PROFILE=1 needs perf (apt-get install linux-perf)" >&2
  exit 2
fi

echo "building the bot (Release)"
dotnet build "$ROOT/bot/PmgBot.Bot/PmgBot.Bot.csproj" -c Release -nologo -v q
echo "building the driver (Release)"
dotnet build "$HERE/PmgBot.Benchmarks.csproj" -c Release -nologo -v q

export PMGBOT_REPO_ROOT="$ROOT" PROVIDERS
BENCH_GIT_COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || true)"
if [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null || true)" ]; then BENCH_GIT_COMMIT="$BENCH_GIT_COMMIT (with uncommitted changes)"; fi
export BENCH_GIT_COMMIT
exec dotnet "$HERE/bin/Release/net10.0/PmgBot.Benchmarks.dll" register
