package org.mdlab.dynamic.revenue;

import java.util.SplittableRandom;

/**
 * A Markov type process with a continuous kernel {@code F(θ' | θ)}, the input of the impulse responses of
 * Pavan, Segal and Toikka (2014, Econometrica 82(2), §3, eq. (5)): the kernel's conditional distribution
 * function, its density in {@code θ'}, and a draw of {@code θ'} given {@code θ}.
 */
public interface TypeTransition {

    /**
     * @param next    θ'
     * @param current θ
     * @return {@code F(θ' | θ)}
     */
    double cdf(double next, double current);

    /**
     * @param next    θ'
     * @param current θ
     * @return {@code f(θ' | θ) = ∂F(θ' | θ)/∂θ'}
     */
    double density(double next, double current);

    /**
     * A draw of the next type.
     *
     * @param current θ
     * @param random  the stream to draw from
     * @return θ' distributed as {@code F(· | θ)}
     */
    double sample(double current, SplittableRandom random);

    /**
     * The AR(1) process {@code θ' = γ θ + ε} with logistic innovations of scale {@code s}
     * ({@code G(x) = 1/(1 + e^{-x/s})}); its impulse response is {@code γ^{t-1}} for any innovation law.
     *
     * @param persistence γ; finite
     * @param scale       s; finite, {@code > 0}
     * @return the kernel {@code F(θ' | θ) = G(θ' - γθ)}
     * @throws IllegalArgumentException if a parameter breaks its rule
     */
    static TypeTransition logisticAutoregression(double persistence, double scale) {
        return heteroskedasticLogistic(persistence, scale, 0);
    }

    /**
     * The heteroskedastic process {@code θ' = γ θ + σ(θ) ε}, {@code σ(θ) = s sqrt(1 + κ θ²)} (ARCH-like),
     * with standard logistic ε; {@code κ = 0} is the AR(1). Its one-step impulse response is
     * {@code -F_θ / f = γ + z σ'(θ)} with {@code z = (θ' - γθ)/σ(θ)}, {@code σ'(θ) = s κ θ / sqrt(1 + κ θ²)}.
     *
     * @param persistence γ; finite
     * @param scale       s; finite, {@code > 0}
     * @param curvature   κ; finite, {@code >= 0}
     * @return the kernel {@code F(θ' | θ) = Λ((θ' - γθ)/σ(θ))}
     * @throws IllegalArgumentException if a parameter breaks its rule
     */
    static TypeTransition heteroskedasticLogistic(double persistence, double scale, double curvature) {
        if (!Double.isFinite(persistence)) {
            throw new IllegalArgumentException("persistence must be finite (got " + persistence + ")");
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale must be finite and > 0 (got " + scale + ")");
        }
        if (!(curvature >= 0) || !Double.isFinite(curvature)) {
            throw new IllegalArgumentException("curvature must be finite and >= 0 (got " + curvature + ")");
        }
        return new TypeTransition() {
            private double sd(double current) {
                return scale * Math.sqrt(1 + curvature * current * current);
            }

            @Override
            public double cdf(double next, double current) {
                return 1 / (1 + Math.exp(-(next - persistence * current) / sd(current)));
            }

            @Override
            public double density(double next, double current) {
                double g = cdf(next, current);
                return g * (1 - g) / sd(current);
            }

            @Override
            public double sample(double current, SplittableRandom random) {
                double u = random.nextDouble();
                while (u == 0) {
                    u = random.nextDouble();
                }
                return persistence * current + sd(current) * Math.log(u / (1 - u));
            }

            @Override
            public String toString() {
                return "TypeTransition[θ' = " + persistence + " θ + " + scale + " sqrt(1 + " + curvature + " θ²) ε, ε logistic]";
            }
        };
    }
}
