"""Build the static site of the executed notebooks with Jupyter Book 1 (Sphinx, MyST-NB), offline.

Usage: build_site.py [--notebooks DIR] [--executed DIR] [--out DIR] [--work DIR] [--if-stale]

One page per notebook of notebooks/: its executed copy from build/reproduce when ``./mdlab reproduce``
wrote one, else the committed notebook (committed with outputs). Each page shows the outputs, the
maths typeset by MathJax, the check summary and a link to launch the notebook on Binder; the landing
page lists the notebooks by number with each paper's citation (tools/notebook_index.py reads them
from the first cells) and their checks (build/reproduce/summary.json for executed copies, else the
notebook's own check table). --if-stale builds only when an input is newer than the site.

Why Jupyter Book 1 and not MyST (mystmd / Jupyter Book 2): ``myst build --html`` (mystmd 1.8.3 from
npm) first asks api.mystmd.org for its site theme and fails without that host; the book theme is
published on neither npm nor PyPI, so it cannot be pinned and installed from the registries this
project uses. Jupyter Book 1 builds with Sphinx on the machine; its one network asset, MathJax,
comes here from the pinned npm package ``mathjax`` and is served from the site itself.

Run with build/venv/bin/python, where ./mdlab installs Jupyter Book with the rest of the Python side from
tools/requirements/jupyter.lock; MathJax (build/site/node, pinned by tools/site/package-lock.json) is
installed here when it is missing or out of date.
"""
from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import html
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOOLS = HERE.parent
sys.path.insert(0, str(TOOLS))

import local_env  # noqa: E402

ROOT = local_env.ROOT
BUILD = local_env.BUILD
NODE = BUILD / "site" / "node"
LOCK = HERE / "package-lock.json"
README = ROOT / "README.md"
CITATION = ROOT / "CITATION.cff"
MATHJAX_FILES = ("tex-chtml-full.js", "output/chtml/fonts/woff-v2")
MATHJAX_PATH = "mathjax/tex-chtml-full.js"
# The standard embed manager of ipywidgets 8 (@jupyter-widgets/html-manager, which bundles the base,
# controls and output widgets) and the RequireJS it runs on, from npm, served by the site itself: a
# notebook saved with widget state (application/vnd.jupyter.widget-state+json) shows its controls and
# last output with no network.
WIDGETS_DIR = "widgets"
WIDGET_FILES = {"requirejs/require.js": "require.js", "@jupyter-widgets/html-manager/dist": ""}
ANSI = re.compile(r"\x1b\[[0-9;]*m")
BINDER_REFERENCE = re.compile(r"^\[binder-lab\]:\s*(\S+)\s*$", re.M)
BINDER_URL = re.compile(r"^(?P<hub>https://[^/]+)/v2/gh/(?P<owner>[^/]+)/(?P<repo>[^/]+)/(?P<ref>[^/?]+)"
                        r"\?urlpath=(?P<ui>[^?]*/)notebooks/[^/]+\.ipynb$")


def say(message: str) -> None:
    print(f"mdlab site: {message}", flush=True)


def run(argv, **kwargs) -> None:
    """Run a command quietly; on failure print the end of its output (colour codes removed) and stop."""
    result = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        sys.stderr.write(ANSI.sub("", result.stdout[-4000:] + result.stderr[-6000:]))
        raise SystemExit(f"mdlab site: {' '.join(map(str, argv[:4]))} ... failed with exit {result.returncode}"
                         " (every Sphinx warning fails the site build: see the messages above)")


def require_jupyter_book() -> None:
    """Stop with a clear message when this Python lacks Jupyter Book (it is not build/venv)."""
    try:
        import jupyter_book  # noqa: F401
    except ImportError:
        raise SystemExit(f"mdlab site: {sys.executable} has no Jupyter Book: run this with build/venv/bin/python, "
                         "which ./mdlab setup creates from tools/requirements/jupyter.lock") from None


