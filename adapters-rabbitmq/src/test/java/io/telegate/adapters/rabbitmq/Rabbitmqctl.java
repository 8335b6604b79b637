package io.telegate.adapters.rabbitmq;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code rabbitmqctl} on the local broker, for the one test that restarts it. */
final class Rabbitmqctl {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private Rabbitmqctl() {
    }

    /** Why {@code rabbitmqctl} cannot control the local broker, or empty when it can. */
    static String unusableBecause() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return "rabbitmqctl needs root here, and the tests run as " + System.getProperty("user.name");
        }
        try {
            run("status");
            return "";
        } catch (IOException | RuntimeException unusable) {
            return "rabbitmqctl cannot control the local broker: " + unusable.getMessage();
        }
    }

    /** Runs {@code rabbitmqctl <arguments>} and returns its output; throws unless it succeeded in time. */
    static String run(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within " + PATIENCE);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " was interrupted", interrupted);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ": " + output);
        }
        return output;
    }
}
