package io.telegate.apps.demo;

import io.telegate.apps.runtime.config.CommonConfig;
import io.telegate.apps.runtime.config.ConfigException;
import io.telegate.apps.runtime.config.Env;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The demo's configuration: the common variables (with the health server on loopback) plus where the sandbox
 * listens, where files go and which seed to load.
 *
 * @param common      LOG_*, HEALTH_CHECK_*, SHUTDOWN_TIMEOUT_SECONDS
 * @param sandboxHost {@code SANDBOX_HOST}, default 127.0.0.1
 * @param sandboxPort {@code SANDBOX_PORT}, default 8081 (0 = any free port)
 * @param dataDir     {@code DATA_DIR}, default {@code ./data}
 * @param seedFile    {@code DEMO_SEED}; empty means the seed bundled with the sandbox
 */
public record DemoConfig(CommonConfig common, String sandboxHost, int sandboxPort, Path dataDir,
                         Optional<Path> seedFile) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_SANDBOX_PORT = 8081;

    public DemoConfig {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(sandboxHost, "sandboxHost");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(seedFile, "seedFile");
    }

    public static DemoConfig from(Env env) {
        CommonConfig common = CommonConfig.from(env, LOOPBACK);
        int sandboxPort = env.intIn("SANDBOX_PORT", DEFAULT_SANDBOX_PORT, 0, 65_535);
        if (sandboxPort != 0 && sandboxPort == common.healthCheckPort()) {
            throw new ConfigException("SANDBOX_PORT and HEALTH_CHECK_PORT are both " + sandboxPort
                    + ": expected two different ports");
        }
        Optional<Path> seed = env.optional("DEMO_SEED").map(value -> env.path("DEMO_SEED", null));
        seed.filter(path -> !Files.isRegularFile(path) || !Files.isReadable(path)).ifPresent(path -> {
            throw ConfigException.invalid("DEMO_SEED", path.toString(),
                    "a readable seed file (format in docs/sandbox.md)");
        });
        return new DemoConfig(common, env.string("SANDBOX_HOST", LOOPBACK), sandboxPort,
                env.path("DATA_DIR", "./data"), seed);
    }
}
