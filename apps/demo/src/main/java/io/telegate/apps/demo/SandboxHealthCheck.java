package io.telegate.apps.demo;

import io.telegate.ports.model.HealthStatus;
import io.telegate.ports.out.HealthCheck;
import io.telegate.sandbox.http.SandboxHttpServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Up while the sandbox's HTTP face answers requests (any status below 500). */
final class SandboxHealthCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofMillis(800);

    private final SandboxHttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    SandboxHealthCheck(SandboxHttpServer server) {
        this.server = server;
    }

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public HealthStatus check() {
        String baseUrl;
        try {
            baseUrl = server.baseUrl();
        } catch (IllegalStateException e) {
            return HealthStatus.down("not started");
        }
        try {
            HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl + "/"))
                    .timeout(TIMEOUT).GET().build();
            int status = client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status < 500
                    ? HealthStatus.up("answering on " + baseUrl)
                    : HealthStatus.down("HTTP " + status + " from " + baseUrl);
        } catch (IOException e) {
            return HealthStatus.down("unreachable at " + baseUrl + ": " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthStatus.down("interrupted");
        }
    }
}