def ensure_mathjax() -> Path:
    """MathJax and the widgets embed manager from npm (pinned by package-lock.json) in build/site/node;
    MathJax's es5 folder (two levels below node_modules)."""
    es5 = NODE / "node_modules" / "mathjax" / "es5"
    installed = NODE / LOCK.name
    if es5.is_dir() and (NODE / "node_modules" / "@jupyter-widgets" / "html-manager").is_dir() and installed.is_file() and filecmp.cmp(installed, LOCK, shallow=False):
        return es5
    if shutil.which("npm") is None:
        raise SystemExit("mdlab site: npm is not on PATH (./mdlab setup installs Node.js and npm)")
    say(f"installing MathJax (pinned by {LOCK.relative_to(ROOT)}) into {NODE.relative_to(ROOT)}")
    NODE.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", LOCK.name):
        shutil.copyfile(HERE / name, NODE / name)
    run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=NODE)
    return es5


@dataclass(frozen=True)
class Binder:
    """The Binder launch URL pattern of README.md's ``[binder-lab]`` reference, for any notebook."""

    hub: str
    owner: str
    repo: str
    ref: str
    ui: str

    @staticmethod
    def from_readme(readme: Path = README) -> "Binder":
        found = BINDER_REFERENCE.search(readme.read_text(encoding="utf-8"))
        if not found:
            raise SystemExit(f"mdlab site: {readme} has no '[binder-lab]: URL' reference (the Binder link)")
        url = BINDER_URL.match(found.group(1))
        if not url:
            raise SystemExit(f"mdlab site: the [binder-lab] URL {found.group(1)!r} in {readme} is not of the form "
                             "https://HUB/v2/gh/OWNER/REPO/REF?urlpath=lab/tree/notebooks/NAME.ipynb")
        return Binder(**url.groupdict())

    def launch(self, notebook: str) -> str:
        return f"{self.hub}/v2/gh/{self.owner}/{self.repo}/{self.ref}?urlpath={self.ui}notebooks/{notebook}"

    @property
    def repository(self) -> str:
        return f"https://github.com/{self.owner}/{self.repo}"


@dataclass(frozen=True)
class Status:
    """A notebook's checks as the site shows them, and where they were read from."""

    passed: int
    failed: int
    errors: int
    clean: bool
    seconds: float | None
    finished: str

    def badge(self, noun: str = "checks ") -> str:
        word = "clean" if self.clean else "failing"
        return (f'<span class="mdlab-status mdlab-{word}">{self.passed} {noun}passed, {self.failed} failed'
                + (f", {self.errors} error outputs" if self.errors else "") + "</span>")

    def ran(self) -> str:
        if self.seconds is None:
            return "Outputs as committed in <code>notebooks/</code>."
        finished = dt.datetime.fromisoformat(self.finished).astimezone(dt.timezone.utc)
        return (f"Executed by <code>./mdlab reproduce</code> in a fresh kernel in {self.seconds:.1f} s, "
                f"finished {finished:%Y-%m-%d %H:%M} UTC.")


def status_of(nb, record: dict | None) -> Status:
    import notebook_checks

    if record is not None:
        return Status(record["checks_passed"], record["checks_failed"], len(record["errors"]),
                      record["status"] == "clean", record["seconds"], record["finished"])
    s = notebook_checks.summarize(nb)
    return Status(s.passed, s.failed, len(s.errors), s.ok, None, "")


@dataclass(frozen=True)
class Page:
    """One notebook of the site."""

    file: str
    entry: "notebook_index.Entry"
    status: Status
    binder: str

    @property
    def number(self) -> str:
        head = self.file.split("-", 1)[0]
        return head if head.isdigit() else ""

    @property
    def docname(self) -> str:
        return f"notebooks/{Path(self.file).stem}"

    @property
    def title(self) -> str:
        return self.entry.title or Path(self.file).stem


def meta_cell(page: Page):
    """The line under a notebook's first cell: its checks, how it ran, and the Binder link."""
    from nbformat.v4 import new_markdown_cell

    return new_markdown_cell(
        f'<div class="mdlab-meta">{page.status.badge()} <span class="mdlab-ran">{page.status.ran()}</span> '
        f'<a class="mdlab-binder" href="{html.escape(page.binder)}">Launch on Binder</a></div>')


