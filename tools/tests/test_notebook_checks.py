"""The pure notebook helpers on small in-memory notebooks (no kernel)."""
from __future__ import annotations

import json

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

import notebook_checks as nc

PNG = "iVBORw0KGgo="


def check(claim, passed, kind="paper"):
    return {"claim": claim, "source": "Thm 1", "kind": kind, "expected": 1.0,
            "reproduced": 1.0 if passed else 2.0, "tolerance": 1e-9, "passed": passed}


def checks_output(*rows, as_string=False, output_type="display_data"):
    passed = sum(1 for r in rows if r["passed"])
    payload = {"schema": nc.CHECKS_SCHEMA, "passed": passed, "failed": len(rows) - passed, "checks": list(rows)}
    data = {nc.CHECKS_MIME: json.dumps(payload) if as_string else payload, "text/html": "<table></table>"}
    if output_type == "execute_result":
        return new_output("execute_result", data=data, execution_count=1)
    return new_output("display_data", data=data)


def notebook(*outputs_per_cell):
    nb = new_notebook(cells=[new_markdown_cell("# Title")])
    nb.cells += [new_code_cell("x", outputs=list(outputs)) for outputs in outputs_per_cell]
    return nb


def figure():
    return new_output("display_data", data={"image/png": PNG, "text/plain": "chart"})


def table():
    return new_output("execute_result", data={"text/html": "<table/>", "text/plain": "t"}, execution_count=2)


def test_summary_counts_passed_and_failed_checks_across_tables():
    nb = notebook([checks_output(check("a", True), check("b", False))],
                  [checks_output(check("c", True), as_string=True, output_type="execute_result")])
    s = nc.summarize(nb)
    assert [c.claim for c in s.checks] == ["a", "b", "c"]
    assert (s.passed, s.failed) == (2, 1)
    assert not s.ok


def test_summary_of_a_clean_notebook_is_ok():
    s = nc.summarize(notebook([figure()], [checks_output(check("a", True))]))
    assert s.ok and s.errors == [] and s.problems == []


def test_a_notebook_without_checks_is_not_ok():
    assert not nc.summarize(notebook([figure()])).ok


def test_error_outputs_are_listed_with_their_cell():
    err = new_output("error", ename="java.lang.ArithmeticException", evalue="/ by zero", traceback=[])
    s = nc.summarize(notebook([figure()], [err], [checks_output(check("a", True))]))
    assert s.errors == ["code cell 2: java.lang.ArithmeticException: / by zero"]
    assert not s.ok


@pytest.mark.parametrize("payload, complaint", [
    ({"schema": "other/1", "passed": 0, "failed": 0, "checks": []}, "schema"),
    ({"schema": nc.CHECKS_SCHEMA, "passed": 0, "failed": 0}, "'checks' list"),
    ({"schema": nc.CHECKS_SCHEMA, "passed": 1, "failed": 0, "checks": [{"claim": "a", "passed": "yes"}]}, "boolean"),
    ({"schema": nc.CHECKS_SCHEMA, "passed": 2, "failed": 0, "checks": [check("a", True)]}, "disagree"),
    ([1, 2], "JSON object"),
])
def test_malformed_check_tables_are_problems_not_checks(payload, complaint):
    nb = notebook([new_output("display_data", data={nc.CHECKS_MIME: payload})])
    s = nc.summarize(nb)
    assert s.checks == [] and len(s.problems) == 1 and complaint in s.problems[0]


def test_rich_counts_per_code_cell():
    nb = notebook([figure(), figure(), table()], [], [new_output("stream", name="stdout", text="x")])
    assert nc.rich_counts(nb) == [(2, 1), (0, 0), (0, 0)]


def test_identical_outputs_are_fresh():
    nb = notebook([figure()], [table()], [checks_output(check("a", True))])
    assert nc.staleness(nb, notebook([figure()], [table()], [checks_output(check("a", True))])) == []


def test_a_notebook_committed_without_outputs_is_stale():
    committed = notebook([], [])
    reasons = nc.staleness(committed, notebook([figure()], [checks_output(check("a", True))]))
    assert len(reasons) == 1 and "without outputs" in reasons[0]


def test_a_check_whose_pass_status_changed_is_stale():
    committed = notebook([checks_output(check("a", True), check("b", True))])
    fresh = notebook([checks_output(check("a", True), check("b", False))])
    [reason] = nc.staleness(committed, fresh)
    assert "'b' (pass)" in reason and "'b' (FAIL)" in reason


def test_a_new_or_missing_check_is_stale():
    committed = notebook([checks_output(check("a", True))])
    fresh = notebook([checks_output(check("a", True), check("z", True))])
    assert "fresh only: 'z'" in nc.staleness(committed, fresh)[0]


def test_a_different_number_of_figures_or_tables_is_stale():
    committed = notebook([figure()], [table()], [checks_output(check("a", True))])
    fresh = notebook([figure(), figure()], [], [checks_output(check("a", True))])
    reasons = nc.staleness(committed, fresh)
    assert reasons == ["code cell 1: committed 1 figures/0 tables, fresh run 2 figures/0 tables",
                       "code cell 2: committed 0 figures/1 tables, fresh run 0 figures/0 tables"]


def test_changed_numbers_inside_the_same_figures_are_not_stale():
    committed = notebook([figure()], [checks_output(check("a", True))])
    fresh = notebook([new_output("display_data", data={"image/png": "AAAA"})], [checks_output(check("a", True))])
    assert nc.staleness(committed, fresh) == []


def test_write_keeps_nbformat_formatting_and_metadata(tmp_path):
    nb = notebook([figure()])
    nb.metadata["kernelspec"] = {"name": "mdlab", "display_name": "Java (mdlab)", "language": "java"}
    path = tmp_path / "n.ipynb"
    nc.write(nb, path)
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n") and text.startswith('{\n "cells": [\n  {')
    assert nc.read(path).metadata.kernelspec.name == "mdlab"
    assert text == nbformat.writes(nb) + "\n"
