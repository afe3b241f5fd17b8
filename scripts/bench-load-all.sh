#!/usr/bin/env bash
# The TUI's load-all (`L` in the Records pane) against the CLI's plain paging, side by side in
# one run, through the real binary (public tools only: bash, tmux, date, ps):
#   - `liza records CONN crm contact --all --json >/dev/null` (wall time);
#   - the TUI in tmux: `:records CONN crm contact`, then `L`, timed from the key to the footer's
#     `synced just now · N` (the screen is polled every 50 ms, so ±0.05 s), and the TUI's peak RSS.
# Both read the same loopback `liza sandbox --records N --rate-limit 0` (no latency, no limit).
#
#   scripts/bench-load-all.sh [LIZA_BINARY] [RECORDS]   # default: .build/release/liza, 100000
set -euo pipefail
cd "$(dirname "$0")/.."
liza=${1:-.build/release/liza}
records=${2:-100000}
[ -x "$liza" ] || { echo "bench-load-all: no executable $liza (swift build -c release --product liza)" >&2; exit 1; }
command -v tmux >/dev/null || { echo "bench-load-all: tmux is needed" >&2; exit 1; }
liza=$(cd "$(dirname "$liza")" && pwd)/$(basename "$liza")

tmp=$(mktemp -d)
session=liza-bench-load-$$
"$liza" sandbox --port 0 --token bench --rate-limit 0 --records "$records" >"$tmp/sandbox.out" 2>&1 &
sandbox=$!
trap 'tmux kill-session -t "$session" 2>/dev/null; kill $sandbox 2>/dev/null; wait $sandbox 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 200); do grep -q '^listening on' "$tmp/sandbox.out" && break; sleep 0.05; done
root=$(sed -n 's/^listening on //p' "$tmp/sandbox.out")
[ -n "$root" ] || { cat "$tmp/sandbox.out" >&2; exit 1; }
export LIZA_BASE_URL=$root/api LIZA_TOKEN=bench HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_STATE_HOME=$tmp/state XDG_CACHE_HOME=$tmp/cache
conn=$("$liza" connections | awk -F'\t' '$2 == "hubspot" { print $1; exit }')
[ -n "$conn" ] || { echo "bench-load-all: no hubspot connection in the sandbox" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

echo "binary: $liza ($("$liza" --version)); sandbox $root, $records CRM contacts; $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"

start=$(now)
count=$("$liza" records "$conn" crm contact --all --json | grep -c '"id": *"ct-' || true)
cli=$(elapsed "$start" "$(now)")
echo "CLI  liza records --all --json: ${cli} s ($count records printed)"

# The TUI: wait (with a deadline) for its first page, then time L.
tmux new-session -d -s "$session" -x 160 -y 45 \
  "env LIZA_BASE_URL=$LIZA_BASE_URL LIZA_TOKEN=bench HOME=$HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_STATE_HOME=$XDG_STATE_HOME XDG_CACHE_HOME=$XDG_CACHE_HOME $liza"
wait_for() { # PATTERN SECONDS
  local deadline=$(( $(date +%s) + $2 ))
  while (( $(date +%s) < deadline )); do
    tmux capture-pane -p -t "$session" | grep -Eq "$1" && return 0
    sleep 0.05
  done
  echo "bench-load-all: no '$1' on screen after $2 s:" >&2
  tmux capture-pane -p -t "$session" >&2
  return 1
}
wait_for 'Connections' 30
tmux send-keys -t "$session" ':'
tmux send-keys -t "$session" -l "records $conn crm contact"
tmux send-keys -t "$session" Enter
wait_for '1 page · 100 · L syncs all' 60
# The pane runs `env … liza`, and env execs: the pane's process is the TUI.
tui_pid=$(tmux list-panes -t "$session" -F '#{pane_pid}')
# The footer groups thousands: 100,000.
grouped=$(awk -v n="$records" 'BEGIN { s = sprintf("%d", n); out = ""; while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) } print s out }')
start=$(now)
tmux send-keys -t "$session" L
peak=0
deadline=$(( $(date +%s) + 600 ))
while (( $(date +%s) < deadline )); do
  rss=$(awk '/^VmHWM/ { print $2 }' "/proc/$tui_pid/status" 2>/dev/null || echo 0)
  (( rss > peak )) && peak=$rss
  if tmux capture-pane -p -t "$session" | grep -Eq "synced just now · ${grouped}\b"; then break; fi
  sleep 0.05
done
tui=$(elapsed "$start" "$(now)")
tmux capture-pane -p -t "$session" | grep -Eq "synced just now" || { echo "bench-load-all: the TUI did not finish" >&2; tmux capture-pane -p -t "$session" >&2; exit 1; }
echo "TUI  L (to the footer's synced; the full-text index follows in the background): ${tui} s; peak RSS $(( peak / 1024 )) MB"
echo "TUI / CLI: $(awk -v a="$tui" -v b="$cli" 'BEGIN { printf "%.2f", a / b }')×"
