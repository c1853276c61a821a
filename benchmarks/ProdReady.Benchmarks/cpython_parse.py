#!/usr/bin/env python3
"""CPython's own parsing throughput over a folder, for comparison with `prodready debug parse`.

Usage: python3.13 cpython_parse.py FOLDER
Reads every *.py file first, then times ast.parse (compile(..., PyCF_ONLY_AST) on the bytes, so
CPython decodes them too) on one thread, and prints the same summary line as `prodready debug parse`.
"""
import ast
import os
import sys
import time


def main(folder):
    paths = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        paths.extend(os.path.join(root, name) for name in sorted(files) if name.endswith(".py"))
    contents = []
    for path in paths:
        with open(path, "rb") as f:
            contents.append(f.read())
    lines = sum(len(data.splitlines()) for data in contents)
    errors = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for path, data in zip(paths, contents):
        try:
            compile(data, path, "exec", ast.PyCF_ONLY_AST)
        except (SyntaxError, ValueError):
            errors += 1
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(f"{len(paths)} files, {lines:,} lines, {errors} syntax errors, {elapsed:.2f} s ({cpu:.2f} s CPU)")


if __name__ == "__main__":
    sys.setrecursionlimit(100_000)
    main(sys.argv[1])
