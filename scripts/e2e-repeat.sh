#!/usr/bin/env bash
# Runs the tmux end-to-end suites N times in a row (optionally beside a concurrent build, for
# load) and reports the runs that failed and which tests failed in them. A flaky end-to-end test
# fails at random; one run says little, thirty runs under load say whether it is fixed.
#
#   scripts/e2e-repeat.sh                 # build once, then 30 runs
#   scripts/e2e-repeat.sh -n 5 --load     # 5 runs beside a looping `swift build` of a scratch copy
#   scripts/e2e-repeat.sh --load=cpu      # beside two CPU burners instead (lighter than a build)
#
# Options:
#   -n, --runs N        number of runs (default 30)
#   --load[=build|cpu]  load beside the runs for the whole loop: `build` (default) builds a scratch
#                       copy of HEAD over and over (`swift build`, `swift package clean`), `cpu`
#                       runs two `yes > /dev/null`; the load is stopped when the loop ends
#   --filter REGEX      what `swift test --filter` selects (default: every suite in Tests/ whose
#                       file starts a TmuxSession, e.g. TUIEndToEndTests|TerminalDemoEndToEndTests)
#   --no-build          skip the initial `swift build --build-tests`
#   --run-timeout SECS  a run taking longer is killed and counted as failed (default 1200)
#   --logs DIR          where each run's output goes (default .build/e2e-repeat/<timestamp>)
#
# Exit status: 0 when every run passed, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

runs=30
load=""
filter=""
build=1
run_timeout=1200
logs=""

while [ $# -gt 0 ]; do
  case "$1" in
    -n|--runs) runs=$2; shift 2 ;;
    --load) load=build; shift ;;
    --load=*) load=${1#--load=}; shift ;;
    --filter) filter=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --run-timeout) run_timeout=$2; shift 2 ;;
    --logs) logs=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "e2e-repeat: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$runs" in ''|*[!0-9]*) echo "e2e-repeat: --runs wants a number, got '$runs'" >&2; exit 2 ;; esac
case "$run_timeout" in ''|*[!0-9]*) echo "e2e-repeat: --run-timeout wants seconds, got '$run_timeout'" >&2; exit 2 ;; esac
case "$load" in ''|build|cpu) ;; *) echo "e2e-repeat: --load is build or cpu, got '$load'" >&2; exit 2 ;; esac

# The tmux suites: every top-level `…Tests` type declared in a test file that starts a TmuxSession,
# so suites added later are repeated too.
if [ -z "$filter" ]; then
  suites=$(grep -rlE 'TmuxSession\(' Tests --include='*.swift' \
    | xargs -r sed -nE 's/^(@Suite(\([^)]*\))? +)?(struct|(final +)?class|enum) +([A-Za-z0-9_]+Tests)\b.*/\5/p' \
    | sort -u | paste -sd'|' - || true)
  [ -n "$suites" ] || { echo "e2e-repeat: no tmux suites found under Tests/" >&2; exit 2; }
  filter="($suites)"
fi
command -v tmux >/dev/null || { echo "e2e-repeat: tmux is not installed (apt-get install -y tmux)" >&2; exit 2; }

logs=${logs:-$repo/.build/e2e-repeat/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$logs"

if [ "$build" = 1 ]; then
  echo "e2e-repeat: building (swift build --build-tests)…"
  swift build --build-tests >"$logs/build.log" 2>&1 || { tail -30 "$logs/build.log"; echo "e2e-repeat: build failed" >&2; exit 2; }
fi

# The load runs in its own process group (setsid), so the whole of it, compilers included, is
# stopped by that group's id when the loop ends, however it ends.
load_pgid=""
scratch=""
stop_load() {
  if [ -n "$load_pgid" ]; then
    kill -TERM -- "-$load_pgid" 2>/dev/null || true
    sleep 1
    kill -KILL -- "-$load_pgid" 2>/dev/null || true
    load_pgid=""
  fi
  if [ -n "$scratch" ]; then rm -rf "$scratch"; scratch=""; fi
}
trap stop_load EXIT
trap 'exit 130' INT TERM

case "$load" in
  build)
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/liza-e2e-load.XXXXXX")
    git archive --format=tar HEAD | tar -x -C "$scratch"
    if [ -f Package.resolved ]; then cp Package.resolved "$scratch/"; fi
    setsid bash -c 'cd "$1" && while :; do swift build >>load.log 2>&1; swift package clean >>load.log 2>&1; sleep 1; done' \
      load "$scratch" </dev/null >/dev/null 2>&1 &
    load_pgid=$!
    echo "e2e-repeat: load: a looping swift build of HEAD in $scratch (process group $load_pgid)"
    ;;
  cpu)
    setsid bash -c 'yes >/dev/null & yes >/dev/null & wait' </dev/null >/dev/null 2>&1 &
    load_pgid=$!
    echo "e2e-repeat: load: two 'yes > /dev/null' (process group $load_pgid)"
    ;;
