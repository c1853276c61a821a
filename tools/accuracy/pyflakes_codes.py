#!/usr/bin/env python3
"""Turns pyflakes' output into `path:line:col: CODE message` lines with flake8's codes.

Usage:

    pyflakes3 . > out.txt 2> err.txt
    python3 pyflakes_codes.py out.txt [--stderr err.txt] [--codes F821,F822,F823] > pyflakes.txt

pyflakes prints `path:line:col: message` with no code; the messages map to flake8's codes:
"undefined name 'x'" is F821, "undefined name 'x' in __all__" F822, "local variable 'x' ...
referenced before assignment" F823, "'x' imported but unused" F401, "redefinition of unused 'x'
from line N" F811. Lines of other messages are dropped unless their code is asked for (unknown
messages have no code and are always dropped). Syntax errors, which pyflakes prints on standard
error with the offending line, become E999 when E999 is among the codes. A leading `./` is
removed from paths. Output is sorted by path, line and column.
"""
from __future__ import annotations

import argparse
import re
import sys

LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+):? (?P<msg>.*)$")

PATTERNS = [
    ("F822", re.compile(r"^undefined name .+ in __all__$")),
    ("F821", re.compile(r"^undefined name ")),
    ("F823", re.compile(r"^local variable .+ referenced before assignment$")),
    ("F401", re.compile(r"^.+ imported but unused$")),
    ("F811", re.compile(r"^redefinition of unused .+ from line \d+$")),
]


def code_of(message: str) -> str | None:
    """Returns the flake8 code of a pyflakes message, or None when it is not one we map."""
    for code, pattern in PATTERNS:
        if pattern.search(message):
            return code
    return None


def strip_dot(path: str) -> str:
    """Removes a leading './' from a path."""
    return path[2:] if path.startswith("./") else path


def main(argv: list[str] | None = None) -> int:
    """Reads pyflakes' output files and prints the normalized lines."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stdout_file", help="pyflakes' standard output")
    parser.add_argument("--stderr", dest="stderr_file", help="pyflakes' standard error (syntax errors)")
    parser.add_argument("--codes", default="F821,F822,F823", help="codes to keep, comma-separated")
    args = parser.parse_args(argv)
    keep = {c.strip() for c in args.codes.split(",") if c.strip()}
    rows: list[tuple[str, int, int, str]] = []
    with open(args.stdout_file, encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            m = LINE.match(raw.rstrip("\n"))
            if not m:
                continue
            code = code_of(m["msg"])
            if code in keep:
                rows.append((strip_dot(m["path"]), int(m["line"]), int(m["col"]), f"{code} {m['msg']}"))
    if args.stderr_file and "E999" in keep:
        with open(args.stderr_file, encoding="utf-8", errors="replace") as handle:
            for raw in handle:
                m = LINE.match(raw.rstrip("\n"))
                if m and m["path"].endswith(".py"):
                    rows.append((strip_dot(m["path"]), int(m["line"]), int(m["col"]), f"E999 {m['msg']}"))
    rows.sort()
    out = sys.stdout
    for path, line, col, text in rows:
        out.write(f"{path}:{line}:{col}: {text}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
