package io.telegate.core.planted;

import jakarta.inject.Inject;

/** Allowed: constructor injection. */
public final class ConstructorInjectedService {
    private final SomeCoreType collaborator;

    @Inject
    public ConstructorInjectedService(SomeCoreType collaborator) {
        this.collaborator = collaborator;
    }

    public String collaboratorName() {
        return collaborator.name();
    }
}
