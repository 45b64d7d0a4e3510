"""The start-up archive (AppCDS) wherever the kernelspec is installed: `jupyter kernelspec install` into
another prefix, first start trains the archive for that place in the background, later starts map it;
no start ever prints a JVM message, and an archive the JVM cannot use is ignored silently.

Whether a start used the archive is read from the kernel process's memory map (/proc/PID/maps), not
inferred from timings. The start-up times of the two locations are compared as the median of paired
ratios over interleaved starts, so a change in the machine's load affects both sides of each pair.
"""
from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager

import local_env

TRAINING_TIMEOUT = 300
PAIRS = 7
TOLERANCE = 1.15
ARCHIVE = "mdlab.jsa"


def installed_spec() -> Path:
    return Path(local_env.variables()["JUPYTER_PATH"]) / "kernels" / local_env.kernel_name()


class Start:
    """One kernel started from a kernelspec directory, with its stdout and stderr captured in files."""

    def __init__(self, spec_dir: Path, logs: Path):
        logs.mkdir(parents=True, exist_ok=True)
        stamp = f"{time.monotonic_ns()}"
        self.out, self.err = logs / f"{stamp}.out", logs / f"{stamp}.err"
        manager = KernelSpecManager(kernel_dirs=[str(spec_dir.parent)])
        self.km = KernelManager(kernel_name=spec_dir.name, kernel_spec_manager=manager)
        with open(self.out, "wb") as out, open(self.err, "wb") as err:
            started = time.perf_counter()
            self.km.start_kernel(stdout=out, stderr=err)
            self.kc = self.km.client()
            self.kc.start_channels()
            self.kc.wait_for_ready(timeout=120)
            self.seconds = time.perf_counter() - started
        self.pid = self.km.provisioner.process.pid

    def mapped_archives(self) -> set:
        maps = Path(f"/proc/{self.pid}/maps").read_text()
        return {line.split()[-1] for line in maps.splitlines() if line.endswith(".jsa")}

    def answers(self) -> bool:
        reply = self.kc.execute_interactive("1+1", timeout=60, output_hook=lambda msg: None)
        return reply["content"]["status"] == "ok"

    def stop(self) -> str:
        """Shut down gracefully; everything the process wrote to stdout and stderr."""
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=False)
        return self.out.read_text(errors="replace") + self.err.read_text(errors="replace")


def install_into(prefix: Path) -> Path:
    subprocess.run([sys.executable, "-m", "jupyter", "kernelspec", "install", str(installed_spec()), "--prefix", str(prefix),
                    "--name", local_env.kernel_name()], check=True, capture_output=True)
    return prefix / "share" / "jupyter" / "kernels" / local_env.kernel_name()


def key_names(spec_dir: Path) -> str:
    key = spec_dir / f"{ARCHIVE}.key"
    return key.read_text().split(" ")[0] if key.is_file() else ""


def wait_for_training(spec_dir: Path) -> None:
    deadline = time.monotonic() + TRAINING_TIMEOUT
    while key_names(spec_dir) != str(spec_dir):
        assert time.monotonic() < deadline, f"no archive trained for {spec_dir} within {TRAINING_TIMEOUT} s"
        time.sleep(0.5)


@pytest.fixture(scope="module")
def relocated(tmp_path_factory):
    """A kernelspec installed into a fresh prefix, with the result of its first start."""
    if not (installed_spec() / ARCHIVE).is_file():
        pytest.fail(f"no {ARCHIVE} in {installed_spec()}: run ./mdlab build")
    spec_dir = install_into(tmp_path_factory.mktemp("prefix"))
    first = Start(spec_dir, spec_dir.parents[3] / "logs")
    mapped = first.mapped_archives()
    answered = first.answers()
    wait_for_training(spec_dir)
    noise = first.stop()
    return spec_dir, mapped, answered, noise


def test_the_copied_archive_of_another_location_is_not_used_and_nothing_is_printed(relocated):
    spec_dir, mapped, answered, noise = relocated
    assert answered
    assert noise == "", f"the first start printed: {noise!r}"
    assert not [m for m in mapped if "/kernels/" in m], f"an archive of another location was mapped: {mapped}"


def test_the_second_start_maps_the_archive_trained_for_the_new_location(relocated):
    spec_dir = relocated[0]
    second = Start(spec_dir, spec_dir.parents[3] / "logs")
    try:
        assert str(spec_dir / ARCHIVE) in second.mapped_archives()
        assert second.answers()
    finally:
        noise = second.stop()
    assert noise == "", f"the second start printed: {noise!r}"


