package io.telegate.apps.runtime.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** A {@link Terminal} on plain streams (piped input, tests): secrets are read like any other line. */
final class StreamTerminal implements Terminal {

    private final BufferedReader in;
    private final PrintStream prompts;

    StreamTerminal(BufferedReader in, PrintStream prompts) {
        this.in = in;
        this.prompts = prompts;
    }

    @Override
    public void say(String line) {
        prompts.println(line);
        prompts.flush();
    }

    @Override
    public Optional<String> ask(String prompt) {
        prompts.print(prompt);
        prompts.flush();
        try {
            return Optional.ofNullable(in.readLine()).map(String::strip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer", e);
        }
    }

    @Override
    public Optional<String> askSecret(String prompt) {
        return ask(prompt);
    }
}
