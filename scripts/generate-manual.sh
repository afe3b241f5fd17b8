#!/usr/bin/env bash
# Generates the man page liza.1 from the commands, with swift-argument-parser's manual plugin
# (`swift package generate-manual`: it builds the package's executables in release mode and
# turns `liza --experimental-dump-help` into mdoc), then copies it to OUT_DIR.
#
#   scripts/generate-manual.sh BINARY OUT_DIR
#
# BINARY is only checked to exist (the plugin uses its own build of the same sources).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:?usage: generate-manual.sh BINARY OUT_DIR}
out=${2:?usage: generate-manual.sh BINARY OUT_DIR}
swift=${SWIFT:-swift}
scratch=${LIZA_INSTALL_BUILD:-.build-install}
[ -x "$binary" ] || { echo "generate-manual: $binary is not an executable" >&2; exit 1; }

log=$(mktemp)
stamp=$(mktemp)
trap 'rm -f "$log" "$stamp"' EXIT
if ! "$swift" package --scratch-path "$scratch" --disable-sandbox generate-manual --configuration release --authors "the liza authors" >"$log" 2>&1; then
  cat "$log" >&2
  echo "generate-manual: swift-argument-parser's generate-manual plugin failed" >&2
  exit 1
fi
page=$(find "$scratch/plugins" -path '*GenerateManual*' -name liza.1 -newer "$stamp" 2>/dev/null | head -n 1)
[ -n "$page" ] || { cat "$log" >&2; echo "generate-manual: the plugin wrote no liza.1" >&2; exit 1; }
mkdir -p "$out"
cp "$page" "$out/liza.1"
