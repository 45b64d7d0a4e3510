package org.mdlab.information;

import java.util.function.DoubleUnaryOperator;
import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Diagnostics;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

/**
 * The bidder-optimal member of a three-region family of information structures for {@code n >= 2}
 * bidders facing the seller's optimal auction (Bergemann, Heumann and Morris, "Bidders' Surplus and
 * Information in the Optimal Auction", Cowles discussion paper: a generalized Pareto distribution in the
 * centre of demand, full disclosure at both ends). Values are i.i.d. with quantile function {@code Q = F⁻¹};
 * a bidder's interim value has quantile function
 * <pre>
 *   G⁻¹(q) = Q(q)             for q &lt; a           (full disclosure, excluded),
 *   G⁻¹(q) = c + α / (1 - q)  for a &lt;= q &lt; b      (generalized Pareto centre),
 *   G⁻¹(q) = Q(q)             for q &gt;= b          (full disclosure).
 * </pre>
 * <b>The centre.</b> With {@code s = 1 - q} the revenue curve is {@code R(s) = s G⁻¹(1 - s) = α + c s}:
 * linear, so every centre type has the same virtual value {@code R'(s) = c}. The centre is the
 * generalized Pareto distribution {@code 1 - G(v) = α / (v - c)} (shape 1, location {@code c + α}, scale
 * {@code α}); at {@code c = 0} it is the equal-revenue distribution {@code 1 - G(v) = α/v}, on which every
 * price in the centre earns {@code α} from a lone bidder, so the seller is indifferent among all reserves in
 * the centre, and for one bidder this is Roesler and Szentes (2017, AER 107(7), Theorem 1).
 * <p><b>The parameters.</b> Given {@code (a, b)}, the centre is pinned by continuity at {@code b},
 * {@code c + α/(1 - b) = Q(b)}, and by the mean, {@code ∫_a^b G⁻¹ = c (b - a) + α ln((1-a)/(1-b)) = ∫_a^b Q},
 * two linear equations in {@code (c, α)}; at {@code b = 1} the centre pools, {@code α = 0} and {@code c}
 * is the mean of {@code Q} on {@code [a, 1]}.
 * <p><b>Feasibility and the seller.</b> A member is admitted when {@code G} is a mean-preserving
 * contraction of {@code F} ({@code α >= 0}, {@code Q(a) <= c + α/(1-a)} and {@code ∫_a^q (G⁻¹ - Q) >= 0}
 * on the centre), and Myerson's auction given {@code G} is the second-price auction with reserve
 * {@code c + α/(1-a)}: {@code c >= 0}, the prior's revenue curve {@code s Q(1-s)} decreasing in {@code s}
 * below {@code a} (negative virtual values: excluded) and concave above {@code b} with slope at least
 * {@code c} there (virtual values non-decreasing across the regions), ties going to the bidders. Then
 * the bidders' surplus is {@code ∫_a^1 G⁻¹ (n q^{n-1} - n(n-1) q^{n-2}(1-q)) dq - r n a^{n-1}(1-a)}
 * and revenue {@code ∫_a^1 G⁻¹ n(n-1) q^{n-2}(1-q) dq + r n a^{n-1}(1-a)} with {@code r} the reserve.
 * <p><b>The computation.</b> {@code (a, b)} range over a grid of {@code K} equal quantile steps; integrals
 * of {@code Q} use Simpson's rule per step, conditions are tested at the grid points within
 * {@code 1e-9} times the largest value; the search evaluates a coarse {@value #COARSE}² grid of pairs,
 * then refines by a pattern search down to single steps, each evaluation costing {@code O(K)}.
 */
public final class ParetoCentreDisclosure {

    /** The most quantile steps accepted ({@value}): each evaluation of a member is {@code O(K)}. */
    public static final int MAX_RESOLUTION = 100_000;

    private static final int COARSE = 64;
    private static final double SLACK = 1e-9;

    private final DoubleUnaryOperator inverseCdf;
    private final int bidders;
    private final int steps;
    private final double[] nodes;
    private final double[] integral;
    private final double[] surplusIntegral;
    private final double[] revenueIntegral;
    private final double[] slope;
    private final boolean[] concaveFrom;
    private final boolean[] excludedBelow;
    private final double slack;

