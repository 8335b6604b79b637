package io.telegate.sandbox.planted;

import io.telegate.core.planted.CoreUsesSandbox;

/** Planted violation: the sandbox depends on the core, closing a cycle. */
public final class SandboxUsesCore {
    public CoreUsesSandbox core() {
        return new CoreUsesSandbox();
    }
}
