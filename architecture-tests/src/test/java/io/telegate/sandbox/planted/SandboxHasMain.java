package io.telegate.sandbox.planted;

/** Planted violation: an entry point outside the apps. */
public final class SandboxHasMain {
    private SandboxHasMain() {
    }

    public static void main(String[] args) {
        new SandboxUsesJackson().mapper();
    }
}
