package io.telegate.ports.model.planted;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Planted violation: a port type that depends on a library (SLF4J). */
public final class PortUsesSlf4j {
    private static final Logger LOG = LoggerFactory.getLogger(PortUsesSlf4j.class);

    public void announce() {
        LOG.info("ports must not log");
    }
}
