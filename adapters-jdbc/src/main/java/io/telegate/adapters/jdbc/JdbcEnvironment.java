package io.telegate.adapters.jdbc;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a {@link JdbcConfig} from environment variables handed in as a map (the app reads the environment).
 *
 * <p>{@code DATABASE_URL} is a JDBC URL ({@code jdbc:postgresql://...}, {@code jdbc:h2:...}) or a PostgreSQL URL
 * ({@code postgresql://user:password@host:5432/telegate}), whose credentials move into the config's user and
 * password. Without it the database is the embedded H2 file {@code telegate} under {@code DATA_DIR} ({@code ./data}).
 * {@code DATABASE_USER} and {@code DATABASE_PASSWORD} win over URL credentials; {@code DATABASE_POOL_SIZE},
 * {@code DATABASE_SCHEMA} and {@code DATABASE_CONNECT_TIMEOUT_MS} are optional. Errors name the variable, never the
 * value of a URL or password.
 */
public final class JdbcEnvironment {

    private JdbcEnvironment() {
    }

    /** The config the variables describe, defaults filling the gaps. */
    public static JdbcConfig read(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        Credentials fromUrl = new Credentials("", "");
        JdbcConfig config;
        Optional<String> url = value(env, "DATABASE_URL");
        if (url.isEmpty()) {
            config = JdbcConfig.embedded(Path.of(value(env, "DATA_DIR").orElse("./data")));
        } else if (url.get().startsWith("jdbc:")) {
            config = JdbcConfig.of(url.get());
        } else {
            URI uri = postgresUri(url.get());
            fromUrl = Credentials.of(uri);
            config = JdbcConfig.of(jdbcUrl(uri));
        }
        config = config.withUser(value(env, "DATABASE_USER").orElse(fromUrl.user()))
                .withPassword(Optional.ofNullable(env.get("DATABASE_PASSWORD")).orElse(fromUrl.password()))
                .withPoolSize(number(env, "DATABASE_POOL_SIZE").map(n -> Math.clamp(n, 0, Integer.MAX_VALUE))
                        .orElse(JdbcConfig.DEFAULT_POOL_SIZE))
                .withConnectTimeout(number(env, "DATABASE_CONNECT_TIMEOUT_MS").map(Duration::ofMillis)
                        .orElse(JdbcConfig.DEFAULT_CONNECT_TIMEOUT));
        Optional<String> schema = value(env, "DATABASE_SCHEMA");
        return schema.isPresent() ? config.withSchema(schema.get()) : config;
    }

    private static URI postgresUri(String url) {
        try {
            URI uri = new URI(url);
            if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
                throw new IllegalArgumentException(
                        "DATABASE_URL must be a jdbc: URL or a postgresql://host:port/database URL");
            }
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("DATABASE_URL names no host");
            }
            return uri;
        } catch (URISyntaxException invalid) {
            // The message of the cause quotes the URL, and with it a password: leave the cause out.
            throw new IllegalArgumentException("DATABASE_URL is not a valid URL");
        }
    }

    private static String jdbcUrl(URI uri) {
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return "jdbc:postgresql://" + uri.getHost() + ":" + port + path + query;
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<Long> number(Map<String, String> env, String name) {
        return value(env, name).map(text -> {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException(name + " must be a whole number, got '" + text + "'");
            }
        });
    }

    /** The user and password of a URL's user-info part, percent-decoded. */
    private record Credentials(String user, String password) {

        static Credentials of(URI uri) {
            String info = uri.getRawUserInfo();
            if (info == null) {
                return new Credentials("", "");
            }
            int colon = info.indexOf(':');
            return colon < 0 ? new Credentials(decoded(info), "")
                    : new Credentials(decoded(info.substring(0, colon)), decoded(info.substring(colon + 1)));
        }

        private static String decoded(String text) {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
    }
}
