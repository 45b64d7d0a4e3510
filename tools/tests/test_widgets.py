"""Jupyter comms and widgets in the mdlab kernel, driven through jupyter_client as a frontend would.

The client plays JupyterLab's widget manager: it reads comm_open / comm_msg on iopub and sends
comm_msg updates on the shell channel (ipywidgets 8 protocol, version 2).
"""
from __future__ import annotations

import queue
import time

import pytest

import local_env
from conftest import Kernel

IMPORT = "import org.mdlab.jupyter.widgets.*;"


@pytest.fixture(scope="module")
def kernel():
    k = Kernel(local_env.kernel_name())
    run = k.execute(IMPORT)
    assert run.status == "ok", run.describe()
    yield k
    k.shutdown()


def opened(run) -> dict:
    """model name -> comm_open content, for the comms a cell opened."""
    return {m["content"]["data"]["state"]["_model_name"]: m for m in run.of_type("comm_open")}


def send(kernel, msg_type: str, content: dict) -> str:
    msg = kernel.kc.session.msg(msg_type, content)
    kernel.kc.shell_channel.send(msg)
    return msg["header"]["msg_id"]


def update(kernel, comm_id: str, state: dict) -> str:
    return send(kernel, "comm_msg", {"comm_id": comm_id, "data": {"method": "update", "state": state, "buffer_paths": []}})


