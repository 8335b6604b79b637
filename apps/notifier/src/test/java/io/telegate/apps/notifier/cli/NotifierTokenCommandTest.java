package io.telegate.apps.notifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.adapters.http.notify.JwtConfig;
import io.telegate.apps.runtime.config.Env;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotifierTokenCommandTest {

    private static final String SECRET = "a-development-secret-of-32-bytes!";
    private static final Instant NOW = Instant.parse("2025-11-07T10:00:00Z");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return TokenCommand.run(List.of(args), Env.of(env), Clock.fixed(NOW, ZoneOffset.UTC),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsAnHs256TokenForTheSubjectValidForTheLifetime() {
        int status = run(Map.of("NOTIFIER_JWT_SECRET", SECRET), "alice", "12h");

        assertThat(status).isZero();
        String token = out.toString(StandardCharsets.UTF_8).strip();
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"sub\":\"alice\"")
                .contains("\"exp\":" + NOW.plus(Duration.ofHours(12)).getEpochSecond());
        assertThat(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8))
                .contains("HS256");
    }

    @Test
    void withoutASecretItExplainsAndFailsWithoutPrintingATokenOrTheSecret() {
        assertThat(run(Map.of(), "alice")).isEqualTo(2);
        assertThat(run(Map.of("NOTIFIER_JWT_SECRET", "short"), "alice")).isEqualTo(2);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("NOTIFIER_JWT_SECRET")
                .contains(Integer.toString(JwtConfig.MIN_SECRET_BYTES)).doesNotContain("short\n");
    }

    @Test
    void badArgumentsPrintTheUsage() {
        assertThat(run(Map.of("NOTIFIER_JWT_SECRET", SECRET))).isEqualTo(2);
        assertThat(run(Map.of("NOTIFIER_JWT_SECRET", SECRET), "alice", "forever")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: notifier token").contains("30m");
    }

    @Test
    void lifetimesReadTheWayOperatorsWriteThem() {
        assertThat(TokenCommand.ttl("30m")).contains(Duration.ofMinutes(30));
        assertThat(TokenCommand.ttl("7d")).contains(Duration.ofDays(7));
        assertThat(TokenCommand.ttl("PT90S")).contains(Duration.ofSeconds(90));
        assertThat(TokenCommand.ttl("0s")).isEqualTo(Optional.empty());
        assertThat(TokenCommand.ttl("400d")).isEmpty();
    }
}