def landing(pages: list, index: Page | None, intro: str) -> str:
    """The landing page (MyST Markdown): what mdlab is, the overall status, the notebooks by number."""
    papers = [p for p in pages if p is not index]
    clean = sum(p.status.clean for p in pages)
    passed = sum(p.status.passed for p in pages)
    failed = sum(p.status.failed for p in pages)
    last_run = "the last <code>./mdlab reproduce</code> run (<code>build/reproduce/summary.json</code>)"
    committed = "the outputs committed in <code>notebooks/</code>"
    executed = sum(p.status.seconds is not None for p in pages)
    where = (last_run if executed == len(pages) else committed if executed == 0
             else f"{last_run} for {executed} notebooks, of {committed} for the others")
    rows = ["```{list-table}", ":header-rows: 1", ":widths: 5 70 25", ":class: mdlab-notebooks", "",
            "* -", "  - Notebook and paper", "  - Checks"]
    for p in papers:
        rows += [f"* - {p.number}", f"  - **[{p.title}]({p.docname}.ipynb)**", "",
                 f'    <span class="mdlab-cite">{p.entry.citation}</span>', f"  - {p.status.badge(noun='')}", "",
                 f'    <a class="mdlab-binder" href="{html.escape(p.binder)}">Launch on Binder</a>']
    rows.append("```")
    overview = (f"\n[{index.title}]({index.docname}.ipynb) is the same table of contents as a notebook, with what "
                "each notebook reproduces and the check status it reads from the last run.\n") if index else ""
    return f"""# mdlab: mechanism design, reproduced

{intro}

<div class="mdlab-summary{'' if clean == len(pages) else ' mdlab-summary-failing'}">
<strong>{clean} of {len(pages)} notebooks clean</strong> · {passed} checks passed · {failed} failed
<span class="mdlab-ran">Checks of {where}.</span>
</div>

## The notebooks

Each notebook reproduces results of one paper, cell by cell, and ends with a table of reproduction checks:
the claim, how its expected value was obtained (closed form, independent computation, property over random
instances), the reproduced value and the tolerance.

{chr(10).join(rows)}
{overview}
## Run it yourself

```sh
./mdlab reproduce   # every notebook in a fresh kernel, then this site
./mdlab site        # serve this site on 127.0.0.1
./mdlab lab         # JupyterLab with the mdlab kernel
```

Every page links to Binder, which builds the mdlab kernel from the repository and opens the notebook in
JupyterLab.
"""


def cite_page(citation: Path = CITATION) -> str:
    """How to cite (MyST Markdown): the software citation of CITATION.cff, as text and as BibTeX."""
    import yaml

    cff = yaml.safe_load(citation.read_text(encoding="utf-8"))
    authors = " and ".join(a.get("name") or f"{a['given-names']} {a['family-names']}" for a in cff["authors"])
    bibtex_authors = " and ".join(f"{{{a['name']}}}" if "name" in a else f"{a['family-names']}, {a['given-names']}"
                                  for a in cff["authors"])
    return f"""# How to cite

{cff["message"]}

> {authors}, *{cff["title"]}*, version {cff["version"]}, licensed under {cff["license"]}.

```bibtex
@software{{mdlab,
  title   = {{{{{cff["title"]}}}}},
  author  = {{{bibtex_authors}}},
  version = {{{cff["version"]}}},
  license = {{{cff["license"]}}}
}}
```

Each notebook's first cell gives the full citation of the paper it reproduces, with its DOI or arXiv
link; the [landing page](index.md) lists them all. `CITATION.cff` in the repository also lists the
papers under `references`.
"""


def readme_intro(readme: Path = README) -> str:
    """The paragraph under the README's title: what mdlab is, said once."""
    lines = readme.read_text(encoding="utf-8").split("\n## ", 1)[0].splitlines()
    return " ".join(line.strip() for line in lines if line.strip() and not line.startswith("# "))


def extensions() -> list:
    """Jupyter Book's Sphinx extensions less sphinx_thebe: no live kernels on a static site, and it
    declares its constants twice on every page (a script error in the browser)."""
    from jupyter_book.config import get_default_sphinx_config

    return [name for name in get_default_sphinx_config()["extensions"] if name != "sphinx_thebe"]


