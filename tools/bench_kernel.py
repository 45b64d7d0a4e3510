"""Protocol-level kernel benchmark: the mdlab kernel against the Python kernel, same run, same client.

Measures (a) cold start: spawn -> first kernel_info_reply, (b) first cell: spawn -> execute_reply of
``1+1``, both over >= 7 launches, also for the mdlab kernelspec installed into another prefix
(``jupyter kernelspec install --prefix build/bench/prefix``, after the first start there has trained
its archive); (c) a warm trivial cell ``1+1``: request sent -> execute_reply and idle status received,
50 runs after warm-up; (d) a chart cell (a small chart displayed as image/png), >= 10 warm runs;
(e) a slider change -> updated chart: a Jupyter widgets update of a FloatSlider that drives an
``Interact`` over the welfare triangle chart of a three-value market, from the comm_msg sent until the
Output widget's update carrying the new image/png (median and p95, mdlab only: the client plays the
widget manager); (f) the kernel process's peak resident memory (VmHWM) after a table and the charts. Everything is
interleaved: launches rotate over the kernels, warm cells alternate between the two running kernels,
so a change in the machine's load affects every kernel alike. Prints a Markdown table (medians, IQR,
ratio to the baseline) and writes it to --out.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import local_env  # noqa: E402

TIMEOUT = 120
TRIVIAL = "1+1"
CHART = {
    "java": ("var benchChart = new org.knowm.xchart.XYChartBuilder().width(400).height(300).build();\n"
             'benchChart.addSeries("s", new double[] {1, 2, 3, 4}, new double[] {1, 4, 9, 16});\n'
             "display(benchChart);"),
    "python": ("_f = _plt.figure(figsize=(4, 3)); _plt.plot([1, 2, 3, 4], [1, 4, 9, 16]); "
               "_display(_f); _plt.close(_f)"),
}
CHART_SETUP = {
    "python": ("import matplotlib; matplotlib.use('agg'); import matplotlib.pyplot as _plt; "
               "from IPython.display import display as _display"),
}
TABLE = {
    "java": 'tech.tablesaw.api.Table.create("t", tech.tablesaw.api.DoubleColumn.create("x", 1, 2, 3))',
    "python": "[[1, 2, 3]]",
}
SLIDER = {
    "java": ("var benchWeight = org.mdlab.jupyter.widgets.FloatSlider.of(\"mass at 1\", 0.05, 0.9, 0.01, 0.34);\n"
             "var benchInteract = org.mdlab.jupyter.widgets.Interact.of(() -> {\n"
             "    double a = benchWeight.value();\n"
             "    Market m = Market.of(new double[] {1, 2, 3}, new double[] {a, (1 - a) / 2, (1 - a) / 2});\n"
             "    var points = new java.util.LinkedHashMap<String, Segmentation>();\n"
             "    points.put(\"consumer-optimal\", Segmentation.consumerOptimal(m));\n"
             "    points.put(\"surplus-minimising\", Segmentation.surplusMinimising(m));\n"
             "    points.put(\"perfect discrimination\", Segmentation.producerOptimal(m));\n"
             "    return SegmentationViews.welfareTriangleChart(m, points, \"Welfare triangle\");\n"
             "}, benchWeight);\n"
             "benchInteract"),
}
SLIDER_VALUES = [round(0.10 + 0.01 * i, 2) for i in range(70)]
TARGETS = {"cold": 0.8, "warm": 0.025, "chart": 0.100, "slider": 0.150, "rss": 200 * 2**20}
MEASURES = (
    ("cold", "cold start: spawn → kernel_info_reply", "s"),
    ("cold_other", "cold start, kernelspec installed in another prefix", "s"),
    ("first", "first cell: spawn → execute_reply of `1+1`", "s"),
    ("first_other", "first cell, kernelspec installed in another prefix", "s"),
    ("warm", "warm `1+1`: request → reply + idle", "ms"),
    ("chart", "chart cell → display_data image/png, reply + idle", "ms"),
    ("slider", "slider change → Output update with the new welfare-triangle image/png", "ms"),
    ("rss", "peak RSS after a table and the charts", "MiB"),
)
OTHER_PREFIX = local_env.BUILD / "bench" / "prefix"
TRAINING_TIMEOUT = 300


@dataclass
class Result:
    kernel: str
    samples: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)
    language: str = ""
    version: str = ""


def launch(name: str, kernel_dirs=None):
    """Spawn a kernel and send kernel_info and `1+1` at once; (km, kc, cold s, first-cell s, info)."""
    from jupyter_client import KernelManager
    from jupyter_client.kernelspec import KernelSpecManager

    specs = KernelSpecManager(kernel_dirs=kernel_dirs) if kernel_dirs else KernelSpecManager()
    km = KernelManager(kernel_name=name, kernel_spec_manager=specs)
    started = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    info_id = kc.kernel_info()
    exec_id = kc.execute(TRIVIAL)
    info = None
    cold = first = None
    while cold is None or first is None:
        msg = kc.get_shell_msg(timeout=TIMEOUT)
        parent = msg["parent_header"].get("msg_id")
        if parent == info_id and cold is None:
            cold, info = time.perf_counter() - started, msg["content"]
        elif parent == exec_id:
            first = time.perf_counter() - started
            if msg["content"]["status"] != "ok":
                raise RuntimeError(f"`{TRIVIAL}` failed: {msg['content'].get('evalue')}")
    return km, kc, cold, first, info


class Wire:
    """Plain synchronous ZeroMQ sockets to a running kernel's shell and iopub channels.

    Warm timings avoid jupyter_client's asyncio channel wrappers, whose per-call overhead would be
    measured as kernel time.
    """

    def __init__(self, km):
        import zmq
        from jupyter_client.session import Session

        info = km.get_connection_info()
        self.session = Session(key=info["key"], signature_scheme=info["signature_scheme"])
        self.context = zmq.Context()
        url = f"{info['transport']}://{info['ip']}:"
        self.shell = self.context.socket(zmq.DEALER)
        self.shell.connect(url + str(info["shell_port"]))
        self.iopub = self.context.socket(zmq.SUB)
        self.iopub.setsockopt(zmq.SUBSCRIBE, b"")
        self.iopub.connect(url + str(info["iopub_port"]))
        self.poller = zmq.Poller()
        self.poller.register(self.shell, zmq.POLLIN)
        self.poller.register(self.iopub, zmq.POLLIN)
        self._subscribed()

    def _subscribed(self) -> None:
        """Send kernel_info requests until iopub delivers (a SUB socket joins late)."""
        for _ in range(50):
            self.session.send(self.shell, "kernel_info_request", {})
            if self.iopub.poll(200):
                time.sleep(0.2)
                self._drain()
                return
        raise RuntimeError("iopub never delivered a message")

    def _drain(self) -> None:
        for sock in (self.shell, self.iopub):
            while sock.poll(0):
                self.receive(sock)

    def receive(self, sock) -> dict:
        _, frames = self.session.feed_identities(sock.recv_multipart(copy=True))
        return self.session.deserialize(frames, content=True)

    def execute(self, code: str, seen=lambda msg: None) -> float:
        """Seconds from sending an execute_request until its execute_reply and idle status both arrived;
        every other message it caused goes to seen."""
        started = time.perf_counter()
        msg_id = self.session.send(self.shell, "execute_request", {
            "code": code, "silent": False, "store_history": True, "user_expressions": {},
            "allow_stdin": False, "stop_on_error": True})["header"]["msg_id"]
        replied = idle = False
        status = "ok"
        while not (replied and idle):
            ready = dict(self.poller.poll(TIMEOUT * 1000))
            if not ready:
                raise RuntimeError(f"no reply + idle within {TIMEOUT} s")
            for sock in ready:
                msg = self.receive(sock)
                if msg["parent_header"].get("msg_id") != msg_id:
                    continue
                kind = msg["header"]["msg_type"]
                if kind == "execute_reply":
                    replied, status = True, msg["content"]["status"]
                elif kind == "status" and msg["content"]["execution_state"] == "idle":
                    idle = True
                else:
                    seen(msg)
        elapsed = time.perf_counter() - started
        if status != "ok":
            raise RuntimeError(f"cell failed ({status})")
        return elapsed

    def round_trip(self, code: str, want_png: bool = False) -> float:
        """Seconds from sending the request until both its execute_reply and its idle status arrived."""
        png = []

        def seen(msg):
            if msg["header"]["msg_type"] in ("display_data", "execute_result") and "image/png" in msg["content"]["data"]:
                png.append(msg)

        elapsed = self.execute(code, seen)
        if want_png and not png:
            raise RuntimeError("no image/png display_data")
        return elapsed

    def widgets(self, code: str) -> dict:
        """Run a cell that displays widgets; model name -> comm id of the comms it opened."""
        comms = {}

        def seen(msg):
            if msg["header"]["msg_type"] == "comm_open":
                comms[msg["content"]["data"]["state"]["_model_name"]] = msg["content"]["comm_id"]

        self.execute(code, seen)
        return comms

    def slider_change(self, slider: str, output: str, value: float) -> float:
        """Seconds from a comm_msg update of the slider until the Output's update with an image/png."""
        started = time.perf_counter()
        self.session.send(self.shell, "comm_msg", {"comm_id": slider, "data": {
            "method": "update", "state": {"value": value}, "buffer_paths": []}})
        while True:
            ready = dict(self.poller.poll(TIMEOUT * 1000))
            if not ready:
                raise RuntimeError(f"no Output update within {TIMEOUT} s")
            for sock in ready:
                msg = self.receive(sock)
                if msg["header"]["msg_type"] != "comm_msg" or msg["content"]["comm_id"] != output:
                    continue
                outputs = msg["content"]["data"].get("state", {}).get("outputs") or []
                if outputs and "image/png" in outputs[0].get("data", {}):
                    elapsed = time.perf_counter() - started
                    self._drain()
                    return elapsed

    def close(self) -> None:
        self.context.destroy(linger=0)


