package io.telegate.adapters.telegram.bot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for the Bot API (or a proxy in front of it) on a loopback port: answers every request from a script
 * and records what arrived, for what the sandbox cannot show: raw bodies, error pages, slow answers.
 */
final class ScriptedBotApi implements AutoCloseable {

    /** A request as it arrived. */
    record Received(String path, String contentType, String body) {
    }

    /** What the script answers. */
    record Reply(int status, String contentType, String body) {

        Reply {
            Objects.requireNonNull(contentType, "content type");
            Objects.requireNonNull(body, "body");
        }

        static Reply json(String body) {
            return new Reply(200, "application/json", body);
        }
    }

    /** Decides the answer to one request; may block to hold it. */
    @FunctionalInterface
    interface Script {
        Reply answer(Received request) throws InterruptedException;
    }

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    ScriptedBotApi(Script script) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(threads);
        server.createContext("/", exchange -> answer(exchange, script));
        server.start();
    }

    /** A sent message in the Bot API's envelope. */
    static String sentMessage(long chatId, long messageId, long epochSecond) {
        return "{\"ok\":true,\"result\":{\"message_id\":" + messageId + ",\"date\":" + epochSecond
                + ",\"chat\":{\"id\":" + chatId + ",\"type\":\"supergroup\",\"title\":\"Scripted\"},"
                + "\"text\":\"scripted\"}}";
    }

    BotApiConfig config() {
        return BotApiConfig.defaults(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void answer(HttpExchange exchange, Script script) throws IOException {
        try (exchange) {
            Received request = new Received(exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            Reply reply = script.answer(request);
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
