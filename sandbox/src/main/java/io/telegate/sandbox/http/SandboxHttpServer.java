package io.telegate.sandbox.http;

import io.javalin.Javalin;
import io.telegate.sandbox.TelegramSandbox;
import java.util.Objects;

/** The sandbox's HTTP face: control API + Bot API emulator on one port. */
public final class SandboxHttpServer implements AutoCloseable {

    private final TelegramSandbox sandbox;
    private final String host;
    private final int port;
    private Javalin app;

    /** A server for the sandbox on {@code host:port}; port 0 picks any free port. */
    public SandboxHttpServer(TelegramSandbox sandbox, String host, int port) {
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
    }

    public synchronized SandboxHttpServer start() {
        if (app != null) {
            throw new IllegalStateException("the sandbox server is already started");
        }
        Javalin server = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.useVirtualThreads = true;
            config.startupWatcherEnabled = false;
        });
        ControlErrors.register(server);
        new ChatRoutes(sandbox).register(server);
        new UserRoutes(sandbox).register(server);
        new SessionRoutes(sandbox).register(server);
        new BotControlRoutes(sandbox.bots()).register(server);
        new BotApiRoutes(sandbox.bots()).register(server);
        app = server.start(host, port);
        return this;
    }

    public synchronized int port() {
        if (app == null) {
            throw new IllegalStateException("the sandbox server is not started");
        }
        return app.port();
    }

    /** e.g. {@code http://127.0.0.1:8081}. */
    public String baseUrl() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : shown) + ":" + port();
    }

    @Override
    public synchronized void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }
}
