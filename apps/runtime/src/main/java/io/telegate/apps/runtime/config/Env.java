package io.telegate.apps.runtime.config;

import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The configuration variables of one process: the real environment over an optional {@code .env} file.
 *
 * <p>A blank value counts as unset, so the default applies. Every typed getter fails with a
 * {@link ConfigException} whose one-line message names the variable, its value (unless secret) and what
 * is expected. Immutable.
 */
public final class Env {

    private final Map<String, String> variables;

    private Env(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** The process environment over {@code .env} in the working directory (absent file = no overlay). */
    public static Env load() {
        return load(Path.of(""), System.getenv());
    }

    /** {@code environment} over {@code .env} in {@code directory}: the environment wins. */
    public static Env load(Path directory, Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>(readDotenv(directory));
        merged.putAll(environment);
        return new Env(merged);
    }

    /** Exactly these variables; for tests and embedded use. */
    public static Env of(Map<String, String> variables) {
        return new Env(variables);
    }

    private static Map<String, String> readDotenv(Path directory) {
        try {
            Dotenv dotenv = Dotenv.configure()
                    .directory(directory.toAbsolutePath().toString())
                    .ignoreIfMissing()
                    .load();
            return dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE).stream()
                    .collect(Collectors.toMap(DotenvEntry::getKey, DotenvEntry::getValue, (a, b) -> b));
        } catch (DotenvException e) {
            // The library's message quotes the offending line, which may hold a secret.
            throw new ConfigException(directory.resolve(".env").toAbsolutePath()
                    + " is malformed: expected lines of NAME=value, blank lines or # comments");
        }
    }

    /** The value, if set and not blank. */
    public Optional<String> optional(String name) {
        String value = variables.get(Objects.requireNonNull(name, "name"));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public String string(String name, String defaultValue) {
        return optional(name).orElse(defaultValue);
    }

    public String requiredString(String name) {
        return optional(name).orElseThrow(() -> ConfigException.missing(name, "a value"));
    }

    /** Parses the value with {@code parser}; any exception it throws (or a null) means the value is invalid. */
    public <T> T parsed(String name, T defaultValue, Function<String, T> parser, String expected) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Objects.requireNonNull(parser.apply(value.get()));
        } catch (RuntimeException e) {
            throw ConfigException.invalid(name, value.get(), expected);
        }
    }

    public int intIn(String name, int defaultValue, int min, int max) {
        return (int) longIn(name, defaultValue, min, max);
    }

    public long longIn(String name, long defaultValue, long min, long max) {
        String expected = "an integer from " + min + " to " + max;
        return parsed(name, defaultValue, text -> {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw new IllegalArgumentException("out of range");
            }
            return value;
        }, expected);
    }

    /** A whole number of seconds within bounds, for the {@code *_SECONDS} variables. */
    public Duration secondsIn(String name, long defaultSeconds, long min, long max) {
        return Duration.ofSeconds(longIn(name, defaultSeconds, min, max));
    }

    /** A non-negative duration written {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d} or ISO-8601. */
    public Duration duration(String name, Duration defaultValue) {
        return parsed(name, defaultValue, Durations::parse, "a duration such as 500ms, 30s, 5m, 2h, 1d or PT30S");
    }

    /** {@code true/false}, {@code yes/no}, {@code on/off} or {@code 1/0}, in any case. */
    public boolean bool(String name, boolean defaultValue) {
        return parsed(name, defaultValue, text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("not a boolean");
        }, "true or false");
    }

    /** An absolute URL with a scheme and a host, such as {@code redis://127.0.0.1:6379/0}. */
    public URI url(String name, String defaultValue) {
        Function<String, URI> parser = text -> {
            try {
                URI uri = new URI(text);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    throw new IllegalArgumentException("not absolute");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(e.getReason());
            }
        };
        return parsed(name, defaultValue == null ? null : parser.apply(defaultValue), parser,
                "an absolute URL such as scheme://host:port/path");
    }

    /** A file system path (relative ones are against the working directory). */
    public Path path(String name, String defaultValue) {
        Function<String, Path> parser = text -> {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException(e.getReason());
            }
        };
        return parsed(name, defaultValue == null ? null : parser.apply(defaultValue), parser, "a file system path");
    }

    /** One of the enum's constants, matched case-insensitively; {@code -} may stand for {@code _}. */
    public <E extends Enum<E>> E enumOf(String name, Class<E> type, E defaultValue) {
        E[] constants = type.getEnumConstants();
        String allowed = Arrays.stream(constants)
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return parsed(name, defaultValue, text -> {
            String wanted = text.replace('-', '_');
            return Arrays.stream(constants)
                    .filter(c -> c.name().equalsIgnoreCase(wanted))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown constant"));
        }, "one of " + allowed);
    }
}
