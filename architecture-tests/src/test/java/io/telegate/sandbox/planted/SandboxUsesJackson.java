package io.telegate.sandbox.planted;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Allowed: the sandbox's HTTP face speaks JSON with Jackson. */
public final class SandboxUsesJackson {
    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectMapper mapper() {
        return mapper;
    }
}
