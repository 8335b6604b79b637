package io.telegate.apps.runtime.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a class of this test class path in a fresh JVM, to observe exit codes and signals. */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(Class<?> mainClass, Map<String, String> environment) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                java, "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        builder.environment().keySet().removeIf(name -> name.startsWith("LOG_") || name.startsWith("HEALTH_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    static BufferedReader stdout(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }
}
