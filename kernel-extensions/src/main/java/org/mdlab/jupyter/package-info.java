/**
 * The mdlab extension for Java Jupyter kernels built on {@code org.dflib.jjava:jjava-jupyter}.
 *
 * <p>{@link org.mdlab.jupyter.MdlabExtension} is discovered through the {@code Extension} service and
 * works in the mdlab kernel and in a stock JJava kernel alike. It registers renderers for Tablesaw
 * tables, XChart charts and reproduction checks ({@link org.mdlab.jupyter.MdlabRenderers}) and
 * evaluates the notebook's default imports ({@link org.mdlab.jupyter.StartupImports}).
 */
package org.mdlab.jupyter;
