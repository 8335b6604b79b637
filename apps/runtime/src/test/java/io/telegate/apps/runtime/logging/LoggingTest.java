package io.telegate.apps.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LoggingTest {

    private static final Logger log = LoggerFactory.getLogger("io.telegate.test");

    @AfterEach
    void restoreDefaults() {
        Logging.configure(LogLevel.INFO, LogFormat.TEXT);
    }

    private static String captureStdout(Runnable logging) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            logging.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonFormatWritesOneObjectPerLineWithTheMdc() {
        Logging.configure(LogLevel.INFO, LogFormat.JSON);

        String out = captureStdout(() -> {
            try (Mdc.Scope scope = Mdc.commandId("cmd-7")) {
                log.info("fetched {} messages", 42);
            }
        });

        assertThat(out.lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("{")
                .endsWith("}")
                .contains("\"level\":\"INFO\"")
                .contains("\"loggerName\":\"io.telegate.test\"")
                .contains("\"command_id\":\"cmd-7\"")
                .contains("\"formattedMessage\":\"fetched 42 messages\""));
    }

    @Test
    void textFormatWritesReadableLinesWithTheMdc() {
        Logging.configure(LogLevel.INFO, LogFormat.TEXT);

        String out = captureStdout(() -> {
            try (Mdc.Scope scope = Mdc.traceId("req-9")) {
                log.info("ready");
            }
            log.info("no context");
        });

        assertThat(out.lines()).hasSize(2);
        assertThat(out.lines().toList().get(0)).matches(
                "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[.+] io\\.telegate\\.test \\[trace_id=req-9] - ready");
        assertThat(out.lines().toList().get(1)).endsWith(" io.telegate.test - no context");
    }

    @Test
    void theLevelHidesLessSevereLines() {
        Logging.configure(LogLevel.WARN, LogFormat.TEXT);

        String out = captureStdout(() -> {
            log.info("hidden");
            log.warn("shown");
        });

        assertThat(out).doesNotContain("hidden").contains("shown");
    }

    @Test
    void noisyLibrariesStayQuietAtDebug() {
        Logging.configure(LogLevel.DEBUG, LogFormat.TEXT);

        String out = captureStdout(() -> {
            LoggerFactory.getLogger("org.eclipse.jetty.server.Server").info("jetty chatter");
            log.debug("our debug line");
        });

        assertThat(out).doesNotContain("jetty chatter").contains("our debug line");
    }
}
