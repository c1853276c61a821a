#!/usr/bin/env python3
"""Compares ProdReady's findings with a peer's by rule pair, matching on path and line.

Usage:

    python3 compare_lines.py --ours OURS.json [--ruff RUFF.txt] [--bandit BANDIT.csv] \\
        --pair EXC001=E722 --pair EXC003=S110+S112 ... [--tsv OUT.tsv] [--root TREE]

OURS.json is `prodready check --all --format json`; RUFF.txt is ruff_wasm_check.js output (the wasm
build prints rule names, which are mapped back to codes); BANDIT.csv is `bandit -f csv`. Paths are
relative to the same root (a leading `./` is ignored). For each pair `OURS=PEER1+PEER2`, a finding
agrees when the other side has one of the pair's codes on the same path and line (columns are
ignored: the tools anchor findings at different parts of the same statement). Prints both / ours
only / peer only and the agreement (both divided by the union) per pair; with --tsv every
disagreement is a row (side, pair, path, line, code, message, source line) to categorise by hand.
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
import os
import re
import sys

RUFF_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>\S+) ?(?P<msg>.*)$")

# Names the ruff WebAssembly build prints instead of codes.
RUFF_NAMES = {
    "bare-except": "E722", "blind-except": "BLE001", "assert": "S101", "try-except-pass": "S110",
    "try-except-continue": "S112", "mutable-argument-default": "B006", "jump-statement-in-finally": "B012",
    "raise-without-from-inside-except": "B904", "asyncio-dangling-task": "RUF006", "mutable-class-default": "RUF012",
    "unused-async": "RUF029", "raise-vanilla-class": "TRY002", "useless-try-except": "TRY203", "global-statement": "PLW0603",
    "cancel-scope-no-checkpoint": "ASYNC100", "trio-sync-call": "ASYNC105", "async-function-with-timeout": "ASYNC109",
    "async-busy-wait": "ASYNC110", "async-zero-sleep": "ASYNC115", "long-sleep-not-forever": "ASYNC116",
    "blocking-http-call-in-async-function": "ASYNC210", "blocking-http-call-httpx-in-async-function": "ASYNC212",
    "create-subprocess-in-async-function": "ASYNC220", "run-process-in-async-function": "ASYNC221",
    "wait-for-process-in-async-function": "ASYNC222", "blocking-open-call-in-async-function": "ASYNC230",
    "blocking-path-method-in-async-function": "ASYNC240", "blocking-input-in-async-function": "ASYNC250",
    "blocking-sleep-in-async-function": "ASYNC251",
}


def norm(path: str) -> str:
    """Drops a leading ./ and uses / separators."""
    path = path.replace("\\", "/")
    return path[2:] if path.startswith("./") else path


def load_ours(path: str):
    with open(path, encoding="utf-8") as handle:
        report = json.load(handle)
    for f in report["findings"]:
        loc = f.get("location")
        if loc:
            yield f["code"], norm(loc["path"]), int(loc["line"]), f["message"]


def load_ruff(path: str):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            m = RUFF_LINE.match(line.rstrip("\n"))
            if m:
                code = RUFF_NAMES.get(m["code"], m["code"])
                yield code, norm(m["path"]), int(m["line"]), m["msg"]


def load_bandit(path: str):
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield row["test_id"], norm(row["filename"]), int(row["line_number"]), row["issue_text"]


def source_line(root: str, path: str, line: int) -> str:
    try:
        with open(os.path.join(root, path), encoding="utf-8", errors="replace") as handle:
            for number, text in enumerate(handle, 1):
                if number == line:
                    return text.strip()
    except OSError:
        return ""
    return ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ours", required=True)
    parser.add_argument("--ruff")
    parser.add_argument("--bandit")
    parser.add_argument("--pair", action="append", default=[], help="OURS=PEER1+PEER2 (ours may also be A+B)")
    parser.add_argument("--tsv")
    parser.add_argument("--root", default=".")
    args = parser.parse_args()

    ours = collections.defaultdict(dict)
    for code, path, line, msg in load_ours(args.ours):
        ours[code].setdefault((path, line), msg)
    peers = collections.defaultdict(dict)
    for source in filter(None, (args.ruff and load_ruff(args.ruff), args.bandit and load_bandit(args.bandit))):
        for code, path, line, msg in source:
            peers[code].setdefault((path, line), msg)

    rows = []
    print(f"{'pair':32} {'both':>6} {'ours':>6} {'peer':>6} {'agree':>7}")
    for pair in args.pair:
        left, right = pair.split("=", 1)
        mine = {}
        for code in left.split("+"):
            for key, msg in ours[code].items():
                mine.setdefault(key, (code, msg))
        theirs = {}
        for code in right.split("+"):
            for key, msg in peers[code].items():
                theirs.setdefault(key, (code, msg))
        both = mine.keys() & theirs.keys()
        only_ours = sorted(mine.keys() - theirs.keys())
        only_peer = sorted(theirs.keys() - mine.keys())
        union = len(both) + len(only_ours) + len(only_peer)
        agree = len(both) / union if union else 1.0
        print(f"{pair:32} {len(both):6} {len(only_ours):6} {len(only_peer):6} {agree:7.1%}")
        for side, keys, table in (("ours", only_ours, mine), ("peer", only_peer, theirs)):
            for path, line in keys:
                code, msg = table[(path, line)]
                rows.append((side, pair, path, line, code, msg, source_line(args.root, path, line)))
    if args.tsv:
        with open(args.tsv, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
            writer.writerow(("side", "pair", "path", "line", "code", "message", "source"))
            writer.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