def config(binder: Binder) -> dict:
    """_config.yml: no execution (the notebooks come executed), dollar and AMS maths, Binder launch
    buttons from the README's URL, MathJax from the site itself, the theme's top search bar off (the
    sidebar has one)."""
    return {
        "title": "mdlab",
        "author": "The mdlab developers",
        "copyright": "The mdlab developers, Apache License 2.0",
        "only_build_toc_files": True,
        "execute": {"execute_notebooks": "off"},
        "parse": {"myst_enable_extensions": ["amsmath", "colon_fence", "dollarmath"]},
        "html": {"use_repository_button": True, "home_page_in_navbar": True, "use_multitoc_numbering": False},
        "launch_buttons": {"binderhub_url": binder.hub, "notebook_interface": "jupyterlab", "thebe": False},
        "repository": {"url": binder.repository, "branch": binder.ref, "path_to_book": ""},
        "sphinx": {"recursive_update": True, "config": {
            "extensions": extensions(),
            "html_theme_options": {"navbar_persistent": []},
            "mathjax_path": MATHJAX_PATH,
            "myst_dmath_double_inline": True,
            "html_show_sourcelink": False,
            "myst_heading_anchors": 3,
            "nb_merge_streams": True,
            "nb_ipywidgets_js": {
                f"{WIDGETS_DIR}/require.js": {},
                f"{WIDGETS_DIR}/widgets-setup.js": {},
                f"{WIDGETS_DIR}/embed-amd.js": {"data-jupyter-widgets-cdn": f"/_static/{WIDGETS_DIR}/"},
            },
            "suppress_warnings": ["mystnb.unknown_mime_type"],
        }},
    }


def toc(pages: list, index: Page | None) -> dict:
    """_toc.yml: the landing page, the paper notebooks by number, then the index notebook and how to cite."""
    papers = [{"file": p.docname, "title": f"{p.number} · {p.title}" if p.number else p.title}
              for p in pages if p is not index]
    parts = [{"caption": "Notebooks", "chapters": papers}]
    about = [{"file": index.docname, "title": index.title}] if index else []
    parts.append({"caption": "About", "chapters": about + [{"file": "cite", "title": "How to cite"}]})
    return {"format": "jb-book", "root": "index", "parts": parts}


def sources(notebooks: Path, executed: Path) -> list:
    """Each notebook's page source: the executed copy if there is one, else the committed notebook;
    sorted by name (number), the index notebook last."""
    import notebook_index

    names = sorted((p.name for p in notebooks.glob("*.ipynb")), key=lambda n: (n == notebook_index.INDEX_NAME, n))
    return [executed / n if (executed / n).is_file() else notebooks / n for n in names]


def stage(notebooks: Path, executed: Path, work: Path) -> list:
    """Write the book's sources into work: config, TOC, landing and citation pages, styles, the notebooks."""
    import notebook_checks
    import notebook_index
    import reproduce_summary

    binder = Binder.from_readme()
    records = reproduce_summary.load(executed)
    paths = sources(notebooks, executed)
    if not paths:
        raise SystemExit(f"mdlab site: no notebooks in {notebooks}")
    shutil.rmtree(work, ignore_errors=True)
    (work / "notebooks").mkdir(parents=True)
    pages = []
    for path in paths:
        nb = notebook_checks.read(path)
        entry = notebook_index.parse_first_cell(notebook_index.first_markdown(nb), path.name)
        record = records.get(path.name) if path.parent == executed else None
        page = Page(path.name, entry, status_of(nb, record), binder.launch(path.name))
        first = next((i for i, c in enumerate(nb.cells) if c.cell_type == "markdown"), -1)
        nb.cells.insert(first + 1, meta_cell(page))
        notebook_checks.write(nb, work / "notebooks" / path.name)
        pages.append(page)
    index = next((p for p in pages if p.file == notebook_index.INDEX_NAME), None)
    (work / "index.md").write_text(landing(pages, index, readme_intro()), encoding="utf-8")
    (work / "cite.md").write_text(cite_page(), encoding="utf-8")
    (work / "_config.yml").write_text(json.dumps(config(binder), indent=1), encoding="utf-8")
    (work / "_toc.yml").write_text(json.dumps(toc(pages, index), indent=1), encoding="utf-8")
    (work / "_static").mkdir()
    shutil.copyfile(HERE / "mdlab.css", work / "_static" / "mdlab.css")
    return pages