def stop(km, kc) -> None:
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def install_elsewhere(name: str) -> str:
    """The project-local kernelspec installed into OTHER_PREFIX (its archive, copied along, names the
    project-local place); one start there, then wait until the archive for that place is trained."""
    from jupyter_client.kernelspec import KernelSpecManager

    source = KernelSpecManager().get_kernel_spec(name).resource_dir
    subprocess.run([sys.executable, "-m", "jupyter", "kernelspec", "install", source, "--prefix", str(OTHER_PREFIX), "--name", name,
                    "--replace"], check=True, capture_output=True)
    kernels = OTHER_PREFIX / "share" / "jupyter" / "kernels"
    km, kc, *_ = launch(name, [str(kernels)])
    stop(km, kc)
    key = kernels / name / "mdlab.jsa.key"
    deadline = time.monotonic() + TRAINING_TIMEOUT
    while not (key.is_file() and key.read_text().startswith(f"{kernels / name} ")):
        if time.monotonic() > deadline:
            raise RuntimeError(f"no archive trained in {kernels / name} within {TRAINING_TIMEOUT} s")
        time.sleep(0.5)
    return str(kernels)


def peak_rss(km) -> float | None:
    """VmHWM of the kernel process (the launcher execs the JVM, so it is the spawned process)."""
    process = getattr(km.provisioner, "process", None)
    try:
        status = open(f"/proc/{process.pid}/status").read()
    except (AttributeError, OSError):
        return None
    line = next((l for l in status.splitlines() if l.startswith("VmHWM:")), None)
    return int(line.split()[1]) * 1024 if line else None


