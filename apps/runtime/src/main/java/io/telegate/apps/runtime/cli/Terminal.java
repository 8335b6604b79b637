package io.telegate.apps.runtime.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where an interactive command talks to its user: prompts and notes go to one stream (standard error, so standard
 * output carries only results), answers come line by line; secrets are read without echo when a console is there.
 */
public interface Terminal {

    /** Shows one line to the user. */
    void say(String line);

    /** Asks for a line; empty at the end of the input. */
    Optional<String> ask(String prompt);

    /** Asks for a secret, without echo where the terminal allows; empty at the end of the input. */
    Optional<String> askSecret(String prompt);

    /** Plain streams: answers from {@code in}, prompts to {@code prompts}; secrets are read like any line. */
    static Terminal of(BufferedReader in, PrintStream prompts) {
        return new StreamTerminal(in, prompts);
    }

    /** The process's console when it has one (secrets without echo), else standard input; prompts to standard error. */
    static Terminal system() {
        Console console = System.console();
        return console != null ? new ConsoleTerminal(console, System.err)
                : of(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.err);
    }
}
