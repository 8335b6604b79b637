package io.telegate.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JdbcConfigTest {

    private static final String POSTGRES = "jdbc:postgresql://db.internal:5432/telegate";

    @Test
    void aUrlAloneGetsTheDefaults() {
        JdbcConfig config = JdbcConfig.of(POSTGRES);

        assertThat(config).isEqualTo(new JdbcConfig(POSTGRES, "", "", 10, Optional.empty(), Duration.ofSeconds(5)));
        assertThat(config.dialect()).isEqualTo(SqlDialect.POSTGRESQL);
    }

    @Test
    void theEmbeddedDatabaseIsAnH2FileInPostgresModeUnderTheDataDirectory() {
        JdbcConfig config = JdbcConfig.embedded(Path.of("/var/lib/telegate"));

        assertThat(config.url()).isEqualTo("jdbc:h2:file:/var/lib/telegate/telegate" + JdbcConfig.H2_OPTIONS);
        assertThat(config.dialect()).isEqualTo(SqlDialect.H2);
        assertThat(JdbcConfig.DEFAULT_EMBEDDED_URL).startsWith("jdbc:h2:file:./data/telegate;MODE=PostgreSQL");
        assertThat(JdbcConfig.inMemory("demo").url()).startsWith("jdbc:h2:mem:demo;MODE=PostgreSQL")
                .endsWith(";DB_CLOSE_DELAY=-1");
    }

    @Test
    void withersChangeOneComponent() {
        JdbcConfig config = JdbcConfig.of(POSTGRES).withUser("notifier").withPassword("pw").withPoolSize(4)
                .withSchema("notifier").withConnectTimeout(Duration.ofSeconds(2));

        assertThat(config).isEqualTo(new JdbcConfig(POSTGRES, "notifier", "pw", 4, Optional.of("notifier"),
                Duration.ofSeconds(2)));
    }

    @Test
    void theTextFormMasksThePassword() {
        JdbcConfig config = JdbcConfig.of(POSTGRES).withUser("notifier").withPassword("s3cret");

        assertThat(config.toString()).contains("user=notifier", "password=****", POSTGRES).doesNotContain("s3cret");
        assertThat(JdbcConfig.of(POSTGRES).toString()).contains("password=,");
    }

    @Test
    void onlyPostgresAndH2InPostgresModeAreAccepted() {
        assertThatIllegalArgumentException().isThrownBy(() -> JdbcConfig.of("jdbc:mysql://localhost/telegate"))
                .withMessageContaining("jdbc:postgresql: or jdbc:h2:");
        assertThatIllegalArgumentException().isThrownBy(() -> JdbcConfig.of("jdbc:h2:mem:x"))
                .withMessageContaining("MODE=PostgreSQL");
    }

    @Test
    void aUrlCarryingAPasswordIsRejectedWithoutRepeatingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JdbcConfig.of(POSTGRES + "?user=u&password=hunter2"))
                .withMessageNotContaining("hunter2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JdbcConfig.of("jdbc:h2:mem:x;MODE=PostgreSQL;PASSWORD=hunter2"));
    }

    @Test
    void poolSizeSchemaAndTimeoutAreValidated() {
        JdbcConfig config = JdbcConfig.of(POSTGRES);

        assertThatIllegalArgumentException().isThrownBy(() -> config.withPoolSize(0));
        assertThatIllegalArgumentException().isThrownBy(() -> config.withPoolSize(201));
        assertThatIllegalArgumentException().isThrownBy(() -> config.withSchema("Notifier"));
        assertThatIllegalArgumentException().isThrownBy(() -> config.withSchema("it; DROP TABLE sessions"));
        assertThatIllegalArgumentException().isThrownBy(() -> config.withConnectTimeout(Duration.ofMillis(499)));
        assertThat(config.withSchema("it_0f3a").schema()).contains("it_0f3a");
    }
}
