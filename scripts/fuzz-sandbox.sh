#!/usr/bin/env bash
# Fuzzes `liza sandbox` against its own OpenAPI document with schemathesis (4.x CLI).
#
# Starts the built sandbox on a free loopback port with token "fuzz" (no faults, no latency,
# no rate limit — a 429 from our own limiter would only be noise), reads the port from its first
# line, and runs `schemathesis run` against http://127.0.0.1:PORT/openapi.json with every check,
# a bounded number of examples per operation and a wall-clock limit, in four passes:
#   records-list    GET …/{connectionId}/{category}/{objectType} pinned to hubspot/crm/contact
#   records-lookup  the same pinned to clearbit/enrichment/person (a lookup)
#   passthrough     POST …/{connectionId}/passthrough pinned to hubspot
#   all             all eight operations, every phase including stateful (last: it deletes)
# The pinned passes exist because random ids/categories mostly end at 404/403 before any query
# parameter is looked at. Then it stops the sandbox and exits non-zero if any pass failed.
# Requires schemathesis 4.x (pip install schemathesis) and python3.
#
#   scripts/fuzz-sandbox.sh                 # defaults below
#   MAX_EXAMPLES=200 MAX_TIME=900 SEED=7 scripts/fuzz-sandbox.sh [extra schemathesis flags…]
#
# Environment:
#   LIZA          the liza executable (default: `swift build --show-bin-path`/liza; build first)
#   MAX_EXAMPLES  test cases per operation and phase (default 100)
#   MAX_TIME      hard wall-clock limit for schemathesis in seconds (default 600)
#   SEED          schemathesis seed, for reproducible runs (default 1)
#   WORKERS       concurrent schemathesis workers (default 1: the machine is shared)
#   ENVELOPE      the sandbox's list envelope: bare, data or items (default bare; the document
#                 follows it)
#   REPORT_DIR    where the JUnit/NDJSON reports and the sandbox log go (default .build/fuzz-report)
set -euo pipefail

cd "$(dirname "$0")/.."
LIZA=${LIZA:-"$(swift build --show-bin-path)/liza"}
MAX_EXAMPLES=${MAX_EXAMPLES:-100}
MAX_TIME=${MAX_TIME:-600}
SEED=${SEED:-1}
WORKERS=${WORKERS:-1}
ENVELOPE=${ENVELOPE:-bare}
REPORT_DIR=${REPORT_DIR:-.build/fuzz-report}
TOKEN=fuzz

if [[ ! -x "$LIZA" ]]; then
    echo "fuzz-sandbox: $LIZA is not an executable — run 'swift build' first (or set LIZA)" >&2
    exit 2
fi
if ! command -v schemathesis >/dev/null 2>&1; then
    echo "fuzz-sandbox: schemathesis is not installed — pip install schemathesis" >&2
    exit 2
fi

mkdir -p "$REPORT_DIR"
REPORT_DIR=$(cd "$REPORT_DIR" && pwd)

# State-dependent 400s. positive_data_acceptance (ST202) expects every schema-valid request to
# succeed, but some valid-looking requests are refused because of the *state* of a connection or
# a rule across parameters that JSON Schema cannot express — and the sandbox's contract says
# 400 for them: /callback on a connection not approved yet or denied, data/passthrough on a
# pending connection (both reached by the stateful phase after /connect), and an enrichment
# lookup without any lookup field. This replacement for the built-in check lets exactly those
# 400s through (matched by operation and message) and applies the built-in check to everything else.
hooks="$REPORT_DIR/liza_fuzz_hooks.py"
cat >"$hooks" <<'PY'
import schemathesis
from schemathesis.specs.openapi.checks import positive_data_acceptance as _builtin

_STATE_400 = {
    "POST /v1/integrations/callback": ("has not been authorized yet", "authorization was denied"),
    "POST /v1/integrations/{connectionId}/passthrough": ("is not finalized",),
    "GET /v1/integrations/{connectionId}/{category}/{objectType}": ("is not finalized", "is a lookup: give at least one of"),
}


@schemathesis.check
def positive_data_acceptance_except_state(ctx, response, case):
    if response.status_code == 400:
        allowed = _STATE_400.get(f"{case.operation.method.upper()} {case.operation.path}", ())
        try:
            message = response.json().get("message", "")
        except Exception:
            message = ""
        if isinstance(message, str) and any(part in message for part in allowed):
            return None
    return _builtin(ctx, response, case)
PY

out="$REPORT_DIR/sandbox.out"
: >"$out"
"$LIZA" sandbox --port 0 --token "$TOKEN" --rate-limit 0 --envelope "$ENVELOPE" --log-file "$REPORT_DIR/sandbox.log" >"$out" 2>"$REPORT_DIR/sandbox.err" &
sandbox_pid=$!
stop_sandbox() {
    if kill -0 "$sandbox_pid" 2>/dev/null; then
        kill -TERM "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
}
trap stop_sandbox EXIT

