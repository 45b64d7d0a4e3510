"""Every notebook re-executed through the kernel: no error outputs, every check passes, and the
committed outputs are not stale (same checks and, per code cell, as many figures and tables).

The notebooks run through reproduce's runner (``reproduce.execute_all``): concurrently, one kernel per
core (MDLAB_TEST_JOBS overrides), all of them on first use.
"""
from __future__ import annotations

import os

import pytest

import local_env
import notebook_checks
import reproduce

NOTEBOOKS = reproduce.in_order(local_env.notebooks_dir().glob("*.ipynb"))
_runs: dict = {}


def executed(path):
    if not _runs:
        jobs = int(os.environ.get("MDLAB_TEST_JOBS", reproduce.default_jobs()))
        runs = reproduce.execute_all(NOTEBOOKS, local_env.kernel_name(), jobs=jobs)
        _runs.update(zip(NOTEBOOKS, runs))
    return _runs[path]


@pytest.fixture(params=NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def run(request):
    return executed(request.param)


def test_has_no_error_outputs(run):
    assert not run.summary.errors, "\n".join(run.summary.errors)


def test_every_check_passes(run):
    assert not run.summary.problems, "\n".join(run.summary.problems)
    failed = [f"{c.claim}: expected {c.expected}, reproduced {c.reproduced} (tolerance {c.tolerance}; {c.source})"
              for c in run.summary.checks if not c.passed]
    assert not failed, "failed checks:\n" + "\n".join(failed)


def test_committed_outputs_are_not_stale(run):
    reasons = notebook_checks.staleness(notebook_checks.read(run.source), run.executed)
    assert not reasons, "stale (refresh with ./mdlab reproduce --update-notebooks):\n" + "\n".join(reasons)
