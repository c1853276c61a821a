#!/usr/bin/env python3
"""Writes the expected outputs of the parser fixtures from CPython 3.13's own `ast` module.

Run with CPython 3.13 from the repository root after adding or changing a fixture:

    python3.13 tools/generate_parser_fixtures.py

For `tests/ProdReady.Python.Tests/Parsing/Fixtures/valid/NAME.py` it writes `NAME.ast.json` (the canonical
AST dump, the format CanonicalAstWriter produces); for `.../invalid/NAME.py` it writes `NAME.error.json`
(CPython's message and line). Sources are read as UTF-8 with their line endings kept.
"""
from __future__ import annotations

import ast
import glob
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "ProdReady.Python.Tests",
                    "Parsing", "Fixtures")
_SIMPLE = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


def split_lines(source: str) -> list[str]:
    lines, start, i = [], 0, 0
    while i < len(source):
        if source[i] in "\r\n":
            end = i + 2 if source[i] == "\r" and source[i + 1:i + 2] == "\n" else i + 1
            lines.append(source[start:end])
            start = i = end
        else:
            i += 1
    lines.append(source[start:])
    return lines


def dump(source: str) -> object:
    byte_lines = [ln.encode("utf-8", "surrogatepass") for ln in split_lines(source)]

    def col(line: int, byte_col: int) -> int:
        return len(byte_lines[line - 1][:byte_col].decode("utf-8", "surrogatepass"))

    def const(v: object) -> object:
        if v is None or isinstance(v, bool):
            return v
        if isinstance(v, str):
            return {"str": v}
        if isinstance(v, bytes):
            return {"bytes": v.hex()}
        if isinstance(v, int):
            return {"int": str(v)}
        if isinstance(v, float):
            return {"float": repr(v)}
        if isinstance(v, complex):
            return {"complex": repr(v.imag)}
        return {"ellipsis": True}

    def node(n: object) -> object:
        if isinstance(n, list):
            return [node(x) for x in n]
        if not isinstance(n, ast.AST):
            return n
        if isinstance(n, _SIMPLE):
            return type(n).__name__
        out: dict[str, object] = {"_type": type(n).__name__}
        for field in n._fields:
            value = getattr(n, field, None)
            out[field] = const(value) if isinstance(n, (ast.Constant, ast.MatchSingleton)) and field == "value" else node(value)
        if "lineno" in n._attributes:
            out["_pos"] = [n.lineno, col(n.lineno, n.col_offset), n.end_lineno, col(n.end_lineno, n.end_col_offset)]
        return out

    return node(ast.parse(source))


def main() -> int:
    if sys.version_info[:2] != (3, 13):
        print("run with CPython 3.13", file=sys.stderr)
        return 2
    for path in sorted(glob.glob(os.path.join(ROOT, "valid", "*.py"))):
        with open(path, encoding="utf-8", newline="") as f:
            source = f.read()
        with open(path[:-3] + ".ast.json", "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(dump(source), ensure_ascii=True, indent=1) + "\n")
    for path in sorted(glob.glob(os.path.join(ROOT, "invalid", "*.py"))):
        with open(path, encoding="utf-8", newline="") as f:
            source = f.read()
        try:
            ast.parse(source)
        except SyntaxError as e:
            record = {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno}
        else:
            print(f"{path}: CPython accepts it", file=sys.stderr)
            return 1
        with open(path[:-3] + ".error.json", "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(record, ensure_ascii=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
