"""The static site in a real browser: tools/site/build_site.py builds it from the committed notebooks
into a temporary folder (Jupyter Book 1 from build/venv, MathJax from npm),
a throwaway HTTP server serves it on 127.0.0.1, and Debian's headless Chromium, driven by
playwright-core (``./mdlab setup`` installs it into build/node), opens every page reachable from the
landing page (tools/site/check_site.mjs). Each notebook must have its page, its title, its Binder
link and its charts; the landing page must list each paper's citation and checks in notebook order,
and the citation page the software citation. Formulas must be typeset by MathJax on every notebook page
(at least as many MathJax elements as the notebook's Markdown has formulas) with no `$` or TeX
command left in the prose; every image must load, every same-origin URL answer 200, every #fragment
exist, and no request leave 127.0.0.1. Screenshots: build/browser/site.png (landing page), build/browser/site-notebook.png.
A second, hand-made broken page shows that the checker reports each of those faults. Last,
``./mdlab site`` must serve the site on 127.0.0.1 and nowhere else.
"""
from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

import local_env
import maths_check
import notebook_checks
import notebook_index

CHROMIUM = Path("/usr/bin/chromium")
NODE_DIR = local_env.BUILD / "node"
SHOTS = local_env.BUILD / "browser"
SITE_TOOLS = local_env.ROOT / "tools" / "site"
RUNNER = SITE_TOOLS / "check_site.mjs"
BUILD_TIMEOUT = 900
BROWSE_TIMEOUT = 240
README_BINDER = re.compile(r"^\[binder-lab\]:\s*(\S+)$", re.M)
PLAIN_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextmanager
def serve(directory: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def browse(directory: Path, shot: Path, notebook_page: str, notebook_shot: Path) -> dict:
    for needed, how in ((CHROMIUM, "apt-get install chromium (./mdlab setup does)"),
                        (NODE_DIR / "node_modules" / "playwright-core", "./mdlab setup (npm ci into build/node)")):
        if not needed.exists():
            pytest.fail(f"missing {needed}: {how}")
    shutil.copy(RUNNER, NODE_DIR / RUNNER.name)
    shot.parent.mkdir(parents=True, exist_ok=True)
    with serve(directory) as base:
        r = subprocess.run(["node", str(NODE_DIR / RUNNER.name), base, str(shot), notebook_page, str(notebook_shot),
                            str(BROWSE_TIMEOUT)], cwd=NODE_DIR, capture_output=True, text=True,
                           timeout=BROWSE_TIMEOUT + 60, stdin=subprocess.DEVNULL)
    lines = [line for line in r.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no report from the browser (exit {r.returncode}):\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}"
    report = json.loads(lines[-1])
    assert r.returncode == 0 and "failure" not in report, report.get("failure", r.stderr[-2000:])
    return report


def math_notebooks() -> list:
    """The notebooks with LaTeX in their Markdown cells."""
    return [p for p in sorted(local_env.notebooks_dir().glob("*.ipynb"))
            if any("$" in c.source for c in notebook_checks.read(p).cells if c.cell_type == "markdown")]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("site")
    out = tmp / "html"
    r = subprocess.run([sys.executable, str(SITE_TOOLS / "build_site.py"), "--notebooks", str(local_env.notebooks_dir()),
                        "--executed", str(tmp / "no-executed-copies"), "--out", str(out), "--work", str(tmp / "src")],
                       capture_output=True, text=True, timeout=BUILD_TIMEOUT, stdin=subprocess.DEVNULL)
    assert r.returncode == 0, f"build_site.py failed (exit {r.returncode}):\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    assert (out / "index.html").is_file(), f"no index.html in {out}:\n{r.stdout[-2000:]}"
    return out


@pytest.fixture(scope="module")
def report(site) -> dict:
    chosen = max(math_notebooks() or sorted(local_env.notebooks_dir().glob("*.ipynb")),
                 key=lambda p: sum(c.source.count("$") for c in notebook_checks.read(p).cells))
    return browse(site, SHOTS / "site.png", f"notebooks/{chosen.stem}.html", SHOTS / "site-notebook.png")


def plain(text: str) -> str:
    """Text as the notebook wrote it: Sphinx typesets straight quotes as curly ones."""
    return text.translate(PLAIN_QUOTES)


def page_of(report: dict, path: Path) -> dict:
    key = f"/notebooks/{path.stem}.html"
    assert key in report["pages"], f"no page {key} reachable from the landing page; pages: {sorted(report['pages'])}"
    return report["pages"][key]


def first_cell(path: Path):
    return notebook_index.parse_first_cell(notebook_index.first_markdown(notebook_checks.read(path)), path.name)


def test_every_notebook_has_a_page_with_its_title(report):
    for path in sorted(local_env.notebooks_dir().glob("*.ipynb")):
        heading = plain(page_of(report, path)["h1"]).rstrip("#").strip()
        assert heading == first_cell(path).title, f"{path.name}: page heading {heading!r}, first cell {first_cell(path).title!r}"


def test_the_landing_page_lists_the_papers_by_number_with_citation_and_checks(report):
    landing = report["pages"]["/index.html"]
    papers = notebook_index.paper_notebooks(local_env.notebooks_dir())
    rows = landing["notebookRows"]
    assert [row[0] for row in rows] == [p.name.split("-", 1)[0] for p in papers], f"notebook numbers: {rows}"
    for path, row in zip(papers, rows):
        entry = first_cell(path)
        assert plain(row[1]).startswith(entry.title), f"{path.name}: row {row[1][:120]!r}, title {entry.title!r}"
        # entry.link stops at a DOI's first ')' (notebook_index's link pattern); the page has the whole DOI.
        assert any(ref.startswith(entry.link) for ref in landing["refs"]), \
            f"the landing page lacks the citation link of {path.name}: {entry.link}"
        s = notebook_checks.summarize(notebook_checks.read(path))
        assert row[2].splitlines()[0] == f"{s.passed} passed, {s.failed} failed", \
            f"{path.name}: the landing page shows {row[2]!r}, its check table {s.passed} passed, {s.failed} failed"


def test_the_citation_page_gives_the_software_citation_of_citation_cff(report):
    title = re.search(r'^title: "(.+)"$', (local_env.ROOT / "CITATION.cff").read_text(encoding="utf-8"), re.M).group(1)
    assert "/cite.html" in report["pages"], f"no How to cite page reachable: {sorted(report['pages'])}"
    text = report["pages"]["/cite.html"]["text"]
    assert title in text and "@software{mdlab" in text, text[:1000]


def test_every_notebook_page_links_to_binder_as_the_readme_does(report):
    readme_url = README_BINDER.search((local_env.ROOT / "README.md").read_text(encoding="utf-8")).group(1)
    assert readme_url.endswith("notebooks/index.ipynb"), readme_url
    for path in sorted(local_env.notebooks_dir().glob("*.ipynb")):
        expected = readme_url[:-len("index.ipynb")] + path.name
        assert expected in page_of(report, path)["binder"], f"{path.name}: no Binder link {expected}"


def formulas(path: Path) -> int:
    """How many formulas the notebook's Markdown cells hold (`$...$`, `$$...$$`, environments), delimited as
    tools/maths_check.py reads them."""
    return sum(len(maths_check.maths_spans(maths_check.without_code(source))[0])
               for _, source in maths_check.markdown_sources(path))


def test_formulas_are_typeset_and_no_raw_tex_is_left(report):
    short = {}
    for path in math_notebooks():
        typeset, written = page_of(report, path)["math"], formulas(path)
        assert typeset > 0, f"{path.name} has LaTeX but its page shows no MathJax output"
        if typeset < written:
            short[path.name] = f"{typeset} typeset of {written} formulas in its Markdown"
    assert not short, f"notebook pages on which MathJax typeset fewer formulas than the notebook writes: {short}"
    problems = {url: {k: page[k] for k in ("untypeset", "leftovers", "mathErrors") if page[k]}
                for url, page in report["pages"].items()}
    problems = {url: found for url, found in problems.items() if found}
    assert not problems, f"maths not rendered (untypeset .math, `$`/TeX left in the prose, MathJax errors): {problems}"


def test_every_image_loads_and_every_chart_is_on_its_page(report):
    broken = {url: [i["src"][:120] for i in page["images"] if not i["ok"]] for url, page in report["pages"].items()}
    broken = {url: srcs for url, srcs in broken.items() if srcs}
    assert not broken, f"images that did not load (naturalWidth 0): {broken}"
    for path in sorted(local_env.notebooks_dir().glob("*.ipynb")):
        charts = sum(png for png, _ in notebook_checks.rich_counts(notebook_checks.read(path)))
        shown = sum(i["output"] for i in page_of(report, path)["images"])
        assert shown == charts, f"{path.name}: {charts} image/png outputs in the notebook, {shown} on its page"


def test_every_saved_widget_is_drawn_by_the_embed_manager_served_by_the_site(report):
    missing = {page: (found["widgetViews"], found["widgetsDrawn"]) for page, found in report["pages"].items()
               if found["widgetsDrawn"] < found["widgetViews"]}
    assert not missing, f"pages whose saved widgets were not drawn (views, drawn): {missing}"


def test_every_internal_link_resolves_and_nothing_leaves_loopback(report):
    bad = {url: status for url, status in report["status"].items() if status != 200}
    assert not bad, f"internal URLs that do not answer 200: {bad}"
    assert len(report["status"]) > len(report["pages"]), report["status"]
    ids = {url: set(page["ids"]) for url, page in report["pages"].items()}
    missing = [f"{f['page']}#{f['id']}" for f in report["fragments"] if f["page"] in ids and f["id"] not in ids[f["page"]]]
    assert not missing, f"links to #fragments that do not exist on their page: {missing}"
    assert not report["external"], f"the site requested addresses beyond 127.0.0.1: {report['external']}"
    assert not report["failedRequests"], f"failed requests: {report['failedRequests']}"
    assert not report["pageErrors"], f"script errors: {report['pageErrors']}"


def test_the_screenshots_are_saved(report):
    for shot in report["screenshots"]:
        data = Path(shot).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000, shot


BROKEN_PAGE = """<!DOCTYPE html><html><head><title>broken</title>
<script src="https://cdn.example.invalid/mathjax.js"></script></head>
<body><article class="bd-article"><h1>broken</h1>
<p>Raw inline maths $x^2$ and a TeX command \\alpha in the prose.</p>
<p><span class="math notranslate">\\(y\\)</span></p>
<img src="missing.png" alt="a chart that is not there">
<a href="gone.html">a page that is not there</a> <a href="#nowhere">a fragment that is not there</a>
</article></body></html>
"""


def test_the_checker_reports_each_fault_of_a_broken_page(tmp_path):
    (tmp_path / "index.html").write_text(BROKEN_PAGE, encoding="utf-8")
    found = browse(tmp_path, tmp_path / "a.png", "index.html", tmp_path / "b.png")
    page = found["pages"]["/index.html"]
    assert any("$x^2$" in text for text in page["leftovers"]) and any("\\alpha" in t for t in page["leftovers"]), page
    assert page["untypeset"] == ["\\(y\\)"], page
    assert [i["ok"] for i in page["images"]] == [False], page
    assert [status for url, status in found["status"].items() if url.endswith("/gone.html")] == [404], found["status"]
    assert {"page": "/index.html", "id": "nowhere"} in found["fragments"] and "nowhere" not in page["ids"]
    assert set(found["external"]) == {"https://cdn.example.invalid/mathjax.js"}, found["external"]


def listening_addresses(port: int) -> set:
    """The local addresses (as /proc/net/tcp and tcp6 write them) of the sockets listening on port."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, hex_port = fields[1].split(":")
            if int(hex_port, 16) == port and fields[3] == "0A":
                found.add(address)
    return found


def test_mdlab_site_serves_the_built_site_on_loopback_only():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([str(local_env.ROOT / "mdlab"), "site", str(port)], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True)
    try:
        deadline = time.monotonic() + BUILD_TIMEOUT
        while True:
            assert process.poll() is None, f"./mdlab site exited with {process.returncode}:\n{process.stdout.read()[-3000:]}"
            assert time.monotonic() < deadline, f"./mdlab site served nothing on port {port} in {BUILD_TIMEOUT} s"
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                    assert r.status == 200 and b"mdlab: mechanism design, reproduced" in r.read()
                    break
            except OSError:
                time.sleep(0.5)
        addresses = listening_addresses(port)
        assert addresses == {"0100007F"}, f"./mdlab site listens on {addresses} (hex, /proc/net/tcp*), not 127.0.0.1 alone"
    finally:
        process.terminate()
        process.wait(timeout=20)
