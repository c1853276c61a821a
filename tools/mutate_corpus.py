#!/usr/bin/env python3
"""Writes damaged copies of Python files, to compare ProdReady's syntax errors with CPython's.

Usage:

    python3 tools/mutate_corpus.py SOURCE_DIR DEST_DIR [--files N] [--per-file K] [--seed S]

Picks N files of SOURCE_DIR (default 300, in a seeded random order) and writes K variants of each
(default 5) to DEST_DIR as mNNNNN.py: alternately a deletion of 1 to 6 characters and an insertion
of a bracket, a colon, a comma, an operator, a keyword or a line break at a random place. The same
seed gives the same files. Both parsers then read DEST_DIR, for example with CPython's reference
dump and `prodready debug ast --jsonl DEST_DIR`, and a comparison reports how many files both
accept with the same tree, both reject, and how many rejections agree on the line.
"""
from __future__ import annotations

import argparse
import os
import random

INSERTIONS = ["(", ")", ":", ".", ",", "=", " if ", "[", "await ", "**", " not ", "\n"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("dest")
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--per-file", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    paths = sorted(
        os.path.join(root, name)
        for root, _, names in os.walk(args.source)
        for name in names
        if name.endswith(".py")
    )
    rng.shuffle(paths)
    os.makedirs(args.dest, exist_ok=True)
    written = 0
    for path in paths[: args.files]:
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except (UnicodeDecodeError, OSError):
            continue
        if len(text) < 50:
            continue
        for variant in range(args.per_file):
            at = rng.randrange(len(text))
            if variant % 2 == 0:
                damaged = text[:at] + text[min(len(text), at + rng.randint(1, 6)):]
            else:
                damaged = text[:at] + rng.choice(INSERTIONS) + text[at:]
            with open(os.path.join(args.dest, f"m{written:05d}.py"), "w", encoding="utf-8", newline="") as f:
                f.write(damaged)
            written += 1
    print(f"{written} files written to {args.dest}")


if __name__ == "__main__":
    main()
