package io.telegate.apps.runtime.telegram;

import io.telegate.adapters.telegram.tdlib.NativeTdJson;
import io.telegate.adapters.telegram.tdlib.Slf4jTdLogSink;
import io.telegate.adapters.telegram.tdlib.TdlibAccountLogins;
import io.telegate.adapters.telegram.tdlib.TdlibConfig;
import io.telegate.adapters.telegram.tdlib.TdlibRuntime;
import io.telegate.adapters.telegram.tdlib.TdlibUserAccounts;
import io.telegate.apps.runtime.config.TdlibSettings;
import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.ports.out.AccountLogins;
import io.telegate.ports.out.UserAccounts;
import io.telegate.sandbox.TelegramSandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * The Telegram an app's user accounts talk to: the built-in sandbox, or real Telegram through TDLib, whose
 * native library is loaded by the {@code tdlib} service at start (not while the graph is built).
 */
public record AccountBackend(UserAccounts userAccounts, AccountLogins accountLogins, Optional<TelegramSandbox> sandbox,
                      Set<Service> services) {

    /** The classpath location of the seed the sandbox module bundles. */
    public static final String BUNDLED_SEED = "/io/telegate/sandbox/demo-seed.json";

    /** The backend TELEGRAM_BACKEND names; the log-in command uses it without building the app. */
    public static AccountBackend of(AccountSettings settings, Clock clock) {
        return switch (settings.backend()) {
            case SANDBOX -> sandbox(clock, settings.sandboxSeed());
            case TDLIB -> tdlib(settings.tdlib().orElseThrow(), clock);
        };
    }

    /** A new sandbox seeded from {@code seed}, or from the bundled demo seed. */
    public static AccountBackend sandbox(Clock clock, Optional<Path> seed) {
        TelegramSandbox sandbox = TelegramSandbox.create(clock);
        seed.ifPresentOrElse(sandbox::seed, () -> {
            try (InputStream bundled = TelegramSandbox.class.getResourceAsStream(BUNDLED_SEED)) {
                sandbox.seed(bundled);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled sandbox seed", e);
            }
        });
        return new AccountBackend(sandbox.userAccounts(), sandbox.accountLogins(), Optional.of(sandbox), Set.of());
    }

    /** TDLib's adapters on one runtime over the native library. */
    public static AccountBackend tdlib(TdlibSettings settings, Clock clock) {
        TdlibConfig config = tdlibConfig(settings);
        TdlibRuntime runtime = TdlibRuntime.nativeLibrary(config, clock);
        TdlibUserAccounts accounts = new TdlibUserAccounts(runtime);
        // Sessions are closed by the services that connected them, which stop before the infrastructure; TDLib's
        // receive thread ends with the last client, so stopping leaves nothing of the runtime's own to close.
        Service service = Service.of("tdlib", Service.Phase.INFRASTRUCTURE, () -> loadNativeLibrary(config), () -> {
        });
        return new AccountBackend(accounts, new TdlibAccountLogins(runtime, accounts), Optional.empty(),
                Set.of(service));
    }

    public static TdlibConfig tdlibConfig(TdlibSettings settings) {
        return TdlibConfig.defaults(settings.libraryPath(), settings.apiId(), settings.apiHash(),
                        settings.databaseDir())
                .withUseTestDc(settings.useTestDc())
                .withRequestTimeout(settings.requestTimeout());
    }

    /**
     * Loads libtdjson the way the runtime will (the process keeps one binding per file), so a missing library fails
     * at start with {@code TdlibUnavailableException}'s one line instead of at the first command.
     */
    public static void loadNativeLibrary(TdlibConfig config) {
        NativeTdJson.load(config.libraryPath(), config.logVerbosity(), new Slf4jTdLogSink());
    }

    /** The sandbox, which exists only with {@code TELEGRAM_BACKEND=sandbox}. */
    public TelegramSandbox requireSandbox() {
        return sandbox.orElseThrow(() -> new IllegalStateException(
                "there is no Telegram sandbox: TELEGRAM_BACKEND is tdlib"));
    }
}
