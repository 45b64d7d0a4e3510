"""Reading an executed notebook: reproduction checks, error outputs, figures and tables.

Pure functions over nbformat notebooks (no kernel), shared by ``reproduce.py`` and the notebook
tests. A reproduction-check table is a ``display_data``/``execute_result`` output whose data holds
``application/vnd.mdlab.checks+json`` (schema ``mdlab.checks/1``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

CHECKS_MIME = "application/vnd.mdlab.checks+json"
CHECKS_SCHEMA = "mdlab.checks/1"
FIGURE_MIME = "image/png"
TABLE_MIME = "text/html"
# Progress bars appear only for computations that run long enough, so they are not counted.
PROGRESS_MIME = "application/vnd.mdlab.progress+json"
RICH_OUTPUT_TYPES = ("display_data", "execute_result")


@dataclass(frozen=True)
class Check:
    """One row of a reproduction-check table."""

    claim: str
    source: str
    kind: str
    expected: object
    reproduced: object
    tolerance: object
    passed: bool


@dataclass
class Summary:
    """What an executed notebook shows: its checks, its error outputs, malformed check tables."""

    checks: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    def __repr__(self) -> str:
        return (f"Summary({self.passed} checks passed, {self.failed} failed, {len(self.errors)} errors, "
                f"{len(self.problems)} problems)")

    @property
    def passed(self) -> int:
        return sum(1 for c in self.checks if c.passed)

    @property
    def failed(self) -> int:
        return sum(1 for c in self.checks if not c.passed)

    @property
    def ok(self) -> bool:
        return not self.errors and not self.problems and self.failed == 0 and bool(self.checks)


def read(path) -> nbformat.NotebookNode:
    return nbformat.read(str(path), as_version=4)


def write(nb: nbformat.NotebookNode, path) -> None:
    """Write with nbformat's own formatting (indent 1, sorted keys, trailing newline)."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(path))


def code_cells(nb):
    return [cell for cell in nb.cells if cell.cell_type == "code"]


def _payload(data):
    raw = data[CHECKS_MIME]
    return json.loads(raw) if isinstance(raw, str) else raw


def parse_checks(payload) -> list:
    """The checks of one ``mdlab.checks/1`` payload; raises ValueError when it is malformed."""
    if not isinstance(payload, dict):
        raise ValueError(f"checks payload must be a JSON object (got {type(payload).__name__})")
    if payload.get("schema") != CHECKS_SCHEMA:
        raise ValueError(f"checks payload schema must be {CHECKS_SCHEMA!r} (got {payload.get('schema')!r})")
    rows = payload.get("checks")
    if not isinstance(rows, list):
        raise ValueError("checks payload must have a 'checks' list")
    checks = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not isinstance(row.get("passed"), bool) or "claim" not in row:
            raise ValueError(f"check #{i + 1} must be an object with a 'claim' and a boolean 'passed'")
        checks.append(Check(str(row["claim"]), str(row.get("source", "")), str(row.get("kind", "")),
                            row.get("expected"), row.get("reproduced"), row.get("tolerance"), row["passed"]))
    passed = sum(1 for c in checks if c.passed)
    if payload.get("passed") != passed or payload.get("failed") != len(checks) - passed:
        raise ValueError(f"checks payload counts passed={payload.get('passed')} failed={payload.get('failed')}"
                         f" disagree with its rows ({passed} passed, {len(checks) - passed} failed)")
    return checks


def summarize(nb) -> Summary:
    """Collect every check, every error output and every malformed check table of a notebook."""
    summary = Summary()
    for index, cell in enumerate(code_cells(nb), start=1):
        for out in cell.get("outputs", []):
            if out.output_type == "error":
                summary.errors.append(f"code cell {index}: {out.get('ename', '?')}: {out.get('evalue', '')}".strip())
            elif out.output_type in RICH_OUTPUT_TYPES and CHECKS_MIME in out.get("data", {}):
                try:
                    summary.checks.extend(parse_checks(_payload(out.data)))
                except (ValueError, json.JSONDecodeError) as e:
                    summary.problems.append(f"code cell {index}: malformed check table: {e}")
    return summary


def rich_counts(nb) -> list:
    """Per code cell, the number of ``image/png`` and ``text/html`` outputs, as (png, html) pairs.

    Progress bars (``application/vnd.mdlab.progress+json``) are left out: whether one appears depends
    on how fast the machine is.
    """
    counts = []
    for cell in code_cells(nb):
        rich = [out for out in cell.get("outputs", [])
                if out.output_type in RICH_OUTPUT_TYPES and PROGRESS_MIME not in out.get("data", {})]
        counts.append((sum(FIGURE_MIME in out.get("data", {}) for out in rich),
                       sum(TABLE_MIME in out.get("data", {}) for out in rich)))
    return counts


def has_outputs(nb) -> bool:
    return any(cell.get("outputs") for cell in code_cells(nb))


def staleness(committed, executed) -> list:
    """Why the committed outputs differ from a fresh execution; an empty list means up to date.

    Compared: the checks (claim and pass status, in order) and, per code cell, the number of
    figures (image/png) and tables (text/html). A notebook committed without outputs is stale.
    """
    if not has_outputs(committed):
        return ["committed without outputs (run ./mdlab reproduce --update-notebooks)"]
    reasons = []
    before = [(c.claim, c.passed) for c in summarize(committed).checks]
    after = [(c.claim, c.passed) for c in summarize(executed).checks]
    if before != after:
        gone = [f"{claim!r} ({'pass' if ok else 'FAIL'})" for claim, ok in before if (claim, ok) not in after]
        new = [f"{claim!r} ({'pass' if ok else 'FAIL'})" for claim, ok in after if (claim, ok) not in before]
        detail = "; ".join(part for part in (
            f"committed only: {', '.join(gone)}" if gone else "",
            f"fresh only: {', '.join(new)}" if new else "",
        ) if part) or "same checks in a different order"
        reasons.append(f"checks differ: {detail}")
    old_counts, new_counts = rich_counts(committed), rich_counts(executed)
    if len(old_counts) != len(new_counts):
        reasons.append(f"{len(old_counts)} code cells committed, {len(new_counts)} executed")
    for index, (old, new) in enumerate(zip(old_counts, new_counts), start=1):
        if old != new:
            reasons.append(f"code cell {index}: committed {old[0]} figures/{old[1]} tables, "
                           f"fresh run {new[0]} figures/{new[1]} tables")
    return reasons
