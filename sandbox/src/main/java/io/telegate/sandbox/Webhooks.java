package io.telegate.sandbox;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks a webhook URL and secret token the way {@code setWebhook} does. */
final class Webhooks {

    private Webhooks() {
    }

    static URI checkUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw FormattedText.badRequest("bad webhook: an HTTP or HTTPS URL with a host must be provided");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw FormattedText.badRequest("bad webhook: failed to parse the URL");
        }
    }

    static void checkSecret(String secret) {
        if (!secret.matches("[A-Za-z0-9_-]{1,256}")) {
            throw FormattedText.badRequest("secret token contains unallowed characters");
        }
    }
}