def copy_mathjax(es5: Path, html_dir: Path) -> None:
    """MathJax into the built site's _static after the build (Jupyter Book would add every .js file of a
    static folder to every page)."""
    for name in MATHJAX_FILES:
        target = html_dir / "_static" / Path(MATHJAX_PATH).parent / name
        target.parent.mkdir(parents=True, exist_ok=True)
        (shutil.copytree if (es5 / name).is_dir() else shutil.copyfile)(es5 / name, target)


def copy_widgets(modules: Path, html_dir: Path) -> None:
    """The embed manager (its AMD bundle and the fonts it loads from its own folder) and RequireJS into
    the built site's _static, after the build like MathJax."""
    target = html_dir / "_static" / WIDGETS_DIR
    target.mkdir(parents=True, exist_ok=True)
    for source, name in WIDGET_FILES.items():
        path = modules / source
        if path.is_dir():
            for item in path.iterdir():
                if item.suffix != ".map" and item.name not in ("embed.js", "libembed-amd.js", "embed.js.LICENSE.txt"):
                    shutil.copyfile(item, target / item.name)
        else:
            shutil.copyfile(path, target / name)
    shutil.copyfile(HERE / "widgets-setup.js", target / "widgets-setup.js")


def build(notebooks: Path, executed: Path, out: Path, work: Path, es5: Path) -> None:
    """Stage the sources, run Jupyter Book (warnings are errors), add MathJax, move the HTML to out."""
    pages = stage(notebooks, executed, work)
    copies = sum(p.status.seconds is not None for p in pages)
    origin = (f"the executed copies in {executed}" if copies == len(pages) else f"the notebooks in {notebooks}"
              if copies == 0 else f"{copies} executed copies in {executed}, the others from {notebooks}")
    say(f"building {len(pages)} notebook pages from {origin} with Jupyter Book")
    jupyter_book = Path(sys.executable).parent / "jupyter-book"
    run([str(jupyter_book), "build", str(work), "--path-output", str(work), "--builder", "html",
         "--warningiserror", "--nitpick", "--keep-going", "--quiet"], cwd=work)
    copy_mathjax(es5, work / "_build" / "html")
    copy_widgets(es5.parent.parent, work / "_build" / "html")
    shutil.rmtree(out, ignore_errors=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(work / "_build" / "html"), str(out))
    say(f"site in {out} (open {out / 'index.html'}, or serve it: ./mdlab site)")


def stale(notebooks: Path, executed: Path, out: Path) -> bool:
    """Whether any input (notebooks, executed copies, their summary, README, CITATION.cff, this
    folder) is newer than the built site."""
    index = out / "index.html"
    if not index.is_file():
        return True
    inputs = [*notebooks.glob("*.ipynb"), *executed.glob("*.ipynb"), executed / "summary.json", README, CITATION,
              *HERE.iterdir()]
    built = index.stat().st_mtime
    return any(p.is_file() and p.stat().st_mtime > built for p in inputs)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="build_site.py", description=__doc__.splitlines()[0])
    parser.add_argument("--notebooks", type=Path, default=local_env.notebooks_dir(),
                        help="the notebooks (default notebooks/, or MDLAB_NOTEBOOKS)")
    parser.add_argument("--executed", type=Path, default=BUILD / "reproduce",
                        help="their executed copies and summary.json, where present (default build/reproduce)")
    parser.add_argument("--out", type=Path, default=BUILD / "reproduce" / "site", help="the site (HTML)")
    parser.add_argument("--work", type=Path, default=BUILD / "site" / "src", help="the book's staged sources")
    parser.add_argument("--if-stale", action="store_true", help="build only when an input is newer than the site")
    parser.add_argument("--mathjax", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    notebooks, executed = args.notebooks.resolve(), args.executed.resolve()
    out, work = args.out.resolve(), args.work.resolve()
    if args.if_stale and not stale(notebooks, executed, out):
        say(f"site in {out} is up to date")
        return 0
    require_jupyter_book()
    build(notebooks, executed, out, work, args.mathjax or ensure_mathjax())
    return 0


if __name__ == "__main__":
    sys.exit(main())