def iopub_until(kernel, done, timeout: float = 30) -> list:
    """iopub messages (any parent) up to and including the first for which done(msg) holds."""
    seen = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            msg = kernel.kc.get_iopub_msg(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            break
        seen.append(msg)
        if done(msg):
            return seen
    raise AssertionError(f"not seen within {timeout} s; got {[m['msg_type'] for m in seen][-20:]}")


def idle_of(msg_id):
    return lambda m: (m["msg_type"] == "status" and m["parent_header"].get("msg_id") == msg_id
                      and m["content"]["execution_state"] == "idle")


def output_text(msg) -> str | None:
    """The text/plain of an Output widget's outputs in a comm_msg update, if it carries outputs."""
    state = msg["content"].get("data", {}).get("state", {})
    outputs = state.get("outputs")
    if msg["msg_type"] != "comm_msg" or not outputs:
        return None
    return outputs[0].get("data", {}).get("text/plain")


def value_of(kernel, expression: str) -> str:
    run = kernel.execute(expression)
    assert run.status == "ok", run.describe()
    return run.result


def test_a_slider_opens_a_widget_comm_with_its_full_state_and_displays_its_view(kernel):
    run = kernel.execute('var n = IntSlider.of("bidders", 1, 10, 3); n')
    assert run.status == "ok", run.describe()
    models = opened(run)
    assert {"IntSliderModel", "LayoutModel", "SliderStyleModel"} <= set(models), run.describe()
    slider = models["IntSliderModel"]
    assert slider["content"]["target_name"] == "jupyter.widget"
    assert slider["metadata"]["version"].startswith("2."), slider["metadata"]
    state = slider["content"]["data"]["state"]
    assert (state["value"], state["min"], state["max"], state["description"]) == (3, 1, 10, "bidders")
    assert state["_model_module"] == "@jupyter-widgets/controls" and state["_model_module_version"] == "2.0.0"
    assert state["layout"] == "IPY_MODEL_" + models["LayoutModel"]["content"]["comm_id"]
    view = run.of_type("execute_result")[0]["content"]["data"]["application/vnd.jupyter.widget-view+json"]
    assert view["model_id"] == slider["content"]["comm_id"] and view["version_major"] == 2


def test_a_change_from_the_client_is_echoed_and_reaches_the_java_callback(kernel):
    run = kernel.execute('var seen = new java.util.ArrayList<Integer>();\n'
                         'var m = IntSlider.of("m", 0, 10, 1).onChange(seen::add); m')
    comm_id = opened(run)["IntSliderModel"]["content"]["comm_id"]
    msg_id = update(kernel, comm_id, {"value": 7})
    messages = iopub_until(kernel, idle_of(msg_id))
    echoes = [m for m in messages if m["msg_type"] == "comm_msg" and m["content"]["data"].get("method") == "echo_update"]
    assert echoes and echoes[0]["content"]["data"]["state"] == {"value": 7}, messages
    assert echoes[0]["parent_header"]["msg_id"] == msg_id, "an echo must name the update it answers"
    assert value_of(kernel, "seen") == "[7]"
    assert value_of(kernel, "m.value()") == "7"


def test_a_value_set_from_java_is_sent_to_the_client(kernel):
    run = kernel.execute('var j = FloatSlider.of("δ", 0, 1, 0.05, 0.5); j')
    comm_id = opened(run)["FloatSliderModel"]["content"]["comm_id"]
    run = kernel.execute("j.value(0.75);")
    updates = [m for m in run.of_type("comm_msg") if m["content"]["comm_id"] == comm_id]
    assert [u["content"]["data"]["method"] for u in updates] == ["update"], run.describe()
    assert updates[0]["content"]["data"]["state"] == {"value": 0.75}


def test_interact_re_renders_its_output_in_place(kernel):
    run = kernel.execute('var w = FloatSlider.of("w", 0, 1, 0.1, 0.5);\n'
                         'var view = Interact.of(() -> "weight " + w.value(), w); view')
    assert run.status == "ok", run.describe()
    models = opened(run)
    assert models["OutputModel"]["content"]["data"]["state"]["outputs"][0]["data"]["text/plain"] == "weight 0.5"
    assert "VBoxModel" in models
    update(kernel, models["FloatSliderModel"]["content"]["comm_id"], {"value": 0.7})
    output_id = models["OutputModel"]["content"]["comm_id"]
    messages = iopub_until(kernel, lambda m: m["content"].get("comm_id") == output_id and output_text(m) is not None)
    assert output_text(messages[-1]) == "weight 0.7", messages[-1]
    assert value_of(kernel, "view.renders()") == "2"


def test_a_throwing_callback_reports_under_its_cell_and_the_kernel_lives(kernel):
    run = kernel.execute('var t = IntSlider.of("t", 0, 10, 0)'
                         '.onChange(v -> { throw new IllegalStateException("no value " + v); }); t')
    cell = run.reply["parent_header"]["msg_id"]
    comm_id = opened(run)["IntSliderModel"]["content"]["comm_id"]
    msg_id = update(kernel, comm_id, {"value": 4})
    messages = iopub_until(kernel, idle_of(msg_id))
    errors = [m for m in messages if m["msg_type"] == "error"]
    assert errors, [m["msg_type"] for m in messages]
    assert errors[0]["content"]["ename"] == "java.lang.IllegalStateException"
    assert errors[0]["content"]["evalue"] == "no value 4"
    assert errors[0]["parent_header"]["msg_id"] == cell, "the error belongs under the cell that shows the widget"
    assert value_of(kernel, "t.value()") == "4"
    assert value_of(kernel, "1+1") == "2"


def test_a_throwing_interact_view_shows_its_error_in_the_output(kernel):
    run = kernel.execute('var e = IntSlider.of("e", 0, 5, 0);\n'
                         'var failing = Interact.of(() -> 10 / e.value(), e); failing')
    models = opened(run)
    first = models["OutputModel"]["content"]["data"]["state"]["outputs"][0]
    assert first["output_type"] == "error" and first["ename"] == "java.lang.ArithmeticException", first
    output_id = models["OutputModel"]["content"]["comm_id"]
    update(kernel, models["IntSliderModel"]["content"]["comm_id"], {"value": 5})
    messages = iopub_until(kernel, lambda m: m["content"].get("comm_id") == output_id and output_text(m) is not None)
    assert output_text(messages[-1]) == "2"
    assert value_of(kernel, "1+1") == "2"


def test_a_thousand_rapid_changes_end_with_the_last_value_and_nothing_queued(kernel):
    run = kernel.execute('var calls = new java.util.concurrent.atomic.AtomicInteger();\n'
                         'var k = IntSlider.of("k", 0, 1000, 0);\n'
                         'var rapid = Interact.of(() -> { calls.incrementAndGet(); return "k=" + k.value(); }, k); rapid')
    models = opened(run)
    slider = models["IntSliderModel"]["content"]["comm_id"]
    output_id = models["OutputModel"]["content"]["comm_id"]
    last = None
    for v in range(1, 1001):
        last = update(kernel, slider, {"value": v})
    iopub_until(kernel, idle_of(last), timeout=60)
    deadline = time.monotonic() + 30
    text = None
    while text != "k=1000" and time.monotonic() < deadline:
        msg = kernel.kc.get_iopub_msg(timeout=30)
        if msg["content"].get("comm_id") == output_id and output_text(msg) is not None:
            text = output_text(msg)
    assert text == "k=1000"
    renders = int(value_of(kernel, "rapid.renders()"))
    time.sleep(1.0)
    later = [m for m in _drain(kernel) if m["content"].get("comm_id") == output_id and output_text(m) is not None]
    assert not later, f"renders after the last value: {[output_text(m) for m in later]}"
    assert int(value_of(kernel, "rapid.renders()")) == renders, "a render was still queued behind the last value"
    calls = int(value_of(kernel, "calls.get()"))
    assert calls < 1001, f"{calls} computations for 1,000 changes: changes were not coalesced"
    assert value_of(kernel, "k.value()") == "1000"


def _drain(kernel) -> list:
    seen = []
    while True:
        try:
            seen.append(kernel.kc.get_iopub_msg(timeout=0.2))
        except queue.Empty:
            return seen


def test_a_running_solve_is_cancelled_when_a_value_arrives(kernel):
    run = kernel.execute(
        'var c = IntSlider.of("c", 0, 10, 0);\n'
        'var slow = Interact.of(cancel -> { if (c.value() == 1) { while (true) { cancel.check("slow solve");'
        ' try { Thread.sleep(5); } catch (InterruptedException ex) { throw new RuntimeException(ex); } } }'
        ' return "c=" + c.value(); }, c); slow')
    models = opened(run)
    slider = models["IntSliderModel"]["content"]["comm_id"]
    output_id = models["OutputModel"]["content"]["comm_id"]
    update(kernel, slider, {"value": 1})
    time.sleep(0.5)
    update(kernel, slider, {"value": 2})
    messages = iopub_until(kernel, lambda m: m["content"].get("comm_id") == output_id and output_text(m) is not None)
    assert output_text(messages[-1]) == "c=2"
    assert value_of(kernel, "slow.cancellations()") == "1"


def test_comm_close_from_the_client_and_from_java(kernel):
    run = kernel.execute('var x = Checkbox.of("x", true); x')
    comm_id = opened(run)["CheckboxModel"]["content"]["comm_id"]
    msg_id = send(kernel, "comm_close", {"comm_id": comm_id, "data": {}})
    iopub_until(kernel, idle_of(msg_id))
    assert value_of(kernel, "x.isOpen()") == "false"
    run = kernel.execute('var y = Text.of("y", "a"); y')
    y_id = opened(run)["TextModel"]["content"]["comm_id"]
    run = kernel.execute("y.close();")
    assert [m["content"]["comm_id"] for m in run.of_type("comm_close")] == [y_id], run.describe()


def test_comm_info_lists_the_open_widgets_with_status_ok(kernel):
    run = kernel.execute('var info = Html.of("<b>hi</b>"); info')
    comm_id = opened(run)["HTMLModel"]["content"]["comm_id"]
    msg_id = kernel.kc.comm_info(target_name="jupyter.widget")
    reply = kernel.shell_reply(msg_id, timeout=15)
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["comms"][comm_id] == {"target_name": "jupyter.widget"}


def test_the_control_comm_returns_every_state_with_buffers(kernel):
    run = kernel.execute("var img = Image.png(new byte[] {(byte) 0x89, 'P', 'N', 'G'}); img")
    models = opened(run)
    image = next(m for m in run.of_type("comm_open") if m["content"]["data"]["state"]["_model_name"] == "ImageModel")
    assert image["content"]["data"]["buffer_paths"] == [["value"]]
    assert [bytes(b) for b in image["buffers"]] == [b"\x89PNG"]
    image_id = models["ImageModel"]["content"]["comm_id"]
    control = "control-test"
    msg_id = send(kernel, "comm_open", {"comm_id": control, "target_name": "jupyter.widget.control", "data": {}})
    iopub_until(kernel, idle_of(msg_id))
    send(kernel, "comm_msg", {"comm_id": control, "data": {"method": "request_states"}})
    messages = iopub_until(kernel, lambda m: m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == control)
    data = messages[-1]["content"]["data"]
    assert data["method"] == "update_states"
    assert data["states"][image_id]["model_name"] == "ImageModel"
    path = [image_id, "state", "value"]
    assert path in data["buffer_paths"]
    assert bytes(messages[-1]["buffers"][data["buffer_paths"].index(path)]) == b"\x89PNG"


def test_an_unknown_target_is_closed_and_a_wrongly_signed_update_is_ignored(kernel):
    msg_id = send(kernel, "comm_open", {"comm_id": "nobody", "target_name": "no.such.target", "data": {}})
    messages = iopub_until(kernel, idle_of(msg_id))
    assert any(m["msg_type"] == "comm_close" and m["content"]["comm_id"] == "nobody" for m in messages)
    run = kernel.execute('var s = IntSlider.of("s", 0, 10, 2); s')
    comm_id = opened(run)["IntSliderModel"]["content"]["comm_id"]
    from jupyter_client.session import Session

    forged = Session(key=b"not-the-key", username=kernel.kc.session.username)
    msg = forged.msg("comm_msg", {"comm_id": comm_id, "data": {"method": "update", "state": {"value": 9}, "buffer_paths": []}})
    forged.send(kernel.kc.shell_channel.socket, msg)
    time.sleep(0.5)
    assert value_of(kernel, "s.value()") == "2"


def test_links_and_boxes_refer_to_their_widgets(kernel):
    run = kernel.execute('var a = IntSlider.of("a", 0, 9, 1); var b = IntSlider.of("b", 0, 9, 1);\n'
                         'Link.both(a, "value", b, "value"); Box.row(a, b)')
    assert run.status == "ok", run.describe()
    ids = {m["content"]["data"]["state"].get("description"): m["content"]["comm_id"]
           for m in run.of_type("comm_open") if m["content"]["data"]["state"]["_model_name"] == "IntSliderModel"}
    link = opened(run)["LinkModel"]["content"]["data"]["state"]
    assert link["source"] == ["IPY_MODEL_" + ids["a"], "value"] and link["target"] == ["IPY_MODEL_" + ids["b"], "value"]
    box = opened(run)["HBoxModel"]["content"]["data"]["state"]
    assert box["children"] == ["IPY_MODEL_" + ids["a"], "IPY_MODEL_" + ids["b"]]
