package io.telegate.apps.planted;

/** Planted violation: app code that is neither Main nor in a cli package prints. */
public final class AppHelperPrints {
    public void warn(String line) {
        System.err.println(line);
    }
}
