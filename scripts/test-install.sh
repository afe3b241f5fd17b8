#!/usr/bin/env bash
# `make install` into a temporary PREFIX, then the installed copy is used from another folder
# with a clean HOME (no clone in sight): --help and --version, all bundled themes, the man page,
# bash completion; then `make uninstall` must remove every file it installed. Run by .ci/run.
#
#   scripts/test-install.sh              # builds (release) and installs
#   scripts/test-install.sh --prebuilt   # reuses the release binary of an earlier `make install`
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
mkdir -p "$tmp/home" "$tmp/elsewhere"

fail() { echo "test-install: FAIL: $*" >&2; exit 1; }
# A clean environment: only the installed bin on PATH besides the system's.
run() { (cd "$tmp/elsewhere" && env -i HOME="$tmp/home" PATH="$prefix/bin:/usr/bin:/bin" LANG=C.UTF-8 TERM=dumb "$@"); }

keep=()
if [ "${1:-}" = "--prebuilt" ]; then keep=(-o "${LIZA_INSTALL_BUILD:-.build-install}/staging/liza"); fi
make install PREFIX="$prefix" "${keep[@]}"
liza=$prefix/bin/liza
[ -x "$liza" ] || fail "no $liza"

# The binary: stripped, the Swift runtime linked in.
if command -v file >/dev/null; then file "$liza" | grep -q ', stripped' || fail "the binary is not stripped: $(file "$liza")"; fi
if ldd "$liza" | grep -q 'libswift\|libFoundation'; then fail "the binary links the Swift runtime dynamically: $(ldd "$liza" | grep swift)"; fi

run liza --help | grep -q '^USAGE: liza' || fail "liza --help"
version=$(run liza --version)
echo "$version" | grep -Eq '^liza [0-9]+\.[0-9]+\.[0-9]+ \(commit [0-9a-f]{7,40}(-dirty)?\)$' || fail "liza --version said: $version"

# Every bundled theme is found from the install, none from a clone.
expected=$(cd "$repo/themes" && ls ./*.toml | sed 's|^\./||; s|\.toml$||' | sort | tr '\n' ' ')
listed=$(run liza themes | awk '{print $1}' | sort | tr '\n' ' ')
[ "$listed" = "$expected" ] || fail "liza themes listed '$listed', expected '$expected'"
[ "$(run liza themes | grep -c "$prefix/share/liza/themes/")" -eq "$(ls "$repo"/themes/*.toml | wc -l)" ] \
  || fail "themes not read from $prefix/share/liza/themes"

# The man page renders.
page=$(run env MANWIDTH=80 man -l "$prefix/share/man/man1/liza.1" 2>&1) || fail "man -l failed: $page"
echo "$page" | grep -q 'records' || fail "the man page does not mention records"
echo "$page" | grep -qi 'sandbox' || fail "the man page does not mention sandbox"

# bash completion (bash calls the function with the command, the current and the previous
# word): `liza rec<TAB>` → records; `liza records CONN crm con<TAB>` → crm's object types;
# `liza status --profile wo<TAB>` → the profiles in config.toml.
completion=$prefix/share/bash-completion/completions/liza
complete_line() { # COMP_CWORD then the words; prints COMPREPLY
  local cword=$1; shift
  run bash -c 'source "$0"; COMP_WORDS=("${@}"); COMP_CWORD='"$cword"'; COMP_LINE="${*}"; COMP_POINT=${#COMP_LINE};
    _liza liza "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"; echo "${COMPREPLY[*]}"' "$completion" "$@"
}
words=$(complete_line 1 liza rec)
[ "$words" = "records" ] || fail "bash completion of 'liza rec' gave '$words'"
words=$(complete_line 4 liza records c1 crm con)
echo "$words" | grep -qw contact || fail "bash completion of a crm object type gave '$words'"
mkdir -p "$tmp/home/.config/liza"
printf '[profiles.work]\n[profiles.wombat]\n[profiles.other]\n' > "$tmp/home/.config/liza/config.toml"
words=$(complete_line 3 liza status --profile wo)
[ "$words" = "wombat work" ] || fail "bash completion of profile names gave '$words'"
[ -s "$prefix/share/zsh/site-functions/_liza" ] || fail "no zsh completion"
[ -s "$prefix/share/fish/vendor_completions.d/liza.fish" ] || fail "no fish completion"

make uninstall PREFIX="$prefix"
left=$(find "$prefix" -type f)
[ -z "$left" ] || fail "make uninstall left: $left"
echo "test-install: ok ($version)"
