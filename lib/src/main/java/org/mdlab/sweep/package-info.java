/**
 * Parameter sweeps: a {@link org.mdlab.sweep.Grid} of named {@link org.mdlab.sweep.Axis axes}, a pure
 * {@link org.mdlab.sweep.PointFunction} from a point to a {@link org.mdlab.sweep.Outcome} (named numbers and a
 * status from the library's result contract), and {@link org.mdlab.sweep.Sweep#run} on an
 * {@link org.mdlab.sweep.Engine}, which returns one Tablesaw table in grid order — the same for every engine
 * and every number of workers, since each point carries its own seed. The default engine uses this
 * machine's cores; the {@code mdlab-spark} module runs the same sweep on Apache Spark, embedded or on a
 * cluster.
 */
package org.mdlab.sweep;
