"""The last line of ./mdlab test: JUnit (surefire XML reports) and pytest (JUnit XML) counted together.

Usage: test_summary.py --maven-exit N --pytest-exit N PYTEST_XML SUREFIRE_DIR...
Exit status 1 when any test failed or either runner failed (e.g. a compilation error), else 0.
"""
from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def counts(xml_files) -> tuple:
    """(passed, failed, skipped) over the <testsuite> elements of JUnit XML files."""
    total = failed = skipped = 0
    for path in xml_files:
        root = ET.parse(path).getroot()
        for suite in ([root] if root.tag == "testsuite" else root.iter("testsuite")):
            total += int(suite.get("tests", 0))
            failed += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
            skipped += int(suite.get("skipped", 0))
    return total - failed - skipped, failed, skipped


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--maven-exit", type=int, required=True)
    parser.add_argument("--pytest-exit", type=int, required=True)
    parser.add_argument("pytest_xml", type=Path)
    parser.add_argument("surefire_dirs", type=Path, nargs="*")
    args = parser.parse_args(argv)
    reports = sorted(p for d in args.surefire_dirs if d.is_dir() for p in d.glob("TEST-*.xml"))
    junit = counts(reports)
    python = counts([args.pytest_xml] if args.pytest_xml.is_file() else [])
    notes = []
    if args.maven_exit:
        notes.append(f"mvn verify exited {args.maven_exit}")
    if args.pytest_exit and not python[1]:
        notes.append(f"pytest exited {args.pytest_exit}")
    passed, failed, skipped = (a + b for a, b in zip(junit, python))
    print(f"mdlab test: JUnit {junit[0]} passed, {junit[1]} failed, {junit[2]} skipped; "
          f"Python {python[0]} passed, {python[1]} failed, {python[2]} skipped")
    print(f"mdlab test: {passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else "")
          + (f" ({'; '.join(notes)})" if notes else ""))
    return 1 if failed or args.maven_exit or args.pytest_exit else 0


if __name__ == "__main__":
    sys.exit(main())
