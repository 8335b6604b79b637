package io.telegate.apps.runtime.config;

/** {@code TELEGRAM_BACKEND}: which Telegram an app's user accounts talk to. */
public enum TelegramBackend {
    /** The built-in, in-process emulation of Telegram (the default; no credentials needed). */
    SANDBOX,
    /** Real Telegram through TDLib's libtdjson. */
    TDLIB
}
