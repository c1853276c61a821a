#!/usr/bin/env bash
# What one configuration of `prodready check --all` costs against another, measured in pairs.
#
#   benchmarks/paired-cost.sh [--sequential | --both] [--cold | --edit FILE | --add FILE | --add-test FILE] PAIRS CORPUS A_BUILD A_IGNORE B_BUILD B_IGNORE
#
# A_BUILD and B_BUILD are folders holding a published `prodready` (the same folder twice to compare two
# configurations of one build). A_IGNORE and B_IGNORE are comma-separated rule prefixes written to the copy's
# prodready.toml as `ignore = [...]`, or `-` for the default configuration; a prefix written with a leading `+`
# is selected instead (`+TST,DOC` writes `select = ["ALL", "TST"]` and `ignore = ["DOC"]`), for preview rules.
#
# Each pair runs A and B at the same time, each pinned to a processor of its own (taskset), and swaps the
# processors every pair; CPU time is user + system. On a shared host the spread of single runs is wider than
# the effect measured, but two runs side by side meet the same neighbours: the ratio within a pair is what is
# summarised, as the median of the pairs with a bootstrap 95% interval. Both copies are warmed first.
#
# With --sequential, A and B of a pair run one after the other on the same processor (the order swapped every
# pair) instead of side by side: on a quiet host this measures each configuration without a neighbour competing
# for the shared caches and memory.
#
# With --both, A and B of a pair run one after the other with both processors each (no taskset), the order swapped
# every pair: this is how a developer's machine runs the gate (the analysis on every processor), and the way to
# compare a build with the build before a change (B_BUILD the build before, B_IGNORE `-`). Wall time is summarised
# too.
#
# With --cold, every timed run starts without the copy's cache (.prodready_cache removed before it), as on a fresh
# clone in CI. With --edit FILE, a comment line is appended to FILE (relative to the corpus) in both copies before
# every timed run, so each run meets a tree changed since the last one. With --add FILE, a new function is appended
# instead: the file's outline changes, as when a developer adds a function. With --add-test FILE (a test module), a new
# test function is appended: the tests collected change, as when a developer adds a test.
# Needs two processors, taskset, GNU time (/usr/bin/time) and python3.
set -euo pipefail

mode=paired
cold=no
edit=
add=
addtest=
while [ $# -gt 0 ]; do
  case "$1" in
    --sequential | --both) mode=${1#--}; shift ;;
    --cold) cold=yes; shift ;;
    --edit) edit=$2; shift 2 ;;
    --add) add=$2; shift 2 ;;
    --add-test) addtest=$2; shift 2 ;;
    *) break ;;
  esac
done

if [ $# -ne 6 ]; then
  sed -n '4,8p' "$0" >&2
  exit 2
fi

pairs=$1 corpus=$2 a_build=$3 a_ignore=$4 b_build=$5 b_ignore=$6
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

prepare() {
  local dir=$1 ignore=$2
  cp -r "$corpus" "$dir"
  rm -rf "$dir/.prodready_cache" "$dir/prodready.toml"
  if [ "$ignore" != "-" ]; then
    local selected ignored
    selected=$(printf '%s' "$ignore" | tr ',' '\n' | sed -n 's/^+//p' | paste -sd, -)
    ignored=$(printf '%s' "$ignore" | tr ',' '\n' | grep -v '^+' | paste -sd, - || true)
    if [ -n "$selected" ]; then
      printf 'select = ["ALL", %s]\n' "$(printf '%s' "$selected" | sed 's/[^,][^,]*/"&"/g; s/,/, /g')" >> "$dir/prodready.toml"
    fi
    if [ -n "$ignored" ]; then
      printf 'ignore = [%s]\n' "$(printf '%s' "$ignored" | sed 's/[^,][^,]*/"&"/g; s/,/, /g')" >> "$dir/prodready.toml"
    fi
  fi
}

prepare "$work/a" "$a_ignore"
prepare "$work/b" "$b_ignore"

run() {
  local cpu=$1 build=$2 dir=$3 label=$4 round=$5
  local pin=(taskset -c "$cpu")
  if [ "$round" != 0 ] && [ "$cold" = yes ]; then
    rm -rf "$dir/.prodready_cache"
  fi
  if [ "$round" != 0 ] && [ -n "$edit" ]; then
    printf '# edit %s\n' "$round" >> "$dir/$edit"
  fi
  if [ "$round" != 0 ] && [ -n "$add" ]; then
    printf '\n\ndef _added_%s():\n    return %s\n' "$round" "$round" >> "$dir/$add"
  fi
  if [ "$round" != 0 ] && [ -n "$addtest" ]; then
    printf '\n\ndef test_added_%s():\n    assert %s\n' "$round" "$round" >> "$dir/$addtest"
  fi
  if [ "$mode" = both ]; then
    pin=()
  fi
  (cd "$dir" && /usr/bin/time -f "$round $label %e %U %S" -o "$work/$label.$round" \
    "${pin[@]}" "$build/prodready" check --all --format json > /dev/null 2>&1 || true)
}

run 0 "$a_build" "$work/a" a 0 & run 1 "$b_build" "$work/b" b 0 & wait

for round in $(seq "$pairs"); do
  if [ "$mode" != paired ]; then
    if [ $((round % 2)) -eq 0 ]; then
      run 1 "$a_build" "$work/a" a "$round"; run 1 "$b_build" "$work/b" b "$round"
    else
      run 1 "$b_build" "$work/b" b "$round"; run 1 "$a_build" "$work/a" a "$round"
    fi
    continue
  fi
  if [ $((round % 2)) -eq 0 ]; then
    run 0 "$a_build" "$work/a" a "$round" & run 1 "$b_build" "$work/b" b "$round" &
  else
    run 1 "$a_build" "$work/a" a "$round" & run 0 "$b_build" "$work/b" b "$round" &
  fi
  wait
done

for round in $(seq "$pairs"); do cat "$work/a.$round" "$work/b.$round"; done > "$work/times"

python3 - "$work/times" <<'EOF'
import collections, random, statistics, sys

cpu = collections.defaultdict(dict)
wall = collections.defaultdict(dict)
for line in open(sys.argv[1]):
    fields = line.split()
    if len(fields) == 5:
        round_, label, elapsed, user, system = fields
        cpu[int(round_)][label] = float(user) + float(system)
        wall[int(round_)][label] = float(elapsed)
random.seed(7)
print(f"pairs: {sum(1 for r in cpu.values() if len(r) == 2)}")
for name, times in (("CPU", cpu), ("wall", wall)):
    pairs = [r for r in times.values() if len(r) == 2]
    ratios = [r["a"] / r["b"] - 1 for r in pairs]
    boots = sorted(statistics.median(random.choices(ratios, k=len(ratios))) for _ in range(4000))
    a = statistics.median(r["a"] for r in pairs)
    b = statistics.median(r["b"] for r in pairs)
    print(f"{name}: A median {a:.2f} s; B median {b:.2f} s (ratio of the medians {100 * (a / b - 1):+.1f}%)")
    print(f"{name}: A against B, median of the pairs: {100 * statistics.median(ratios):+.1f}% (95% interval {100 * boots[100]:+.1f}% to {100 * boots[3899]:+.1f}%)")
EOF
