"""Execute notebooks top to bottom in a fresh kernel; write executed copies and HTML to build/reproduce.

Usage: reproduce.py [--update-notebooks] [-j N] [--kernel NAME] [--timeout S] [NOTEBOOK ...]

Notebooks run concurrently, one kernel per core unless -j says otherwise (``execute_all``); the
per-notebook lines are printed in the notebooks' order whatever the order they finish in, and the
summary is the same as for a serial run. Source notebooks are never modified, unless --update-notebooks writes the executed outputs of the
notebooks that ran cleanly back into notebooks/ (it first regenerates the generated tables of the
README and of notebooks/index.ipynb from the notebooks' first cells: tools/notebook_index.py).
After each notebook, build/reproduce/summary.json, summary.tsv and the static site index.html are
rewritten (tools/reproduce_summary.py), so notebooks/index.ipynb, which runs last, sees this run's
status of the notebooks before it. Exit status: 0 all clean, 1 any error output,
failed or missing check, 2 nothing to run.
"""
from __future__ import annotations

import argparse
import copy
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import local_env  # noqa: E402
import notebook_checks  # noqa: E402
import notebook_index  # noqa: E402
import reproduce_summary  # noqa: E402

CELL_TIMEOUT = 600
STARTUP_TIMEOUT = 120


@dataclass
class Run:
    """One notebook executed: the executed copy, what it shows, and how long it took."""

    source: Path
    executed: object
    summary: notebook_checks.Summary
    seconds: float

    def __repr__(self) -> str:
        return f"Run({self.source.name}: {self.summary!r}, {self.seconds:.1f} s)"


def execute(path: Path, kernel: str, timeout: int = CELL_TIMEOUT) -> Run:
    """Run every cell of a copy of the notebook in a fresh kernel, with the notebook's folder as cwd.

    All cells run even after an error; a timeout or a dead kernel is recorded as an error of the run.
    """
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    source = notebook_checks.read(path)
    nb = copy.deepcopy(source)
    client = NotebookClient(nb, kernel_name=kernel, timeout=timeout, startup_timeout=STARTUP_TIMEOUT,
                            allow_errors=True, record_timing=False,
                            resources={"metadata": {"path": str(path.parent.resolve())}})
    started = time.monotonic()
    failure = None
    try:
        client.execute()
    except CellTimeoutError:
        failure = f"a cell ran longer than {timeout} s"
    except DeadKernelError as e:
        failure = f"the kernel died: {e}"
    except Exception as e:  # a kernel that never starts, a broken connection: report, do not crash
        failure = f"{type(e).__name__}: {e}".splitlines()[0]
    seconds = time.monotonic() - started
    summary = notebook_checks.summarize(nb)
    if failure:
        summary.errors.append(failure)
    if not summary.checks and not failure:
        summary.problems.append("no reproduction-check table (application/vnd.mdlab.checks+json)")
    return Run(path, nb, summary, seconds)


def write_html(nb, path: Path, source_dir: Path) -> None:
    from nbconvert import HTMLExporter

    exporter = HTMLExporter()
    exporter.embed_images = True
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"path": str(source_dir)}})
    path.write_text(body, encoding="utf-8")


def execute_and_write(path: Path, kernel: str, timeout: int, out: Path | None) -> Run:
    """``execute``, then (when ``out`` is given) the executed copy and its HTML written into ``out``."""
    run = execute(path, kernel, timeout)
    if out is not None:
        notebook_checks.write(run.executed, out / path.name)
        write_html(run.executed, out / reproduce_summary.html_name(path), path.parent)
    return run


def default_jobs() -> int:
    """One kernel per core."""
    return max(1, os.cpu_count() or 1)


