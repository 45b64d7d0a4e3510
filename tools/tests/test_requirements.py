"""The Python environment: tools/requirements/jupyter.lock pins every package with hashes, Binder
installs the same file, and the running environment (build/venv under ./mdlab) holds exactly the
lock's versions for this interpreter and platform, nothing else (no system or apt packages)."""
from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import local_env

REQUIREMENTS = local_env.ROOT / "tools" / "requirements"
LOCK = REQUIREMENTS / "jupyter.lock"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")
# Installed into every venv by `python -m venv` itself, not by the lock.
BOOTSTRAP = {"pip", "setuptools", "wheel"}


def pins(path: Path) -> list:
    """(name, version, marker or None, hashes) for each pinned entry of a pip requirements file."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            name, version, marker = match.groups()
            entries.append([canonicalize_name(name), version, Marker(marker) if marker else None, []])
        elif line.strip().startswith("--hash=sha256:") and entries:
            entries[-1][3].append(line.strip().removeprefix("--hash=sha256:").rstrip(" \\"))
    return entries


def here(entries) -> dict:
    """The entries whose markers hold for this interpreter and platform: name -> version."""
    chosen = {}
    for name, version, marker, _ in entries:
        if marker is None or marker.evaluate():
            assert name not in chosen, f"{name} pinned twice for this Python ({chosen[name]}, {version})"
            chosen[name] = version
    return chosen


def test_binder_installs_the_same_lock():
    binder = local_env.ROOT / "binder" / "requirements.txt"
    assert binder.read_bytes() == LOCK.read_bytes(), "binder/requirements.txt differs from the lock: run ./mdlab lock"


def test_every_entry_is_pinned_with_hashes():
    entries = pins(LOCK)
    assert len(entries) >= 50, f"only {len(entries)} pinned entries parsed from {LOCK}"
    unhashed = [name for name, _, _, hashes in entries if not hashes]
    assert not unhashed, unhashed
    assert all(re.fullmatch(r"[0-9a-f]{64}", h) for *_, hashes in entries for h in hashes)
    text = LOCK.read_text(encoding="utf-8")
    loose = [line for line in text.splitlines() if re.match(r"^[A-Za-z0-9]", line) and not PIN.match(line)]
    assert not loose, f"unpinned lines: {loose}"


def test_every_direct_requirement_is_in_the_lock_for_this_python():
    chosen = here(pins(LOCK))
    for line in (REQUIREMENTS / "jupyter.in").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            requirement = Requirement(line)
            name = canonicalize_name(requirement.name)
            assert name in chosen, f"{requirement} is not in the lock: run ./mdlab lock"
            assert requirement.specifier.contains(chosen[name]), f"lock pins {name}=={chosen[name]}, not {requirement}"


def test_jupyterlab_4_and_notebook_7_are_locked():
    chosen = here(pins(LOCK))
    assert chosen["jupyterlab"].startswith("4.") and chosen["notebook"].startswith("7."), chosen
    assert chosen["ipywidgets"].startswith("8."), chosen["ipywidgets"]


def test_the_running_environment_is_exactly_the_lock():
    if sys.prefix == sys.base_prefix:
        pytest.fail(f"not running in a venv ({sys.executable}): ./mdlab runs the tests with build/venv/bin/python")
    expected = here(pins(LOCK))
    installed = {canonicalize_name(d.metadata["Name"]): d.version for d in metadata.distributions()}
    outside = sorted(p for p in sys.path if p.endswith(("site-packages", "dist-packages")) and not p.startswith(sys.prefix))
    assert not outside, f"packages visible from outside the venv: {outside}"
    differ = {n: (installed.get(n), v) for n, v in expected.items() if installed.get(n) != v}
    assert not differ, f"installed vs locked: {differ}"
    extra = sorted(set(installed) - set(expected) - BOOTSTRAP)
    assert not extra, f"installed but not in the lock: {extra}"
