package io.telegate.adapters.telegram.bot;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Builds the one OkHttp client all bots share: as many requests in flight as configured (OkHttp allows only 5
 * per host by default), a pool to match, the configured timeouts, and never a silent second attempt, because a
 * resent {@code sendMessage} is a duplicate message; the core decides about retries.
 */
public final class BotApiHttpClients {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private BotApiHttpClients() {
    }

    public static OkHttpClient create(BotApiConfig config) {
        Dispatcher dispatcher = new Dispatcher(dispatcherThreads());
        dispatcher.setMaxRequests(config.maxInFlight());
        dispatcher.setMaxRequestsPerHost(config.maxInFlight());
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(config.maxInFlight(), 5, TimeUnit.MINUTES))
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                .addNetworkInterceptor(new BufferedExchange())
                .build();
    }

    /** Stops the client's threads and closes its idle connections; calls still running fail. */
    public static void shutdown(OkHttpClient client) {
        client.dispatcher().executorService().shutdownNow();
        client.connectionPool().evictAll();
    }

    // OkHttp's own pool, but with daemon threads, so an app that forgets to shut the client down still exits.
    private static ExecutorService dispatcherThreads() {
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "bot-api-http-" + THREADS.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }
}
