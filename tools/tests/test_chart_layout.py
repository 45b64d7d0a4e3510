"""Every chart of every notebook laid out cleanly: no title, axis title, tick label or legend entry
outside the chart, and no two pieces of text touching (merged tick labels, a legend over the title).

The kernel's chart renderer audits each chart while painting it (``org.mdlab.view.ChartLayout``) and
lists the problems under the PNG metadata key ``mdlab_layout_problems``; this test reads that list
from every figure a fresh execution shows, in cell outputs and inside widgets (their saved state).
The executions are those of ``test_notebooks`` (shared, so ``./mdlab test`` runs each notebook once).
The committed notebooks are read too: a figure committed with problems is stale.
"""
from __future__ import annotations

import pytest

import local_env
import notebook_checks
import reproduce
from test_notebooks import executed

LAYOUT_KEY = "mdlab_layout_problems"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
NOTEBOOKS = reproduce.in_order(local_env.notebooks_dir().glob("*.ipynb"))


def _figures(outputs):
    for out in outputs:
        if out.get("output_type") in notebook_checks.RICH_OUTPUT_TYPES and notebook_checks.FIGURE_MIME in out.get("data", {}):
            yield out


def figures(nb):
    """(where, what, problems) for every PNG the notebook shows; problems is None when not audited."""
    for index, cell in enumerate(notebook_checks.code_cells(nb), start=1):
        for number, out in enumerate(_figures(cell.get("outputs", [])), start=1):
            yield f"code cell {index}, figure {number}", out
    state = nb.get("metadata", {}).get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    for model, widget in state.items():
        if widget.get("model_name") == "OutputModel":
            for number, out in enumerate(_figures(widget.get("state", {}).get("outputs", [])), start=1):
                yield f"output widget {model[:8]}, figure {number}", out


def layout_problems(nb) -> list:
    """One line per layout problem (or unaudited figure): where, which chart, what."""
    lines = []
    for where, out in figures(nb):
        chart = str(out.get("data", {}).get("text/plain", "")).splitlines()[0][:90] if out.get("data", {}).get("text/plain") else "?"
        problems = out.get("metadata", {}).get(notebook_checks.FIGURE_MIME, {}).get(LAYOUT_KEY)
        if problems is None:
            lines.append(f"{where} ({chart}): not audited (no {LAYOUT_KEY} in its metadata)")
        else:
            lines.extend(f"{where} ({chart}): {problem}" for problem in problems)
    return lines


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_charts_are_laid_out_cleanly(path):
    problems = layout_problems(executed(path).executed)
    assert not problems, f"{path.name}: chart layout problems\n" + "\n".join(problems)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_committed_charts_are_laid_out_cleanly(path):
    problems = layout_problems(notebook_checks.read(path))
    assert not problems, (f"{path.name}: committed charts with layout problems (refresh with ./mdlab reproduce "
                          f"{path.stem} --update-notebooks)\n" + "\n".join(problems))


def test_a_problem_or_a_missing_audit_is_reported_with_its_cell_and_chart():
    import nbformat

    def figure(meta, name):
        return nbformat.v4.new_output("display_data", data={"image/png": "", "text/plain": name},
                                      metadata={"image/png": meta})

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# t"), nbformat.v4.new_code_cell("a"), nbformat.v4.new_code_cell("b")]
    nb.cells[1].outputs = [figure({LAYOUT_KEY: []}, "XYChart \"clean\"")]
    nb.cells[2].outputs = [figure({LAYOUT_KEY: ["title at [0, 700]×[0, 20] extends 3.0 px beyond the right edge"]}, "XYChart \"wide\""),
                           figure({}, "XYChart \"plain\"")]
    assert layout_problems(nb) == [
        "code cell 2, figure 1 (XYChart \"wide\"): title at [0, 700]×[0, 20] extends 3.0 px beyond the right edge",
        "code cell 2, figure 2 (XYChart \"plain\"): not audited (no mdlab_layout_problems in its metadata)",
    ]
