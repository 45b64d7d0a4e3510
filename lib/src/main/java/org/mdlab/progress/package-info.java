/**
 * Progress reports of long computations, shown as an updating bar in a notebook and as text
 * elsewhere; see {@link org.mdlab.progress.Progress}.
 */
package org.mdlab.progress;
