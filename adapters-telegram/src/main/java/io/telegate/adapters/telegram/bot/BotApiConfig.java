package io.telegate.adapters.telegram.bot;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Where the Bot API is and how the shared HTTP client talks to it.
 *
 * @param baseUrl        {@code scheme://host[:port]} of the Bot API: {@code https://api.telegram.org}, a
 *                       self-hosted Bot API server, or the sandbox; no path, no credentials
 * @param maxInFlight    how many requests may be on the wire at once, over all bots (OkHttp's per-host limit
 *                       and the connection pool follow it)
 * @param connectTimeout how long opening a connection may take
 * @param readTimeout    how long the server may stay silent while a request is written or its answer read
 * @param callTimeout    how long one whole call may take, connecting included
 */
public record BotApiConfig(URI baseUrl, int maxInFlight, Duration connectTimeout, Duration readTimeout,
                           Duration callTimeout) {

    /** Telegram's own Bot API. */
    public static final URI TELEGRAM = URI.create("https://api.telegram.org");
    public static final int DEFAULT_MAX_IN_FLIGHT = 64;
    public static final int MAX_IN_FLIGHT_LIMIT = 4_096;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

    public BotApiConfig {
        Objects.requireNonNull(baseUrl, "base URL");
        requireBaseUrl(baseUrl);
        if (maxInFlight < 1 || maxInFlight > MAX_IN_FLIGHT_LIMIT) {
            throw new IllegalArgumentException("max in-flight requests must be from 1 to " + MAX_IN_FLIGHT_LIMIT
                    + ", got " + maxInFlight);
        }
        requirePositive(connectTimeout, "connect timeout");
        requirePositive(readTimeout, "read timeout");
        requirePositive(callTimeout, "call timeout");
    }

    /** The base URL with 64 requests in flight and 5 s to connect, 20 s of silence, 30 s per call. */
    public static BotApiConfig defaults(URI baseUrl) {
        return new BotApiConfig(baseUrl, DEFAULT_MAX_IN_FLIGHT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_CALL_TIMEOUT);
    }

    public BotApiConfig withMaxInFlight(int value) {
        return new BotApiConfig(baseUrl, value, connectTimeout, readTimeout, callTimeout);
    }

    public BotApiConfig withReadTimeout(Duration value) {
        return new BotApiConfig(baseUrl, maxInFlight, connectTimeout, value, callTimeout);
    }

    public BotApiConfig withCallTimeout(Duration value) {
        return new BotApiConfig(baseUrl, maxInFlight, connectTimeout, readTimeout, value);
    }

    /** The base URL as telegrambots-client takes it. */
    TelegramUrl telegramUrl() {
        String scheme = baseUrl.getScheme().toLowerCase(Locale.ROOT);
        int port = baseUrl.getPort() != -1 ? baseUrl.getPort() : "https".equals(scheme) ? 443 : 80;
        return new TelegramUrl(scheme, baseUrl.getHost(), port, false);
    }

    private static void requireBaseUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("the Bot API base URL must start with http:// or https://");
        }
        if (url.getHost() == null || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the Bot API base URL must name a host and carry no credentials");
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        if (!(path.isEmpty() || path.equals("/")) || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("the Bot API base URL is scheme://host[:port] only, without a path");
        }
    }

    private static void requirePositive(Duration duration, String what) {
        Objects.requireNonNull(duration, what);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive, got " + duration);
        }
    }
}
