package io.telegate.apps.planted;

/** Allowed: an app's Main prints its usage and is an entry point. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("usage: planted");
    }
}
