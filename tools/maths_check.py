"""Flags maths written outside LaTeX in the Markdown cells of notebooks.

JupyterLab, nbconvert's HTML export and the Jupyter Book site typeset only what stands between `$`
(or `$$`, or `\\begin{...}...\\end{...}`); anything else is plain Markdown, where `*` and `_` are
emphasis and Unicode maths is at the mercy of the font. Outside maths, code spans, code blocks,
link targets and HTML tags, a Markdown cell is flagged for:

* Unicode maths: Greek or mathematical-italic letters, sub/superscript characters, prime marks,
  combining accents (ω̂), mathematical operators (≤, ∈, Σ), double-struck letters, `<sub>`/`<sup>`;
* a bare subscript or superscript (`x_i`, `v_{t}`, `v^2`) or a name with underscores outside
  backticks;
* a starred variable (`π*`, `x*`) or a star between letters (`a*b`, which Markdown may read as
  emphasis);
* a one-letter formula (`n = 5`, `c(q) = ...`) or a TeX command outside maths (`\\alpha`);
* a `|` inside maths in a table row (the row splits there; write `\\vert`);
* an unbalanced `$` (a dollar without its partner in the paragraph) or an escaped dollar `\\$`
  (the HTML export drops the backslash, and MathJax may pair the dollar with another).

Words such as "x-axis", code in backticks and URLs are not maths. Usage:
``python tools/maths_check.py NOTEBOOK...``: one line per finding (notebook, cell index, the text,
why); exit status 1 when anything is flagged, 0 when the cells are clean, 2 on a usage error.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^ {0,3}\1[`~]*[ \t]*$|\Z)", re.M | re.S)
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
SUB_SUP_TAG = re.compile(r"<(sub|sup)\b[^>]*>.*?</\1>", re.I | re.S)
HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")
LINK_TARGET = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.M)
URL = re.compile(r"<?(?:https?|ftp)://[^\s<>)]*>?|\bwww\.[^\s<>)]+|\b[\w.+-]+@[\w-]+\.[\w.-]+")
ENVIRONMENT = re.compile(r"\\begin\{([A-Za-z]+\*?)\}.*?\\end\{\1\}", re.S)
BLANK_LINE = re.compile(r"\n[ \t]*\n")
TABLE_ROW = re.compile(r"[ \t]*\|")

SUBSCRIPT = re.compile(r"(?<![\w\\])(\w+)\\?_(\{[^{}\n]*\}|\w+)")
TEX_COMMAND = re.compile(r"\\[A-Za-z]+")
SUPERSCRIPT = re.compile(r"[\w)\]}]\^[^\s]")
STAR_RUN = re.compile(r"\*+")
ONE_LETTER_FORMULA = re.compile(r"(?<![\w.'’\-/])[A-Za-z](?:\([^()\n]{1,15}\))?[ \t]?(?:=|<=|>=|<|>)[ \t]?(?=[\w(\-−.])")
UNICODE_RUN = re.compile(r"\S*?(?:{0})\S*".format(
    "|".join(["[\u0370-\u03ff\u1f00-\u1fff]",            # Greek
              "[\U0001d400-\U0001d7ff]",                  # mathematical alphanumerics (𝑥, 𝜋)
              "[\u00b2\u00b3\u00b9\u2070-\u209f\u1d2c-\u1d6a\u2c7c]",  # sub/superscripts (x², θᵢ)
              "[\u2032-\u2037]",                          # primes
              "[\u2200-\u22ff\u27c0-\u27ef\u2980-\u2aff]",  # operators (≤, ∈, ∑, √)
              "[\u2102\u2107\u210a-\u2113\u2115\u2119-\u211d\u2124\u2128\u212c-\u212d\u212f-\u2131\u2133-\u2138]",
              "\\w[\u0300-\u036f]"])))                   # combining accents (ω̂, θ̃)


@dataclass(frozen=True)
class Finding:
    """One piece of maths outside LaTeX: where it is, its text and why it is flagged."""

    notebook: str
    cell: int
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.notebook}: cell {self.cell}: {self.text!r}: {self.why}"


def blank(text: str, start: int, end: int) -> str:
    """``text`` with [start, end) replaced by spaces, its newlines kept (positions stay put)."""
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def blank_all(text: str, pattern: re.Pattern, group: int = 0) -> str:
    for m in reversed(list(pattern.finditer(text))):
        text = blank(text, m.start(group), m.end(group))
    return text


def without_code(source: str) -> str:
    """The cell with code blocks, code spans, HTML comments, link targets, URLs and tags blanked out."""
    text = source
    for pattern in (FENCE, HTML_COMMENT, CODE_SPAN, LINK_DEFINITION, LINK_TARGET, URL, HTML_TAG):
        text = blank_all(text, pattern)
    return text


def escaped(text: str, i: int) -> bool:
    backslashes = 0
    while i - backslashes - 1 >= 0 and text[i - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def maths_spans(text: str) -> tuple[list, list, list]:
    """The maths of a code-free cell as (start, end) spans, the unpaired dollars and the escaped ones.

    ``$$...$$`` may span lines; ``$...$`` pairs within a paragraph (as nbconvert, JupyterLab and MyST pair
    them); ``\\begin{env}...\\end{env}`` outside dollars is an amsmath environment."""
    spans, unpaired = [], []
    dollars = [i for i, ch in enumerate(text) if ch == "$"]
    escapes = [i for i in dollars if escaped(text, i)]
    dollars = [i for i in dollars if not escaped(text, i)]
    k = 0
    while k < len(dollars):
        i = dollars[k]
        if k + 1 < len(dollars) and dollars[k + 1] == i + 1:
            closing = next((j for j in range(k + 2, len(dollars) - 1) if dollars[j + 1] == dollars[j] + 1), None)
            if closing is None:
                unpaired.append(i)
                k += 2
                continue
            spans.append((i, dollars[closing + 1] + 1))
            k = closing + 2
            continue
        if k + 1 < len(dollars) and not BLANK_LINE.search(text, i, dollars[k + 1]) \
                and not (k + 2 < len(dollars) and dollars[k + 2] == dollars[k + 1] + 1):
            spans.append((i, dollars[k + 1] + 1))
            k += 2
            continue
        unpaired.append(i)
        k += 1
    outside = text
    for start, end in spans:
        outside = blank(outside, start, end)
    spans += [m.span() for m in ENVIRONMENT.finditer(outside)]
    return sorted(spans), unpaired, escapes


def snippet(source: str, start: int, end: int, margin: int = 12) -> str:
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", end)
    line_end = len(source) if line_end < 0 else line_end
    left = max(line_start, start - margin)
    right = min(line_end, end + margin)
    return ("…" if left > line_start else "") + source[left:right].strip() + ("…" if right < line_end else "")


def star_findings(prose: str) -> list:
    """Single stars that Markdown will not pair as emphasis but that mark a variable (π*) or a product (a*b)."""
    found = []
    for paragraph in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", prose):
        openers = 0
        for m in STAR_RUN.finditer(paragraph.group()):
            if len(m.group()) != 1:
                continue
            i = paragraph.start() + m.start()
            if escaped(prose, i):
                if i >= 2 and prose[i - 2].isalnum() and (i < 3 or not prose[i - 3].isalnum()):
                    found.append((i - 2, i + 1, "a starred variable outside LaTeX: write $x^*$"))
                continue
            before = prose[i - 1] if i > 0 else " "
            after = prose[i + 1] if i + 1 < len(prose) else " "
            word_before = before.isalnum() or before in ")}"
            if word_before and after.isalnum():
                found.append((i, i + 1, "a star between letters: Markdown may read a*b*c as emphasis; "
                                        "write the product in LaTeX"))
            elif not after.isspace() and not word_before:
                openers += 1
            elif word_before and openers:
                openers -= 1
            elif word_before and (before in ")}" or i < 2 or not prose[i - 2].isalnum()):
                found.append((i - 1, i + 1, "a starred variable outside LaTeX: write $x^*$"))
    return found


def cell_findings(source: str) -> list:
    """(start, end, why, text) for every piece of maths outside LaTeX in one Markdown cell's source; the
    positions are in ``text``, the source in Unicode normal form C."""
    source = unicodedata.normalize("NFC", source)
    tagged = source
    for pattern in (FENCE, HTML_COMMENT, CODE_SPAN):
        tagged = blank_all(tagged, pattern)
    found = [(m.start(), m.end(), "<sub>/<sup> outside LaTeX: write the index in $...$")
             for m in SUB_SUP_TAG.finditer(tagged)]
    text = without_code(source)
    spans, unpaired, escapes = maths_spans(text)
    found += [(start, end, "a | inside maths in a table row: write \\vert (a table splits its cells on |, and \\| "
                           "is a double bar in JupyterLab and nbconvert)") for start, end in spans
              if "|" in text[start:end] and TABLE_ROW.match(text, text.rfind("\n", 0, start) + 1)]
    found += [(i, i + 1, "an unbalanced $: no closing dollar in this paragraph") for i in unpaired]
    found += [(i - 1, i + 1, "an escaped dollar: the HTML export drops the backslash and MathJax may pair it; "
                             "write 'USD' or 'dollars'") for i in escapes]
    prose = text
    for start, end in spans:
        prose = blank(prose, start, end)
    for i in unpaired + escapes:
        prose = blank(prose, i, i + 1)
    for m in UNICODE_RUN.finditer(prose):
        found.append((m.start(), m.end(), "Unicode maths outside $...$: write it in LaTeX"))
    for m in SUBSCRIPT.finditer(prose):
        head, tail = m.group(1), m.group(2)
        if head.strip("_") and tail.strip("_") and not head.isdigit():
            short = len(head) <= 3 or len(tail) <= 2 or tail.startswith("{")
            found.append((m.start(), m.end(), "a bare subscript outside LaTeX: write $x_i$" if short else
                          "a name with underscores outside backticks: put code in `backticks`"))
    found += [(m.start(), m.end(), "a bare superscript outside LaTeX: write $v^2$") for m in SUPERSCRIPT.finditer(prose)]
    found += star_findings(prose)
    found += [(m.start(), m.end(), "a TeX command outside $...$: it is shown as typed") for m in TEX_COMMAND.finditer(prose)]
    found += [(m.start(), m.end(), "a formula outside LaTeX: write it in $...$")
              for m in ONE_LETTER_FORMULA.finditer(prose)]
    merged = []
    for start, end, why in sorted(found):
        if merged and start < merged[-1][1] and why == merged[-1][2]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), why)
        else:
            merged.append((start, end, why))
    return [(start, end, why, source) for start, end, why in merged]


def markdown_sources(path: Path) -> list:
    """(cell index, source) of every Markdown cell of a notebook file (nbformat 4 JSON)."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    found = []
    for index, cell in enumerate(nb.get("cells", [])):
        if cell.get("cell_type") == "markdown":
            source = cell.get("source", "")
            found.append((index, "".join(source) if isinstance(source, list) else source))
    return found


def check_source(source: str, notebook: str = "<cell>", cell: int = 0) -> list:
    return [Finding(notebook, cell, snippet(text, start, end), why) for start, end, why, text in cell_findings(source)]


def check(path: Path) -> list:
    """Every finding in the Markdown cells of one notebook."""
    return [finding for index, source in markdown_sources(path) for finding in check_source(source, str(path), index)]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog="Exit status: 0 clean, "
                                     "1 something flagged, 2 usage error (e.g. a notebook that cannot be read).")
    parser.add_argument("notebooks", nargs="+", metavar="NOTEBOOK", type=Path, help=".ipynb files to check")
    args = parser.parse_args(argv)
    findings = []
    for path in args.notebooks:
        try:
            findings += check(path)
        except (OSError, ValueError) as e:
            parser.error(f"cannot read {path}: {e}")
    for finding in findings:
        print(finding)
    notebooks = len({f.notebook for f in findings})
    print(f"{len(findings)} finding(s) in {notebooks} of {len(args.notebooks)} notebook(s)" if findings
          else f"maths clean in {len(args.notebooks)} notebook(s)", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
