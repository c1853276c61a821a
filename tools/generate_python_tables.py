"""Generates the standard-library and builtins tables under src/ProdReady.Semantics/Data.

Each CPython from 3.6 to 3.13 is run once (in isolated mode, nothing imported from the project) and
asked what it ships; the answers are merged into the first and last version of every name:

* ``stdlib-modules.tsv``: every standard-library module and package, submodules included
  (``os.path``, ``xml.etree.ElementTree``, ``asyncio.taskgroups``), as ``name<TAB>first<TAB>last``.
  The modules are listed from the interpreter's own stdlib folder and ``lib-dynload`` with
  ``pkgutil.iter_modules`` (which imports nothing), plus ``sys.builtin_module_names`` and, from 3.10,
  ``sys.stdlib_module_names``. Modules that a Linux build never installs (Windows and macOS modules,
  the frozen import machinery, extension modules a build may skip) come from ``PLATFORM_MODULES``.
  ``site-packages`` is not part of the standard library and is never read.
* ``builtins.tsv``: every name of ``dir(builtins)`` (with the names ``site`` adds, such as ``exit``
  and ``help``, as in any normal run), plus ``PLATFORM_BUILTINS`` (``WindowsError``), same format.
* ``module-globals.tsv``: the names every module's namespace holds before its first statement runs,
  found by importing a throw-away module and package, as ``name<TAB>module|package``
  (``package``: only in a package's ``__init__``, such as ``__path__``).

Run it from the repository root with every interpreter to cover, or with none to use every
3.6-3.13 interpreter found under the pyenv root (``$PYENV_ROOT``, else ``~/.pyenv``)::

    python3 tools/generate_python_tables.py
    python3 tools/generate_python_tables.py ~/.pyenv/versions/3.6.15/bin/python ... ~/.pyenv/versions/3.13.0/bin/python

A version missing from the run keeps no names: run it with the whole range.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

FIRST, LAST = (3, 6), (3, 13)
DATA = os.path.join("src", "ProdReady.Semantics", "Data")

# Standard-library modules that a Linux build does not install, with the versions that ship them.
PLATFORM_MODULES = {
    # Windows.
    "msvcrt": ((3, 6), LAST),
    "winreg": ((3, 6), LAST),
    "winsound": ((3, 6), LAST),
    "nt": ((3, 6), LAST),
    "_winapi": ((3, 6), LAST),
    "_overlapped": ((3, 6), LAST),
    "_msi": ((3, 6), (3, 12)),
    "msilib": ((3, 6), (3, 12)),
    "msilib.schema": ((3, 6), (3, 12)),
    "msilib.sequence": ((3, 6), (3, 12)),
    "msilib.text": ((3, 6), (3, 12)),
    "_wmi": ((3, 12), LAST),
    # macOS.
    "_scproxy": ((3, 6), LAST),
    # Frozen into the interpreter (files only from 3.11 for the __hello__ family).
    "_frozen_importlib": ((3, 6), LAST),
    "_frozen_importlib_external": ((3, 6), LAST),
    "__hello__": ((3, 6), LAST),
    "__phello__": ((3, 6), LAST),
    "__phello__.spam": ((3, 6), LAST),
    # Put in sys.modules by os itself (posixpath or ntpath); there is no os/path.py.
    "os.path": ((3, 6), LAST),
    # Extension modules that a build skips when their C library is missing.
    "_dbm": ((3, 6), LAST),
    "_gdbm": ((3, 6), LAST),
    "_hashlib": ((3, 6), LAST),
}

PLATFORM_BUILTINS = {
    # An alias of OSError in the builtins of Windows builds only.
    "WindowsError": ((3, 6), LAST),
}

PROBE = r"""
import builtins, importlib, json, os, pkgutil, sys, sysconfig
paths = sysconfig.get_paths()
roots = [paths["stdlib"]]
dynload = os.path.join(paths["platstdlib"], "lib-dynload")
if os.path.isdir(dynload):
    roots.append(dynload)
modules = set(sys.builtin_module_names)
def walk(folders, prefix):
    for info in pkgutil.iter_modules(folders):
        if not info.name.isidentifier():
            continue
        name = prefix + info.name
        modules.add(name)
        if info.ispkg:
            walk([os.path.join(f, info.name) for f in folders if os.path.isdir(os.path.join(f, info.name))], name + ".")
