package org.mdlab.platform;

/** The support check shared by the outcomes of this package. */
final class Types {

    private Types() {
    }

    static double inSupport(PlatformMarket market, double theta) {
        LinearHazardTypes t = market.types();
        if (!(theta >= t.lower() && theta <= t.upper())) {
            throw new IllegalArgumentException("theta must lie in [" + t.lower() + ", " + t.upper() + "] (got " + theta + ")");
        }
        return theta;
    }
}
