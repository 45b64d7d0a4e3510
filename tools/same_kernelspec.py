"""Exit 0 when an installed kernelspec already matches the freshly built one, 1 otherwise.

Files are compared byte for byte, except jars, which are compared by their entries' names and CRCs:
the shade plugin rewrites the jar (new timestamps) on every build, and reinstalling an unchanged jar
would invalidate the AppCDS archive (it records the jar's size and mtime) for nothing.

Usage: same_kernelspec.py BUILT_DIR INSTALLED_DIR
"""
from __future__ import annotations

import filecmp
import sys
import zipfile
from pathlib import Path

GENERATED = ("mdlab.jsa",)  # the AppCDS archive and its .key and .lock files, written by the kernel's training


def jar_fingerprint(path: Path) -> list:
    with zipfile.ZipFile(path) as jar:
        return sorted((info.filename, info.CRC, info.file_size) for info in jar.infolist())


def same(built: Path, installed: Path) -> bool:
    if not installed.is_dir():
        return False
    names = {p.relative_to(built) for p in built.rglob("*") if p.is_file()}
    present = {p.relative_to(installed) for p in installed.rglob("*")
               if p.is_file() and not p.name.startswith(GENERATED)}
    if names != present:
        return False
    for name in names:
        a, b = built / name, installed / name
        if name.suffix == ".jar":
            try:
                if jar_fingerprint(a) != jar_fingerprint(b):
                    return False
            except zipfile.BadZipFile:
                return False
        elif not filecmp.cmp(a, b, shallow=False):
            return False
    return True


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(0 if same(Path(sys.argv[1]), Path(sys.argv[2])) else 1)
