package io.telegate.apps.planteddemo;

import io.telegate.apps.plantedruntime.RuntimeUsesDemo;

/** An app built on the shared runtime: half of the planted cycle between apps. */
public final class DemoUsesRuntime {
    public RuntimeUsesDemo runtime() {
        return new RuntimeUsesDemo();
    }
}
