/**
 * The mdlab Jupyter kernel: Java cells evaluated by JShell inside the kernel's JVM, on the
 * {@code org.dflib.jjava:jjava-jupyter} base library (IJava's maintained successor).
 *
 * <p>What it adds to the base library: cell-accurate compile and runtime errors
 * ({@link org.mdlab.kernel.Tracebacks}), batched and bounded cell output
 * ({@link org.mdlab.kernel.CellOutput}), interrupts that stop busy loops on any JDK and a guard
 * against {@code System.exit} ({@link org.mdlab.kernel.CellInstrumenter}), blocking socket polls and
 * robustness to malformed messages ({@link org.mdlab.kernel.RequestChannel}), IJava's magics
 * ({@link org.mdlab.kernel.Magics}), the protocol fields the base library omits
 * ({@link org.mdlab.kernel.Replies}), and a start-up archive trained for wherever the kernelspec is
 * installed ({@link org.mdlab.kernel.CdsTraining}, started by the kernelspec's {@code kernel.sh}).
 */
package org.mdlab.kernel;