def measure(main: Result, base: Result, launches: int, warm: int, charts: int) -> None:
    """Fill both results: launches rotate over the kernels, warm cells alternate between them."""
    kept = {}
    elsewhere = None
    try:
        elsewhere = install_elsewhere(main.kernel)
    except Exception as e:
        main.notes.append(f"other prefix: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}")
    rotation = [(main, "", None), (base, "", None)] + ([(main, "_other", [elsewhere])] if elsewhere else [])
    for r in (main, base):
        r.samples.update(cold=[], first=[])
    if elsewhere:
        main.samples.update(cold_other=[], first_other=[])
    stopped = set()
    try:
        for i in range(launches):
            for result, suffix, dirs in rotation:
                if result.kernel in stopped:
                    continue
                try:
                    km, kc, c, f, info = launch(result.kernel, dirs)
                except Exception as e:
                    result.notes.append(f"stopped: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}")
                    stopped.add(result.kernel)
                    continue
                result.samples["cold" + suffix].append(c)
                result.samples["first" + suffix].append(f)
                result.language = info["language_info"]["name"]
                result.version = info["language_info"].get("version", "")
                if i == launches - 1 and not suffix:
                    kept[result.kernel] = (result, km, kc)
                else:
                    stop(km, kc)
        wires = {k: Wire(km) for k, (_, km, _) in kept.items()}
        try:
            for k, wire in wires.items():
                for _ in range(10):
                    wire.round_trip(TRIVIAL)
                kept[k][0].samples["warm"] = []
            for _ in range(warm):
                for k, wire in wires.items():
                    kept[k][0].samples["warm"].append(wire.round_trip(TRIVIAL))
            for k, wire in wires.items():
                result = kept[k][0]
                chart, setup = CHART.get(result.language), CHART_SETUP.get(result.language)
                table = TABLE.get(result.language)
                if table:
                    wire.round_trip(table)
                if chart is None:
                    result.notes.append(f"no chart cell for language {result.language!r}")
                elif setup and not _runs_ok(wire, setup):
                    result.notes.append("chart: matplotlib is not installed for the baseline kernel")
                else:
                    for _ in range(3):
                        wire.round_trip(chart, want_png=True)
                    result.samples["chart"] = [wire.round_trip(chart, want_png=True) for _ in range(charts)]
                slider = SLIDER.get(result.language)
                if slider is None:
                    result.notes.append(f"no widget cell for language {result.language!r}")
                else:
                    comms = wire.widgets(slider)
                    ids = comms["FloatSliderModel"], comms["OutputModel"]
                    for value in SLIDER_VALUES[:5]:
                        wire.slider_change(*ids, value)
                    result.samples["slider"] = [wire.slider_change(*ids, v) for v in SLIDER_VALUES[5:5 + charts * 3]]
                    p95 = statistics.quantiles(result.samples["slider"], n=20, method="inclusive")[-1]
                    result.notes.append(f"slider change → updated chart: p95 {p95 * 1000:.1f} ms "
                                        f"over {len(result.samples['slider'])} changes")
                rss = peak_rss(kept[k][1])
                if rss is not None:
                    result.samples["rss"] = [rss]
        finally:
            for wire in wires.values():
                wire.close()
    except Exception as e:
        main.notes.append(f"stopped: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}")
    finally:
        for _, km, kc in kept.values():
            stop(km, kc)


