#!/usr/bin/env bash
# Generates the man page liza.1 from the commands with swift-argument-parser's manual
# generator: the `generate-manual` tool behind argument-parser's `generate-manual` plugin, run on
# the binary being installed (it reads `liza --experimental-dump-help` and writes mdoc).
#
#   scripts/generate-manual.sh BINARY OUT_DIR
#
# The plugin itself (`swift package generate-manual`) first rebuilds every product of the
# package in its own release configuration — without --static-swift-stdlib, so a second full
# release build; running its tool directly on the binary just built costs a small debug build
# of argument-parser instead.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:?usage: generate-manual.sh BINARY OUT_DIR}
out=${2:?usage: generate-manual.sh BINARY OUT_DIR}
swift=${SWIFT:-swift}
# Its own scratch folder: the tool's debug build neither waits for nor disturbs the release one.
scratch=${LIZA_INSTALL_BUILD:-.build-install}-tools
[ -x "$binary" ] || { echo "generate-manual: $binary is not an executable" >&2; exit 1; }

"$swift" build --scratch-path "$scratch" --product generate-manual >/dev/null
tool="$("$swift" build --scratch-path "$scratch" --show-bin-path)/generate-manual"
[ -x "$tool" ] || { echo "generate-manual: $tool was not built" >&2; exit 1; }
mkdir -p "$out"
"$tool" "$binary" --output-directory "$out" --authors "the liza authors"
[ -s "$out/liza.1" ] || { echo "generate-manual: no liza.1 in $out" >&2; exit 1; }
