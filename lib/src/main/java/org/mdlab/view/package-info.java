/**
 * Views of results: Tablesaw tables and XChart charts built from mdlab's value types, for notebooks and
 * reports — segment tables and the welfare triangle of Bergemann, Brooks and Morris (2015, AER 105(3),
 * Figure 1), and screened segments with their quality menus (Bergemann, Heumann and Wang, arXiv
 * 2401.12366). No kernel or Jupyter types.
 */
package org.mdlab.view;
