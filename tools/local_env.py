"""The project-local Jupyter environment (build/jupyter), never the user's global Jupyter dirs.

``./mdlab`` exports the same variables; ``apply()`` fills in whatever is missing so the tools and
the pytest suites also stay project-local when run directly, and copies the committed server
configuration (tools/jupyter_config: no news feed, update check or extension listing, which would
reach for the network) into JUPYTER_CONFIG_DIR when that is under build/ (never into a directory of yours). ``python tools/local_env.py``
does the same from the shell.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
NOTEBOOKS = ROOT / "notebooks"
KERNEL_NAME = "mdlab"
CONFIG_TEMPLATE = ROOT / "tools" / "jupyter_config"


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
    config = Path(os.environ["JUPYTER_CONFIG_DIR"]).resolve()
    if config.is_relative_to(BUILD.resolve()):
        shutil.copytree(CONFIG_TEMPLATE, config, dirs_exist_ok=True)


def jupyter() -> str:
    """The ``jupyter`` command of the running interpreter's environment (build/venv under ./mdlab)."""
    return str(Path(sys.executable).with_name("jupyter"))


def kernel_name() -> str:
    """The kernel under test: ``mdlab`` unless MDLAB_KERNEL names another (harness development)."""
    return os.environ.get("MDLAB_KERNEL", KERNEL_NAME)


def notebooks_dir() -> Path:
    """Where the curated notebooks live: ``notebooks/`` unless MDLAB_NOTEBOOKS names another dir."""
    return Path(os.environ.get("MDLAB_NOTEBOOKS", NOTEBOOKS))


if __name__ == "__main__":
    apply()
