package io.telegate.apps.planted;

import dagger.Lazy;

/** Allowed: apps hold the Dagger components. */
public final class AppUsesDagger {
    private final Lazy<String> name;

    public AppUsesDagger(Lazy<String> name) {
        this.name = name;
    }

    public String name() {
        return name.get();
    }
}
