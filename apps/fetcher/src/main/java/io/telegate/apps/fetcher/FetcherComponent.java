package io.telegate.apps.fetcher;

import io.telegate.adapters.http.HttpServer;
import io.telegate.apps.runtime.lifecycle.Lifecycle;
import io.telegate.ports.out.CommandQueue;
import io.telegate.ports.out.MessageArchive;
import io.telegate.sandbox.TelegramSandbox;

/** What Main needs of a fetcher graph, whichever transport it was built with. */
public interface FetcherComponent {

    Lifecycle lifecycle();

    HttpServer httpServer();

    CommandQueue commandQueue();

    MessageArchive archive();

    /** The built-in Telegram sandbox the fetcher reads with TELEGRAM_BACKEND=sandbox; fails with tdlib. */
    TelegramSandbox sandbox();
}
