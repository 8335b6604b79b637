package io.telegate.core.planted;

import jakarta.inject.Inject;

/** Planted violation: field injection with jakarta.inject. */
public final class FieldInjectedService {
    @Inject
    SomeCoreType collaborator;

    public String collaboratorName() {
        return collaborator.name();
    }
}
