"""Shared fixtures: the project-local Jupyter environment and a protocol-level kernel client."""
from __future__ import annotations

import queue
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import local_env  # noqa: E402

local_env.apply()

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
STARTUP_TIMEOUT = 120


@dataclass
class Execution:
    """An execute_request's reply and the iopub messages it caused, up to its idle status."""

    reply: dict
    messages: list = field(default_factory=list)
    idle: bool = False
    replied_at: float = 0.0

    @property
    def status(self) -> str:
        return self.reply["content"]["status"] if self.reply else "no reply"

    def of_type(self, *types) -> list:
        return [m for m in self.messages if m["msg_type"] in types]

    def stream(self, name: str = "stdout") -> str:
        return "".join(m["content"]["text"] for m in self.of_type("stream") if m["content"]["name"] == name)

    @property
    def errors(self) -> list:
        return [m["content"] for m in self.of_type("error")]

    @property
    def result(self):
        results = self.of_type("execute_result")
        return results[0]["content"]["data"].get("text/plain") if results else None

    def traceback(self) -> str:
        return "\n".join(ANSI.sub("", line) for e in self.errors for line in e.get("traceback", []))

    def describe(self) -> str:
        parts = [f"status={self.status}"]
        for m in self.messages:
            content = m["content"]
            if m["msg_type"] == "stream":
                parts.append(f"{content['name']}: {content['text'][:300]!r}")
            elif m["msg_type"] == "error":
                parts.append(f"error {content.get('ename')}: {content.get('evalue')!r}")
            elif m["msg_type"] in ("execute_result", "display_data"):
                parts.append(f"{m['msg_type']} {sorted(content['data'])}: {str(content['data'].get('text/plain'))[:200]!r}")
        return "; ".join(parts)


class Kernel:
    """A kernel started through jupyter_client, driven message by message."""

    def __init__(self, name: str):
        from jupyter_client import KernelManager

        self.name = name
        self.km = KernelManager(kernel_name=name)
        self.km.start_kernel()
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=STARTUP_TIMEOUT)
        self.drain()

    def drain(self) -> None:
        for get in (self.kc.get_iopub_msg, self.kc.get_shell_msg, self.kc.get_control_msg):
            while True:
                try:
                    get(timeout=0.05)
                except queue.Empty:
                    break

    def shell_reply(self, msg_id: str, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            reply = self.kc.get_shell_msg(timeout=max(0.01, deadline - time.monotonic()))
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply

    def collect(self, msg_id: str, timeout: float, reply_timeout: float | None = None) -> Execution:
        """Wait for the shell reply and the iopub messages of one request, up to its idle status."""
        execution = Execution(reply=None)
        deadline = time.monotonic() + timeout
        try:
            execution.reply = self.shell_reply(msg_id, reply_timeout or timeout)
            execution.replied_at = time.monotonic()
        except queue.Empty:
            return execution
        while time.monotonic() < deadline:
            try:
                msg = self.kc.get_iopub_msg(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status":
                if msg["content"]["execution_state"] == "idle":
                    execution.idle = True
                    break
                continue
            if msg["msg_type"] != "execute_input":
                execution.messages.append(msg)
        return execution

    def execute(self, code: str, timeout: float = 60) -> Execution:
        return self.collect(self.kc.execute(code, allow_stdin=False), timeout)

    def alive_and_answering(self) -> Execution:
        return self.execute("1+1", timeout=30)

    def shutdown(self) -> None:
        try:
            self.kc.stop_channels()
        finally:
            self.km.shutdown_kernel(now=False)


@pytest.fixture(scope="module")
def kernel():
    k = Kernel(local_env.kernel_name())
    yield k
    k.shutdown()
