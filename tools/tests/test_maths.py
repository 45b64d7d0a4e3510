"""Maths in the notebooks' Markdown is LaTeX, and survives the HTML export.

tools/maths_check.py flags maths written outside `$...$` in the Markdown cells; every committed
notebook must be clean. Then each notebook is rendered to HTML by nbconvert (as ``./mdlab reproduce``
writes its pages) and each Markdown cell's HTML is read the way MathJax reads it: between the
delimiters there must be no HTML element (emphasis that Markdown took from `*` or `_`, or a table cell
or paragraph that split the formula), and no `$` may be left outside maths. The checker itself is
tested on small synthetic cells, flagged and clean, and on a synthetic notebook through its command line.
"""
from __future__ import annotations

import copy
import re
import subprocess
import sys

import nbformat
import pytest

import local_env
import maths_check

NOTEBOOKS = sorted(local_env.notebooks_dir().glob("*.ipynb"))
CHECKER = local_env.ROOT / "tools" / "maths_check.py"
HTML_TAG = re.compile(r"</?([A-Za-z][\w-]*)[^<>]*>")
SKIPPED = ("code", "pre", "script", "style")
DISPLAY = re.compile(r"(?<!\\)\$\$.*?(?<!\\)\$\$|\\\[.*?\\\]|\\begin\{([A-Za-z]+\*?)\}.*?\\end\{\1\}", re.S)
INLINE = re.compile(r"(?<![\\$])\$(?!\$).*?(?<![\\$])\$|\\\(.*?\\\)", re.S)


def html_maths_problems(html: str) -> list:
    """What MathJax would garble in one Markdown cell's HTML: (problem, snippet)."""
    problems = []
    rest = html
    for pattern in (DISPLAY, INLINE):
        for m in pattern.finditer(rest):
            tags = {t.lower() for t in HTML_TAG.findall(m.group())}
            if tags & {"em", "strong"}:
                problems.append(("emphasis inside maths", m.group()[:160]))
            elif tags:
                problems.append((f"maths split by HTML elements {sorted(tags)}", m.group()[:160]))
        rest = pattern.sub(lambda m: " " * len(m.group()), rest)
    for m in re.finditer(r"(?<!\\)\$", rest):
        text = HTML_TAG.sub(" ", html[max(0, m.start() - 60):m.end() + 60])
        problems.append(("a $ left outside maths", " ".join(text.split())[:160]))
    return problems


def markdown_html(nb) -> list:
    """(cell index, HTML) of every Markdown cell, as nbconvert's HTML export renders the notebook (its
    outputs left out: they do not change the Markdown), with code, pre, script and style elements
    removed (MathJax skips them)."""
    from bs4 import BeautifulSoup
    from nbconvert import HTMLExporter

    nb = copy.deepcopy(nb)
    for cell in (c for c in nb.cells if c.cell_type == "code"):
        cell.outputs = []
    body, _ = HTMLExporter().from_notebook_node(nb)
    divs = BeautifulSoup(body, "html.parser").select("div.jp-RenderedMarkdown")
    indices = [i for i, cell in enumerate(nb.cells) if cell.cell_type == "markdown"]
    assert len(divs) == len(indices), f"{len(indices)} Markdown cells but {len(divs)} rendered Markdown blocks"
    for div in divs:
        for element in div.find_all(SKIPPED):
            element.decompose()
    return [(index, div.decode_contents()) for index, div in zip(indices, divs)]


def notebook_of(*sources: str):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(s) for s in sources] + [nbformat.v4.new_code_cell("1 + 1")]
    return nb


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_the_checker_finds_no_maths_outside_latex(path):
    findings = maths_check.check(path)
    assert not findings, f"{len(findings)} finding(s) (tools/maths_check.py):\n" + "\n".join(map(str, findings))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_the_html_export_keeps_every_formula_whole(path):
    nb = nbformat.read(str(path), as_version=4)
    found = [f"cell {index}: {why}: {text!r}" for index, html in markdown_html(nb)
             for why, text in html_maths_problems(html)]
    assert not found, f"{path.name}, nbconvert HTML:\n" + "\n".join(found)


