/**
 * Views of results: Tablesaw tables and XChart charts built from mdlab's value types, for notebooks and
 * reports — segment tables and the welfare triangle of Bergemann, Brooks and Morris (2015, AER 105(3),
 * Figure 1), and screened segments with their quality menus (Bergemann, Heumann and Wang, arXiv
 * 2401.12366); the house theme the renderer applies to every chart ({@link org.mdlab.view.HouseStyle}),
 * the audit of what it paints ({@link org.mdlab.view.ChartLayout}), shaded quantile bands
 * ({@link org.mdlab.view.Band}) and y axes cut with a note on what lies above ({@link org.mdlab.view.AxisCut}).
 * No kernel or Jupyter types.
 */
package org.mdlab.view;
