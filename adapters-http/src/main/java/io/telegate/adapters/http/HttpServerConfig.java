package io.telegate.adapters.http;

import java.util.Objects;

/**
 * Where the HTTP server listens and how large a request body may be.
 *
 * @param host                the interface to bind ({@code 0.0.0.0} for all, {@code 127.0.0.1} for local only)
 * @param port                the TCP port, or 0 for any free port
 * @param maxRequestBodyBytes the largest request body accepted; larger ones are answered with 413
 */
public record HttpServerConfig(String host, int port, long maxRequestBodyBytes) {

    /** One mebibyte: enough for any JSON command or notification. */
    public static final long DEFAULT_MAX_REQUEST_BODY_BYTES = 1024 * 1024;

    public HttpServerConfig {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be from 0 to 65535, was " + port);
        }
        if (maxRequestBodyBytes <= 0) {
            throw new IllegalArgumentException("maxRequestBodyBytes must be positive, was " + maxRequestBodyBytes);
        }
    }

    /** A server on {@code host:port} with the default body limit. */
    public static HttpServerConfig of(String host, int port) {
        return new HttpServerConfig(host, port, DEFAULT_MAX_REQUEST_BODY_BYTES);
    }
}
