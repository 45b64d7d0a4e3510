"""binder/postBuild as Binder runs it, as near as this machine allows: a throwaway non-root user
created by the test (removed afterwards) whose home is an empty directory, a copy of the repository it
owns (repo2docker copies the repository too), a fresh environment under build/ as NB_PYTHON_PREFIX
into which that user pip-installs binder/requirements.txt from PyPI (as repo2docker does, with the
system Python 3 standing in for the one binder/runtime.txt names), and Maven fetching every artifact
into that empty HOME from a repository mirror. The mirror is a hard-linked, read-only view of root's local
Maven repository standing in for Maven Central, which this machine reaches only through root's Maven;
postBuild itself is run unchanged (on Binder it builds from source with the network). Then a notebook
runs with the kernel installed in that prefix.

Needs root (to run as another user); as root it never skips, so CI always runs it.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import local_env
import notebook_checks

USER = "mdlab-binder-test"
BUILD_TIMEOUT = 1200
ENV_TIMEOUT = 900
SYSTEM_PYTHON = "/usr/bin/python3"
MIRROR_SOURCE = Path.home() / ".m2" / "repository"
SETTINGS = """<settings>
  <mirrors>
    <mirror><id>central-here</id><mirrorOf>*</mirrorOf><url>{url}</url></mirror>
  </mirrors>
</settings>
"""


def require_root():
    if os.geteuid() == 0:
        return
    if os.environ.get("CI"):
        pytest.fail("test_binder must run as root on CI (it runs postBuild as another user)")
    pytest.skip("needs root to run binder/postBuild as another user")


def tracked_files(root: Path) -> list:
    out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=root,
                         check=True, capture_output=True).stdout.decode()
    return [name for name in out.split("\0") if name and (root / name).is_file()]


def copy_repository(root: Path, dest: Path) -> None:
    for name in tracked_files(root):
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / name, target)


def mirror(dest: Path) -> None:
    """Root's local Maven repository, hard-linked (same file system) or copied, readable by anyone."""
    if not MIRROR_SOURCE.is_dir():
        pytest.fail(f"no {MIRROR_SOURCE}: run ./mdlab build as root first (it fills the Maven repository)")
    if subprocess.run(["cp", "-rl", str(MIRROR_SOURCE), str(dest)], capture_output=True).returncode != 0:
        shutil.rmtree(dest, ignore_errors=True)
        subprocess.run(["cp", "-r", str(MIRROR_SOURCE), str(dest)], check=True)
    subprocess.run(["chmod", "-R", "a+rX", str(dest)], check=True)


def passed_through() -> dict:
    """pip's settings and proxies of this machine (certificates, timeouts), as Binder's build has its own."""
    return {k: v for k, v in os.environ.items()
            if k.startswith("PIP_") or k.lower() in ("http_proxy", "https_proxy", "no_proxy")}


def environment(env: dict, repo: Path, prefix: Path) -> None:
    """The user's environment at prefix: a venv of the system Python with binder/requirements.txt."""
    steps = ([SYSTEM_PYTHON, "-m", "venv", str(prefix)],
             [str(prefix / "bin" / "python"), "-m", "pip", "install", "--no-input", "--disable-pip-version-check",
              "-q", "-r", "binder/requirements.txt"])
    for argv in steps:
        r = as_user(argv, env, repo, ENV_TIMEOUT)
        if r.returncode != 0:
            pytest.fail(f"building the Binder environment failed: {' '.join(argv)} exited {r.returncode}\n"
                        f"{r.stdout[-2000:]}\n{r.stderr[-3000:]}")


