"""Hardening at the protocol level: hostile messages, runaway and hostile cells, on every JDK here.

Each test leaves the kernel answering, and checks that it does.
"""
from __future__ import annotations

import json
import os
import queue
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest
import zmq
from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.session import Session

import local_env
from conftest import Kernel

JVM_DIR = Path("/usr/lib/jvm")


def assert_still_answers(kernel):
    after = kernel.alive_and_answering()
    assert after.status == "ok" and after.result == "2", f"next cell `1+1`: {after.describe()}"


def raw_shell_socket(kernel) -> zmq.Socket:
    info = kernel.km.get_connection_info()
    socket = zmq.Context.instance().socket(zmq.DEALER)
    socket.setsockopt(zmq.LINGER, 0)
    socket.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
    return socket


def execute_frames(session: Session, code: str) -> list:
    msg = session.msg("execute_request", {"code": code, "silent": False, "store_history": True,
                                          "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    return session.serialize(msg)


def no_reply_within(socket: zmq.Socket, seconds: float) -> bool:
    return socket.poll(int(seconds * 1000)) == 0


@pytest.mark.parametrize("attack", ["wrong key", "unsigned", "altered after signing", "truncated", "garbage"])
def test_hostile_messages_are_dropped_and_the_real_client_is_still_served(kernel, attack):
    key = kernel.km.session.key
    socket = raw_shell_socket(kernel)
    try:
        if attack == "wrong key":
            frames = execute_frames(Session(key=b"not-the-key", username="mallory"), "System.out.println(666)")
        elif attack == "unsigned":
            frames = execute_frames(Session(key=b"", username="mallory"), "System.out.println(666)")
        elif attack == "altered after signing":
            frames = execute_frames(Session(key=key, username="mallory"), "System.out.println(1)")
            frames[-1] = frames[-1].replace(b"println(1)", b"println(666)")
        elif attack == "truncated":
            frames = execute_frames(Session(key=key, username="mallory"), "System.out.println(666)")[:3]
        else:
            frames = [b"<IDS|MSG>", b"x", b"{not json", b"{}", b"{}", b"{}"]
        socket.send_multipart(frames)
        assert no_reply_within(socket, 1.0), f"the kernel answered a {attack} message"
    finally:
        socket.close()
    after = kernel.execute('System.out.println("served")')
    assert after.status == "ok" and after.stream() == "served\n", after.describe()
    assert "666" not in after.stream()


def test_a_message_from_the_real_client_after_an_attack_burst_runs_once(kernel):
    socket = raw_shell_socket(kernel)
    try:
        forged = Session(key=b"not-the-key", username="mallory")
        for _ in range(50):
            socket.send_multipart(execute_frames(forged, "1"))
    finally:
        socket.close()
    assert_still_answers(kernel)


def test_an_out_of_memory_error_leaves_a_working_kernel(kernel):
    run = kernel.execute("java.util.List<long[]> hog = new java.util.ArrayList<>();\n"
                         "while (true) { hog.add(new long[8_000_000]); }", timeout=120)
    assert run.status == "error", run.describe()
    assert run.errors[0]["ename"] == "java.lang.OutOfMemoryError", run.describe()
    kernel.execute("hog = null;")
    assert_still_answers(kernel)


def test_output_of_a_background_thread_lands_in_the_cell_that_started_it(kernel):
    started = kernel.kc.execute('new Thread(() -> {\n'
                                '    try { Thread.sleep(400); } catch (InterruptedException e) { }\n'
                                '    System.out.println("from the background");\n'
                                '}).start();')
    first = kernel.collect(started, timeout=30)
    assert first.status == "ok", first.describe()
    second = kernel.kc.execute("Thread.sleep(1200);")
    seen = []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            msg = kernel.kc.get_iopub_msg(timeout=0.5)
        except queue.Empty:
            continue
        if msg["msg_type"] == "stream":
            seen.append((msg["parent_header"].get("msg_id"), msg["content"]["text"]))
        if msg["parent_header"].get("msg_id") == second and msg["msg_type"] == "status" \
                and msg["content"]["execution_state"] == "idle":
            break
    kernel.shell_reply(second, timeout=10)
    assert (started, "from the background\n") in seen, seen
    assert_still_answers(kernel)


def jdks() -> list:
    """Every full JDK (with jshell) under /usr/lib/jvm, by real path, at least the default one."""
    found = {}
    for home in sorted(JVM_DIR.glob("*")) if JVM_DIR.is_dir() else []:
        if (home / "bin" / "jshell").exists() and not home.is_symlink():
            found[home.resolve()] = home.name
    return [pytest.param(home, id=name) for home, name in found.items()]


def kernel_on(java_home: Path, tmp: Path) -> Kernel:
    """The installed kernel's JVM command line (kernel.json without its launcher) on another JDK, no AppCDS archive."""
    installed = Path(local_env.variables()["JUPYTER_PATH"]) / "kernels" / local_env.kernel_name()
    spec = json.loads((installed / "kernel.json").read_text())
    launcher = next(i for i, a in enumerate(spec["argv"]) if a.endswith("/kernel.sh"))
    argv = [str(java_home / "bin" / "java")] + spec["argv"][launcher + 2:]
    argv = [a.replace("{resource_dir}", str(installed)) for a in argv]
    name = f"mdlab-{java_home.name}"
    (tmp / "kernels" / name).mkdir(parents=True)
    (tmp / "kernels" / name / "kernel.json").write_text(json.dumps({**spec, "argv": argv}))
    kernel = Kernel.__new__(Kernel)
    kernel.name = name
    kernel.km = KernelManager(kernel_name=name, kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(tmp / "kernels")]))
    kernel.km.start_kernel()
    kernel.kc = kernel.km.client()
    kernel.kc.start_channels()
    kernel.kc.wait_for_ready(timeout=120)
    kernel.drain()
    return kernel


@pytest.mark.parametrize("java_home", jdks())
def test_a_busy_loop_stops_within_a_second_of_the_interrupt(java_home, tmp_path):
    kernel = kernel_on(java_home, tmp_path)
    try:
        assert_still_answers(kernel)
        msg_id = kernel.kc.execute("long spins = 0;\nwhile (true) { spins++; }")
        time.sleep(1.0)
        interrupted_at = time.monotonic()
        kernel.km.interrupt_kernel()
        run = kernel.collect(msg_id, timeout=30)
        assert run.status == "error", run.describe()
        assert run.replied_at - interrupted_at < 1.0, f"reply {run.replied_at - interrupted_at:.2f} s after the interrupt"
        assert "Interrupt" in run.errors[0]["ename"], run.describe()
        assert_still_answers(kernel)
        exit_run = kernel.execute("System.exit(0);")
        assert exit_run.status == "error" and "System.exit" in exit_run.errors[0]["evalue"], exit_run.describe()
        assert_still_answers(kernel)
    finally:
        kernel.shutdown()
