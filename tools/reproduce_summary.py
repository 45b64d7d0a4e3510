"""The results of the last reproduce runs, as files: summary.json, summary.tsv and the static site.

``build/reproduce/summary.json`` (schema ``mdlab.reproduce-summary/1``) holds one record per notebook
from its most recent run: the paper as its first cell cites it, the checks (every row), error outputs,
run time and when it finished. Runs of some notebooks update their records and keep the others;
records of notebooks that no longer exist are dropped. ``summary.tsv`` is the same per-notebook status
as a flat table (read by ``notebooks/index.ipynb``). ``index.html`` is the static site: a summary
table of all notebooks and all their checks, linking each executed notebook's HTML page.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import notebook_index

SCHEMA = "mdlab.reproduce-summary/1"
JSON_NAME, TSV_NAME, SITE_NAME = "summary.json", "summary.tsv", "index.html"
TSV_COLUMNS = ("notebook", "status", "checks_passed", "checks_failed", "error_outputs", "seconds", "finished")


def html_name(source: Path) -> str:
    """The executed notebook's HTML page; the index notebook's page must not take the site's index.html."""
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
    """Write summary.json, summary.tsv and index.html for the notebooks that still exist."""
    kept = {name: r for name, r in sorted(records.items()) if (notebooks_dir / name).is_file()}
    out.mkdir(parents=True, exist_ok=True)
    payload = {"schema": SCHEMA, "notebooks": list(kept.values())}
    (out / JSON_NAME).write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    lines = ["\t".join(TSV_COLUMNS)]
    for r in kept.values():
        lines.append("\t".join(str(v) for v in (r["notebook"], r["status"], r["checks_passed"], r["checks_failed"],
                                                 len(r["errors"]), r["seconds"], r["finished"])))
    (out / TSV_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / SITE_NAME).write_text(site(list(kept.values())), encoding="utf-8")
    return kept


def markdown_inline(text: str) -> str:
    """Escaped HTML of one line of Markdown: links, bold, italics and code spans."""
    out = html.escape(text, quote=False)
    out = re.sub(r"\[([^\]]*)\]\(([^)\s]+)\)",
                 lambda m: f'<a href="{html.escape(m.group(2))}">{m.group(1)}</a>', out)
    out = re.sub(r"`([^`]+)`", r"<code>\1</code>", out)
    out = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", out)
    return re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<em>\1</em>", out)


def _value(v) -> str:
    if isinstance(v, float):
        return f"{v:.6g}"
    return html.escape("" if v is None else str(v))


STYLE = """
body { font-family: "DejaVu Sans", system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #222; }
table { border-collapse: collapse; margin: 1rem 0 2rem; width: 100%; font-size: 0.92rem; }
th, td { border: 1px solid #ccc; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.clean { color: #17622a; font-weight: bold; } .fail { color: #a3161a; font-weight: bold; }
"""


def site(records: list) -> str:
    papers = [r for r in records if r.get("role") != "index"]
    index = [r for r in records if r.get("role") == "index"]
    total_passed = sum(r["checks_passed"] for r in records)
    total_failed = sum(r["checks_failed"] for r in records)
    clean = sum(r["status"] == "clean" for r in records)
    rows = []
    for r in papers:
        rows.append(
            "<tr>"
            f'<td><a href="{html.escape(r["html"])}">{html.escape(r["title"] or r["notebook"])}</a><br>'
            f'<code>{html.escape(r["notebook"])}</code></td>'
            f'<td>{markdown_inline(r["citation"])}</td><td>{markdown_inline(r["reproduces"])}</td>'
            f'<td class="num">{r["checks_passed"]}</td><td class="num">{r["checks_failed"]}</td>'
            f'<td class="num">{len(r["errors"])}</td><td class="num">{r["seconds"]:.1f}</td>'
            f'<td class="{r["status"]}">{r["status"]}</td><td>{html.escape(r["finished"])}</td></tr>')
    sections = []
    for r in records:
        checks = "".join(
            "<tr>"
            f"<td>{markdown_inline(c['claim'])}</td><td>{html.escape(c['kind'])}</td><td>{markdown_inline(c['source'])}</td>"
            f"<td class=\"num\">{_value(c['expected'])}</td><td class=\"num\">{_value(c['reproduced'])}</td>"
            f"<td class=\"num\">{_value(c['tolerance'])}</td>"
            f"<td class=\"{'clean' if c['passed'] else 'fail'}\">{'pass' if c['passed'] else 'FAIL'}</td></tr>"
            for c in r["checks"])
        notes = "".join(f"<li>{html.escape(e)}</li>" for e in r["errors"] + r["problems"])
        sections.append(
            f'<h3 id="{html.escape(r["notebook"])}"><a href="{html.escape(r["html"])}">'
            f'{html.escape(r["title"] or r["notebook"])}</a></h3>'
            + (f"<ul>{notes}</ul>" if notes else "")
            + ("<table><tr><th>claim</th><th>kind</th><th>source</th><th>expected</th><th>reproduced</th>"
               f"<th>tolerance</th><th>status</th></tr>{checks}</table>" if checks else "<p>No checks.</p>"))
    toc = (f'<p>The notebook version of this table of contents: <a href="{html.escape(index[0]["html"])}">'
           f"{html.escape(index[0]['title'] or index[0]['notebook'])}</a>.</p>") if index else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>mdlab: reproduced notebooks</title>
<style>{STYLE}</style></head><body>
<h1>mdlab: reproduced notebooks</h1>
<p>Each notebook was executed top to bottom in a fresh mdlab kernel by <code>./mdlab reproduce</code>; each
page below is the executed notebook (images embedded). {clean} of {len(records)} notebooks clean;
{total_passed} checks passed, {total_failed} failed.</p>
{toc}
<table><tr><th>notebook</th><th>paper</th><th>what it reproduces</th><th>checks passed</th><th>failed</th>
<th>error outputs</th><th>run time (s)</th><th>status</th><th>finished (UTC)</th></tr>
{"".join(rows)}</table>
<h2>All reproduction checks</h2>
{"".join(sections)}
</body></html>
"""
