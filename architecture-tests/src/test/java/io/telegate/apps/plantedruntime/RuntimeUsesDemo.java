package io.telegate.apps.plantedruntime;

import io.telegate.apps.planteddemo.DemoUsesRuntime;

/** Planted violation: the shared app runtime knows an app, closing a cycle. */
public final class RuntimeUsesDemo {
    public DemoUsesRuntime demo() {
        return new DemoUsesRuntime();
    }
}
