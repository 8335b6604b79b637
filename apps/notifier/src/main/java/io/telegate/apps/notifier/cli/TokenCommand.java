package io.telegate.apps.notifier.cli;

import io.telegate.adapters.http.notify.DevTokens;
import io.telegate.adapters.http.notify.JwtConfig;
import io.telegate.apps.runtime.cli.Launcher;
import io.telegate.apps.runtime.config.Env;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code notifier token <subject> [ttl]}: prints an HS256 bearer token for the task API, signed with
 * NOTIFIER_JWT_SECRET, valid for {@code ttl} ({@code 30m}, {@code 12h}, {@code 7d}, ISO-8601; default 1 hour). For
 * development and tests: production tokens come from an identity provider (NOTIFIER_JWKS_URL).
 */
public final class TokenCommand {

    static final Duration DEFAULT_TTL = Duration.ofHours(1);
    static final Duration MAX_TTL = Duration.ofDays(365);

    private static final String USAGE = "usage: notifier token <subject> [ttl: 30m, 12h, 7d; default 1h]";
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(s|m|h|d)");

    private TokenCommand() {
    }

    /** Prints the token on {@code out} and returns 0, or explains on {@code err} and returns 2. */
    public static int run(List<String> args, Env env, Clock clock, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.size() > 2 || args.getFirst().startsWith("-")) {
            err.println(USAGE);
            return Launcher.CONFIG_ERROR;
        }
        Optional<Duration> ttl = args.size() == 2 ? ttl(args.get(1)) : Optional.of(DEFAULT_TTL);
        if (ttl.isEmpty()) {
            err.println("the lifetime must be a duration from 1s to 365d, such as 30m, 12h or 7d");
            return Launcher.CONFIG_ERROR;
        }
        Optional<String> secret = env.optional("NOTIFIER_JWT_SECRET");
        if (secret.isEmpty() || secret.get().getBytes(StandardCharsets.UTF_8).length < JwtConfig.MIN_SECRET_BYTES) {
            err.println("NOTIFIER_JWT_SECRET must be set to at least " + JwtConfig.MIN_SECRET_BYTES
                    + " bytes (the notifier checks tokens with it); set it in the environment or in .env");
            return Launcher.CONFIG_ERROR;
        }
        try {
            out.println(DevTokens.issue(secret.get(), args.getFirst(), clock.instant(), ttl.get()));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Launcher.CONFIG_ERROR;
        }
    }

    static Optional<Duration> ttl(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        Matcher matcher = SHORT.matcher(lower);
        Duration ttl;
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            ttl = switch (matcher.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        } else {
            try {
                ttl = Duration.parse(text.strip().toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0 ? Optional.empty() : Optional.of(ttl);
    }
}
