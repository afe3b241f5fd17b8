#!/usr/bin/env bash
# Whole-command timings of the liza binary, side by side in one run (public tools only: bash,
# curl, date; hyperfine is used when installed):
#   - the binary's size;
#   - `liza --version` (process start-up alone);
#   - `liza records CONN crm contact --limit 100 --json` against a loopback `liza sandbox`,
#     next to `curl` of the same URL with the same token (what the request itself costs).
#
#   scripts/bench-cli.sh [LIZA_BINARY] [RUNS]     # default: .build-install/staging/liza (make install's), 50 runs
set -euo pipefail
cd "$(dirname "$0")/.."
liza=${1:-.build-install/staging/liza}
runs=${2:-50}
[ -x "$liza" ] || { echo "bench-cli: no executable $liza (run make install, or pass the binary)" >&2; exit 1; }
command -v curl >/dev/null || { echo "bench-cli: curl is needed" >&2; exit 1; }

tmp=$(mktemp -d)
"$liza" sandbox --port 0 --token bench --rate-limit 0 >"$tmp/sandbox.out" 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null; wait $sandbox 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do grep -q '^listening on' "$tmp/sandbox.out" && break; sleep 0.05; done
root=$(sed -n 's/^listening on //p' "$tmp/sandbox.out")
[ -n "$root" ] || { cat "$tmp/sandbox.out" >&2; exit 1; }
export LIZA_BASE_URL=$root/api LIZA_TOKEN=bench HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_STATE_HOME=$tmp/state
conn=$("$liza" connections | awk -F'\t' '$2 == "hubspot" { print $1; exit }')
url="$root/api/v1/integrations/$conn/crm/contact?limit=100&offset=0"
liza_cmd=("$liza" records "$conn" crm contact --limit 100 --json)
curl_cmd=(curl -sf -H "Authorization: Bearer bench" -H "Accept: application/json" "$url")
"${liza_cmd[@]}" | grep -o '"id":"ct-' | wc -l | grep -qx 100 || { echo "bench-cli: liza did not print 100 records" >&2; exit 1; }
"${curl_cmd[@]}" >/dev/null

echo "binary: $liza, $(stat -c %s "$liza" | awk '{ printf "%.1f MB", $1 / 1e6 }'), $("$liza" --version)"
echo "sandbox: $root, connection $conn, $runs runs each"

# "WALL CPU": mean wall time and mean CPU time (user+sys) in ms of RUNS runs of a command,
# after 3 warm-ups, output discarded. On a loaded machine CPU time is the steadier figure.
measure() {
  for _ in 1 2 3; do "$@" >/dev/null; done
  local TIMEFORMAT='%R %U %S' line
  line=$( { time (for _ in $(seq "$runs"); do "$@" >/dev/null; done); } 2>&1 )
  awk -v n="$runs" '{ printf "%.2f %.2f", $1 * 1000 / n, ($2 + $3) * 1000 / n }' <<<"$line"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

if command -v hyperfine >/dev/null; then
  hyperfine --warmup 3 --runs "$runs" "$(printf '%q ' "$liza" --version)" "$(printf '%q ' "${curl_cmd[@]}")" \
    "$(printf '%q ' "${liza_cmd[@]}")"
fi
read -r version_wall version_cpu <<<"$(measure "$liza" --version)"
read -r curl_wall curl_cpu <<<"$(measure "${curl_cmd[@]}")"
read -r liza_wall liza_cpu <<<"$(measure "${liza_cmd[@]}")"
printf '%-52s %10s %10s\n' "command (mean of $runs)" "wall ms" "cpu ms"
printf '%-52s %10s %10s\n' "liza --version" "$version_wall" "$version_cpu"
printf '%-52s %10s %10s\n' "curl (same URL, same token)" "$curl_wall" "$curl_cpu"
printf '%-52s %10s %10s\n' "liza records CONN crm contact --limit 100 --json" "$liza_wall" "$liza_cpu"
echo "liza records / curl: $(ratio "$liza_wall" "$curl_wall")× wall, $(ratio "$liza_cpu" "$curl_cpu")× cpu"
