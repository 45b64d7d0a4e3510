package org.mdlab.jupyter.widgets;

/** The JavaScript modules of the ipywidgets 8 models, with the versions JupyterLab's widget manager registers. */
final class Modules {

    static final String CONTROLS = "@jupyter-widgets/controls";
    static final String CONTROLS_VERSION = "2.0.0";
    static final String BASE = "@jupyter-widgets/base";
    static final String BASE_VERSION = "2.0.0";
    static final String OUTPUT = "@jupyter-widgets/output";
    static final String OUTPUT_VERSION = "1.0.0";

    private Modules() {
    }
}
