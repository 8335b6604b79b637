package io.telegate.core.planted;

import io.telegate.sandbox.planted.SandboxUsesCore;

/** Planted violation: half of a cycle between the core and the sandbox. */
public final class CoreUsesSandbox {
    public SandboxUsesCore sandbox() {
        return new SandboxUsesCore();
    }
}
