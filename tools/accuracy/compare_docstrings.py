#!/usr/bin/env python3
"""Compares ProdReady's DOC findings with ruff's and pydocstyle's docstring rules, rule pair by rule pair.

Usage:

    python3 compare_docstrings.py --ours OURS.json [--ruff RUFF.txt] [--pydocstyle PYDOCSTYLE.txt]
        [--tsv OUT.tsv] [--root TREE] [--examples N]

OURS.json is `prodready check --all --format json`. RUFF.txt is `ruff_wasm_check.js` output (codes or
rule names: the wasm build prints names such as `undocumented-public-method`, mapped here to codes).
PYDOCSTYLE.txt is `pydocstyle --convention=google` output (two lines a finding). Paths are relative to
the same root (a leading `./` is ignored).

Findings of a pair agree when they share the path and the line; for pydocstyle, which reports a
decorated definition at its first decorator, an unmatched finding also agrees with one of ours up to 15
lines below it in the same file. Raises findings (DOC009/DOC501, DOC010/DOC502) agree when they name
the same exception in the same file, ours at most 300 lines below ruff's (ruff points at the
docstring, DOC009 at the raise statement, DOC010 at the Raises entry). Undocumented parameters
(DOC002/D417) are counted per function: ours are one a parameter, the peers' one a function. Prints both / ours only / peer only and the agreement
(both divided by the union) per pair, with examples; --tsv writes every disagreement with its source
line for categorising by hand.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys

RUFF_NAMES = {
    "undocumented-public-module": "D100",
    "undocumented-public-class": "D101",
    "undocumented-public-method": "D102",
    "undocumented-public-function": "D103",
    "undocumented-public-package": "D104",
    "undocumented-magic-method": "D105",
    "undocumented-public-nested-class": "D106",
    "undocumented-public-init": "D107",
    "undocumented-param": "D417",
    "empty-docstring": "D419",
    "docstring-missing-returns": "DOC201",
    "docstring-extraneous-returns": "DOC202",
    "docstring-missing-yields": "DOC402",
    "docstring-extraneous-yields": "DOC403",
    "docstring-missing-exception": "DOC501",
    "docstring-extraneous-exception": "DOC502",
}

# (our code, peer codes, which peer) in report order.
PAIRS = [
    ("DOC001", ("D100", "D101", "D102", "D103", "D104", "D105", "D106", "D107"), "ruff"),
    ("DOC002", ("D417",), "ruff"),
    ("DOC011", ("D419",), "ruff"),
    ("DOC005", ("DOC201",), "ruff"),
    ("DOC006", ("DOC202",), "ruff"),
    ("DOC007", ("DOC402",), "ruff"),
    ("DOC008", ("DOC403",), "ruff"),
    ("DOC009", ("DOC501",), "ruff"),
    ("DOC010", ("DOC502",), "ruff"),
    ("DOC001", ("D100", "D101", "D102", "D103", "D104", "D105", "D106", "D107"), "pydocstyle"),
    ("DOC002", ("D417",), "pydocstyle"),
    ("DOC011", ("D419",), "pydocstyle"),
]

RUFF_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>\S+) ?(?P<msg>.*)$")
PYDS_HEAD = re.compile(r"^(?P<path>.+?):(?P<line>\d+) (?P<where>.*):$")
PYDS_BODY = re.compile(r"^\s+(?P<code>D\d{3}): (?P<msg>.*)$")


def norm(path: str) -> str:
    """Drops a leading ./ from a path."""
    return path[2:] if path.startswith("./") else path


def read_ours(path: str) -> list[tuple[str, str, int, str]]:
    """Reads (code, path, line, message) of every located DOC finding."""
    with open(path, encoding="utf-8") as handle:
        report = json.load(handle)
    return [(f["code"], norm(f["location"]["path"]), f["location"]["line"], f["message"])
            for f in report["findings"] if f["code"].startswith("DOC") and f.get("location")]


def read_ruff(path: str) -> list[tuple[str, str, int, str]]:
    """Reads ruff_wasm_check.js output, mapping rule names to codes."""
    found = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            m = RUFF_LINE.match(line.rstrip("\n"))
            if m:
                code = RUFF_NAMES.get(m["code"], m["code"])
                found.append((code, norm(m["path"]), int(m["line"]), m["msg"]))
    return found


def read_pydocstyle(path: str) -> list[tuple[str, str, int, str]]:
    """Reads pydocstyle's two-line findings."""
    found = []
    head = None
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            line = line.rstrip("\n")
            m = PYDS_HEAD.match(line)
            if m:
                head = m
                continue
            b = PYDS_BODY.match(line)
            if b and head:
                found.append((b["code"], norm(head["path"]), int(head["line"]), f"{head['where']}: {b['msg']}"))
    return found