# The first line is exactly "listening on http://127.0.0.1:PORT"; wait for it with a deadline.
root=""
deadline=$((SECONDS + 30))
while [[ -z "$root" ]]; do
    if ! kill -0 "$sandbox_pid" 2>/dev/null; then
        echo "fuzz-sandbox: the sandbox exited before listening:" >&2
        cat "$REPORT_DIR/sandbox.err" >&2
        exit 2
    fi
    if ((SECONDS > deadline)); then
        echo "fuzz-sandbox: the sandbox did not report its port within 30 s" >&2
        exit 2
    fi
    line=$(head -n 1 "$out" 2>/dev/null || true)
    if [[ "$line" =~ ^listening\ on\ (http://127\.0\.0\.1:[0-9]+)$ ]]; then
        root=${BASH_REMATCH[1]}
    else
        sleep 0.1
    fi
done
echo "fuzz-sandbox: sandbox at $root (pid $sandbox_pid), schema $root/openapi.json"

# The seeded connections (ids depend on the seed): the focused passes pin one of them so that
# generated requests reach the data instead of stopping at 404/403 for a random id or category.
connection_id() {
    python3 - "$root" "$TOKEN" "$1" <<'PY'
import json, sys, urllib.request
root, token, kind = sys.argv[1:4]
request = urllib.request.Request(root + "/api/v1/integrations/connections", headers={"Authorization": "Bearer " + token})
with urllib.request.urlopen(request, timeout=10) as response:
    connections = json.load(response)
if isinstance(connections, dict):  # --envelope data / items
    connections = connections.get("data", connections.get("items"))
print(next(c["id"] for c in connections if c["integration_type"] == kind and c["status"] == "active"))
PY
}
hubspot=$(connection_id hubspot)
clearbit=$(connection_id clearbit)

started=$SECONDS
status=0
# One schemathesis pass: a name, the config file (or ""), then extra `schemathesis run` flags.
# The document's `servers` entry is the absolute base URL (…/api), so no --url is needed.
run_pass() {
    local name=$1 config=$2
    shift 2
    local left=$((MAX_TIME - (SECONDS - started)))
    if ((left <= 0)); then
        echo "fuzz-sandbox: no time left for pass '$name' (MAX_TIME=$MAX_TIME)" >&2
        status=124
        return
    fi
    echo
    echo "=== fuzz-sandbox pass: $name ==="
    local global=()
    [[ -n "$config" ]] && global=(--config-file "$config")
    local rc=0
    # Run from the report directory: schemathesis keeps a cache (.schemathesis/) in its
    # working directory, which must not land in the source tree.
    (cd "$REPORT_DIR" && SCHEMATHESIS_HOOKS="$hooks" timeout --signal=INT --kill-after=30 "$left" \
        schemathesis "${global[@]}" run "$root/openapi.json" \
            --checks all \
            --exclude-checks positive_data_acceptance \
            -H "Authorization: Bearer $TOKEN" \
            --max-examples "$MAX_EXAMPLES" \
            --seed "$SEED" \
            --workers "$WORKERS" \
            --continue-on-failure \
            --request-timeout 10 \
            --generation-database none \
            --report junit,ndjson --report-dir "$REPORT_DIR/$name" \
            --no-color \
            "${EXTRA[@]}" "$@") || rc=$?
    if ((rc == 124)); then echo "fuzz-sandbox: pass '$name' did not finish in time" >&2; fi
    echo "fuzz-sandbox: pass '$name' exit status $rc"
    if ((rc != 0 && status == 0)); then status=$rc; fi
}
EXTRA=("$@")

# Focused passes first (they create and delete nothing), then everything, stateful included
# (its DELETEs remove seeded connections, so it goes last).
pin() {  # pin OPERATION_ID key=value… → a config file fixing those parameters of that operation
    local file="$REPORT_DIR/pin-$1.toml" op=$1
    shift
    {
        echo "[[operations]]"
        echo "include-operation-id = \"$op\""
        printf 'parameters = { '
        local first=1 kv
        for kv in "$@"; do
            ((first)) || printf ', '
            printf '"%s" = "%s"' "${kv%%=*}" "${kv#*=}"
            first=0
        done
        echo ' }'
    } >"$file"
    echo "$file"
}
run_pass records-list "$(pin listRecords "path.connectionId=$hubspot" path.category=crm path.objectType=contact)" \
    --include-operation-id listRecords --phases examples,coverage,fuzzing
run_pass records-lookup "$(pin listRecords "path.connectionId=$clearbit" path.category=enrichment path.objectType=person)" \
    --include-operation-id listRecords --phases examples,coverage,fuzzing
run_pass passthrough "$(pin passthrough "path.connectionId=$hubspot")" \
    --include-operation-id passthrough --phases examples,coverage,fuzzing
run_pass all ""

if ((status == 124)); then
    echo "fuzz-sandbox: schemathesis did not finish within $MAX_TIME s" >&2
fi
if ! kill -0 "$sandbox_pid" 2>/dev/null; then
    echo "fuzz-sandbox: the sandbox died during the run" >&2
    cat "$REPORT_DIR/sandbox.err" >&2
    if ((status == 0)); then status=1; fi
fi
echo "fuzz-sandbox: exit status $status (reports in $REPORT_DIR/<pass>)"
exit "$status"
