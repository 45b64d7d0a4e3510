"""Compare the reproduced values of two executions of the same notebooks, check by check.

    python3 tools/compare_checks.py [--tolerance 1e-12] BEFORE AFTER

BEFORE and AFTER are notebooks or directories of notebooks (matched by file name), e.g. the committed
``notebooks/`` and ``build/reproduce/``. A check matches when its claim is the same and its reproduced
value equals the other's within the relative tolerance (strings and booleans must be equal). Prints every
difference and exits 1 if there is one; used when a change must leave every notebook's numbers unchanged.
"""
from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import notebook_checks  # noqa: E402


def _numbers(value):
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return None
    if isinstance(value, (int, float)):
        return [float(value)]
    if isinstance(value, (list, tuple)):
        out = []
        for v in value:
            n = _numbers(v)
            if n is None:
                return None
            out.extend(n)
        return out
    if isinstance(value, dict):
        return _numbers([value[k] for k in sorted(value)])
    return None


def same(a, b, tolerance: float) -> bool:
    na, nb = _numbers(a), _numbers(b)
    if na is None or nb is None:
        return a == b
    if len(na) != len(nb):
        return False
    return all(x == y or (math.isfinite(x) and math.isfinite(y)
                          and abs(x - y) <= tolerance * max(1.0, abs(x), abs(y))) for x, y in zip(na, nb))


def compare(before: Path, after: Path, tolerance: float) -> list:
    old = notebook_checks.summarize(notebook_checks.read(before)).checks
    new = notebook_checks.summarize(notebook_checks.read(after)).checks
    problems = []
    if [c.claim for c in old] != [c.claim for c in new]:
        problems.append(f"{after.name}: the checks differ ({len(old)} before, {len(new)} after, or renamed)")
    for o, n in zip(old, new):
        if o.claim == n.claim and not same(o.reproduced, n.reproduced, tolerance):
            problems.append(f"{after.name}: '{o.claim}': {o.reproduced!r} -> {n.reproduced!r}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--tolerance", type=float, default=1e-12)
    args = parser.parse_args()
    if args.before.is_dir():
        pairs = [(p, args.after / p.name) for p in sorted(args.before.glob("*.ipynb")) if (args.after / p.name).exists()]
    else:
        pairs = [(args.before, args.after)]
    problems = [line for b, a in pairs for line in compare(b, a, args.tolerance)]
    for line in problems:
        print(line)
    print(f"{len(pairs)} notebooks compared, {len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
