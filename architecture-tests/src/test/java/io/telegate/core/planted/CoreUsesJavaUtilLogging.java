package io.telegate.core.planted;

import java.util.logging.Logger;

/** Planted violation: java.util.logging instead of SLF4J. */
public final class CoreUsesJavaUtilLogging {
    private static final Logger LOG = Logger.getLogger(CoreUsesJavaUtilLogging.class.getName());

    public void announce() {
        LOG.info("use SLF4J");
    }
}
