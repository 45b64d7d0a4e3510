"""AppCDS training for the installed kernel, in the foreground: ``sh kernel.sh --train JAVA ...``.

The installed kernelspec's own command line is run with ``--train`` after the launcher, so the
archive is trained by the same code (org.mdlab.kernel.CdsTraining), for the same location, JDK and
JVM options as a kernel started there in the background would be. Up to date archives are left
alone. Never fails the install: a failed training prints one warning line and exits 0 (the kernel
then trains its archive on its first start, and runs without it, only slower, until then).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import local_env  # noqa: E402

LAUNCHER = "kernel.sh"
TIMEOUT = 360  # the trainer gives up after 300 s itself


def training_argv(argv: list, resource_dir: Path) -> list:
    """The kernelspec argv with ``--train`` after the launcher and no connection file to read."""
    expanded = [a.replace("{resource_dir}", str(resource_dir)).replace("{connection_file}", "-") for a in argv]
    launcher = next((i for i, a in enumerate(expanded) if Path(a).name == LAUNCHER), None)
    if launcher is None:
        raise RuntimeError(f"the kernelspec argv does not run {LAUNCHER}: {argv}")
    return expanded[:launcher + 1] + ["--train"] + expanded[launcher + 1:]


def train(kernel: str) -> str:
    from jupyter_client.kernelspec import KernelSpecManager

    spec = KernelSpecManager().get_kernel_spec(kernel)
    argv = training_argv(spec.argv, Path(spec.resource_dir))
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"no result within {TIMEOUT} s") from None
    lines = [line for line in done.stdout.splitlines() if line.startswith("AppCDS")]
    if done.returncode != 0 or not lines:
        detail = (lines or done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        raise RuntimeError(detail)
    return lines[-1]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", default=local_env.KERNEL_NAME)
    args = parser.parse_args(argv)
    local_env.apply()
    try:
        print(f"mdlab build: {train(args.kernel)}")
    except Exception as e:
        first = (str(e).splitlines() or [""])[0]
        print(f"mdlab build: warning: AppCDS training failed ({type(e).__name__}: {first}); "
              "the kernel trains its archive on its first start and runs without it until then")
    return 0


if __name__ == "__main__":
    sys.exit(main())
