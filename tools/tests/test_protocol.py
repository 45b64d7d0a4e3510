"""The mdlab kernel's behaviour at the Jupyter protocol level, beyond jupyter_kernel_test.

One kernel per module (fixture ``kernel``); each test leaves it answering, and checks that it does.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import time

import pytest

import local_env
from conftest import Kernel

OUTPUT_BUDGET = 2 * 1024 * 1024
DURATION = re.compile(r"\d+(\.\d+)?\s*(ns|µs|us|ms|s|sec|seconds)\b")


def assert_still_answers(kernel):
    after = kernel.alive_and_answering()
    assert after.status == "ok" and after.result == "2", f"next cell `1+1` after that: {after.describe()}"


def test_the_first_cell_right_after_startup_succeeds():
    fresh = Kernel(local_env.kernel_name())
    try:
        run = fresh.execute("1+1")
        assert run.status == "ok" and run.result == "2", run.describe()
    finally:
        fresh.shutdown()


def test_kernel_info_reply_has_status_ok(kernel):
    msg_id = kernel.kc.kernel_info()
    reply = kernel.shell_reply(msg_id, timeout=15)
    assert reply["content"].get("status") == "ok", reply["content"]
    assert reply["content"]["language_info"]["name"] == "java"


def test_history_reply_has_status_ok(kernel):
    kernel.execute("int historyProbe = 1;")
    msg_id = kernel.kc.history(hist_access_type="tail", n=5, output=False, raw=True)
    reply = kernel.shell_reply(msg_id, timeout=15)
    assert reply["content"].get("status") == "ok", reply["content"]
    entries = reply["content"]["history"]
    assert all(isinstance(e, list) and len(e) == 3 for e in entries), \
        f"history entries must be [session, line, input] triples, got {entries[:2]}"
    assert any("historyProbe" in entry[2] for entry in entries), entries


def test_stdout_arrives_as_a_stream(kernel):
    run = kernel.execute('System.out.println("hi")')
    assert run.status == "ok", run.describe()
    assert run.stream("stdout") == "hi\n", run.describe()


def test_expression_value_is_an_execute_result(kernel):
    run = kernel.execute("6*7")
    assert run.status == "ok", run.describe()
    assert run.result == "42", run.describe()


def test_compile_error_names_the_line_and_the_javac_message(kernel):
    run = kernel.execute('int x = "a";')
    assert run.status == "error", run.describe()
    assert len(run.errors) == 1, run.describe()
    tb = run.traceback()
    assert re.search(r"(?i)\bline 1\b", tb), f"no 'line 1' in traceback:\n{tb}"
    assert "incompatible types" in tb, f"no javac message in traceback:\n{tb}"
    assert_still_answers(kernel)


def test_runtime_exception_shows_the_real_class_and_the_cell_line_without_wrapper_frames(kernel):
    run = kernel.execute("int[] a = new int[1];\na[2] = 1;")
    assert run.status == "error", run.describe()
    assert [e["ename"] for e in run.errors] == ["java.lang.ArrayIndexOutOfBoundsException"], run.describe()
    tb = run.traceback()
    assert re.search(r"(?i)\bline 2\b", tb), f"no 'line 2' in traceback:\n{tb}"
    assert "jdk.jshell" not in tb and "REPL.$JShell" not in tb, f"wrapper frames in traceback:\n{tb}"
    assert_still_answers(kernel)


def test_interrupt_request_stops_a_sleeping_cell_quickly(kernel):
    msg_id = kernel.kc.execute("Thread.sleep(60_000);")
    time.sleep(0.5)
    sent = time.monotonic()
    kernel.kc.control_channel.send(kernel.kc.session.msg("interrupt_request", {}))
    run = kernel.collect(msg_id, timeout=10, reply_timeout=5)
    assert run.reply is not None, "no execute_reply within 5 s of the interrupt_request"
    elapsed = run.replied_at - sent
    assert elapsed <= 2.0, f"execute_reply came {elapsed:.2f} s after the interrupt_request"
    assert run.status == "error", run.describe()
    content = run.reply["content"]
    names = [content.get("ename", ""), content.get("evalue", "")]
    names += [part for e in run.errors for part in (e.get("ename", ""), e.get("evalue", ""))]
    assert any("interrupt" in str(n).lower() for n in names), f"no 'Interrupt' in ename/evalue: {names}"
    assert_still_answers(kernel)


def test_a_million_printlns_are_truncated_and_the_kernel_survives(kernel):
    run = kernel.execute("for (int i = 0; i < 1_000_000; i++) System.out.println(i);", timeout=180)
    assert run.reply is not None and run.idle, f"no reply/idle within 180 s: {run.describe()}"
    text = run.stream("stdout") + run.stream("stderr")
    size = len(text.encode("utf-8"))
    assert size < OUTPUT_BUDGET, f"{size} bytes of stream output (budget {OUTPUT_BUDGET})"
    assert "truncated" in text.lower(), f"no truncation note in the last output: {text[-300:]!r}"
    assert_still_answers(kernel)


def test_system_exit_is_refused_and_the_kernel_survives(kernel):
    run = kernel.execute("System.exit(3);")
    assert run.status == "error", run.describe()
    evalues = [run.reply["content"].get("evalue", "")] + [e.get("evalue", "") for e in run.errors]
    assert any("System.exit" in v for v in evalues), f"no 'System.exit' in evalue: {evalues}"
    assert_still_answers(kernel)


def test_line_magic_time_reports_a_duration_and_the_value(kernel):
    run = kernel.execute("%time 1+1")
    assert run.status == "ok", run.describe()
    assert run.result == "2", run.describe()
    text = run.stream("stdout") + run.stream("stderr")
    assert DURATION.search(text), f"no duration in the output: {run.describe()}"


def test_cell_magic_time_runs_the_whole_cell(kernel):
    run = kernel.execute("%%time\nint timedY = 6;\ntimedY * 7")
    assert run.status == "ok", run.describe()
    assert run.result == "42", run.describe()
    text = run.stream("stdout") + run.stream("stderr")
    assert DURATION.search(text), f"no duration in the output: {run.describe()}"


def test_load_magic_evaluates_a_jshell_file(kernel, tmp_path):
    script = tmp_path / "defs.jshell"
    script.write_text("int loadedBase = 40;\nint loadedPlus(int k) { return loadedBase + k; }\n")
    run = kernel.execute(f"%load {script}")
    assert run.status == "ok", run.describe()
    after = kernel.execute("loadedPlus(2)")
    assert after.status == "ok" and after.result == "42", after.describe()


@pytest.mark.skipif(shutil.which("javac") is None or shutil.which("jar") is None, reason="needs javac and jar")
def test_jars_magic_puts_a_jar_on_the_classpath(kernel, tmp_path):
    src = tmp_path / "src" / "mdlabprobe"
    src.mkdir(parents=True)
    (src / "Probe.java").write_text(
        "package mdlabprobe;\npublic final class Probe { public static int answer() { return 42; } }\n")
    classes = tmp_path / "classes"
    subprocess.run(["javac", "--release", "17", "-d", str(classes), str(src / "Probe.java")], check=True)
    subprocess.run(["jar", "--create", "--file", str(tmp_path / "probe.jar"), "-C", str(classes), "."], check=True)
    run = kernel.execute(f"%jars {tmp_path}/*.jar")
    assert run.status == "ok", run.describe()
    after = kernel.execute("mdlabprobe.Probe.answer()")
    assert after.status == "ok" and after.result == "42", after.describe()
