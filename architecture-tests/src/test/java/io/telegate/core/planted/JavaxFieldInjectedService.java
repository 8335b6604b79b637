package io.telegate.core.planted;

import javax.inject.Inject;

/** Planted violation: field injection with javax.inject. */
public final class JavaxFieldInjectedService {
    @Inject
    SomeCoreType collaborator;

    public String collaboratorName() {
        return collaborator.name();
    }
}
