#!/usr/bin/env python3
"""Build the ProdReady Python wheel: the Native AOT binary for linux-x64 in a platform wheel.

The wheel is ``prodready-<version>-py3-none-manylinux_2_28_x86_64.whl``; the binary goes under
``prodready-<version>.data/scripts/``, so pip, pipx and uv put ``prodready`` on the PATH of the
environment. The version is read from Directory.Build.props, the one place it is kept.

Usage (from the repository root):
    python3 packaging/build_wheel.py                    # publish with Native AOT, then wrap
    python3 packaging/build_wheel.py --binary PATH      # wrap an already published binary

Native AOT needs clang and zlib1g-dev (Debian package names).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
DISTRIBUTION = "prodready"
TAG = "py3-none-manylinux_2_28_x86_64"
SUMMARY = "A production-readiness gate for code changes: the validation checklist, computed from the code."
# A fixed timestamp keeps the wheel byte-for-byte reproducible (zip cannot store dates before 1980).
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def read_version(props: Path) -> str:
    """Return the <Version> of Directory.Build.props.

    Args:
        props: The path of Directory.Build.props.

    Returns:
        The version text, for example ``0.1.0``.

    Raises:
        ValueError: The file has no <Version> element.
    """
    root = ElementTree.parse(props).getroot()
    for element in root.iter("Version"):
        if element.text and element.text.strip():
            return element.text.strip()
    raise ValueError(f"{props} has no <Version> element")


def publish(output: Path) -> Path:
    """Publish the command line as a Native AOT linux-x64 binary.

    Args:
        output: The folder to publish into.

    Returns:
        The path of the published ``prodready`` binary.

    Raises:
        subprocess.CalledProcessError: ``dotnet publish`` failed.
    """
    subprocess.run(
        [
            "dotnet", "publish", str(REPOSITORY / "src" / "ProdReady.Cli"),
            "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", str(output),
        ],
        check=True,
    )
    return output / "prodready"


def record_hash(data: bytes) -> str:
    """Return the RECORD form of a SHA-256 digest: ``sha256=`` and URL-safe base64 without padding.

    Args:
        data: The file's bytes.

    Returns:
        The hash field of a RECORD line.
    """
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def metadata(version: str, readme: str) -> str:
    """Return the METADATA file (core metadata 2.1).

    Args:
        version: The distribution's version.
        readme: The long description, in Markdown.

    Returns:
        The file's text.
    """
    return (
        "Metadata-Version: 2.1\n"
        f"Name: {DISTRIBUTION}\n"
        f"Version: {version}\n"
        f"Summary: {SUMMARY}\n"
        "Keywords: linter,quality-gate,pre-commit,mcp\n"
        "Classifier: Environment :: Console\n"
        "Classifier: Operating System :: POSIX :: Linux\n"
        "Classifier: Topic :: Software Development :: Quality Assurance\n"
        "Requires-Python: >=3.8\n"
        "Description-Content-Type: text/markdown\n"
        "\n"
        f"{readme}"
    )


def wheel_file() -> str:
    """Return the WHEEL file.

    Returns:
        The file's text.
    """
    return (
        "Wheel-Version: 1.0\n"
        "Generator: prodready packaging/build_wheel.py\n"
        "Root-Is-Purelib: false\n"
        f"Tag: {TAG}\n"
    )


def build(binary: Path, version: str, out: Path) -> Path:
    """Write the wheel.

    Args:
        binary: The Native AOT ``prodready`` binary.
        version: The distribution's version.
        out: The folder the wheel is written to.

    Returns:
        The wheel's path.
    """
    out.mkdir(parents=True, exist_ok=True)
    wheel = out / f"{DISTRIBUTION}-{version}-{TAG}.whl"
    data_dir = f"{DISTRIBUTION}-{version}.data"
    info_dir = f"{DISTRIBUTION}-{version}.dist-info"
    readme = (REPOSITORY / "README.md").read_text(encoding="utf-8")
    files: list[tuple[str, bytes, int]] = [
        (f"{data_dir}/scripts/prodready", binary.read_bytes(), 0o755),
        (f"{info_dir}/METADATA", metadata(version, readme).encode("utf-8"), 0o644),
        (f"{info_dir}/WHEEL", wheel_file().encode("utf-8"), 0o644),
    ]
    record_lines = [f"{name},{record_hash(data)},{len(data)}" for name, data, _ in files]
    record_lines.append(f"{info_dir}/RECORD,,")
    files.append((f"{info_dir}/RECORD", ("\n".join(record_lines) + "\n").encode("utf-8"), 0o644))

    temporary = wheel.with_suffix(".whl.tmp")
    with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data, mode in files:
            entry = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            entry.external_attr = (0o100000 | mode) << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, data)
    temporary.replace(wheel)
    return wheel


def main(argv: list[str]) -> int:
    """Parse the arguments, publish when asked, and build the wheel.

    Args:
        argv: The command-line arguments, without the program name.

    Returns:
        The exit code.
    """
    parser = argparse.ArgumentParser(description="Build the prodready platform wheel.")
    parser.add_argument("--binary", type=Path, help="an already published Native AOT binary")
    parser.add_argument("--out", type=Path, default=REPOSITORY / "dist", help="where the wheel goes (default: dist/)")
    arguments = parser.parse_args(argv)

    version = read_version(REPOSITORY / "Directory.Build.props")
    if arguments.binary is not None:
        wheel = build(arguments.binary, version, arguments.out)
    else:
        with tempfile.TemporaryDirectory(prefix="prodready-aot-") as folder:
            wheel = build(publish(Path(folder)), version, arguments.out)
    print(wheel)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
