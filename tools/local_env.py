"""The project-local Jupyter environment (build/jupyter), never the user's global Jupyter dirs.

``./mdlab`` exports the same variables; ``apply()`` fills in whatever is missing so the tools and
the pytest suites also stay project-local when run directly.
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
NOTEBOOKS = ROOT / "notebooks"
KERNEL_NAME = "mdlab"


def variables(root: Path = ROOT) -> dict:
    jupyter = root / "build" / "jupyter"
    return {
        "JUPYTER_PATH": str(jupyter / "share" / "jupyter"),
        "JUPYTER_DATA_DIR": str(jupyter / "data"),
        "JUPYTER_RUNTIME_DIR": str(jupyter / "runtime"),
        "JUPYTER_CONFIG_DIR": str(jupyter / "config"),
        "IPYTHONDIR": str(jupyter / "ipython"),
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        "TMPDIR": str(root / "build" / "tmp"),
    }


def apply(root: Path = ROOT) -> None:
    for name, value in variables(root).items():
        os.environ.setdefault(name, value)
    for name in ("JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTER_CONFIG_DIR", "IPYTHONDIR", "TMPDIR"):
        Path(os.environ[name]).mkdir(parents=True, exist_ok=True)


def kernel_name() -> str:
    """The kernel under test: ``mdlab`` unless MDLAB_KERNEL names another (harness development)."""
    return os.environ.get("MDLAB_KERNEL", KERNEL_NAME)


def notebooks_dir() -> Path:
    """Where the curated notebooks live: ``notebooks/`` unless MDLAB_NOTEBOOKS names another dir."""
    return Path(os.environ.get("MDLAB_NOTEBOOKS", NOTEBOOKS))
