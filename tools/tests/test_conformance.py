"""Jupyter protocol conformance of the mdlab kernel with jupyter_kernel_test, the release pinned in
tools/requirements/jupyter.lock (0.7.0 on Python 3.10+), driven through the lock's jupyter_client.

Two of its tests skip, because the kernel has no code that would produce what they look for:
- ``test_pager``: the kernel never answers an execute_request with a ``page`` payload; documentation is
  shown by inspect_request (Shift+Tab in JupyterLab, tested by ``test_inspect`` and the browser test).
- ``test_clear_output``: cells have no call that sends ``clear_output``; progress output is updated in
  place with ``update_display_data`` (``Progress``; NotebookProgressSinkTest).
The suite's separate ``IopubWelcomeTests`` (the ``iopub_welcome`` message of kernels with an XPUB
iopub socket) is not a ``KernelTests`` test and is not run: jjava-jupyter binds iopub as a PUB socket.
"""
from __future__ import annotations

import jupyter_kernel_test

import local_env


class MdlabKernelConformance(jupyter_kernel_test.KernelTests):
    kernel_name = local_env.kernel_name()
    language_name = "java"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("to stderr");'

    completion_samples = [{"text": "Math.ab", "matches": {"abs(", "absExact("}}]  # absExact: JDK 15+

    complete_code_samples = ["1+1", "int x = 1;", 'System.out.println("x");', "class A {}",
                             "void f() { }"]
    incomplete_code_samples = ["int y = (1 +", "class B {", "for (int i = 0; i < 3; i++) {"]
    invalid_code_samples = ["}", '"unterminated']

    code_execute_result = [{"code": "6*7", "result": "42"}, {"code": "Math.max(3, 9)", "result": "9"}]
    code_history_pattern = "6*7"
    supported_history_operations = ("tail", "range", "search")

    code_display_data = [
        {"code": 'display(tech.tablesaw.api.Table.create("t", tech.tablesaw.api.DoubleColumn.create("x", 1, 2)));',
         "mime": "text/html"},
        {"code": "var c = new org.knowm.xchart.XYChartBuilder().width(400).height(300).build();\n"
                 'c.addSeries("s", new double[] {1, 2, 3}, new double[] {1, 4, 9});\n'
                 "display(c);",
         "mime": "image/png"},
    ]

    code_inspect_sample = "Math.abs"
    # code_page_something and code_clear_output stay unset: see the module docstring.
    code_generate_error = 'throw new IllegalStateException("boom");'
