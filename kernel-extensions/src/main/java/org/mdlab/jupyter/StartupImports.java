package org.mdlab.jupyter;

import java.util.List;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import org.mdlab.cloud.CloudContractMenu;
import org.mdlab.competition.CorrelatedEquilibria;
import org.mdlab.dynamic.MarkovDecisionProblem;
import org.mdlab.dynamic.commitment.DurableGoodSale;
import org.mdlab.dynamic.contracts.PromisedUtilityProblem;
import org.mdlab.dynamic.pivot.DynamicPivotMechanism;
import org.mdlab.dynamic.revenue.ImpulseResponse;
import org.mdlab.estimator.MonteCarlo;
import org.mdlab.information.BayesianPersuasion;
import org.mdlab.information.topology.TypeSpace;
import org.mdlab.market.Market;
import org.mdlab.mechanism.Vcg;
import org.mdlab.monotone.UpSet;
import org.mdlab.optimisation.Solution;
import org.mdlab.progress.Progress;
import org.mdlab.repro.Checks;
import org.mdlab.screening.NonlinearPricing;
import org.mdlab.segmentation.Segmentation;
import org.mdlab.sweep.Sweep;
import org.mdlab.view.SegmentationViews;
import org.mdlab.jupyter.widgets.Widgets;
import tech.tablesaw.api.Table;

/**
 * The imports every mdlab notebook starts with, in one place. Each package is named through a class
 * it contains, so that the list can only name packages that exist:
 * <ul>
 *   <li>{@code org.mdlab.repro} — {@code Check}, {@code Checks}, {@code Source} for the closing check table;</li>
 *   <li>{@code org.mdlab.progress} — {@code Progress} for long computations;</li>
 *   <li>the library's economics: {@code market}, {@code segmentation}, {@code mechanism}, {@code estimator},
 *   {@code screening}, {@code cloud}, {@code information}, {@code competition}, {@code monotone},
 *   {@code optimisation}, {@code dynamic} with its
 *   subpackages {@code pivot}, {@code revenue}, {@code contracts} and {@code commitment}, {@code view} and {@code sweep}, and the widgets {@code org.mdlab.jupyter.widgets} (their
 *   public simple class names are distinct, and distinct from Tablesaw's and XChart's, so star imports
 *   never clash — {@code StartupImportsTest} checks it);</li>
 *   <li>{@code tech.tablesaw.api} — {@code Table} and the column types for tables;</li>
 *   <li>{@code org.knowm.xchart} — chart builders and charts;</li>
 *   <li>{@code org.knowm.xchart.style} — stylers, legend positions and themes.</li>
 * </ul>
 */
public final class StartupImports {

    private static final List<Class<?>> ANCHORS = List.of(Checks.class, Progress.class, Market.class,
            Segmentation.class, Vcg.class, MonteCarlo.class, NonlinearPricing.class, CloudContractMenu.class,
            BayesianPersuasion.class, TypeSpace.class, CorrelatedEquilibria.class, UpSet.class,
            Solution.class, MarkovDecisionProblem.class, DynamicPivotMechanism.class, ImpulseResponse.class,
            PromisedUtilityProblem.class, DurableGoodSale.class, SegmentationViews.class, Sweep.class, Widgets.class, Table.class, XYChart.class,
            Styler.class);

    private StartupImports() {
    }

    /**
     * The imported packages, in import order.
     *
     * @return the package names
     */
    public static List<String> packages() {
        return ANCHORS.stream().map(Class::getPackageName).toList();
    }

    /**
     * The Java source of the imports, one on-demand import per line, ready for {@code BaseKernel.evalRaw}.
     *
     * @return the import statements
     */
    public static String snippet() {
        return packages().stream().map(p -> "import " + p + ".*;").collect(Collectors.joining("\n", "", "\n"));
    }
}
