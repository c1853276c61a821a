#!/usr/bin/env bash
# Runs the peer linters over a tree and writes their undefined-name findings, normalized.
#
# Usage: run_peers.sh TREE OUTDIR
#
# Writes, with paths relative to TREE:
#   OUTDIR/pyflakes.txt   pyflakes, messages mapped to F821 / F822 / F823 (pyflakes_codes.py)
#   OUTDIR/ruff.txt       ruff's WebAssembly build with only those rules selected (ruff_wasm_check.js)
# each line `path:line:col: CODE message`, plus OUTDIR/*.raw.txt / *.err.txt (the tools' own output)
# and OUTDIR/versions.txt.
#
# Environment:
#   PYFLAKES       the pyflakes command (default: pyflakes3, else "python3 -m pyflakes")
#   RUFF_WASM_DIR  folder whose node_modules holds @astral-sh/ruff-wasm-nodejs (required for ruff;
#                  ruff is skipped with a message when it is unset)
#   NODE           the node command (default: node)
#   CODES          codes to keep (default F821,F822,F823; add F401,F811,E999 for interest)
#   RUFF_TARGET    ruff's target-version (default py313)
set -euo pipefail
tree="${1:?usage: run_peers.sh TREE OUTDIR}"
out="${2:?usage: run_peers.sh TREE OUTDIR}"
here="$(cd "$(dirname "$0")" && pwd)"
codes="${CODES:-F821,F822,F823}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
if [[ -n "${PYFLAKES:-}" ]]; then
  read -r -a pyflakes <<<"$PYFLAKES"
elif command -v pyflakes3 >/dev/null; then
  pyflakes=(pyflakes3)
else
  pyflakes=(python3 -m pyflakes)
fi

: >"$out/versions.txt"
echo "pyflakes: $("${pyflakes[@]}" --version 2>&1 | head -1)" >>"$out/versions.txt"

# pyflakes exits 1 when it reports anything.
(cd "$tree" && "${pyflakes[@]}" . >"$out/pyflakes.raw.txt" 2>"$out/pyflakes.err.txt") || true
python3 "$here/pyflakes_codes.py" "$out/pyflakes.raw.txt" --stderr "$out/pyflakes.err.txt" \
  --codes "$codes" >"$out/pyflakes.txt"

if [[ -n "${RUFF_WASM_DIR:-}" ]]; then
  "${NODE:-node}" "$here/ruff_wasm_check.js" --peers "$RUFF_WASM_DIR" --select "$codes" \
    --target "${RUFF_TARGET:-py313}" "$tree" >"$out/ruff.txt" 2>"$out/ruff.err.txt"
  echo "ruff-wasm: $(tail -1 "$out/ruff.err.txt")" >>"$out/versions.txt"
else
  echo "RUFF_WASM_DIR is not set: ruff skipped" >&2
fi

for f in "$out"/pyflakes.txt "$out"/ruff.txt; do
  [[ -f "$f" ]] || continue
  printf '%s:' "$(basename "$f" .txt)"
  awk '{print $2}' "$f" | sort | uniq -c | awk '{printf " %s=%s", $2, $1}'
  echo
done