def test_the_new_location_starts_as_fast_as_the_project_local_one(relocated):
    spec_dir = relocated[0]
    ratios, local, moved = [], [], []
    for _ in range(PAIRS):
        pair = []
        for where in (installed_spec(), spec_dir):
            start = Start(where, spec_dir.parents[3] / "logs")
            pair.append(start.seconds)
            start.stop()
        local.append(pair[0])
        moved.append(pair[1])
        ratios.append(pair[1] / pair[0])
    ratio = statistics.median(ratios)
    report = (f"start-up (spawn -> ready), {PAIRS} interleaved pairs: project-local median "
              f"{statistics.median(local):.3f} s, other prefix median {statistics.median(moved):.3f} s, "
              f"median paired ratio {ratio:.2f}")
    print(report)
    assert ratio <= TOLERANCE, report


def test_an_archive_of_another_jdk_build_is_ignored_silently(relocated, tmp_path):
    spec_dir = shutil.copytree(relocated[0], tmp_path / "share" / "jupyter" / "kernels" / local_env.kernel_name())
    archive = spec_dir / ARCHIVE
    key = (relocated[0] / f"{ARCHIVE}.key").read_text().replace(str(relocated[0]), str(spec_dir), 1)
    archive.chmod(0o644)
    home = Path(json.loads((spec_dir / "kernel.json").read_text())["argv"][2]).resolve().parent.parent
    foreign = next((p for p in sorted(Path("/usr/lib/jvm").glob("*/lib/server/classes.jsa"))
                    if p.resolve().parents[2] != home), None)
    if foreign is None:
        pytest.skip("only one JDK here")
    shutil.copyfile(foreign, archive)
    (spec_dir / f"{ARCHIVE}.key").write_text(key)
    start = Start(spec_dir, tmp_path / "logs")
    try:
        assert start.answers()
    finally:
        noise = start.stop()
    assert noise == "", f"a start with {foreign} as its archive printed: {noise!r}"


def test_a_kernelspec_in_a_directory_the_user_cannot_write_keeps_its_archive_in_the_users_cache(relocated):
    """As another user (nobody): the archive goes to MDLAB_CACHE_DIR, and a second run finds it current there."""
    if os.geteuid() != 0 or shutil.which("runuser") is None:
        pytest.skip("needs root and runuser to act as a user who cannot write the kernelspec directory")
    shared = Path(tempfile.mkdtemp(prefix="mdlab-shared-"))
    cache = Path(tempfile.mkdtemp(prefix="mdlab-cache-"))
    try:
        shared.chmod(0o755)
        spec_dir = shutil.copytree(relocated[0], shared / local_env.kernel_name())
        shutil.chown(cache, "nobody")
        spec = json.loads((spec_dir / "kernel.json").read_text())
        argv = [a.replace("{resource_dir}", str(spec_dir)).replace("{connection_file}", "-") for a in spec["argv"]]
        train = argv[:2] + ["--train"] + argv[2:]
        as_nobody = ["runuser", "-u", "nobody", "--", "env", f"MDLAB_CACHE_DIR={cache}", "HOME=/nonexistent"]
        runs = [subprocess.run(as_nobody + train, capture_output=True, text=True, timeout=TRAINING_TIMEOUT)
                for _ in range(2)]
        archives = sorted(cache.glob("mdlab-*.jsa"))
        assert len(archives) == 1, f"{[r.stdout for r in runs]} {[r.stderr for r in runs]}"
        assert "trained" in runs[0].stdout and f"up to date ({archives[0]})" in runs[1].stdout, runs[1].stdout
        assert not (spec_dir / f"{ARCHIVE}.key").read_text().startswith(f"{spec_dir} ")
    finally:
        shutil.rmtree(shared, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)


def jdks() -> list:
    """Every full JDK under /usr/lib/jvm, by real path."""
    homes = {p.resolve() for p in Path("/usr/lib/jvm").glob("*") if (p / "bin" / "jshell").exists()} \
        if Path("/usr/lib/jvm").is_dir() else set()
    return [pytest.param(home, id=home.name) for home in sorted(homes)]


@pytest.mark.parametrize("java_home", jdks())
def test_on_every_jdk_here_the_launcher_is_silent_and_the_second_start_maps_the_archive(java_home, tmp_path):
    spec_dir = shutil.copytree(installed_spec(), tmp_path / "share" / "jupyter" / "kernels" / local_env.kernel_name())
    spec = json.loads((spec_dir / "kernel.json").read_text())
    spec["argv"][2] = str(java_home / "bin" / "java")
    (spec_dir / "kernel.json").write_text(json.dumps(spec))
    first = Start(spec_dir, tmp_path / "logs")
    try:
        assert first.answers()
        wait_for_training(spec_dir)
    finally:
        noise = first.stop()
    assert noise == "", f"the first start on {java_home.name} printed: {noise!r}"
    second = Start(spec_dir, tmp_path / "logs")
    try:
        assert str(spec_dir / ARCHIVE) in second.mapped_archives()
    finally:
        noise = second.stop()
    assert noise == "", f"the second start on {java_home.name} printed: {noise!r}"
