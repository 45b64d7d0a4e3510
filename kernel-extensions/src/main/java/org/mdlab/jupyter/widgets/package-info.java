/**
 * Jupyter widgets from Java, on the ipywidgets 8 message protocol (version 2, targets
 * {@code jupyter.widget} and {@code jupyter.widget.control}), so that JupyterLab's own widget manager
 * draws them and a saved notebook keeps their state ({@code application/vnd.jupyter.widget-state+json}).
 *
 * <p>Controls: {@link org.mdlab.jupyter.widgets.IntSlider}, {@link org.mdlab.jupyter.widgets.FloatSlider},
 * {@link org.mdlab.jupyter.widgets.IntRangeSlider}, {@link org.mdlab.jupyter.widgets.FloatRangeSlider},
 * {@link org.mdlab.jupyter.widgets.Dropdown}, {@link org.mdlab.jupyter.widgets.ToggleButtons},
 * {@link org.mdlab.jupyter.widgets.Checkbox}, {@link org.mdlab.jupyter.widgets.Button},
 * {@link org.mdlab.jupyter.widgets.Text}; views: {@link org.mdlab.jupyter.widgets.Html},
 * {@link org.mdlab.jupyter.widgets.Image}, {@link org.mdlab.jupyter.widgets.Output}; containers:
 * {@link org.mdlab.jupyter.widgets.Box} with {@link org.mdlab.jupyter.widgets.Layout} and
 * {@link org.mdlab.jupyter.widgets.Style}; browser-side {@link org.mdlab.jupyter.widgets.Link}s; and
 * {@link org.mdlab.jupyter.widgets.Interact}, which re-renders an output from the controls' values.
 */
package org.mdlab.jupyter.widgets;
