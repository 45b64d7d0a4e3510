/**
 * Apache Spark as an engine for mdlab's parameter sweeps ({@link org.mdlab.sweep}): embedded in
 * {@code local[*]} or connected to a standalone, YARN or Kubernetes cluster by its master URL, with the
 * same table as the local engine.
 */
package org.mdlab.spark;
