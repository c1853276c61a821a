#!/usr/bin/env python3
"""Counts the findings of a ProdReady JSON report and draws a sample for verdicts by hand.

Usage:

    python3 count_findings.py REPORT.json [--codes PLH002,PLH003] [--sample N --seed S]
                              [--context C] [--root TREE]

REPORT.json is the output of `prodready check --all --format json`. Prints the number of findings
per code, then per code and top-level folder (the first part of the path; `.` for files at the
root), limited to --codes when given. With --sample N, prints N findings drawn at random (the
same seed gives the same sample; the default seed is 0), each with C lines of source before and
after it (default 3), read from TREE (default: the report's root).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import random
import sys


def top_folder(path: str) -> str:
    """Returns the first part of a relative path, or '.' for a file at the root."""
    path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    parts = path.split("/")
    return parts[0] if len(parts) > 1 else "."


def context(root: str | None, path: str, line: int, around: int) -> list[str]:
    """Returns numbered source lines around one line, the line itself marked with '>'."""
    if not root:
        return []
    try:
        with open(os.path.join(root, path), encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError as error:
        return [f"      (cannot read: {error.strerror})"]
    first, last = max(1, line - around), min(len(lines), line + around)
    width = len(str(last))
    return [f"    {'>' if n == line else ' '} {n:>{width}} | {lines[n - 1]}" for n in range(first, last + 1)]


def main(argv: list[str] | None = None) -> int:
    """Prints the counts and the sample."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report", help="prodready's JSON report")
    parser.add_argument("--codes", help="codes to count, comma-separated (default: all)")
    parser.add_argument("--sample", type=int, default=0, help="number of findings to draw")
    parser.add_argument("--seed", type=int, default=0, help="seed of the draw (default 0)")
    parser.add_argument("--context", type=int, default=3, help="source lines before and after (default 3)")
    parser.add_argument("--root", help="the checked tree (default: the report's root)")
    args = parser.parse_args(argv)

    with open(args.report, encoding="utf-8") as handle:
        report = json.load(handle)
    if report.get("schemaVersion") != 1:
        sys.exit(f"{args.report}: unknown schemaVersion {report.get('schemaVersion')!r}")
    codes = {c.strip() for c in args.codes.split(",") if c.strip()} if args.codes else None
    findings = [f for f in report["findings"] if codes is None or f["code"] in codes]

    out = sys.stdout
    summary = report.get("summary", {})
    out.write(f"report: {args.report}\nroot: {report.get('root')}\nfiles checked: {summary.get('filesChecked')}, "
              f"skipped: {summary.get('filesSkipped')}\n\n")
    per_code = collections.Counter(f["code"] for f in findings)
    for code in sorted(codes or per_code):
        out.write(f"{code}\t{per_code.get(code, 0)}\n")
    out.write(f"total\t{sum(per_code.values())}\n\n")

    per_folder: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for f in findings:
        folder = top_folder(f["location"]["path"]) if f.get("location") else "(change)"
        per_folder[f["code"]][folder] += 1
    for code in sorted(per_folder):
        out.write(f"{code} by top-level folder\n")
        for folder, n in sorted(per_folder[code].items(), key=lambda kv: (-kv[1], kv[0])):
            out.write(f"  {n:>6}  {folder}\n")
    if args.sample > 0:
        located = sorted((f for f in findings if f.get("location")),
                         key=lambda f: (f["location"]["path"], f["location"]["line"], f["location"]["column"], f["code"]))
        draw = random.Random(args.seed).sample(located, min(args.sample, len(located)))
        draw.sort(key=lambda f: (f["location"]["path"], f["location"]["line"], f["location"]["column"]))
        root = args.root or report.get("root")
        out.write(f"\nsample of {len(draw)} (seed {args.seed}) from {len(located)}\n")
        for i, f in enumerate(draw, 1):
            loc = f["location"]
            out.write(f"\n[{i}] {loc['path']}:{loc['line']}:{loc['column']}: {f['code']} {f['message']}\n")
            for text in context(root, loc["path"], loc["line"], args.context):
                out.write(text + "\n")
            out.write("    verdict: \n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
