package io.telegate.apps.runtime.telegram;

import io.telegate.apps.runtime.config.TdlibSettings;
import io.telegate.apps.runtime.config.TelegramBackend;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Telegram an app's user accounts talk to, as its configuration names it.
 *
 * @param backend     TELEGRAM_BACKEND
 * @param sandboxSeed SANDBOX_SEED, for the sandbox; empty means the bundled demo seed
 * @param tdlib       the TDLib settings, present exactly when the backend is TDLib
 */
public record AccountSettings(TelegramBackend backend, Optional<Path> sandboxSeed, Optional<TdlibSettings> tdlib) {

    public AccountSettings {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(sandboxSeed, "sandboxSeed");
        Objects.requireNonNull(tdlib, "tdlib");
    }
}