walk(roots, "")
declared = sorted(getattr(sys, "stdlib_module_names", ()))
sys.path.insert(0, sys.argv[1])
plain = sorted(n for n in vars(importlib.import_module("prodready_probe_module")) if n.startswith("__"))
package = sorted(n for n in vars(importlib.import_module("prodready_probe_package")) if n.startswith("__"))
json.dump({
    "version": list(sys.version_info[:2]),
    "modules": sorted(modules),
    "declared": declared,
    "builtins": sorted(dir(builtins)),
    "module_globals": plain,
    "package_globals": package,
}, sys.stdout)
"""

# What the probe imports: one annotated assignment each, so __annotations__ exists where it can.
PROBE_SOURCE = "x: int = 1\n"


def discover() -> list:
    root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    found = {}
    for python in sorted(glob.glob(os.path.join(root, "versions", "3.*", "bin", "python3"))):
        version = os.path.basename(os.path.dirname(os.path.dirname(python)))
        parts = version.split(".")
        if len(parts) < 2 or not parts[1].isdigit():
            continue
        minor = (3, int(parts[1]))
        if FIRST <= minor <= LAST:
            found.setdefault(minor, python)  # the first (oldest patch) interpreter of each minor
    return [found[key] for key in sorted(found)]


def probe(python: str, folder: str) -> dict:
    output = subprocess.run([python, "-I", "-c", PROBE, folder], check=True, stdout=subprocess.PIPE, cwd=folder)
    return json.loads(output.stdout.decode("utf-8"))


def spans(seen: dict) -> dict:
    """Turns name -> set of versions into name -> (first, last); holes() reports gaps inside a range."""
    result = {}
    for name, versions in seen.items():
        ordered = sorted(versions)
        result[name] = (ordered[0], ordered[-1])
    return result


def holes(seen: dict, covered: list) -> list:
    problems = []
    for name, versions in sorted(seen.items()):
        first, last = min(versions), max(versions)
        missing = [v for v in covered if first <= v <= last and v not in versions]
        if missing:
            problems.append(f"{name}: absent from {', '.join('%d.%d' % v for v in missing)}")
    return problems


def write(path: str, header: str, rows: list) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in header.splitlines():
            out.write(f"# {line}\n" if line else "#\n")
        for row in rows:
            out.write("\t".join(row) + "\n")


def main() -> None:
    interpreters = sys.argv[1:] or discover()
    if not interpreters:
        sys.exit("no interpreters given and none found under the pyenv root")

    modules, builtin_names, module_globals, package_globals = {}, {}, set(), set()
    covered = []
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "prodready_probe_module.py"), "w") as out:
            out.write(PROBE_SOURCE)
        os.mkdir(os.path.join(folder, "prodready_probe_package"))
        with open(os.path.join(folder, "prodready_probe_package", "__init__.py"), "w") as out:
            out.write(PROBE_SOURCE)
        for python in interpreters:
            facts = probe(python, folder)
            version = tuple(facts["version"])
            if not FIRST <= version <= LAST:
                sys.exit(f"{python} is {version[0]}.{version[1]}, outside {FIRST[0]}.{FIRST[1]}-{LAST[0]}.{LAST[1]}")
            covered.append(version)
            for name in facts["modules"] + facts["declared"]:
                modules.setdefault(name, set()).add(version)
            for name in facts["builtins"]:
                builtin_names.setdefault(name, set()).add(version)
            module_globals.update(facts["module_globals"])
            package_globals.update(facts["package_globals"])
            unexplained = set(facts["declared"]) - set(facts["modules"]) - set(PLATFORM_MODULES)
            if unexplained:
                print(f"warning: {python} declares modules it does not ship and PLATFORM_MODULES lacks: {sorted(unexplained)}", file=sys.stderr)
            print(f"{python}: {version[0]}.{version[1]}, {len(facts['modules'])} modules, {len(facts['builtins'])} builtins", file=sys.stderr)

    covered.sort()
    for table, platform in ((modules, PLATFORM_MODULES), (builtin_names, PLATFORM_BUILTINS)):
        for name, (first, last) in platform.items():
            table.setdefault(name, set()).update(v for v in covered if first <= v <= last)

    for problem in holes(modules, covered) + holes(builtin_names, covered):
        print("warning: " + problem, file=sys.stderr)

    if covered[0] != FIRST or covered[-1] != LAST:
        print(f"warning: the run covers only {covered[0][0]}.{covered[0][1]}-{covered[-1][0]}.{covered[-1][1]}", file=sys.stderr)

    def fmt(version: tuple) -> str:
        return "%d.%d" % version

    source = "Generated by tools/generate_python_tables.py from CPython " + ", ".join(fmt(v) for v in covered) + ". Do not edit."
    write(os.path.join(DATA, "stdlib-modules.tsv"),
          source + "\nStandard-library modules and packages, submodules included: name, first version, last version.",
          [(name, fmt(first), fmt(last)) for name, (first, last) in sorted(spans(modules).items())])
    write(os.path.join(DATA, "builtins.tsv"),
          source + "\nNames of the builtins module: name, first version, last version.",
          [(name, fmt(first), fmt(last)) for name, (first, last) in sorted(spans(builtin_names).items())])
    write(os.path.join(DATA, "module-globals.tsv"),
          source + "\nNames a module's namespace holds before its first statement: name, module (every module) or package (a package's __init__ only).",
          [(name, "module") for name in sorted(module_globals)]
          + [(name, "package") for name in sorted(package_globals - module_globals)])


if __name__ == "__main__":
    main()
