#!/usr/bin/env python3
"""Compare the static test map of `prodready tests map` with per-test coverage.

Usage (from a copy of the project, after running its suite with per-test contexts):

    python3 -m pytest --cov=PACKAGE_DIR --cov-context=test ...
    prodready tests map --format json > map.json
    python3 tools/testmap/compare_coverage.py --root . --map map.json --coverage .coverage [--show 40]

Units compared: the public functions and methods the map lists, in the top-level folders coverage
measured (classes are left out: a class body runs when its module is imported, so coverage cannot
tell which test exercises it; so are functions whose body is a docstring alone, of which coverage
records no line).
A unit is executed by a test when coverage records, in that test's context (setup, call or
teardown), a line of the unit's body (its docstring excepted).

precision: of the (unit, test) links the map claims for tests that ran, the share coverage confirms.
recall:    of the units some test executes, the share the map links to at least one test.
"""

import argparse
import ast
import collections
import json
import os
import re
import sys

from coverage import CoverageData


def body_lines(root: str, units_by_path: "dict[str, object]") -> "dict[tuple[str, int], set[int]]":
    """Map each function of the listed files to the lines of its body, read with Python's ast.

    Args:
        root: The project root the paths are relative to.
        units_by_path: The map's units, keyed by the path of their file (only the keys are read).

    Returns:
        The body lines (the docstring excepted) by (path, line of the ``def``). A function whose body is its docstring
        alone is left out: coverage records no line of it when it runs, so no test can be seen running it.
    """
    spans: "dict[tuple[str, int], set[int]]" = {}
    for path in units_by_path:
        try:
            with open(os.path.join(root, path), encoding="utf-8") as handle:
                tree = ast.parse(handle.read())
        except (OSError, SyntaxError, UnicodeDecodeError) as error:
            # A file coverage measured but Python cannot read here has no units to compare; say so and go on.
            print(f"skipped {path}: {error}", file=sys.stderr)
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                body = node.body
                if body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant) \
                        and isinstance(body[0].value.value, str):
                    if len(body) == 1:
                        continue
                    body = body[1:]
                start = body[0].lineno if body else node.lineno
                spans[(path, node.lineno)] = set(range(start, node.end_lineno + 1))
    return spans


def test_id(context: str) -> str:
    """Turn a pytest-cov context into the map's test id.

    Args:
        context: The context, such as ``tests/x.py::TestA::test_b[1-2]|run``.

    Returns:
        The test's id without its parameters and phase, such as ``tests/x.py::TestA::test_b``.
    """
    name = context.split("|", 1)[0]
    return re.sub(r"\[.*\]$", "", name)


