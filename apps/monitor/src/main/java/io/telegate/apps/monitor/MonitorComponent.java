package io.telegate.apps.monitor;

import io.telegate.adapters.http.HttpServer;
import io.telegate.apps.runtime.lifecycle.Lifecycle;
import io.telegate.core.monitor.MonitorManager;
import io.telegate.ports.out.CommandQueue;
import io.telegate.sandbox.TelegramSandbox;

/** What Main (and the integration tests) need of a monitor graph, whichever transport it was built with. */
public interface MonitorComponent {

    Lifecycle lifecycle();

    HttpServer httpServer();

    MonitorManager manager();

    @ForMonitor
    CommandQueue commandQueue();

    /** The built-in Telegram sandbox the monitor reads with TELEGRAM_BACKEND=sandbox; fails with tdlib. */
    TelegramSandbox sandbox();
}