def as_user(argv, env, cwd, timeout):
    return subprocess.run(["runuser", "-u", USER, "--", "env", "-i", *[f"{k}={v}" for k, v in env.items()], *argv],
                          cwd=cwd, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def binder(tmp_path_factory):
    require_root()
    base = local_env.BUILD / "binder-test"
    shutil.rmtree(base, ignore_errors=True)
    repo, home, prefix, mirror_dir = base / "repo", base / "home", base / "prefix", base / "central-mirror"
    for d in (repo, home, prefix):
        d.mkdir(parents=True)
    existed = subprocess.run(["id", USER], capture_output=True).returncode == 0
    if not existed:
        made = subprocess.run(["useradd", "--home-dir", str(home), "--no-create-home", "--shell", "/bin/bash",
                               "--user-group", USER], capture_output=True, text=True)
        if made.returncode != 0:
            pytest.fail(f"cannot create the user {USER!r} to run postBuild as: {made.stderr.strip()}")
    else:
        subprocess.run(["usermod", "--home", str(home), USER], check=True)
    copy_repository(local_env.ROOT, repo)
    mirror(mirror_dir)
    (home / ".m2").mkdir()
    (home / ".m2" / "settings.xml").write_text(SETTINGS.format(url=mirror_dir.as_uri()), encoding="utf-8")
    for d in (repo, home, prefix):
        subprocess.run(["chown", "-R", f"{USER}:", str(d)], check=True)
    subprocess.run(["chmod", "a+rx", str(base)], check=True)
    env = {"PATH": f"{prefix / 'bin'}:/usr/bin:/bin", "HOME": str(home), "USER": USER, "LANG": "C.UTF-8",
           "NB_PYTHON_PREFIX": str(prefix), **passed_through()}
    environment(env, repo, prefix)
    result = as_user(["bash", "binder/postBuild"], env, repo, BUILD_TIMEOUT)
    yield {"result": result, "repo": repo, "home": home, "prefix": prefix, "env": env}
    subprocess.run(["userdel", USER], capture_output=True)
    shutil.rmtree(base, ignore_errors=True)


def test_postbuild_succeeds_as_a_non_root_user(binder):
    r = binder["result"]
    assert r.returncode == 0, f"postBuild exited {r.returncode}\nstdout:\n{r.stdout[-4000:]}\nstderr:\n{r.stderr[-4000:]}"


def test_postbuild_installs_the_kernel_into_the_environment_prefix(binder):
    spec = binder["prefix"] / "share" / "jupyter" / "kernels" / "mdlab"
    assert (spec / "kernel.json").is_file() and (spec / "mdlab-kernel.jar").is_file(), sorted(spec.parent.glob("**/*"))
    assert (spec / "mdlab.jsa").is_file(), "no AppCDS archive trained: " + binder["result"].stdout[-2000:]
    assert not (binder["home"] / ".local" / "share" / "jupyter" / "kernels").exists(), "kernel installed per user"


def test_the_binder_environment_has_the_locked_jupyter(binder):
    r = as_user([str(binder["prefix"] / "bin" / "python"), "-c",
                 "import importlib.metadata as m; print(m.version('jupyterlab'), m.version('notebook'))"],
                binder["env"], binder["repo"], 60)
    assert r.returncode == 0, r.stderr
    lock = (local_env.ROOT / "binder" / "requirements.txt").read_text(encoding="utf-8")
    lab, notebook = r.stdout.split()
    assert f"jupyterlab=={lab} " in lock and f"notebook=={notebook} " in lock, (lab, notebook)


def test_postbuild_installs_the_server_settings_into_the_environment(binder):
    r = as_user([str(binder["prefix"] / "bin" / "jupyter"), "server", "--show-config"], binder["env"], binder["repo"], 120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "NeverCheckForUpdate" in r.stdout and "news_url" in r.stdout, r.stdout[-3000:]


def test_postbuild_ran_the_index_notebook(binder):
    executed = binder["repo"] / "build" / "binder" / "index.ipynb"
    assert executed.is_file(), binder["result"].stdout[-2000:]
    summary = notebook_checks.summarize(notebook_checks.read(executed))
    assert summary.ok, summary


def test_a_notebook_runs_with_the_kernel_installed_in_the_prefix(binder):
    assert binder["result"].returncode == 0, "postBuild failed"
    notebooks = binder["repo"] / "notebooks"
    name = next(n for n in ("01-limits-of-price-discrimination.ipynb", "00-getting-started.ipynb")
                if (notebooks / n).is_file())
    env = dict(binder["env"], JUPYTER_PATH=str(binder["prefix"] / "share" / "jupyter"))
    out = binder["repo"] / "build" / "binder-run"
    r = as_user([str(binder["prefix"] / "bin" / "jupyter"), "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=mdlab",
                 "--output-dir", str(out), f"notebooks/{name}"], env, binder["repo"], 600)
    assert r.returncode == 0, r.stderr[-3000:]
    summary = notebook_checks.summarize(notebook_checks.read(out / name))
    assert summary.ok and summary.checks, summary
    assert any(png for png, _ in notebook_checks.rich_counts(notebook_checks.read(out / name))), "no chart rendered"


def test_binder_recipe_is_apt_txt_requirements_runtime_and_postbuild_without_a_dockerfile():
    binder_dir = local_env.ROOT / "binder"
    assert not (binder_dir / "Dockerfile").exists(), "a Dockerfile in binder/ disables apt.txt and postBuild"
    assert not (binder_dir / "environment.yml").exists(), "an environment.yml makes repo2docker ignore requirements.txt"
    assert (binder_dir / "runtime.txt").read_text(encoding="utf-8").strip() == "python-3.11"
    packages = (binder_dir / "apt.txt").read_text(encoding="utf-8").split()
    assert {"openjdk-17-jdk-headless", "maven", "fontconfig", "fonts-dejavu-core"} <= set(packages), packages
    post = binder_dir / "postBuild"
    assert os.access(post, os.X_OK) and "set -euo pipefail" in post.read_text(encoding="utf-8")


def test_readme_binder_badges_open_the_index_notebook():
    import re

    text = (local_env.ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"^\[binder-\w+\]: (https://mybinder\.org/v2/gh/(\S+?)/HEAD\?urlpath=\S+)$", text, re.M)
    assert len(links) == 2, links
    assert {repo for _, repo in links} == {"GITHUB_OWNER/GITHUB_REPO"}, "one placeholder for the repository"
    for url, _ in links:
        target = re.sub(r"^(lab/tree|notebooks)/", "", url.split("urlpath=", 1)[1])
        assert (local_env.ROOT / target).is_file(), url
    assert links[0][0].endswith("urlpath=lab/tree/notebooks/index.ipynb"), "JupyterLab 4 badge first"
    assert links[1][0].endswith("urlpath=notebooks/notebooks/index.ipynb"), "then Notebook 7's notebook page"
