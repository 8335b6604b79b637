package io.telegate.core.planted;

import dagger.internal.DaggerGenerated;
import dagger.internal.Factory;

/** Allowed: stands for the factory Dagger generates next to an injected core class. */
@DaggerGenerated
public final class DaggerGeneratedCoreFactory implements Factory<SomeCoreType> {
    @Override
    public SomeCoreType get() {
        return new SomeCoreType();
    }
}
