#!/usr/bin/env python3
"""Compares ProdReady's findings with a peer linter's, code by code.

Usage:

    python3 compare.py --ours OURS.json --peer PEER.txt \\
        [--map RUN002=F821,RUN003=F822,RUN004=F823] [--examples N] [--tsv OUT.tsv] [--root TREE]

OURS.json is the output of `prodready check --all --format json`; PEER.txt holds one finding a
line, `path:line:col: CODE message`, as run_peers.sh writes it. Paths must be relative to the same
root (a leading `./` is ignored). Each --map pair names one of our codes and the peer code it
corresponds to.

Two findings agree when they have the same path, the same line and the same name, the name being
the first quote-delimited word of the message ('x', "x", `x` or a curly-quoted x); columns are
ignored, and so are lines for the peer codes given to --any-line (default F822, which pyflakes
places on the `__all__` assignment and ruff on the string). Findings are first matched under the mapped pair of codes; what is left is then matched
across the mapped codes (say our RUN004 against the peer's F821), and counted as "both, other code".
The report prints, per pair: both, both under another code, ours only, peer only, with up to N
examples of each (default 5). With --tsv, every disagreement is written as a row (side, our code,
peer code, path, line, column, name, message, source line, and empty verdict and note columns) for
categorising by hand; --root TREE fills the source line (default: the report's root).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
from dataclasses import dataclass

PEER_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+[0-9]+) ?(?P<msg>.*)$")
QUOTED = re.compile(r"'([^']+)'|\"([^\"]+)\"|`([^`]+)`|\u2018([^\u2019]+)\u2019|\u201c([^\u201d]+)\u201d")


@dataclass
class Finding:
    """One finding of either side."""

    code: str
    path: str
    line: int
    col: int
    name: str | None
    message: str

    @property
    def key(self) -> tuple[str, int, str | None]:
        """Returns what two findings must share to agree."""
        return (self.path, self.line, self.name)


def name_of(message: str) -> str | None:
    """Returns the first quote-delimited word of a message, or None."""
    m = QUOTED.search(message)
    if not m:
        return None
    return next(g for g in m.groups() if g is not None)


def norm_path(path: str) -> str:
    """Normalizes a relative path: '/' separators, no leading './'."""
    path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path


def read_ours(path: str, codes: set[str]) -> tuple[list[Finding], str | None]:
    """Reads our JSON report and keeps the findings with the given codes."""
    with open(path, encoding="utf-8") as handle:
        report = json.load(handle)
    if report.get("schemaVersion") != 1:
        sys.exit(f"{path}: unknown schemaVersion {report.get('schemaVersion')!r}")
    found = []
    for f in report["findings"]:
        loc = f.get("location")
        if f["code"] not in codes or loc is None:
            continue
        found.append(Finding(f["code"], norm_path(loc["path"]), loc["line"], loc["column"], name_of(f["message"]), f["message"]))
    return found, report.get("root")


def read_peer(path: str, codes: set[str]) -> list[Finding]:
    """Reads a peer's normalized findings and keeps the given codes."""
    found = []
    with open(path, encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            m = PEER_LINE.match(raw.rstrip("\n"))
            if not m or m["code"] not in codes:
                continue
            found.append(Finding(m["code"], norm_path(m["path"]), int(m["line"]), int(m["col"]), name_of(m["msg"]), m["msg"]))
    return found


def match(ours: list[Finding], peer: list[Finding], any_line: bool = False) -> tuple[list[tuple[Finding, Finding]], list[Finding], list[Finding]]:
    """Pairs findings with equal keys (as multisets); returns the pairs and both remainders.

    With any_line, the line is not part of the key (path and name only).
    """
    def key(f: Finding) -> tuple:
        return (f.path, f.name) if any_line else f.key

    waiting: dict[tuple, list[Finding]] = collections.defaultdict(list)
    for f in peer:
        waiting[key(f)].append(f)
    pairs, ours_only = [], []
    for f in ours:
        bucket = waiting.get(key(f))
        if bucket:
            pairs.append((f, bucket.pop(0)))
        else:
            ours_only.append(f)
    peer_only = [f for bucket in waiting.values() for f in bucket]
    return pairs, ours_only, peer_only


def sort_key(f: Finding) -> tuple:
    """Orders findings by place."""
    return (f.path, f.line, f.col, f.code)


class SourceLines:
    """Reads source lines on demand."""

    def __init__(self, root: str | None) -> None:
        self._root = root
        self._cache: dict[str, list[str]] = {}

    def line(self, path: str, number: int) -> str:
        """Returns one line of a file, stripped, or '' when it cannot be read."""
        if not self._root:
            return ""
        if path not in self._cache:
            try:
                with open(os.path.join(self._root, path), encoding="utf-8", errors="replace") as handle:
                    self._cache[path] = handle.read().splitlines()
            except OSError:
                self._cache[path] = []
        lines = self._cache[path]
        return lines[number - 1].strip() if 0 < number <= len(lines) else ""


def tsv(value: object) -> str:
    """Makes a value safe for one TSV cell."""
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    """Compares the two sides and prints the agreement."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ours", required=True, help="prodready's JSON report")
    parser.add_argument("--peer", required=True, help="the peer's normalized findings")
    parser.add_argument("--map", default="RUN002=F821,RUN003=F822,RUN004=F823", help="OURS=PEER pairs, comma-separated")
    parser.add_argument("--examples", type=int, default=5, help="examples printed per category (default 5)")
    parser.add_argument("--tsv", help="write the disagreements to this TSV file")
    parser.add_argument("--any-line", default="F822", help="peer codes matched on path and name only, ignoring the "
                        "line (default F822: pyflakes puts it on the __all__ assignment, ruff on the string)")
    parser.add_argument("--root", help="the checked tree, for source lines (default: the report's root)")
    args = parser.parse_args(argv)

    pairs_map = []
    for item in args.map.split(","):
        ours_code, _, peer_code = item.strip().partition("=")
        if not ours_code or not peer_code:
            sys.exit(f"bad --map entry {item!r}: expected OURS=PEER")
        pairs_map.append((ours_code, peer_code))
    ours_all, report_root = read_ours(args.ours, {o for o, _ in pairs_map})
    peer_all = read_peer(args.peer, {p for _, p in pairs_map})
    source = SourceLines(args.root or report_root)

    results = {}
    any_line = {c.strip() for c in args.any_line.split(",") if c.strip()}
    leftover_ours, leftover_peer = [], []
    for ours_code, peer_code in pairs_map:
        pairs, ours_only, peer_only = match(
            [f for f in ours_all if f.code == ours_code], [f for f in peer_all if f.code == peer_code],
            peer_code in any_line)
        results[(ours_code, peer_code)] = [pairs, [], ours_only, peer_only]
        leftover_ours += ours_only
        leftover_peer += peer_only
    cross, rest_ours, rest_peer = match(leftover_ours, leftover_peer)
    rest_ours_ids, rest_peer_ids = {id(f) for f in rest_ours}, {id(f) for f in rest_peer}
    for (ours_code, peer_code), entry in results.items():
        entry[1] = [(o, p) for o, p in cross if o.code == ours_code]
        entry[2] = [f for f in entry[2] if id(f) in rest_ours_ids]
        entry[3] = [f for f in entry[3] if id(f) in rest_peer_ids]

    out = sys.stdout
    out.write(f"ours: {args.ours}\npeer: {args.peer}\n\n")
    out.write(f"{'ours':<8} {'peer':<6} {'both':>6} {'other code':>10} {'ours only':>10} {'peer only':>10}\n")
    for (ours_code, peer_code), (pairs, other, ours_only, peer_only) in results.items():
        peer_other = sum(1 for _, p in cross if p.code == peer_code)
        out.write(f"{ours_code:<8} {peer_code:<6} {len(pairs):>6} {len(other):>4}/{peer_other:<5} {len(ours_only):>10} {len(peer_only):>10}\n")
    out.write("(other code: ours under this code matched the peer under another mapped code / "
              "the peer under this code matched ours under another)\n")

    def show(title: str, items: list[Finding]) -> None:
        out.write(f"  {title}: {len(items)}\n")
        for f in sorted(items, key=sort_key)[: args.examples]:
            out.write(f"    {f.path}:{f.line}:{f.col}: {f.code} {f.message}\n")
            text = source.line(f.path, f.line)
            if text:
                out.write(f"        | {text}\n")

    for (ours_code, peer_code), (pairs, other, ours_only, peer_only) in results.items():
        out.write(f"\n{ours_code} / {peer_code}\n")
        show("both", [o for o, _ in pairs])
        show("both, other code (ours shown)", [o for o, _ in other])
        show("ours only", ours_only)
        show("peer only", peer_only)

    if args.tsv:
        with open(args.tsv, "w", encoding="utf-8", newline="") as handle:
            handle.write("side\tours_code\tpeer_code\tpath\tline\tcol\tname\tmessage\tsource\tverdict\tnote\n")
            rows = []
            for (ours_code, peer_code), (_, other, ours_only, peer_only) in results.items():
                for o, p in other:
                    rows.append(("other-code", o.code, p.code, o))
                for f in ours_only:
                    rows.append(("ours-only", f.code, peer_code, f))
                for f in peer_only:
                    rows.append(("peer-only", ours_code, f.code, f))
            rows.sort(key=lambda r: (sort_key(r[3]), r[0]))
            for side, ours_code, peer_code, f in rows:
                cells = [side, ours_code, peer_code, f.path, f.line, f.col, f.name or "", f.message, source.line(f.path, f.line), "", ""]
                handle.write("\t".join(tsv(c) for c in cells) + "\n")
        out.write(f"\n{len(rows)} disagreements written to {args.tsv}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
