#!/usr/bin/env python3
"""Generates the Unicode character-name table behind `\\N{...}` escapes in string literals.

Run with CPython 3.13 from the repository root, optionally giving a file of candidate alias names
(Perl's `unicore/Name.pl` has them; every candidate is checked with `unicodedata.lookup`):

    python3.13 tools/generate_unicode_names.py [/usr/share/perl/5.36.0/unicore/Name.pl]

Writes `src/ProdReady.Python/Parsing/Data/UnicodeNames.txt.gz`: gzip of lines `NAME;HEX`, sorted by
code point, after lines `CJK UNIFIED IDEOGRAPH-;START-END` giving the unified ideograph ranges. Names that CPython derives algorithmically (CJK UNIFIED IDEOGRAPH-XXXX, HANGUL SYLLABLE
...) are left out; the C# lookup computes them.
"""
from __future__ import annotations

import gzip
import os
import re
import sys
import unicodedata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "ProdReady.Python", "Parsing",
                   "Data", "UnicodeNames.txt.gz")


def main(argv: list[str]) -> int:
    if sys.version_info[:2] != (3, 13):
        print("run with CPython 3.13", file=sys.stderr)
        return 2
    entries: dict[str, int] = {}
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None or name.startswith("CJK UNIFIED IDEOGRAPH-") or name.startswith("HANGUL SYLLABLE "):
            continue
        entries[name] = cp
    if argv:
        with open(argv[0], encoding="utf-8") as f:
            for line in f:
                candidate = line.strip()
                if not re.fullmatch(r"[A-Z0-9][A-Z0-9 \-]*", candidate) or candidate in entries:
                    continue
                try:
                    value = unicodedata.lookup(candidate)
                except KeyError:
                    continue
                if len(value) == 1:
                    try:
                        eval('"\\N{' + candidate + '}"')
                    except SyntaxError:
                        continue
                    entries[candidate] = ord(value)
    lines = sorted(entries.items(), key=lambda kv: (kv[1], kv[0]))
    ranges = []
    for cp in range(0x110000):
        if unicodedata.name(chr(cp), "").startswith("CJK UNIFIED IDEOGRAPH-"):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    text = "".join(f"CJK UNIFIED IDEOGRAPH-;{a:X}-{b:X}\n" for a, b in ranges)
    text += "".join(f"{name};{cp:X}\n" for name, cp in lines)
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(text.encode("ascii"))
    print(f"{len(lines)} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