    private ParetoCentreDisclosure(DoubleUnaryOperator inverseCdf, int bidders, int steps, double[] nodes) {
        this.inverseCdf = inverseCdf;
        this.bidders = bidders;
        this.steps = steps;
        this.nodes = nodes;
        this.slack = SLACK * Math.max(Math.abs(nodes[0]), Math.abs(nodes[nodes.length - 1]));
        integral = new double[steps + 1];
        surplusIntegral = new double[steps + 1];
        revenueIntegral = new double[steps + 1];
        double h = 1.0 / steps;
        for (int i = 0; i < steps; i++) {
            double[] q = {i * h, (i + 0.5) * h, (i + 1) * h};
            double[] v = {nodes[2 * i], nodes[2 * i + 1], nodes[2 * i + 2]};
            integral[i + 1] = integral[i] + simpson(v, new double[] {1, 1, 1}, h);
            surplusIntegral[i + 1] = surplusIntegral[i] + simpson(v, weights(q, true), h);
            revenueIntegral[i + 1] = revenueIntegral[i] + simpson(v, weights(q, false), h);
        }
        slope = new double[steps];
        for (int i = 0; i < steps; i++) {
            slope[i] = (curve(i) - curve(i + 1)) * steps;
        }
        concaveFrom = new boolean[steps + 1];
        concaveFrom[steps] = true;
        concaveFrom[steps - 1] = true;
        for (int i = steps - 2; i >= 0; i--) {
            concaveFrom[i] = concaveFrom[i + 1] && slope[i] <= slope[i + 1] + slack;
        }
        excludedBelow = new boolean[steps + 1];
        excludedBelow[0] = true;
        for (int i = 1; i <= steps; i++) {
            excludedBelow[i] = excludedBelow[i - 1] && slope[i - 1] <= slack;
        }
    }

    /**
     * The family for values with quantile function {@code inverseCdf} on {@code resolution} quantile steps.
     *
     * @param inverseCdf the quantile function {@code Q}: finite, {@code >= 0} and non-decreasing on {@code [0, 1]}
     * @param bidders    the number of bidders; {@code >= 2} (one bidder: {@link BuyerOptimalSignal})
     * @param resolution the number of quantile steps {@code K}; {@code 8 <= K <= MAX_RESOLUTION}
     * @return the family
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static ParetoCentreDisclosure of(DoubleUnaryOperator inverseCdf, int bidders, int resolution) {
        Arguments.notNull("inverseCdf", inverseCdf);
        Arguments.atLeast("bidders", bidders, 2);
        Arguments.atLeast("resolution", resolution, 8);
        Arguments.sizeAtMost("resolution", resolution, MAX_RESOLUTION, "O(resolution) work per member evaluated");
        double[] nodes = new double[2 * resolution + 1];
        for (int i = 0; i < nodes.length; i++) {
            double q = (double) i / (2 * resolution);
            nodes[i] = inverseCdf.applyAsDouble(q);
            if (!Double.isFinite(nodes[i])) {
                throw new IllegalArgumentException("inverseCdf must be finite (got " + nodes[i] + " at " + q + ")");
            }
            if (nodes[i] < 0) {
                throw new IllegalArgumentException("inverseCdf must be >= 0 (values are willingness to pay; got "
                        + nodes[i] + " at " + q + ")");
            }
        }
        double scale = Math.max(nodes[0], nodes[nodes.length - 1]);
        for (int i = 1; i < nodes.length; i++) {
            if (nodes[i] < nodes[i - 1] - 1e-12 * scale) {
                throw new IllegalArgumentException("inverseCdf must be non-decreasing (got " + nodes[i - 1] + " at "
                        + (double) (i - 1) / (2 * resolution) + " then " + nodes[i] + ")");
            }
        }
        return new ParetoCentreDisclosure(inverseCdf, bidders, resolution, nodes);
    }

    /**
     * The number of bidders.
     *
     * @return {@code n}
     */
    public int bidders() {
        return bidders;
    }

    /**
     * The number of quantile steps.
     *
     * @return {@code K}
     */
    public int resolution() {
        return steps;
    }

