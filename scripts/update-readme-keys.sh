#!/usr/bin/env bash
# Re-generates the README's key list from the keymap: records Tests/LizaAppTests/Snapshots/keybindings.md
# (RECORD_SNAPSHOTS=1) and copies it between README.md's KEYS-BEGIN/KEYS-END markers with the
# headings one level deeper, as ReadmeKeysTests expects. Run after changing a key binding.
set -euo pipefail
cd "$(dirname "$0")/.."
RECORD_SNAPSHOTS=1 swift test --filter 'KeymapDocumentationTests/readmeKeyListMatchesTheKeymap' >/dev/null 2>&1 || true
python3 - <<'PY'
import re
generated = open("Tests/LizaAppTests/Snapshots/keybindings.md").read()
section = "\n".join("#" + l if l.startswith("### ") else l for l in generated.split("\n")).strip("\n") + "\n"
readme = open("README.md").read()
begin, end = "<!-- KEYS-BEGIN -->\n", "<!-- KEYS-END -->"
i, j = readme.index(begin) + len(begin), readme.index(end)
open("README.md", "w").write(readme[:i] + section + readme[j:])
PY
echo "README.md key list updated"
