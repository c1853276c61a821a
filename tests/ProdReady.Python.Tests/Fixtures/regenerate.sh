#!/usr/bin/env bash
# Regenerates the expected output of every parser fixture from CPython itself.
#
# Needs CPython 3.13 (the grammar the parser follows): set PYTHON, or have python3.13 on PATH.
# The tests never run Python; they compare against the files this script writes:
#   valid/NAME.py   -> valid/NAME.ast.jsonl     (CPython's AST in the canonical JSON form)
#   invalid/NAME.py -> invalid/NAME.error.jsonl (CPython's SyntaxError: message, line, column)
# Review the result with `git diff` before committing.
set -euo pipefail
cd "$(dirname "$0")"
python="${PYTHON:-python3.13}"
"$python" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 13) else "CPython 3.13 is required")'

status=0
for kind in valid invalid; do
  suffix=$([ "$kind" = valid ] && echo ast || echo error)
  for file in "$kind"/*.py; do
    name="${file%.py}"
    (cd "$kind" && "$python" ../dump_ast.py "$(basename "$file")") > "$name.$suffix.jsonl"
    if [ "$kind" = valid ] && grep -q '"error"' "$name.$suffix.jsonl"; then
      echo "CPython rejects the valid fixture $file:" >&2; cat "$name.$suffix.jsonl" >&2; status=1
    fi
    if [ "$kind" = invalid ] && ! grep -q '"error"' "$name.$suffix.jsonl"; then
      echo "CPython accepts the invalid fixture $file" >&2; status=1
    fi
  done
done
exit $status
