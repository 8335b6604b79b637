package io.telegate.apps.runtime.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Optional;

/** A {@link Terminal} on the process's console: answers typed there, secrets without echo, prompts to a stream. */
final class ConsoleTerminal implements Terminal {

    private final Console console;
    private final PrintStream prompts;

    ConsoleTerminal(Console console, PrintStream prompts) {
        this.console = console;
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
        return Optional.ofNullable(console.readLine()).map(String::strip);
    }

    @Override
    public Optional<String> askSecret(String prompt) {
        prompts.print(prompt);
        prompts.flush();
        return Optional.ofNullable(console.readPassword()).map(String::new);
    }
}