esac

# TmuxSession names its server's socket liza-test-<test process id>-<random>; the tests run tmux
# without TMUX_TMPDIR, so the sockets are in /tmp/tmux-<uid>.
tmux_dir="/tmp/tmux-$(id -u)"
tmux_sockets() { ls "$tmux_dir" 2>/dev/null | grep -E '^liza-test-[0-9]+-' || true; }
stop_orphan_tmux() {
  local socket pid
  for socket in $(tmux_sockets); do
    grep -qxF "$socket" <<<"$1" && continue
    pid=${socket#liza-test-}; pid=${pid%%-*}
    kill -0 "$pid" 2>/dev/null && continue
    tmux -L "$socket" kill-server 2>/dev/null || true
  done
}

echo "e2e-repeat: $runs run(s) of swift test --skip-build --filter '$filter'; logs in $logs"
passed=0
failed=0
summary=""
total_start=$(date +%s)
for i in $(seq 1 "$runs"); do
  log="$logs/run-$i.log"
  sockets_before=$(tmux_sockets)
  start=$(date +%s)
  rc=0
  timeout --kill-after=30 "$run_timeout" swift test --skip-build --filter "$filter" >"$log" 2>&1 </dev/null || rc=$?
  seconds=$(( $(date +%s) - start ))
  # Swift Testing: "✘ Test name() failed after …" / "… recorded an issue"; XCTest: "Test Case '…' failed".
  names=$( { grep -aoE "Test [A-Za-z0-9_]+\([^)]*\) (failed|recorded an issue)" "$log" | sed -E 's/^Test //; s/ (failed|recorded an issue)$//'
             grep -aoE "Test Case '[^']+' failed" "$log" | sed -E "s/^Test Case '//; s/' failed$//"; } | sort -u | paste -sd' ' - || true)
  ran=$(grep -aoE "Test run with [0-9]+ tests?" "$log" | tail -1 | grep -oE '[0-9]+' || true)
  # A run killed by the timeout leaves its tests' tmux servers (and their programs) behind: stop
  # those whose socket was made by this run's test process, which is gone by now.
  if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then stop_orphan_tmux "$sockets_before"; fi
  if [ "$rc" = 0 ] && [ -n "$ran" ] && [ "$ran" != 0 ]; then
    passed=$((passed + 1))
    line="run $i/$runs: passed ($ran tests) in ${seconds}s"
  else
    failed=$((failed + 1))
    why=${names:-"no failing test named (exit status $rc; see $log)"}
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then why="timed out after ${run_timeout}s ${names}"; fi
    if [ "$rc" = 0 ] && [ "${ran:-0}" = 0 ]; then why="no tests ran (filter '$filter')"; fi
    line="run $i/$runs: FAILED in ${seconds}s: $why"
    summary+="$line"$'\n'
  fi
  echo "$line"
done
total=$(( $(date +%s) - total_start ))
stop_load

echo
echo "$passed passed, $failed failed ($runs runs, ${total}s, $(( total / (runs > 0 ? runs : 1) ))s per run${load:+, load: $load})"
if [ -n "$summary" ]; then printf 'failing runs:\n%s' "$summary"; fi
[ "$failed" = 0 ]
