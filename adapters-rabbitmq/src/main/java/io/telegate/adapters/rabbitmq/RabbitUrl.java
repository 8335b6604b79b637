package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.ConnectionFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Reads an {@code amqp://} or {@code amqps://} URL the way the Python services of seed 000 do, and masks it.
 *
 * <p>Unlike the Java client's own {@code ConnectionFactory.setUri}, an empty path and a lone {@code /} both mean the
 * default virtual host {@code /} (seed 000's {@code amqp://guest:guest@rabbitmq:5672/} would otherwise name the
 * virtual host {@code ""}, which does not exist), and no error message quotes the URL or its user info. A query
 * ({@code ?heartbeat=...}) is ignored. {@code amqps} uses the JVM's default trust store and verifies the host name.
 */
final class RabbitUrl {

    private static final int AMQP_PORT = 5672;
    private static final int AMQPS_PORT = 5671;

    private RabbitUrl() {
    }

    /** Throws {@link IllegalArgumentException}, without repeating the URL, unless {@code url} can be read. */
    static void requireValid(String url) {
        Objects.requireNonNull(url, "url");
        URI uri = parsed(url);
        if (uri.getRawUserInfo() != null) {
            decoded(uri.getRawUserInfo());
        }
        virtualHost(uri);
    }

    /** Points {@code factory} at the broker, credentials and virtual host of {@code url}. */
    static ConnectionFactory configure(ConnectionFactory factory, String url) {
        URI uri = parsed(url);
        boolean tls = "amqps".equals(scheme(uri));
        factory.setHost(host(uri));
        factory.setPort(uri.getPort() < 0 ? (tls ? AMQPS_PORT : AMQP_PORT) : uri.getPort());
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            factory.setUsername(decoded(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                factory.setPassword(decoded(userInfo.substring(colon + 1)));
            }
        }
        factory.setVirtualHost(virtualHost(uri));
        if (tls) {
            try {
                factory.useSslProtocol(SSLContext.getDefault());
            } catch (GeneralSecurityException unavailable) {
                throw new IllegalStateException("the JVM offers no default TLS context for amqps", unavailable);
            }
            factory.enableHostnameVerification();
        }
        return factory;
    }

    /** {@code host:port/vhost}, for log lines. */
    static String address(String url) {
        URI uri = parsed(url);
        int port = uri.getPort() < 0 ? ("amqps".equals(scheme(uri)) ? AMQPS_PORT : AMQP_PORT) : uri.getPort();
        return host(uri) + ":" + port + " vhost " + virtualHost(uri);
    }

    /** The URL with the password of its user info replaced by {@code ***}; anything else is left as it is. */
    static String masked(String url) {
        if (url == null) {
            return "null";
        }
        int authority = url.indexOf("://");
        if (authority < 0) {
            return url;
        }
        int start = authority + 3;
        int end = url.indexOf('/', start);
        int at = url.lastIndexOf('@', end < 0 ? url.length() : end);
        if (at < start) {
            return url;
        }
        int colon = url.indexOf(':', start);
        if (colon < 0 || colon > at) {
            return url;
        }
        return url.substring(0, colon + 1) + "***" + url.substring(at);
    }

    private static URI parsed(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException invalid) {
            // The cause's message quotes the URL, and with it a password: leave the cause out.
            throw new IllegalArgumentException("the RabbitMQ URL is not a valid URL");
        }
        String scheme = scheme(uri);
        if (!"amqp".equals(scheme) && !"amqps".equals(scheme)) {
            throw new IllegalArgumentException("the RabbitMQ URL must start with amqp:// or amqps://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("the RabbitMQ URL names no host");
        }
        String path = uri.getRawPath();
        if (path != null && path.indexOf('/', 1) > 0) {
            throw new IllegalArgumentException("the RabbitMQ URL path must be one segment, the virtual host");
        }
        return uri;
    }

    private static String scheme(URI uri) {
        return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static String virtualHost(URI uri) {
        String path = uri.getRawPath();
        if (path == null || path.isEmpty() || "/".equals(path)) {
            return ConnectionFactory.DEFAULT_VHOST;
        }
        return decoded(path.substring(1));
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            // The message quotes the text, which may be a password.
            throw new IllegalArgumentException("the RabbitMQ URL holds an invalid percent escape");
        }
    }
}