def execute_all(paths, kernel: str, timeout: int = CELL_TIMEOUT, jobs: int | None = None,
                out: Path | None = None, expected_seconds: dict | None = None):
    """Execute notebooks ``jobs`` at a time (each in its own kernel and worker process); yield their
    runs in the order of ``paths``, each as soon as it and every notebook before it have finished.

    The longest notebooks (by ``expected_seconds``, e.g. the last run's times) start first. The table
    of contents (index.ipynb) starts only after every other run has been yielded, so that it reads
    their status once the caller has recorded it.
    """
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1 (got {jobs})")
    paths = list(paths)
    papers = [p for p in paths if p.name != notebook_index.INDEX_NAME]
    last = [p for p in paths if p.name == notebook_index.INDEX_NAME]
    if jobs == 1 or len(papers) <= 1:
        for path in papers + last:
            yield execute_and_write(path, kernel, timeout, out)
        return
    expected = expected_seconds or {}
    with ProcessPoolExecutor(max_workers=min(jobs, len(papers)),
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        started = {p: pool.submit(execute_and_write, p, kernel, timeout, out)
                   for p in sorted(papers, key=lambda p: -expected.get(p.name, 0.0))}
        for path in papers:
            yield started[path].result()
        for path in last:
            yield pool.submit(execute_and_write, path, kernel, timeout, out).result()


def in_order(paths) -> list:
    """Sorted by name, the table of contents (index.ipynb) last: it reads the others' status."""
    return sorted(paths, key=lambda p: (p.name == notebook_index.INDEX_NAME, p.name))


def resolve(names, folder: Path) -> list:
    if not names:
        return in_order(folder.glob("*.ipynb"))
    found = []
    for name in names:
        candidates = [Path(name), folder / name, folder / f"{name}.ipynb"]
        match = next((c for c in candidates if c.is_file() and c.suffix == ".ipynb"), None)
        if match is None:
            raise SystemExit(f"reproduce: no notebook {name!r} (looked in {folder})")
        found.append(match)
    return in_order(found)

# The kinds of expected value a check can have (org.mdlab.repro.Source.Kind), in display order.
KINDS = ("paper", "closed form", "independent", "property", "convergence")


def result_line(run: Run) -> str:
    s = run.summary
    verdict = "ok" if s.ok else "FAIL"
    return (f"{run.source.stem:<34} checks {s.passed:>3} passed {s.failed:>2} failed   "
            f"errors {len(s.errors):>2}   {run.seconds:7.1f} s   {verdict}   {kind_tally(s.checks)}")


def kind_tally(checks) -> str:
    """The checks counted by the kind of their expected value, in the standard's order, e.g. "paper 2, property 5"."""
    counts = {}
    for check in checks:
        counts[check.kind] = counts.get(check.kind, 0) + 1
    ordered = [k for k in KINDS if k in counts] + sorted(k for k in counts if k not in KINDS)
    return ", ".join(f"{k} {counts[k]}" for k in ordered)


def details(run: Run) -> list:
    lines = [f"      error: {e}" for e in run.summary.errors]
    lines += [f"      failed check: {c.claim} (expected {c.expected}, reproduced {c.reproduced}, "
              f"tolerance {c.tolerance}; {c.source})" for c in run.summary.checks if not c.passed]
    lines += [f"      {p}" for p in run.summary.problems]
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="mdlab reproduce", description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", help="names or paths (default: every notebooks/*.ipynb)")
    parser.add_argument("--update-notebooks", action="store_true",
                        help="write executed outputs back into the source notebooks (clean runs only)")
    parser.add_argument("--kernel", default=None, help="kernel name (default: mdlab)")
    parser.add_argument("--timeout", type=int, default=CELL_TIMEOUT, help="seconds per cell")
    parser.add_argument("--out", type=Path, default=local_env.BUILD / "reproduce")
    parser.add_argument("-j", "--jobs", type=int, default=default_jobs(),
                        help=f"notebooks executed at once, one kernel each (default: one per core, here {default_jobs()})")
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error(f"-j must be at least 1 (got {args.jobs})")
    local_env.apply()
    kernel = args.kernel or local_env.kernel_name()
    folder = local_env.notebooks_dir()
    paths = resolve(args.notebooks, folder)
    if not paths:
        print(f"reproduce: no notebooks in {folder}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    if args.update_notebooks:
        for changed in notebook_index.write(folder):
            print(f"reproduce: regenerated the notebook tables in {changed}")
    records = reproduce_summary.load(args.out)
    tty = sys.stdout.isatty()
    dots = "…" if (sys.stdout.encoding or "").lower().startswith("utf") else "..."
    failing = 0
    started = time.monotonic()
    expected = {name: r.get("seconds", 0.0) for name, r in records.items()}
    runs = execute_all(paths, kernel, args.timeout, args.jobs, args.out, expected)
    for i, path in enumerate(paths, start=1):
        prefix = f"[{i}/{len(paths)}]"
        if tty:
            print(f"{prefix} {path.stem}{dots} running", end="", flush=True)
        run = next(runs)
        records[path.name] = reproduce_summary.record(run, kernel)
        reproduce_summary.save(args.out, records, folder)
        print(("\r\033[K" if tty else "") + f"{prefix} {result_line(run)}", flush=True)
        for line in details(run):
            print(line)
        if not run.summary.ok:
            failing += 1
        if args.update_notebooks:
            if run.summary.ok:
                notebook_checks.write(run.executed, path)
                print(f"      wrote outputs back to {path}")
            else:
                print(f"      not written back to {path}: the run was not clean")
    jobs = min(args.jobs, len(paths))
    print(f"reproduce: {len(paths)} notebooks in {time.monotonic() - started:.1f} s, "
          f"{jobs} kernel{'s' if jobs > 1 else ''} at once")
    print(f"reproduce: {len(paths) - failing} of {len(paths)} notebooks clean; "
          f"executed copies and HTML in {args.out}; summary in {args.out / reproduce_summary.JSON_NAME}")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
