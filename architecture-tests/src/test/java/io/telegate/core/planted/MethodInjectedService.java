package io.telegate.core.planted;

import jakarta.inject.Inject;

/** Planted violation: method injection. */
public final class MethodInjectedService {
    private SomeCoreType collaborator;

    @Inject
    void setCollaborator(SomeCoreType collaborator) {
        this.collaborator = collaborator;
    }

    public String collaboratorName() {
        return collaborator.name();
    }
}
