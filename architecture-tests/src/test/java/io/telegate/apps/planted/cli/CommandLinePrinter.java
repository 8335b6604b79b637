package io.telegate.apps.planted.cli;

/** Allowed: an app's command-line code prints. */
public final class CommandLinePrinter {
    public void print(String line) {
        System.out.println(line);
    }
}
