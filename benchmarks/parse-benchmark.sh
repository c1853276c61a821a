#!/usr/bin/env bash
# Front-end throughput against CPython's own parser, measured alternately in one run.
#
# Usage: benchmarks/parse-benchmark.sh CORPUS_DIR [ROUNDS]
#   CORPUS_DIR: a folder of Python files (docs/benchmarks.md says how to make the standard one).
#   ROUNDS: how many alternating rounds (default 7); each round runs `prodready debug parse` (one thread)
#           and then CPython 3.13's `ast.parse` over the same files, and the medians are compared.
#
# Both sides read every file into memory first and time decoding plus parsing only. Alternating the two
# in each round keeps a drifting machine from favouring either: the ratio of the medians is the figure.
# PRODREADY_CLI=path/to/prodready skips the ReadyToRun publish; PYTHON=path/to/python3.13 names the peer
# (default: python3.13 on PATH).
set -euo pipefail
corpus="${1:?usage: parse-benchmark.sh CORPUS_DIR [ROUNDS]}"
rounds="${2:-7}"
here="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-python3.13}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -n "${PRODREADY_CLI:-}" ]; then
  cli="$PRODREADY_CLI"
else
  dotnet publish "$here/src/ProdReady.Cli" -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -o "$work/bin" >/dev/null
  cli="$work/bin/prodready"
fi

"$python" -c 'import sys; assert sys.version_info[:2] == (3, 13), sys.version' >/dev/null

# Each summary line ends "..., N syntax errors, ELAPSED s (CPU s CPU)"; keep the elapsed seconds.
seconds() { sed -E -n 's/.* ([0-9]+\.[0-9]+) s \(([0-9]+\.[0-9]+) s CPU\)$/\1/p'; }

"$cli" debug parse "$corpus" >/dev/null # warm the file cache
for round in $(seq "$rounds"); do
  ours="$("$cli" debug parse "$corpus")"
  theirs="$("$python" "$here/benchmarks/ProdReady.Benchmarks/cpython_parse.py" "$corpus")"
  [ "$round" = 1 ] && { echo "prodready: $ours"; echo "cpython:   $theirs"; }
  echo "$(echo "$ours" | seconds) $(echo "$theirs" | seconds)" >> "$work/times"
done

sort -n -k1,1 "$work/times" | awk '{ a[NR] = $1 } END { printf "%s %s %s\n", a[int((NR + 1) / 2)], a[1], a[NR] }' > "$work/ours"
sort -n -k2,2 "$work/times" | awk '{ b[NR] = $2 } END { printf "%s %s %s\n", b[int((NR + 1) / 2)], b[1], b[NR] }' > "$work/theirs"
read -r ours_median ours_min ours_max < "$work/ours"
read -r theirs_median theirs_min theirs_max < "$work/theirs"
printf 'rounds: %d; %d cores\n' "$rounds" "$(nproc)"
printf 'prodready debug parse (one thread): median %.2f s, min %.2f s, max %.2f s\n' "$ours_median" "$ours_min" "$ours_max"
printf 'cpython ast.parse:                  median %.2f s, min %.2f s, max %.2f s\n' "$theirs_median" "$theirs_min" "$theirs_max"
awk -v a="$ours_median" -v b="$theirs_median" 'BEGIN { printf "ratio of medians: %.1fx\n", b / a }'
