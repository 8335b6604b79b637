package io.telegate.core.planted;

/** Allowed: a plain core class, the target of planted dependencies from outside the core. */
public final class SomeCoreType {
    public String name() {
        return "core";
    }
}
