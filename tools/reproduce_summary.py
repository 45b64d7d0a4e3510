"""The results of the last reproduce runs, as files: summary.json and summary.tsv.

``build/reproduce/summary.json`` (schema ``mdlab.reproduce-summary/1``) holds one record per notebook
from its most recent run: the paper as its first cell cites it, the checks (every row), error outputs,
run time and when it finished. Runs of some notebooks update their records and keep the others;
records of notebooks that no longer exist are dropped. ``summary.tsv`` is the same per-notebook status
as a flat table (read by ``notebooks/index.ipynb``). The static site of the executed notebooks, which
shows these records, is built from them by tools/site/build_site.py (``build/reproduce/site/``).
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import notebook_index

SCHEMA = "mdlab.reproduce-summary/1"
JSON_NAME, TSV_NAME = "summary.json", "summary.tsv"
TSV_COLUMNS = ("notebook", "status", "checks_passed", "checks_failed", "error_outputs", "seconds", "finished")


def html_name(source: Path) -> str:
    """The executed notebook's nbconvert page; the index notebook's is not named index.html, the name a
    browser opens for the folder."""
    return "notebooks-index.html" if source.name == notebook_index.INDEX_NAME else f"{source.stem}.html"


def load(out: Path) -> dict:
    path = out / JSON_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if data.get("schema") != SCHEMA:
        return {}
    return {record["notebook"]: record for record in data.get("notebooks", []) if "notebook" in record}


def record(run, kernel: str, now: dt.datetime | None = None) -> dict:
    """The summary record of one run (``reproduce.Run``)."""
    s = run.summary
    entry = notebook_index.parse_first_cell(notebook_index.first_markdown(run.executed), run.source.name)
    return {
        "notebook": run.source.name,
        "role": "index" if run.source.name == notebook_index.INDEX_NAME else "paper",
        "title": entry.title,
        "citation": entry.citation,
        "link": entry.link,
        "reproduces": entry.reproduces,
        "status": "clean" if s.ok else "fail",
        "checks_passed": s.passed,
        "checks_failed": s.failed,
        "errors": list(s.errors),
        "problems": list(s.problems),
        "checks": [{"claim": c.claim, "source": c.source, "kind": c.kind, "expected": c.expected,
                    "reproduced": c.reproduced, "tolerance": c.tolerance, "passed": c.passed} for c in s.checks],
        "seconds": round(run.seconds, 2),
        "finished": (now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds"),
        "kernel": kernel,
        "executed": run.source.name,
        "html": html_name(run.source),
    }


def save(out: Path, records: dict, notebooks_dir: Path) -> dict:
    """Write summary.json and summary.tsv for the notebooks that still exist."""
    kept = {name: r for name, r in sorted(records.items()) if (notebooks_dir / name).is_file()}
    out.mkdir(parents=True, exist_ok=True)
    payload = {"schema": SCHEMA, "notebooks": list(kept.values())}
    (out / JSON_NAME).write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    lines = ["\t".join(TSV_COLUMNS)]
    for r in kept.values():
        lines.append("\t".join(str(v) for v in (r["notebook"], r["status"], r["checks_passed"], r["checks_failed"],
                                                 len(r["errors"]), r["seconds"], r["finished"])))
    (out / TSV_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return kept
