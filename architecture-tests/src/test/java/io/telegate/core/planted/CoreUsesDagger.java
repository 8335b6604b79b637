package io.telegate.core.planted;

import dagger.Lazy;

/** Planted violation: the core depends on Dagger outside a di package. */
public final class CoreUsesDagger {
    private final Lazy<SomeCoreType> collaborator;

    public CoreUsesDagger(Lazy<SomeCoreType> collaborator) {
        this.collaborator = collaborator;
    }

    public String collaboratorName() {
        return collaborator.get().name();
    }
}
