package io.telegate.apps.notifier;

import io.telegate.adapters.http.HttpServer;
import io.telegate.apps.runtime.lifecycle.Lifecycle;

/** What Main (and the integration tests) need of a notifier graph, wherever its events go. */
public interface NotifierComponent {

    Lifecycle lifecycle();

    HttpServer httpServer();
}