FLAGGED = {
    "Unicode Greek": ("the profit π = 4/3", "Unicode"),
    "mathematical italic": ("a value 𝑣 above the price", "Unicode"),
    "Unicode subscript": ("private types θᵢ", "Unicode"),
    "combining accent": ("the estimate ω̂ of the state", "Unicode"),
    "operator": ("whenever a ≤ b holds", "Unicode"),
    "bare subscript": ("the value x_i of bidder i", "subscript"),
    "braced subscript": ("the type v_{t} today", "subscript"),
    "identifier": ("the column price_per_click is", "underscores"),
    "bare superscript": ("a cost v^2/2", "superscript"),
    "starred variable": ("the optimum p* is interior", "starred"),
    "starred function": ("and f(x)* too", "starred"),
    "product star": ("revenue a*b*c per unit", "star between letters"),
    "one-letter formula": ("with n = 5 bidders", "formula"),
    "function formula": ("cost c(q) = q/2 per unit", "formula"),
    "unbalanced dollar": ("a price $p and nothing else", "unbalanced"),
    "dollar across paragraphs": ("opens $x\n\nand closes$ later", "unbalanced"),
    "escaped dollar": ("costs \\$5 a month", "escaped dollar"),
    "sub tag": ("the value x<sub>i</sub>", "<sub>"),
    "unclosed display": ("$$x = 1", "unbalanced"),
    "escaped star": ("the optimum p\\* is interior", "starred"),
    "escaped underscore": ("the value x\\_i of bidder i", "subscript"),
    "TeX outside maths": ("the discount \\delta of the seller", "TeX command"),
    "bar in a table": ("| a | b |\n|---|---|\n| 1 | the error $\\|x\\|$ |", "table row"),
}

CLEAN = {
    "inline maths": "the profit $\\pi^* = 4/3$ and $x_i$ with $v^2$",
    "display maths": "$$\n\\max_q \\; q(1 - q)\n$$",
    "environment": "\\begin{align} a_1 &= b_2 \\end{align}",
    "hyphenated words": "the x-axis and the y-axis, a 2-Lipschitz bound, an i.i.d. draw",
    "code span": "call `price_per_click(x_i)` and `a*b` or ``$x``",
    "fenced code": "```java\nvar x_i = a*b; // $5\n```",
    "emphasis": "*data-driven VCG*, *p*, **bold** and _emphasis_, (*Theorem*)",
    "list": "* first item\n* second item with $x_1$",
    "link with underscores": "[the index](https://en.wikipedia.org/wiki/Gittins_index) and <https://a.org/b_c>",
    "html": "<img src=\"a_b.png\" alt=\"x\"> <!-- x_i π* -->",
    "names": "Bergemann and Välimäki, Guo–Hörner, 7 × 7 grids",
    "maths in bold": "**$x_i$ wins**",
    "escaped punctuation": "a literal \\*star\\*, a \\[bracket\\] and a \\_ alone",
    "bar outside a table": "the mean error $E|x - y|$",
    "table with vert": "| a | b |\n|---|---|\n| 1 | the error $\\lvert x \\rvert$ |",
}


@pytest.mark.parametrize("case", FLAGGED, ids=list(FLAGGED))
def test_the_checker_flags_maths_outside_latex(case):
    source, why = FLAGGED[case]
    findings = maths_check.check_source(source)
    assert findings and any(why in f.why for f in findings), f"{source!r}: {findings}"


@pytest.mark.parametrize("case", CLEAN, ids=list(CLEAN))
def test_the_checker_leaves_latex_code_and_words_alone(case):
    assert maths_check.check_source(CLEAN[case]) == []


def test_a_finding_names_the_cell_and_shows_the_text():
    [finding] = maths_check.check_source("We have the optimum at x* here.", "n.ipynb", 4)
    assert (finding.notebook, finding.cell, finding.text) == ("n.ipynb", 4, "…optimum at x* here.")
    assert str(finding).startswith("n.ipynb: cell 4: '…optimum at x* here.': a starred variable")


def test_the_command_line_exits_1_on_findings_and_0_when_clean(tmp_path):
    dirty, clean = tmp_path / "dirty.ipynb", tmp_path / "clean.ipynb"
    nbformat.write(notebook_of("# Title", "the profit π* = 4/3"), str(dirty))
    nbformat.write(notebook_of("# Title", "the profit $\\pi^* = 4/3$"), str(clean))
    run = [sys.executable, str(CHECKER)]
    r = subprocess.run(run + [str(clean), str(dirty)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 1, r
    assert r.stdout.splitlines()[0].startswith(f"{dirty}: cell 1: ") and str(clean) not in r.stdout, r.stdout
    r = subprocess.run(run + [str(clean)], capture_output=True, text=True, timeout=60)
    assert (r.returncode, r.stdout) == (0, ""), r
    r = subprocess.run(run + ["--help"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "NOTEBOOK" in r.stdout, r
    r = subprocess.run(run + [str(tmp_path / "missing.ipynb")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "missing.ipynb" in r.stderr, r


def test_the_html_scan_reports_emphasis_split_maths_and_stray_dollars():
    nb = notebook_of("intraword $a*b + c*d$ fine", "| a | $x_1 | y_2$ |\n|---|---|---|\n| 1 | 2 | 3 |",
                     "opens $x\n\n*y* closes$", "a price \\$5 here", "clean $x_i$ and $$y^2$$ and `$code`")
    found = {index: [why for why, _ in html_maths_problems(html)] for index, html in markdown_html(nb)}
    assert found[0] == [] and found[4] == [], found
    assert any(why.startswith("maths split") for why in found[1]), found
    assert "emphasis inside maths" in found[2], found
    assert found[3] == ["a $ left outside maths"], found
