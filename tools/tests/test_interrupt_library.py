"""Kernel > Interrupt stops a long solve inside the library, not only loops in cell code.

The library's iterative solvers poll ``Cancellation.threadInterrupt()`` every sweep; the kernel interrupts
the cell's thread on an interrupt_request (interrupt_mode "message"). A value iteration that would run for
hours must therefore end with the library's cancellation within a second or two, without the kernel
abandoning the cell thread, and the next cell must run at once on a free worker.
"""
from __future__ import annotations

import time

BUILD = """
var builder = org.mdlab.dynamic.MarkovDecisionProblem.builder(20_000, 2, 0.999999);
for (int s = 0; s < 20_000; s++) {
    builder.row(s, 0, s % 7, new int[] {(s + 1) % 20_000}, new double[] {1});
    builder.row(s, 1, s % 5, new int[] {(s * 31 + 7) % 20_000, (s + 2) % 20_000}, new double[] {0.5, 0.5});
}
var largeProblem = builder.build();
largeProblem.stateCount()
"""

# Values reach about 6e6, so a residual of 1e-13 is below their rounding: the iteration never converges
# and would only stop at a limit of Long.MAX_VALUE sweeps.
SOLVE = """
largeProblem.solve(org.mdlab.optimisation.SolverOptions.defaults().withTolerance(1e-13)
        .withIterationLimit(Long.MAX_VALUE)).status()
"""

SOLVER_THREADS = """
Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> java.util.Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("org.mdlab.dynamic.")))
        .count()
"""


def test_interrupt_stops_a_long_value_iteration_and_frees_the_worker(kernel):
    built = kernel.execute(BUILD, timeout=120)
    assert built.status == "ok" and built.result == "20000", built.describe()

    msg_id = kernel.kc.execute(SOLVE, allow_stdin=False)
    time.sleep(1.0)
    sent = time.monotonic()
    kernel.kc.control_channel.send(kernel.kc.session.msg("interrupt_request", {}))
    run = kernel.collect(msg_id, timeout=10, reply_timeout=5)
    assert run.reply is not None, "no execute_reply within 5 s of the interrupt_request"
    elapsed = run.replied_at - sent
    assert run.status == "error", run.describe()
    text = " ".join(str(part) for e in run.errors for part in (e.get("ename", ""), e.get("evalue", "")))
    text += " " + run.traceback()
    assert "abandoned" not in text, f"the kernel had to abandon the cell thread: {run.describe()}"
    assert "cancel" in text.lower() or "interrupt" in text.lower(), f"no cancellation or interrupt error: {text}"
    assert elapsed <= 2.0, f"execute_reply came {elapsed:.2f} s after the interrupt_request"

    started = time.monotonic()
    after = kernel.execute("1+1", timeout=30)
    assert after.status == "ok" and after.result == "2", after.describe()
    assert time.monotonic() - started <= 5.0, "the next cell did not run at once"

    threads = kernel.execute(SOLVER_THREADS, timeout=30)
    assert threads.status == "ok" and threads.result == "0", f"a solver thread is still running: {threads.describe()}"
