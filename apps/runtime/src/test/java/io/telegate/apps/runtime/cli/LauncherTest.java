package io.telegate.apps.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void aConfigurationErrorIsOneLineOnStderrAndExitStatusTwo() throws Exception {
        Process process = ChildJvm.start(BadConfigFixture.class, Map.of("HEALTH_CHECK_PORT", "eighty"));

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(stderr).isEqualTo(
                "HEALTH_CHECK_PORT=\"eighty\" is invalid: expected an integer from 0 to 65535" + System.lineSeparator());
    }

    @Test
    void sigtermStopsTheServicesInReverseOrderAndLogsTheShutdown() throws Exception {
        Process process = ChildJvm.start(TwoServicesFixture.class, Map.of());
        List<String> lines = new ArrayList<>();
        BufferedReader out = ChildJvm.stdout(process);
        for (String line = out.readLine(); line != null && !line.endsWith("fixture - ready"); line = out.readLine()) {
            lines.add(line);
        }

        process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of stdout
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        out.lines().forEach(lines::add);

        assertThat(process.exitValue()).isEqualTo(143);
        assertThat(lines).filteredOn(line -> line.contains("Lifecycle")).map(line -> line.replaceAll(".* - ", ""))
                .map(line -> line.replaceAll("\\d+ ms", "N ms"))
                .containsExactly(
                        "starting 2 services",
                        "started store in N ms",
                        "started consumer in N ms",
                        "started in N ms",
                        "stopping 2 services within 10 s",
                        "stopped consumer in N ms",
                        "stopped store in N ms",
                        "stopped in N ms");
    }

    @Test
    void logbackTakesTheFormatFromTheEnvironmentAtStartUp() throws Exception {
        Process process = ChildJvm.start(TwoServicesFixture.class, Map.of("LOG_FORMAT", "json"));
        BufferedReader out = ChildJvm.stdout(process);
        String first = out.readLine();

        process.toHandle().destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(first).startsWith("{").endsWith("}")
                .contains("\"level\":\"INFO\"")
                .contains("\"formattedMessage\":\"starting 2 services\"");
    }
}
