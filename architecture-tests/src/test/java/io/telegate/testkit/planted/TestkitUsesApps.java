package io.telegate.testkit.planted;

import io.telegate.apps.planted.AppUsesJackson;

/** Planted violation: code outside the apps depends on an app. */
public final class TestkitUsesApps {
    public AppUsesJackson app() {
        return new AppUsesJackson();
    }
}
