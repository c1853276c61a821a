#!/usr/bin/env bash
# End-to-end wall-clock benchmark of `prodready check`, start-up included.
#
# Usage: benchmarks/gate-benchmark.sh CORPUS_DIR [RUNS]
#   CORPUS_DIR: a folder of Python files (docs/benchmarks.md says how to make the standard one).
#   RUNS: how many timed runs per scenario (default 10); the median and the minimum are printed.
#
# It publishes the CLI ReadyToRun (self-contained and composite, as README.md describes), then measures:
#   1. `check --all` over a copy of the corpus (whole tree, every file parsed and checked);
#   2. `check` of a one-file change in a git repository holding the whole corpus (the pre-commit case);
#   3. `check --staged` of the same change staged;
#   4. `check --base main` of the same change committed on a branch.
# PRODREADY_CLI=path/to/prodready skips the publish step.
set -euo pipefail
corpus="${1:?usage: gate-benchmark.sh CORPUS_DIR [RUNS]}"
runs="${2:-10}"
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -n "${PRODREADY_CLI:-}" ]; then
  cli="$PRODREADY_CLI" # an already published build
else
  dotnet publish "$here/src/ProdReady.Cli" -c Release -r linux-x64 --self-contained \
    -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$work/bin" >/dev/null
  cli="$work/bin/prodready"
fi

measure() { # name, then the command; prints median and min wall seconds over $runs runs
  local name="$1"; shift
  local times=()
  "$@" >/dev/null 2>&1 || true # warm the file cache
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" '
    { t[NR] = $1 } END { printf "%-44s median %5d ms   min %5d ms   (%d runs)\n", name, t[int((NR + 1) / 2)], t[1], NR }'
}

cp -r "$corpus" "$work/tree"
files=$(find "$work/tree" -name '*.py' | wc -l)
lines=$(find "$work/tree" -name '*.py' -print0 | xargs -0 cat | wc -l)
echo "corpus: $files files, $lines lines; $(nproc) cores"

(cd "$work/tree" && measure "check --all (whole tree)" "$cli" check --all)

repo="$work/repo"
cp -r "$corpus" "$repo"
export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid \
  GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid
git -C "$repo" init -q -b main
git -C "$repo" add -A
git -C "$repo" commit -q -m "corpus"
git -C "$repo" checkout -q -b change
target="$(cd "$repo" && git ls-files '*.py' | sort | sed -n '100p')"
printf '\n\ndef added_by_the_change(value):\n    return value + 1\n' >> "$repo/$target"
(cd "$repo" && measure "check (one-file change, uncommitted)" "$cli" check)
git -C "$repo" add "$target"
(cd "$repo" && measure "check --staged (one-file change)" "$cli" check --staged)
git -C "$repo" commit -q -m "change"
(cd "$repo" && measure "check --base main (one committed change)" "$cli" check --base main)
