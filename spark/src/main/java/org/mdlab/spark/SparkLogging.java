package org.mdlab.spark;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.DefaultConfiguration;

import java.net.URISyntaxException;

/**
 * Keeps an embedded Spark quiet: when nobody has configured Log4j 2 (it runs on its built-in default),
 * Spark would switch to its own defaults and print every INFO line into the notebook; this installs
 * warnings-only logging first. A Log4j configuration of the user's is left alone.
 */
final class SparkLogging {

    private SparkLogging() {
    }

    static void quietUnlessConfigured() {
        if (!(LogManager.getContext(false) instanceof LoggerContext context)
                || !(context.getConfiguration() instanceof DefaultConfiguration)) {
            return;
        }
        try {
            Configurator.reconfigure(SparkLogging.class.getResource("log4j2-warn.properties").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the bundled logging configuration has no valid address", e);
        }
    }
}
