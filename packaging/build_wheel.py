#!/usr/bin/env python3
"""Build the ProdReady Python wheel: the Native AOT binary for linux-x64 in a platform wheel.

The wheel is ``prodready-<version>-py3-none-manylinux_2_<minor>_x86_64.whl``; the binary goes under
``prodready-<version>.data/scripts/``, so pip, pipx and uv put ``prodready`` on the PATH of the
environment. The version is read from Directory.Build.props, the one place it is kept.

The platform tag is read from the binary, as auditwheel does: ``<minor>`` is the newest glibc
symbol version the binary needs (never below 17, manylinux2014's floor), so pip installs the wheel
only where the binary can start. A binary linked on a glibc 2.28 system gives ``manylinux_2_28``;
one linked on a newer system asks for that newer glibc. A binary that needs a shared library
outside the manylinux set (libc, libm, libpthread, libdl, librt, libgcc_s, libstdc++ and the
loader) is refused.

Usage (from the repository root):
    python3 packaging/build_wheel.py                    # publish with Native AOT, then wrap
    python3 packaging/build_wheel.py --binary PATH      # wrap an already published binary

Native AOT needs clang and zlib1g-dev (Debian package names).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import re
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
DISTRIBUTION = "prodready"
# The shared libraries every manylinux platform provides (PEP 600 and its predecessors); a binary needing
# any other one would not start on some systems the tag admits.
MANYLINUX_LIBRARIES = frozenset({
    "libc.so.6", "libm.so.6", "libdl.so.2", "librt.so.1", "libpthread.so.0", "libgcc_s.so.1",
    "libstdc++.so.6", "ld-linux-x86-64.so.2", "libutil.so.1", "libresolv.so.2",
})
MANYLINUX_FLOOR = 17
SHT_DYNAMIC = 6
SHT_GNU_VERNEED = 0x6FFFFFFE
DT_NEEDED = 1
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


class ElfError(ValueError):
    """The binary is not a 64-bit little-endian x86-64 ELF file, or its dynamic sections are damaged."""


def _string_at(data: bytes, offset: int) -> str:
    """Return the NUL-terminated string at ``offset``.

    Args:
        data: The file's bytes.
        offset: Where the string starts.

    Returns:
        The string, decoded as ASCII.

    Raises:
        ElfError: The offset lies outside the file.
    """
    if not 0 <= offset < len(data):
        raise ElfError(f"string offset {offset} outside the file")
    end = data.find(b"\0", offset)
    return data[offset:end if end >= 0 else len(data)].decode("ascii", errors="replace")


def elf_requirements(data: bytes) -> tuple[list[str], list[str]]:
    """Read what an ELF binary asks of the system: its DT_NEEDED libraries and the symbol versions it needs.

    Args:
        data: The binary's bytes.

    Returns:
        The needed libraries and the needed symbol versions (``GLIBC_2.34``, ...), each sorted.

    Raises:
        ElfError: The file is not a 64-bit little-endian x86-64 ELF file, or a section lies outside it.
    """
    if len(data) < 64 or data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ElfError("not a 64-bit little-endian ELF file")
    (machine,) = struct.unpack_from("<H", data, 0x12)
    if machine != 0x3E:
        raise ElfError(f"machine {machine:#x} is not x86-64")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = []
    for index in range(shnum):
        start = shoff + index * shentsize
        if start + 64 > len(data):
            raise ElfError(f"section header {index} outside the file")
        kind, _, _, offset, size, link, info = struct.unpack_from("<IQQQQII", data, start + 4)
        sections.append((kind, offset, size, link, info))

    def strings_of(link: int) -> int:
        if not 0 <= link < len(sections):
            raise ElfError(f"string table {link} does not exist")
        return sections[link][1]

    libraries: set[str] = set()
    versions: set[str] = set()
    for kind, offset, size, link, info in sections:
        if kind in (SHT_DYNAMIC, SHT_GNU_VERNEED) and offset + size > len(data):
            raise ElfError("a dynamic section lies outside the file")
        if kind == SHT_DYNAMIC:
            table = strings_of(link)
            for entry in range(offset, offset + size - 15, 16):
                tag, value = struct.unpack_from("<qQ", data, entry)
                if tag == DT_NEEDED:
                    libraries.add(_string_at(data, table + value))
        elif kind == SHT_GNU_VERNEED:
            table = strings_of(link)
            need = offset
            for _ in range(info):
                _, count, _, aux, following = struct.unpack_from("<HHIII", data, need)
                entry = need + aux
                for _ in range(count):
                    _, _, _, name, next_aux = struct.unpack_from("<IHHII", data, entry)
                    versions.add(_string_at(data, table + name))
                    entry += next_aux
                need += following
    return sorted(libraries), sorted(versions)


def platform_tag(data: bytes) -> str:
    """Return the wheel tag the binary earns: ``py3-none-manylinux_2_<minor>_x86_64``.

    Args:
        data: The binary's bytes.

    Returns:
        The tag, with the newest glibc version the binary needs (never below manylinux2014's 2.17).

    Raises:
        ElfError: The binary cannot be read, or needs a library outside the manylinux set.
    """
    libraries, versions = elf_requirements(data)
    foreign = [library for library in libraries if library not in MANYLINUX_LIBRARIES]
    if foreign:
        raise ElfError("the binary needs libraries outside the manylinux set: " + ", ".join(foreign))
    minor = MANYLINUX_FLOOR
    for version in versions:
        match = re.fullmatch(r"GLIBC_2\.(\d+)(?:\.\d+)?", version)
        if match:
            minor = max(minor, int(match.group(1)))
    return f"py3-none-manylinux_2_{minor}_x86_64"


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


def wheel_file(tag: str) -> str:
    """Return the WHEEL file.

    Args:
        tag: The wheel's tag.

    Returns:
        The file's text.
    """
    return (
        "Wheel-Version: 1.0\n"
        "Generator: prodready packaging/build_wheel.py\n"
        "Root-Is-Purelib: false\n"
        f"Tag: {tag}\n"
    )


def build(binary: Path, version: str, out: Path) -> Path:
    """Write the wheel.

    Args:
        binary: The Native AOT ``prodready`` binary.
        version: The distribution's version.
        out: The folder the wheel is written to.

    Returns:
        The wheel's path.

    Raises:
        ElfError: The binary is not one a manylinux wheel can carry.
    """
    program = binary.read_bytes()
    tag = platform_tag(program)
    out.mkdir(parents=True, exist_ok=True)
    wheel = out / f"{DISTRIBUTION}-{version}-{tag}.whl"
    data_dir = f"{DISTRIBUTION}-{version}.data"
    info_dir = f"{DISTRIBUTION}-{version}.dist-info"
    readme = (REPOSITORY / "README.md").read_text(encoding="utf-8")
    files: list[tuple[str, bytes, int]] = [
        (f"{data_dir}/scripts/prodready", program, 0o755),
        (f"{info_dir}/METADATA", metadata(version, readme).encode("utf-8"), 0o644),
        (f"{info_dir}/WHEEL", wheel_file(tag).encode("utf-8"), 0o644),
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
