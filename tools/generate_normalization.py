#!/usr/bin/env python3
"""Generates the Unicode normalization data behind NFKC normalization of identifiers.

Run with CPython 3.13 from the repository root:

    python3.13 tools/generate_normalization.py

Writes `src/ProdReady.Python/Parsing/Data/UnicodeNormalization.txt.gz`, gzip of lines:
  `D;CP;HEX HEX ...`  the full compatibility decomposition (NFKD) of a code point (Hangul syllables excluded);
  `C;CP;CCC`          a non-zero canonical combining class;
  `P;FIRST;SECOND;COMPOSITE`  a primary composite (canonical pair not excluded from composition).
All numbers are hexadecimal, from CPython's `unicodedata` (the Unicode version CPython uses).
"""
from __future__ import annotations

import gzip
import os
import sys
import unicodedata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "ProdReady.Python", "Parsing",
                   "Data", "UnicodeNormalization.txt.gz")


def main() -> int:
    if sys.version_info[:2] != (3, 13):
        print("run with CPython 3.13", file=sys.stderr)
        return 2
    lines: list[str] = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF or 0xAC00 <= cp <= 0xD7A3:
            continue
        c = chr(cp)
        d = unicodedata.normalize("NFKD", c)
        if d != c:
            lines.append("D;%X;%s" % (cp, " ".join("%X" % ord(x) for x in d)))
        ccc = unicodedata.combining(c)
        if ccc:
            lines.append("C;%X;%X" % (cp, ccc))
        decomposition = unicodedata.decomposition(c)
        if decomposition and not decomposition.startswith("<"):
            parts = [int(x, 16) for x in decomposition.split()]
            if len(parts) == 2 and unicodedata.normalize("NFC", chr(parts[0]) + chr(parts[1])) == c:
                lines.append("P;%X;%X;%X" % (parts[0], parts[1], cp))
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("ascii"))
    print(f"{len(lines)} lines", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
