#!/usr/bin/env bash
# A new start of the liza binary on a persisted record store, in tmux: `liza --offline` with a
# profile whose cache = "persist" and whose database holds the records of DATABASE (made by
# `liza-bench start --records 100000 --db FILE`). Per run, from launch to the first screen that
# lists the stored connection, then from `2` `enter` (sent once that screen is up) to the first
# screen with the stored rows (the Records pane's footer with the count, and contact ids).
# Screens are polled with `tmux capture-pane` (a few ms per capture) until a deadline.
#
#   scripts/bench-start.sh LIZA_BINARY DATABASE [RUNS]     # RUNS default 5
set -euo pipefail
cd "$(dirname "$0")/.."
liza=${1:?usage: scripts/bench-start.sh LIZA_BINARY DATABASE [RUNS]}
database=${2:?usage: scripts/bench-start.sh LIZA_BINARY DATABASE [RUNS]}
runs=${3:-5}
[ -x "$liza" ] || { echo "bench-start: no executable $liza" >&2; exit 1; }
[ -f "$database" ] || { echo "bench-start: no database $database" >&2; exit 1; }
command -v tmux >/dev/null || { echo "bench-start: tmux is needed" >&2; exit 1; }

tmp=$(mktemp -d)
socket="liza-bench-start-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT
mkdir -p "$tmp/config/liza" "$tmp/cache/liza" "$tmp/state"
chmod 700 "$tmp/config/liza" "$tmp/cache/liza"
printf '[profiles.bench]\ncache = "persist"\n' >"$tmp/config/liza/config.toml"
# A copy: liza opens the store read-write (WAL), the original stays as it was.
cp "$database" "$tmp/cache/liza/records-bench.sqlite"
chmod 600 "$tmp/cache/liza/records-bench.sqlite"
count=$(stat -c %s "$database" | awk '{ printf "%.0f MB", $1 / 1048576 }')
echo "binary: $liza ($("$liza" --version)); database $database ($count), $runs runs; load average $(cut -d' ' -f1 /proc/loadavg)"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# wait_for REGEX DEADLINE_MS: polls the pane until its text matches; prints the time seen.
wait_for() {
  local regex=$1 deadline=$(( $(now_ms) + $2 ))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    if tmux -L "$socket" capture-pane -p -t start 2>/dev/null | grep -qzP "$regex"; then now_ms; return 0; fi
  done
  echo "bench-start: the screen never matched /$regex/:" >&2
  tmux -L "$socket" capture-pane -p -t start >&2 || true
  return 1
}

# For scale, per run: tmux starting a shell that prints a word (what the polling and tmux cost),
# and `liza --version` outside tmux (the binary's process start alone).
printf '%-4s %18s %16s %22s %16s %10s\n' run "tmux + echo" "liza --version" "launch → connections" "2 enter → rows" total
for run in $(seq "$runs"); do
  b0=$(now_ms)
  tmux -L "$socket" new-session -d -s start -x 200 -y 60 "echo tmux-ready; sleep 30"
  b1=$(wait_for 'tmux-ready' 20000)
  tmux -L "$socket" kill-session -t start
  v0=$(now_ms)
  "$liza" --version >/dev/null
  v1=$(now_ms)
  t0=$(now_ms)
  tmux -L "$socket" new-session -d -s start -x 200 -y 60 \
    "env HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache XDG_STATE_HOME=$tmp/state TERM=xterm-256color $liza --offline --profile bench"
  # The stored connection's row: its short id (8 hex digits and …).
  t1=$(wait_for '[0-9a-f]{8}…' 20000)
  t2=$(now_ms)
  tmux -L "$socket" send-keys -t start 2 Enter
  # The Records pane on the contacts: the footer's grouped count and contact ids.
  t3=$(wait_for '(?s)ct-.*[0-9]{1,3},[0-9]{3}' 20000)
  printf '%-4s %15s ms %13s ms %19s ms %13s ms %7s ms\n' "$run" $((b1 - b0)) $((v1 - v0)) $((t1 - t0)) $((t3 - t2)) $((t1 - t0 + t3 - t2))
  tmux -L "$socket" kill-session -t start
done