    /**
     * The bidder-optimal member of the family.
     *
     * @param tolerance the accuracy asked of {@code a} and {@code b}; finite, in {@code (0, 1)}, and at
     *                  least the step {@code 1/K}
     * @param options   read for cancellation; not null
     * @return the best admitted member, {@link Status#INFEASIBLE} when the coarse grid holds none
     * @throws IllegalArgumentException if an argument breaks its rule, or the grid is too coarse for the tolerance
     */
    public Solution<ParetoCentrePolicy> solve(double tolerance, SolverOptions options) {
        Arguments.openUnit("tolerance", tolerance);
        Arguments.notNull("options", options);
        if (1.0 / steps > tolerance) {
            throw new IllegalArgumentException("resolution = " + steps + " is too coarse for tolerance " + tolerance
                    + ": the quantiles a and b move on steps of 1/resolution, so resolution must be >= "
                    + (long) Math.ceil(1 / tolerance));
        }
        int stride = Math.max(1, steps / COARSE);
        int bestA = -1;
        int bestB = -1;
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < steps; a += stride) {
            options.cancellation().check("three-region family, coarse grid");
            for (int b = Math.min(a + stride, steps); b <= steps; b = b == steps ? steps + 1 : Math.min(b + stride, steps)) {
                double value = surplus(a, b);
                if (value > best) {
                    best = value;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        if (bestA < 0) {
            return Solution.failure(Status.INFEASIBLE, Diagnostics.none().withNote(
                    "no admitted member on the coarse grid of " + steps + " steps"));
        }
        long evaluations = 0;
        for (int d = stride; d >= 1; d /= 2) {
            boolean moved = true;
            while (moved) {
                options.cancellation().check("three-region family, pattern search");
                moved = false;
                for (int da = -d; da <= d; da += d) {
                    for (int db = -d; db <= d; db += d) {
                        int a = bestA + da;
                        int b = bestB + db;
                        if ((da != 0 || db != 0) && a >= 0 && b > a && b <= steps) {
                            evaluations++;
                            double value = surplus(a, b);
                            if (value > best) {
                                best = value;
                                bestA = a;
                                bestB = b;
                                moved = true;
                            }
                        }
                    }
                }
            }
        }
        return Solution.optimal(member(bestA, bestB), Diagnostics.iterations(evaluations).withNote(
                "a = " + bestA + "/" + steps + ", b = " + bestB + "/" + steps));
    }

    /**
     * The interim quantile function of a member of this family.
     *
     * @param policy a member, from {@link #solve}; not null, with {@code policy.bidders() == bidders()}
     * @param q      a quantile in {@code [0, 1]}
     * @return {@code Q(q)} outside the centre, {@code c + α/(1 - q)} in it
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public double quantile(ParetoCentrePolicy policy, double q) {
        Arguments.notNull("policy", policy);
        Arguments.probability("q", q);
        if (policy.bidders() != bidders) {
            throw new IllegalArgumentException("policy.bidders() must be " + bidders + " (got " + policy.bidders() + ")");
        }
        return q >= policy.lowerQuantile() && q < policy.upperQuantile() ? policy.centreQuantile(q)
                : inverseCdf.applyAsDouble(q);
    }

    /** The bidders' surplus of member {@code (a, b)} on the grid, {@code -∞} if it is not admitted. */
    double surplus(int a, int b) {
        double[] centre = centre(a, b);
        if (centre == null) {
            return Double.NEGATIVE_INFINITY;
        }
        return value(a, b, centre, true);
    }

    private ParetoCentrePolicy member(int a, int b) {
        double[] centre = centre(a, b);
        return new ParetoCentrePolicy((double) a / steps, (double) b / steps, centre[0], centre[1], bidders,
                value(a, b, centre, true), value(a, b, centre, false));
    }

    private double[] centre(int a, int b) {
        double qa = (double) a / steps;
        double qb = (double) b / steps;
        double mass = integral[b] - integral[a];
        double c;
        double alpha;
        if (b == steps) {
            c = mass / (qb - qa);
            alpha = 0;
        } else {
            double sa = 1 - qa;
            double sb = 1 - qb;
            double log = Math.log(sa / sb);
            c = (mass - sb * nodes[2 * b] * log) / ((qb - qa) - sb * log);
            alpha = sb * (nodes[2 * b] - c);
        }
        double reserve = c + alpha / (1 - qa);
        boolean admitted = c >= -slack && alpha >= -slack && nodes[2 * a] <= reserve + slack
                && excludedBelow[a] && concaveFrom[b] && (b == steps || slope[b] >= c - slack);
        for (int i = a + 1; admitted && i < b; i++) {
            double q = (double) i / steps;
            double gap = c * (q - qa) + alpha * Math.log((1 - qa) / (1 - q)) - (integral[i] - integral[a]);
            admitted = gap >= -slack;
        }
        return admitted ? new double[] {Math.max(c, 0), Math.max(alpha, 0)} : null;
    }

    private double value(int a, int b, double[] centre, boolean surplus) {
        double h = 1.0 / steps;
        double sum = 0;
        for (int i = a; i < b; i++) {
            double[] q = {i * h, (i + 0.5) * h, (i + 1) * h};
            double[] v = new double[3];
            for (int j = 0; j < 3; j++) {
                v[j] = b == steps ? centre[0] : centre[0] + centre[1] / (1 - q[j]);
            }
            sum += simpson(v, weights(q, surplus), h);
        }
        sum += surplus ? surplusIntegral[steps] - surplusIntegral[b] : revenueIntegral[steps] - revenueIntegral[b];
        double qa = (double) a / steps;
        double reserveMass = bidders * Math.pow(qa, bidders - 1) * (1 - qa) * (centre[0] + centre[1] / (1 - qa));
        return surplus ? sum - reserveMass : sum + reserveMass;
    }

    private double curve(int i) {
        return (1 - (double) i / steps) * nodes[2 * i];
    }

    private double[] weights(double[] q, boolean surplus) {
        double[] w = new double[q.length];
        for (int j = 0; j < q.length; j++) {
            double second = bidders * (bidders - 1.0) * Math.pow(q[j], bidders - 2) * (1 - q[j]);
            w[j] = surplus ? bidders * Math.pow(q[j], bidders - 1) - second : second;
        }
        return w;
    }

    private static double simpson(double[] v, double[] w, double h) {
        return h / 6 * (v[0] * w[0] + 4 * v[1] * w[1] + v[2] * w[2]);
    }

    @Override
    public String toString() {
        return "ParetoCentreDisclosure[" + bidders + " bidders, " + steps + " quantile steps]";
    }
}
