/**
 * Jupyter comms (messaging protocol 5.3, "Custom messages") for kernels on jjava-jupyter:
 * {@link org.mdlab.jupyter.comm.CommChannel} opens, messages and closes comms in both directions
 * with data, metadata and binary buffers, and reports a failing callback under the cell that opened
 * the comm instead of letting it reach the kernel's request loop.
 */
package org.mdlab.jupyter.comm;
