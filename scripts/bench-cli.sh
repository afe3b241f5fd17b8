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
"${liza_cmd[@]}" | wc -l | grep -qx 100 || { echo "bench-cli: liza did not print 100 records" >&2; exit 1; }
"${curl_cmd[@]}" >/dev/null

echo "binary: $liza, $(stat -c %s "$liza" | awk '{ printf "%.1f MB", $1 / 1e6 }'), $("$liza" --version)"
echo "sandbox: $root, connection $conn, $runs runs each"

# Mean wall time in ms of RUNS runs of a command (after 3 warm-ups), output discarded.
mean_ms() {
  for _ in 1 2 3; do "$@" >/dev/null; done
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$runs"); do "$@" >/dev/null; done
  end=$(date +%s%N)
  awk -v t=$((end - start)) -v n="$runs" 'BEGIN { printf "%.2f", t / n / 1e6 }'
}

if command -v hyperfine >/dev/null; then
  hyperfine --warmup 3 --runs "$runs" "$(printf '%q ' "$liza" --version)" "$(printf '%q ' "${curl_cmd[@]}")" \
    "$(printf '%q ' "${liza_cmd[@]}")"
fi
version=$(mean_ms "$liza" --version)
curl_ms=$(mean_ms "${curl_cmd[@]}")
liza_ms=$(mean_ms "${liza_cmd[@]}")
echo "liza --version:                                  $version ms"
echo "curl (same URL):                                 $curl_ms ms"
echo "liza records CONN crm contact --limit 100 --json: $liza_ms ms ($(awk -v a="$liza_ms" -v b="$curl_ms" 'BEGIN { printf "%.2f", a / b }')× curl)"
