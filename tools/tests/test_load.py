"""Load: four kernels executing every notebook at once on this machine all finish; the slowdown is reported.

Each worker runs ``jupyter nbconvert --execute`` over all notebooks in sequence, a fresh kernel per
notebook. The same work is timed once alone and then four times at once; the ratio is written to
``build/test/load.md`` and printed.
"""
from __future__ import annotations

import os
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import local_env

WORKERS = 4
TIMEOUT = 1800


def run_worker(index: int, notebooks: list, out: Path) -> tuple:
    target = out / f"worker-{index}"
    target.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    result = subprocess.run(
        [local_env.jupyter(), "nbconvert", "--to", "notebook", "--execute", "--output-dir", str(target),
         f"--ExecutePreprocessor.kernel_name={local_env.kernel_name()}", "--ExecutePreprocessor.timeout=600",
         *map(str, notebooks)],
        capture_output=True, text=True, timeout=TIMEOUT, env=os.environ.copy(), cwd=str(local_env.notebooks_dir()))
    return result.returncode, time.monotonic() - started, result.stderr[-2000:]


def test_four_kernels_execute_every_notebook_at_once(capsys):
    notebooks = sorted(local_env.notebooks_dir().glob("*.ipynb"))
    out = local_env.BUILD / "test" / "load"
    code, alone, err = run_worker(0, notebooks, out / "alone")
    assert code == 0, err
    started = time.monotonic()
    with ThreadPoolExecutor(WORKERS) as pool:
        results = list(pool.map(lambda i: run_worker(i, notebooks, out / "together"), range(WORKERS)))
    together = time.monotonic() - started
    for code, _, err in results:
        assert code == 0, err
    cores = os.cpu_count()
    report = (f"| load test ({len(notebooks)} notebooks, {cores} cores) | wall time |\n|---|---|\n"
              f"| 1 kernel at a time | {alone:.1f} s |\n"
              f"| {WORKERS} kernels at once | {together:.1f} s ({together / alone:.2f}× the single run; "
              f"{WORKERS * alone / together:.2f}× its throughput) |\n")
    (local_env.BUILD / "test").mkdir(parents=True, exist_ok=True)
    (local_env.BUILD / "test" / "load.md").write_text(report)
    with capsys.disabled():
        print("\n" + report)
