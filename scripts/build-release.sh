#!/usr/bin/env bash
# Builds the release binary of liza for `make install`: the Swift standard library (and
# Foundation) linked statically, the git commit written into `liza --version`.
#
# It builds in its own scratch folder (.build-install, or $LIZA_INSTALL_BUILD), so it neither
# waits for nor disturbs the debug builds and `swift test` runs in .build.
#
# The commit goes into Sources/liza/Support/BuildInfo.swift for the build only: the file is
# put back on exit (also on failure or Ctrl-C), so the tree stays clean and a plain
# `swift build` keeps saying "unknown commit".
set -euo pipefail
cd "$(dirname "$0")/.."

swift=${SWIFT:-swift}
scratch=${LIZA_INSTALL_BUILD:-.build-install}
info=Sources/liza/Support/BuildInfo.swift
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || true)
if [ -n "$commit" ] && [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit-dirty"
fi

if [ -n "$commit" ]; then
  backup=$(mktemp)
  cp -p "$info" "$backup"
  trap 'cp -p "$backup" "$info"; rm -f "$backup"' EXIT
  sed -i.bak "s|static let commit: String? = nil // BUILD-COMMIT.*|static let commit: String? = \"$commit\"|" "$info"
  rm -f "$info.bak"
  grep -q "\"$commit\"" "$info" || { echo "build-release: could not stamp the commit into $info" >&2; exit 1; }
fi

"$swift" build --scratch-path "$scratch" -c release --static-swift-stdlib --product liza "$@"
