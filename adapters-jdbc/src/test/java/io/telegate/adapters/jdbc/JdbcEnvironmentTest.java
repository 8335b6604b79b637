package io.telegate.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JdbcEnvironmentTest {

    @Test
    void withoutADatabaseUrlTheDatabaseIsEmbeddedUnderTheDataDirectory() {
        assertThat(JdbcEnvironment.read(Map.of()).url()).isEqualTo(JdbcConfig.embedded(Path.of("./data")).url());
        assertThat(JdbcEnvironment.read(Map.of("DATA_DIR", "/srv/telegate")).url())
                .startsWith("jdbc:h2:file:/srv/telegate/telegate;MODE=PostgreSQL");
    }

    @Test
    void aJdbcUrlIsTakenAsItIsWithTheOtherVariables() {
        JdbcConfig config = JdbcEnvironment.read(Map.of(
                "DATABASE_URL", "jdbc:postgresql://db:5432/telegate",
                "DATABASE_USER", "notifier",
                "DATABASE_PASSWORD", "pw",
                "DATABASE_POOL_SIZE", "4",
                "DATABASE_SCHEMA", "notifier",
                "DATABASE_CONNECT_TIMEOUT_MS", "1500"));

        assertThat(config).isEqualTo(new JdbcConfig("jdbc:postgresql://db:5432/telegate", "notifier", "pw", 4,
                Optional.of("notifier"), Duration.ofMillis(1500)));
    }

    @Test
    void aPostgresUrlBecomesAJdbcUrlWhoseCredentialsMoveOut() {
        JdbcConfig config = JdbcEnvironment.read(Map.of(
                "DATABASE_URL", "postgresql://notifier:p%40ss%3Aword@db.internal:6543/telegate?sslmode=require"));

        assertThat(config.url()).isEqualTo("jdbc:postgresql://db.internal:6543/telegate?sslmode=require");
        assertThat(config.user()).isEqualTo("notifier");
        assertThat(config.password()).isEqualTo("p@ss:word");
    }

    @Test
    void theExampleUrlOfTheEnvironmentFileUsesTheDefaultPortAndNoPassword() {
        JdbcConfig config = JdbcEnvironment.read(Map.of("DATABASE_URL", "postgresql://postgres@127.0.0.1/telegate"));

        assertThat(config.url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/telegate");
        assertThat(config.user()).isEqualTo("postgres");
        assertThat(config.password()).isEmpty();
    }

    @Test
    void explicitCredentialsWinOverThoseOfTheUrl() {
        JdbcConfig config = JdbcEnvironment.read(Map.of("DATABASE_URL", "postgres://a:b@db/telegate",
                "DATABASE_USER", "c", "DATABASE_PASSWORD", "d"));

        assertThat(config.user()).isEqualTo("c");
        assertThat(config.password()).isEqualTo("d");
    }

    @Test
    void errorsNameTheVariableButNeverRepeatAUrl() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JdbcEnvironment.read(Map.of("DATABASE_URL", "mysql://u:hunter2@db/x")))
                .withMessageContaining("DATABASE_URL").withMessageNotContaining("hunter2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JdbcEnvironment.read(Map.of("DATABASE_URL", "postgresql://u:hunter2@db/x y")))
                .withMessageContaining("DATABASE_URL").withMessageNotContaining("hunter2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JdbcEnvironment.read(Map.of("DATABASE_POOL_SIZE", "many")))
                .withMessageContaining("DATABASE_POOL_SIZE");
    }
}
