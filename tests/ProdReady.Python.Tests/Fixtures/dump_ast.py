#!/usr/bin/env python3
"""Print CPython's view of each Python file as one canonical JSON line.

Usage: dump_ast.py FILE...    (run with CPython 3.13)

Each line is {"path": FILE, "ast": NODE} or {"path": FILE, "error": {"type", "msg", "lineno", "col"}}.
The file's bytes go to compile() as bytes, so CPython itself decodes them (BOM, PEP 263 declaration).
A node is {"_type": class name, <every field>, "_pos": [line, col, end_line, end_col]}; columns are
0-based Unicode code points (CPython counts UTF-8 bytes; converted here); contexts and operators are
plain strings; Constant.value is tagged: {"str"}, {"bytes": hex}, {"int"}, {"float"}, {"complex": imag},
{"ellipsis": true}, or true/false/null. "col" of an error is CPython's 1-based offset.
"""
import ast
import io
import json
import sys
import tokenize

SIMPLE = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


def split_lines(text):
    """Split where CPython's tokenizer ends lines: at \\r\\n, \\r and \\n only."""
    lines, start, i = [], 0, 0
    while i < len(text):
        if text[i] in "\r\n":
            end = i + 2 if text[i] == "\r" and text[i + 1:i + 2] == "\n" else i + 1
            lines.append(text[start:end])
            start = i = end
        else:
            i += 1
    lines.append(text[start:])
    return [line.encode("utf-8", "surrogatepass") for line in lines]


def constant(value):
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return {"str": value}
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    if isinstance(value, int):
        return {"int": str(value)}
    if isinstance(value, float):
        return {"float": repr(value)}
    if isinstance(value, complex):
        return {"complex": repr(value.imag)}
    if value is Ellipsis:
        return {"ellipsis": True}
    raise TypeError(repr(value))


def convert(node, lines):
    def column(lineno, byte_col):
        if lineno is None or byte_col is None or not 1 <= lineno <= len(lines):
            return byte_col
        return len(lines[lineno - 1][:byte_col].decode("utf-8", "surrogatepass"))

    def walk(n):
        if isinstance(n, list):
            return [walk(x) for x in n]
        if not isinstance(n, ast.AST):
            return n
        if isinstance(n, SIMPLE):
            return type(n).__name__
        out = {"_type": type(n).__name__}
        for field in n._fields:
            value = getattr(n, field, None)
            out[field] = constant(value) if isinstance(n, ast.Constant) and field == "value" else walk(value)
        if "lineno" in n._attributes and getattr(n, "lineno", None) is not None:
            end_line = getattr(n, "end_lineno", None)
            out["_pos"] = [n.lineno, column(n.lineno, n.col_offset), end_line,
                           column(end_line, getattr(n, "end_col_offset", None))]
        return out

    return walk(node)


def dump(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        tree = compile(data, path, "exec", ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        return {"error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "col": e.offset}}
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    text = data.decode(encoding)
    return {"ast": convert(tree, split_lines(text.removeprefix("\ufeff")))}


if __name__ == "__main__":
    sys.setrecursionlimit(100_000)
    for name in sys.argv[1:]:
        record = {"path": name}
        record.update(dump(name))
        print(json.dumps(record, ensure_ascii=True))