def _runs_ok(wire, code: str) -> bool:
    try:
        wire.round_trip(code)
        return True
    except RuntimeError:
        return False


def stats(samples):
    if not samples:
        return None
    q1, _, q3 = statistics.quantiles(samples, n=4, method="inclusive") if len(samples) > 1 else (samples[0],) * 3
    return statistics.median(samples), q1, q3, min(samples), max(samples)


def fmt(value: float, unit: str) -> str:
    if unit == "MiB":
        return f"{value / 2**20:.0f} MiB"
    return f"{value:.2f} s" if unit == "s" else f"{value * 1000:.1f} ms"


def table(main: Result, base: Result) -> str:
    rows = [f"| measure | {main.kernel} median | {main.kernel} IQR (min–max) | {base.kernel} median "
            f"| {base.kernel} IQR (min–max) | {main.kernel} / {base.kernel} | target ({main.kernel}) |",
            "|---|---|---|---|---|---|---|"]
    for key, label, unit in MEASURES:
        m = stats(main.samples.get(key))
        b = stats(base.samples.get(key.removesuffix("_other")))
        n = len(main.samples.get(key) or [])

        def cells(s):
            if s is None:
                return ["n/a", "n/a"]
            return [fmt(s[0], unit), f"{fmt(s[1], unit)}–{fmt(s[2], unit)} ({fmt(s[3], unit)}–{fmt(s[4], unit)})"]

        ratio = f"{m[0] / b[0]:.1f}×" if m and b and b[0] > 0 else "n/a"
        target = TARGETS.get(key)
        goal = "—" if target is None else f"≤ {fmt(target, unit)}" + (
            "" if m is None else (" (met)" if m[0] <= target else " (missed)"))
        rows.append(f"| {label} (n={n}) | " + " | ".join(cells(m) + cells(b)) + f" | {ratio} | {goal} |")
    return "\n".join(rows)


def report(main: Result, base: Result, args) -> str:
    spec_dir = None
    try:
        from jupyter_client.kernelspec import KernelSpecManager

        spec_dir = Path(KernelSpecManager().get_kernel_spec(main.kernel).resource_dir)
    except Exception:
        pass
    archive = "n/a" if spec_dir is None else ("present" if (spec_dir / "mdlab.jsa").is_file() else "absent")
    lines = [
        "# Kernel benchmark",
        "",
        f"`./mdlab bench kernel`, {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.node()}: "
        f"{os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"{main.kernel}: {main.language} {main.version} (AppCDS archive {archive}); "
        f"{base.kernel}: {base.language} {base.version}. Launches {args.launches}, warm runs {args.warm}, "
        f"chart runs {args.charts}. IQR = interquartile range. Load average (1 min) "
        f"{args.load[0]:.1f} at the start, {args.load[1]:.1f} at the end.",
        "",
        table(main, base),
    ]
    notes = [f"- {r.kernel}: {n}" for r in (main, base) for n in r.notes]
    lines += ["", *notes] if notes else []
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", default=local_env.KERNEL_NAME)
    parser.add_argument("--baseline", default="python3")
    parser.add_argument("--launches", type=int, default=7)
    parser.add_argument("--warm", type=int, default=50)
    parser.add_argument("--charts", type=int, default=10)
    parser.add_argument("--out", type=Path, default=local_env.BUILD / "bench" / "kernel.md")
    args = parser.parse_args(argv)
    if args.launches < 1 or args.warm < 1 or args.charts < 1:
        parser.error("--launches, --warm and --charts must be at least 1")
    local_env.apply()
    results = [Result(args.kernel), Result(args.baseline)]
    print(f"bench kernel: {args.kernel} (also installed in {OTHER_PREFIX}) and {args.baseline}, interleaved: "
          f"{args.launches} launches each, {args.warm} warm cells each, {args.charts} charts ...", flush=True)
    before = os.getloadavg()[0]
    measure(*results, args.launches, args.warm, args.charts)
    args.load = (before, os.getloadavg()[0])
    text = report(*results, args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print()
    print(text)
    print(f"bench kernel: written to {args.out}")
    return 1 if any(n.startswith("stopped") for n in results[0].notes) else 0


if __name__ == "__main__":
    sys.exit(main())
