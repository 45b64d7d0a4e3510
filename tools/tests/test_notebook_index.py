"""The generated tables (README, notebooks/index.ipynb), the reproduce summary and the static site."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

import local_env
import notebook_checks
import notebook_index as ni
import reproduce
import reproduce_summary

FIRST_CELL = """# Sequential screening

The model of

> Pascal Courty and Hao Li (2000), "Sequential Screening", *Review of Economic Studies* 67(4):
> 697–717. [doi:10.1111/1467-937X.00150](https://doi.org/10.1111/1467-937X.00150)

**Reproduced here:**
- the optimal refund contracts for two ex-ante types (*derived*);
- full extraction without ex-ante private information.
"""


def test_first_cell_parts_are_read_from_the_convention():
    e = ni.parse_first_cell(FIRST_CELL, "07-sequential.ipynb")
    assert e.title == "Sequential screening"
    assert e.citation.startswith("Pascal Courty and Hao Li (2000)") and e.citation.endswith("00150)")
    assert e.link == "https://doi.org/10.1111/1467-937X.00150"
    assert e.reproduces == ("the optimal refund contracts for two ex-ante types (*derived*); "
                            "full extraction without ex-ante private information.")
    assert e.missing() == []


def test_a_list_after_the_reproduced_paragraph_is_part_of_it():
    text = "# T\n\n> A (2001), [x](https://arxiv.org/abs/1)\n\n**Results reproduced**\n\n- one\n- two\n"
    assert ni.parse_first_cell(text).reproduces == "one; two"


def test_a_first_cell_without_citation_or_results_says_what_is_missing():
    e = ni.parse_first_cell("# Only a title\n\nSome text.", "x.ipynb")
    assert e.missing() == ["a '> ' citation blockquote", "a link in the citation",
                           "a bold '**Reproduced ...**' paragraph"]


def test_every_notebook_first_cell_follows_the_convention():
    missing = {e.file: e.missing() for e in ni.entries() if e.missing()}
    assert not missing, f"first cells not following DEVELOPERS.md 'A notebook' (title, citation, results): {missing}"


def test_readme_table_and_notebook_index_are_up_to_date():
    stale = ni.out_of_date()
    assert not stale, "out of date (run build/venv/bin/python tools/notebook_index.py --write):\n" + "\n".join(stale)


def test_table_cells_escape_pipes_and_newlines():
    e = ni.Entry("a.ipynb", "A", "x | y\nz", "https://x", "r")
    assert "x \\| y z" in ni.readme_table([e])


def test_write_regenerates_both_tables(tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    paper = new_notebook(cells=[new_markdown_cell(FIRST_CELL)])
    nbformat.write(paper, str(folder / "07-sequential.ipynb"))
    index = new_notebook(cells=[new_markdown_cell(f"# Index\n\n{ni.BEGIN}\nold\n{ni.END}\n")])
    nbformat.write(index, str(folder / ni.INDEX_NAME))
    readme = tmp_path / "README.md"
    readme.write_text(f"# R\n\n{ni.BEGIN}\n{ni.END}\n\n## After\n", encoding="utf-8")
    assert ni.out_of_date(folder, readme) != []
    assert set(ni.write(folder, readme)) == {readme, folder / ni.INDEX_NAME}
    assert ni.out_of_date(folder, readme) == []
    text = readme.read_text(encoding="utf-8")
    assert "[`07-sequential`](notebooks/07-sequential.ipynb) | Pascal Courty" in text and text.endswith("## After\n")
    assert "[Sequential screening](07-sequential.ipynb)" in ni.index_cell(nb := notebook_checks.read(folder / ni.INDEX_NAME)).source
    assert "old" not in ni.index_cell(nb).source


def fake_run(source: Path, passed=True):
    check = {"claim": "π* = 4/3", "source": "closed form: x", "kind": "closed form", "expected": 1.0,
             "reproduced": 1.0, "tolerance": 0.0, "passed": passed}
    payload = {"schema": notebook_checks.CHECKS_SCHEMA, "passed": int(passed), "failed": int(not passed),
               "checks": [check]}
    nb = new_notebook(cells=[new_markdown_cell(FIRST_CELL),
                             new_code_cell("x", outputs=[nbformat.v4.new_output(
                                 "display_data", data={notebook_checks.CHECKS_MIME: payload})])])
    return reproduce.Run(source, nb, notebook_checks.summarize(nb), 1.25)


def test_summary_keeps_earlier_runs_and_drops_deleted_notebooks(tmp_path):
    folder, out = tmp_path / "notebooks", tmp_path / "out"
    folder.mkdir()
    for name in ("01-a.ipynb", "02-b.ipynb", "03-gone.ipynb"):
        (folder / name).write_text("{}", encoding="utf-8")
    records = {}
    for name, ok in (("01-a.ipynb", True), ("02-b.ipynb", False), ("03-gone.ipynb", True)):
        records[name] = reproduce_summary.record(fake_run(folder / name, ok), "mdlab")
    reproduce_summary.save(out, records, folder)
    (folder / "03-gone.ipynb").unlink()
    again = reproduce_summary.load(out)
    assert set(again) == {"01-a.ipynb", "02-b.ipynb", "03-gone.ipynb"}
    kept = reproduce_summary.save(out, again, folder)
    assert set(kept) == {"01-a.ipynb", "02-b.ipynb"}
    data = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert data["schema"] == reproduce_summary.SCHEMA
    assert [(r["notebook"], r["status"], r["checks_failed"]) for r in data["notebooks"]] == \
        [("01-a.ipynb", "clean", 0), ("02-b.ipynb", "fail", 1)]
    assert data["notebooks"][0]["link"] == "https://doi.org/10.1111/1467-937X.00150"
    tsv = (out / "summary.tsv").read_text(encoding="utf-8").splitlines()
    assert tsv[0].split("\t") == list(reproduce_summary.TSV_COLUMNS)
    assert tsv[2].split("\t")[:4] == ["02-b.ipynb", "fail", "0", "1"]
    assert sorted(p.name for p in out.iterdir()) == ["summary.json", "summary.tsv"]


def test_the_index_notebook_page_is_not_the_folder_index():
    assert reproduce_summary.html_name(Path("notebooks/index.ipynb")) != "index.html"
    assert reproduce.in_order([Path("index.ipynb"), Path("02.ipynb"), Path("00.ipynb")]) == \
        [Path("00.ipynb"), Path("02.ipynb"), Path("index.ipynb")]


def test_the_index_notebook_fails_its_check_when_a_notebook_is_not_listed(tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    shutil.copy(local_env.notebooks_dir() / ni.INDEX_NAME, folder / ni.INDEX_NAME)
    for path in ni.paper_notebooks():
        shutil.copy(path, folder / path.name)
    nbformat.write(new_notebook(cells=[new_markdown_cell(FIRST_CELL)]), str(folder / "99-unlisted.ipynb"))
    run = reproduce.execute(folder / ni.INDEX_NAME, local_env.kernel_name())
    assert not run.summary.errors, run.summary.errors
    failed = [c.claim for c in run.summary.checks if not c.passed]
    assert failed == ["every notebook in notebooks/ has a row in this index"], run.summary.checks
