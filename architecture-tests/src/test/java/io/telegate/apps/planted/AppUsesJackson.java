package io.telegate.apps.planted;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Allowed: apps may use any vendor library. */
public final class AppUsesJackson {
    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectMapper mapper() {
        return mapper;
    }
}