def source_line(root: str | None, path: str, line: int) -> str:
    """Returns a line of a file of the tree, stripped, or empty text."""
    if not root:
        return ""
    try:
        with open(os.path.join(root, path), encoding="utf-8", errors="replace") as handle:
            for number, text in enumerate(handle, 1):
                if number == line:
                    return text.strip()
    except OSError:
        pass
    return ""


EXCEPTION_NAME = re.compile(r"(?:raises|lists) ([\w.]+)|`([\w.]+)`")


def exception_of(message: str) -> str | None:
    """Returns the exception a raises finding names (last dotted part)."""
    m = EXCEPTION_NAME.search(message)
    if not m:
        return None
    name = m.group(1) or m.group(2)
    return name.rsplit(".", 1)[-1]


def compare_raises(mine, theirs):
    """Matches raises findings by file and exception name, ours below ruff's docstring line."""
    both, peer_only = [], []
    free = list(mine)
    for f in sorted(theirs, key=lambda x: (x[1], x[2])):
        name = exception_of(f[3])
        candidates = [o for o in free if o[1] == f[1] and exception_of(o[3]) == name and 0 <= o[2] - f[2] <= 300]
        if candidates:
            match = min(candidates, key=lambda o: o[2] - f[2])
            free.remove(match)
            both.append((match, f))
        else:
            peer_only.append(f)
    return both, free, peer_only


FUNCTION_OURS = re.compile(r"of '([^']+)'")
FUNCTION_PEER = re.compile(r"`([^`]+)`")


def compare_functions(mine, theirs):
    """Matches undocumented-parameter findings per function (path and name): ours are one a parameter."""
    ours_by = collections.OrderedDict()
    for f in mine:
        m = FUNCTION_OURS.search(f[3])
        ours_by.setdefault((f[1], m.group(1) if m else None), f)
    both, peer_only = [], []
    for f in theirs:
        m = FUNCTION_PEER.search(f[3])
        key = (f[1], m.group(1) if m else None)
        if key in ours_by:
            both.append((ours_by.pop(key), f))
        else:
            peer_only.append(f)
    return both, list(ours_by.values()), peer_only


def compare(ours, peer, ours_code, peer_codes, window):
    """Matches one pair; returns (both, ours_only, peer_only) lists."""
    mine = [f for f in ours if f[0] == ours_code]
    theirs = [f for f in peer if f[0] in peer_codes]
    if ours_code in ("DOC009", "DOC010"):
        return compare_raises(mine, theirs)
    if ours_code == "DOC002":
        return compare_functions(mine, theirs)
    by_key = collections.defaultdict(list)
    for f in mine:
        by_key[(f[1], f[2])].append(f)
    both, peer_only, pending = [], [], []
    for f in theirs:
        bucket = by_key.get((f[1], f[2]))
        if bucket:
            both.append((bucket.pop(), f))
        else:
            pending.append(f)
    for f in pending:
        match = None
        for offset in range(1, window + 1):
            bucket = by_key.get((f[1], f[2] + offset))
            if bucket:
                match = bucket.pop()
                break
        if match:
            both.append((match, f))
        else:
            peer_only.append(f)
    ours_only = [f for bucket in by_key.values() for f in bucket]
    return both, ours_only, peer_only


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ours", required=True)
    parser.add_argument("--ruff")
    parser.add_argument("--pydocstyle")
    parser.add_argument("--tsv")
    parser.add_argument("--root")
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args()
    ours = read_ours(args.ours)
    peers = {}
    if args.ruff:
        peers["ruff"] = read_ruff(args.ruff)
    if args.pydocstyle:
        peers["pydocstyle"] = read_pydocstyle(args.pydocstyle)
    rows = []
    print("| ours | peer | both | ours only | peer only | agreement |")
    print("|---|---|---:|---:|---:|---:|")
    for ours_code, peer_codes, peer_name in PAIRS:
        if peer_name not in peers:
            continue
        window = 15 if peer_name == "pydocstyle" else 0
        both, ours_only, peer_only = compare(ours, peers[peer_name], ours_code, peer_codes, window)
        union = len(both) + len(ours_only) + len(peer_only)
        agreement = f"{100 * len(both) / union:.1f}%" if union else "n/a"
        print(f"| {ours_code} | {peer_name} {'/'.join(peer_codes)} | {len(both)} | {len(ours_only)} | {len(peer_only)} | {agreement} |")
        for side, items in (("ours", ours_only), ("peer", peer_only)):
            for f in items:
                rows.append((side, ours_code, peer_name + ":" + "/".join(peer_codes), f[0], f[1], str(f[2]), f[3], source_line(args.root, f[1], f[2])))
            for f in items[: args.examples]:
                print(f"    {side} only: {f[1]}:{f[2]} {f[0]} {f[3]}", file=sys.stderr)
    if args.tsv:
        with open(args.tsv, "w", encoding="utf-8") as handle:
            handle.write("side\tours\tpeer\tcode\tpath\tline\tmessage\tsource\n")
            for row in rows:
                handle.write("\t".join(cell.replace("\t", " ") for cell in row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
