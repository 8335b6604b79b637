package io.telegate.core.planted;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Planted violation: the core uses a vendor library (Jackson). */
public final class CoreUsesJackson {
    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectMapper mapper() {
        return mapper;
    }
}
