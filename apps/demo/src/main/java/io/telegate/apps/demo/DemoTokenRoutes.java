package io.telegate.apps.demo;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.telegate.adapters.http.HttpRoutes;
import io.telegate.adapters.http.RouteRegistry;
import io.telegate.adapters.http.notify.DevTokens;
import java.time.Clock;
import java.time.Duration;

/**
 * {@code GET /api/demo/token?subject=alice}: a development token for the notifier's API, valid for a day. The
 * demo only: a real notifier takes tokens from the issuer of its deployment (or {@code notifier.jar token}).
 */
final class DemoTokenRoutes implements HttpRoutes {

    private final String secret;
    private final Clock clock;

    DemoTokenRoutes(String secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    @Override
    public void register(RouteRegistry routes) {
        routes.get("/api/demo/token", this::token);
    }

    private void token(Context ctx) {
        String subject = ctx.queryParam("subject");
        if (subject == null || !subject.matches("[A-Za-z0-9_.@-]{1,64}")) {
            throw new BadRequestResponse("subject: 1 to 64 letters, digits, _ . @ or -");
        }
        ctx.contentType("text/plain").result(DevTokens.issue(secret, subject, clock.instant(), Duration.ofDays(1)));
    }
}
