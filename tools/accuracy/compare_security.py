#!/usr/bin/env python3
"""Compares ProdReady's SEC findings with bandit's and ruff's flake8-bandit (S) findings.

Usage:

    python3 compare_security.py --ours OURS.json [--bandit BANDIT.csv] [--ruff RUFF.txt] \\
        --root TREE [--examples N] [--tsv OUT.tsv]

OURS.json is `prodready check --all --format json`; BANDIT.csv is `bandit -r -f csv TREE`; RUFF.txt is
`ruff_wasm_check.js --select S...` output. Two findings agree when they share path, line and a rule pair
(SEC002 with B602/B605 or S602/S605, ...). Peer findings in test code (test_*.py, *_test.py,
conftest.py, files under test/ or tests/ folders) are counted apart, because the SEC family does not
check test code except for SEC005's credential formats.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from typing import TextIO
from collections import defaultdict

PAIRS = {
    "SEC001": ["102", "307"],
    "SEC002": ["602", "605"],
    "SEC003": ["301", "302", "506"],
    "SEC004": ["608"],
    "SEC005": ["105", "106", "107"],
    "SEC006": ["501", "323"],
    "SEC007": ["113"],
    "SEC008": ["306", "103"],
    "SEC009": ["202"],
    "SEC010": ["313", "314", "315", "316", "317", "318", "319", "320", "324", "311", "303"],
    "SEC011": ["201", "701", "104"],
}
PEER_TO_OURS = {num: ours for ours, nums in PAIRS.items() for num in nums}
RUFF_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+[0-9]+) ?(?P<msg>.*)$")


def is_test_path(path: str) -> bool:
    parts = path.split("/")
    name = parts[-1]
    return (name.startswith("test_") or name.endswith("_test.py") or name == "conftest.py"
            or any(p in ("test", "tests", "testing") for p in parts[:-1]))


def load_ours(path: str) -> list[tuple[str, str, int, str]]:
    with open(path, encoding="utf-8") as handle:
        report = json.load(handle)
    found = []
    for item in report.get("findings", report.get("diagnostics", [])):
        code = item.get("code", "")
        if not code.startswith("SEC") or code == "SEC012":
            continue
        location = item.get("location") or item
        found.append((code, location["path"].lstrip("./"), int(location["line"]), item.get("message", "")))
    return found


def load_bandit(path: str, root: str) -> list[tuple[str, str, int, str, tuple[int, ...]]]:
    """Read bandit's CSV: each finding with its line and the lines of the whole statement it spans.

    Bandit reports a multi-line call at the line of the offending argument (`shell=True` on the
    call's second line) and gives the statement's lines in `line_range`; a finding of ours at any
    of those lines is the same finding.

    Args:
        path: The CSV file bandit wrote (``-f csv``).
        root: The folder bandit ran on; paths are made relative to it.

    Returns:
        (test id, path, line, message, lines of the statement) for each finding of a paired rule.
    """
    found = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            number = row["test_id"][1:]
            if number not in PEER_TO_OURS:
                continue
            rel = os.path.relpath(row["filename"], root).replace(os.sep, "/")
            line = int(row["line_number"])
            span = tuple(int(n) for n in re.findall(r"\d+", row.get("line_range") or "")) or (line,)
            found.append((row["test_id"], rel, line, row["issue_text"], span))
    return found


def load_ruff(path: str) -> list[tuple[str, str, int, str, tuple[int, ...]]]:
    """Read ruff's concise output.

    Args:
        path: The file holding ruff's ``path:line:col: CODE message`` lines.

    Returns:
        (code, path, line, message, the line alone) for each finding of a paired rule.
    """
    found = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            match = RUFF_LINE.match(line.rstrip("\n"))
            if match and match["code"][1:] in PEER_TO_OURS:
                number = int(match["line"])
                found.append((match["code"], match["path"].lstrip("./"), number, match["msg"], (number,)))
    return found


def compare(
    ours: "list[tuple[str, str, int, str]]",
    peer: "list[tuple[str, str, int, str, tuple[int, ...]]]",
    label: str,
    examples: int,
    tsv: "TextIO | None",
) -> None:
    """Print, per rule, the findings both report, ours only and the peer's only (in and out of tests).

    Args:
        ours: Our findings: (code, path, line, message).
        peer: The peer's findings: (code, path, line, message, lines of the statement).
        label: The peer's name in the output.
        examples: How many examples of each disagreement to print.
        tsv: Where to write every disagreement, tab-separated, or None.
    """
    table = defaultdict(lambda: {"both": 0, "ours": 0, "peer": 0, "peer_tests": 0})
    ours_keys = defaultdict(list)
    for code, path, line, msg in ours:
        ours_keys[(code, path, line)].append(msg)
    peer_keys = defaultdict(list)
    spans = {}
    for code, path, line, msg, span in peer:
        key = (PEER_TO_OURS[code[1:]], path, line)
        peer_keys[key].append((code, msg))
        spans[key] = tuple(sorted(set(spans.get(key, ())) | set(span) | {line}))
    matched = set()
    shown = defaultdict(int)
    for key, items in peer_keys.items():
        ours_code, path, line = key
        hits = [(ours_code, path, other) for other in spans[key] if (ours_code, path, other) in ours_keys]
        if hits:
            table[ours_code]["both"] += 1
            matched.update(hits)
        elif is_test_path(path) and ours_code != "SEC005":
            table[ours_code]["peer_tests"] += 1
        else:
            table[ours_code]["peer"] += 1
            if tsv:
                tsv.write(f"{label} only\t{ours_code}\t{items[0][0]}\t{path}\t{line}\t{items[0][1]}\n")
            if shown[(ours_code, "peer")] < examples:
                shown[(ours_code, "peer")] += 1
                print(f"  {label} only {ours_code}/{items[0][0]} {path}:{line} {items[0][1]}")
    for key, msgs in ours_keys.items():
        if key not in matched:
            table[key[0]]["ours"] += 1
            if tsv:
                tsv.write(f"ours only vs {label}\t{key[0]}\t\t{key[1]}\t{key[2]}\t{msgs[0]}\n")
            if shown[(key[0], "ours")] < examples:
                shown[(key[0], "ours")] += 1
                print(f"  ours only (vs {label}) {key[0]} {key[1]}:{key[2]} {msgs[0]}")
    print(f"\n{label}: code  both  ours-only  {label}-only  {label}-only-in-tests  agreement")
    for code in sorted(PAIRS):
        row = table[code]
        union = row["both"] + row["ours"] + row["peer"]
        agreement = f"{row['both'] / union:.0%}" if union else "-"
        print(f"{code}  {row['both']:5}  {row['ours']:9}  {row['peer']:10}  {row['peer_tests']:10}  {agreement}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ours", required=True)
    parser.add_argument("--bandit")
    parser.add_argument("--ruff")
    parser.add_argument("--root", required=True)
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--tsv")
    args = parser.parse_args()
    ours = load_ours(args.ours)
    tsv = open(args.tsv, "w", encoding="utf-8") if args.tsv else None
    try:
        if args.bandit:
            compare(ours, load_bandit(args.bandit, os.path.abspath(args.root)), "bandit", args.examples, tsv)
        if args.ruff:
            compare(ours, load_ruff(args.ruff), "ruff", args.examples, tsv)
    finally:
        if tsv:
            tsv.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
