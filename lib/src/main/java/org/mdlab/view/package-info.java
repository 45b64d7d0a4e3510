/**
 * Views of results: Tablesaw tables and XChart charts built from mdlab's value types, for notebooks and
 * reports. No kernel or Jupyter types.
 */
package org.mdlab.view;
