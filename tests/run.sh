#!/usr/bin/env bash
# Runs the whole PmgBot test suite: tests/PmgBot.Tests (unit and integration) and tests/PmgBot.E2E (the bot in
# the Microsoft 365 Agents Playground, driven by headless Chromium). Installs what it needs when missing:
# chromium and postgresql (apt, as root or through sudo) and the npm tools in tests/tools (npm ci).
#
#   bash tests/run.sh
#
# Results: console output, TRX files in artifacts/test-results/, screenshots and process logs of the end-to-end
# tests in artifacts/e2e/. The last line is "N passed, N failed"; the exit code is non-zero if any test failed
# or no test ran.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

say() { echo "== run.sh: $*"; }
fail() { echo "run.sh: $*" >&2; exit 1; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo -n "$@"
  else fail "need root (or sudo) to run: $*"
  fi
}

apt_updated=false
apt_install() {
  if [[ $apt_updated == false ]]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" </dev/null
}

find_initdb() {
  command -v initdb 2>/dev/null && return 0
  compgen -G "/usr/lib/postgresql/*/bin/initdb" | sort -V | tail -n 1
}

command -v dotnet >/dev/null || fail "the .NET 10 SDK (dotnet) is not installed."
command -v npm >/dev/null || fail "Node 20 (npm) is not installed."

# 1. System packages: Chromium for the end-to-end tests, PostgreSQL for the database provider tests.
if [[ ! -x /usr/bin/chromium ]]; then
  say "installing chromium"
  apt_install chromium
fi
if [[ -z $(find_initdb) ]]; then
  say "installing postgresql"
  apt_install postgresql
fi

# 2. npm tools (Agents Playground, Adaptive Cards, manifest schemas), when missing or older than the lock file.
tools=tests/tools
if [[ ! -x $tools/node_modules/.bin/agentsplayground || $tools/package-lock.json -nt $tools/node_modules/.package-lock.json ]]; then
  say "npm ci in $tools"
  (cd "$tools" && npm ci --no-audit --no-fund)
fi

# 3. Build everything once; the tests run on these binaries.
say "dotnet build PmgBot.sln -c Release"
if ! dotnet build PmgBot.sln -c Release --nologo; then
  echo "run.sh: the build failed, so no test ran." >&2
  echo "0 passed, 0 failed"
  exit 1
fi

# 4. Test both projects, even when the first one fails.
results=artifacts/test-results
rm -rf "$results" artifacts/e2e
mkdir -p "$results" artifacts/e2e
status=0
for project in PmgBot.Tests PmgBot.E2E; do
  say "dotnet test tests/$project"
  dotnet test "tests/$project" -c Release --no-build --nologo \
    --logger "console;verbosity=normal" \
    --logger "trx;LogFileName=$project.trx" \
    --results-directory "$results" || status=1
done

# 5. Sum the counters of the TRX files.
passed=0
failed=0
for project in PmgBot.Tests PmgBot.E2E; do
  trx=$results/$project.trx
  if [[ ! -f $trx ]]; then
    echo "run.sh: no test results for $project ($trx is missing: the test run crashed or did not start)." >&2
    status=1
    continue
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)
  if [[ -z $counters ]]; then
    echo "run.sh: $trx has no counters." >&2
    status=1
    continue
  fi
  count() { local n; n=$(sed -nE "s/.* $1=\"([0-9]+)\".*/\1/p" <<<"$counters"); echo "${n:-0}"; }
  passed=$((passed + $(count passed)))
  failed=$((failed + $(count failed) + $(count error) + $(count timeout) + $(count aborted)))
done

if ((failed > 0)); then status=1; fi
if ((passed + failed == 0)); then
  echo "run.sh: no tests ran." >&2
  status=1
fi
# The figure the decision scenario measured (issue 15: one youth's decision in 30 seconds or less), when it ran.
if [[ -f artifacts/e2e/decision-time.txt ]]; then cat artifacts/e2e/decision-time.txt; fi
echo "Screenshots and logs: artifacts/e2e/   Test results: $results/"
echo "$passed passed, $failed failed"
exit "$status"
