"""End to end in a real browser: Debian's headless Chromium, driven by playwright-core (installed by
``./mdlab setup`` into build/node from tools/browser/package-lock.json), against the classic Jupyter
Notebook server from apt, started here on 127.0.0.1 with a token and the project-local Jupyter
environment. The notebook (01-limits-of-price-discrimination if it exists, else 00-getting-started)
is opened from a copy of notebooks/ (autosave never touches the committed file), its outputs are
cleared, Cell > Run All is clicked, and once the kernel is idle the page must show an inline PNG
chart, the reproduction-check table with no failed check, and no error output. The screenshot is
saved in build/browser/.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

import local_env

CHROMIUM = Path("/usr/bin/chromium")
NODE_DIR = local_env.BUILD / "node"
OUT = local_env.BUILD / "browser"
RUNNER = local_env.ROOT / "tools" / "browser" / "run_notebook.mjs"
CANDIDATES = ("01-limits-of-price-discrimination.ipynb", "00-getting-started.ipynb")
SERVER_TIMEOUT = 60
RUN_TIMEOUT = 300


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + SERVER_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the notebook server exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"the notebook server did not answer {url} within {SERVER_TIMEOUT} s:\n{log.read_text()[-3000:]}")


def shut_down_kernels(base: str, token: str) -> None:
    try:
        with urllib.request.urlopen(f"{base}/api/kernels?token={token}", timeout=5) as r:
            kernels = json.load(r)
        for k in kernels:
            req = urllib.request.Request(f"{base}/api/kernels/{k['id']}?token={token}", method="DELETE")
            urllib.request.urlopen(req, timeout=10).close()
    except OSError:
        pass


@pytest.fixture(scope="module")
def server():
    for needed, how in ((CHROMIUM, "apt-get install chromium (./mdlab setup does)"),
                        (NODE_DIR / "node_modules" / "playwright-core", "./mdlab setup (npm ci into build/node)")):
        if not needed.exists():
            pytest.fail(f"missing {needed}: {how}")
    shutil.rmtree(OUT, ignore_errors=True)
    served = OUT / "notebooks"
    shutil.copytree(local_env.notebooks_dir(), served, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    port, token = free_port(), secrets.token_hex(16)
    log = OUT / "server.log"
    argv = ["/usr/bin/jupyter", "notebook", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
            "--port-retries=0", f"--NotebookApp.token={token}", f"--notebook-dir={served}"]
    if os.geteuid() == 0:
        argv.append("--allow-root")
    with open(log, "wb") as sink:
        process = subprocess.Popen(argv, stdout=sink, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   env=dict(os.environ))
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/api/status?token={token}", process, log)
        yield {"base": base, "token": token, "dir": served}
    finally:
        shut_down_kernels(base, token)
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def page(server):
    name = next(n for n in CANDIDATES if (server["dir"] / n).is_file())
    shutil.copy(RUNNER, NODE_DIR / RUNNER.name)
    shot = OUT / f"{Path(name).stem}.png"
    r = subprocess.run(["node", str(NODE_DIR / RUNNER.name), server["base"], server["token"], name, str(shot),
                        str(RUN_TIMEOUT)], cwd=NODE_DIR, capture_output=True, text=True, timeout=RUN_TIMEOUT + 60,
                       stdin=subprocess.DEVNULL)
    lines = [line for line in r.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no report from the browser run (exit {r.returncode}):\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}"
    report = json.loads(lines[-1])
    assert r.returncode == 0 and "failure" not in report, report.get("failure", r.stderr[-2000:])
    return report


def test_run_all_in_chromium_renders_a_chart_and_the_check_table_without_errors(page):
    assert page["imagesAfterClear"] == 0, page
    assert page["images"] >= 1, f"no inline PNG chart (img[src^='data:image/png']): {page}"
    assert page["checkTables"] == 1, f"no rendered reproduction-check table: {page}"
    assert page["checksPassed"] >= 1 and page["checksFailed"] == 0, page
    assert page["errorOutputs"] == 0, page["errorText"]
    assert not page["pageErrors"], page["pageErrors"]


def test_the_screenshot_is_saved(page):
    shot = Path(page["screenshot"])
    assert shot.is_file() and shot.stat().st_size > 10_000, shot
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
