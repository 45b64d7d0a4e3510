"""AppCDS training for the installed kernel: one run with -XX:ArchiveClassesAtExit, then a clean exit.

The installed kernelspec's argv is used with ``-XX:SharedArchiveFile=...`` replaced by
``-XX:ArchiveClassesAtExit=<kernelspec>/mdlab.jsa``; a few representative cells run, then a
``shutdown_request`` lets the JVM exit normally and dump the archive. Skipped when the archive is
newer than the jar. Never fails the install: a failed training prints one warning line and exits 0
(the kernel runs without the archive, only slower).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import local_env  # noqa: E402

ARCHIVE = "mdlab.jsa"
JAR = "mdlab-kernel.jar"
TRAINING_CELLS = (
    "1+1",
    'System.out.println("x");',
    'tech.tablesaw.api.Table.create("t", tech.tablesaw.api.DoubleColumn.create("x", 1, 2))',
    "var chart = new org.knowm.xchart.XYChartBuilder().width(400).height(300).build();\n"
    'chart.addSeries("s", new double[] {1, 2, 3}, new double[] {1, 4, 9});\n'
    "chart",
    'org.mdlab.repro.Checks.of(org.mdlab.repro.Check.derived("one plus one", "1 + 1", 2, 1 + 1, 1e-12))',
)
TIMEOUT = 120


def training_argv(argv: list, archive: Path) -> list:
    """The kernelspec argv with the archive being written instead of read."""
    dump = f"-XX:ArchiveClassesAtExit={archive}"
    out = [dump if a.startswith("-XX:SharedArchiveFile=") else a for a in argv]
    if dump not in out:
        out.insert(out.index("-jar") if "-jar" in out else 1, dump)
    return out


def up_to_date(resource_dir: Path) -> bool:
    archive, jar = resource_dir / ARCHIVE, resource_dir / JAR
    return archive.is_file() and archive.stat().st_size > 0 and archive.stat().st_mtime > jar.stat().st_mtime


def run_cell(kc, code: str) -> str:
    """Execute one cell; the reply status ('ok' or 'error')."""
    msg_id = kc.execute(code)
    while True:
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply["content"]["status"]


def train(kernel: str) -> str:
    from jupyter_client import KernelManager

    km = KernelManager(kernel_name=kernel)
    spec = km.kernel_spec
    resource_dir = Path(spec.resource_dir)
    if not (resource_dir / JAR).is_file():
        raise RuntimeError(f"no {JAR} in {resource_dir}")
    if up_to_date(resource_dir):
        return f"AppCDS archive up to date ({resource_dir / ARCHIVE})"
    partial = resource_dir / f"{ARCHIVE}.training"
    partial.unlink(missing_ok=True)
    spec.argv = training_argv(spec.argv, partial)
    started = time.monotonic()
    log = local_env.BUILD / "jupyter" / "cds-training.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "wb") as sink:
        km.start_kernel(stdout=sink, stderr=sink)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=TIMEOUT)
        statuses = [run_cell(kc, code) for code in TRAINING_CELLS]
        kc.shutdown()
        deadline = time.monotonic() + TIMEOUT
        while km.is_alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        process = getattr(km.provisioner, "process", None)
        exit_code = process.poll() if process else None
    finally:
        kc.stop_channels()
        if km.is_alive():
            km.shutdown_kernel(now=True)
        else:
            km.cleanup_resources()
    if exit_code not in (0, None) or not partial.is_file() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"the training JVM exited with {exit_code} and dumped no archive (see {log})")
    os.replace(partial, resource_dir / ARCHIVE)
    failed = statuses.count("error")
    note = f"; {failed} of {len(statuses)} training cells failed" if failed else ""
    size = (resource_dir / ARCHIVE).stat().st_size / 2**20
    return f"AppCDS archive trained in {time.monotonic() - started:.1f} s ({size:.0f} MB){note}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", default=local_env.KERNEL_NAME)
    args = parser.parse_args(argv)
    local_env.apply()
    try:
        print(f"mdlab build: {train(args.kernel)}")
    except Exception as e:
        first = (str(e).splitlines() or [""])[0]
        print(f"mdlab build: warning: AppCDS training failed ({type(e).__name__}: {first}); "
              "the kernel runs without the archive, only slower")
    return 0


if __name__ == "__main__":
    sys.exit(main())