def main() -> int:
    """Read the map and the coverage data, and print precision, recall and the disagreements.

    Returns:
        The exit code.
    """
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", required=True, help="the project root the map and coverage describe")
    parser.add_argument("--map", required=True, help="JSON of `prodready tests map --format json`")
    parser.add_argument("--coverage", required=True, help="the .coverage data file")
    parser.add_argument("--show", type=int, default=30, help="how many disagreements of each kind to print")
    args = parser.parse_args()

    root = os.path.abspath(args.root)
    with open(args.map, encoding="utf-8") as handle:
        document = json.load(handle)
    units = [u for u in document["units"] if u["kind"] in ("function", "method")]
    by_path = collections.defaultdict(list)
    for unit in units:
        by_path[unit["path"]].append(unit)
    spans = body_lines(root, by_path)

    data = CoverageData(basename=args.coverage)
    data.read()
    executed = collections.defaultdict(set)  # (path, def line) -> test ids
    ran = set()
    for measured in data.measured_files():
        relative = os.path.relpath(measured, root).replace(os.sep, "/")
        if relative not in by_path:
            continue
        contexts = data.contexts_by_lineno(measured)
        for line, names in contexts.items():
            for context in names:
                if context:
                    ran.add(test_id(context))
        for unit in by_path[relative]:
            key = (relative, unit["line"])
            for line in spans.get(key, ()):
                for context in contexts.get(line, ()):
                    if context:
                        executed[key].add(test_id(context))
    for measured in data.measured_files():
        for names in data.contexts_by_lineno(measured).values():
            ran.update(test_id(c) for c in names if c)

    # Units outside the folders coverage measured (a `scripts` folder when only the package was measured) cannot be
    # compared; a file of a measured folder that no test imported stays in, its units executed by no test.
    measured_roots = {os.path.relpath(m, root).replace(os.sep, "/").split("/")[0] for m in data.measured_files()}
    units = [u for u in units if u["path"].split("/")[0] in measured_roots]

    claimed = confirmed = 0
    possible_claims = possible_confirmed = 0
    claimed_by_way = collections.Counter()
    confirmed_by_way = collections.Counter()
    unconfirmed = collections.Counter()
    unconfirmed_examples = []
    for unit in units:
        key = (unit["path"], unit["line"])
        if key not in spans:
            continue
        for link in unit["tests"]:
            if link["test"] not in ran:
                continue
            if link["way"] == "possible":
                possible_claims += 1
                possible_confirmed += link["test"] in executed[key]
                continue
            claimed += 1
            claimed_by_way[link["way"]] += 1
            if link["test"] in executed[key]:
                confirmed += 1
                confirmed_by_way[link["way"]] += 1
            else:
                unconfirmed[link["way"]] += 1
                unconfirmed_examples.append((unit["unit"], link["test"], link["way"], link.get("through") or link.get("helper") or ""))

    covered_units = [u for u in units if executed.get((u["path"], u["line"]))]
    certain = lambda u: [t for t in u["tests"] if t["way"] != "possible"]
    linked = [u for u in covered_units if certain(u)]
    linked_any = [u for u in covered_units if u["tests"]]
    missed = [u for u in covered_units if not u["tests"]]
    never = [u for u in units if u["tests"] and not executed.get((u["path"], u["line"]))]

    print(f"units compared: {len(units)} public functions and methods; tests that ran: {len(ran)}")
    print(f"precision: {confirmed}/{claimed} links confirmed = {100.0 * confirmed / max(claimed, 1):.1f}%")
    for way in sorted(claimed_by_way):
        print(f"  {way}: {confirmed_by_way[way]}/{claimed_by_way[way]} = {100.0 * confirmed_by_way[way] / claimed_by_way[way]:.1f}%")
    print(f"recall: {len(linked)}/{len(covered_units)} executed units linked = {100.0 * len(linked) / max(len(covered_units), 1):.1f}%")
    print(f"  counting possible links too: {len(linked_any)}/{len(covered_units)} = {100.0 * len(linked_any) / max(len(covered_units), 1):.1f}%")
    print(f"possible links (not claimed): {possible_confirmed}/{possible_claims} confirmed = {100.0 * possible_confirmed / max(possible_claims, 1):.1f}%")
    print(f"units the map links but no test executes: {len(never)}")
    print(f"\nunconfirmed links (first {args.show}):")
    for unit, test, way, through in sorted(unconfirmed_examples)[: args.show]:
        print(f"  {unit}  <-  {test}  ({way} {through})")
    print(f"\nexecuted units the map misses (first {args.show}):")
    for unit in missed[: args.show]:
        tests = sorted(executed[(unit["path"], unit["line"])])
        print(f"  {unit['unit']}  executed by {len(tests)} tests, e.g. {tests[0]}")
    only_possible = [u for u in covered_units if u["tests"] and not certain(u)]
    print(f"\nexecuted units the map links only as possible: {len(only_possible)} (first {args.show}):")
    for unit in only_possible[: args.show]:
        ran_by = executed[(unit["path"], unit["line"])]
        confirmed_through = collections.Counter(t.get("through") or "" for t in unit["tests"] if t["test"] in ran_by)
        print(f"  {unit['unit']}  executed by {len(ran_by)} tests; possible links confirmed mostly through {confirmed_through.most_common(2)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
