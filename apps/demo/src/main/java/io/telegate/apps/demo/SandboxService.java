package io.telegate.apps.demo;

import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.sandbox.http.SandboxHttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the seed into the sandbox and opens its HTTP face; closes both on stop. */
final class SandboxService implements Service {

    /** The seed bundled with the sandbox: the demo users, bot, chats and sessions. */
    static final String BUNDLED_SEED = "/io/telegate/sandbox/demo-seed.json";

    private static final Logger log = LoggerFactory.getLogger(SandboxService.class);

    private final TelegramSandbox sandbox;
    private final SandboxHttpServer server;
    private final Optional<Path> seedFile;

    SandboxService(TelegramSandbox sandbox, SandboxHttpServer server, Optional<Path> seedFile) {
        this.sandbox = sandbox;
        this.server = server;
        this.seedFile = seedFile;
    }

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public Phase phase() {
        return Phase.INFRASTRUCTURE;
    }

    @Override
    public void start() {
        if (seedFile.isPresent()) {
            sandbox.seed(seedFile.get());
            log.info("sandbox seeded from {}", seedFile.get().toAbsolutePath());
        } else {
            seedFromBundle();
        }
        server.start();
        log.info("sandbox listening on {}", server.baseUrl());
    }

    private void seedFromBundle() {
        try (InputStream seed = TelegramSandbox.class.getResourceAsStream(BUNDLED_SEED)) {
            if (seed == null) {
                throw new IllegalStateException("the sandbox jar has no " + BUNDLED_SEED);
            }
            sandbox.seed(seed);
            log.info("sandbox seeded from the bundled demo seed");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED_SEED, e);
        }
    }

    @Override
    public void stop() {
        server.close();
        sandbox.close();
    }
}
