#!/usr/bin/env bash
# Regenerate tests/fixtures/richtext/generated.json from Payload's own converters.
# Needs stack/payload/node_modules (npm ci). Run from anywhere.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
fixtures="$repo/tests/fixtures/richtext"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [[ "${1:-}" == "--new-documents" ]]; then
  "$repo/.venv/bin/python" "$here/oracle_inputs.py"
fi

"$repo/.venv/bin/python" - "$fixtures" "$tmp/inputs.json" <<'PY'
import json, sys
fixtures, out = sys.argv[1], sys.argv[2]
md = json.load(open(f"{fixtures}/oracle_markdown_inputs.json", encoding="utf-8"))
docs = json.load(open(f"{fixtures}/oracle_lexical_inputs.json", encoding="utf-8"))
json.dump(md + docs, open(out, "w", encoding="utf-8"), ensure_ascii=False, separators=(",", ":"))
PY

cd "$repo/stack/payload"
node --conditions=production scripts/oracle.mjs "$tmp/inputs.json" > "$tmp/generated.json"
mv "$tmp/generated.json" "$fixtures/generated.json"
echo "wrote $fixtures/generated.json"
